using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// The card's colours. The two jobs differ in shape (filled circle, hollow diamond) as well as colour, and the colours are
/// Okabe–Ito blue and vermillion, which stay apart under the common colour-vision deficiencies.
/// </summary>
internal static class CardPalette
{
    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Secondary = new(0x55, 0x55, 0x55);
    public static readonly SKColor Rule = new(0xDD, 0xDD, 0xDD);
    public static readonly SKColor Track = new(0xCF, 0xCF, 0xCF);
    public static readonly SKColor Tick = new(0x99, 0x99, 0x99);

    /// <summary>The person's own job: Okabe–Ito blue, a filled circle.</summary>
    public static readonly SKColor Own = new(0x00, 0x72, 0xB2);

    /// <summary>The target job: Okabe–Ito vermillion, a hollow diamond.</summary>
    public static readonly SKColor Target = new(0xD5, 0x5E, 0x00);

    /// <summary>Text in the target's colour: vermillion darkened to 5:1 contrast on white (the marker colour gives ~3.9:1).</summary>
    public static readonly SKColor TargetText = new(0xA6, 0x49, 0x00);

    public static SKColor JobText(int index) => index == 0 ? Own : TargetText;

    public static ScottPlot.Color ForPlot(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
