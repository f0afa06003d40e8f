namespace CareerBot.Core.Communities;

/// <summary>Whether a pulse figure is shown, and if not, why.</summary>
public enum FigureHiding
{
    Shown,

    /// <summary>1 to 4 people: shown as "fewer than 5".</summary>
    FewerThanFive,

    /// <summary>5 or more, held back so that a "fewer than 5" beside it cannot be worked out from the total.</summary>
    Hidden,
}
