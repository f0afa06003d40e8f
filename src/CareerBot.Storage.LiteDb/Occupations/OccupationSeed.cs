namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Everything one import writes: the occupation and ILO documents built from the seed files.</summary>
internal sealed record OccupationSeed(List<OccupationDocument> Occupations, List<IloExposureDocument> IloExposures)
{
    /// <summary>Joins the seed tables on SOC 2018 code. Nothing is filled from a neighbouring code: absent stays null.</summary>
    public static OccupationSeed Build(SeedFileSet files)
    {
        var spine = ScoreSeedReader.ReadOccupations(files.Table(OccupationSeedFiles.Scores));
        var known = spine.Select(x => x.Soc).ToHashSet(StringComparer.Ordinal);
        var freyOsborne = ScoreSeedReader.ReadFreyOsborne(files.Table(OccupationSeedFiles.FreyOsborne));
        var eloundou = ScoreSeedReader.ReadEloundou(files.Table(OccupationSeedFiles.Eloundou));
        var growth = ScoreSeedReader.ReadBls(files.Table(OccupationSeedFiles.BlsProjections), "change_percent");
        var wages = ScoreSeedReader.ReadBls(files.Table(OccupationSeedFiles.BlsWages), "annual_median_wage");
        var descriptions = OnetSeedReader.ReadDescriptions(files.Table(OccupationSeedFiles.OnetOccupations));
        var related = OnetSeedReader.ReadRelated(files.Table(OccupationSeedFiles.OnetRelated), known);
        var dutch = EscoSeedReader.ReadDutchTitles(
            files.Table(OccupationSeedFiles.EscoToSoc),
            files.Table(OccupationSeedFiles.TitleOverrides),
            spine.ToDictionary(x => x.Soc, x => x.Title, StringComparer.Ordinal));

        var occupations = spine.Select(x =>
        {
            var hasFo = freyOsborne.TryGetValue(x.Soc, out var fo);
            return new OccupationDocument
            {
                Id = x.Soc,
                Title = x.Title,
                DutchTitles = dutch.GetValueOrDefault(x.Soc) ?? [],
                Description = descriptions.GetValueOrDefault(x.Soc),
                AutomationProbability = hasFo ? fo.Probability : null,
                AutomationSourceCodes = hasFo ? fo.SourceCodes : [],
                GenAiExposure = eloundou.TryGetValue(x.Soc, out var beta) ? beta : null,
                GrowthPercent = growth.TryGetValue(x.Soc, out var percent) ? percent : null,
                MedianWage = wages.TryGetValue(x.Soc, out var wage) ? wage : null,
                RelatedSocs = related.GetValueOrDefault(x.Soc) ?? [],
            };
        }).ToList();

        return new OccupationSeed(occupations, EscoSeedReader.ReadIlo(files.Table(OccupationSeedFiles.Ilo)));
    }
}
