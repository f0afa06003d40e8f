namespace CareerBot.ConsoleChat;

/// <summary>Options of the <c>chat</c> verb: --user ID, --lang en|nl.</summary>
internal sealed record ChatOptions(string UserId, string? Locale)
{
    public const string DefaultUser = "local";

    public static ChatOptions Parse(IReadOnlyList<string> options)
    {
        var user = DefaultUser;
        string? locale = null;
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

        return new ChatOptions(user, locale);
    }
}
