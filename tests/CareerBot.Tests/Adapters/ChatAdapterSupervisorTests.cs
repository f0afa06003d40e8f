using CareerBot.Adapters;
using CareerBot.Core.Messaging;
using CareerBot.Tests.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Adapters;

public sealed class ChatAdapterSupervisorTests : IDisposable
{
    private const string Reason = "gateway closed with 4004: authentication failed: check Discord:BotToken";
    private readonly RecordingLifetime _lifetime = new();
    private readonly CapturingLogger<ChatAdapterSupervisor> _logger = new();
    private readonly ServiceCollection _services = new();
    private ServiceProvider? _provider;

    public void Dispose() => _provider?.Dispose();

    [Fact]
    public void StoppedForGood_AnotherAdapterStillRuns_HostGoesOnWithExitCodeZero()
    {
        var sut = CreateSut(new ChatAdapter(Platform.Telegram, IsConfigured: true), new ChatAdapter(Platform.Discord, IsConfigured: true));

        sut.StoppedForGood(Platform.Discord, Reason);

        Assert.Equal(0, _lifetime.StopRequests);
        Assert.Equal(0, sut.ExitCode);
        var (level, message) = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("Telegram", message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoppedForGood_LastConfiguredAdapter_StopsHostWithExitCodeOne()
    {
        var sut = CreateSut(new ChatAdapter(Platform.Discord, IsConfigured: true), new ChatAdapter(Platform.Telegram, IsConfigured: false));

        sut.StoppedForGood(Platform.Discord, Reason);

        Assert.Equal(1, _lifetime.StopRequests);
        Assert.Equal(ChatAdapterSupervisor.NoAdapterLeftExitCode, sut.ExitCode);
        var (level, message) = Assert.Single(_logger.Entries);
        Assert.True(level < LogLevel.Error, "the adapter logs the error; the supervisor only says what follows");
        Assert.Contains(Reason, message, StringComparison.Ordinal);
        Assert.Contains("exit code 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoppedForGood_BothAdaptersOneAfterTheOther_StopsHostOnlyAtTheLast()
    {
        var sut = CreateSut(new ChatAdapter(Platform.Telegram, IsConfigured: true), new ChatAdapter(Platform.Discord, IsConfigured: true));

        sut.StoppedForGood(Platform.Discord, Reason);
        var afterFirst = _lifetime.StopRequests;
        sut.StoppedForGood(Platform.Telegram, "401 Unauthorized");

        Assert.Equal(0, afterFirst);
        Assert.Equal(1, _lifetime.StopRequests);
        Assert.Equal(1, sut.ExitCode);
    }

    [Fact]
    public void Constructor_AdapterOptionsInvalid_NotReadUntilAnAdapterStops()
    {
        _services.AddSingleton<ChatAdapter>(_ => throw new InvalidOperationException("options read too early"));
        _provider = _services.BuildServiceProvider();

        var sut = new ChatAdapterSupervisor(_provider, _lifetime, _logger);

        Assert.Equal(0, sut.ExitCode);
    }

    private ChatAdapterSupervisor CreateSut(params ChatAdapter[] adapters)
    {
        foreach (var adapter in adapters)
        {
            _services.AddSingleton(adapter);
        }

        _provider = _services.BuildServiceProvider();
        return new ChatAdapterSupervisor(_provider, _lifetime, _logger);
    }
}
