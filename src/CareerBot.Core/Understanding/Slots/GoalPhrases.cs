using System.Text.RegularExpressions;
using CareerBot.Core.Conversations;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>
/// What someone wants next, in English and Dutch: retrain (and into what: "I'd like to become an electrician", "omscholen,
/// ik wil elektricien worden"), start something of their own, stay and adapt, or not sure yet.
/// </summary>
internal static class GoalPhrases
{
    // The job they want is the rest of the clause after one of these ("retrain as …", "ik wil … worden").
    private static readonly Regex Target = Build(
        @"(?:retrain|retraining|re train|train|training|requalify|retrained|studying|study) (?:as|to be|to become|into|for|in|to) (?:an? )?(?<t>[a-z0-9 ]+)",
        @"(?:become|becoming) (?:an? )?(?<t>[a-z0-9 ]+)",
        @"(?:want|wanna|would like|d like|id like|love|d love|hope|plan|planning|going|gonna|dream) to (?:be|work as) (?:an? )?(?<t>[a-z0-9 ]+)",
        @"(?:move|moving|switch|switching|go|going|get|getting|transition|transitioning|pivot|pivoting|change|changing|retrain|retraining) (?:careers? )?(?:in)?to (?:an? )?(?<t>[a-z0-9 ]+)",
        @"start(?:ing)? teaching(?<t> [a-z0-9 ]+)?", @"(?:go|going|get|getting) into (?<t>[a-z0-9 ]+)",
        @"(?:omscholen|omscholing|omgeschoold|laten omscholen|opleiding|opleiden|scholen) (?:tot|naar|als|voor) (?:een )?(?<t>[a-z0-9 ]+)",
        @"(?:word|wordt) ik (?:misschien )?(?<t>[a-z0-9 ]+)", @"(?:wil|wil graag|zou graag|zou|ga|gaan|denk erover om|overweeg om|wil eigenlijk|droom ervan om|misschien) (?:\w+ ){0,2}?(?<t>[a-z0-9]+(?: [a-z0-9]+){0,2}?) (?:te )?worden",
        @"(?:wil|wil graag|zou graag|zou) (?:gaan )?werken als (?:een )?(?<t>[a-z0-9 ]+)", @"(?:overstappen|overstap) naar (?:de |het )?(?<t>[a-z0-9 ]+)",
        @"(?<t>[a-z0-9]+(?: [a-z0-9]+)?) lijkt me (?:wel )?(?:wat|leuk|mooi)", @"(?:my |our |a |an )?own (?<t>[a-z0-9]+(?: [a-z0-9]+)?) (?:business|company|agency|shop|firm|practice|studio)",
        @"(?:start|starting|open|opening|set up|setting up|run|running) (?:a |my |our )?(?:own )?(?:small )?(?<t>(?!own\b|my\b|our\b)[a-z0-9]+(?: [a-z0-9]+)?) (?:business|company|agency|shop|firm|practice|studio)", @"(?:start|starting|open|opening) (?:a |my |our )?(?:own )?(?:small )?(?<t>bakery|cafe|salon|restaurant|bar|garage|nursery|daycare)",
        @"self ?employed as (?:an? )?(?<t>[a-z0-9 ]+)", @"(?:voor (?:mezelf|mijzelf)|zelfstandig|zzp ?er|eigen baas)(?: \w+){0,3} als (?<t>[a-z0-9 ]+)", @"eigen (?<t>bakkerij|kapsalon|schoonmaakbedrijf|cafe|restaurant|hoveniersbedrijf)",
        @"(?:een |mijn )?(?<t>bakkerij|kapsalon|schoonmaakbedrijf|winkel|cafe|restaurant) (?:beginnen|starten|openen)", @"eigen bedrijf (?:\w+ )?(?:starten|beginnen) als (?<t>[a-z0-9 ]+)", @"(?:wil|wil graag|ga) (?:\w+ )?(?:de|het) (?<t>zorg|onderwijs|techniek|bouw|horeca|ict|kinderopvang|beveiliging|politie|logistiek|installatietechniek) in");

