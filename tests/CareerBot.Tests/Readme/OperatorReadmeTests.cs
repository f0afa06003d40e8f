using System.Reflection;
using System.Text.RegularExpressions;
using CareerBot.Discord;
using CareerBot.Tests.Container;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Readme;

/// <summary>The README's operator sections say what the code does: commands that parse, every setting in a table, Docker and Discord numbers.</summary>
public sealed partial class OperatorReadmeTests : IDisposable
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-readme-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void CommandLines_InTheReadmesShellBlocks_ParseWithoutErrors()
    {
        var commands = ShellCommands().ToList();

        Assert.Contains(commands, command => command.SequenceEqual(["--help"]));
        Assert.Contains(commands, command => command is []);
        Assert.All(commands, command => Assert.Empty(CommandLine.Parse(command).Errors));
    }

    [Fact]
    public void ConfigurationTables_NameEverySetting()
    {
        var rows = Readme.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).Select(line => line.Split('|')[1]).ToList();

        var settings = Settings().ToList();

        var missing = settings.Where(key => !rows.Any(row => Documents(row, key))).ToList();

        Assert.Contains("Discord:SessionSaveSeconds", settings);
        Assert.Contains("Storage:Backup:Keep", settings);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task DockerRun_StopTimeout_OutlastsTheHostsShutdownTimeout()
    {
        await using var host = CareerBotHost.BuildBot([$"--Storage:DatabasePath={Path.Combine(_folder.FullName, "bot.db")}"]);
        var shutdown = host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        var stopTimeout = int.Parse(StopTimeout().Match(Readme).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(TimeSpan.FromSeconds(stopTimeout) > shutdown, $"--stop-timeout {stopTimeout} s, host shutdown {shutdown}");
        Assert.Contains($"docker stop -t {stopTimeout} careerbot", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscordSetUp_IntentsAndInvitePermissions_MatchTheBot()
    {
        // View Channel, Send Messages, Attach Files (the picture), Read Message History (replies reference the message), Send Messages in Threads.
        const long permissions = (1L << 10) | (1L << 11) | (1L << 15) | (1L << 16) | (1L << 38);

        Assert.Equal(1 | 512 | 4096 | 32768, DiscordOptions.DefaultIntents);
        Assert.Contains($"`{DiscordOptions.DefaultIntents}` = Guilds 1 + Guild Messages 512 + Direct Messages 4096 + Message Content 32768", Readme, StringComparison.Ordinal);
        Assert.Contains("Message Content Intent", Readme, StringComparison.Ordinal);
        Assert.Contains("**4014**", Readme, StringComparison.Ordinal);
        Assert.Contains($"scope=bot+applications.commands&permissions={permissions}", Readme, StringComparison.Ordinal);
    }

    // "dotnet run --project src/CareerBot -- ARGS" and "dotnet artifacts/publish/CareerBot.dll ARGS" in ```bash blocks.
    private static IEnumerable<string[]> ShellCommands()
    {
        foreach (Match block in ShellBlock().Matches(Readme))
        {
            foreach (var line in block.Groups[1].Value.Split('\n'))
            {
                var command = line.Split(" #")[0].Trim().TrimEnd('&').Trim();
                var start = command.IndexOf("dotnet run --project src/CareerBot", StringComparison.Ordinal) is var run and >= 0
                    ? run + "dotnet run --project src/CareerBot".Length
                    : command.IndexOf("CareerBot.dll", StringComparison.Ordinal) is var dll and >= 0 ? dll + "CareerBot.dll".Length : -1;
                if (start < 0)
                {
                    continue;
                }

                var args = command[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(arg => arg.Trim('"')).ToList();
                yield return args is ["--", .. var rest] ? [.. rest] : [.. args];
            }
        }
    }

    // Every bound options class: a SectionName constant and settable properties.
    private static IEnumerable<string> Settings()
    {
        string[] assemblies = ["CareerBot", "CareerBot.Core", "CareerBot.Discord", "CareerBot.Telegram", "CareerBot.Storage.LiteDb", "CareerBot.Storage.Postgres", "CareerBot.Pictures"];
        foreach (var type in assemblies.SelectMany(name => Assembly.Load(name).GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is not { IsLiteral: true } field)
            {
                continue;
            }

            var section = (string)field.GetRawConstantValue()!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                yield return $"{section}:{property.Name}";
            }
        }
    }

    // A row names `Section:Key`, or `Section:Other` and then `Key` alone (rows that group settings of one section).
    private static bool Documents(string row, string key)
    {
        var section = key[..key.LastIndexOf(':')];
        var name = key[(key.LastIndexOf(':') + 1)..];
        return row.Contains($"`{key}`", StringComparison.Ordinal)
            || (Regex.IsMatch(row, $@"`{Regex.Escape(section)}:[A-Za-z]+`") && row.Contains($"`{name}`", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"--stop-timeout (\d+)")]
    private static partial Regex StopTimeout();
}
