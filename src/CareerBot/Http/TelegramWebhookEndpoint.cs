using CareerBot.Telegram.Webhook;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Http;

/// <summary>POST /telegram/webhook: hands the request to the Telegram adapter's receiver and turns its outcome into a status code.</summary>
internal static class TelegramWebhookEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var receiver = context.RequestServices.GetService<TelegramWebhookReceiver>();
        var header = context.Request.Headers[TelegramWebhookReceiver.SecretHeader];
        var outcome = receiver is null
            ? WebhookOutcome.Inactive
            : await receiver.ReceiveAsync(header.Count == 1 ? header[0] : null, context.Request.Body, context.RequestAborted);
        context.Response.StatusCode = StatusCode(outcome);
    }

    public static int StatusCode(WebhookOutcome outcome) => outcome switch
    {
        WebhookOutcome.Accepted or WebhookOutcome.Unreadable => StatusCodes.Status200OK,
        WebhookOutcome.Refused => StatusCodes.Status401Unauthorized,
        WebhookOutcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
        WebhookOutcome.Failed => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status404NotFound,
    };
}
