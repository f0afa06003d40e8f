using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>A logger provider that keeps the event ids of warnings and worse, for tests that prove none was written.</summary>
internal sealed class WarningRecorder : ILoggerProvider, ILogger
{
    private readonly List<int> _eventIds = [];

    public IReadOnlyList<int> EventIds
    {
        get
        {
            lock (_eventIds)
            {
                return [.. _eventIds];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lock (_eventIds)
            {
                _eventIds.Add(eventId.Id);
            }
        }
    }

    public void Dispose()
    {
    }
}
