using System.Collections.Specialized;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Multipart;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// Requests with files (multipart/form-data, Discord's "Uploading Files"): the JSON body comes from the "payload_json"
/// part and is recorded as <see cref="RecordedRequest.Body"/>; each "files[n]" part is kept in
/// <see cref="RecordedRequest.Files"/>. A body whose "attachments" metadata does not match its files is refused with
/// Discord's 400 Invalid Form Body before any handler sees it.
/// </summary>
public sealed partial class FakeDiscordServer
{
    private static (RecordedRequest Request, FakeResponse? Refused) Read(string method, string path, string? contentType, byte[] bytes, NameValueCollection headers)
    {
        if (!MultipartForm.Is(contentType))
        {
            var body = Encoding.UTF8.GetString(bytes);
            return (new RecordedRequest(method, path, body, headers) { ContentType = contentType }, CheckShape(method, path, body));
        }

        IReadOnlyList<FormPart> parts;
        try
        {
            parts = MultipartForm.Parse(contentType!, bytes);
        }
        catch (FormatException)
        {
            return (new RecordedRequest(method, path, "", headers) { ContentType = contentType }, InvalidFormBody(new JsonObject()));
        }

        var payload = parts.FirstOrDefault(p => p.Name == "payload_json")?.Text ?? "";
        var files = parts.Where(p => p.Name.StartsWith("files[", StringComparison.Ordinal)).ToList();
        var request = new RecordedRequest(method, path, payload, headers) { ContentType = contentType, Parts = parts };
        return (request, CheckAttachments(payload, files));
    }

    /// <summary>
    /// Each "attachments" entry must name a files[id] part, as Discord checks (ATTACHMENT_NOT_FOUND, "Attachment data not
    /// found"). Stricter than Discord: every file must also be listed (Discord adds unlisted files without alt text; the bot
    /// always lists its files, so one missing from the list is a bug worth a failing test).
    /// </summary>
    private static FakeResponse? CheckAttachments(string payload, IReadOnlyList<FormPart> files)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is not JsonObject body)
        {
            return InvalidFormBody(new JsonObject { ["payload_json"] = Errors("BASE_TYPE_REQUIRED", "This field is required") });
        }

        // A message body carries "attachments"; an interaction callback carries them in "data".
        var attachments = (body["attachments"] ?? body["data"]?["attachments"]) as JsonArray ?? [];
        var errors = new JsonObject();
        var listed = new HashSet<string>();
        for (var i = 0; i < attachments.Count; i++)
        {
            var id = attachments[i]?["id"]?.ToJsonString().Trim('"');
            listed.Add($"files[{id}]");
            if (!files.Any(f => f.Name == $"files[{id}]"))
            {
                errors[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Errors("ATTACHMENT_NOT_FOUND", "Attachment data not found");
            }
        }

        foreach (var file in files.Where(f => !listed.Contains(f.Name)))
        {
            errors[file.Name] = Errors("ATTACHMENT_NOT_LISTED", "File not listed in attachments (a rule of this fake, not Discord's)");
        }

        return errors.Count == 0 ? null : InvalidFormBody(new JsonObject { ["attachments"] = errors });
    }

    private static JsonObject Errors(string code, string message) =>
        new() { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };

    // The envelope of Discord's form errors (Fixtures/discord_error_invalid_form_body_docs.json).
    private static FakeResponse InvalidFormBody(JsonObject errors) =>
        new(400, new JsonObject { ["code"] = 50035, ["errors"] = errors, ["message"] = "Invalid Form Body" }.ToJsonString());
}
