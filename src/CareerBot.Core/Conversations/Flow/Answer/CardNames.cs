using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>Names on a card in the person's language: occupations, ILO groups and wider groups (Dutch when there is a Dutch name).</summary>
internal static class CardNames
{
    public static string Of(Occupation occupation, Language language) => OccupationNames.Display(occupation, language);

    public static string Ilo(IloExposure ilo, Language language) =>
        language == Language.Dutch && ilo.TitleDutch is { Length: > 0 } dutch ? dutch : ilo.TitleEnglish;

    public static string Group(string english, string? dutch, Language language) =>
        language == Language.Dutch && dutch is { Length: > 0 } ? dutch : english;
}
