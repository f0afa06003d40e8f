using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Core.Discussions;

/// <summary>
/// Weekly discussion prompts: moderator commands and the scheduler's passes, one channel at a time. A post is stored as
/// pending before it is sent and cleared after, so a crash at any moment neither skips nor doubles it.
/// With a store shared by several processes, a channel's work also holds the channel's lease, so each slot is posted
/// once however many processes run the scheduler.
/// </summary>
public sealed class WeeklyPrompts(
    IDiscussionStore store,
    PromptCatalog catalog,
    IEnumerable<IChannelPoster> posters,
    DiscussionSettings settings,
    TimeProvider time,
    Random random,
    ILeaseStore? leases = null,
    ProcessIdentity? identity = null,
    ICommunityInterviewStore? interviews = null,
    IPlatformStateStore? states = null,
    ILogger<WeeklyPrompts>? logger = null)
{
    private static readonly TimeSpan ChannelLease = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CommandWait = TimeSpan.FromSeconds(10);
    private readonly ILeaseStore? _leases = leases is { SpansProcesses: true } ? leases : null;
    private readonly string _owner = (identity ?? new ProcessIdentity()).Id;
    private const int RecentCommandsKept = 20;
    private readonly KeyedLocks<ChannelKey> _locks = new();
    private readonly TextCatalog _texts = TextCatalog.Embedded;
    private readonly WeeklyDesk _desk = new(catalog, settings, random);
    private readonly WeeklyStatus _status = new(catalog, random);
    private readonly ChannelPosting _posting = new(
        catalog, posters, settings, TextCatalog.Embedded, random, logger ?? (ILogger)NullLogger.Instance,
        interviews is null ? null : new PulseReader(interviews, states));

    public SchedulerSignal Signal { get; } = new();

    /// <summary>Applies a /weekly command ("schedule fri 18:00 Europe/Amsterdam") and returns what to tell the moderator.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> HandleCommandAsync(IncomingMessage message, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var words = new WeeklyWording(_texts, LanguageCodes.FromLocale(message.Locale));
        if (message.ChannelId is not { Length: > 0 } channelId)
        {
            return [Say(words.Text("weekly.where"))];
        }

        if (!message.IsModerator)
        {
            return [Say(words.Text("weekly.refused"))];
        }

        var command = WeeklyCommandParser.Parse(argument) with { Community = message.Community };
        if (command is { Action: WeeklyAction.Pulse, PulseLine: null, Problem: null })
        {
            // A report changes nothing: no channel lock, nothing saved.
            return [await PulseReportAsync(message, words, cancellationToken)];
        }

        var key = new ChannelKey(message.Key.Platform, channelId);
        using var lease = await _locks.AcquireAsync(key, cancellationToken);
        await using var shared = await HoldChannelAsync(key, CommandWait, cancellationToken)
            ?? throw new InvalidOperationException($"Another process kept channel {key} busy for {CommandWait.TotalSeconds} s; the command was not applied.");
        var now = time.GetUtcNow();
        var channel = await store.FindAsync(key, cancellationToken) ?? new DiscussionChannel { Key = key, Language = words.Language };
        channel = PromptRotation.EnsureUpcoming(channel, catalog, random);
        if (channel.RecentCommands.Contains(message.MessageId, StringComparer.Ordinal))
        {
            // Applied just before a crash, reply never sent: show the state rather than apply it twice.
            return [Say(_status.Describe(channel, now, words))];
        }

        var notice = channel.NoticePending ? words.Format("weekly.cannotpost", words.When(channel.Slot, channel.CannotPostSince ?? now)) : null;
        var outcome = _desk.Apply(channel, command, now, words);
        var updated = outcome.Channel with
        {
            NoticePending = false,
            RecentCommands = [.. channel.RecentCommands.TakeLast(RecentCommandsKept - 1), message.MessageId],
        };
        await store.SaveAsync(updated, cancellationToken);
        if (outcome.Wake)
        {
            Signal.Wake();
        }

        return notice is null ? outcome.Replies : [Say(notice), .. outcome.Replies];
    }

    /// <summary>One scheduler pass over every channel: posts what is due, records what was missed, says when to look again.</summary>
    public async Task<DueRun> RunDueAsync(CancellationToken cancellationToken)
    {
        var events = new List<DueEvent>();
        var next = DateTimeOffset.MaxValue;
        foreach (var listed in await store.ListAsync(cancellationToken))
        {
            if (!posters.Any(p => p.Platform == listed.Key.Platform && p.IsEnabled))
            {
                continue; // left to a process that can post there
            }

            // Most channels are not due: decide on the listed copy, and lock and re-read only those that are.
            var glance = WeeklyPlanner.Decide(listed, time.GetUtcNow(), settings.GraceWindow);
            var due = glance.Kind is DueKind.Nothing or DueKind.Wait ? glance.At : await RunChannelAsync(listed.Key, events, cancellationToken);
            next = due < next ? due : next;
        }

        return new DueRun(events, next);
    }

    private async Task<DateTimeOffset> RunChannelAsync(ChannelKey key, List<DueEvent> events, CancellationToken cancellationToken)
    {
        using var lease = await _locks.AcquireAsync(key, cancellationToken);
        await using var shared = await HoldChannelAsync(key, TimeSpan.Zero, cancellationToken);
        if (shared is null)
        {
            return time.GetUtcNow() + TimeSpan.FromSeconds(5); // another process is on it
        }

        if (await store.FindAsync(key, cancellationToken) is not { } channel)
        {
            return DateTimeOffset.MaxValue;
        }

        // Each step is stored before the next: record the post as due, then send it, then record it as sent.
        for (var step = 0; step < 8; step++)
        {
            var now = time.GetUtcNow();
            var decision = WeeklyPlanner.Decide(channel, now, settings.GraceWindow);
            if (decision.Kind is DueKind.Nothing or DueKind.Wait)
            {
                return decision.At;
            }

            channel = decision.Kind == DueKind.SendPending
                ? await _posting.SendAsync(channel, now, events, cancellationToken)
                : _posting.Advance(channel, decision, events);
            await store.SaveAsync(channel, cancellationToken);
        }

        return time.GetUtcNow();
    }

    /// <summary>
    /// The channel's lease when the store is shared (waiting up to <paramref name="wait"/>), a no-op holder when it is not,
    /// null when another process kept it.
    /// </summary>
    private async Task<IAsyncDisposable?> HoldChannelAsync(ChannelKey key, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_leases is null)
        {
            return NoLease.Instance;
        }

        var name = $"weekly:{key}";
        var started = time.GetTimestamp();
        while (!await _leases.TryAcquireAsync(name, _owner, ChannelLease, cancellationToken))
        {
            if (time.GetElapsedTime(started) >= wait)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }

        return new ChannelLeaseHolder(_leases, name, _owner);
    }

    private async Task<OutgoingMessage> PulseReportAsync(IncomingMessage message, WeeklyWording words, CancellationToken cancellationToken)
    {
        if (message.Community is not { Length: > 0 } community || _posting.Pulses is not { } pulses)
        {
            return Say(words.Text("weekly.pulse.nowhere"));
        }

        var pulse = await pulses.CountAsync(new CommunityKey(message.Key.Platform, community), time.GetUtcNow(), cancellationToken);
        var wording = new PulseWording(_texts, words.Language);
        return new OutgoingMessage { Text = wording.Report(pulse), Picture = PulseChart.Build(pulse, wording) };
    }

    private static OutgoingMessage Say(string text) => new() { Text = text };
}
