using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;
using CareerBot.Core.Telemetry;
using CareerBot.Core.Texts;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.InlineQueryResults;

namespace CareerBot.Telegram.Inline;

/// <summary>
/// Inline mode ("@CareerBot nurse" in any chat): answers at once with the best-matching jobs' public cards, straight from
/// the update — no conversation is read or stored, no outbox, nothing about the person kept or logged beyond counts.
/// The only thing read about them is their app's language. A failed answer is not retried: Telegram drops a query after
/// a few seconds, and a person typing sends the next one.
/// </summary>
internal sealed class InlineQueryAnswerer(
    ITelegramBotClient bot,
    OccupationLookup lookup,
    DeliveryPictures pictures,
    CardPhotoIds photos,
    BotIdentityProvider identity,
    BotMetrics metrics,
    TokenRedactor redactor,
    ILogger<InlineQueryAnswerer> logger)
{
    /// <summary>
    /// Seconds Telegram may cache an answer. Not personal (is_personal false), so one answer serves everyone typing the
    /// same text: short, so a card whose picture Telegram has since received soon shows it, and a shared answer in the
    /// other language does not last.
    /// </summary>
    public const int CacheSeconds = 120;

    public async Task AnswerAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var language = LanguageCodes.FromLocale(query.From?.LanguageCode);
        var me = await identity.GetAsync(cancellationToken);
        var results = new List<InlineQueryResult>(InlineResults.MaxResults);
        var withPhoto = 0;
        foreach (var job in lookup.Suggest(query.Query, language, InlineResults.MaxResults))
        {
            if (lookup.Card(job.Soc, language) is not { } card)
            {
                continue;
            }

            var fileId = pictures.Wants(card) ? await PhotoOfAsync(card.Picture!, cancellationToken) : null;
            withPhoto += fileId is null ? 0 : 1;
            results.Add(InlineResults.For(job, card, me, language, fileId));
        }

        try
        {
            await bot.AnswerInlineQuery(
                inlineQueryId: query.Id,
                results: results,
                cacheTime: CacheSeconds,
                isPersonal: false,
                button: new InlineQueryResultsButton(TelegramTexts.TalkPrivately(language)) { StartParameter = CommandNames.Career },
                cancellationToken: cancellationToken);
            metrics.InlineQueryAnswered(Platform.Telegram, results.Count);
            Log.InlineAnswered(logger, results.Count, withPhoto);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.InlineAnswerFailed(logger, redactor.Scrub(ex));
        }
    }

    // The state store down costs the pictures, not the answer: the cards go as text.
    private async Task<string?> PhotoOfAsync(ReplyPicture picture, CancellationToken cancellationToken)
    {
        try
        {
            return await photos.FindAsync(picture, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.InlineAnswerFailed(logger, redactor.Scrub(ex));
            return null;
        }
    }

    /// <summary>A posted result (sent only with BotFather's inline feedback on): counted, nothing else.</summary>
    public void Chosen() => metrics.InlineResultChosen(Platform.Telegram);
}
