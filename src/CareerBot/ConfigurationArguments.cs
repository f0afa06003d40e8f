namespace CareerBot;

/// <summary>
/// .NET configuration on the command line (<c>--Storage:DatabasePath=…</c>, <c>--urls http://…</c>), taken out before the
/// verbs' switches are parsed: a name with a section (a colon) or one of the host's own settings is configuration, and is
/// handed to the host as <c>--key=value</c>; every other token is left for the verb parser, which refuses what it does not know.
/// </summary>
internal static class ConfigurationArguments
{
    // The host's settings that have no section; anything else without a colon is taken for a switch (and refused if unknown).
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName",
    };

    /// <summary>Splits the command line into the verb and its switches, and configuration; a configuration key with no value is an error.</summary>
    public static (List<string> Switches, List<string> Configuration, string? Error) Split(IReadOnlyList<string> args)
    {
        List<string> switches = [];
        List<string> configuration = [];
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!IsConfiguration(token, out var key, out var value))
            {
                switches.Add(token);
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    return (switches, configuration, $"The configuration key '--{key}' needs a value: --{key}=VALUE or --{key} VALUE.");
                }

                value = args[++i];
            }

            configuration.Add($"--{key}={value}");
        }

        return (switches, configuration, null);
    }

    private static bool IsConfiguration(string token, out string key, out string? value)
    {
        key = string.Empty;
        value = null;
        if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length < 3)
        {
            return false;
        }

        var equals = token.IndexOf('=', StringComparison.Ordinal);
        key = equals < 0 ? token[2..] : token[2..equals];
        if (key.Length == 0 || (!key.Contains(':', StringComparison.Ordinal) && !HostKeys.Contains(key)))
        {
            return false;
        }

        value = equals < 0 ? null : token[(equals + 1)..];
        return true;
    }
}
