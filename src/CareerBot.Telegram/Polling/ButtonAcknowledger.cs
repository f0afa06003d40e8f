using System.Threading.Channels;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// The calls a button press needs besides the turn: answer the callback query (the spinner stops) and mark the pressed
/// message with the choice. They are cosmetic, so they run here, beside the poll loop, which never waits for them.
/// </summary>
internal sealed class ButtonAcknowledger(ITelegramBotClient bot, TokenRedactor redactor, ILogger<ButtonAcknowledger> logger) : BackgroundService
{
    private const int Workers = 4;
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Answers the callback query soon (old queries, "query is too old", cannot be answered any more).</summary>
    public void Answer(PressedButton button) => _work.Writer.TryWrite(async token =>
    {
        try
        {
            await bot.AnswerCallbackQuery(button.QueryId, cancellationToken: token);
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            Log.CallbackAnswerFailed(logger, TelegramResilience.Describe(ex), redactor.Scrub(ex));
        }
    });

    /// <summary>
    /// Replaces the pressed message's keyboard with "✔ Chosen: label" once the turn is stored: in its text, or in its
    /// caption when the buttons hang under a photo (a risk card); only the keyboard goes when the line does not fit.
    /// </summary>
    public void MarkChosen(long chatId, int messageId, string question, string label, Language language, bool onCaption = false) => _work.Writer.TryWrite(async token =>
    {
        var text = $"{question}\n\n✔ {TelegramTexts.Chosen(language)}: {label}";
        try
        {
            if (onCaption && text.Length <= PhotoCaption.MaxLength)
            {
                await bot.EditMessageCaption(chatId, messageId, text, replyMarkup: null, cancellationToken: token);
            }
            else if (!onCaption && text.Length <= MessageSplitter.MaxLength)
            {
                await bot.EditMessageText(chatId, messageId, text, replyMarkup: null, cancellationToken: token);
            }
            else
            {
                await bot.EditMessageReplyMarkup(chatId, messageId, replyMarkup: null, cancellationToken: token);
            }
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            // "message is not modified" after a redelivery, or the message is gone: the answer still counts.
            Log.AcknowledgeFailed(logger, chatId, TelegramResilience.Describe(ex));
        }
    });

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
            {
                await work(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
