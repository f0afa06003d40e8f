using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>Schedules, dates and prompts in words, in the reader's language.</summary>
internal sealed class WeeklyWording(TextCatalog texts, Language language)
{
    public Language Language => language;

    public string Text(string key) => texts.Get(language, key);

    public string Format(string key, params object[] args) => texts.Format(language, key, args);

    public string Slot(WeeklySlot slot) =>
        Format("weekly.slot", Culture.DateTimeFormat.GetDayName(slot.Day), slot.Time.ToString("HH:mm", Culture), slot.TimeZoneId);

    /// <summary>"Friday 4 December 18:00" in the slot's own time zone.</summary>
    public string When(WeeklySlot? slot, DateTimeOffset instant)
    {
        var local = slot?.ToLocal(instant) ?? instant;
        var zone = slot?.TimeZoneId ?? "UTC";
        return local.ToString("dddd d MMMM HH:mm", Culture) + " (" + zone + ")";
    }

    public string Theme(string theme) => texts.TryGet(language, "weekly.theme." + theme, out var title) ? title : theme;

    public string Preview(DiscussionPrompt prompt)
    {
        var text = prompt.Text(language).ReplaceLineEndings(" ");
        return text.Length <= 120 ? text : text[..117].TrimEnd() + "…";
    }

    private System.Globalization.CultureInfo Culture => TextCatalog.Culture(language);
}
