namespace CareerBot.Core.Understanding;

/// <summary>Which open question a message answers, when that changes how it reads ("4" is a worry level only when asked).</summary>
public enum AskedFor
{
    Nothing,
    Job,
    Worry,
    Goal,
}
