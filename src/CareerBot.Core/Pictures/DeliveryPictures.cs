using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Pictures;

/// <summary>
/// The picture an adapter attaches to a reply at delivery: the PNG drawn from <see cref="OutgoingMessage.Picture"/>, or
/// null when the reply has none, pictures are off (<see cref="DialogueSettings.Pictures"/>), no
/// <see cref="IPictureRenderer"/> is registered, or drawing failed. Null always means "send the text alone": a picture
/// never costs the reply. The first failure is logged with its exception; later ones only at debug level, since a broken
/// renderer fails every card the same way.
/// </summary>
public sealed partial class DeliveryPictures
{
    private readonly IPictureRenderer? _renderer;
    private readonly ILogger<DeliveryPictures> _logger;
    private int _failures;

    /// <param name="renderers">The registered renderer (the last one wins), or none.</param>
    /// <param name="logger">Where a failed drawing is reported.</param>
    /// <param name="settings">The dialogue's settings; without them pictures are on.</param>
    public DeliveryPictures(IEnumerable<IPictureRenderer> renderers, ILogger<DeliveryPictures> logger, DialogueSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        _renderer = settings?.Pictures == false ? null : renderers.LastOrDefault();
        _logger = logger;
    }

    /// <summary>False when no picture is ever drawn (pictures off, or no renderer): every reply goes as text alone.</summary>
    public bool IsEnabled => _renderer is not null;

    /// <summary>True when <paramref name="message"/> is meant to go with a picture (whether or not drawing it then works).</summary>
    public bool Wants(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return IsEnabled && message.Picture is not null;
    }

    /// <summary>The PNG bytes of the message's picture, or null: send the text alone.</summary>
    public byte[]? PngFor(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_renderer is null || message.Picture is not { } picture)
        {
            return null;
        }

        try
        {
            var png = _renderer.RenderPng(picture);
            if (png is { Length: > 0 })
            {
                return png;
            }

            Failed(new InvalidOperationException("The renderer returned no bytes."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(ex);
        }

        return null;
    }

    /// <summary>
    /// The picture's file name, safe in an upload header and as a file on disk: ASCII letters, digits, '-', '_' and
    /// '.', no folder, ending in ".png".
    /// </summary>
    public static string FileNameOf(ReplyPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var safe = new string([.. (picture.FileName ?? "").Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]).Trim('.', '-');
        if (safe.Length == 0)
        {
            safe = "picture";
        }

        return safe.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? safe : safe + ".png";
    }

    private void Failed(Exception exception)
    {
        var failures = Interlocked.Increment(ref _failures);
        if (failures == 1)
        {
            LogFirstFailure(_logger, exception);
        }
        else
        {
            LogFailure(_logger, failures);
        }
    }

    [LoggerMessage(EventId = 4050, Level = LogLevel.Error, Message = "Drawing a reply picture failed; replies with a picture go as text alone")]
    private static partial void LogFirstFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Debug, Message = "Drawing a reply picture failed again ({Failures} so far); the reply goes as text alone")]
    private static partial void LogFailure(ILogger logger, int failures);
}
