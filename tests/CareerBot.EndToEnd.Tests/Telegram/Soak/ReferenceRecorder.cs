namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// Records the scripts: one fault-free reference chat per variant, driven by a fixed policy (press the n-th button
/// offered, type the variant's job otherwise). The soak's people replay these actions and must get the same replies.
/// </summary>
internal static class ReferenceRecorder
{
    public const long FirstReferenceChat = 900_000;

    private static readonly (string Job, string Language)[] Variants =
    [
        ("nurse", "en"), ("teacher", "en"), ("software developer", "en"), ("I work on a university help desk", "en"),
        ("freelance copywriter", "en"), ("truck driver", "en"), ("verpleegkundige", "nl"), ("electrician", "en"),
    ];

    public static int VariantCount => Variants.Length;

    public static async Task<IReadOnlyList<SoakScript>> RecordAllAsync(SoakEmulator emulator, int turns, TimeSpan quiet, CancellationToken cancellationToken) =>
        await Task.WhenAll(Enumerable.Range(0, Variants.Length).Select(v => RecordAsync(emulator, v, turns, quiet, cancellationToken)));

    private static async Task<SoakScript> RecordAsync(SoakEmulator emulator, int variant, int turns, TimeSpan quiet, CancellationToken cancellationToken)
    {
        var (job, language) = Variants[variant];
        var chat = FirstReferenceChat + variant;
        var steps = new List<ScriptStep>();
        IReadOnlyList<BotMessage> seen = [];
        for (var step = 0; step < turns; step++)
        {
            var action = step == 0 ? SoakAction.Type("/start") : Choose(seen, variant, step, job);
            await SoakPerson.PerformAsync(emulator, chat, language, action, seen, cancellationToken);
            var now = await emulator.Emulator.WaitForQuietAsync(chat, quiet, seen.Count + 1);
            if (now.Count <= seen.Count)
            {
                throw new InvalidOperationException($"Reference {variant}: no reply to {action}: {InterviewDriver.Describe(now)}");
            }

            steps.Add(new ScriptStep(action, now.Skip(seen.Count).Select(SoakScript.Sent).ToList()));
            seen = now;
        }

        return new SoakScript(variant, language, steps);
    }

    /// <summary>Presses a button of the last message when it offers any (never "delete my data"), else types the job.</summary>
    private static SoakAction Choose(IReadOnlyList<BotMessage> seen, int variant, int step, string job)
    {
        var data = seen[^1].Buttons
            .Select(b => b.Data)
            .OfType<string>()
            .Where(d => !d.Contains("forget", StringComparison.Ordinal))
            .ToList();
        return data.Count == 0 ? SoakAction.Type(job) : SoakAction.Press(data[(variant + step) % data.Count]);
    }
}
