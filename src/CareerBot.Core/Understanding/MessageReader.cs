using System.Text.RegularExpressions;
using CareerBot.Core.Understanding.Slots;

namespace CareerBot.Core.Understanding;

/// <summary>
/// Reads one message for every interview slot it fills, in English and Dutch: the job in a whole sentence, how worried,
/// the goal and target job ("omscholen, ik wil elektricien worden"), not being in paid work, short answers and numbers.
/// Pure and context-light: the step that asked decides what to do with the reading.
/// </summary>
public static class MessageReader
{
    /// <summary>Reads cleaned text; <paramref name="asked"/> says which question was open, so "4" or "not sure" can answer it.</summary>
    public static MessageReading Read(string text, AskedFor asked = AskedFor.Nothing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageReading.Empty;
        }

        try
        {
            return ReadSlots(text, asked);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: read nothing from it rather than fail the turn; the step asks again.
            return MessageReading.Empty;
        }
    }

    private static MessageReading ReadSlots(string text, AskedFor asked)
    {
        var normalized = ChatText.Normalize(text);
        var words = string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "|"));
        var whole = AnswerWords.Read(words);
        var student = SituationPhrases.Read(normalized).Situation == WorkSituation.Student;
        var targets = GoalPhrases.Targets(normalized, student).ToArray();
        var (situation, remainder) = SituationPhrases.Read(GoalPhrases.WithoutTargets(normalized, student));
        var jobPhrases = situation is WorkSituation.Working or null || remainder.Any(char.IsLetter) ? Clauses.JobPhrases(remainder) : [];
        return new MessageReading
        {
            Answer = whole != ShortAnswer.None ? whole : AnswerWords.Lead(normalized),
            IsWholeAnswer = whole != ShortAnswer.None,
            Number = AnswerWords.Number(words),
            Worry = WorryPhrases.Read(normalized, numbersCount: asked == AskedFor.Worry),
            Goal = GoalPhrases.Read(normalized, targets.Length > 0, askedForGoal: asked == AskedFor.Goal),
            Situation = situation,
            JobPhrases = [.. jobPhrases],
            TargetPhrases = [.. targets],
            StudySoc = situation == WorkSituation.Student ? StudyFields.Find(normalized) : null,
            IsAbusive = AbuseWords.Contains(normalized),
            SaysRepeated = Clauses.SaysRepeated(normalized),
        };
    }
}
