using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// The REST calls that put one message at a <see cref="ReplyAddress"/>: a channel message, a public reply, or the
/// interaction's original (filled by an edit) or a follow-up; part by part, stopping at the first error. A message's
/// picture is uploaded with its first part (the picture's alt text as the attachment's description); when Discord
/// refuses that part for good (no Attach Files permission in the channel, a file it will not take), the part goes again
/// without the picture, so the text always arrives.
/// </summary>
internal sealed class ReplyWriter(DiscordRestClient rest, DeliveryPictures pictures, ILogger<ReplyWriter> logger)
{
    /// <summary>How long to wait after an error that may pass (5xx, no answer) when Discord did not say.</summary>
    public static readonly TimeSpan TransientWait = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Writes the message; null when Discord has every part. <paramref name="nonceId"/> makes the channel messages'
    /// nonces; <paramref name="extraButtons"/> null means the adapter's usual buttons for the address.
    /// </summary>
    public async Task<DiscordApiError?> WriteAsync(
        ReplyAddress address,
        OutgoingMessage message,
        bool fillOriginal,
        string nonceId,
        CancellationToken cancellationToken,
        IReadOnlyList<DiscordComponent>? extraButtons = null)
    {
        var parts = MessageRenderer.Render(message, extraButtons ?? ExtraButtons(address, message), address.Ephemeral ? MessagePayload.Ephemeral : null);
        var picture = Upload(message);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] with { Nonce = DeliveryNonce.For(nonceId, i), Files = i == 0 && picture is not null ? [picture] : null };
            var sent = await SendPartAsync(address, part, fillOriginal && i == 0, i == 0, cancellationToken);
            if (sent.Error is { IsPermanent: true } refused && part.Files is not null)
            {
                Log.PictureRefused(logger, refused.HttpStatus, refused.Code);
                sent = await SendPartAsync(address, part with { Files = null }, fillOriginal && i == 0, i == 0, cancellationToken);
            }

            if (sent.Error is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>
    /// Success → delivered; a 4xx other than 429 → undeliverable (sending it again cannot work); a 429 that outlasted the
    /// REST client's own waiting, a 5xx or no answer → retry, after Discord's retry_after when it gave one.
    /// </summary>
    public static DeliveryOutcome Outcome(DiscordApiError? error) => error switch
    {
        null => DeliveryOutcome.Delivered,
        { HttpStatus: 429 } => DeliveryOutcome.Retry(error.RetryAfter ?? TransientWait, "rate limited (HTTP 429)"),
        { IsPermanent: true } => DeliveryOutcome.Undeliverable($"HTTP {error.HttpStatus}, code {error.Code}: {error.Message}"),
        { IsTransport: true } => DeliveryOutcome.Retry(TransientWait, $"no answer ({error.Message})"),
        _ => DeliveryOutcome.Retry(TransientWait, $"HTTP {error.HttpStatus}, code {error.Code}"),
    };

    // Private mode (DMs closed): a question without choices gets a button that opens a modal for the typed answer.
    // A public invitation gets "continue privately", so nobody is messaged just for asking in a channel.
    private static IReadOnlyList<DiscordComponent>? ExtraButtons(ReplyAddress address, OutgoingMessage message) => address switch
    {
        { PrivateMode: true } when message.Choices.Count == 0 => [MessageRenderer.Button(DiscordTexts.Answer(address.Language), DiscordTexts.AnswerPayload)],
        { Ephemeral: false } when message.InvitesPrivateChat => [MessageRenderer.Button(DiscordTexts.ContinuePrivately(address.Language), DiscordTexts.PrivatePayload)],
        _ => null,
    };

    /// <summary>The message's picture as a PNG upload, or null (none, pictures off, drawing failed: the text goes alone).</summary>
    private FileUpload? Upload(OutgoingMessage message)
    {
        if (message.Picture is not { } picture || pictures.PngFor(message) is not { } png)
        {
            return null;
        }

        var alt = string.IsNullOrWhiteSpace(picture.AltText) ? null : picture.AltText.Trim();
        if (alt is { Length: > FileUpload.MaxDescription })
        {
            alt = alt[..(char.IsHighSurrogate(alt[FileUpload.MaxDescription - 2]) ? FileUpload.MaxDescription - 2 : FileUpload.MaxDescription - 1)] + "…";
        }

        return new FileUpload(DeliveryPictures.FileNameOf(picture), "image/png", png, alt);
    }

    private static bool TokenExpired(DiscordApiError error) =>
        error.HttpStatus is 401 or 404 || error.Code is DiscordApiError.UnknownWebhook or DiscordApiError.UnknownInteraction or 50027;

    private async Task<RestResult<DiscordMessage>> SendPartAsync(ReplyAddress address, MessagePayload part, bool editOriginal, bool first, CancellationToken cancellationToken)
    {
        switch (address.Kind)
        {
            case ReplyKind.Channel:
                return await rest.CreateMessageAsync(address.ChannelId, part with { EnforceNonce = true }, cancellationToken);
            case ReplyKind.ChannelReply:
                return await rest.CreateMessageAsync(address.ChannelId, part with { EnforceNonce = true, MessageReference = first ? new MessageReference(address.MessageId!) : null }, cancellationToken);
            default:
                // Webhook messages take no nonce; a deferred original is filled by an edit, which is safe to repeat.
                var webhookPart = part with { Nonce = null };
                var result = editOriginal
                    ? await rest.EditOriginalAsync(address.ApplicationId!, address.Token!, webhookPart with { Flags = null }, cancellationToken)
                    : await rest.CreateFollowupAsync(address.ApplicationId!, address.Token!, webhookPart, cancellationToken);
                if (result.Error is { } error && TokenExpired(error) && !address.Ephemeral && address.ChannelId.Length > 0)
                {
                    // The 15-minute interaction token ran out (e.g. a reply that waited out an outage): post it in the channel instead.
                    return await rest.CreateMessageAsync(address.ChannelId, part with { Flags = null, EnforceNonce = true }, cancellationToken);
                }

                return result;
        }
    }
}
