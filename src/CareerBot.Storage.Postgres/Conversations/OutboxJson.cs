using System.Text.Json;
using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>Explicit mapping of <see cref="OutboxEntry"/> to its jsonb document (the platform is a column).</summary>
internal static class OutboxJson
{
    public static string ToJson(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonFields.Write(w =>
        {
            JsonFields.Text(w, "id", entry.Id);
            JsonFields.Text(w, "user", entry.Key.UserId);
            JsonFields.Text(w, "to", entry.ReplyAddress);
            JsonFields.Text(w, "re", entry.InReplyTo);
            JsonFields.Text(w, "text", entry.Message.Text);
            w.WriteStartArray("choices");
            foreach (var choice in entry.Message.Choices)
            {
                w.WriteStartObject();
                JsonFields.Text(w, "l", choice.Label);
                JsonFields.Text(w, "p", choice.Payload);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("invite", entry.Message.InvitesPrivateChat);
            w.WriteBoolean("personal", entry.Message.IsPersonal);
            w.WriteBoolean("private", entry.Message.InPrivateChat);
            if (entry.Message.Picture is { } picture)
            {
                JsonFields.Text(w, "picture", ReplyPictureJson.Write(picture));
            }

            w.WriteBoolean("first", entry.IsFirstAnswer);
            JsonFields.Time(w, "created", entry.CreatedAt);
        });
    }

    /// <summary>Reads a stored reply; damaged fields read as empty rather than failing the whole pending list.</summary>
    public static OutboxEntry FromJson(Platform platform, string json)
    {
        using var parsed = JsonFields.ParseObject(json);
        var d = parsed.RootElement;
        return new OutboxEntry
        {
            Id = JsonFields.String(d, "id") ?? string.Empty,
            Key = new ConversationKey(platform, JsonFields.String(d, "user") ?? string.Empty),
            ReplyAddress = JsonFields.String(d, "to") ?? string.Empty,
            InReplyTo = JsonFields.String(d, "re") ?? string.Empty,
            Message = new OutgoingMessage
            {
                Text = JsonFields.String(d, "text") ?? string.Empty,
                Choices = d.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
                    ? [.. choices.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).Select(c => new Choice(JsonFields.String(c, "l") ?? string.Empty, JsonFields.String(c, "p") ?? string.Empty))]
                    : [],
                InvitesPrivateChat = JsonFields.Bool(d, "invite"),
                IsPersonal = JsonFields.Bool(d, "personal"),
                InPrivateChat = JsonFields.Bool(d, "private"),
                Picture = ReplyPictureJson.Read(JsonFields.String(d, "picture")),
            },
            IsFirstAnswer = JsonFields.Bool(d, "first"),
            CreatedAt = JsonFields.Time(d, "created", DateTimeOffset.UnixEpoch),
        };
    }
}
