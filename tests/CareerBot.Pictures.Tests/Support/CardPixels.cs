using SkiaSharp;

namespace CareerBot.Pictures.Tests.Support;

/// <summary>Reads a rendered card back as pixels, to check where ink is (and is not).</summary>
internal sealed class CardPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    public CardPixels(byte[] png) => _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG Skia can read");

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor this[int x, int y] => _bitmap.GetPixel(x, y);

    /// <summary>Pixels in the rectangle that are not pure white.</summary>
    public int InkIn(int left, int top, int right, int bottom)
    {
        var ink = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (_bitmap.GetPixel(x, y) != SKColors.White)
                {
                    ink++;
                }
            }
        }

        return ink;
    }

    /// <summary>Pixels on row <paramref name="y"/> between the two x that look like the own job's blue.</summary>
    public int BlueOnRow(int y, int left, int right) =>
        Enumerable.Range(left, right - left).Count(x => IsBlue(_bitmap.GetPixel(x, y)));

    /// <summary>Pixels on row <paramref name="y"/> between the two x that look like the target job's vermillion.</summary>
    public int VermillionOnRow(int y, int left, int right) =>
        Enumerable.Range(left, right - left).Count(x => IsVermillion(_bitmap.GetPixel(x, y)));

    public void Dispose() => _bitmap.Dispose();

    private static bool IsBlue(SKColor c) => c.Blue > 140 && c.Red < 60 && c.Green < 140;

    private static bool IsVermillion(SKColor c) => c.Red > 170 && c.Green is > 60 and < 130 && c.Blue < 60;
}
