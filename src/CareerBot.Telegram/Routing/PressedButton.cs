namespace CareerBot.Telegram.Routing;

/// <summary>A callback query to answer and, when its message is accessible, the question to mark with the pressed label.</summary>
internal sealed record PressedButton(string QueryId, long? ChatId, int? MessageId, string? QuestionText, string? Label);
