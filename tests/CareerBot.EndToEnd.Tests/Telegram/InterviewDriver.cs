namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Plays a person in a private chat: presses a button when one is offered (skip first), types a job title otherwise.</summary>
internal sealed class InterviewDriver(TelegramEmulator emulator, long userId)
{
    private static readonly string[] Answers = ["nurse", "teacher", "software developer", "electrician"];
    private readonly HashSet<int> _pressed = [];
    private int _typed;
    private int _seen;

    public int Presses => _pressed.Count;

    public IReadOnlyCollection<int> PressedMessageIds => _pressed;

    /// <summary>Answers until the wrap-up question appears; returns the chat as it stands then.</summary>
    public async Task<IReadOnlyList<BotMessage>> RunToWrapUpAsync(int maxSteps = 25)
    {
        for (var step = 0; step < maxSteps; step++)
        {
            var messages = await NextAsync();
            if (messages.Any(m => m.Buttons.Any(b => b.Data?.StartsWith("wrap:", StringComparison.Ordinal) == true)))
            {
                return messages;
            }

            await AnswerAsync(messages);
        }

        throw new InvalidOperationException("The interview did not reach the wrap-up: " + Describe(await emulator.BotMessagesAsync(userId)));
    }

    /// <summary>Waits for the bot's answer to the last thing said (a restarting bot may take seconds), then for quiet.</summary>
    public Task<IReadOnlyList<BotMessage>> NextAsync() => emulator.WaitForQuietAsync(userId, TimeSpan.FromMilliseconds(700), _seen + 1);

    /// <summary>Gives one answer to the latest question.</summary>
    public async Task AnswerAsync(IReadOnlyList<BotMessage> messages)
    {
        _seen = messages.Count;
        var open = messages.LastOrDefault(m => m.HasChoices && !_pressed.Contains(m.MessageId));
        if (open is not null && open == messages[^1])
        {
            var choice = open.Buttons.Where(b => b.Data is not null && !b.Data.StartsWith("cmd:", StringComparison.Ordinal))
                .OrderByDescending(b => b.Data!.Contains("skip", StringComparison.Ordinal))
                .First();
            _pressed.Add(open.MessageId);
            await emulator.PressAsync(userId, open.MessageId, choice.Data!);
        }
        else
        {
            await emulator.SendAsync(userId, Answers[_typed++ % Answers.Length]);
        }
    }

    public static string Describe(IEnumerable<BotMessage> messages) =>
        string.Join(" | ", messages.Select(m => $"#{m.MessageId} {m.Text[..Math.Min(60, m.Text.Length)]} [{string.Join(',', m.Buttons.Select(b => b.Data ?? b.Url))}]"));
}
