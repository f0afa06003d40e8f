namespace CareerBot.Core.Discussions;

/// <summary>Ids for channel posts: random, chosen once when the post is recorded, kept for every attempt.</summary>
internal static class PostIds
{
    // Discord's message nonce allows 25 characters: "wp" + 20 hex digits.
    public static string New(Random random)
    {
        Span<byte> bytes = stackalloc byte[10];
        random.NextBytes(bytes);
        return "wp" + Convert.ToHexStringLower(bytes);
    }
}
