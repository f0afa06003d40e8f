namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Everything one import writes: the occupation and ILO documents built from the seed files.</summary>
internal sealed record OccupationSeed(List<OccupationDocument> Occupations, List<IloExposureDocument> IloExposures)
{
    /// <summary>
    /// Joins the seed tables on SOC 2018 code. Nothing is filled from a neighbouring code: absent stays null. Where a figure
    /// was published only for a wider group (BLS growth and wage, see <see cref="BlsGroups"/>; Frey &amp; Osborne, see
    /// <see cref="AutomationGroups"/>), the occupation carries that group's figure and the group's name, to be said with it.
    /// </summary>
    public static OccupationSeed Build(SeedFileSet files)
    {
        var spine = ScoreSeedReader.ReadOccupations(files.Table(OccupationSeedFiles.Scores));
        var titles = spine.ToDictionary(x => x.Soc, x => x.Title, StringComparer.Ordinal);
        var freyOsborne = ScoreSeedReader.ReadFreyOsborne(files.Table(OccupationSeedFiles.FreyOsborne));
        var automationGroups = AutomationGroups.Read(
            files.Table(OccupationSeedFiles.FreyOsborne),
            files.Table(OccupationSeedFiles.Soc2010ToSoc2018),
            files.Table(OccupationSeedFiles.FreyOsborneGroupsDutch),
            titles);
        var eloundou = ScoreSeedReader.ReadEloundou(files.Table(OccupationSeedFiles.Eloundou));
        var bls = BlsGroups.Read(
            files.Table(OccupationSeedFiles.BlsProjections), files.Table(OccupationSeedFiles.BlsWages), files.Table(OccupationSeedFiles.Scores), titles.Keys);
        var descriptions = OnetSeedReader.ReadDescriptions(files.Table(OccupationSeedFiles.OnetOccupations));
        var related = OnetSeedReader.ReadRelated(files.Table(OccupationSeedFiles.OnetRelated), titles.Keys.ToHashSet(StringComparer.Ordinal));
        var dutch = EscoSeedReader.ReadDutchTitles(files.Table(OccupationSeedFiles.EscoToSoc), files.Table(OccupationSeedFiles.TitleOverrides), titles);
        var englishTitles = new Dictionary<string, string>(bls.Titles, StringComparer.Ordinal);
        foreach (var (soc, title) in titles)
        {
            englishTitles[soc] = title;
        }

        var labels = DutchSocTitles.Read(files.Table(OccupationSeedFiles.SocTitlesDutch), englishTitles);
        var isco = IscoMapping.Read(
            files.Table(OccupationSeedFiles.EscoToSoc), files.Table(OccupationSeedFiles.IscoToSoc2010), files.Table(OccupationSeedFiles.Soc2010ToSoc2018));

        var occupations = spine.Select(x =>
        {
            var hasFo = freyOsborne.TryGetValue(x.Soc, out var fo);
            var hasGroup = automationGroups.TryGetValue(x.Soc, out var group);
            var blsCode = bls.CodeFor(x.Soc);
            return new OccupationDocument
            {
                Id = x.Soc,
                Title = x.Title,
                DutchTitles = dutch.GetValueOrDefault(x.Soc) ?? [],
                DutchLabel = labels.GetValueOrDefault(x.Soc),
                IscoCodes = isco.GetValueOrDefault(x.Soc) ?? [],
                Description = descriptions.GetValueOrDefault(x.Soc),
                AutomationProbability = hasFo ? fo.Probability : null,
                AutomationSourceCodes = hasFo ? fo.SourceCodes : [],
                AutomationGroupTitle = hasGroup ? group.English : null,
                AutomationGroupTitleDutch = hasGroup ? group.Dutch : null,
                GenAiExposure = eloundou.TryGetValue(x.Soc, out var beta) ? beta : null,
                GrowthPercent = bls.Growth.TryGetValue(blsCode, out var percent) ? percent : null,
                MedianWage = bls.Wages.TryGetValue(blsCode, out var wage) ? wage : null,
                BlsGroupTitle = blsCode == x.Soc ? null : bls.Titles.GetValueOrDefault(blsCode) ?? blsCode,
                BlsGroupTitleDutch = blsCode == x.Soc ? null : labels.GetValueOrDefault(blsCode),
                RelatedSocs = related.GetValueOrDefault(x.Soc) ?? [],
            };
        }).ToList();

        var tasks = IloTaskReader.Read(files.Table(OccupationSeedFiles.IloTasks), files.Table(OccupationSeedFiles.IloTasksDutch));
        var ilo = EscoSeedReader.ReadIlo(files.Table(OccupationSeedFiles.Ilo));
        ilo.ForEach(group => group.Tasks = tasks.GetValueOrDefault(group.Id) ?? []);
        return new OccupationSeed(occupations, ilo);
    }
}
