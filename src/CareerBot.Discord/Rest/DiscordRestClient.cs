using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Polly.Timeout;

namespace CareerBot.Discord.Rest;

/// <summary>
/// Sends REST calls with the bot's auth, inside the rate limiter and the retry pipeline.
/// Only 429s (never applied by Discord) are retried for writes, so no message is ever sent twice;
/// reads are also retried on network errors and 5xx. A message with files goes as multipart/form-data: the JSON body
/// as the "payload_json" part, then each file as "files[n]" (Discord's "Uploading Files"), built afresh for each try.
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    RestRateLimiter limiter,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "Discord";
    public const string WritePipeline = "Discord.Rest.Write";
    public const string ReadPipeline = "Discord.Rest.Read";

    public async Task<RestResult<T>> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        var pipeline = pipelines.GetPipeline<RestResponse>(route.Method == HttpMethod.Get ? ReadPipeline : WritePipeline);
        RestResponse response;
        try
        {
            response = await pipeline.ExecuteAsync(
                static async (state, token) => await state.Client.SendOnceAsync(state.Route, state.Body, token),
                (Client: this, Route: route, Body: body),
                cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.RestTransportFailed(logger, route.RouteKey, ex);
            return RestResult<T>.Failure(DiscordApiError.Transport(ex.GetType().Name));
        }

        return Map<T>(route, response);
    }

    private async Task<RestResponse> SendOnceAsync(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(route, cancellationToken);
        using var request = new HttpRequestMessage(route.Method, route.Path);
        if (body is not null)
        {
            request.Content = Uploads(body) is { Count: > 0 } files ? Multipart(body, files) : JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);
        }

        var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var retryAfter = limiter.Record(route, lease, status, RateLimitHeaders.From(response.Headers), text);
        return new RestResponse(status, text, retryAfter);
    }

    private static IReadOnlyList<FileUpload>? Uploads(object body) => body switch
    {
        MessagePayload message => message.Files,
        InteractionResponse response => response.Data?.Files,
        _ => null,
    };

    private static MultipartFormDataContent Multipart(object body, IReadOnlyList<FileUpload> files)
    {
        var content = new MultipartFormDataContent();
        var json = JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);
        json.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        content.Add(json);
        for (var n = 0; n < files.Count; n++)
        {
            var file = new ByteArrayContent(files[n].Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[n].ContentType);

            // Set by hand: the Add(content, name, fileName) overload leaves "files[0]" unquoted and adds a filename* copy.
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
            {
                Name = $"\"files[{n}]\"",
                FileName = $"\"{files[n].FileName}\"",
            };
            content.Add(file);
        }

        return content;
    }

    private RestResult<T> Map<T>(DiscordRoute route, RestResponse response)
    {
        if (response.Status is >= 200 and < 300)
        {
            if (typeof(T) == typeof(RestEmpty) || string.IsNullOrWhiteSpace(response.Body))
            {
                return RestResult<T>.Success(default);
            }

            try
            {
                return RestResult<T>.Success(JsonSerializer.Deserialize<T>(response.Body, DiscordJson.Options));
            }
            catch (JsonException ex)
            {
                Log.RestResponseUnreadable(logger, route.RouteKey, ex);
                return RestResult<T>.Failure(new DiscordApiError(response.Status, 0, "unreadable response"));
            }
        }

        var error = ReadError(response.Body);
        var failure = new DiscordApiError(response.Status, error?.Code ?? 0, error?.Message ?? $"HTTP {response.Status}", response.RetryAfter);
        Log.RestFailed(logger, route.RouteKey, failure.HttpStatus, failure.Code, failure.Message);
        return RestResult<T>.Failure(failure);
    }

    private static ErrorBody? ReadError(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize<ErrorBody>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
