using ScottPlot;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>Answers every ScottPlot font request with the shipped typeface (bold or regular), whatever name it asks for.</summary>
internal sealed class ShippedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        weight >= FontWeight.SemiBold ? CardFonts.Bold : CardFonts.Regular;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        bold ? CardFonts.Bold : CardFonts.Regular;
}
