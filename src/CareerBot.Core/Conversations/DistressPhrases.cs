namespace CareerBot.Core.Conversations;

/// <summary>
/// Distress phrases in English and Dutch as regular-expression fragments over <see cref="DistressText"/>-normalised text
/// (lower case ASCII words, single spaces, " | " between clauses). Each fragment is matched as whole words.
/// </summary>
internal static class DistressPhrases
{
    // Up to N more words inside the same clause.
    private const string Gap2 = "(?: [a-z0-9]+){0,2}";
    private const string Gap3 = "(?: [a-z0-9]+){0,3}";
    private const string Cant = "(?:cant|cannot|can not|couldnt|could not|unable to|not able to|struggling to|struggle to)";

    /// <summary>Removed before matching: job titles and reassurances that contain a distress word.</summary>
    public static readonly string[] NotDistress =
    [
        // Job titles and fields: "debt collector", "bankruptcy lawyer" alone are a job, not trouble.
        "(?:a |as |am |an |the )?debt (?:collect(?:or|ors|ion|ing)|counsel(?:l?or|l?ing)|advi[sc](?:e|or|er)|recovery|management advi[sc]er|analyst|capital markets?)(?! (?:are|is|keep|keeps|kept|call|calls|calling|called|chasing|chase|phoning|ringing|after|at|threaten|threatening)\\b)",
        "bad debts?", "debt (?:markets?|instruments?|securities|financing|funds?)",
        "(?:bankruptcy|insolvency|eviction) (?:lawyers?|attorneys?|trustees?|practitioners?|specialists?|advi[sc]ers?|clerks?|court)",
        "suicide prevention", "suicide (?:bomber|bombing|attack|squad)", "zelfmoordaanslag\\w*",
        "(?:mensen|klanten|clienten|huishoudens|gezinnen|people|clients|customers|households) (?:met|with|in) (?:schulden|debt|debts)",
        // Reassurance: "no need to panic" (the article's own words), "geen paniek".
        "(?:dont|do not|didnt|never|no need to|not|no reason to) panic(?:king|ked)?", "not (?:a )?hopeless", "panic buy(?:ing)?",
        "hopeless romantics?", "geen paniek", "niet in paniek", "paniek is" + Gap3 + " niet nodig", "geen reden (?:tot|voor) paniek",
        "hoef" + Gap2 + " niet in paniek", "niet hopeloos", "hopeloos (?:verouderd|ouderwets|romantisch|verliefd|achterhaald)",
        "cut(?:ting)? myself (?:off|short|some slack)",
        "wanhopig (?:op zoek|naar)",
    ];

    public static readonly string[] MoneyTrouble =
    [
        "in debt", "into debt", "(?:my|our) debts?", "debt (?:problems?|trouble|crisis|spiral)", "(?:massive|huge|crushing|serious) debts?",
        Cant + Gap2 + " (?:pay|afford|make)" + Gap3 + " (?:rent|bills?|mortgage|food|groceries|insurance|debts?|loans?|ends meet)",
        "behind on" + Gap2 + " (?:rent|bills?|payments?|mortgage)", "evicted", "eviction", "foreclos(?:ure|ed)", "repossess(?:ed|ion)",
        "(?:im|i am|i went|i will go|ill go|we went|we are going|were going|going|gone|go|declare|declared|declaring|filing for|filed for|file for) (?:personal )?bankrupt(?:cy)?", "personal bankruptcy", "(?:im|i am|going|gone|totally|flat|completely) broke", "no money left", "(?:out of|run out of|ran out of|running out of) money",
        "owe" + Gap2 + " (?:money|rent)", "bailiffs?", "debt collectors? (?:are|is|keep|keeps|kept|call|calls|calling|called|chasing|phoning|ringing|after|threaten|threatening)",
        Cant + " feed (?:my|our) (?:kids|children|family)",
        "schulden", "schuldsanering", "wsnp", "onder bewind",
        "(?:huur|rekeningen?|energierekening|hypotheek|zorgverzekering|boodschappen|vaste lasten)" + Gap3 + " niet(?: meer)?" + Gap2 + " (?:betalen|betaald|opbrengen|ophoesten)",
        "(?:kan|kon|kunnen|konden) (?:[a-z0-9]+ ){0,2}niet(?: meer)? (?:[a-z0-9]+ ){0,3}(?:huur|rekeningen?|hypotheek|zorgverzekering|boodschappen) (?:[a-z0-9]+ )?betalen",
        "huurachterstand(?:en)?", "betalingsachterstand(?:en)?", "achterstand(?:en)? (?:met|op|bij) (?:de |mijn )?(?:huur|betalingen|hypotheek)",
        "geen geld meer", "geen geld (?:voor|om) (?:eten|de huur|huur|boodschappen|te eten)", "geen cent meer", "blut", "(?:ik|wij|we) (?:ben|zijn|ga|gaan|ging|gingen|word|worden|werd|werden) (?:[a-z0-9]+ )?(?:failliet|bankroet)", "persoonlijk faillissement", "uit huis gezet", "huisuitzetting", "ontruimd",
        "deurwaarders?" + Gap2 + " (?:aan de deur|staat|stond|komt|kwam|dreigt|langs)",
        "(?:sta|staan|stond|stonden) (?:[a-z0-9]+ ){0,2}rood",
        "(?:kom|komen|kwam|kan|kunnen) (?:[a-z0-9]+ ){0,2}niet (?:meer )?rond(?:komen)?", "niet (?:meer )?rondkomen",
    ];

