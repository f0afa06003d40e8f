using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>
/// Moves ranked on several criteria, checked by hand against the seed rows (issue 14's examples): a bookkeeper is no
/// longer sent to billing or payroll clerks (96–98% automation, as exposed), an editor not to writers (more exposed),
/// a receptionist not to customer service (US jobs −5.5%), a lawyer not to chief executives (a promotion).
/// </summary>
public sealed class MoveRankingTests(RealDialogueFixture dialogue) : IClassFixture<RealDialogueFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void More_Bookkeeper_LessExposedFinanceJobsFirstNotOtherClerks()
    {
        var moves = Moves("43-3031");

        Assert.StartsWith("• Securities, Commodities, and Financial Services Sales Agents: AI exposure 0.61 (yours 0.8)", moves[0], StringComparison.Ordinal);
        Assert.StartsWith("• Accountants and Auditors: AI exposure 0.56 (yours 0.8), automation risk 94%, about the same", moves[1], StringComparison.Ordinal);
        Assert.DoesNotContain(moves, m => m.Contains("Billing", StringComparison.Ordinal) || m.Contains("Payroll", StringComparison.Ordinal) || m.Contains("Financial Managers", StringComparison.Ordinal));
    }

    [Fact]
    public void More_Editor_NeverWritersWhoAreMoreExposed()
    {
        var moves = Moves("27-3041");

        Assert.NotEmpty(moves);
        Assert.DoesNotContain(moves, m => m.Contains("Writers", StringComparison.Ordinal));
        Assert.All(moves, m => Assert.Contains("(yours 0.65)", m, StringComparison.Ordinal));
    }

    [Fact]
    public void More_Receptionist_NoShrinkingJobs()
    {
        var moves = Moves("43-4171");

        Assert.Contains(moves, m => m.StartsWith("• Health Technologists and Technicians, All Other: AI exposure 0.41 (yours 0.53), automation risk 25% (yours 96%), US jobs +5.2% by 2034, pay $11,560 more, +31%", StringComparison.Ordinal));
        Assert.DoesNotContain(moves, m => m.Contains("Customer Service", StringComparison.Ordinal));
    }

    [Fact]
    public void More_Lawyer_SaysNoRelatedJobIsClearlySafer()
    {
        var replies = More("23-1011");

        Assert.Contains(replies, r => r.StartsWith("None of the jobs related to Lawyers (O*NET) is clearly less exposed", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Contains("Chief Executives", StringComparison.Ordinal));
    }

    [Fact]
    public void More_HealthAndSafetyToElectrician_ShowsThePayCutAndWhatIsTooClose()
    {
        var before = new Conversation
        {
            Key = new ConversationKey(Platform.Telegram, "moves"),
            Step = DialogueStep.Stories,
            LanguageChosen = true,
            CurrentSoc = "19-5011",
            TargetSoc = "47-2111",
            Goal = CareerGoal.Retrain,
            StartedAt = Now.AddHours(-1),
            LastActivity = Now.AddMinutes(-1),
        };

        var text = string.Join("\n", dialogue.Engine.Handle(before, Message("more:19-5011>47-2111"), Now).Replies.Select(r => r.Text));

        Assert.Contains("• Automation risk: 17% → 15% — too close to matter", text, StringComparison.Ordinal);
        Assert.Contains("• Exposure to generative AI: 0.33 → 0.15 — lower", text, StringComparison.Ordinal);
        Assert.Contains("• US median wage: $83,910 → $62,350 a year ($21,560 less, −26%).", text, StringComparison.Ordinal);
    }

    private List<string> Moves(string soc) =>
        [.. More(soc).SelectMany(r => r.Split('\n')).Where(line => line.StartsWith("• ", StringComparison.Ordinal) && line.Contains("AI exposure", StringComparison.Ordinal))];

    private List<string> More(string soc)
    {
        var before = new Conversation
        {
            Key = new ConversationKey(Platform.Telegram, "moves"),
            Step = DialogueStep.WrapUp,
            Language = Language.English,
            LanguageChosen = true,
            StartedAt = Now.AddHours(-1),
            LastActivity = Now.AddMinutes(-1),
        };
        return [.. dialogue.Engine.Handle(before, Message("more:" + soc), Now).Replies.Select(r => r.Text)];
    }

    private static IncomingMessage Message(string payload) => new()
    {
        Key = new ConversationKey(Platform.Telegram, "moves"),
        MessageId = Guid.NewGuid().ToString("N"),
        ReplyAddress = "moves",
        IsDirect = true,
        ChoicePayload = payload,
    };
}
