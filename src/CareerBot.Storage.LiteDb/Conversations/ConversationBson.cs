using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Explicit mapping of <see cref="Conversation"/> to its stored document (short, stable field names; enums by name).</summary>
internal static class ConversationBson
{
    public const int SchemaVersion = 1;
    public const string Revision = "rev";
    public const string Platform = "platform";
    public const string Community = "community";
    public const string CommunitySince = "communitySince";

    public static BsonValue Id(ConversationKey key) => new(IndexKey.For(key.ToString()));

    /// <summary>The stored revision: how many turns changed the conversation since it was created (0 for documents from before revisions).</summary>
    public static long RevisionOf(BsonDocument document) => document[Revision] switch
    {
        { IsInt64: true } value => value.AsInt64,
        { IsInt32: true } value => value.AsInt32,
        _ => 0,
    };

    public static BsonDocument ToDocument(Conversation conversation, long revision)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new BsonDocument
        {
            ["_id"] = Id(conversation.Key),
            ["v"] = SchemaVersion,
            [Revision] = revision,
            [Platform] = conversation.Key.Platform.ToString(),
            ["user"] = conversation.Key.UserId,
            ["step"] = conversation.Step.ToString(),
            ["resume"] = BsonValues.From(conversation.ResumeStep),
            ["lang"] = conversation.Language.ToString(),
            ["langChosen"] = conversation.LanguageChosen,
            ["situation"] = BsonValues.From(conversation.Situation),
            ["curSoc"] = BsonValues.From(conversation.CurrentSoc),
            ["curIsco"] = BsonValues.From(conversation.CurrentIsco),
            ["tgtSoc"] = BsonValues.From(conversation.TargetSoc),
            ["tgtIsco"] = BsonValues.From(conversation.TargetIsco),
            ["cands"] = BsonValues.From(conversation.Candidates),
            ["candIscos"] = BsonValues.From(conversation.CandidateIscos),
            ["pendTgts"] = BsonValues.From(conversation.PendingTargets),
            ["pendTgtIscos"] = BsonValues.From(conversation.PendingTargetIscos),
            ["care"] = BsonValues.From(conversation.Care),
            ["checking"] = conversation.CheckingRisk,
            ["fearSeen"] = conversation.FearAcknowledged,
            ["checkDeclined"] = conversation.RiskCheckDeclined,
            ["worry"] = BsonValues.From(conversation.WorryLevel),
            ["note"] = BsonValues.From(conversation.WorryNote),
            ["keepNotes"] = conversation.KeepNotes,
            ["goal"] = BsonValues.From(conversation.Goal),
            ["misses"] = conversation.Misses,
            ["stories"] = BsonValues.From(conversation.StoriesTold),
            ["cues"] = (int)conversation.StoryCues,
            ["lastCard"] = BsonValues.From(conversation.LastCard),
            [Community] = BsonValues.From(conversation.Community),
            [CommunitySince] = conversation.CommunitySince is { } since ? BsonTime.ToBson(since) : BsonValue.Null,
            ["started"] = BsonTime.ToBson(conversation.StartedAt),
            ["last"] = BsonTime.ToBson(conversation.LastActivity),
            ["turns"] = conversation.Turns,
        };
    }

    /// <summary>Reads a stored conversation; fields that are missing or damaged get their defaults.</summary>
    public static Conversation FromDocument(ConversationKey key, BsonDocument document) => new()
    {
        Key = key,
        Step = BsonValues.Enum(document["step"], DialogueStep.Welcome),
        ResumeStep = BsonValues.NullableEnum<DialogueStep>(document["resume"]),
        Language = BsonValues.Enum(document["lang"], Language.English),
        LanguageChosen = BsonValues.Bool(document["langChosen"]),
        Situation = BsonValues.NullableEnum<WorkSituation>(document["situation"]),
        CurrentSoc = BsonValues.String(document["curSoc"]),
        CurrentIsco = BsonValues.String(document["curIsco"]),
        TargetSoc = BsonValues.String(document["tgtSoc"]),
        TargetIsco = BsonValues.String(document["tgtIsco"]),
        Candidates = BsonValues.Strings(document["cands"]),
        CandidateIscos = BsonValues.Strings(document["candIscos"]),
        PendingTargets = BsonValues.Strings(document["pendTgts"]),
        PendingTargetIscos = BsonValues.Strings(document["pendTgtIscos"]),
        Care = BsonValues.NullableEnum<SafetyLevel>(document["care"]),
        CheckingRisk = BsonValues.Bool(document["checking"]),
        FearAcknowledged = BsonValues.Bool(document["fearSeen"]),
        RiskCheckDeclined = BsonValues.Bool(document["checkDeclined"]),
        WorryLevel = BsonValues.Int(document["worry"]),
        WorryNote = BsonValues.String(document["note"]),
        KeepNotes = BsonValues.Bool(document["keepNotes"]),
        Goal = BsonValues.NullableEnum<CareerGoal>(document["goal"]),
        Misses = BsonValues.Int(document["misses"], 0),
        StoriesTold = BsonValues.Strings(document["stories"]),
        StoryCues = (StoryCues)BsonValues.Int(document["cues"], 0),
        LastCard = BsonValues.String(document["lastCard"]),
        Community = BsonValues.String(document[Community]),
        CommunitySince = document[CommunitySince].IsDocument ? BsonTime.FromBson(document[CommunitySince], DateTimeOffset.UnixEpoch) : null,
        StartedAt = BsonTime.FromBson(document["started"], DateTimeOffset.UnixEpoch),
        LastActivity = BsonTime.FromBson(document["last"], DateTimeOffset.UnixEpoch),
        Turns = BsonValues.Int(document["turns"], 0),
    };
}
