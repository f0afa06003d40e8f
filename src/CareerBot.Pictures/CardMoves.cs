namespace CareerBot.Pictures;

/// <summary>The bottom of a card: the moves heading and up to three move lines under the last scale, and the footer.</summary>
internal static class CardMoves
{
    private const string Bullet = "•";

    public static void Draw(CardPainter painter, CardContent content)
    {
        var baseline = CardLayout.ScalesTop + content.Scales.Count * CardLayout.ScaleHeight + CardLayout.MovesGap;
        if (content.Moves.Count > 0 && content.MovesHeading is { } heading)
        {
            painter.Text(heading, CardLayout.Margin, baseline, CardLayout.ContentWidth, CardLayout.MovesHeadingSize, CardPalette.Text, bold: true);
            baseline += CardLayout.MoveLineHeight;
        }

        foreach (var move in content.Moves)
        {
            painter.Text(Bullet, CardLayout.Margin + 4, baseline, CardLayout.MoveIndent, CardLayout.MoveSize, CardPalette.Secondary);
            painter.Text(move, CardLayout.Margin + CardLayout.MoveIndent, baseline, CardLayout.ContentWidth - CardLayout.MoveIndent, CardLayout.MoveSize, CardPalette.Text);
            baseline += CardLayout.MoveLineHeight;
        }

        painter.Text(content.Footer, CardLayout.Margin, CardLayout.FooterBaseline, CardLayout.ContentWidth, CardLayout.FooterSize, CardPalette.Secondary);
    }
}
