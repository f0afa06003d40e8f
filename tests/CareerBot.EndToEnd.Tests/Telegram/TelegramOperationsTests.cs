using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>
/// One real interview against the emulator with the operations features on: JSON logs at Debug, the health endpoint
/// and backups. The whole log output is then scanned for the token and for what the person typed.
/// </summary>
[Collection(TelegramProcesses.Name)]
public sealed class TelegramOperationsTests(ITestOutputHelper testOutput) : IAsyncLifetime
{
    private const long User = 7001;
    private const string JobTyped = "I am a nurse at the Quirinus clinic";
    private const string WorryTyped = "I lie awake over the Zanzibar rota and my mortgage";
    private static readonly string[] PersonalFragments = ["Quirinus", "Zanzibar", "mortgage", JobTyped, WorryTyped];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-ops-");
    private TelegramEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Interview_JsonLogsHealthAndBackup_NoTokenOrAnswerInLogsAndOneJsonObjectPerLine()
    {
        var backups = Path.Combine(_folder.FullName, "backups");
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Path.Combine(_folder.FullName, "bot.db"), new Dictionary<string, string>
        {
            ["Telegram__PerChatIntervalMilliseconds"] = "200",
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__Console__FormatterName"] = "json",
            ["Urls"] = BotProcess.AnyLoopbackPort,
            ["Storage__Backup__Directory"] = backups,
        });

        var typed = await RunInterviewAsync();
        using var http = new HttpClient();
        using var health = await http.GetAsync(await bot.HttpAddressAsync() + "/healthz");
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        await bot.StopAsync();

        Assert.True(typed.Job && typed.Worry, InterviewDriver.Describe(await _emulator.BotMessagesAsync(User)));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("litedb").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("telegram").GetProperty("status").GetString());
        Assert.Single(Directory.GetFiles(backups, "bot-backup-*.db")); // written at shutdown

        var output = bot.Output;
        foreach (var line in output.Split('\n').Where(l => l.Contains("Backup written", StringComparison.Ordinal) || l.Contains("Retention sweep", StringComparison.Ordinal)))
        {
            testOutput.WriteLine(line);
        }

        Assert.DoesNotContain(TelegramEmulator.Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST/", output, StringComparison.Ordinal);
        Assert.All(PersonalFragments, fragment => Assert.DoesNotContain(fragment, output, StringComparison.OrdinalIgnoreCase));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 10, output);
        Assert.All(lines, line =>
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(DateTimeOffset.TryParse(entry.RootElement.GetProperty("Timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _), line);
        });
        Assert.DoesNotContain(lines, l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal));
    }

    /// <summary>Plays the person: starts, types a job, keeps their words and types a worry, then answers until the wrap-up.</summary>
    private async Task<(bool Job, bool Worry)> RunInterviewAsync()
    {
        bool jobTyped = false, worryTyped = false, keepPressed = false;
        var pressed = new HashSet<int>();
        await _emulator.SendAsync(User, "/start");
        var seen = 0;
        for (var step = 0; step < 30; step++)
        {
            var messages = await _emulator.WaitForQuietAsync(User, TimeSpan.FromMilliseconds(700), seen + 1);
            seen = messages.Count;
            var last = messages[^1];
            var data = last.Buttons.Select(b => b.Data).OfType<string>().Where(d => !d.StartsWith("cmd:", StringComparison.Ordinal)).ToList();
            if (data.Any(d => d.StartsWith("wrap:", StringComparison.Ordinal)))
            {
                break;
            }

            if (data.Contains("note:keep") && !keepPressed && !pressed.Contains(last.MessageId))
            {
                keepPressed = true;
                pressed.Add(last.MessageId);
                await _emulator.PressAsync(User, last.MessageId, "note:keep");
            }
            else if (keepPressed && !worryTyped)
            {
                worryTyped = true;
                await _emulator.SendAsync(User, WorryTyped);
            }
            else if (data.Count > 0 && !pressed.Contains(last.MessageId))
            {
                pressed.Add(last.MessageId);
                var choice = data.FirstOrDefault(d => d.StartsWith("job:", StringComparison.Ordinal) && d != "job:none")
                    ?? data.FirstOrDefault(d => d == "worry:4")
                    ?? data.FirstOrDefault(d => d.Contains("skip", StringComparison.Ordinal))
                    ?? data[0];
                await _emulator.PressAsync(User, last.MessageId, choice);
            }
            else
            {
                jobTyped = true;
                await _emulator.SendAsync(User, JobTyped);
            }
        }

        return (jobTyped, worryTyped);
    }
}
