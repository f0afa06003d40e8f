using Microsoft.Extensions.Logging;

namespace CareerBot.Pictures.Tests.Support;

/// <summary>A logger that keeps what was logged, for tests that check a warning was (or was not) written.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(EventId Id, string Message)> _entries = [];

    public IReadOnlyList<(EventId Id, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((eventId, formatter(state, exception)));
        }
    }
}
