using System.Globalization;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.ConsoleChat;

/// <summary>
/// The console adapter: one person's lines in, the bot's replies out through the one delivery path (printed by
/// <see cref="ConsoleReplySender"/>). Each line waits until its replies are printed. Choices may be answered with their
/// number or label. As a moderator, the person also manages the weekly prompts of a console "channel"; due posts are printed after each line.
/// </summary>
internal sealed class ConsoleChatSession(IServiceProvider services, TextReader input, TextWriter output, ConsoleModerator? moderator = null)
{
    private readonly ITurnProcessor _turns = services.GetRequiredService<ITurnProcessor>();
    private IReadOnlyList<Choice> _lastChoices = [];

    public async Task RunAsync(string userId, string? locale, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(Platform.Console, userId);
        services.GetRequiredService<ConsoleReplySender>().Attach(output);

        // Replies stored by an earlier run that stopped before printing them.
        var pending = (await services.GetRequiredService<IConversationStore>().PendingAsync(Platform.Console, cancellationToken)).Where(e => e.Key == key).ToList();
        Remember(pending);
        await services.GetRequiredService<OutboxDispatcher>().Dispatch(pending);

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var receipt = await _turns.HandleAsync(ToMessage(key, locale, line), cancellationToken);
            Remember(receipt.Replies);
            await receipt.Delivered;
            if (moderator is not null)
            {
                await moderator.PostDueAsync(output, cancellationToken);
            }
        }
    }

    private void Remember(IEnumerable<OutboxEntry> entries)
    {
        if (entries.LastOrDefault(e => e.Message.Choices.Count > 0) is { } last)
        {
            _lastChoices = last.Message.Choices;
        }
    }

    private IncomingMessage ToMessage(ConversationKey key, string? locale, string line)
    {
        var payload = ChoiceFor(line.Trim());
        return new IncomingMessage
        {
            Key = key,
            MessageId = Guid.NewGuid().ToString("N"),
            ReplyAddress = "console",
            IsDirect = true,
            Locale = locale,
            IsModerator = moderator is not null,
            ChannelId = moderator is null ? null : ConsoleChannelPoster.ChannelId,
            Community = moderator is null ? null : ConsoleChannelPoster.ChannelId, // the console's one channel is its community (/weekly pulse)
            Text = payload is null ? line : null,
            ChoicePayload = payload,
        };
    }

    private string? ChoiceFor(string line)
    {
        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _lastChoices.Count)
        {
            return _lastChoices[number - 1].Payload;
        }

        return _lastChoices.FirstOrDefault(c => string.Equals(c.Label, line, StringComparison.OrdinalIgnoreCase))?.Payload;
    }
}
