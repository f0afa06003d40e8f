using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>
/// Asks for a job in free text (the person's own, the one they would move into, or one more to look at) and finds it in
/// whole sentences. People not in paid work are asked what they study, did last or want to do, never for a made-up job.
/// </summary>
internal sealed class JobStep(JobFinder finder) : IStep
{
    private const int EchoLimit = 40;

    /// <summary>Common jobs from the article, offered when matching keeps failing (only those present in the data).</summary>
    private static readonly string[] Fallbacks = ["27-3043", "27-3041", "43-4051", "15-1232", "13-2011", "29-1141"];

    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.CurrentJob, DialogueStep.TargetJob, DialogueStep.OtherJob];

    public Choice[] Choices(Turn turn) => InterviewMap.Slot(turn.Conversation.Step) switch
    {
        JobSlot.Current when turn.Conversation.Situation is { } s && s != WorkSituation.Working => [turn.Option("choice.skip", Payloads.CurrentJob + Payloads.Skip)],
        JobSlot.Current => [],
        JobSlot.Target => [turn.Option("choice.skip", Payloads.TargetJob + Payloads.Skip)],
        _ => [turn.Option("other.back", Payloads.OtherJob + Payloads.Skip)],
    };

    public void Ask(Turn turn, int variant) => turn.SayKey(Variant(QuestionKey(turn), variant), Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        var slot = InterviewMap.Slot(turn.Conversation.Step);
        if (turn.Payload == Prefix(slot) + Payloads.Skip)
        {
            Skip(turn, interview, slot);
        }
        else if (turn.Payload is not null)
        {
            interview.Stale(turn);
        }
        else if (!TrySearch(turn, interview, slot))
        {
            Miss(turn, interview, slot);
        }
    }

    /// <summary>Finds the job a message names; on success fills its other slots, shows the candidates and returns true.</summary>
    public bool TrySearch(Turn turn, Interview interview, JobSlot slot)
    {
        var reading = turn.Reading;
        var phrases = slot == JobSlot.Current ? reading.JobPhrases : [.. reading.TargetPhrases, .. reading.JobPhrases];
        var search = finder.Find(phrases, slot == JobSlot.Current ? reading.StudySoc : null);
        if (!search.Found)
        {
            return false;
        }

        if (slot != JobSlot.Other)
        {
            interview.Slots.FillAndNote(turn);
        }

        if (reading.SaysRepeated)
        {
            turn.Preface(turn.Get("repeated.sorry"));
        }

        turn.Conversation = turn.Conversation with
        {
            Candidates = [.. search.Matches.Select(m => m.Soc)],
            CandidateIscos = [.. search.Matches.Select(m => m.Isco08 ?? string.Empty)],
        };
        interview.GoTo(turn, InterviewMap.Confirm(slot));
        return true;
    }

    public static string Prefix(JobSlot slot) => slot switch
    {
        JobSlot.Current => Payloads.CurrentJob,
        JobSlot.Target => Payloads.TargetJob,
        _ => Payloads.OtherJob,
    };

    public static void Skip(Turn turn, Interview interview, JobSlot slot)
    {
        turn.Conversation = turn.Conversation with { Candidates = [], CandidateIscos = [] };
        if (slot == JobSlot.Other)
        {
            interview.GoTo(turn, DialogueStep.WrapUp);
            return;
        }

        turn.GoTo(InterviewMap.Confirm(slot));
        interview.Advance(turn);
    }

    private void Miss(Turn turn, Interview interview, JobSlot slot)
    {
        var reading = turn.Reading;
        if (slot == JobSlot.Current && reading.Situation is not (null or WorkSituation.Working) && turn.Conversation.CurrentSoc is null)
        {
            // "I'm retired", "stay at home mum": no job to look up; ask what they did, study or want instead.
            interview.Slots.FillAndNote(turn);
            interview.Ask(turn);
            return;
        }

        if (slot != JobSlot.Other)
        {
            interview.Slots.FillAndNote(turn);
        }

        if (turn.Conversation.Step == DialogueStep.CurrentJob && turn.Conversation.Goal is not null && !turn.Conversation.PendingTargets.IsEmpty && reading.JobPhrases.IsEmpty)
        {
            // They named the job they want before the one they have: it is noted; ask for theirs once more.
            turn.Preface(turn.Get("target.noted"));
            interview.Ask(turn);
            return;
        }

        var misses = turn.Conversation.Misses + 1;
        if (misses >= 3)
        {
            WayOn(turn, slot);
            return;
        }

        turn.Conversation = turn.Conversation with { Misses = misses };
        if (reading.Answer == ShortAnswer.DontKnow)
        {
            turn.SayKey(slot == JobSlot.Current ? "job.idk" : "target.idk", Choices(turn));
            return;
        }

        turn.Say(NotFound(turn) + "\n" + turn.Get(Variant(QuestionKey(turn), misses)), Choices(turn));
    }

    /// <summary>"I don't have "…" in the research data": says back a short excerpt at most, and never abuse.</summary>
    private static string NotFound(Turn turn) =>
        turn.Reading.IsAbusive ? turn.Get("ask.job.notfound.abuse")
        : turn.Text.Length <= EchoLimit && turn.Text.Any(char.IsLetter) ? turn.Format("ask.job.notfound", turn.Text)
        : turn.Get("ask.job.notfound.plain");

    private void WayOn(Turn turn, JobSlot slot)
    {
        var fallback = finder.Known(Fallbacks).ToArray();
        turn.Conversation = turn.Conversation with { Candidates = [.. fallback], CandidateIscos = [.. fallback.Select(_ => string.Empty)] };
        turn.GoTo(InterviewMap.Confirm(slot));
        var choices = fallback.Select(soc => new Choice(ConfirmJobStep.Label(finder.Display(soc, turn.Language)), Prefix(slot) + soc)).ToList();
        choices.Add(turn.Option("choice.skip", Prefix(slot) + Payloads.Skip));
        choices.Add(turn.Option("choice.restart", Payloads.Command + CommandNames.Restart));
        turn.Say(turn.Get(slot == JobSlot.Target ? "ask.target.wayon" : "ask.job.wayon"), [.. choices]);
    }

    private static string QuestionKey(Turn turn) => InterviewMap.Slot(turn.Conversation.Step) switch
    {
        JobSlot.Target => "ask.target",
        JobSlot.Other => "other.ask",
        _ => turn.Conversation.Situation switch
        {
            WorkSituation.Student => "ask.job.student",
            WorkSituation.Unemployed or WorkSituation.BetweenJobs => "ask.job.previous",
            WorkSituation.Retired => "ask.job.retired",
            WorkSituation.AtHome => "ask.job.athome",
            _ => "ask.job",
        },
    };

    private static string Variant(string key, int variant) => variant == 0 || key is not ("ask.job" or "ask.target") ? key : $"{key}.retry{Math.Min(variant, 2)}";
}
