using CareerBot.Core.Pictures;

namespace CareerBot.Pictures;

/// <summary>Draws any reply picture with the renderer of its kind.</summary>
internal sealed class PictureRenderer(RiskCardRenderer cards, PulseChartRenderer charts) : IPictureRenderer
{
    public byte[] RenderPng(ReplyPicture picture) => picture switch
    {
        RiskCardPicture card => cards.RenderPng(card),
        PulseChartPicture chart => charts.RenderPng(chart),
        null => throw new ArgumentNullException(nameof(picture)),
        _ => throw new NotSupportedException($"No renderer draws a {picture.GetType().Name}."),
    };
}
