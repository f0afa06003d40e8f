using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>One question of the interview: how it is asked, which buttons it offers, and what an answer does.</summary>
internal interface IStep
{
    /// <summary>The steps this handler serves (a job handler serves the current, target and other job).</summary>
    IReadOnlyList<DialogueStep> Serves { get; }

    /// <summary>The buttons of the question; typed labels and numbers are read against these too.</summary>
    Choice[] Choices(Turn turn);

    /// <summary>Asks the question; <paramref name="variant"/> 1 or 2 asks it in other words after a miss.</summary>
    void Ask(Turn turn, int variant);

    void Answer(Turn turn, Interview interview);
}
