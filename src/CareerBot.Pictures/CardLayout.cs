namespace CareerBot.Pictures;

/// <summary>Where things go on the 800×450 card (pixels). Sized to stay legible when a phone shows the card ~360 px wide.</summary>
internal static class CardLayout
{
    public const int Width = 800;
    public const int Height = 450;
    public const float Margin = 24;
    public const float ContentWidth = Width - 2 * Margin;

    public const float TitleBaseline = 40;
    public const float TitleSize = 26;
    public const float LegendBaseline = 70;
    public const float LegendSize = 17;
    public const float RuleY = 82;

    public const float ScalesTop = 88;
    public const float ScaleHeight = 78;
    public const float ScaleLabelBaseline = 17;
    public const float LabelSize = 17;
    public const float SourceSize = 15;
    public const float TrackOffset = 50;
    public const float TrackLeft = 120;
    public const float TrackRight = 680;
    public const float TrackEndGap = 14;
    public const float EndWordSize = 15;
    public const float OwnValueBaseline = 38;
    public const float TargetValueBaseline = 75;
    public const float ValueSize = 16;

    public const float MovesGap = 23;
    public const float MovesHeadingSize = 17;
    public const float MoveLineHeight = 22;
    public const float MoveSize = 16;
    public const float MoveIndent = 20;

    public const float FooterBaseline = Height - 12;
    public const float FooterSize = 14;

    public const float OwnMarkerSize = 14;
    public const float TargetMarkerSize = 20;
    public const float TargetMarkerLine = 3;

    /// <summary>The track's pixel x for a 0–1 value.</summary>
    public static float TrackX(double value) => TrackLeft + (float)(Math.Clamp(value, 0, 1) * (TrackRight - TrackLeft));

    /// <summary>The pixel y of scale <paramref name="index"/>'s track.</summary>
    public static float TrackY(int index) => ScalesTop + index * ScaleHeight + TrackOffset;
}