    // "become obsolete", "ik wil niet vervangen worden": not a job someone wants.
    private static readonly Regex NotAJob = new(
        @"^(?:my own boss|own boss|eigen baas|niet|geen|ook|zo|weer|nog|obsolete|redundant|irrelevant|useless|unemployed|homeless|replaced|automated|unemployable|a burden|better|worse|more|less|rich|happy|vervangen|ontslagen|overbodig|werkloos)\b|(?:vervangen|ontslagen|geautomatiseerd|overbodig|betaald|aangenomen)$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "do a nursing degree": for someone in work a new job; for a student what they study now.
    private static readonly Regex Course = Build(
        @"(?:do|doing|start|starting|take|taking|get|getting) (?:an? |my )?(?<t>[a-z0-9]+(?: [a-z0-9]+)?) (?:degree|course|training|apprenticeship|qualification|licence|license)");

    private static readonly Regex Retrain = Build(
        "retrain", "retraining", "re train", "switch careers?", "change careers?", "career change", "new career", "switch jobs", "different (?:job|career|field)",
        "go back to (?:school|uni|university|college)", "back to (?:school|uni)", "omscholen", "omscholing", "ander werk", "ander vak", "andere baan", "ander beroep",
        "carriereswitch", "overstappen", "iets anders gaan doen", "ander soort werk");

    // Words that deny what follows ("cant", "dont" and "wont" have lost their apostrophes in ChatText.Normalize).
    private static readonly string ClauseBreak = ChatText.ClauseBreak.ToString();

    private static readonly HashSet<string> Denial = new(StringComparer.Ordinal)
    {
        "not", "never", "cant", "cannot", "dont", "wont", "couldnt", "shouldnt", "wouldnt", "niet", "geen", "nooit",
    };

    private static readonly Regex Own = Build(
        @"(?:start|open|set up|launch|run|begin|starting|opening|setting up|go|going|be) (?:up )?(?:my |our |a |an )?(?:own|eigen)\b", @"(?:my|our) own (?:business|company|shop|studio|thing|practice|agency|bakery|cafe|firm|salon)",
        "own boss", "eigen baas", "voor (?:mezelf|mijzelf) (?:beginnen|starten|werken)", @"zelfstandig (?:worden|beginnen)", @"zzp ?er worden", "(?:go|going) freelance", "freelance (?:gaan|worden)",
        @"self ?employed", @"eigen (?:bedrijf|zaak|kapsalon|studio|winkel|praktijk|bakkerij|schoonmaakbedrijf|onderneming)",
        @"(?:bakkerij|winkel|zaak|bedrijf|cafe|studio|kapsalon) (?:beginnen|starten|openen)", @"(?:start|starting|open|opening) (?:a |my )?(?:small )?(?:\w+ )?(?:business|company|bakery|shop|cafe|agency|studio)",
        "ondernemer worden", @"(?:begin|start|ga) (?:ik )?voor (?:mezelf|mijzelf)", @"voor (?:mezelf|mijzelf) (?:te )?(?:beginnen|starten|werken)");

    private static readonly Regex Adapt = Build(
        @"(?:stay|staying|remain) (?:in|at|with|a|an|where|put|as)\b(?! home)", "stay and adapt", @"keep (?:my|doing|working)", "learn(?:ing)? (?:the |to use |how to use )?(?:ai|new|tools|chatgpt|prompt)",
        @"get (?:good|better) (?:at|with)", "upskill", "adapt", "use ai", "blijven", "bijleren", "bijscholen", "aanpassen", "meegaan", "leren werken met", "specialiseren in ai",
        "ai slim inzetten", "met ai", @"ga (?:gewoon )?door", "doorgaan", @"leren (?:hoe|om)");

    // "maybe adapt, maybe retrain", "misschien omscholen, misschien niet": torn between answers.
    private static readonly Regex Torn = Build(@"(?:maybe|misschien) \w+(?: \|)? (?:maybe|misschien)");

    private static readonly Regex Unsure = Build(
        "not sure", "unsure", "dont know", "don t know", "no idea", "no clue", "dunno", "idk", "undecided", "havent decided", "haven t decided", "maybe adapt",
        @"weet (?:ik )?(?:het )?(?:\w+ )?(?:nog )?(?:niet|nie)", @"geen (?:flauw )?idee", "twijfel", "nog niet besloten", @"misschien \w+ misschien");

    /// <summary>The job phrases the person wants to move into (empty when none named).</summary>
    public static IEnumerable<string> Targets(string normalized, bool student) =>
        Target.Matches(normalized).Concat(student ? [] : Course.Matches(normalized))
            .Where(m => !Denied(m, normalized))
            .Select(m => m.Groups["t"].Value.Trim()).Where(t => t.Length > 1 && !NotAJob.IsMatch(t));

    /// <summary>The goal a message states; <paramref name="askedForGoal"/> lets a bare "not sure" count.</summary>
    public static CareerGoal? Read(string normalized, bool hasTarget, bool askedForGoal)
    {
        if (askedForGoal && Torn.IsMatch(normalized))
        {
            return CareerGoal.NotSure;
        }

        if (Said(Own, normalized))
        {
            return CareerGoal.StartOwn;
        }

        if (hasTarget || Said(Retrain, normalized))
        {
            return CareerGoal.Retrain;
        }

        if (Said(Adapt, normalized))
        {
            return CareerGoal.StayAndAdapt;
        }

        if (askedForGoal && Unsure.IsMatch(normalized))
        {
            return CareerGoal.NotSure;
        }

        // Asked what they want next, "I don't want to retrain" / "ik wil niet omscholen" means staying.
        return askedForGoal && Retrain.IsMatch(normalized) ? CareerGoal.StayAndAdapt : null;
    }

    /// <summary>True when a phrase is said and not denied (see <see cref="Denied"/>).</summary>
    private static bool Said(Regex phrase, string normalized) => phrase.Matches(normalized).Any(match => !Denied(match, normalized));

    /// <summary>
    /// "I can't just go back to school", "ik wil niet omscholen", "I don't want to become a nurse", "ik wil geen kok
    /// worden": a denial in the three words before the phrase (within its clause), or inside it before the job, takes it back.
    /// </summary>
    private static bool Denied(Match match, string normalized)
    {
        var job = match.Groups["t"] is { Success: true, Length: > 0 } t ? t.Index : match.Index;
        var inside = normalized[match.Index..job].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var before = normalized[..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse().TakeWhile(word => word != ClauseBreak).Take(3);
        return inside.Concat(before).Any(Denial.Contains);
    }

    /// <summary>The text with every goal clause removed, so what is left can be read for the current job.</summary>
    public static string WithoutTargets(string normalized, bool student) =>
        student ? Target.Replace(normalized, " | ") : Course.Replace(Target.Replace(normalized, " | "), " | ");

    private static Regex Build(params string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));
}
