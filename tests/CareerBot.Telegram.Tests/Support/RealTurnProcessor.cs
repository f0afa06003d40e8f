using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>The production <see cref="TurnProcessor"/> and dialogue engine over a given store, with empty dialogue data.</summary>
internal static class RealTurnProcessor
{
    public static TurnProcessor Create(IConversationStore store, OutboxDispatcher dispatcher, TimeProvider time)
    {
        var data = new EmptyDialogueData();
        var engine = new DialogueEngine(data, data, data, new DialogueSettings());
        var prompts = PromptCatalog.Load([new PromptSource("prompt-01.md", "---\nid: prompt-01\ntheme: retraining\n---\n\n## en\nA prompt.\n\n## nl\nEen vraag.\n")]);
        var weekly = new WeeklyPrompts(data, prompts, [], new DiscussionSettings(), time, new Random(1));
        return new TurnProcessor(engine, store, weekly, dispatcher, time);
    }
}
