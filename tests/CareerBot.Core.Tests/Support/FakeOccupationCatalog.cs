using CareerBot.Core.Occupations;

namespace CareerBot.Core.Tests.Support;

/// <summary>A handful of occupations with made-up-but-plausible figures; real figures are pinned in the storage tests.</summary>
internal sealed class FakeOccupationCatalog : IOccupationCatalog
{
    private readonly Dictionary<string, Occupation> _occupations = new[]
    {
        new Occupation { Soc = "27-3043", Title = "Writers and Authors", DutchTitles = ["Schrijver"], AutomationProbability = 0.038, GenAiExposure = 0.865, GrowthPercent = 4, MedianWage = 72270, RelatedSocs = ["27-3041", "21-1013", "51-3011"] },
        new Occupation { Soc = "27-3041", Title = "Editors", DutchTitles = ["Redacteur"], AutomationProbability = 0.055, GenAiExposure = 0.8, RelatedSocs = ["27-3043", "51-3011"] },
        new Occupation { Soc = "51-3011", Title = "Bakers", DutchTitles = ["Bakker"], AutomationProbability = 0.89, GenAiExposure = 0.265, RelatedSocs = ["21-1013"] },
        new Occupation { Soc = "21-1013", Title = "Marriage and Family Therapists", AutomationProbability = 0.014, GenAiExposure = null, RelatedSocs = [] },
        new Occupation { Soc = "15-1232", Title = "Computer User Support Specialists", AutomationProbability = 0.65, GenAiExposure = 0.6, RelatedSocs = ["27-3041", "21-1013"] },
        new Occupation { Soc = "29-1141", Title = "Registered Nurses", AutomationProbability = 0.009, GenAiExposure = 0.3 },
        new Occupation { Soc = "13-2011", Title = "Accountants and Auditors", AutomationProbability = 0.94, GenAiExposure = 0.7 },
        new Occupation { Soc = "43-4051", Title = "Customer Service Representatives", AutomationProbability = null, GenAiExposure = 0.7 },
        new Occupation { Soc = "47-2111", Title = "Electricians", DutchTitles = ["Elektricien"], AutomationProbability = 0.15, GenAiExposure = 0.2 },
        new Occupation { Soc = "23-1011", Title = "Lawyers", DutchTitles = ["Advocaat"], AutomationProbability = 0.035, GenAiExposure = 0.425 },
    }.ToDictionary(o => o.Soc);

    private readonly Dictionary<string, IloExposure> _ilo = new[]
    {
        new IloExposure { Isco08 = "2641", TitleEnglish = "Authors and Related Writers", TitleDutch = "Auteurs e.d.", Score = 0.55, Gradient = "Exposed: Gradient 3" },
        new IloExposure { Isco08 = "7512", TitleEnglish = "Bakers, Pastry-cooks and Confectionery Makers", TitleDutch = "Bakkers en banketbakkers", Score = 0.17, Gradient = "Not Exposed" },
    }.ToDictionary(o => o.Isco08);

    public IReadOnlyList<Occupation> Occupations => [.. _occupations.Values];

    public Occupation? Find(string soc) => _occupations.GetValueOrDefault(soc);

    public IloExposure? FindIlo(string isco08) => _ilo.GetValueOrDefault(isco08);
}
