using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>
/// Fields of study, English and Dutch, and the occupation they most often lead to ("rechten" → Lawyers, "pabo" → primary
/// teachers): a student names a subject, not a job title. Only unambiguous fields are listed; others go to the matcher.
/// </summary>
internal static class StudyFields
{
    private static readonly (string Soc, Regex Pattern)[] Fields =
    [
        ("23-1011", Build(@"law", @"rechten", @"rechtsgeleerdheid", @"\w*rechten ?student", @"law (?:school|degree|student)", @"llb")),
        ("29-1141", Build(@"nursing", @"verpleegkunde", @"hbo ?v", @"student nurse", @"verpleegkund\w*")),
        ("15-1252", Build(@"comp(?:uter)? ?sci(?:ence)?", @"informatica", @"software engineering", @"computing")),
        ("19-3033", Build(@"psychology", @"psychologie")),
        ("19-2031", Build(@"chemistry", @"scheikunde")),
        ("29-1215", Build(@"medicine", @"med school", @"med student", @"geneeskunde", @"medical school")),
        ("27-3023", Build(@"journalism", @"journalistiek")),
        ("27-1024", Build(@"graphic design", @"grafisch ontwerp\w*", @"communicatie en multimedia design", @"cmd")),
        ("15-2051", Build(@"data science", @"datascience")),
        ("25-2021", Build(@"pabo", @"pgce", @"primary (?:education|teaching)", @"lerarenopleiding", @"teacher training", @"education degree")),
        ("13-1111", Build(@"bedrijfskunde", @"business (?:administration|studies|management)", @"\bmba\b")),
        ("19-3011", Build(@"economics", @"economie", @"econometrics", @"econometrie")),
        ("13-2011", Build(@"accounting", @"accountancy", @"bedrijfseconomie")),
        ("17-1011", Build(@"architecture", @"architectuur", @"bouwkunde")),
        ("17-2051", Build(@"civil engineering", @"civiele techniek")),
        ("17-2071", Build(@"electrical engineering", @"elektrotechniek")),
        ("17-2141", Build(@"mechanical engineering", @"werktuigbouw\w*")),
        ("13-1161", Build(@"marketing")),
        ("29-1051", Build(@"pharmacy", @"farmacie")),
        ("29-1021", Build(@"dentistry", @"tandheelkunde")),
        ("29-1123", Build(@"physiotherapy", @"physical therapy", @"fysiotherapie")),
        ("29-1131", Build(@"veterinary", @"diergeneeskunde")),
        ("21-1021", Build(@"social work", @"maatschappelijk werk", @"social work degree")),
        ("27-3091", Build(@"translation", @"vertaalwetenschap", @"vertalen")),
        ("19-1029", Build(@"biology", @"biologie")),
        ("15-2021", Build(@"mathematics", @"maths", @"wiskunde")),
        ("19-2012", Build(@"physics", @"natuurkunde")),
        ("27-2042", Build(@"music", @"muziek", @"conservatorium")),
        ("27-2012", Build(@"film (?:school|studies)", @"filmacademie")),
        ("27-3031", Build(@"communications?", @"communicatie(?:wetenschap)?")),
        ("13-1071", Build(@"human resources", @"hrm", @"personeelswerk")),
        ("35-2014", Build(@"culinary", @"koksopleiding", @"opleiding kok")),
        ("47-2111", Build(@"electrician (?:course|training)", @"opleiding elektro\w*", @"elektrotechnicus")),
        ("47-2152", Build(@"plumbing (?:course|training)?")),
    ];

    /// <summary>The occupation the named field of study leads to, or null.</summary>
    public static string? Find(string normalized) => Fields.FirstOrDefault(f => f.Pattern.IsMatch(normalized)).Soc;

    private static Regex Build(params string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));
}
