using CareerBot.Core.Understanding;
using Xunit.Abstractions;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>The reader on the labelled slot and status sets (written before tuning): worry, goal, target named, situation.</summary>
public sealed class MessageReaderEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("status.tsv", 0.9)]
    public void Read_StatusSet_FindsTheWorkSituation(string file, double target)
    {
        var cases = StatusCase.Load(file);
        var misses = new List<string>();

        foreach (var item in cases)
        {
            var situation = MessageReader.Read(item.Text, AskedFor.Job).Situation ?? WorkSituation.Working;
            if (situation != item.Situation)
            {
                misses.Add($"{item.Situation}→{situation}: {item.Text}");
            }
        }

        var accuracy = 1 - ((double)misses.Count / cases.Count);
        output.WriteLine($"{file}: n={cases.Count} situation accuracy {accuracy:P1}");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= target, $"{accuracy:P1}: {string.Join(" / ", misses)}");
    }

    [Theory]
    [InlineData("slots.tsv", 0.9)]
    public void Read_SlotSet_FindsWorryGoalAndTarget(string file, double target)
    {
        var cases = SlotCase.Load(file);
        var misses = new List<string>();

        foreach (var item in cases)
        {
            // Each slot is read as the answer to its own question, as the interview asks them.
            var reading = MessageReader.Read(item.Text, AskedFor.Goal) with { Worry = MessageReader.Read(item.Text, AskedFor.Worry).Worry };
            if (reading.Worry != item.Worry)
            {
                misses.Add($"worry {item.Worry}→{reading.Worry}: {item.Text}");
            }

            if (reading.Goal != item.Goal)
            {
                misses.Add($"goal {item.Goal}→{reading.Goal}: {item.Text}");
            }

            if ((item.Target.Length > 0) != (reading.TargetPhrases.Length > 0))
            {
                misses.Add($"target [{string.Join(',', item.Target)}]→[{string.Join(',', reading.TargetPhrases)}]: {item.Text}");
            }
        }

        var accuracy = 1 - ((double)misses.Count / (cases.Count * 3));
        output.WriteLine($"{file}: n={cases.Count} slot accuracy {accuracy:P1}");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= target, $"{accuracy:P1}: {string.Join(" / ", misses)}");
    }
}
