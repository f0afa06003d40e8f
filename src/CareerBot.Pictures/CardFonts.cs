using System.Reflection;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// The typeface every word of a card is drawn with, DejaVu Sans, read once from this assembly's resources: containers have
/// no system fonts, and a font found on one machine but not another would change the picture.
/// </summary>
internal static class CardFonts
{
    public const string FamilyName = "DejaVu Sans";

    public static SKTypeface Regular { get; } = Load("CareerBot.Pictures.Fonts.DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load("CareerBot.Pictures.Fonts.DejaVuSans-Bold.ttf");

    private static SKTypeface Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing from {typeof(CardFonts).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {resource} could not be read.");
    }
}
