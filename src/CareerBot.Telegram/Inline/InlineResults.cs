using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations.Suggestions;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareerBot.Telegram.Inline;

/// <summary>
/// One offered job as an inline result: its name (in the asker's language) over a one-line figure, posting the public
/// card with a "More from CareerBot" link to that card in a private chat. With a file_id of the card's picture the
/// result is that photo with the card as its caption; without one it is the card as text (a posted text cannot become a
/// photo later, and an upload cannot be part of an answer).
/// </summary>
internal static class InlineResults
{
    /// <summary>How many jobs one answer offers (Telegram allows 50; a person picks from the first few).</summary>
    public const int MaxResults = 10;

    private const int MaxDescription = 120;

    public static InlineQueryResult For(JobSuggestion job, OutgoingMessage card, BotIdentity bot, Language language, string? photoFileId)
    {
        // "risk-29-1141": 1–64 bytes, unique in the answer, and the same payload as the deep link it offers.
        var id = StartLink.ForCard(job.Soc);
        var markup = new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl(TelegramTexts.MoreFromCareerBot(language), bot.DeepLink(id)));
        var description = Description(card.Text);
        if (photoFileId is not null && PhotoCaption.Fits(card.Text))
        {
            return new InlineQueryResultCachedPhoto(id, photoFileId)
            {
                Title = job.Name,
                Description = description,
                Caption = PhotoCaption.For(card.Text),
                ReplyMarkup = markup,
            };
        }

        return new InlineQueryResultArticle(id, job.Name, new InputTextMessageContent(card.Text) { LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } })
        {
            Description = description,
            ReplyMarkup = markup,
        };
    }

    /// <summary>The card's first figure (its second line: the first names the job, as the title does).</summary>
    public static string Description(string cardText)
    {
        var lines = cardText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.Length > 1 ? lines[1] : lines.FirstOrDefault() ?? "";
        return TextCut.ToLength(line, MaxDescription);
    }
}
