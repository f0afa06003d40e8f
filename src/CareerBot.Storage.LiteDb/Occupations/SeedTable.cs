using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>One parsed seed CSV: header names to column positions, then the rows. A missing column or a bad number fails loudly.</summary>
internal sealed class SeedTable
{
    private readonly Dictionary<string, int> _columns;

    private SeedTable(string name, Dictionary<string, int> columns, List<string[]> rows)
    {
        Name = name;
        _columns = columns;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static SeedTable Parse(string name, byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!parser.Read())
        {
            throw new InvalidDataException($"Seed file '{name}' is empty.");
        }

        var header = parser.Record ?? [];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record ?? []);
        }

        return new SeedTable(name, columns, rows);
    }

    /// <summary>Position of a column; throws when the seed file lacks it, so a changed seed cannot import silently wrong.</summary>
    public int Column(string header) =>
        _columns.TryGetValue(header, out var index)
            ? index
            : throw new InvalidDataException($"Seed file '{Name}' has no column '{header}'.");

    public static string Text(string[] row, int column) => column < row.Length ? row[column].Trim() : string.Empty;

    public static string? TextOrNull(string[] row, int column) => Text(row, column) is { Length: > 0 } text ? text : null;

    /// <summary>A number, or null when the cell is blank; a cell that is neither fails the import.</summary>
    public double? Number(string[] row, int column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InvalidDataException($"Seed file '{Name}' has '{text}' where a number belongs.");
    }
}
