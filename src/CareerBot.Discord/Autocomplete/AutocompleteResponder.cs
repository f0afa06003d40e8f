using System.Globalization;
using CareerBot.Core.Conversations;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Autocomplete;

/// <summary>
/// Answers an autocomplete (interaction type 4) at once with its choices (callback type 8), outside the dialogue: no
/// conversation is read or stored, nothing goes through the outbox, and no acknowledgement is remembered (answering one
/// twice is harmless). Discord waits 3 s; one older than <see cref="LateAfter"/> by its snowflake (e.g. replayed on
/// RESUME) is useless, so it is dropped and logged.
/// </summary>
internal sealed class AutocompleteResponder(DiscordRestClient rest, TimeProvider time, ILogger<AutocompleteResponder> logger, DialogueEngine? engine = null)
{
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(2500);

    // Discord's epoch (2015-01-01) in Unix milliseconds; a snowflake's top 42 bits count from it.
    private const long DiscordEpochMs = 1420070400000;

    /// <summary>True when the interaction was an autocomplete (answered, dropped or ignored here).</summary>
    public static bool Handles(DiscordInteraction interaction) => interaction.Type == AutocompleteQuery.InteractionType;

    public async Task AnswerAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (Age(interaction.Id) is { } age && age > LateAfter)
        {
            Log.AutocompleteLate(logger, interaction.Id, (long)age.TotalMilliseconds);
            return;
        }

        IReadOnlyList<CommandChoice> choices;
        try
        {
            choices = AutocompleteQuery.Read(interaction) is { } query ? AutocompleteChoiceList.For(query, engine) : [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Run beside the gateway with nobody awaiting it: a failure here is logged, and the person sees no suggestions.
            Log.AutocompleteFailed(logger, ex);
            choices = [];
        }

        using var deadline = new CancellationTokenSource(LateAfter, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var result = await rest.AnswerAutocompleteAsync(interaction.Id, interaction.Token, new AutocompleteResponse(new AutocompleteChoices(choices)), linked.Token);
            if (result.Error is { } error)
            {
                Log.AutocompleteRefused(logger, error.HttpStatus, error.Code);
                return;
            }

            Log.AutocompleteAnswered(logger, choices.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AutocompleteLate(logger, interaction.Id, (long)(Age(interaction.Id) ?? LateAfter).TotalMilliseconds);
        }
    }

    /// <summary>How long ago Discord made the interaction (its id is a snowflake); null for an id that is none.</summary>
    private TimeSpan? Age(string id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake)
            ? time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs)
            : null;
}
