using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Runs tests/telegram-emulator/harness.js (telegram-test-api + patches) on a free loopback port and talks to it as a user.</summary>
internal sealed partial class TelegramEmulator : IAsyncDisposable
{
    public const string Token = "123456:TEST";
    public const string BotUsername = "TestNameBot";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _node;
    private readonly HttpClient _http;

    private TelegramEmulator(Process node, int port)
    {
        _node = node;
        BaseUrl = $"http://127.0.0.1:{port}";
        _http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string BaseUrl { get; }

    public static async Task<TelegramEmulator> StartAsync()
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node", Path.Combine("telegram-emulator", "harness.js"))
        {
            WorkingDirectory = RepositoryPaths.TestsFolder,
            RedirectStandardInput = true, // the harness exits when this closes, even if the test run dies
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var node = Process.Start(start)!;
        node.ErrorDataReceived += (_, _) => { };
        node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("HARNESS_PORT=", StringComparison.Ordinal))
            {
                return new TelegramEmulator(node, int.Parse(line["HARNESS_PORT=".Length..], CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException("The Telegram emulator did not start (is node installed?).");
    }

    public async Task<int> SendAsync(long userId, string text, long? chatId = null, string? chatType = null, string language = "en", int? threadId = null)
    {
        var reply = await PostAsync("/harness/user-message", new
        {
            token = Token, userId, text, chatId = chatId ?? userId, chatType = chatType ?? "private", languageCode = language, threadId, isForum = threadId is not null,
        });
        return reply["updateId"]!.GetValue<int>();
    }

    public async Task<int> PressAsync(long userId, int messageId, string data)
    {
        var reply = await PostAsync("/harness/press", new { token = Token, userId, messageId, data });
        return reply["updateId"]!.GetValue<int>();
    }

    public async Task<IReadOnlyList<BotMessage>> BotMessagesAsync(long chatId)
    {
        var array = await _http.GetFromJsonAsync<JsonArray>($"/harness/bot-messages?chatId={chatId}");
        return array!.Select(n => BotMessage.From(n!)).ToList();
    }

    public async Task<IReadOnlyList<(string Method, long Time, JsonNode Body)>> CallsAsync(string method)
    {
        var array = await _http.GetFromJsonAsync<JsonArray>($"/harness/calls?method={method}");
        return array!.Select(n => (n!["method"]!.GetValue<string>(), n["time"]!.GetValue<long>(), n["body"]!)).ToList();
    }

    public Task InjectFaultAsync(string method, int status, int? retryAfter, int times = 1) =>
        PostAsync("/harness/fault", new { method, status, retryAfter, times });

    public Task ClearFaultsAsync() => PostAsync("/harness/clear-faults", new { });

    /// <summary>Makes the emulated Telegram push updates to <paramref name="url"/> while the bot has a webhook set.</summary>
    public Task PushWebhookToAsync(string url) => PostAsync("/harness/webhook-target", new { url, retryMs = 300 });

    /// <summary>The webhook the bot set (null when none) and every push with the status the bot answered.</summary>
    public async Task<(JsonNode? Webhook, IReadOnlyList<(int UpdateId, int Status)> Pushes)> WebhookAsync()
    {
        var reply = await _http.GetFromJsonAsync<JsonNode>($"/harness/webhook?token={Uri.EscapeDataString(Token)}");
        var pushes = reply!["pushes"]!.AsArray().Select(p => (p!["updateId"]!.GetValue<int>(), p["status"]!.GetValue<int>())).ToList();
        return (reply["webhook"], pushes);
    }

    public Task SetMemberStatusAsync(long chatId, long userId, string status) =>
        PostAsync("/harness/member-status", new { chatId, userId, status });

    /// <summary>Waits (real time: the bot is a real process) until the chat holds at least <paramref name="count"/> bot messages.</summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = await BotMessagesAsync(chatId);
            if (messages.Count >= count || deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
            {
                return messages;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until no new bot message arrived in the chat for <paramref name="quiet"/>.</summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForQuietAsync(long chatId, TimeSpan quiet, int atLeast = 1)
    {
        var messages = await WaitForMessagesAsync(chatId, atLeast);
        var stable = Stopwatch.StartNew();
        while (stable.Elapsed < quiet)
        {
            await Task.Delay(100);
            var now = await BotMessagesAsync(chatId);
            if (now.Count != messages.Count || now.Sum(m => m.Edited) != messages.Sum(m => m.Edited))
            {
                messages = now;
                stable.Restart();
            }
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            _node.StandardInput.Close();
            if (!_node.WaitForExit(3000))
            {
                _node.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _node.Dispose();
        await Task.CompletedTask;
    }

    private async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(RepositoryPaths.TestsFolder, "node_modules", "telegram-test-api")))
            {
                return;
            }

            // CI runs `npm ci` in tests/; this covers a fresh clone run from an IDE.
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = RepositoryPaths.TestsFolder })!;
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in tests/ failed");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
