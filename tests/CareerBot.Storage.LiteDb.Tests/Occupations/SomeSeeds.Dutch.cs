namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>
/// The ISCO crosswalks, our Dutch names and the ILO tasks for the tiny seeds. Writers: ESCO and the official crosswalk agree
/// on 2641; Editors: both name 2642 and only the crosswalk 2641; Legislators and Buyers: the crosswalk alone; 11-9179: nothing.
/// </summary>
internal static partial class SomeSeeds
{
    public const string IscoToSoc2010 = """
        isco2008,isco2008_title,soc2010,soc2010_title
        1111,Legislators,11-1031,Legislators
        2641,Authors and related writers,27-3043,Writers and Authors
        2641,Authors and related writers,27-3041,Editors
        2642,Journalists,27-3041,Editors
        3323,Buyers,13-1021,"Buyers and Purchasing Agents, Farm Products"
        211,Physical and earth science professionals,27-3043,Writers and Authors
        """;

    public const string Soc2010ToSoc2018 = """
        soc2010,soc2010_title,soc2018,soc2018_title
        11-1031,Legislators,11-1031,Legislators
        27-3043,Writers and Authors,27-3043,Writers and Authors
        27-3041,Editors,27-3041,Editors
        13-1021,"Buyers and Purchasing Agents, Farm Products",13-1021,"Buyers and Purchasing Agents, Farm Products"
        13-1199,"Business Operations Specialists, All Other",13-1199,"Business Operations Specialists, All Other"
        13-1199,"Business Operations Specialists, All Other",13-1082,Project Management Specialists
        11-9199,"Managers, All Other",11-9199,"Managers, All Other"
        11-9199,"Managers, All Other",11-9179,"Personal Service Managers, All Other"
        """;

    public const string FreyOsborneGroupsDutch = """
        soc2010,title_en,title_nl
        11-9199,"Managers, all other","managers, overig"
        13-1199,"Business operations specialists, all other","specialisten bedrijfsvoering, overig"
        15-1799,"Computer occupations, all other","ict-beroepen, overig"
        """;

    public const string SocTitlesDutch = """
        code,kind,title_en,title_nl
        27-3043,detailed,Writers and Authors,schrijvers en auteurs
        27-3041,detailed,Editors,redacteuren
        11-1031,detailed,Legislators,wetgevers
        13-1021,detailed,"Buyers and Purchasing Agents, Farm Products",inkopers van landbouwproducten
        13-1020,bls-group,Buyers and purchasing agents,inkopers
        27-0000,major,"Arts, Design, Entertainment, Sports, and Media Occupations","beroepen in kunst, ontwerp, amusement, sport en media"
        """;

    public const string IloTasks = """
        isco08,task_id,task,score_2023,score_2025,score_2025_source
        2641,1,"Conceiving, writing and editing novels;",0.5,0.445,predicted
        2641,2,Conducting research;,0.6,0.55,predicted
        2641,3,Writing scripts;,0.5,0.43,predicted
        2641,4,Analysing material and creating technical documentation;,0.6,0.625,predicted
        2641,5,Writing brochures;,0.6,0.56,predicted
        2641,6,"Selecting material for publication, checking the author‚Äôs style;",0.7,0.6625,predicted
        7512,1,Making bread;,0.1,0.14,predicted
        """;

    public const string IloTasksDutch = """
        isco08,task_id,task_en,task_nl
        2641,6,"Selecting material for publication, checking the author‚Äôs style;","materiaal selecteren voor publicatie, de stijl van de auteur controleren"
        2641,4,Analysing material and creating technical documentation;,materiaal analyseren en technische documentatie maken
        """;
}
