using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.EndToEnd.Tests.Discord.Soak;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// The Discord half: two shard processes (0 and 1 of 2). Each gets its own fake Discord (gateway + REST) so the test
/// can play Discord's routing: DMs arrive on shard 0 only, the server's events on shard (guild_id &gt;&gt; 22) % 2.
/// Both fakes write accepted replies into one ledger, whichever process sends them.
/// </summary>
public sealed partial class ClusterSoakTests
{
    private const int DiscordShardCount = 2;
    private const string DiscordToken = "fake-discord-token.cluster-only.never-logged-0013";
    private static readonly TimeSpan DiscordTurnTimeout = TimeSpan.FromSeconds(120);
    private readonly ReplyLedger _ledger = new();
    private readonly List<DiscordShardFake> _discordFakes = [];
    private int _discordTimeouts;

    private async Task StartDiscordAsync()
    {
        if (_size.DiscordPeople == 0)
        {
            return;
        }

        for (var shard = 0; shard < DiscordShardCount; shard++)
        {
            var server = new FakeDiscordServer();
            var rest = new RestEmulator(server, _ledger, route429Rate: 0, global429Rate: 0, seed: shard);
            server.Handler = rest.Handle;
            var fake = new DiscordShardFake(server, rest, new GatewayEmulator(server, DiscordSoakTests.BotId));
            _discordFakes.Add(fake);
            var node = ClusterNode.DiscordShard(shard, DiscordShardCount, _folder, _database.ConnectionString, server.ApiBaseUrl, DiscordToken, new Dictionary<string, string>
            {
                ["Prompts__MaxSleep"] = "00:00:10",
            });
            node.Start();
            _discordNodes.Add(node);
        }

        foreach (var (fake, node) in _discordFakes.Zip(_discordNodes))
        {
            var ready = fake.Gateway.Healthy;
            if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(90))) != ready)
            {
                throw new TimeoutException($"{node.Name} never became READY:\n{node.Current.Output}");
            }
        }
    }

    /// <summary>The gateway that Discord would use for this event: DMs on shard 0, a server's events on its shard.</summary>
    private GatewayEmulator GatewayFor(object data)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(data));
        var shard = json.RootElement.TryGetProperty("guild_id", out var guild) && guild.GetString() is { } id
            ? (int)((ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture) >> 22) % DiscordShardCount)
            : 0;
        return _discordFakes[shard].Gateway;
    }

    private async Task DispatchAsync(string type, object data) => await GatewayFor(data).DispatchAsync(type, data);

    /// <summary>Two people talk first; what they get per turn is what everyone should get.</summary>
    private async Task<SoakReference?> RecordDiscordReferenceAsync()
    {
        if (_size.DiscordPeople == 0)
        {
            return null;
        }

        var users = new[] { "7000000000000000001", "7000000000000000002" };
        var perTurn = new int[_size.Turns];
        for (var turn = 0; turn < _size.Turns; turn++)
        {
            var before = users.Select(u => _ledger.Of(u).Count).ToArray();
            foreach (var user in users)
            {
                var (type, data) = SoakEvents.For(user, turn);
                await DispatchAsync(type, data);
            }

            foreach (var (user, index) in users.Select((u, i) => (u, i)))
            {
                await _ledger.Of(user).WaitForQuietAsync(before[index] + 1, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
            }

            perTurn[turn] = _ledger.Of(users[0]).Count - before[0];
        }

        var first = _ledger.Of(users[0]).Snapshot().Select(r => r.Signature).ToList();
        var second = _ledger.Of(users[1]).Snapshot().Select(r => r.Signature).ToList();
        Assert.Equal(first, second);
        Assert.All(perTurn, count => Assert.True(count > 0, "every scripted Discord turn must get a reply"));
        return new SoakReference(perTurn, first);
    }

    private async Task RunDiscordPeopleAsync(SoakReference? reference)
    {
        if (reference is null)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, _size.DiscordPeople).Select(async person =>
        {
            var random = new Random(person);
            var replies = _ledger.Of(SoakEvents.UserId(person));
            var expected = 0;
            await Task.Delay(TimeSpan.FromSeconds(2 * random.NextDouble()));
            for (var turn = 0; turn < _size.Turns; turn++)
            {
                expected += reference.PerTurn[turn];
                var (type, data) = SoakEvents.For(SoakEvents.UserId(person), turn);
                await DispatchAsync(type, data);
                if (!await replies.WaitForAsync(expected, DiscordTurnTimeout))
                {
                    Interlocked.Increment(ref _discordTimeouts);
                }

                await Task.Delay(_size.MaxThink * random.NextDouble());
            }
        }));
    }

    /// <summary>Waits until no Discord reply arrived for a few seconds, so late duplicates are counted too.</summary>
    private async Task SettleDiscordAsync()
    {
        while (_discordFakes.Count > 0)
        {
            var before = _ledger.Total;
            await Task.Delay(TimeSpan.FromSeconds(3));
            if (_ledger.Total == before)
            {
                return;
            }
        }
    }

    private DiscordTally TallyDiscord(SoakReference? reference)
    {
        if (reference is null)
        {
            return DiscordTally.None;
        }

        var tally = SoakTally.Count(_ledger, reference, _size.DiscordPeople, _size.Turns);
        return new DiscordTally(tally.Expected, tally.Delivered, tally.Duplicated, tally.Lost, _discordTimeouts, []);
    }

    private async Task StopDiscordAsync()
    {
        foreach (var node in _discordNodes)
        {
            _stoppedOutputs.AddRange(node.Outputs);
            await node.DisposeAsync();
        }

        _discordNodes.Clear();
    }

    private async Task DisposeDiscordAsync()
    {
        foreach (var fake in _discordFakes)
        {
            await fake.Gateway.DisposeAsync();
            await fake.Server.DisposeAsync();
        }
    }

    private sealed record DiscordShardFake(FakeDiscordServer Server, RestEmulator Rest, GatewayEmulator Gateway);
}
