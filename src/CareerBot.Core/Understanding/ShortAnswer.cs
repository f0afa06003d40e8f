namespace CareerBot.Core.Understanding;

/// <summary>A whole message that is only a short answer: "yes", "ja", "klopt", "nope", "idk", "geen idee".</summary>
public enum ShortAnswer
{
    None,
    Yes,
    No,
    DontKnow,
}
