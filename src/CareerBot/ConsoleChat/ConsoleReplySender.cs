using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.ConsoleChat;

/// <summary>
/// The console's outbound half: prints a reply and its choices as "[1] Label". Enabled only while a chat session runs,
/// so a bot run never prints (or settles) console replies stored by an earlier chat.
/// </summary>
internal sealed class ConsoleReplySender : IReplySender
{
    private TextWriter _output = TextWriter.Null;

    public Platform Platform => Platform.Console;

    public bool IsEnabled { get; private set; }

    public void Attach(TextWriter output)
    {
        _output = output;
        IsEnabled = true;
    }

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _output.WriteLineAsync(entry.Message.Text.AsMemory(), cancellationToken);
        for (var i = 0; i < entry.Message.Choices.Count; i++)
        {
            await _output.WriteLineAsync($"[{i + 1}] {entry.Message.Choices[i].Label}".AsMemory(), cancellationToken);
        }

        await _output.WriteLineAsync();
        await _output.FlushAsync(cancellationToken);
        return DeliveryOutcome.Delivered;
    }
}
