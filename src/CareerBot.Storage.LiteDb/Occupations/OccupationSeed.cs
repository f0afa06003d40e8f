namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Everything one import writes: the occupation and ILO documents built from the seed files.</summary>
internal sealed record OccupationSeed(List<OccupationDocument> Occupations, List<IloExposureDocument> IloExposures)
{
    /// <summary>
    /// Joins the seed tables on SOC 2018 code. Nothing is filled from a neighbouring code: absent stays null. The one
    /// exception is said with the figures: where BLS publishes growth and wage only for a wider group (its code in the
    /// scores file's bls_ep_code, or the one BLS code of the SOC broad group that is no SOC occupation itself), the
    /// occupation carries that group's figures and its title.
    /// </summary>
    public static OccupationSeed Build(SeedFileSet files)
    {
        var spine = ScoreSeedReader.ReadOccupations(files.Table(OccupationSeedFiles.Scores));
        var known = spine.Select(x => x.Soc).ToHashSet(StringComparer.Ordinal);
        var freyOsborne = ScoreSeedReader.ReadFreyOsborne(files.Table(OccupationSeedFiles.FreyOsborne));
        var eloundou = ScoreSeedReader.ReadEloundou(files.Table(OccupationSeedFiles.Eloundou));
        var growth = ScoreSeedReader.ReadBls(files.Table(OccupationSeedFiles.BlsProjections), "change_percent");
        var wages = ScoreSeedReader.ReadBls(files.Table(OccupationSeedFiles.BlsWages), "annual_median_wage");
        var blsGroups = ScoreSeedReader.ReadBlsTitles(files.Table(OccupationSeedFiles.BlsProjections));
        var blsCodes = ScoreSeedReader.ReadBlsCodes(files.Table(OccupationSeedFiles.Scores));
        string BlsCodeFor(string soc)
        {
            if (growth.ContainsKey(soc) || wages.ContainsKey(soc))
            {
                return soc;
            }

            if (blsCodes.GetValueOrDefault(soc) is { Length: > 0 } listed && (growth.ContainsKey(listed) || wages.ContainsKey(listed)))
            {
                return listed;
            }

            var broad = soc.Length >= 6 ? soc[..6] : soc;
            var groups = growth.Keys.Concat(wages.Keys)
                .Where(code => code.StartsWith(broad, StringComparison.Ordinal) && !known.Contains(code))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return groups.Count == 1 ? groups[0] : soc;
        }

        var descriptions = OnetSeedReader.ReadDescriptions(files.Table(OccupationSeedFiles.OnetOccupations));
        var related = OnetSeedReader.ReadRelated(files.Table(OccupationSeedFiles.OnetRelated), known);
        var dutch = EscoSeedReader.ReadDutchTitles(
            files.Table(OccupationSeedFiles.EscoToSoc),
            files.Table(OccupationSeedFiles.TitleOverrides),
            spine.ToDictionary(x => x.Soc, x => x.Title, StringComparer.Ordinal));

        var occupations = spine.Select(x =>
        {
            var hasFo = freyOsborne.TryGetValue(x.Soc, out var fo);
            var bls = BlsCodeFor(x.Soc);
            return new OccupationDocument
            {
                Id = x.Soc,
                Title = x.Title,
                DutchTitles = dutch.GetValueOrDefault(x.Soc) ?? [],
                Description = descriptions.GetValueOrDefault(x.Soc),
                AutomationProbability = hasFo ? fo.Probability : null,
                AutomationSourceCodes = hasFo ? fo.SourceCodes : [],
                GenAiExposure = eloundou.TryGetValue(x.Soc, out var beta) ? beta : null,
                GrowthPercent = growth.TryGetValue(bls, out var percent) ? percent : null,
                MedianWage = wages.TryGetValue(bls, out var wage) ? wage : null,
                BlsGroupTitle = bls == x.Soc ? null : blsGroups.GetValueOrDefault(bls) ?? bls,
                RelatedSocs = related.GetValueOrDefault(x.Soc) ?? [],
            };
        }).ToList();

        return new OccupationSeed(occupations, EscoSeedReader.ReadIlo(files.Table(OccupationSeedFiles.Ilo)));
    }
}
