using System.Net;
using System.Net.Sockets;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// The load balancer in front of the Telegram webhook processes: takes the emulator's webhook POSTs and hands each to the
/// next process in turn, adding the secret header as Telegram would. A process that is down (killed, restarting) or
/// answers 5xx is skipped and the update goes to the next one; while none answers, it keeps trying for a while, as
/// Telegram retries a failed webhook delivery. The status a process gave is passed back to the emulator.
/// </summary>
internal sealed class WebhookForwarder : IAsyncDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly HttpListener _listener = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly string _secret;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;
    private List<string> _backends = [];
    private int _next;
    private int _forwarded;
    private int _skipped;

    private WebhookForwarder(int port, string secret)
    {
        _secret = secret;
        Url = $"http://127.0.0.1:{port}/telegram/webhook";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The public webhook URL the bot registers with (the emulator posts here).</summary>
    public string Url { get; }

    /// <summary>Updates answered by a process.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Attempts that found a process down or failing (and moved on to the next).</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    public static WebhookForwarder Start(string secret) => new(FreePort.Next(), secret);

    /// <summary>The processes' webhook URLs; requests go round-robin over them.</summary>
    public void Route(IEnumerable<string> backends)
    {
        lock (_gate)
        {
            _backends = [.. backends];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ForwardAsync(context));
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var payload = body.ToArray();
        var started = TimeProvider.System.GetTimestamp();
        var status = HttpStatusCode.BadGateway;
        while (TimeProvider.System.GetElapsedTime(started) < GiveUpAfter && !_stopping.IsCancellationRequested)
        {
            var backend = NextBackend();
            if (backend is not null)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, backend) { Content = new ByteArrayContent(payload) };
                    request.Content.Headers.ContentType = new("application/json");
                    request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", _secret);
                    using var response = await _http.SendAsync(request, _stopping.Token);
                    status = response.StatusCode;
                    if ((int)status < 500)
                    {
                        Interlocked.Increment(ref _forwarded);
                        break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or SocketException)
                {
                }
            }

            Interlocked.Increment(ref _skipped);
            await Task.Delay(50);
        }

        context.Response.StatusCode = (int)status;
        context.Response.Close();
    }

    private string? NextBackend()
    {
        lock (_gate)
        {
            return _backends.Count == 0 ? null : _backends[_next++ % _backends.Count];
        }
    }
}
