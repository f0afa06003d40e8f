using static CareerBot.Core.Understanding.Safety.Phrase;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// Dutch risk statements ("er een eind aan maken", "niet meer wakker worden", "ik zie het niet meer zitten", "mezelf iets
/// aandoen", "zelfdoding"), in the same groups as <see cref="CrisisRules"/>, including chat spelling ("nie", "gwn", "k").
/// </summary>
internal static class CrisisRulesDutch
{
    private const string Niet = "(?:niet|nie)";

    // Living or going on, as the thing that has no point ("geen zin meer in het leven", "om door te gaan").
    private const string Leven = "(?:het leven|leven|te leven|door te gaan|doorgaan|verder te gaan|verder leven|er te zijn|te bestaan|bestaan|wakker te worden|op te staan)";

    public static readonly SafetyRule[] All =
    [
        new(SafetyLevel.Crisis, "crisis.explicit.nl",
        [
            @"zelfmoor[dt]\w*", @"zelfdoding\w*", @"suicid\w*", @"sucid\w*",
            @"(?:wil|wilde|willen|wou|wilt|zou willen) (?:\w+ ){0,3}(?:dood|doodgaan|sterven)(?! (?:van|gaan van|bij|aan)\b)(?= \||$| gaan| zijn| hoor| en | maar )",
            @"(?:dood|sterven) (?:willen|wil|wilde)", @"eind(?:e)? aan (?:\w+ ){0,2}(?:te )?(?:maken|maakt|maak)", @"(?:maak|maken|maakte|maakt) (?:er )?(?:\w+ ){0,2}een eind(?:e)? aan",
            @"eind(?:e)? aan (?:mijn|m n|mn|zijn|haar|hun) leven", @"van kant (?:te )?maken", $"(?:{Zelf}|zich) van kant", @"(?:iets|wat) (?:stoms|doms) (?:gedaan|doen|te doen)", @"met mezelf bedoel ik", $"{Zelf} (?:\\w+ ){{0,3}}(?:wissen|verwijderen|uitwissen)", @"uit het bestaan", $"{Zelf} (?:iets |wat |pijn )?(?:aan ?doen|aan te doen|aandoen)",
            $"(?:wil|wilde|willen|wou|wilt) (?:\\w+ ){{0,2}}{Niet} meer (?:verder )?leve(?:n)?", $"{Niet} meer (?:willen|wil|wilt) leven", @"(?:mezelf |mij |zichzelf )?ophangen",
            @"polsen (?:door)?(?:snijden|gesneden)", @"(?:al|alle) (?:mijn |de )?(?:pillen|tabletten) (?:innemen|slikken|ingenomen|geslikt)", @"(?:leven|mezelf) (?:\w+ )?be[e]?indigen",
            @"(?:hoop|hoopte) (?:dat )?ik (?:\w+ )?(?:doodga|dood ga|sterf)", "beter af dood", @"(?:springen|spring|sprong) (?:van|vanaf|voor|uit|onder) (?:de |het |een )?(?:\w+ )?(?:flat|brug|dak|balkon|trein|gebouw|raam|toren)",
            @"(?:van|vanaf|uit|voor) (?:de |het |een )?(?:flat|brug|dak|balkon|trein|gebouw|raam|toren|hoogte)(?: \w+){0,2} (?:te )?springen",
        ]) { Negatable = true },
        new(SafetyLevel.Crisis, "crisis.selfharm.nl",
        [
            $"{Zelf}" + Gap(3) + " (?:pijn|gebrand|gesneden|gekrast|geslagen|verwond|snijden|branden|slaan|krassen|beschadigen|verwonden)(?! (?:aan|door)\\b)",
            $"(?:snij|snijd|snijdt|sneed|snijden|kras|krast|krassen|brand|brandt|sla|slaat|beschadig|beschadigt|beschadigen|verwond|verwondt)" + Gap(2) + $" (?:{Zelf}|in (?:mijn|m n|mn|zijn|haar) (?:armen|benen|polsen|huid))",
            $"(?:{Zelf}|zich)" + Gap(2) + " (?:snijdt|snijd|snij|krast|kras|brandt|brand|slaat|sla)(?= \\||$| sinds| als| omdat| weer)", @"(?:ik |weer |aan het |ben aan het )kras(?:sen)?(?! op)", "zelfbeschadiging", @"(?:armen|benen|polsen) (?:gekrast|gesneden)", "gekrast", @"krassen met", @"(?:mesje|scheermesje)" + Gap(4) + " (?:armen|benen|polsen|mezelf|krassen|snijden)",
        ]) { Negatable = true },
        new(SafetyLevel.Crisis, "crisis.passive.nl",
        [
            $"{Niet} meer wakker (?:worden|word|werd|te worden|wordt)", "nooit meer (?:wakker|opstaan)", @"(?:ik )?hoef (?:echt )?niet meer(?= \||$| en | maar | zegt| zei| hoor)",
            @"(?:het )?hoeft (?:voor mij )?(?:allemaal )?niet meer(?= \||$)", $"{Niet} meer hoeft te zijn", @"beter af (?:zijn )?zonder (?:mij|me|hem|haar)", @"(?:weet|weten|bedacht|uitgezocht|opgezocht) hoe (?:hij|ze|zij|ik) het (?:gaat|ga|zal|zou) doen", @"beter af (?:zijn )?met (?:zijn|haar|mijn) (?:levensverzekering|verzekering)",
            @"levensverzekering" + Span(6) + " dan (?:met |aan )?(?:hem|haar|mij|me)", @"levensverzekering" + Gap(6) + " (?:uitkeert|uitkeren|uitbetaalt)", $"(?:makkelijker|beter|fijner) (?:\\w+ ){{0,3}}(?:als|zonder) (?:ik|mij|me) (?:er )?{Niet} meer",
            $"(?:als|dat|toen) ik er (?:toch |straks |over een tijdje )?{Niet} meer (?:ben|was|zou zijn|zijn)", $"er {Niet} meer (?:wil |wou )?(?:zijn|te zijn|was)",
            @"onder (?:een |de )?(?:vrachtwagen|trein|auto|bus|tram) (?:kom|kwam|komen|springen|spring|lopen)", @"blok aan (?:het|hun|ons|jullie) been", @"(?:een )?last voor (?:iedereen|mijn|m n|mn|jullie|hen|hem|haar)",
            @"waarom ben ik er (?:nog )?nog", $"(?:ben|zijn) (?:ik |we )?er (?:volgende \\w+|volgend jaar|straks|binnenkort|over \\w+ \\w+|met kerst) {Niet} meer", $"(?:ben|zijn) (?:ik |we )?er (?:\\w+ ){{0,2}}{Niet} meer bij(?= voor| \\||$)",
            @"als ik (?:doodga|dood ga|sterf|overlijd)", @"(?:nut|zin) van (?:wakker worden|leven|het leven|doorgaan|opstaan|bestaan)", @"(?:een )?datum in (?:mijn|m n|mn) hoofd", @"plan en een datum",
            @"(?:genoeg|schoon genoeg|klaar|moe|op)" + Span(6) + " (?:van )?het leven(?: zelf)?", @"doet (?:doodgaan|sterven) pijn", @"(?:enige|enigste)(?: reden)? waarom ik er nog ben", @"(?:niemand|geen mens) (?:zou|zal) (?:me|mij) (?:\w+ )?missen",
            $"(?:wil|wou|ik) (?:\\w+ ){{0,2}}{Niet} meer (?:te )?bestaan", $"(?:ben|zijn) er (?:met kerst|volgend jaar|over een (?:tijdje|maand|week)|binnenkort|straks) (?:toch )?{Niet} meer",
        ]),
        new(SafetyLevel.Crisis, "crisis.coded.nl",
        [
            $"zie (?:ik |je |jij )?(?:het |t )?(?:\\w+ ){{0,3}}{Niet} meer zitten", "klaar met (?:het leven|leven|alles|de wereld)", "klaar mee" + Span(8) + " met alles", "levensmoe",
            @"wat heeft (?:het |dit |het leven |leven )?(?:allemaal )?(?:nog )?(?:voor )?zin", @"(?:en )?(?:dan )?bedoel ik niet (?:het |mijn )?(?:werk|baan|solliciteren)", @"niet (?:alleen )?met (?:werken|het werk|mijn werk)",
            @"(?:niet|nie) omdat ik een andere (?:job|baan) heb", @"exit ?plan" + Span(6) + @" (?:geen|niet) (?:een )?(?:carriere|werk|loopbaan)\w*", @"(?:mijn|m n) (?:laatste) (?:bericht|appje|berichtje)",
            @"na vanavond" + Span(6) + @" (?:niet meer nodig|geen \w+ meer nodig|meer nodig)", @"(?:\w+dag|morgen|vanavond) is het zover(?= \||$)", @"(?:minst pijnlijke|pijnloze|snelste|makkelijkste) manier om (?:te gaan|dood te gaan|te sterven)", @"(?:alles|het leven|het allemaal) heeft (?:toch )?geen zin", $"geen zin (?:meer )?(?:in|om) {Leven}",
            $"{Leven} (?:is|lijkt) (?:\\w+ )?(?:zinloos|nutteloos)", $"{Leven} (?:is )?(?:\\w+ )?{Niet} (?:meer )?(?:de moeite )?waard", $"heeft (?:\\w+ )?geen zin (?:meer )?om {Leven}",
            @"(?:wil|wilde|wou) (?:\w+ ){0,2}dat (?:het|alles) (?:\w+ )?(?:stopt|ophoudt)", $"moe (?:van|om) (?:alles|het leven|leven|er te zijn|te leven|te bestaan)", "op van het leven",
            @"(?:kap|stop|stoppen|kappen)" + Span(5) + " (?:voorgoed|met alles|voor altijd)", @"(?:ermee|er mee) (?:kan |wil |ga )?(?:stoppen|kappen)" + Span(4) + " met alles",
            @"voorgoed (?:weg|stoppen|verdwijnen|slapen)", @"(?:verdwijnen|weg)" + Span(4) + " (?:voor altijd|voorgoed)", @"(?:wil|wou) (?:\w+ ){0,2}verdwijnen(?= \||$)",
            @"(?:geen|zie geen) uitweg(?: meer)?(?! uit (?:de |die |mijn |deze )?(?:schulden|schuld))", $"geen (?:\\w+ )?reden (?:meer )?om {Leven}", @"(?:dan )?bedoel ik niet (?:qua geld|geld|financieel)",
            @"tussenuit (?:te )?stappen" + Span(3) + " (?:niet op vakantie|voorgoed|voor altijd)", @"(?:uitstappen|eruit stappen|er uit stappen|eruit|weg)" + Span(4) + " uit het leven", @"uit het leven (?:te )?(?:stappen|bedoel|gaan)",
            @"niet met (?:de |het |mijn )?(?:sollicitaties|solliciteren|zoeken|werk|baan|zoeken naar werk)" + Span(2) + " met alles", $"(?:wil|wil er) (?:er )?{Niet} meer(?= \\||$)",
            @"(?:spoor|rails|trein|perron)" + Gap(8) + " (?:blijven staan|springen|ervoor|voor de trein)", $"ben er (?:over een tijdje |binnenkort |straks |snel |toch |over \\w+ \\w+ )+{Niet} meer(?= \\||$)",
            $"{Niet} (?:meer )?(?:hoor|thuishoor)" + Span(4) + " (?:op deze wereld|op aarde|hier op)", @"(?:balkon|dak|dakrand|rand|brug)" + Gap(8) + " (?:hoe makkelijk|denk (?:ik )?na over hoe)",
            @"(?:zit|zat|sta|stond) (?:\w+ ){0,2}op (?:het |de )?(?:dak|dakrand|rand|reling|balkonrand)", @"dit was het dan" + Span(6) + " bedankt voor alles", @"(?:ik denk dat|denk dat) het tijd is(?= \||$)",
        ]),
        new(SafetyLevel.Crisis, "crisis.preparatory.nl",
        [
            @"(?:pillen|tabletten|medicijnen|slaappillen)(?: \w+){0,2} (?:gespaard|sparen|opgespaard|verzameld|verzamelen|bewaard|apart gelegd)", @"(?:gespaard|verzameld|opgespaard) (?:\w+ ){0,2}(?:pillen|tabletten)",
            @"brie(?:f|ven)" + Span(8) + " (?:voor later|voor als ik er niet meer ben|voor na(?:dat)?|na mijn dood)", @"afscheids(?:brie(?:f|ven)|briefje|bericht|video)", @"al afscheid (?:genomen|van)",
            @"afscheid (?:genomen|nemen) van (?:de mensen die|iedereen die)", @"afscheid genomen van" + Span(8) + " (?:het )?tijd is", @"testament (?:is )?(?:geregeld|opgesteld|gemaakt)", $"{Niet} lang meer nodig",
            $"(?:spullen|alles|mijn \\w+)(?: \\w+){{0,3}} (?:aan \\w+ )?(?:gegeven|weggegeven|weg gegeven)" + Span(6) + $" {Niet} meer nodig", @"daarna maakt het (?:\w+ )?niet meer uit",
            @"wachtwoorden(?: \w+){0,3} (?:klaar|opgeschreven|voor)", @"levensverzekering" + Gap(6) + " (?:keert|uitkeren|uitbetaald|uit aan)", @"heeft (?:zij|hij|ze) tenminste iets aan me",
            @"hoe lang (?:duurt het )?(?:voordat|tot|voor) (?:iemand|je|men)(?: \w+){0,4} gevonden", @"voorraad\w* (?:\w+ ){0,2}(?:opgespaard|gespaard|verzameld|liggen)", @"voor als ik (?:besluit|beslis)", @"(?:zaken|alles) (?:zijn |is )?geregeld" + Span(8) + " (?:testament|notaris|niks meer mee|niet meer nodig)",
        ]),
        new(SafetyLevel.Crisis, "crisis.preparatory.signals.nl",
        [
            @"(?:geeft|gaf|geven|gegeven|weggegeven|weggeven)(?: \w+){0,4}(?: weg)?", @"afscheid", @"testament", @"wachtwoorden", @"netjes achter(?:laten|gelaten)", @"(?:zaken|alles) (?:is |zijn )?geregeld", @"niet meer nodig",
        ]) { Signals = 2 },
        new(SafetyLevel.Crisis, "crisis.attempt.nl",
        [
            @"(?:vorige|laatste) keer (?:dat|toen) ik het probeerde", @"(?:een )?poging (?:gedaan|tot zelfdoding|ondernomen)", @"na (?:mijn|m n|mn|zijn|haar) poging",
            @"pillen (?:geslikt|ingenomen)", @"(?:ic|intensive care|ziekenhuis)" + Gap(3) + " (?:na|door) (?:mijn )?(?:poging|overdosis)", @"(?:mijn|een) overdosis",
        ]),
        new(SafetyLevel.Crisis, "crisis.method.nl",
        [
            @"hoe hoog (?:moet|is) (?:een |de |die )?(?:brug|flat|gebouw|dak|balkon)", @"hoeveel (?:\w+ ){0,2}(?:paracetamol|pillen|tabletten|slaappillen|medicijnen)" + Gap(3) + " (?:te veel|teveel|dodelijk|om dood)",
            @"(?:medicijnen|pillen|tabletten)" + Gap(6) + " (?:niet meer wakker|dodelijk|dood van)", @"(?:hoogste|hoogst)(?: \w+){0,2} (?:flat|flatgebouw|gebouw|brug|toren)",
            @"welk (?:flatgebouw|gebouw|brug)" + Gap(4) + " (?:hoogst|hoogste)", @"(?:opgezocht|uitgezocht|nagedacht over) hoe ik het (?:zou )?(?:doen|ga doen|kan doen)", @"pijnloo?s?e? (?:manier|methode)",
            @"(?:snelste|makkelijkste|beste) manier om (?:\w+ )?(?:dood te gaan|te sterven|te gaan|er een eind aan)", @"pijnloos te (?:gaan|sterven)",
        ]),
        new(SafetyLevel.Crisis, "crisis.method.signals.nl",
        [
            @"(?:brug|dak|flat|flatgebouw|parkeergarage|spoor|rails|reling|pillen|tabletten|paracetamol|touw)",
            @"(?:laat maar|maakt (?:\w+ )?(?:niks|niet|niets) (?:meer )?uit|gewoon benieuwd|zomaar|voor een verhaal|voor een vriend(?:in)?|vraag voor een|hypothetisch|geen reden)",
        ]) { Signals = 2 },
    ];
}
