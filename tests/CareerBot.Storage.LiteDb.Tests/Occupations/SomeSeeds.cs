using CareerBot.Storage.LiteDb.Occupations;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>
/// Tiny seed files in the real column layout. Writers has every figure; Legislators has no Frey &amp; Osborne row;
/// Buyers (13-1021) is covered by BLS only as the aggregate 13-1020 (named in bls_ep_code); 11-9179 has no own O*NET code, only
/// sub-codes, and a Frey &amp; Osborne figure that is the mean of three "all other" groups. The mapping, Dutch and task files are in SomeSeeds.Dutch.cs.
/// </summary>
internal static partial class SomeSeeds
{
    public const string Scores = """
        soc2018,title,onetsoc_2019_codes,frey_osborne_prob,eloundou_gpt4_beta,bls_ep_change_pct_2024_34,oews_median_wage_2024,bls_ep_code
        27-3043,Writers and Authors,27-3043.00|27-3043.05,0.038,0.8771,3.6,72270,27-3043
        27-3041,Editors,27-3041.00,0.055,0.7,-4.2,75260,27-3041
        11-1031,Legislators,11-1031.00,,0.4,3.4,44810,11-1031
        13-1021,"Buyers and Purchasing Agents, Farm Products",13-1021.00,0.87,0.53,5.8,75650,13-1020
        11-9179,"Personal Service Managers, All Other",11-9179.01|11-9179.02,0.25,0.45,,,
        """;

    public const string FreyOsborne = """
        soc2018,soc2018_title,fo_probability_mean,fo_probability_min,fo_probability_max,n_fo_rows,fo_soc_codes,fo_titles,mapping_method
        27-3043,Writers and Authors,0.038,0.038,0.038,1,27-3043,Writers and authors,direct
        27-3041,Editors,0.055,0.055,0.055,1,27-3041,Editors,direct
        13-1021,"Buyers and Purchasing Agents, Farm Products",0.87,0.87,0.87,1,13-1021,"Buyers, farm products",direct
        11-9179,"Personal Service Managers, All Other",0.2333,0.22,0.25,3,15-1799|13-1199|11-9199,"Computer occupations, all other|Business operations specialists, all other|Managers, all other",aggregate-expanded
        """;

    public const string Eloundou = """
        O*NET-SOC Code,Title,dv_rating_alpha,dv_rating_beta,dv_rating_gamma,human_rating_alpha,human_rating_beta,human_rating_gamma
        27-3043.00,Writers and Authors,0.73,0.8653846153846154,1.0,0.61,0.80,1.0
        27-3043.05,"Poets, Lyricists and Creative Writers",0.88,0.8888888888888888,0.88,0.66,0.74,0.81
        27-3041.00,Editors,0.5,0.7,0.9,0.5,0.6,0.7
        11-1031.00,Legislators,0.1,0.4,0.6,0.2,0.5,0.8
        11-9179.01,Fitness and Wellness Managers,0.1,0.4,0.6,0.2,0.5,0.8
        11-9179.02,Spa Managers,0.1,0.5,0.6,0.2,0.5,0.8
        """;

    public const string OnetOccupations = """
        O*NET-SOC Code,Title,Description
        27-3043.00,Writers and Authors,"Originate and prepare written material, such as scripts, stories, advertisements, and other material."
        27-3043.05,"Poets, Lyricists and Creative Writers","Create original written works."
        27-3041.00,Editors,"Plan, coordinate, revise, or edit written material."
        11-1031.00,Legislators,"Develop, introduce, or enact laws and statutes."
        11-9179.01,Fitness and Wellness Managers,"Plan fitness programs."
        """;

    public const string OnetRelated = """
        O*NET-SOC Code,Title,Related O*NET-SOC Code,Related Title,Relatedness Tier,Index
        27-3043.00,Writers and Authors,11-1031.00,Legislators,Supplemental,11
        27-3043.00,Writers and Authors,27-3041.00,Editors,Primary-Short,1
        27-3043.00,Writers and Authors,27-3043.05,"Poets, Lyricists and Creative Writers",Primary-Short,2
        27-3043.00,Writers and Authors,99-9999.00,Not In The Store,Primary-Short,3
        27-3043.00,Writers and Authors,13-1021.00,Buyers,Primary-Long,5
        27-3043.05,"Poets, Lyricists and Creative Writers",27-3041.00,Editors,Primary-Short,1
        27-3043.05,"Poets, Lyricists and Creative Writers",11-9179.01,Fitness and Wellness Managers,Primary-Short,4
        """;

