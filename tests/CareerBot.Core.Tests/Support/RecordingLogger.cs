using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Keeps each log entry's level, event id and exception, for tests that count what was logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(LogLevel Level, int EventId, Exception? Exception)> _entries = [];

    public IReadOnlyList<(LogLevel Level, int EventId, Exception? Exception)> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _entries.Add((logLevel, eventId.Id, exception));
        }
    }
}
