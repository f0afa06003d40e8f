using CareerBot.Telegram;
using Microsoft.Extensions.Options;

namespace CareerBot.Http;

/// <summary>Webhook mode takes updates over HTTP only: without an address the bot would hear nothing, so it does not start.</summary>
internal sealed class WebhookNeedsAddress(bool listening) : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options) =>
        options.Mode == TelegramMode.Webhook && !listening
            ? ValidateOptionsResult.Fail("Telegram:Mode is Webhook, but no HTTP address is configured: set Urls (--urls, ASPNETCORE_URLS), e.g. http://+:8080, and point the load balancer behind Telegram:WebhookUrl at it.")
            : ValidateOptionsResult.Success;
}
