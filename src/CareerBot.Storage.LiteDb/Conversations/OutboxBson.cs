using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>
/// Explicit mapping of <see cref="OutboxEntry"/> to its stored document. _id is the entry id; the sequence number
/// records insertion order, which breaks ties between replies created at the same instant.
/// </summary>
internal static class OutboxBson
{
    public const string Sequence = "seq";
    public const string Platform = "platform";
    public const string ConversationKey = "key";
    public const string CreatedTicks = "at";

    public static BsonValue Id(string entryId) => new(IndexKey.For(entryId));

    /// <summary>The value to find a person's entries by.</summary>
    public static string KeyOf(ConversationKey key) => IndexKey.For(key.ToString());

    public static BsonDocument ToDocument(OutboxEntry entry, long sequence)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new BsonDocument
        {
            ["_id"] = Id(entry.Id),
            [Sequence] = sequence,
            ["id"] = entry.Id,
            [Platform] = entry.Key.Platform.ToString(),
            [ConversationKey] = KeyOf(entry.Key),
            ["user"] = entry.Key.UserId,
            ["to"] = entry.ReplyAddress,
            ["re"] = entry.InReplyTo,
            ["text"] = entry.Message.Text,
            ["choices"] = new BsonArray(entry.Message.Choices.Select(c => new BsonDocument { ["l"] = c.Label, ["p"] = c.Payload })),
            ["invite"] = entry.Message.InvitesPrivateChat,
            ["personal"] = entry.Message.IsPersonal,
            ["private"] = entry.Message.InPrivateChat,
            ["picture"] = entry.Message.Picture is { } picture ? ReplyPictureJson.Write(picture) : BsonValue.Null,
            ["first"] = entry.IsFirstAnswer,
            [CreatedTicks] = entry.CreatedAt.UtcTicks,
            ["created"] = BsonTime.ToBson(entry.CreatedAt),
        };
    }

    /// <summary>Reads a stored reply; damaged fields read as empty rather than failing the whole pending list.</summary>
    public static OutboxEntry FromDocument(BsonDocument document) => new()
    {
        Id = BsonValues.String(document["id"]) ?? string.Empty,
        Key = new ConversationKey(BsonValues.Enum(document[Platform], Core.Messaging.Platform.Console), BsonValues.String(document["user"]) ?? string.Empty),
        ReplyAddress = BsonValues.String(document["to"]) ?? string.Empty,
        InReplyTo = BsonValues.String(document["re"]) ?? string.Empty,
        Message = new OutgoingMessage
        {
            Text = BsonValues.String(document["text"]) ?? string.Empty,
            Choices = document["choices"].IsArray
                ? [.. document["choices"].AsArray.Where(c => c.IsDocument).Select(c => new Choice(BsonValues.String(c["l"]) ?? string.Empty, BsonValues.String(c["p"]) ?? string.Empty))]
                : [],
            InvitesPrivateChat = BsonValues.Bool(document["invite"]),
            IsPersonal = BsonValues.Bool(document["personal"]),
            InPrivateChat = BsonValues.Bool(document["private"]),
            Picture = ReplyPictureJson.Read(BsonValues.String(document["picture"])),
        },
        IsFirstAnswer = BsonValues.Bool(document["first"]),
        CreatedAt = BsonTime.FromBson(document["created"], DateTimeOffset.UnixEpoch),
    };
}
