using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

/// <summary>Keeps each log call's event id, level and formatted message.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly ConcurrentQueue<(int EventId, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Entries => [.. _entries];

    public IReadOnlyList<int> EventIds => [.. _entries.Select(e => e.EventId)];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
}
