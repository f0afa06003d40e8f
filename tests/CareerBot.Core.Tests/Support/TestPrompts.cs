using CareerBot.Core.Discussions;

namespace CareerBot.Core.Tests.Support;

/// <summary>Small prompt catalogs built from prompt-file text, as the real files are.</summary>
internal static class TestPrompts
{
    public static PromptCatalog Catalog(int count) =>
        PromptCatalog.Load(Enumerable.Range(1, count).Select(i => File($"prompt-{i:D2}", PromptThemes.All[i % PromptThemes.All.Count])));

    public static PromptSource File(string id, string theme = "retraining", string en = "", string nl = "") =>
        new($"{id}.md", $"---\nid: {id}\ntheme: {theme}\n---\n\n## en\n{(en.Length > 0 ? en : "English text of " + id + ".")}\n\n## nl\n{(nl.Length > 0 ? nl : "Nederlandse tekst van " + id + ".")}\n");
}
