using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.EndToEnd.Tests.Discord.Soak;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// The real host killed with events received but not yet answered, then restarted: it resumes the saved session and
/// Discord (the emulator) replays what came after the saved sequence; every event is answered once.
/// </summary>
public sealed class DiscordRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0012";
    private const string BotId = DiscordBot.BotId;
    private const string HeldPerson = "53908232506183681";
    private const string OtherPerson = "53908232506183682";
    private const string HeldChannel = "645027906669510001";
    private const string OtherChannel = "645027906669510002";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-restart-" + Guid.NewGuid().ToString("N"));
    private readonly FakeDiscordServer _discord = new();
    private readonly Dictionary<string, FakeResponse> _created = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private GatewayEmulator _gateway = null!;
    private volatile bool _holding;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _discord.Handler = Answer;
        _gateway = new GatewayEmulator(_discord, BotId);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _discord.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BotProcess_KilledBeforeAnsweringReceivedMessages_RestartResumesAndAnswersEachOnce()
    {
        await using var first = Start();
        await _gateway.WaitForRecoveryAsync(0, TimeSpan.FromSeconds(90));
        await MentionAsync(OtherPerson, OtherChannel, "1400000000000000001");
        await RepliesToAsync("1400000000000000001");

        // The held person's first reply never gets its answer from Discord, so their next events wait behind it
        // in the bot's queue: received (and confirmed by heartbeat) but not stored when the bot dies.
        _holding = true;
        var firstHeldSeq = await MentionAsync(HeldPerson, HeldChannel, "1400000000000000002");
        await _discord.WaitForRequestsAsync(r => r.Is("POST", $"channels/{HeldChannel}/messages"), timeoutMs: 30000);
        await MentionAsync(HeldPerson, HeldChannel, "1400000000000000003");
        await MentionAsync(HeldPerson, HeldChannel, "1400000000000000004");
        await MentionAsync(OtherPerson, OtherChannel, "1400000000000000005");
        await RepliesToAsync("1400000000000000005");
        await _gateway.PauseAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // more than the save interval: a save now must not skip the held events
        var beforeKill = Nonces();
        await first.KillAsync();
        var resumesBefore = _gateway.Counters.ResumeSequences.Count; // in-process resumes (a zombie on a loaded machine)
        var sessionsBefore = _gateway.SessionsStarted;
        var identifiesBefore = _gateway.Counters.Identifies;

        // Sent while the bot is dead (to its dead socket): the session numbers and keeps them, and only a RESUME gets them to the
        // bot, replayed.
        await _gateway.UnpauseAsync();
        await MentionAsync(OtherPerson, OtherChannel, "1400000000000000006");
        await MentionAsync(OtherPerson, OtherChannel, "1400000000000000007");

        _holding = false;
        await using var second = Start();
        await _gateway.WaitForRecoveryAsync(sessionsBefore, TimeSpan.FromSeconds(90));
        await _gateway.UnpauseAsync();
        await RepliesToAsync("1400000000000000003", "1400000000000000004", "1400000000000000006", "1400000000000000007");
        await Task.Delay(TimeSpan.FromSeconds(3)); // late duplicates would arrive now
        var after = Nonces();
        output.WriteLine(second.Output);

        // The new process resumed (no Identify) from a sequence whose events were all stored (the turns of the held person's
        // later mentions are stored although their replies wait behind the held one), so the events sent while it was dead
        // were replayed. (On a loaded machine its 1 s heartbeats may also trip a zombie reconnect later, which resumes in-process.)
        Assert.Equal(identifiesBefore, _gateway.Counters.Identifies);
        Assert.True(_gateway.Counters.ResumeSequences[resumesBefore] >= firstHeldSeq - 1);
        Assert.True(_gateway.Counters.Replayed >= 2, $"replayed {_gateway.Counters.Replayed}");
        foreach (var id in new[] { "1400000000000000001", "1400000000000000002", "1400000000000000003", "1400000000000000004", "1400000000000000005", "1400000000000000006", "1400000000000000007" })
        {
            Assert.True(after.Any(n => n.MessageId == id), $"event {id} was never answered");
        }

        // Stored before the kill: answered then, never again (the replay is dropped by the turn store).
        Assert.Equal(beforeKill.Where(n => n.MessageId is "1400000000000000001" or "1400000000000000005"), after.Where(n => n.MessageId is "1400000000000000001" or "1400000000000000005"));

        // Each reply was created once; only the held reply was sent twice (before the kill and from the outbox, same nonce).
        var sends = _discord.Requests.Where(r => r.Is("POST", "channels/")).GroupBy(Key).ToList();
        var repeated = Assert.Single(sends, g => g.Count() > 1);
        Assert.Equal(2, repeated.Count());
        Assert.Contains(repeated.Key, beforeKill.Where(n => n.MessageId == "1400000000000000002").Select(n => n.Key));
        Assert.DoesNotContain("fail:", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, first.Output + second.Output, StringComparison.Ordinal);
    }

    private BotProcess Start() => BotProcess.Start(_folder, new Dictionary<string, string>
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrl,
        ["Discord__SessionSaveSeconds"] = "1",
        ["Storage__DatabasePath"] = Path.Combine(_folder, "careerbot.db"),
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    /// <summary>"@CareerBot is nursing at risk?" in a server channel; returns the dispatch's sequence number.</summary>
    private async Task<int> MentionAsync(string person, string channel, string messageId)
    {
        await _gateway.DispatchAsync("MESSAGE_CREATE", new
        {
            id = messageId,
            channel_id = channel,
            guild_id = "290926798626357999",
            content = $"<@{BotId}> is nursing at risk?",
            author = new { id = person, username = "Person" + person[^1..] },
            member = new { roles = Array.Empty<string>() },
            mentions = new[] { new { id = BotId, username = "CareerBot", bot = true } },
            type = 0,
        });
        return _gateway.Sequence;
    }

    private async Task RepliesToAsync(params string[] messageIds)
    {
        foreach (var id in messageIds)
        {
            await _discord.WaitForRequestsAsync(r => r.Is("POST", "channels/") && ReferencedMessage(r) == id, timeoutMs: 60000);
        }
    }

    /// <summary>The replies Discord created so far: one per nonce, with the message each one answers.</summary>
    private List<(string Key, string? MessageId)> Nonces()
    {
        lock (_gate)
        {
            return [.. _discord.Requests.Where(r => r.Is("POST", "channels/")).GroupBy(Key).Select(g => (g.Key, ReferencedMessage(g.First()))).OrderBy(n => n.Key, StringComparer.Ordinal)];
        }
    }

    /// <summary>As Discord with enforce_nonce: a repeated nonce in a channel returns the message created first.</summary>
    private FakeResponse? Answer(RecordedRequest request)
    {
        if (!request.Is("POST", "channels/"))
        {
            return null;
        }

        FakeResponse response;
        lock (_gate)
        {
            if (_created.TryGetValue(Key(request), out var earlier))
            {
                return earlier;
            }

            response = _discord.DefaultResponse(request);
            _created[Key(request)] = response;
        }

        return _holding && request.Path.Contains(HeldChannel, StringComparison.Ordinal) ? response with { Latency = TimeSpan.FromMinutes(10) } : response;
    }

    private static string Key(RecordedRequest request) =>
        request.Path.Split('/')[1] + "/" + (request.Json.TryGetProperty("nonce", out var nonce) ? nonce.GetString() : request.Body);

    private static string? ReferencedMessage(RecordedRequest request) =>
        request.Json.TryGetProperty("message_reference", out var reference) && reference.ValueKind == JsonValueKind.Object
            ? reference.GetProperty("message_id").GetString()
            : null;
}
