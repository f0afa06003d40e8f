using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Core.Stories;

namespace CareerBot.Core.Tests.Stories;

public sealed class StorySeedReaderTests
{
    [Fact]
    public void Read_MinimalSeed_MapsEveryField()
    {
        var result = SeedJson.Read(SeedJson.Minimal());

        var story = Assert.Single(result.Stories);
        Assert.Equal(("ann", "27-3043", "21-1013"), (story.Id, story.FromSoc, story.ToSoc));
        Assert.Equal(new LocalizedText("writer", "schrijver"), story.FromJob);
        Assert.Equal(new StoryQuote("Citaat", "Quote"), Assert.Single(story.Quotes));
        Assert.Equal("Eerst", result.Phrases.Before.Dutch);
    }

    [Fact]
    public void Read_DuplicateIds_ThrowsNamingTheId()
    {
        var document = SeedJson.Minimal();
        document["stories"]!.AsArray().Add(SeedJson.Story("ann", "27-3041", null));

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains("duplicate id 'ann'", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whatHappened", "nl", "'whatHappened' has no Dutch (nl) text")]
    [InlineData("fromJob", "en", "'fromJob' has no English (en) text")]
    [InlineData("source", "nl", "'source' has no Dutch (nl) text")]
    public void Read_MissingTranslation_ThrowsNamingFieldAndLanguage(string field, string language, string expected)
    {
        var document = SeedJson.Minimal();
        document["stories"]![0]![field]!.AsObject().Remove(language);

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains("story #1 ('ann'): " + expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fromSoc", "27-304")]
    [InlineData("fromSoc", "273043")]
    [InlineData("toSoc", "27-3043.00")]
    [InlineData("toSoc", "Writers")]
    public void Read_BadSocFormat_ThrowsNamingTheValue(string field, string value)
    {
        var document = SeedJson.Minimal();
        document["stories"]![0]![field] = value;

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains($"'{field}' value '{value}' is not a SOC 2018 detailed code", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"x\"}", "'fromSoc' is missing")]
    [InlineData("{\"id\":\"Bad Id\",\"fromSoc\":\"27-3043\"}", "id must be lower-case")]
    public void Read_IncompleteStory_ListsEveryProblem(string storyJson, string expected)
    {
        var document = SeedJson.Minimal();
        document["stories"]!.AsArray().Add(JsonNode.Parse(storyJson));

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'whatHappened' is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("needs a 'name' or", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherProblems_AreNamedClearly()
    {
        var document = SeedJson.Minimal();
        var story = document["stories"]![0]!.AsObject();
        story["tags"] = new JsonArray("paycut");
        story["age"] = 7;
        story["quotes"] = new JsonArray(SeedJson.Text("a", "b"), SeedJson.Text("c", "d"), SeedJson.Text("e", "f"));
        story.Remove("toJob");
        document.Remove("phrases");

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains("unknown tag 'paycut' (known: pay-cut,", ex.Message, StringComparison.Ordinal);
        Assert.Contains("age 7 is not plausible", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2 quotes, found 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'toJob' is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("phrases: 'before' is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_ThrowsSoTyposFailLoudly()
    {
        var document = SeedJson.Minimal();
        document["stories"]![0]!["whatHapened"] = SeedJson.Text("x", "y");

        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(document));

        Assert.Contains("whatHapened", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"stories\": 42}")]
    [InlineData("{\"stories\": [null]}")]
    [InlineData("<stories><story/></stories>")]
    [InlineData("{\"stories\": [{\"id\": \"🙂\"}]}")]
    public void Read_GarbageOrEmpty_ThrowsInvalidDataWithSourceName(string json)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SeedJson.Read(json));

        Assert.StartsWith("test.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryBytes_ThrowsInvalidData()
    {
        var bytes = Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256)).ToArray();
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"about\":\"x\"}").Concat(bytes).ToArray();
        var utf8InString = Encoding.UTF8.GetBytes("{\"about\":\"").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        Assert.Throws<InvalidDataException>(() => StorySeedReader.Read(new MemoryStream(bytes), "bin"));
        Assert.Throws<InvalidDataException>(() => StorySeedReader.Read(new MemoryStream(invalidUtf8), "bin"));
        Assert.Throws<InvalidDataException>(() => StorySeedReader.Read(new MemoryStream(utf8InString), "bin"));
    }

    [Fact]
    public void Read_MissingFile_SaysWhereItLooked()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => StorySeedReader.Read("seeds/no-such-stories.json"));

        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "seeds/no-such-stories.json"), ex.Message, StringComparison.Ordinal);
    }
}
