namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// Removed before the rules look: jobs and fields that contain risk words ("suicide prevention line", "debt collector",
/// "ik ben deurwaarder"), figures of speech ("dying to know", "ik ga dood van het lachen") and reassurances ("don't worry").
/// </summary>
internal static class CalmPhrases
{
    public static readonly string[] All =
    [
        // Work that deals with suicide, crisis, debt or death is a job, not a risk statement.
        @"suicide (?:prevention|awareness|hotline|help ?line|helpline|crisis line|line|squad|bomb\w*|attacks?|research|rates?|statistics|training|text line|risk assessments?|first aid)",
        @"self ?harm (?:content|awareness|training|policy|posts|prevention|research|ward|unit|team|service|services|clinic|nurse|nursing)", @"(?:afdeling|kliniek|team|zorg) (?:voor|met|bij) (?:\w+ ){0,3}zelfbeschadiging", @"(?:crisis|suicide|samaritans) (?:line|hotline|helpline|volunteers?|shifts?)", @"(?:volunteer|volunteering|work|working) (?:at|for|with) (?:the )?samaritans",
        @"(?:zelfmoord|suicide|suicid)preventie\w*", "113 (?:als vrijwilliger|vrijwilliger)", "(?:bij|voor) 113(?! bellen)",
        @"(?:a |as |am |an |the |im |i m |i am )?debt (?:collect(?:or|ors|ion|ing)|counsel(?:l?or|l?ing)|advi[sc](?:e|or|er)|recovery|management advi[sc]er|analyst|capital markets?)(?! (?:are|is|keep|keeps|kept|call|calls|calling|called|chasing|chase|phoning|ringing|ring|rings|phone|after|at|threaten|threatening)\b)",
        @"bad debts?", @"debt (?:markets?|instruments?|securities|financing|funds?)", @"(?:bankruptcy|insolvency|eviction) (?:lawyers?|attorneys?|trustees?|practitioners?|specialists?|advi[sc]ers?|clerks?|court)",
        @"(?:mensen|klanten|clienten|huishoudens|gezinnen|people|clients|customers|households) (?:met|with|in) (?:schulden|debt|debts)",
        @"(?:ik ben|ben|als|werk als|i am|im|i m|work as|worked as) (?:een |a |an )?(?:deurwaarder|bailiff|incassomedewerker|schuldhulpverlener|curator)", @"(?:werk|work|werkte|worked) (?:bij|at|for) (?:een |an |a |the )?(?:incassobureau|debt collection agency|bailiffs|deurwaarderskantoor)",
        @"curator bij faillissementen", @"(?:cut|cuts|cutting) (?:hair|meat|costs|corners|footage|film|wood|glass|steel|fabric|keys|videos|trailers)", @"cut(?:ting)? my ?self (?:off|short|some slack)",
        // Figures of speech.
        @"dying (?:to|for)", @"(?:nearly |almost )?died (?:laughing|of (?:laughter|embarrassment|boredom|shame))", @"bored (?:me )?to death", @"(?:ik )?(?:ga|gaat|ging|gingen|gaan) (?:bijna |haast )?dood van",
        @"(?:lach|lachen|lachte) (?:me|mij|ons) (?:\w+ )?dood", @"werk(?:t|en)? (?:me|mij|zich) (?:\w+ )?dood", @"(?:schrok|schrik|schrokken) (?:me|mij) (?:\w+ )?dood", "morsdood", "doodop", "dodelijk saai",
        @"sterf (?:bijna )?van de", @"(?:i d|id|i would) kill for", @"(?:phone|battery|laptop|printer|car)(?: s| is)? (?:about to |going to )?(?:die|dead|dying)",
        // Reassurances, said to the bot.
        @"(?:dont|do not|don t|no need to|never) (?:you )?(?:worry|panic|be scared)", @"(?:dont|do not|didnt|never|no need to|not|no reason to) panic(?:king|ked)?", "panic buy(?:ing)?",
        "geen zorgen", "geen paniek", "niet in paniek", @"paniek is(?: [a-z0-9]+){0,3} niet nodig", @"geen reden (?:tot|voor) paniek", "hopeless romantics?", @"hopeloos (?:verouderd|ouderwets|romantisch|verliefd|achterhaald)",
        @"wanhopig (?:op zoek|naar)", @"(?:na|after) (?:mijn|my|een|a|his|her|zijn|haar) burn ?out", @"^(?:a |een )?(?:bailiff|deurwaarder|debt collector|incassomedewerker|curator)$", @"(?:er )?(?:even|een weekje|een paar dagen) tussenuit",
    ];
}
