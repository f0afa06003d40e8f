using System.Text.Json.Serialization;

namespace CareerBot.Core.Pictures;

/// <summary>
/// A picture to send with a reply, described with every word already in the reader's language and stored with the reply
/// (<see cref="ReplyPictureJson"/>), so it is drawn at delivery from this alone, identically on every try. The kind is
/// the stored "kind"; a stored picture without one is a risk card (written before there were other kinds).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = ReplyPictureJson.Kind)]
[JsonDerivedType(typeof(RiskCardPicture), "risk-card")]
[JsonDerivedType(typeof(PulseChartPicture), "pulse-chart")]
public abstract record ReplyPicture
{
    /// <summary>What the picture shows in words, for screen readers and platforms that show alt text.</summary>
    public required string AltText { get; init; }

    /// <summary>File name for the attachment, ASCII, e.g. "risk-card-27-3043.png".</summary>
    public required string FileName { get; init; }
}
