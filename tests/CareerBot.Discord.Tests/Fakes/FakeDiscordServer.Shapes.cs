using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// JSON bodies checked as Discord checks them (discord-api-docs @ c98d64bc, application-commands.mdx and
/// receiving-and-responding.mdx), refused with 400 Invalid Form Body before any handler sees them: the command bulk
/// overwrite (names 1–32 lowercase, descriptions 1–100, ≤ 25 options and choices, no <c>autocomplete</c> beside
/// <c>choices</c>, <c>integration_types</c> 0–1, <c>contexts</c> 0–2) and an autocomplete answer (callback type 8:
/// ≤ 25 choices, names 1–100, string values ≤ 100).
/// </summary>
public sealed partial class FakeDiscordServer
{
    private static FakeResponse? CheckShape(string method, string path, string body)
    {
        JsonNode? root;
        try
        {
            root = body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null; // not this check's business
        }

        var errors = new JsonObject();
        if (method == "PUT" && path.EndsWith("/commands", StringComparison.Ordinal) && root is JsonArray commands)
        {
            for (var i = 0; i < commands.Count; i++)
            {
                CheckCommand(commands[i] as JsonObject ?? [], Key(i), errors);
            }
        }
        else if (method == "POST" && path.StartsWith("interactions/", StringComparison.Ordinal) && root?["type"]?.GetValue<int>() == 8)
        {
            CheckChoices(root["data"]?["choices"] as JsonArray ?? [], "data.choices", errors);
        }

        return errors.Count == 0 ? null : InvalidFormBody(errors);
    }

    private static void CheckCommand(JsonObject command, string at, JsonObject errors)
    {
        var name = command["name"]?.GetValue<string>() ?? "";
        Require(name.Length is >= 1 and <= 32 && !name.Any(char.IsUpper), at + ".name", "Invalid command name", errors);
        Require(Length(command["description"]) is >= 1 and <= 100, at + ".description", "Must be between 1 and 100 in length", errors);
        Require(Ints(command["integration_types"]).All(t => t is 0 or 1), at + ".integration_types", "Value is not a valid enum value", errors);
        Require(Ints(command["contexts"]).All(c => c is 0 or 1 or 2), at + ".contexts", "Value is not a valid enum value", errors);
        CheckOptions(command["options"] as JsonArray ?? [], at + ".options", errors);
    }

    private static void CheckOptions(JsonArray options, string at, JsonObject errors)
    {
        Require(options.Count <= 25, at, "Must be 25 or fewer in length", errors);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i] as JsonObject ?? [];
            var here = at + Key(i);
            Require(Length(option["description"]) is >= 1 and <= 100, here + ".description", "Must be between 1 and 100 in length", errors);
            var autocomplete = option["autocomplete"]?.GetValue<bool>() == true;
            Require(!autocomplete || option["choices"] is null, here + ".autocomplete", "Autocomplete options may not have choices", errors);
            Require(!autocomplete || option["type"]?.GetValue<int>() is 3 or 4 or 10, here + ".autocomplete", "Autocomplete is only for string, integer and number options", errors);
            CheckChoices(option["choices"] as JsonArray ?? [], here + ".choices", errors);
            CheckOptions(option["options"] as JsonArray ?? [], here + ".options", errors);
        }
    }

    private static void CheckChoices(JsonArray choices, string at, JsonObject errors)
    {
        Require(choices.Count <= 25, at, "Must be 25 or fewer in length", errors);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i] as JsonObject ?? [];
            Require(Length(choice["name"]) is >= 1 and <= 100, at + Key(i) + ".name", "Must be between 1 and 100 in length", errors);
            Require(choice["value"] is JsonValue value && (value.GetValueKind() != JsonValueKind.String || Length(value) <= 100), at + Key(i) + ".value", "Must be 100 or fewer in length", errors);
        }
    }

    private static void Require(bool holds, string at, string message, JsonObject errors)
    {
        if (!holds)
        {
            errors[at] = Errors("BASE_TYPE_BAD_LENGTH", message);
        }
    }

    // Discord counts characters; a string of surrogate pairs is shorter than its UTF-16 length, so this is the stricter count.
    private static int Length(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Length : 0;

    private static IEnumerable<int> Ints(JsonNode? node) => (node as JsonArray ?? []).Select(n => n?.GetValue<int>() ?? -1);

    private static string Key(int i) => "." + i.ToString(CultureInfo.InvariantCulture);
}
