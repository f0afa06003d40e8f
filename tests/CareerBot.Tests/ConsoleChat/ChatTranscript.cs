using CareerBot.ConsoleChat;
using CareerBot.Core.Conversations;
using CareerBot.Storage.LiteDb.Occupations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>Runs scripted chats through the real host composition (real seeds, a fresh LiteDB file) and records the transcript.</summary>
internal sealed class ChatTranscript : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-chat-" + Guid.NewGuid().ToString("N"));
    private IHost? _host;

    /// <summary>What the transcript shows instead of this run's temporary folder (pictures are saved in it).</summary>
    public const string FolderInTranscript = "<chat folder>";

    public string DatabasePath => Path.Combine(_folder, "careerbot.db");

    /// <summary>Where the console saves the pictures it shows (the default: beside the database).</summary>
    public string PicturesPath => Path.Combine(_folder, "pictures");

    public async Task<string> RunAsync(IEnumerable<string> lines, string user = "golden", string? locale = null, bool moderator = false)
    {
        var host = await HostAsync();
        using var transcript = new StringWriter { NewLine = "\n" };
        using var input = new EchoingReader(lines, transcript);
        var console = moderator ? host.Services.GetRequiredService<ConsoleModerator>() : null;
        var session = new ConsoleChatSession(host.Services, input, transcript, console);
        await session.RunAsync(user, locale, CancellationToken.None);

        // Pictures are saved beside this run's database, in a new temporary folder each time: the transcript names it by its role.
        return transcript.ToString().Replace(_folder, FolderInTranscript, StringComparison.Ordinal);
    }

    /// <summary>Disposes the host (closing the database) so the next run starts like a new process.</summary>
    public void Restart()
    {
        _host?.Dispose();
        _host = null;
    }

    public void Dispose()
    {
        Restart();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task<IHost> HostAsync()
    {
        if (_host is null)
        {
            Directory.CreateDirectory(_folder);
            _host = CareerBotHost.Build([$"--Storage:DatabasePath={DatabasePath}"]);
            await _host.Services.GetRequiredService<OccupationData>().EnsureReadyAsync(CancellationToken.None);
        }

        return _host;
    }
}
