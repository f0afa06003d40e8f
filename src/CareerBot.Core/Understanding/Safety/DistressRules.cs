using static CareerBot.Core.Understanding.Safety.Phrase;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// Not coping now, without a risk statement: "I can't cope", "everything is falling apart", feeling worthless, and money
/// trouble (rent, debt, bailiffs), in English and Dutch.
/// </summary>
internal static class DistressRules
{
    public static readonly SafetyRule[] All =
    [
        new(SafetyLevel.Distress, "distress.money",
        [
            "in debt", "into debt", @"debts?\b", "(?:massive|huge|crushing|serious) debts?", Cant + Gap(2) + " (?:pay|afford|make|keep up)" + Gap(3) + " (?:rent|bills?|mortgage|food|groceries|insurance|debts?|loans?|ends meet|meds|payments)",
            "behind on" + Gap(2) + " (?:rent|bills?|payments?|mortgage)", @"evict\w*", @"foreclos\w*", @"repossess\w*", "bailiffs?", @"food ?banks?", "overdraft", "payday loans?", "maxed out", "arrears",
            @"(?:im|i am|going|gone|totally|flat|completely|literally) broke", "no money left", "(?:out of|run out of|ran out of|running out of) money", "owe" + Gap(2) + " (?:money|rent|\\d+k?|about|thousands)",
            @"\d+ ?k in debt", "court over", "council tax", "prepayment meter", "cut off(?= \\||$| today| tomorrow| yesterday| this week)", "(?:skipping|skip) meals", @"(?:sell|sold|selling) (?:my|our) (?:car|house|stuff)" + Gap(3) + " (?:rent|bills|to cover|to pay)",
            "landlord (?:gave|says|wants|is threatening|has given)", "universal credit" + Gap(4) + " (?:come|through|late|stopped|cut)", "nothing in the bank", @"\d+ in the bank", "(?:rent|mortgage)(?: s| is)? due",
            "(?:got|have|ive got) nothing(?= \\||$)", "literally nothing(?= \\||$)", "(?:taking|take|took) me to court", "debt collectors? (?:keep|are|call|calling|chasing|phoning|ringing|ring|rings|phone)", "final demand", "(?:benefits?|payments?) (?:got )?(?:stopped|sanctioned|cut)",
            "schulden", "schuldsanering", "(?:hoeveel|veel|diep in de) schuld(?:en)?", "wsnp", "onder bewind",
            "(?:huur|rekeningen?|energierekening|hypotheek|zorgverzekering|boodschappen|vaste lasten)" + Gap(3) + " (?:niet|nie)(?: meer)?" + Gap(2) + " (?:betalen|betaald|opbrengen|ophoesten)",
            "(?:kan|kon|kunnen|konden) (?:[a-z0-9]+ ){0,3}(?:niet|nie)(?: meer)? (?:[a-z0-9]+ ){0,3}(?:huur|rekeningen?|hypotheek|zorgverzekering|boodschappen) (?:[a-z0-9]+ )?(?:betalen|opbrengen)",
            @"\w*achterstand(?:en)?", "geen geld", "geen cent", "blut", "(?:ik|wij|we) (?:ben|zijn|ga|gaan|ging|gingen|word|worden|werd|werden) (?:[a-z0-9]+ )?(?:failliet|bankroet)",
            "uit huis gezet", "huisuitzetting", "ontruim\\w*", "deurwaarders?", "cjib", "(?:sta|staan|stond|stonden|staat) (?:[a-z0-9]+ ){0,3}rood", "rood staan", "incassobureaus? (?:bellen|belt|dreigt|dreigen|blijven)",
            "(?:kom|komen|kwam|kan|kunnen) (?:[a-z0-9]+ ){0,2}(?:niet|nie) (?:meer )?rond(?:komen)?", "(?:niet|nie) (?:meer )?rondkomen", "voedselbank", "aanmaning(?:en)?", "lening (?:afgesloten|om)",
            "beslag (?:op|gelegd|leggen)", "ww is (?:bijna )?op", "uitkering (?:is )?(?:nog steeds )?(?:niet|nie) (?:rond|binnen|gestort)", "(?:huis|woning) uit", "(?:energie|stroom|gas) (?:\\w+ )?afgesloten",
            "sluiten (?:de |het )?(?:energie|stroom|gas) af", "(?:verkopen|verkocht) om (?:de |het |mijn )?(?:huur|rekeningen|hypotheek|schulden)", "om de dag warm", "maaltijden overslaan", "schuldhulp(?!verlener)\\w*", "bijbetalen", "hoe (?:we|ik) (?:\\w+ ){0,3}(?:moeten|moet) eten", "huur moet (?:\\w+ )?betaald", "nothing in the fridge", "(?:huisbaas|verhuurder) (?:\\w+ ){0,2}(?:eruit|uit huis)", "sanctioned", "creditcard (?:zit|is) vol", "schuld bij", "betalingsregeling", "lost (?:the|our|my) (?:house|home|flat)",
            "uitkering (?:is )?(?:stopgezet|gestopt|ingetrokken)", "(?:niet|nie) hoe ik (?:de )?(?:huur|rekeningen|hypotheek|boodschappen) (?:moet )?betalen", "(?:sold|sell|selling) (?:my|our) (?:\\w+ ){1,3}to (?:pay|cover) (?:the |my |our )?(?:rent|bills|mortgage)",
            "(?:rekeningen|post|brieven)" + Gap(4) + " (?:kwijt|niet meer open|stapelen)", "(?:staying|living|sleeping) (?:with|at|on) (?:my |our |a )?(?:in ?laws|parents|friends?|sofa|couch|mates)" + Gap(4) + " (?:box room|sofa|spare room)?",
        ]) { Negatable = true },
        new(SafetyLevel.Distress, "distress.cope",
        [
            Cant + " cope", "not coping", Cant + " (?:handle|take|do|bear|deal with|face) (?:any of )?(?:this|it|anything)(?: any ?more| much longer)?", Cant + " go on(?: like this)?(?: any ?more)?(?= \\||$)",
            "falling apart", "fall apart", "breaking point", "(?:nervous |mental |full on |complete |total )?breakdown", "end of my (?:rope|tether)", "wits end", "barely (?:holding|keeping) (?:it )?together",
            "not (?:ok|okay)(?= \\||$| like| really| at all)", "(?:im|i am|i feel|feeling|feel|i m) (?:\\w+ ){0,2}low(?= \\||$| i | right now| lately| these days)", "crying (?:in|all|every|at|so)", "i cry(?= in| every| all| at| when| myself|$| \\|)", "(?:failing|fail) at everything", "keep crying", Cant + " stop crying",
            Cant + " (?:get out of bed|get up|leave the house|function|think straight|eat)", "(?:can barely|barely) (?:get out of bed|get up|function|type|think)", "havent (?:left the house|eaten|showered|slept)",
            "(?:everything|it all|it|this) (?:is|s|feels) (?:just )?(?:too much|unbearable)", "too much to (?:handle|bear)", "(?:im|i m|i am) drowning(?= \\||$| in (?:debt|bills|everything|it all))",
            "drinking (?:in the mornings|every (?:day|night)|too much|a lot|to cope)", "couldnt (?:make|bring) my ?self", "(?:burnt|burned) out", "burn ?out",
            "(?:feel|feeling|felt|im|i am|i m) (?:so |completely |totally |just |such )?(?:empty|numb|worthless|useless|hopeless|helpless|like a failure|a failure|a nobody|like nothing)",
            "(?:such|complete|total) (?:a )?failure", "(?:im|i am|i m) (?:a )?(?:nobody|nothing)(?= \\||$| now| any ?more)", "worth nothing", "not good at anything",
            "no future (?:for me|for my ?self)", "(?:dont|do not|cant|can t) see (?:a |any )?future", "(?:whats|what is|what s) the point (?:of|in) (?:applying|trying|looking|retraining)", "(?:given|give|giving) up on (?:the )?(?:job (?:hunt|search)|applying|looking|finding)",
            "(?:lost|losing) (?:who i am|my identity|my sense of)", "(?:dont|do not) know who i am", "no way back", "(?:im|i am|i m|i feel) stuck", "nobody needs (?:what i do|me)", "hopeless\\w*", "helpless",
            "(?:dont|do not) know what (?:to do|im going to do)(?= \\||$| any ?more)", "all i (?:can )?do is (?:lie|sit|sleep|cry|stare|drink)", "(?:in a )?dark place", @"depress\w*", "overwhelmed",
            "trek het (?:\\w+ )?niet(?: meer)?", "zit er (?:\\w+ )?doorheen", "(?:stort|storten)(?: \\w+){0,2} in(?: elkaar)?", "ingestort", "kan het (?:\\w+ )?(?:niet|nie) (?:meer )?aan",
            "(?:ik ben|ben) (?:helemaal |echt |compleet )?op(?= \\||$)", "helemaal op", "kan niks meer hebben", "huil(?:en)? (?:de hele dag|elke dag|veel|steeds|alleen nog)", "(?:kom|kwam) (?:\\w+ )?bed (?:niet )?uit", "bed niet uit",
            "weet het (?:gewoon |echt )?niet meer(?= \\||$)", "zit al (?:\\w+ ){0,2}(?:dagen|weken) binnen", "(?:hou|houd) het (?:zo )?(?:niet|nie) (?:meer )?vol", "(?:is|wordt|het is) (?:me |mij )?(?:allemaal )?(?:te veel|teveel)",
            "drink (?:elke (?:avond|dag)|te veel|veel|teveel|om)", "waardeloos", "nutteloos", "mislukkeling", "(?:niks|niets) meer waard", "geen toekomst", "weet (?:niet|nie) meer wie ik ben",
            "heeft (?:toch |allemaal )?geen zin", "(?:ben|voel me|zo|erg|echt) down(?= \\||$| dat| de laatste)", "(?:voel me|ben) (?:zo |echt |helemaal )?leeg", "het helemaal kwijt", "ten einde raad",
            "wanhopig(?! op zoek| naar)", "(?:eind|einde) van (?:mijn|m n) latijn", "(?:niet|nie) (?:meer )?uit (?:mijn |m n |mn )?bed", "bed (?:niet|nie) (?:meer )?uit", "opgebrand", "(?:op|kapot) van de stress",
            "functioneer (?:\\w+ )?(?:niet|nie)(?: meer)?", "(?:kan|kon) (?:niet|nie) meer (?:nadenken|denken|functioneren|slapen)", "(?:relatie|huwelijk) (?:gaat|is) (?:eraan |er aan )?kapot", "lukt (?:me|mij) (?:\\w+ )?(?:niet|nie) meer",
            "sta er (?:\\w+ )?alleen voor", "hopeloos", "huil(?:en)? (?:\\w+ ){0,2}(?:elke|iedere|de hele) (?:dag|avond|nacht|ochtend|morgen)", "(?:red|redt) het (?:\\w+ )?(?:niet|nie) meer", "barely (?:hanging on|coping|surviving|keeping my head)",
            "(?:hou|houd) het (?:amper|nauwelijks|bijna niet) vol", "(?:kan|kon) (?:niet|nie) (?:meer )?stoppen met huilen", "bed (?:\\w+ )?(?:niet|nie) (?:meer )?uit", "overspoeld", "geen energie", "(?:im|i m|just|feel|feeling) broken", "no energy left",
            "geen hoop(?: meer)?", "worn down", "in de put", @"depressie\w*", "depressief", "burn ?out", "overspannen", "ik kan (?:echt |gewoon )?(?:niet|nie) meer(?= \\||$)",
        ]) { Negatable = true },
    ];
}
