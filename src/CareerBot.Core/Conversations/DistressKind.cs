namespace CareerBot.Core.Conversations;

/// <summary>Which kinds of distress a message shows; several can be set at once.</summary>
[Flags]
public enum DistressKind
{
    None = 0,
    MoneyTrouble = 1,
    Panic = 2,
    Hopeless = 4,
    CannotCope = 8,
    SelfHarm = 16,
}
