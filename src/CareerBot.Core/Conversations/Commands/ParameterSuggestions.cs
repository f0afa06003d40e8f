namespace CareerBot.Core.Conversations.Commands;

/// <summary>What a command picker may suggest while a text parameter is typed (Discord's autocomplete); the value stays free text.</summary>
public enum ParameterSuggestions
{
    None,

    /// <summary>Occupations, named in the person's language; the picked value is the SOC 2018 code, which /risk reads as that occupation.</summary>
    Jobs,

    /// <summary>IANA time zone ids ("Europe/Amsterdam").</summary>
    TimeZones,
}
