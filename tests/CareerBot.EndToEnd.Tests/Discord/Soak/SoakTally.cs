namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// Replies expected, delivered, duplicated and lost over all people: each person's replies against the reference
/// transcript as multisets (a reply that came twice is one delivered and one duplicated; one missing is lost).
/// </summary>
internal sealed record SoakTally(int People, int Turns, int Expected, int Delivered, int Duplicated, int Lost, int PeopleAffected)
{
    public static SoakTally Count(ReplyLedger ledger, SoakReference reference, int people, int turns)
    {
        var expectedTranscript = Transcript(reference, turns);
        int expected = 0, delivered = 0, duplicated = 0, lost = 0, affected = 0;
        for (var person = 0; person < people; person++)
        {
            var actual = ledger.Of(SoakEvents.UserId(person)).Snapshot().Select(r => r.Signature).CountBy(s => s).ToDictionary();
            var wanted = expectedTranscript.CountBy(s => s).ToDictionary();
            var extra = actual.Sum(a => Math.Max(0, a.Value - wanted.GetValueOrDefault(a.Key)));
            var missing = wanted.Sum(w => Math.Max(0, w.Value - actual.GetValueOrDefault(w.Key)));
            expected += expectedTranscript.Count;
            delivered += expectedTranscript.Count - missing;
            duplicated += extra;
            lost += missing;
            affected += extra + missing > 0 ? 1 : 0;
        }

        return new SoakTally(people, turns, expected, delivered, duplicated, lost, affected);
    }

    // The reference ran the same script for the same number of turns.
    private static List<string> Transcript(SoakReference reference, int turns) =>
        [.. reference.Transcript.Take(reference.PerTurn.Take(turns).Sum())];
}
