namespace CareerBot.Telegram.Routing;

/// <summary>
/// A callback query to answer and, when its message is accessible, the question to mark with the pressed label. On a
/// photo (a risk card) the question is its caption, <see cref="OnCaption"/>, and is marked by editing the caption.
/// </summary>
internal sealed record PressedButton(string QueryId, long? ChatId, int? MessageId, string? QuestionText, string? Label, bool OnCaption = false);