    public static readonly string[] Panic =
    [
        "panic(?:king|ked|ky)?", "panic attacks?", "freak(?:ing|ed) out", "terrified", "scared to death", Cant + " (?:sleep|breathe)",
        "paniek", "paniekaanval(?:len)?", "paniekerig", "doodsbang", "angstaanval(?:len)?", "(?:kan|kon) niet (?:meer )?slapen", "slaap niet meer",
    ];

    public static readonly string[] Hopeless =
    [
        "hopeless(?:ness)?", "no hope", "lost (?:all )?hope", "(?:no|without a|not a) way out", "(?:whats|what is) the point of (?:anything|living|trying|it all|going on)", "feel (?:so |completely |totally )?(?:worthless|useless)",
        "give up on (?:everything|life)", "given up on (?:everything|life)", "nothing to live for",
        "hopeloos", "hopeloosheid", "uitzichtloos", "uitzichtloosheid", "geen hoop", "(?:alle )?hoop (?:verloren|opgegeven)", "geen uitweg",
        "(?:zie|zag|zien) (?:het )?(?:[a-z0-9]+ ){0,2}niet meer zitten", "heeft allemaal geen zin(?: meer)?", "(?:alles|het leven) heeft (?:toch )?geen zin(?: meer)?",
        "voel (?:me|mij) (?:zo |compleet |totaal )?waardeloos",
        "(?:im|i am|i feel|feeling|i have been|ive been|been|getting) (?:so |really |very |completely )?(?:desperate|depressed)(?! (?:for|to))",
        "wanhopig", "depressief", "depressie", "depressies",
    ];

    public static readonly string[] CannotCope =
    [
        Cant + " cope", "not coping", Cant + " (?:take|handle|do|bear) (?:it|this)(?: any ?more| much longer)", Cant + " go on(?: like this)?(?: any ?more)?(?= \\||$)",
        "falling apart", "(?:nervous|mental) breakdown", "(?:having|had|have) a breakdown", "breaking point", "end of my (?:rope|tether)", "(?:at )?my wits end",
        "(?:kan|kon) het (?:[a-z0-9]+ )?niet (?:meer )?aan", "trek het (?:echt |gewoon )?niet(?: meer)?", "kan (?:echt |gewoon |het )?niet meer(?= \\||$)",
        "zit (?:er )?(?:helemaal |compleet |volledig )?doorheen", "(?:ga|ging|gaan) (?:eraan |er aan |er )?onderdoor", "ten einde raad",
        "(?:wordt|is) (?:me|mij) (?:allemaal |echt )?(?:te veel|teveel)",
    ];

    public static readonly string[] SelfHarm =
    [
        "suicid(?:e|al)", "kill(?:ing)? myself", "end(?:ing)? (?:it all|my life|my own life)", "take my (?:own )?life",
        "want(?:ed)? to die", "wanna die", "(?:dont|do not) want to (?:live|be alive)", "(?:dont|do not) want to be here any ?more",
        "better off dead", "self ?harm(?:ing)?", "(?:want to|going to|urge to|thinking about|thought about) (?:hurt|harm|cut) myself",
        "no reason to live", "not worth living",
        "suicidaal", "suicidale", "zelfmoord", "zelfmoordgedachten?", "zelfmoordneigingen", "suicidegedachten?", "zelfdoding", "doodsgedachten",
        "(?:wil|wilde|willen) (?:[a-z0-9]+ ){0,2}dood", "dood (?:willen|wil)", "wil" + Gap2 + " niet meer leven", "niet meer (?:willen|wil) leven",
        "wil er niet meer zijn", "er een (?:eind|einde) aan (?:te )?maken", "(?:maak|maken|maakte) er een (?:eind|einde) aan",
        "van kant maken", "mezelf (?:iets )?aan(?:doen| te doen)", "(?:wil|wilde) mezelf (?:pijn doen|snijden)", "zelfbeschadiging",
        "(?:mezelf|zichzelf) beschadigen",
    ];
}
