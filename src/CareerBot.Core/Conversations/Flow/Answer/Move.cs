using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>A related occupation worth a look, with how it compares to the person's own job on each criterion.</summary>
internal sealed record Move(Occupation Occupation, double Score, FigureChanges Changes);
