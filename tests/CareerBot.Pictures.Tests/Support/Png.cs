using System.Buffers.Binary;

namespace CareerBot.Pictures.Tests.Support;

/// <summary>What a test reads from PNG bytes without decoding them: the signature and the IHDR chunk's size.</summary>
internal static class Png
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] png) => png.AsSpan().StartsWith(Signature);

    /// <summary>Width and height from the IHDR chunk, which the PNG format puts first, right after the signature.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        var header = png.AsSpan(Signature.Length);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(header.Slice(4, 4)));
        return (BinaryPrimitives.ReadInt32BigEndian(header.Slice(8, 4)), BinaryPrimitives.ReadInt32BigEndian(header.Slice(12, 4)));
    }
}
