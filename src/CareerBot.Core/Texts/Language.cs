namespace CareerBot.Core.Texts;

/// <summary>The languages CareerBot speaks.</summary>
public enum Language
{
    English,
    Dutch,
}
