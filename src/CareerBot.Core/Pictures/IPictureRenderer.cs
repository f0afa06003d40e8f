namespace CareerBot.Core.Pictures;

/// <summary>Draws a reply's picture (a risk card, a pulse chart) as a PNG image. Implementations are thread-safe and need no network or system fonts.</summary>
public interface IPictureRenderer
{
    /// <summary>The PNG bytes of <paramref name="picture"/>.</summary>
    byte[] RenderPng(ReplyPicture picture);
}
