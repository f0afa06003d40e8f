using CareerBot.Core.Conversations.Flow.Answer;
using CareerBot.Core.Occupations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>The grounded assessment after the questions: a short card (own job, target in one line), with "More" for the rest.</summary>
internal sealed class Assessment(IOccupationCatalog occupations, AnswerCard card)
{
    public void Tell(Turn turn)
    {
        var conversation = turn.Conversation;
        var current = conversation.CurrentSoc is { } soc ? occupations.Find(soc) : null;
        var target = conversation.TargetSoc is { } targetSoc ? occupations.Find(targetSoc) : null;

        if (current is not null)
        {
            var header = conversation.Situation switch
            {
                WorkSituation.Student => "card.header.studying",
                WorkSituation.Unemployed or WorkSituation.BetweenJobs or WorkSituation.Retired or WorkSituation.AtHome => "card.header.last",
                _ => "card.header",
            };
            turn.Say(card.Build(turn, new CardJobs(current, conversation.CurrentIsco, target, conversation.TargetIsco), header, withMore: false));
        }
        else if (target is not null)
        {
            turn.Say(card.Build(turn, new CardJobs(target, conversation.TargetIsco), "card.header.target", withMore: false));
        }
        else
        {
            turn.SayKey("assess.nojob");
        }

        if (conversation.Goal is { } goal && target is null)
        {
            var key = goal switch
            {
                CareerGoal.StayAndAdapt when current?.GenAiExposure < 0.3 => "assess.goal.adapt.low",
                CareerGoal.Retrain => "assess.goal.retrain.notarget",
                _ => "assess.goal." + GoalKey(goal),
            };
            turn.Preface(turn.Get(key));
        }
    }

    /// <summary>The "More" payload for the person's own answers (their job, then their target), or null when they named no job.</summary>
    public static string? MorePayload(Conversation conversation) =>
        CardJobs.Subject(conversation.CurrentSoc, conversation.TargetSoc) is { } subject ? Payloads.More + subject : null;

    /// <summary>"Another job": its card, with the person's own job in one line when there is one.</summary>
    public void TellOther(Turn turn, string soc, string? isco)
    {
        if (occupations.Find(soc) is not { } other)
        {
            return;
        }

        var own = turn.Conversation.CurrentSoc is { } ownSoc && ownSoc != soc ? occupations.Find(ownSoc) : null;
        turn.Say(card.Build(turn, new CardJobs(other, isco, own, turn.Conversation.CurrentIsco, SecondIsTarget: false)));
    }

    public static string GoalKey(CareerGoal goal) => goal switch
    {
        CareerGoal.StayAndAdapt => "adapt",
        CareerGoal.Retrain => "retrain",
        CareerGoal.StartOwn => "own",
        _ => "unsure",
    };
}
