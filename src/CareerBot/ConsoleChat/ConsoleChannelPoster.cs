using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.ConsoleChat;

/// <summary>The console's "channel": weekly prompts are printed in the terminal, marked as a channel post.</summary>
internal sealed class ConsoleChannelPoster : IChannelPoster
{
    public const string ChannelId = "console";

    public Platform Platform => Platform.Console;

    public bool IsEnabled => true;

    /// <summary>Where posts are printed; the chat session points it at its own output.</summary>
    public TextWriter Output { get; set; } = Console.Out;

    public async Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        await Output.WriteLineAsync($"── #{post.Channel.ChannelId} ──".AsMemory(), cancellationToken);
        await Output.WriteLineAsync(post.Message.Text.AsMemory(), cancellationToken);
        await Output.WriteLineAsync();
        await Output.FlushAsync(cancellationToken);
        return PostOutcome.Posted;
    }
}
