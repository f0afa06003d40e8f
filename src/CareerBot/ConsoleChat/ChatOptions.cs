namespace CareerBot.ConsoleChat;

/// <summary>Options of the <c>chat</c> verb: --user ID, --lang en|nl, --moderator (try /weekly against a console "channel").</summary>
internal sealed record ChatOptions(string UserId, string? Locale, bool Moderator = false)
{
    public const string DefaultUser = "local";

    public static ChatOptions Parse(IReadOnlyList<string> options)
    {
        var user = DefaultUser;
        string? locale = null;
        var moderator = options.Contains("--moderator", StringComparer.Ordinal);
        for (var i = 0; i < options.Count - 1; i++)
        {
            switch (options[i])
            {
                case "--user":
                    user = options[++i];
                    break;
                case "--lang":
                    locale = options[++i];
                    break;
                default:
                    break;
            }
        }

        return new ChatOptions(user, locale, moderator);
    }
}
