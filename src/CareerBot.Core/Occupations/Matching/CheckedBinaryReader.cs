namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Reads the parts of a <see cref="TitleIndexFormat"/> stream, refusing counts larger than the bytes left and ids out of
/// range, so damaged data fails at once with <see cref="InvalidDataException"/> rather than allocating or indexing wildly.
/// </summary>
internal sealed class CheckedBinaryReader(BinaryReader reader, Stream stream)
{
    public int Int() => reader.ReadInt32();

    public float Float() => reader.ReadSingle();

    public bool Bool() => reader.ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("The title index holds an invalid flag."),
    };

    /// <summary>A count of elements of at least <paramref name="minElementBytes"/> bytes each, which must fit in what is left.</summary>
    public int Count(int minElementBytes)
    {
        var count = reader.ReadInt32();
        if (count < 0 || (stream.CanSeek && count > (stream.Length - stream.Position) / minElementBytes))
        {
            throw new InvalidDataException($"The title index claims {count} elements where fewer fit.");
        }

        return count;
    }

    /// <summary>An id below <paramref name="limit"/>, or -1 for none.</summary>
    public int Id(int limit)
    {
        var id = reader.ReadInt32();
        return id >= -1 && id < limit ? id : throw new InvalidDataException($"The title index holds id {id} where {limit} exist.");
    }

    public string[] Strings()
    {
        var values = new string[Count(1)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    public float[] Floats(int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    /// <summary><paramref name="count"/> ids, each below <paramref name="limit"/> and none missing.</summary>
    public int[] Ids(int count, int limit)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadInt32();
            values[i] = (uint)id < (uint)limit ? id : throw new InvalidDataException($"The title index holds id {id} where {limit} exist.");
        }

        return values;
    }

    public void ExpectEnd()
    {
        if (stream.ReadByte() != -1)
        {
            throw new InvalidDataException("The title index has data after its end.");
        }
    }
}
