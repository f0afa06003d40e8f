using System.Diagnostics;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>The fault schedule: every kind in a shuffled order, one at a time, each waited out before the next.</summary>
public sealed partial class DiscordSoakTests
{
    private async Task InjectFaultsAsync(Task load)
    {
        try
        {
            await InjectAllAsync(load);
        }
        finally
        {
            // Whatever went wrong, the people may go on: a stuck pause would only turn one failure into a hang.
            await _gateway.UnpauseAsync();
        }
    }

    private async Task InjectAllAsync(Task load)
    {
        var random = new Random(2026);
        var plan = Repeat("connection drop", _size.Drops)
            .Concat(Repeat("drop + resume replaying seen events", _size.ReplayOverlaps))
            .Concat(Repeat("op 7 reconnect", _size.Reconnects))
            .Concat(Repeat("op 9 resumable", _size.InvalidResumable))
            .Concat(Repeat("op 9 not resumable", _size.InvalidNotResumable))
            .Concat(Repeat("zombie (no heartbeat ACK)", _size.Zombies))
            .Concat(Repeat("SIGKILL + restart", _size.Kills))
            .OrderBy(_ => random.Next())
            .ToList();
        foreach (var kind in plan)
        {
            // Faults need conversations in flight; the load's think time leaves room for all of them in order.
            await Task.Delay(_size.FaultGap * (0.5 + random.NextDouble()));
            var sessions = _gateway.SessionsStarted;
            var started = Stopwatch.StartNew();
            switch (kind)
            {
                case "connection drop":
                    await _gateway.DropAsync();
                    break;
                case "drop + resume replaying seen events":
                    await _gateway.DropAndReplayOverlapAsync();
                    break;
                case "op 7 reconnect":
                    await _gateway.ReconnectAsync();
                    break;
                case "op 9 resumable":
                    await _gateway.InvalidSessionResumableAsync();
                    break;
                case "op 9 not resumable":
                    await _gateway.InvalidSessionNotResumableAsync();
                    break;
                case "zombie (no heartbeat ACK)":
                    await _gateway.ZombieAsync();
                    break;
                default:
                    await KillAndRestartAsync(random);
                    break;
            }

            await _gateway.WaitForRecoveryAsync(sessions, TimeSpan.FromSeconds(120));
            _faults.Add(kind, started.Elapsed);
            if (load.IsCompleted)
            {
                output.WriteLine($"the load finished before every fault was injected ({_faults.Total} of {plan.Count})");
            }
        }
    }

    /// <summary>
    /// SIGKILL while replies are being delivered. New dispatches are held back first until the bot confirmed it has
    /// every one sent (from before the restarted bot resumed its saved session, when Discord did not replay an old
    /// session's events to the new process's Identify); the restarted bot resumes and gets the unhandled ones replayed.
    /// </summary>
    private async Task KillAndRestartAsync(Random random)
    {
        var sessions = _gateway.SessionsStarted;
        await _gateway.PauseAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(300 + random.Next(400)));
        await _bot.KillAsync();
        output.WriteLine($"killed the bot; {_ledger.Total} replies delivered so far");
        CountLogLevels(_bot);
        await _bot.DisposeAsync();
        _rest.BotRestarted();
        _bot = StartBot();
        await _gateway.WaitForRecoveryAsync(sessions, TimeSpan.FromSeconds(90));
        await _gateway.UnpauseAsync();
    }

    private static IEnumerable<string> Repeat(string kind, int count) => Enumerable.Repeat(kind, count);
}
