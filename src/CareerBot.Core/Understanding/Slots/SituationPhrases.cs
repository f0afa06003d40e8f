using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>
/// Whether someone says they are not in paid work (student, unemployed, between jobs, retired, at home with children or
/// caring for family), and the rest of the message, which may name what they study or did last ("retired nurse").
/// A clear paid-work frame ("I work as…", "now I'm a postman", "for a living") wins over those words.
/// </summary>
internal static class SituationPhrases
{
    private static readonly Regex Working = Build(
        @"i work (?:as|at|in|for|on|with)", @"ik werk (?:als|bij|in|op|voor|met)", @"now (?:im|i m|i am|i work|i drive|i teach|working)", @"nu (?:werk ik|ben ik)", @"for a living", @"paid job",
        @"normaal werk ik", @"(?:on|from) (?:maternity|paternity|sick) leave", "off sick", "zwangerschapsverlof", "ziek thuis", "between shifts", @"i teach\b", @"ik geef les", "just started a new job",
        @"\bapprentice", @"leerling ?\w+", @"trainee (?!teacher)", @"(?:i run|ik run|ik heb) (?:a |een )?(?:daycare|kinderopvang|business|bedrijf)", "gastouder", "childminder", @"i tutor\b");

    private static readonly (WorkSituation Situation, Regex Pattern)[] Situations =
    [
        (WorkSituation.AtHome, Build(
            @"stay(?: at)? ?home (?:mum|mom|dad|parent|mother|father)", @"sah[mdp]", "housewife", "househusband", @"home ?maker", @"full ?time (?:mum|mom|dad|parent|mother|father|carer|moeder|vader|ouder)",
            @"(?:look|looking) after (?:the|my|our) (?:kids|children)(?! for a living)", @"rais(?:e|ing) (?:my|the|our) (?:kids|children)", @"gave up work to", @"thuisblijf(?:moeder|vader|ouder)", "huisvrouw", "huisman",
            @"(?:zorg|zorgen) (?:fulltime |full time )?voor (?:de|mijn|onze) (?:kinderen|kids)", "mantelzorger", @"(?:full ?time )?carer for (?:my|our) (?:mum|mom|dad|mother|father|husband|wife|son|daughter|parents)",
            @"thuis voor de (?:kinderen|kids)", @"gestopt met werken om", @"fulltime (?:moeder|vader)")),
        (WorkSituation.BetweenJobs, Build(
            @"(?:in )?between (?:jobs|contracts|gigs|roles|positions)", @"tussen (?:twee )?(?:banen|opdrachten|contracten)(?: in)?", "career break", @"(?:new|next) one starts", @"starting (?:somewhere )?new",
            @"begin (?:in \w+ |volgende maand |binnenkort )?(?:ergens anders|bij een nieuwe)", @"net weg bij", @"just left my job", @"detachering is afgelopen", @"contract ended")),
        (WorkSituation.Retired, Build(
            @"(?<!(?:for|with|voor|bij|aan|van) )retired(?! (?:people|persons|folks|racehorses|clients|customers|residents))", @"early retirement", "pensioner", "pensioners", @"met (?:de )?(?:pensioen|vut)",
            @"gepensioneerd(?:e)?(?! (?:mensen|klanten|bewoners))", @"aow ?er", @"(?:ik geniet van|ben) (?:mijn |met )?pensioen")),
        (WorkSituation.Unemployed, Build(
            "unemployed", "jobless", @"out of (?:work|a job)", @"(?:have |got )?no job", @"geen (?:baan|werk)(?: meer| op dit moment)?", "werkloos", "werkzoekende", @"job ?hunting",
            @"looking for (?:a |any |some )?(?:\w+ )?(?:job|work)", @"op zoek naar (?:\w+ )?werk", @"zoek (?:\w+ )?werk", @"havent worked", @"haven t worked", @"lost my (?:\w+ )?job",
            @"(?:baan|werk) kwijt(?:geraakt)?", @"(?:ben|werd|ben ik|was|vorig jaar|net) ontslagen", @"(?:got|been|was|were|i was) (?:made )?redundant", @"laid off (?:from|in|last|since)",
            @"(?:was|got|been) let go", "boventallig", @"contract (?:is )?niet verlengd", "zonder werk", @"in de ww", @"ww ?uitkering", @"bijstand\w*", @"\w*uitkering", @"gestopt (?:met werken|na (?:mijn|een)|vanwege)",
            @"(?<!people )on (?:benefits|jobseekers|the dole|universal credit|job seekers)", @"(?:still )?no job(?: yet)?", @"nog geen baan", "jobseekers")),
        (WorkSituation.Student, Build(
            @"(?<!(?:for|with|to|teach|my|our|the|uni|university|voor|met|aan) )student(?!s? (?:counsel\w*|advis\w*|support|housing|services|loans?|affairs|union|mentor|recruit\w*|officer|ambassador|restaurant))",
            @"(?:im|i m|i am) (?:studying|in (?:school|college|uni|university|year))", @"(?:i study|i am studying|im studying|i m studying|studying|ik studeer|studeer ik|studeer|studeren)(?= (?!for (?:my )?(?:acca|exams?))[a-z])", @"\w+student", @"(?:under)?grad(?:uate)? student", "undergrad",
            @"phd (?:candidate|student)", @"(?:doing|do|doe|ik doe|bezig met) (?:a |my |de |het |een )?(?:masters?|phd|degree|bachelor|pgce|a levels?|course|opleiding|pabo|hbo ?v|mbo|hbo|studie|minor)",
            @"(?:eerste|tweede|derde|vierde|laatste) ?jaars", @"zit (?:nog )?op (?:school|het mbo|de uni|het hbo|de universiteit|de hogeschool)", @"(?:first|second|third|final|1st|2nd|3rd|4th) year(?! (?:teacher|lecturer|associate))",
            @"(?:still )?in (?:school|college|uni)", @"at (?:college|uni|university) (?:doing|studying)", @"in (?:mijn )?(?:eerste|tweede|derde|vierde|laatste) jaar", "studeer nog")),
    ];

    /// <summary>The situation a message states, if any, and the text with the situation words removed.</summary>
    public static (WorkSituation? Situation, string Remainder) Read(string normalized)
    {
        if (Working.IsMatch(normalized))
        {
            return (WorkSituation.Working, normalized);
        }

        foreach (var (situation, pattern) in Situations)
        {
            if (pattern.IsMatch(normalized))
            {
                return (situation, pattern.Replace(normalized, " | "));
            }
        }

        return (null, normalized);
    }

    private static Regex Build(params string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));
}
