using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>Draws fitted single-line text and the two job symbols on one card's canvas; owns the fonts and paints of one rendering.</summary>
internal sealed class CardPainter(SKCanvas canvas) : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<SKColor, SKPaint> _paints = [];

    public SKCanvas Canvas => canvas;

    public SKFont Font(float size, bool bold = false)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new SKFont(bold ? CardFonts.Bold : CardFonts.Regular, size)
            {
                Edging = SKFontEdging.Antialias,
                Subpixel = false,
                Hinting = SKFontHinting.Full,
            };
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    public SKPaint Paint(SKColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true };
            _paints[color] = paint;
        }

        return paint;
    }

    /// <summary>Draws <paramref name="text"/> shortened to <paramref name="maxWidth"/>; returns the width drawn.</summary>
    public float Text(string text, float x, float baseline, float maxWidth, float size, SKColor color, bool bold = false, SKTextAlign align = SKTextAlign.Left) =>
        CardText.Draw(canvas, text, x, baseline, maxWidth, Font(size, bold), Paint(color), align);

    /// <summary>Width of <paramref name="text"/> as <see cref="Text"/> would draw it unshortened.</summary>
    public float Measure(string text, float size, bool bold = false) => Font(size, bold).MeasureText(text);

    /// <summary>The symbol of job <paramref name="job"/> as on the tracks (filled circle, hollow diamond), centred on x, y.</summary>
    public void JobSymbol(int job, float x, float y, float scale = 1)
    {
        if (job == 0)
        {
            canvas.DrawCircle(x, y, CardLayout.OwnMarkerSize / 2 * scale, Paint(CardPalette.Own));
            return;
        }

        var half = CardLayout.TargetMarkerSize / 2 * scale;
        using var diamond = new SKPath();
        diamond.MoveTo(x, y - half);
        diamond.LineTo(x + half, y);
        diamond.LineTo(x, y + half);
        diamond.LineTo(x - half, y);
        diamond.Close();
        using var outline = new SKPaint { Color = CardPalette.Target, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = CardLayout.TargetMarkerLine * scale };
        canvas.DrawPath(diamond, Paint(CardPalette.Background));
        canvas.DrawPath(diamond, outline);
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }
    }
}
