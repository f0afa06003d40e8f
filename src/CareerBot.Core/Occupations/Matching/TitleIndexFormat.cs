using System.Text;

namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// The binary form of a built <see cref="TitleIndex"/>: exactly what the builder computed (tokens, weights, postings, titles,
/// occupations), so loading it skips the seed files and the build. Every count and id is checked while reading: damaged
/// data fails with <see cref="InvalidDataException"/> instead of yielding a different matcher.
/// </summary>
internal static class TitleIndexFormat
{
    // "CBTI" and the layout's version: bump it whenever the layout below changes.
    private const int Magic = 0x49544243;
    private const int Version = 1;

    // Weight, trust, occupation, head, second head, names-worker flag, ISCO id.
    private const int TitleBytes = (6 * sizeof(int)) + 1;

    public static void Write(TitleIndex index, Stream destination)
    {
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        WriteStrings(writer, index.Socs);
        WriteStrings(writer, index.SocTitles);
        var iscos = index.TitleIsco.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var iscoIds = iscos.Select((isco, id) => (isco, id)).ToDictionary(x => x.isco, x => x.id, StringComparer.Ordinal);
        WriteStrings(writer, iscos);
        WriteStrings(writer, index.Tokens);
        writer.Write(index.Titles.Length);
        for (var title = 0; title < index.Titles.Length; title++)
        {
            var info = index.Titles[title];
            writer.Write(info.Weight);
            writer.Write(info.Trust);
            writer.Write(info.Soc);
            writer.Write(info.Head);
            writer.Write(info.SecondHead);
            writer.Write(info.NamesWorker);
            writer.Write(index.TitleIsco[title] is { } isco ? iscoIds[isco] : -1);
        }

        WriteFloats(writer, index.TokenWeights);
        WriteFloats(writer, index.HeadShare);
        foreach (var posting in index.Postings)
        {
            writer.Write(posting.Length);
            foreach (var title in posting)
            {
                writer.Write(title);
            }
        }

        writer.Write(index.UnknownWeight);
    }

    /// <summary>Reads an index written by <see cref="Write"/>; the stream must end where the index ends.</summary>
    public static TitleIndex Read(Stream source)
    {
        try
        {
            using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
            return Read(new CheckedBinaryReader(reader, source));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The title index ends early.", ex);
        }
        catch (Exception ex) when (ex is IOException or FormatException or ArgumentException)
        {
            // A bad string length (IOException, FormatException) or a repeated token (ArgumentException).
            throw new InvalidDataException("The title index holds an invalid value.", ex);
        }
    }

    private static TitleIndex Read(CheckedBinaryReader reader)
    {
        if (reader.Int() != Magic || reader.Int() != Version)
        {
            throw new InvalidDataException("Not a title index of this version.");
        }

        var socs = reader.Strings();
        var socTitles = reader.Strings();
        if (socTitles.Length != socs.Length)
        {
            throw new InvalidDataException("The title index names a different number of occupations than it has.");
        }

        var iscos = reader.Strings();
        var tokens = reader.Strings();
        var tokenIds = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var id = 0; id < tokens.Length; id++)
        {
            // Add throws on a repeated token, which a built index never has.
            tokenIds.Add(tokens[id], id);
        }

        var titles = new TitleInfo[reader.Count(TitleBytes)];
        var titleIsco = new string?[titles.Length];
        for (var title = 0; title < titles.Length; title++)
        {
            var (weight, trust) = (reader.Float(), reader.Float());
            var soc = reader.Id(socs.Length);
            titles[title] = new TitleInfo(weight, trust, soc >= 0 ? soc : throw new InvalidDataException("A title of the index has no occupation."),
                reader.Id(tokens.Length), reader.Id(tokens.Length), reader.Bool());
            var isco = reader.Id(iscos.Length);
            titleIsco[title] = isco < 0 ? null : iscos[isco];
        }

        var weights = reader.Floats(tokens.Length);
        var heads = reader.Floats(tokens.Length);
        var postings = new int[tokens.Length][];
        for (var token = 0; token < tokens.Length; token++)
        {
            postings[token] = reader.Ids(reader.Count(sizeof(int)), titles.Length);
        }

        var unknownWeight = reader.Float();
        reader.ExpectEnd();
        return new TitleIndex
        {
            TokenIds = tokenIds,
            Tokens = tokens,
            TokenWeights = weights,
            HeadShare = heads,
            Postings = postings,
            Titles = titles,
            TitleIsco = titleIsco,
            Socs = socs,
            SocTitles = socTitles,
            Fuzzy = FuzzyTokenLookup.InBackground(tokens),
            UnknownWeight = unknownWeight,
        };
    }

    private static void WriteStrings(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}
