using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class TitleMatcherPersistenceTests
{
    private static readonly string[] Queries =
    [
        "illustrator", "I'm a freelance illustrator", "ILLUSTRATORS", "electrican", "elektriciën", "acountant", "ik werk als hovenier",
        "softwaretester", "software ontwikkelaar", "senior software developer", "developer of software", "redacteur", "Caissière",
        "leraar basisschool", "I like pizza", "pizza cook", "bookstore", "hello", "asdfgh", "",
    ];

    [Fact]
    public void Load_SavedIndex_MatchesExactlyAsTheBuiltMatcher()
    {
        var built = new TitleMatcher(Some.Vocabulary());

        var sut = TitleMatcher.Load(new MemoryStream(Saved(built)));

        Assert.All(Queries, query => Assert.Equal(built.Match(query, 5), sut.Match(query, 5)));
    }

    [Fact]
    public void Save_LoadedIndex_WritesTheSameBytes()
    {
        var saved = Saved(new TitleMatcher(Some.Vocabulary()));
        var sut = TitleMatcher.Load(new MemoryStream(saved));

        var again = Saved(sut);

        Assert.Equal(saved, again);
    }

    [Fact]
    public void Load_AnyTruncation_ThrowsInvalidData()
    {
        var saved = Saved(new TitleMatcher(Some.Vocabulary()));

        for (var length = 0; length < saved.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => TitleMatcher.Load(new MemoryStream(saved, 0, length)));
        }
    }

    [Fact]
    public void Load_AnyByteChanged_LoadsOrThrowsInvalidDataButNothingElse()
    {
        var saved = Saved(new TitleMatcher(Some.Vocabulary()));

        for (var position = 0; position < saved.Length; position++)
        {
            var damaged = (byte[])saved.Clone();
            damaged[position] ^= 0xFF;
            var exception = Record.Exception(() => TitleMatcher.Load(new MemoryStream(damaged)));
            Assert.True(exception is null or InvalidDataException, $"byte {position}: {exception}");
        }
    }

    [Fact]
    public void Load_DataAfterTheIndex_ThrowsInvalidData()
    {
        var saved = Saved(new TitleMatcher(Some.Vocabulary()));

        var exception = Record.Exception(() => TitleMatcher.Load(new MemoryStream([.. saved, 0])));

        Assert.IsType<InvalidDataException>(exception);
    }

    [Fact]
    public void Load_CountLargerThanTheData_ThrowsInvalidDataBeforeAllocating()
    {
        using var data = new MemoryStream();
        using (var writer = new BinaryWriter(data, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x49544243);
            writer.Write(1);
            writer.Write(int.MaxValue);
        }

        data.Position = 0;

        Assert.Throws<InvalidDataException>(() => TitleMatcher.Load(data));
    }

    [Fact]
    public void Load_NotAnIndex_ThrowsInvalidData()
    {
        var text = "O*NET-SOC Code,Title\n"u8.ToArray();

        Assert.Throws<InvalidDataException>(() => TitleMatcher.Load(new MemoryStream(text)));
    }

    private static byte[] Saved(TitleMatcher matcher)
    {
        using var stream = new MemoryStream();
        matcher.Save(stream);
        return stream.ToArray();
    }
}
