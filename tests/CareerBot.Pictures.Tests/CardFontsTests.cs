using SkiaSharp;

namespace CareerBot.Pictures.Tests;

public class CardFontsTests
{
    [Fact]
    public void Regular_LoadedFromTheAssembly_IsDejaVuSans()
    {
        var typeface = CardFonts.Regular;

        Assert.Equal(CardFonts.FamilyName, typeface.FamilyName);
        Assert.Equal((int)SKFontStyleWeight.Normal, typeface.FontWeight);
    }

    [Fact]
    public void Bold_LoadedFromTheAssembly_IsDejaVuSansBold()
    {
        var typeface = CardFonts.Bold;

        Assert.Equal(CardFonts.FamilyName, typeface.FamilyName);
        Assert.Equal((int)SKFontStyleWeight.Bold, typeface.FontWeight);
    }

    [Theory]
    [InlineData("Arial", false)]
    [InlineData("DejaVu Sans", true)]
    [InlineData("", false)]
    [InlineData("Some Font Nobody Has", true)]
    public void ScottPlotFonts_AnyFontName_ResolvesToTheShippedTypeface(string name, bool bold)
    {
        ScottPlotFonts.EnsureRegistered();

        var typeface = ScottPlot.Fonts.GetTypeface(name, bold, italic: false);

        Assert.Same(bold ? CardFonts.Bold : CardFonts.Regular, typeface);
    }

    [Fact]
    public void ScottPlotFonts_Default_IsTheShippedFamily()
    {
        ScottPlotFonts.EnsureRegistered();

        var typeface = ScottPlot.Fonts.GetTypeface(ScottPlot.Fonts.Default, bold: false, italic: false);

        Assert.Equal(CardFonts.FamilyName, ScottPlot.Fonts.Default);
        Assert.Same(CardFonts.Regular, typeface);
    }

    [Fact]
    public void Licence_ShipsBesideTheAssembly()
    {
        var licence = Path.Combine(AppContext.BaseDirectory, "Fonts", "LICENSE-DejaVu.txt");

        Assert.Contains("Bitstream Vera", File.ReadAllText(licence), StringComparison.Ordinal);
    }
}
