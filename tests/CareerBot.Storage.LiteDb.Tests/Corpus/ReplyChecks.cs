using System.Text;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>What every reply to a bad input must be: polite (non-empty), bounded, well-formed, and free of echoed controls.</summary>
internal static class ReplyChecks
{
    /// <summary>No reply may echo a pasted document back; the longest real replies (risk card with related jobs) are far below this.</summary>
    public const int MaxReplyLength = 4096;

    public static IEnumerable<string> Problems(IReadOnlyList<OutboxEntry> replies)
    {
        if (replies.Count == 0)
        {
            yield return "no reply";
        }

        foreach (var reply in replies.Select(r => r.Message))
        {
            if (string.IsNullOrWhiteSpace(reply.Text))
            {
                yield return "empty reply";
            }
            else if (reply.Text.Length > MaxReplyLength)
            {
                yield return $"reply of {reply.Text.Length} characters";
            }
            else if (!IsClean(reply.Text))
            {
                yield return "reply carries NUL, a lone surrogate or a bidi override: " + Escape(reply.Text);
            }

            foreach (var choice in reply.Choices)
            {
                if (choice.Payload.Length == 0 || Encoding.UTF8.GetByteCount(choice.Payload) > 64 || !Ascii.IsValid(choice.Payload))
                {
                    yield return "bad button payload " + Escape(choice.Payload);
                }
            }
        }
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Escape(string text) =>
        string.Concat(text.Take(80).Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
