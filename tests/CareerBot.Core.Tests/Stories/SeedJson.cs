using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Core.Stories;

namespace CareerBot.Core.Tests.Stories;

/// <summary>Small valid story seeds for tests, changed through <see cref="JsonNode"/> before reading.</summary>
internal static class SeedJson
{
    public const string RealSeedPath = "seeds/stories.json";

    public static JsonObject Minimal() => new()
    {
        ["phrases"] = new JsonObject
        {
            ["before"] = Text("Before", "Eerst"),
            ["after"] = Text("After", "Daarna"),
            ["quoteNote"] = Text("(translated)", "(uit het artikel)"),
            ["contextTitle"] = Text("Context", "Context"),
        },
        ["stories"] = new JsonArray(Story("ann", "27-3043", "21-1013")),
        ["context"] = new JsonArray(),
    };

    public static JsonObject Story(string id, string fromSoc, string? toSoc, params string[] tags)
    {
        var story = new JsonObject
        {
            ["id"] = id,
            ["name"] = "Ann " + id,
            ["age"] = 40,
            ["fromSoc"] = fromSoc,
            ["fromJob"] = Text("writer", "schrijver"),
            ["whatHappened"] = Text("Something happened.", "Er gebeurde iets."),
            ["tags"] = new JsonArray([.. tags.Select(t => JsonValue.Create(t))]),
            ["quotes"] = new JsonArray(Text("Quote", "Citaat")),
            ["source"] = Text("Source: test", "Bron: test"),
        };
        if (toSoc is not null)
        {
            story["toSoc"] = toSoc;
            story["toJob"] = Text("therapist", "therapeut");
        }

        return story;
    }

    public static JsonObject Text(string en, string nl) => new() { ["en"] = en, ["nl"] = nl };

    public static StorySeed Read(JsonNode document) => Read(document.ToJsonString());

    public static StorySeed Read(string json) => StorySeedReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    public static StoryTeller Teller(Func<string, IReadOnlyList<string>>? relatedOf, params JsonObject[] stories)
    {
        var document = Minimal();
        document["stories"] = new JsonArray([.. stories]);
        return new StoryTeller(Read(document), relatedOf ?? (_ => []));
    }
}
