using System.Net.Http.Headers;
using System.Text;

namespace CareerBot.Multipart;

/// <summary>
/// Reads a multipart/form-data body (RFC 7578) into its parts, as a platform's server would: the test fakes use it to
/// check what the bot uploads (Telegram's sendPhoto, Discord's payload_json and files[n]) on the wire, not as objects.
/// </summary>
public static class MultipartForm
{
    /// <summary>True when the Content-Type header says multipart/form-data.</summary>
    public static bool Is(string? contentType) =>
        contentType is not null && contentType.TrimStart().StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The parts of <paramref name="body"/>; a FormatException when it is not well-formed multipart.</summary>
    public static IReadOnlyList<FormPart> Parse(string contentType, byte[] body)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || type.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"') is not { Length: > 0 } boundary)
        {
            throw new FormatException("multipart/form-data without a boundary");
        }

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var closing = Encoding.ASCII.GetBytes("\r\n--" + boundary);
        var span = body.AsSpan();
        var start = span.IndexOf(delimiter);
        if (start < 0)
        {
            throw new FormatException("the body never starts its first part");
        }

        var parts = new List<FormPart>();
        var position = start + delimiter.Length;
        while (!span[position..].StartsWith("--"u8))
        {
            if (!span[position..].StartsWith("\r\n"u8))
            {
                throw new FormatException("a boundary line that goes on after the boundary");
            }

            position += 2;
            var headerEnd = span[position..].IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0)
            {
                throw new FormatException("a part without a blank line after its headers");
            }

            var headers = Encoding.UTF8.GetString(span.Slice(position, headerEnd));
            position += headerEnd + 4;
            var end = span[position..].IndexOf(closing);
            if (end < 0)
            {
                throw new FormatException("a part that is never closed");
            }

            parts.Add(FormPart.From(headers, span.Slice(position, end).ToArray()));
            position += end + closing.Length;
        }

        return parts;
    }
}
