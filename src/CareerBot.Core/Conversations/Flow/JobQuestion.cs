using System.Collections.Immutable;
using System.Globalization;
using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Asking for a job: match free text, offer "did you mean" choices, re-ask on a miss, offer a way on after three.</summary>
internal sealed class JobQuestion(ITitleMatcher matcher, IOccupationCatalog occupations, Questions questions)
{
    private const int CandidateCount = 3;
    private const int MissesBeforeWayOn = 3;

    /// <summary>Common jobs from the article offered when matching keeps failing (only those present in the data).</summary>
    private static readonly string[] FallbackSocs = ["27-3043", "27-3041", "43-4051", "15-1232", "13-2011", "29-1141"];

    public static DialogueStep AskStep(JobSlot slot) => slot == JobSlot.Current ? DialogueStep.CurrentJob : DialogueStep.TargetJob;

    public static DialogueStep ConfirmStep(JobSlot slot) => slot == JobSlot.Current ? DialogueStep.ConfirmCurrentJob : DialogueStep.ConfirmTargetJob;

    public static string Prefix(JobSlot slot) => slot == JobSlot.Current ? Payloads.CurrentJob : Payloads.TargetJob;

    /// <summary>Matches the text; on success moves to the confirm step and shows the candidates, else re-asks.</summary>
    public void Search(Turn turn, string text, JobSlot slot)
    {
        if (!TrySearch(turn, text, slot))
        {
            Miss(turn, text, slot);
        }
    }

    /// <summary>Like <see cref="Search"/>, but says nothing when nothing matches.</summary>
    public bool TrySearch(Turn turn, string text, JobSlot slot)
    {
        var matches = matcher.Match(text, CandidateCount).Where(m => occupations.Find(m.Soc) is not null).ToList();
        if (matches.Count == 0)
        {
            return false;
        }

        turn.Conversation = turn.Conversation with
        {
            Candidates = [.. matches.Select(m => m.Soc)],
            CandidateIscos = [.. matches.Select(m => m.Isco08 ?? string.Empty)],
        };
        turn.GoTo(ConfirmStep(slot));
        questions.Ask(turn);
        return true;
    }

    /// <summary>Handles an answer in the confirm step. Returns the chosen SOC code, "" for "skip", or null when still undecided.</summary>
    public string? Confirm(Turn turn, string? payload, string text, JobSlot slot)
    {
        var candidates = turn.Conversation.Candidates;
        var value = Payloads.ValueAfter(payload, Prefix(slot)) ?? PickByNumber(text, candidates);
        if (value == Payloads.Skip)
        {
            return string.Empty;
        }

        if (value == Payloads.None)
        {
            turn.SayKey("confirm.rephrase");
            turn.GoTo(AskStep(slot));
            return null;
        }

        var index = value is null ? -1 : candidates.IndexOf(value);
        if (index >= 0)
        {
            Choose(turn, slot, candidates[index], turn.Conversation.CandidateIscos.ElementAtOrDefault(index));
            return candidates[index];
        }

        if (payload is not null)
        {
            turn.SayKey("stale");
            questions.Ask(turn);
        }
        else
        {
            Search(turn, text, slot);
        }

        return null;
    }

    private void Choose(Turn turn, JobSlot slot, string soc, string? isco)
    {
        var iscoOrNull = string.IsNullOrEmpty(isco) ? null : isco;
        turn.Conversation = slot == JobSlot.Current
            ? turn.Conversation with { CurrentSoc = soc, CurrentIsco = iscoOrNull, Candidates = [], CandidateIscos = [] }
            : turn.Conversation with { TargetSoc = soc, TargetIsco = iscoOrNull, Candidates = [], CandidateIscos = [] };
        turn.Say(turn.Format("job.chosen", occupations.Display(soc, turn.Language)));
    }

    private void Miss(Turn turn, string text, JobSlot slot)
    {
        var misses = turn.Conversation.Misses + 1;
        var key = slot == JobSlot.Current ? "ask.job" : "ask.target";
        if (misses < MissesBeforeWayOn)
        {
            turn.GoTo(AskStep(slot));
            turn.Conversation = turn.Conversation with { Misses = misses };
            turn.Say(turn.Format("ask.job.notfound", InputText.Echo(text)) + "\n" + turn.Text($"{key}.retry{misses}"));
            return;
        }

        var fallback = FallbackSocs.Where(soc => occupations.Find(soc) is not null).ToImmutableArray();
        turn.Conversation = turn.Conversation with { Candidates = fallback, CandidateIscos = [.. fallback.Select(_ => string.Empty)] };
        turn.GoTo(ConfirmStep(slot));
        var choices = questions.CandidateChoices(turn, fallback, Prefix(slot)).SkipLast(1).ToList();
        choices.Add(turn.Option("choice.skip", Prefix(slot) + Payloads.Skip));
        choices.Add(turn.Option("choice.restart", Payloads.Command + "restart"));
        turn.Say(turn.Text($"{key}.wayon"), [.. choices]);
    }

    /// <summary>"2" picks the second candidate; the number after the last one means "none of these".</summary>
    private static string? PickByNumber(string text, ImmutableArray<string> candidates)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return null;
        }

        return number <= candidates.Length ? candidates[number - 1] : number == candidates.Length + 1 ? Payloads.None : null;
    }
}
