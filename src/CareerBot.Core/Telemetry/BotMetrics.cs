using System.Diagnostics.Metrics;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Core.Telemetry;

/// <summary>
/// The bot's instruments on the "CareerBot" <see cref="Meter"/>, in one place so Core and every adapter record the same
/// names: turns, replies, rate limits, gateway reconnects and how fresh Telegram's updates are. Exported by the host.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "CareerBot";

    private static readonly double[] TurnBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _inlineQueries;
    private readonly Counter<long> _inlineChosen;
    private readonly Lock _gate = new();
    private readonly List<Func<int>> _pending = [];
    private readonly List<(string Gauge, Func<TimeSpan?> Age)> _ages = [];

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        _turns = Meter.CreateCounter<long>("turns", "{turn}", "Platform events run through the dialogue, by outcome: stored, repeated (handled before), failed");
        _turnDuration = Meter.CreateHistogram("turn.duration.seconds", "s", "Time from an event's hand-over until its turn was stored (not sent)", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = TurnBuckets });
        _delivered = Meter.CreateCounter<long>("replies.delivered", "{reply}", "Replies the platform accepted");
        _failed = Meter.CreateCounter<long>("replies.failed", "{reply}", "Replies given up as undeliverable (blocked, chat gone, refused)");
        _rateLimited = Meter.CreateCounter<long>("rate_limited", "{response}", "429 answers from a platform's API");
        _reconnects = Meter.CreateCounter<long>("gateway.reconnects", "{connection}", "Gateway connections that ended and are made again");
        _resumes = Meter.CreateCounter<long>("gateway.resumes", "{session}", "Gateway sessions resumed (missed events replayed) instead of identified afresh");
        _inlineQueries = Meter.CreateCounter<long>("inline.queries", "{query}", "Inline queries answered (a job typed after the bot's name in any chat), by whether any job was offered");
        _inlineChosen = Meter.CreateCounter<long>("inline.chosen", "{result}", "Inline results a person posted into a chat (only counted: nothing about them is kept)");
        Meter.CreateObservableGauge("replies.pending", ObservePending, "{reply}", "Replies waiting or being sent in this process");
        Meter.CreateObservableGauge(TelegramPollAge, () => ObserveAge(TelegramPollAge), "s", "Seconds since the last successful getUpdates (polling mode)");
        Meter.CreateObservableGauge(TelegramWebhookAge, () => ObserveAge(TelegramWebhookAge), "s", "Seconds since the last update Telegram pushed to the webhook (webhook mode; a quiet community is not a fault)");
    }

    /// <summary>Name of the gauge fed by <see cref="ObserveTelegramPollAge"/>.</summary>
    public const string TelegramPollAge = "telegram.poll.age.seconds";

    /// <summary>Name of the gauge fed by <see cref="ObserveTelegramWebhookAge"/>.</summary>
    public const string TelegramWebhookAge = "telegram.webhook.age.seconds";

    public Meter Meter { get; }

    public void TurnHandled(Platform platform, TurnOutcome outcome, TimeSpan duration)
    {
        var platformTag = new KeyValuePair<string, object?>("platform", Tag(platform));
        _turns.Add(1, platformTag, new KeyValuePair<string, object?>("outcome", Tag(outcome)));
        if (outcome == TurnOutcome.Stored)
        {
            _turnDuration.Record(duration.TotalSeconds, platformTag);
        }
    }

    public void ReplySettled(Platform platform, DeliveryStatus status)
    {
        var counter = status switch
        {
            DeliveryStatus.Delivered => _delivered,
            DeliveryStatus.Undeliverable => _failed,
            _ => null,
        };
        counter?.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)));
    }

    public void RateLimited(Platform platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)));

    public void GatewayReconnected(Platform platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)));

    /// <summary>One inline query answered; <paramref name="offered"/> is how many jobs the answer held (only its being zero is recorded).</summary>
    public void InlineQueryAnswered(Platform platform, int offered) =>
        _inlineQueries.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)), new KeyValuePair<string, object?>("matched", offered > 0 ? "true" : "false"));

    public void InlineResultChosen(Platform platform) => _inlineChosen.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)));

    public void GatewayResumed(Platform platform) => _resumes.Add(1, new KeyValuePair<string, object?>("platform", Tag(platform)));

    /// <summary>Adds a source of the pending-replies gauge (the dispatcher's queue length).</summary>
    public void ObservePending(Func<int> pending)
    {
        lock (_gate)
        {
            _pending.Add(pending);
        }
    }

    /// <summary>Adds a source of the poll-age gauge; a null age (not polling) is not reported.</summary>
    public void ObserveTelegramPollAge(Func<TimeSpan?> age) => AddAge(TelegramPollAge, age);

    /// <summary>Adds a source of the webhook-age gauge; a null age (not in webhook mode) is not reported.</summary>
    public void ObserveTelegramWebhookAge(Func<TimeSpan?> age) => AddAge(TelegramWebhookAge, age);

    private void AddAge(string gauge, Func<TimeSpan?> age)
    {
        lock (_gate)
        {
            _ages.Add((gauge, age));
        }
    }

    private IEnumerable<Measurement<int>> ObservePending()
    {
        Func<int>[] sources;
        lock (_gate)
        {
            sources = [.. _pending];
        }

        return sources.Length == 0 ? [] : [new Measurement<int>(sources.Sum(source => source()))];
    }

    private IEnumerable<Measurement<double>> ObserveAge(string gauge)
    {
        Func<TimeSpan?>[] sources;
        lock (_gate)
        {
            sources = [.. _ages.Where(a => a.Gauge == gauge).Select(a => a.Age)];
        }

        // Several sources only in tests; the freshest one speaks for the process.
        var ages = sources.Select(source => source()).OfType<TimeSpan>().ToList();
        return ages.Count == 0 ? [] : [new Measurement<double>(Math.Round(ages.Min().TotalSeconds, 1))];
    }

    private static string Tag(Platform platform) => platform switch
    {
        Platform.Telegram => "telegram",
        Platform.Discord => "discord",
        _ => "console",
    };

    private static string Tag(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Stored => "stored",
        TurnOutcome.Repeated => "repeated",
        _ => "failed",
    };
}
