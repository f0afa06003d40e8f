namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>One thing a person does: type <see cref="Text"/>, or press the button carrying <see cref="Data"/> on the latest message offering it.</summary>
internal sealed record SoakAction(string? Text, string? Data)
{
    public static SoakAction Type(string text) => new(text, null);

    public static SoakAction Press(string data) => new(null, data);

    public override string ToString() => Text is not null ? $"type \"{Text}\"" : $"press {Data}";
}
