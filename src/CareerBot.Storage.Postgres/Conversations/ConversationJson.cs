using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>Explicit mapping of <see cref="Conversation"/> to its jsonb document: the LiteDB document's short, stable field names; enums by name.</summary>
internal static class ConversationJson
{
    public const int SchemaVersion = 1;

    public static string ToJson(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return JsonFields.Write(w =>
        {
            w.WriteNumber("v", SchemaVersion);
            JsonFields.Text(w, "user", conversation.Key.UserId);
            JsonFields.Enum(w, "step", (DialogueStep?)conversation.Step);
            JsonFields.Enum(w, "resume", conversation.ResumeStep);
            JsonFields.Enum(w, "lang", (Language?)conversation.Language);
            w.WriteBoolean("langChosen", conversation.LanguageChosen);
            JsonFields.Enum(w, "situation", conversation.Situation);
            JsonFields.Text(w, "curSoc", conversation.CurrentSoc);
            JsonFields.Text(w, "curIsco", conversation.CurrentIsco);
            JsonFields.Text(w, "tgtSoc", conversation.TargetSoc);
            JsonFields.Text(w, "tgtIsco", conversation.TargetIsco);
            JsonFields.Texts(w, "cands", conversation.Candidates.IsDefault ? [] : conversation.Candidates);
            JsonFields.Texts(w, "candIscos", conversation.CandidateIscos.IsDefault ? [] : conversation.CandidateIscos);
            JsonFields.Texts(w, "pendTgts", conversation.PendingTargets.IsDefault ? [] : conversation.PendingTargets);
            JsonFields.Texts(w, "pendTgtIscos", conversation.PendingTargetIscos.IsDefault ? [] : conversation.PendingTargetIscos);
            JsonFields.Enum(w, "care", conversation.Care);
            w.WriteBoolean("checking", conversation.CheckingRisk);
            w.WriteBoolean("fearSeen", conversation.FearAcknowledged);
            w.WriteBoolean("checkDeclined", conversation.RiskCheckDeclined);
            JsonFields.Int(w, "worry", conversation.WorryLevel);
            JsonFields.Text(w, "note", conversation.WorryNote);
            w.WriteBoolean("keepNotes", conversation.KeepNotes);
            JsonFields.Enum(w, "goal", conversation.Goal);
            w.WriteNumber("misses", conversation.Misses);
            JsonFields.Texts(w, "stories", conversation.StoriesTold.IsDefault ? [] : conversation.StoriesTold);
            JsonFields.Int(w, "cues", (int)conversation.StoryCues);
            JsonFields.Text(w, "lastCard", conversation.LastCard);
            JsonFields.Text(w, "community", conversation.Community);
            if (conversation.CommunitySince is { } since)
            {
                JsonFields.Time(w, "communitySince", since);
            }

            JsonFields.Time(w, "started", conversation.StartedAt);
            JsonFields.Time(w, "last", conversation.LastActivity);
            w.WriteNumber("turns", conversation.Turns);
        });
    }

    /// <summary>Reads a stored conversation; fields that are missing or damaged get their defaults, an unreadable document a new interview.</summary>
    public static Conversation FromJson(ConversationKey key, string json)
    {
        using var parsed = JsonFields.ParseObject(json);
        var d = parsed.RootElement;
        return new Conversation
        {
            Key = key,
            Step = JsonFields.Enum(d, "step", DialogueStep.Welcome),
            ResumeStep = JsonFields.NullableEnum<DialogueStep>(d, "resume"),
            Language = JsonFields.Enum(d, "lang", Language.English),
            LanguageChosen = JsonFields.Bool(d, "langChosen"),
            Situation = JsonFields.NullableEnum<WorkSituation>(d, "situation"),
            CurrentSoc = JsonFields.String(d, "curSoc"),
            CurrentIsco = JsonFields.String(d, "curIsco"),
            TargetSoc = JsonFields.String(d, "tgtSoc"),
            TargetIsco = JsonFields.String(d, "tgtIsco"),
            Candidates = JsonFields.Strings(d, "cands"),
            CandidateIscos = JsonFields.Strings(d, "candIscos"),
            PendingTargets = JsonFields.Strings(d, "pendTgts"),
            PendingTargetIscos = JsonFields.Strings(d, "pendTgtIscos"),
            Care = JsonFields.NullableEnum<SafetyLevel>(d, "care"),
            CheckingRisk = JsonFields.Bool(d, "checking"),
            FearAcknowledged = JsonFields.Bool(d, "fearSeen"),
            RiskCheckDeclined = JsonFields.Bool(d, "checkDeclined"),
            WorryLevel = JsonFields.Int(d, "worry"),
            WorryNote = JsonFields.String(d, "note"),
            KeepNotes = JsonFields.Bool(d, "keepNotes"),
            Goal = JsonFields.NullableEnum<CareerGoal>(d, "goal"),
            Misses = JsonFields.Int(d, "misses") ?? 0,
            StoriesTold = JsonFields.Strings(d, "stories"),
            StoryCues = (StoryCues)(JsonFields.Int(d, "cues") ?? 0),
            LastCard = JsonFields.String(d, "lastCard"),
            Community = JsonFields.String(d, "community"),
            CommunitySince = d.TryGetProperty("communitySince", out _) ? JsonFields.Time(d, "communitySince", DateTimeOffset.UnixEpoch) : null,
            StartedAt = JsonFields.Time(d, "started", DateTimeOffset.UnixEpoch),
            LastActivity = JsonFields.Time(d, "last", DateTimeOffset.UnixEpoch),
            Turns = JsonFields.Int(d, "turns") ?? 0,
        };
    }
}
