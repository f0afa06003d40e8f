using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Tests.Container;

/// <summary>
/// A .dockerignore read by Docker's rules: paths relative to the context root, <c>*</c> and <c>?</c> within one path part,
/// <c>**</c> across parts, <c>!</c> re-includes, the last matching line wins, and an excluded folder excludes all beneath it.
/// </summary>
internal sealed class DockerIgnore(IReadOnlyList<(Regex Pattern, bool Exclude)> rules)
{
    public static DockerIgnore Load(string path) => new(
        [.. File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.StartsWith('!') ? (ToRegex(line[1..]), false) : (ToRegex(line), true))]);

    public bool IsExcluded(string path)
    {
        var parts = path.Split('/');
        var excluded = false;
        foreach (var (pattern, exclude) in rules)
        {
            // A line matches the path or any folder above it.
            if (Enumerable.Range(1, parts.Length).Any(count => pattern.IsMatch(string.Join('/', parts.Take(count)))))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var text = pattern.Trim('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var slash = i + 2 < text.Length && text[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(text[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(text[i].ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
