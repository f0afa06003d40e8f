using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Rest;

/// <summary>Uploads on the wire (Discord's "Uploading Files"): payload_json first, then files[n], and how the fake holds Discord's rules.</summary>
public sealed class DiscordRestClientUploadTests : IAsyncLifetime
{
    private static readonly FileUpload Picture = new("risk-card-29-1141.png", "image/png", Some.Png, "Registered Nurses: low automation risk.");
    private readonly DiscordTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateMessageAsync_WithAFile_SendsPayloadJsonThenTheFileAsMultipart()
    {
        var sut = _host.Rest;

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "card", Files = [Picture] }, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_host.Server.Requests);
        Assert.StartsWith("multipart/form-data; boundary=", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]"], request.Parts.Select(p => p.Name));
        Assert.StartsWith("application/json", request.Parts[0].ContentType, StringComparison.Ordinal);
        Assert.Equal("""[{"id":0,"filename":"risk-card-29-1141.png","description":"Registered Nurses: low automation risk."}]""", request.Json.GetProperty("attachments").GetRawText());
        Assert.Equal("[]", request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.False(request.Json.TryGetProperty("files", out _));
        Assert.Equal(Some.Png, Assert.Single(request.Files).Bytes);
    }

    [Fact]
    public async Task RespondAsync_ChannelMessageWithAFile_AttachmentsInsideTheCallbackData()
    {
        var sut = _host.Rest;
        var response = new InteractionResponse(InteractionResponse.ChannelMessage, new MessagePayload { Content = "card", Files = [Picture] });

        var result = await sut.RespondAsync("1300", "tok-x", response, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_host.Server.Requests);
        Assert.True(request.Is("POST", "interactions/1300/tok-x/callback"));
        Assert.Equal(4, request.Json.GetProperty("type").GetInt32());
        var data = request.Json.GetProperty("data");
        Assert.Equal("card", data.GetProperty("content").GetString());
        Assert.Equal(0, Assert.Single(data.GetProperty("attachments").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal("files[0]", Assert.Single(request.Files).Name);
    }

    [Fact]
    public async Task EditOriginalAsync_WithoutFiles_StaysJsonAndLeavesAttachmentsAlone()
    {
        var sut = _host.Rest;

        await sut.EditOriginalAsync("900", "tok-y", new MessagePayload { Content = "text" }, CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.False(request.IsMultipart);
        Assert.False(request.Json.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task CreateFollowupAsync_RateLimitedOnce_SendsTheWholeFileAgain()
    {
        var sut = _host.Rest;
        _host.Server.Handler = r => _host.Server.Requests.Count == 1
            ? new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 1.5, "global": false}""", new Dictionary<string, string> { ["Retry-After"] = "2" })
            : null;

        var call = sut.CreateFollowupAsync("900", "tok-z", new MessagePayload { Content = "card", Files = [Picture] }, CancellationToken.None);
        var result = await _host.Time.AdvanceUntilAsync(call, TimeSpan.FromMilliseconds(500));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _host.Server.Requests.Count);
        Assert.All(_host.Server.Requests, r => Assert.Equal(Some.Png, Assert.Single(r.Files).Bytes));
    }

    [Fact]
    public async Task FakeDiscord_AttachmentWithoutItsFile_RefusedWithDiscordsInvalidFormBody()
    {
        using var http = new HttpClient();
        using var body = Form("""{"content":"x","attachments":[{"id":1,"filename":"a.png"}]}""", "files[0]");

        using var response = await http.PostAsync($"{_host.Server.ApiBaseUrl}/channels/111/messages", body);

        Assert.Equal(400, (int)response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var docs = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine("Fixtures", "discord_error_invalid_form_body_docs.json")));
        Assert.Equal(Names(docs.RootElement), Names(error.RootElement));
        Assert.Equal(50035, error.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("ATTACHMENT_NOT_FOUND", error.RootElement.GetProperty("errors").GetProperty("attachments").GetProperty("0").GetProperty("_errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task FakeDiscord_FileNotListedInAttachments_Refused()
    {
        using var http = new HttpClient();
        using var body = Form("""{"content":"x"}""", "files[0]");

        using var response = await http.PostAsync($"{_host.Server.ApiBaseUrl}/channels/111/messages", body);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task DiscordRestClient_InvalidFormBodyFromTheFake_ReadAsAPermanentError()
    {
        var sut = _host.Rest;
        _host.Server.Handler = _ => new FakeResponse(400, File.ReadAllText(Path.Combine("Fixtures", "discord_error_invalid_form_body_docs.json")));

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "card", Files = [Picture] }, CancellationToken.None);

        Assert.Equal((400, DiscordApiError.InvalidFormBody, "Invalid Form Body"), (result.Error!.HttpStatus, result.Error.Code, result.Error.Message));
        Assert.True(result.Error.IsPermanent);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static MultipartFormDataContent Form(string payload, string fileName)
    {
        var form = new MultipartFormDataContent();
        var json = new StringContent(payload, Encoding.UTF8, "application/json");
        json.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        form.Add(json);
        var file = new ByteArrayContent(Some.Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{fileName}\"", FileName = "\"a.png\"" };
        form.Add(file);
        return form;
    }
}
