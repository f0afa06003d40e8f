using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Conversations.Flow.Answer;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;
using CareerBot.Core.Occupations.Suggestions;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Occupations outside any conversation: suggestions while someone types a job (an autocomplete box, an inline query) and
/// an occupation's card to post anywhere. Nothing about the person is read or stored.
/// </summary>
public sealed class OccupationLookup(ITitleMatcher matcher, IOccupationCatalog occupations, DialogueSettings settings)
{
    private readonly JobSuggestions _suggestions = new(matcher, occupations);
    private readonly AnswerCard _card = new(occupations, new MoveRanker(occupations), settings);

    /// <summary>Occupations to offer for what is typed so far, best first, named in <paramref name="language"/>.</summary>
    public IReadOnlyList<JobSuggestion> Suggest(string? typed, Language language, int max) => _suggestions.Suggest(typed, language, max);

    /// <summary>
    /// One occupation's card (figures with sources, the moves, the picture when pictures are on), with no buttons: "More"
    /// belongs to a conversation. Null for a code the store does not know.
    /// </summary>
    public OutgoingMessage? Card(string soc, Language language)
    {
        if (occupations.Find(soc) is not { } occupation)
        {
            return null;
        }

        // The card is worded through a turn; this one belongs to nobody and is thrown away with the card's note of itself.
        var nobody = new ConversationKey(Platform.Console, string.Empty);
        var message = new IncomingMessage { Key = nobody, MessageId = string.Empty, ReplyAddress = string.Empty, IsDirect = false };
        var turn = new Turn(TextCatalog.Embedded, message, new Conversation { Key = nobody, Language = language, StartedAt = default, LastActivity = default });
        return _card.Build(turn, new CardJobs(occupation, null), withMore: false, closing: "card.end.alone");
    }
}
