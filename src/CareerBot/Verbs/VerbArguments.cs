namespace CareerBot.Verbs;

/// <summary>Splits a verb's arguments: <c>--key value</c> and <c>--key=value</c> are configuration (e.g. --db PATH); the rest are positional.</summary>
internal static class VerbArguments
{
    public static IReadOnlyList<string> Positional(string[] options)
    {
        var positional = new List<string>();
        for (var i = 0; i < options.Length; i++)
        {
            var option = options[i];
            if (option.StartsWith("--", StringComparison.Ordinal) && option.Length > 2)
            {
                if (!option.Contains('=', StringComparison.Ordinal))
                {
                    i++;
                }

                continue;
            }

            positional.Add(option);
        }

        return positional;
    }
}
