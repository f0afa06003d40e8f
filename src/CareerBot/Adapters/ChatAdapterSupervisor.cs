using CareerBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters;

/// <summary>
/// Knows which chat adapters are configured and which of them stopped for good. While one still runs, the host goes on
/// (the weekly scheduler and health with it); when the last one stops, the host stops and the process exits with 1,
/// so a supervisor (systemd, Docker) sees the failure without an unhandled exception and its stack trace.
/// </summary>
internal sealed class ChatAdapterSupervisor(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<ChatAdapterSupervisor> logger) : IChatAdapterSupervisor
{
    public const int NoAdapterLeftExitCode = 1;

    // Taken when first needed: whether an adapter is configured comes from its options, which must not be read (and
    // validated) before the host's own start-up validation reports a bad configuration.
    private readonly Lazy<HashSet<Platform>> _running = new(() =>
        [.. services.GetServices<ChatAdapter>().Where(a => a.IsConfigured).Select(a => a.Platform)]);

    private readonly Lock _gate = new();

    /// <summary>What the process should exit with: 0, or <see cref="NoAdapterLeftExitCode"/> once none is left running.</summary>
    public int ExitCode { get; private set; }

    public void StoppedForGood(Platform platform, string reason)
    {
        string others;
        lock (_gate)
        {
            _running.Value.Remove(platform);
            others = string.Join(", ", _running.Value.Order());
        }

        if (others.Length > 0)
        {
            Log.AdapterStoppedOthersRun(logger, platform, others);
            return;
        }

        // The adapter logged the reason as an error already; this line says what follows from it.
        ExitCode = NoAdapterLeftExitCode;
        Log.NoAdapterLeft(logger, platform, reason, ExitCode);
        lifetime.StopApplication();
    }
}
