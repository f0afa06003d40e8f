using System.Globalization;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>Reads the words after /weekly, in English or Dutch: "schedule fri 18:00 Europe/Amsterdam", "plannen vrijdag 18.00".</summary>
internal static class WeeklyCommandParser
{
    private static readonly Dictionary<string, WeeklyAction> Actions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["now"] = WeeklyAction.Now, ["nu"] = WeeklyAction.Now,
        ["schedule"] = WeeklyAction.Schedule, ["plannen"] = WeeklyAction.Schedule, ["plan"] = WeeklyAction.Schedule,
        ["pause"] = WeeklyAction.Pause, ["pauzeer"] = WeeklyAction.Pause, ["pauze"] = WeeklyAction.Pause,
        ["resume"] = WeeklyAction.Resume, ["hervat"] = WeeklyAction.Resume,
        ["skip"] = WeeklyAction.Skip, ["overslaan"] = WeeklyAction.Skip, ["sla"] = WeeklyAction.Skip,
        ["status"] = WeeklyAction.Status, ["next"] = WeeklyAction.Status, ["volgende"] = WeeklyAction.Status,
        ["language"] = WeeklyAction.Language, ["lang"] = WeeklyAction.Language, ["taal"] = WeeklyAction.Language,
        ["help"] = WeeklyAction.Help, ["hulp"] = WeeklyAction.Help,
        ["pulse"] = WeeklyAction.Pulse, ["stemming"] = WeeklyAction.Pulse, ["peiling"] = WeeklyAction.Pulse,
    };

    private static readonly Dictionary<string, DayOfWeek> Days = BuildDays();

    public static WeeklyCommand Parse(string argument)
    {
        var words = (argument ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new WeeklyCommand(WeeklyAction.Help);
        }

        if (!Actions.TryGetValue(words[0], out var action))
        {
            return new WeeklyCommand(WeeklyAction.Help) { Problem = "weekly.bad.action" };
        }

        return action switch
        {
            WeeklyAction.Schedule => ParseSchedule(words),
            WeeklyAction.Language => ParseLanguage(words),
            WeeklyAction.Pulse => ParsePulse(words),
            _ => new WeeklyCommand(action),
        };
    }

    private static WeeklyCommand ParseSchedule(string[] words)
    {
        var command = new WeeklyCommand(WeeklyAction.Schedule);
        if (words.Length < 2 || !Days.TryGetValue(words[1].TrimEnd('.', ','), out var day))
        {
            return command with { Problem = "weekly.bad.day" };
        }

        if (words.Length < 3 || !TryParseTime(words[2], out var time))
        {
            return command with { Day = day, Problem = "weekly.bad.time" };
        }

        command = command with { Day = day, Time = time };
        if (words.Length < 4)
        {
            return command;
        }

        return TimeZones.Find(words[3]) is { } zone && words.Length == 4
            ? command with { TimeZoneId = zone.Id }
            : command with { Problem = "weekly.bad.zone" };
    }

    private static WeeklyCommand ParseLanguage(string[] words)
    {
        var command = new WeeklyCommand(WeeklyAction.Language);
        return words.Length == 2 && LanguageCodes.TryParse(words[1], out var language)
            ? command with { Language = language }
            : command with { Problem = "weekly.bad.language" };
    }

    private static WeeklyCommand ParsePulse(string[] words)
    {
        var command = new WeeklyCommand(WeeklyAction.Pulse);
        return words.Length switch
        {
            1 => command,
            2 when words[1].ToLowerInvariant() is "on" or "aan" => command with { PulseLine = true },
            2 when words[1].ToLowerInvariant() is "off" or "uit" => command with { PulseLine = false },
            _ => command with { Problem = "weekly.bad.pulse" },
        };
    }

    private static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static Dictionary<string, DayOfWeek> BuildDays()
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        string[][] names =
        [
            ["sunday", "sun", "zondag", "zo"], ["monday", "mon", "maandag", "ma"], ["tuesday", "tue", "tues", "dinsdag", "di"],
            ["wednesday", "wed", "woensdag", "wo"], ["thursday", "thu", "thur", "thurs", "donderdag", "do"],
            ["friday", "fri", "vrijdag", "vr"], ["saturday", "sat", "zaterdag", "za"],
        ];
        for (var day = 0; day < names.Length; day++)
        {
            foreach (var name in names[day])
            {
                days[name] = (DayOfWeek)day;
            }
        }

        return days;
    }
}
