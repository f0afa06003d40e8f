using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.Telegram.Health;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Webhook;

/// <summary>
/// The inbound half of webhook mode, free of any HTTP framework: checks the secret token in constant time, reads one
/// update with the same reader polling uses and runs it through the same <see cref="UpdateHandler"/>, returning once
/// its turn is stored (never waiting for the replies to be sent), so Telegram's next update for the chat comes after it.
/// </summary>
public sealed class TelegramWebhookReceiver
{
    /// <summary>The header Telegram sends the secret_token in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Largest body read: an update is a few kilobytes; anything near this is not from Telegram.</summary>
    public const int MaxBodyBytes = 1 << 20;

    private readonly UpdateHandler _handler;
    private readonly TelegramStatus _status;
    private readonly TokenRedactor _redactor;
    private readonly ILogger<TelegramWebhookReceiver> _logger;
    private readonly byte[]? _expectedSecretHash;

    internal TelegramWebhookReceiver(
        UpdateHandler handler, TelegramStatus status, TokenRedactor redactor, IOptions<TelegramOptions> options, ILogger<TelegramWebhookReceiver> logger)
    {
        _handler = handler;
        _status = status;
        _redactor = redactor;
        _logger = logger;
        IsActive = options.Value.Mode == TelegramMode.Webhook && !string.IsNullOrEmpty(options.Value.WebhookSecret);
        _expectedSecretHash = IsActive ? Hash(options.Value.WebhookSecret!) : null;
    }

    /// <summary>True in webhook mode; otherwise every request is <see cref="WebhookOutcome.Inactive"/>.</summary>
    public bool IsActive { get; }

    /// <summary>Handles one request: <paramref name="secretToken"/> is the <see cref="SecretHeader"/> value (null when absent or repeated).</summary>
    public async Task<WebhookOutcome> ReceiveAsync(string? secretToken, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!IsActive)
        {
            return WebhookOutcome.Inactive;
        }

        if (!IsAuthentic(secretToken))
        {
            Log.WebhookRefused(_logger, secretToken is null ? "missing" : "wrong");
            return WebhookOutcome.Refused;
        }

        if (await ReadAsync(body, cancellationToken) is not { } json)
        {
            Log.WebhookTooLarge(_logger, MaxBodyBytes);
            return WebhookOutcome.TooLarge;
        }

        _status.WebhookUpdateReceived();
        if (Parse(json) is not { } update)
        {
            return WebhookOutcome.Unreadable;
        }

        try
        {
            await _handler.HandleAsync(update, cancellationToken);
            return WebhookOutcome.Accepted;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not skipped after a few tries as a polled update is: Telegram keeps the update and gives up on it itself.
            Log.WebhookUpdateFailed(_logger, update.Id, _redactor.Scrub(ex));
            return WebhookOutcome.Failed;
        }
    }

    // Both sides hashed first: equal lengths, so the comparison time says nothing about the secret, not even its length.
    private bool IsAuthentic(string? secretToken) =>
        secretToken is not null && CryptographicOperations.FixedTimeEquals(Hash(secretToken), _expectedSecretHash);

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private global::Telegram.Bot.Types.Update? Parse(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var read = UpdateReader.Read([document.RootElement], _logger);
            return read.Updates.Length == 1 ? read.Updates[0] : null; // the reader logged why not
        }
        catch (JsonException ex)
        {
            Log.UpdateUnreadable(_logger, "without id", ex.Path ?? "not JSON");
            return null;
        }
    }

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