    public const string EscoToSoc = """
        conceptUri,esco_code,isco08,preferred_label_nl,preferred_label_en,onetsoc_2019_codes,soc2018_codes,match_via,primary_onetsoc_2019,primary_soc2018,primary_method
        http://e/1,2641.1,2641,schrijver,writer,27-3043.00,27-3043,esco_code,27-3043.00,27-3043,x
        http://e/2,2641.2,2641,speechschrijver,speech writer,27-3043.00,27-3043,esco_code,27-3043.00,27-3043,x
        http://e/3,2642.1,2642,redacteur,editor,27-3041.00|27-3043.00,27-3041|27-3043,esco_code,27-3041.00,27-3041,x
        http://e/4,2641.3,2641,blogger,blogger,27-3043.00,27-3043,esco_code,27-3043.00,27-3043,x
        http://e/5,9999.1,9999,zonder keuze,no pick,,,none,,,
        """;

    public const string BlsProjections = """
        soc2018,title,employment_2024,employment_2034,change_numeric,change_percent,annual_openings
        27-3043,Writers and authors,135400,140300,4900,3.6,13400
        27-3041,Editors,100000,95800,-4200,-4.2,8000
        11-1031,Legislators,27700,28600,900,3.4,2200
        13-1020,Buyers and purchasing agents,522200,552300,30100,5.8,52200
        """;

    public const string BlsWages = """
        soc2018,title,employment,annual_mean_wage,annual_median_wage,p10,p25,p75,p90
        27-3043,Writers and Authors,47800,85780,72270,41080,52890,98320,133680
        27-3041,Editors,90000,80000,75260,1,2,3,4
        11-1031,Legislators,26510,67390,,20380,29120,80350,137820
        13-1020,Buyers and Purchasing Agents,486900,81720,75650,46460,58670,99190,127520
        """;

    public const string Ilo = """
        isco08,title_en,title_nl_esco,major_group,n_tasks,mean_score_2023,sd_2023,gradient_2023,mean_score_2025,sd_2025,gradient_2025
        2641,Authors and Related Writers,Auteurs e.d.,2 - Professionals,6,0.68,0.08,Automation Potential,0.55,0.09,Exposed: Gradient 3
        7512,"Bakers, Pastry-cooks and Confectionery Makers",Bakkers en banketbakkers,7 - Craft,8,0.14,0.07,Not affected,0.17,0.08,Not Exposed
        1113,Traditional Chiefs,,1 - Managers,7,0.33,0.19,x,,0.1,
        """;

    public const string TitleOverrides = """
        text,language,soc,note
        tekstschrijver,nl,27-3043,reviewed
        copywriter,en,27-3043,an English override names nothing in Dutch
        """;

    public static readonly IReadOnlyList<(string Name, string Content)> Files =
    [
        (OccupationSeedFiles.Scores, Scores),
        (OccupationSeedFiles.FreyOsborne, FreyOsborne),
        (OccupationSeedFiles.Eloundou, Eloundou),
        (OccupationSeedFiles.OnetOccupations, OnetOccupations),
        (OccupationSeedFiles.OnetRelated, OnetRelated),
        (OccupationSeedFiles.EscoToSoc, EscoToSoc),
        (OccupationSeedFiles.BlsProjections, BlsProjections),
        (OccupationSeedFiles.BlsWages, BlsWages),
        (OccupationSeedFiles.Ilo, Ilo),
        (OccupationSeedFiles.TitleOverrides, TitleOverrides),
        (OccupationSeedFiles.FreyOsborneGroupsDutch, FreyOsborneGroupsDutch),
        (OccupationSeedFiles.IscoToSoc2010, IscoToSoc2010),
        (OccupationSeedFiles.Soc2010ToSoc2018, Soc2010ToSoc2018),
        (OccupationSeedFiles.SocTitlesDutch, SocTitlesDutch),
        (OccupationSeedFiles.IloTasks, IloTasks),
        (OccupationSeedFiles.IloTasksDutch, IloTasksDutch),
    ];
}
