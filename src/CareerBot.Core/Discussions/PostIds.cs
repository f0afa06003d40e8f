namespace CareerBot.Core.Discussions;

/// <summary>Ids for channel posts: random, chosen once when the post is recorded, kept for every attempt.</summary>
internal static class PostIds
{
    // "wp" + 20 hex digits: short enough to log, random enough never to repeat.
    public static string New(Random random)
    {
        Span<byte> bytes = stackalloc byte[10];
        random.NextBytes(bytes);
        return "wp" + Convert.ToHexStringLower(bytes);
    }
}
