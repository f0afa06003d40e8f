using System.Text;

namespace CareerBot.Multipart;

/// <summary>One part of a multipart/form-data body: its field name, the file name and type when it is a file, and its bytes.</summary>
public sealed record FormPart(string Name, string? FileName, string? ContentType, byte[] Bytes)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>True when the bytes start with the PNG signature.</summary>
    public bool IsPng => Bytes.AsSpan().StartsWith(PngSignature);

    /// <summary>A part from its header lines ("Content-Disposition: form-data; name=…; filename=…", "Content-Type: …").</summary>
    public static FormPart From(string headers, byte[] bytes)
    {
        string? name = null, fileName = null, contentType = null;
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            switch (line[..colon].Trim().ToUpperInvariant())
            {
                case "CONTENT-DISPOSITION":
                    foreach (var parameter in value.Split(';').Skip(1).Select(p => p.Trim()))
                    {
                        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                        var key = equals < 0 ? parameter : parameter[..equals];
                        var text = equals < 0 ? "" : parameter[(equals + 1)..].Trim('"');
                        if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
                        {
                            name = text;
                        }
                        else if (key.Equals("filename", StringComparison.OrdinalIgnoreCase))
                        {
                            fileName = text;
                        }
                    }

                    break;
                case "CONTENT-TYPE":
                    contentType = value;
                    break;
                default:
                    break;
            }
        }

        return new FormPart(name ?? throw new FormatException("a part without a name"), fileName, contentType, bytes);
    }
}
