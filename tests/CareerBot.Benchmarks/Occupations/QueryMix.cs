namespace CareerBot.Benchmarks.Occupations;

/// <summary>A realistic mix of what people type: plain titles, chat sentences, typos, Dutch, compounds, nonsense.</summary>
public static class QueryMix
{
    public static readonly string[] All =
    [
        "nurse", "teacher", "software developer", "accountant", "truck driver", "illustrator", "cashier", "electrician",
        "I'm a freelance illustrator", "I work in a bookshop", "I work as a nurse in a hospital", "I drive a truck",
        "electrican", "acountant", "plummer", "carpentor", "progammeur", "loodgietr",
        "ik werk als hovenier", "verpleegkundige", "ik ben docent", "vrachtwagenchauffeur", "softwaretester",
        "software ontwikkelaar", "maatschappelijk werker", "klantenservicemedewerker", "magazijnmedewerker",
        "senior project manager", "medewerker", "manager", "operator", "assistant",
        "hello", "asdfgh", "I don't know", "🙂", "chimney sweep", "harbour master", "air traffic controller",
    ];

    /// <summary>A smaller sample for the per-query BenchmarkDotNet cases.</summary>
    public static readonly string[] Sample =
    [
        "nurse", "I'm a freelance illustrator", "electrican", "ik werk als hovenier", "softwaretester", "medewerker", "manager", "asdfgh",
    ];
}
