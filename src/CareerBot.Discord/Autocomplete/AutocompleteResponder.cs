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
/// twice is harmless). Discord waits 3 s from when it made the interaction: the answer must leave within
/// <see cref="AnswerWithin"/> of its arrival (the rest is the network's), else it is dropped and logged. The id's
/// snowflake time only catches clearly replayed ones (<see cref="ReplayedAfter"/>): a host clock a little off must not
/// drop every suggestion.
/// </summary>
internal sealed class AutocompleteResponder(DiscordRestClient rest, TimeProvider time, ILogger<AutocompleteResponder> logger, OccupationLookup? lookup = null)
{
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromMilliseconds(2500);

    public static readonly TimeSpan ReplayedAfter = TimeSpan.FromSeconds(10);

    // Discord's epoch (2015-01-01) in Unix milliseconds; a snowflake's top 42 bits count from it.
    private const long DiscordEpochMs = 1420070400000;

    /// <summary>True when the interaction was an autocomplete (answered, dropped or ignored here).</summary>
    public static bool Handles(DiscordInteraction interaction) => interaction.Type == AutocompleteQuery.InteractionType;

    /// <summary>
    /// Answers on the thread pool, so the gateway goes on reading while the suggestions are found (the matcher runs before
    /// the first await); Discord's 3 s count from now.
    /// </summary>
    public void Begin(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetTimestamp();
        _ = Task.Run(() => AnswerAsync(interaction, receivedAt, cancellationToken), cancellationToken);
    }

    /// <param name="receivedAt">When the gateway delivered it (<see cref="TimeProvider.GetTimestamp"/>).</param>
    public async Task AnswerAsync(DiscordInteraction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        if (Age(interaction.Id) is { } age && age > ReplayedAfter)
        {
            Log.AutocompleteLate(logger, interaction.Id, (long)age.TotalMilliseconds);
            return;
        }

        IReadOnlyList<CommandChoice> choices;
        try
        {
            choices = AutocompleteQuery.Read(interaction) is { } query ? AutocompleteChoiceList.For(query, lookup) : [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Run beside the gateway with nobody awaiting it: a failure here is logged, and the person sees no suggestions.
            Log.AutocompleteFailed(logger, ex);
            choices = [];
        }

        var left = AnswerWithin - time.GetElapsedTime(receivedAt);
        if (left <= TimeSpan.Zero)
        {
            Log.AutocompleteLate(logger, interaction.Id, (long)time.GetElapsedTime(receivedAt).TotalMilliseconds);
            return;
        }

        using var deadline = new CancellationTokenSource(left, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var result = await rest.AnswerAutocompleteAsync(interaction.Id, interaction.Token, new AutocompleteResponse(new AutocompleteChoices(choices)), linked.Token);
            if (result.Error is { } error)
            {
                Log.AutocompleteRefused(logger, error.HttpStatus, error.Code);
                return;
            }

            Log.AutocompleteAnswered(logger, choices.Count, (long)time.GetElapsedTime(receivedAt).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.AutocompleteLate(logger, interaction.Id, (long)time.GetElapsedTime(receivedAt).TotalMilliseconds);
        }
    }

    /// <summary>How long ago Discord made the interaction (its id is a snowflake); null for an id that is none.</summary>
    private TimeSpan? Age(string id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake)
            ? time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs)
            : null;
}
