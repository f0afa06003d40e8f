using System.Globalization;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.ConsoleChat;

/// <summary>
/// The console adapter: one person's lines in, the bot's replies out. Choices are printed as "[1] Label";
/// the person may answer with the number or the label. As a moderator, the person also manages the weekly prompts of a
/// console "channel"; due posts are printed after each line.
/// </summary>
internal sealed class ConsoleChatSession(ITurnProcessor turns, TextReader input, TextWriter output, ConsoleModerator? moderator = null)
{
    private IReadOnlyList<Choice> _lastChoices = [];

    public async Task RunAsync(string userId, string? locale, CancellationToken cancellationToken)
    {
        var key = new ConversationKey(Platform.Console, userId);

        // Replies stored by an earlier run that stopped before printing them.
        var pending = await turns.PendingAsync(Platform.Console, cancellationToken);
        await DeliverAsync(pending.Where(entry => entry.Key == key), cancellationToken);

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var replies = await turns.HandleAsync(ToMessage(key, locale, line), cancellationToken);
            await DeliverAsync(replies, cancellationToken);
            if (moderator is not null)
            {
                await moderator.PostDueAsync(output, cancellationToken);
            }
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

    private async Task DeliverAsync(IEnumerable<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await output.WriteLineAsync(entry.Message.Text.AsMemory(), cancellationToken);
            for (var i = 0; i < entry.Message.Choices.Count; i++)
            {
                await output.WriteLineAsync($"[{i + 1}] {entry.Message.Choices[i].Label}".AsMemory(), cancellationToken);
            }

            await output.WriteLineAsync();
            await output.FlushAsync(cancellationToken);
            if (entry.Message.Choices.Count > 0)
            {
                _lastChoices = entry.Message.Choices;
            }

            await turns.ConfirmDeliveredAsync(entry, cancellationToken);
        }
    }
}
