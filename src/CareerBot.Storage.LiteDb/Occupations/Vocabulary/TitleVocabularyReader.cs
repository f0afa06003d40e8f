using System.Globalization;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Core.Texts;
using CsvHelper;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>
/// Reads the matcher's vocabulary from the seed CSV files: O*NET titles, alternate and reported titles (English),
/// ESCO Dutch labels reaching SOC through the primary ESCO→SOC pick, and the reviewed overrides.
/// </summary>
public static class TitleVocabularyReader
{
    public static IReadOnlyList<TitleVocabularyEntry> Read(string seedsPath)
    {
        // The English and Dutch files are independent: read them side by side to shorten start-up.
        List<TitleVocabularyEntry> english = [];
        List<TitleVocabularyEntry> dutch = [];
        Parallel.Invoke(() => english = ReadEnglish(seedsPath), () => dutch = ReadDutch(seedsPath));
        var entries = new List<TitleVocabularyEntry>(english.Count + dutch.Count + 200);
        entries.AddRange(english);
        entries.AddRange(dutch);
        Reviewed(seedsPath, TitleVocabularyFiles.Overrides, TitleSource.Override, entries);
        Rows(seedsPath, TitleVocabularyFiles.EverydayTitles, row =>
            entries.Add(Reviewed(row, row.GetField("kind") == "field" ? TitleSource.EverydayField : TitleSource.EverydayTitle)));
        Reviewed(seedsPath, TitleVocabularyFiles.ActivityPhrases, TitleSource.ActivityPhrase, entries);
        return entries;
    }

    // The hand-written files share text, language, soc and a note.
    private static void Reviewed(string seedsPath, string file, TitleSource source, List<TitleVocabularyEntry> entries) =>
        Rows(seedsPath, file, row => entries.Add(Reviewed(row, source)));

    // A reviewed Dutch title names its ISCO-08 group itself (isco08, overrides only): it replaces ESCO's label of the same
    // wording, and with it the group that label carried.
    private static TitleVocabularyEntry Reviewed(CsvReader row, TitleSource source)
    {
        var language = LanguageCodes.TryParse(row.GetField("language"), out var parsed) ? parsed : Language.English;
        var isco = row.HeaderRecord!.Contains("isco08") && row.GetField("isco08") is { Length: 4 } code ? code : null;
        return new TitleVocabularyEntry(row.GetField("text")!, row.GetField("soc")!, language, source) { Isco08 = isco };
    }

    private static List<TitleVocabularyEntry> ReadEnglish(string seedsPath)
    {
        var entries = new List<TitleVocabularyEntry>(66_000);
        Rows(seedsPath, TitleVocabularyFiles.Occupations, row =>
            entries.Add(English(row.GetField("Title"), row.GetField("O*NET-SOC Code"), TitleSource.OccupationTitle)));
        Rows(seedsPath, TitleVocabularyFiles.ReportedTitles, row =>
            entries.Add(English(row.GetField("Reported Job Title"), row.GetField("O*NET-SOC Code"), TitleSource.ReportedTitle)));
        Rows(seedsPath, TitleVocabularyFiles.AlternateTitles, row =>
        {
            var code = row.GetField("O*NET-SOC Code");
            entries.Add(English(row.GetField("Alternate Title"), code, TitleSource.AlternateTitle));
            if (row.GetField("Short Title") is { Length: > 0 } shortTitle)
            {
                entries.Add(English(shortTitle, code, TitleSource.ShortTitle));
            }
        });
        return entries;
    }

    private static List<TitleVocabularyEntry> ReadDutch(string seedsPath)
    {
        var entries = new List<TitleVocabularyEntry>(25_000);
        var escoToSoc = new Dictionary<string, string>(StringComparer.Ordinal);
        Rows(seedsPath, TitleVocabularyFiles.EscoToSoc, row =>
        {
            if (row.GetField("primary_soc2018") is { Length: 7 } soc && escoToSoc.TryAdd(row.GetField("conceptUri")!, soc)
                && row.GetField("preferred_label_en") is { Length: > 0 } english)
            {
                // ESCO's English name ("harbour master", "lexicographer") adds European wording O*NET lacks.
                entries.Add(new TitleVocabularyEntry(english, soc, Language.English, TitleSource.EscoEnglish)
                {
                    Isco08 = row.GetField("isco08") is { Length: > 0 } isco ? isco : null,
                });
            }
        });
        Rows(seedsPath, TitleVocabularyFiles.DutchLabels, row =>
        {
            if (escoToSoc.TryGetValue(row.GetField("conceptUri")!, out var soc) && row.GetField("label_nl") is { Length: > 0 } label)
            {
                entries.Add(new TitleVocabularyEntry(label, soc, Language.Dutch, EscoSource(row.GetField("label_type")))
                {
                    Isco08 = row.GetField("isco08") is { Length: > 0 } isco ? isco : null,
                });
            }
        });
        return entries;
    }

    private static TitleVocabularyEntry English(string? text, string? onetSoc, TitleSource source) =>
        new(text ?? string.Empty, Soc2018(onetSoc), Language.English, source);

    // O*NET-SOC 2019 "15-1252.00" → SOC 2018 "15-1252".
    private static string Soc2018(string? onetSoc) =>
        onetSoc is { Length: >= 7 } ? onetSoc[..7] : throw new InvalidDataException($"Malformed O*NET-SOC code '{onetSoc}'.");

    private static TitleSource EscoSource(string? labelType) => labelType switch
    {
        "preferred" => TitleSource.EscoPreferred,
        "hidden" => TitleSource.EscoHidden,
        _ => TitleSource.EscoAlternative,
    };

    private static void Rows(string seedsPath, string file, Action<CsvReader> read)
    {
        using var reader = new StreamReader(Path.Combine(seedsPath, file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            read(csv);
        }
    }
}
