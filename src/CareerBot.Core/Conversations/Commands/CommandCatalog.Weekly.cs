namespace CareerBot.Core.Conversations.Commands;

// The sub-commands of /weekly as a command picker offers them; their words are ones WeeklyCommandParser reads.
public static partial class CommandCatalog
{
    // A method, not a static property: it is read while the partial class's other file initialises Weekly.
    private static CommandParameter[] WeeklyParameters() =>
    [
        Sub("now", "nu", new("Post a prompt now", "Plaats nu een vraag")),
        Sub("schedule", "plannen", new("Post a prompt every week", "Plaats elke week een vraag")) with
        {
            Parameters =
            [
                Text("day", "dag", new("Day of the week", "Dag van de week"), required: true) with { Choices = Days() },
                Text("time", "tijd", new("Time as HH:mm, e.g. 09:30", "Tijd als UU:mm, bv. 09:30"), required: true, maxLength: 5),
                Text("timezone", "tijdzone", new("IANA time zone, e.g. Europe/Amsterdam", "IANA-tijdzone, bv. Europe/Amsterdam"), required: false, maxLength: 64) with
                {
                    Suggestions = ParameterSuggestions.TimeZones,
                },
            ],
        },
        Sub("pause", "pauzeer", new("Pause the weekly prompts", "Pauzeer de wekelijkse vragen")),
        Sub("resume", "hervat", new("Resume the weekly prompts", "Hervat de wekelijkse vragen")),
        Sub("skip", "overslaan", new("Skip the next prompt", "Sla de volgende vraag over")),
        Sub("status", "status", new("Show the schedule and the next prompt", "Toon het schema en de volgende vraag")),
        Sub("language", "taal", new("The language of the prompts in this channel", "De taal van de vragen in dit kanaal")) with
        {
            Parameters =
            [
                Text("language", "taal", new("English or Dutch", "Engels of Nederlands"), required: true) with
                {
                    Choices = [new("en", new("English", "Engels")), new("nl", new("Nederlands", "Nederlands"))],
                },
            ],
        },
        Sub("pulse", "stemming", new("What people here asked about in 30 days (5 or more)", "Waar mensen hier in 30 dagen over vroegen (5 of meer)")) with
        {
            Parameters =
            [
                Text("line", "regel", new("A line of it under the weekly prompt", "Een regel ervan onder de wekelijkse vraag"), required: false) with
                {
                    Choices = [new("on", new("On", "Aan")), new("off", new("Off", "Uit"))],
                },
            ],
        },
    ];

    private static CommandParameter Sub(string name, string dutchName, Bilingual description) =>
        new() { Kind = ParameterKind.SubCommand, Name = name, DutchName = dutchName, Description = description };

    private static CommandParameter Text(string name, string dutchName, Bilingual description, bool required, int? maxLength = null) =>
        new() { Kind = ParameterKind.Text, Name = name, DutchName = dutchName, Description = description, Required = required, MaxLength = maxLength };

    private static ParameterChoice[] Days() =>
    [
        new("monday", new("Monday", "maandag")), new("tuesday", new("Tuesday", "dinsdag")), new("wednesday", new("Wednesday", "woensdag")),
        new("thursday", new("Thursday", "donderdag")), new("friday", new("Friday", "vrijdag")), new("saturday", new("Saturday", "zaterdag")),
        new("sunday", new("Sunday", "zondag")),
    ];
}
