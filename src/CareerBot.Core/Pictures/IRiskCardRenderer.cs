namespace CareerBot.Core.Pictures;

/// <summary>Draws a risk card as a PNG image. Implementations are thread-safe and need no network or system fonts.</summary>
public interface IRiskCardRenderer
{
    /// <summary>The PNG bytes of <paramref name="picture"/>.</summary>
    byte[] RenderPng(RiskCardPicture picture);
}
