namespace CareerBot.Core.Occupations.Matching;

/// <summary>Words that carry no job meaning: joiners inside titles, and chat filler around a title in a query.</summary>
internal static class FillerWords
{
    /// <summary>Ignored in titles and queries alike ("Teacher of English", "leraar van de basisschool").</summary>
    public static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "for", "in", "to", "with", "at", "on", "by", "from",
        "de", "het", "een", "van", "en", "voor", "op", "met", "aan", "bij", "der", "te", "in", "of",
    };

    /// <summary>Ignored in queries only: how people wrap a title in a sentence, and seniority or contract words.</summary>
    public static readonly HashSet<string> Chat = new(StringComparer.Ordinal)
    {
        // English sentence frame.
        "i", "im", "ive", "id", "me", "my", "mine", "am", "is", "are", "was", "were", "be", "been", "being", "its",
        "work", "works", "working", "worked", "job", "jobs", "currently", "current", "now", "right", "still", "as",
        "do", "does", "did", "doing", "dont", "didnt", "know", "not", "no", "yes", "sure", "idk", "what", "who",
        "you", "your", "this", "that", "so", "very", "really", "just", "also", "mostly", "mainly", "kind", "sort",
        "called", "title", "profession", "trade", "living", "make", "earn", "have", "has", "had", "since", "year",
        "years", "there", "here", "used", "like", "behind", "own", "we", "our", "they", "he", "she", "his", "her", "would", "say",
        "hello", "hi", "hey", "thanks", "thank", "please", "ok", "okay", "well", "um", "uhm", "hmm", "lol",
        "employed", "self", "selfemployed", "freelance", "freelancer", "freelancing", "contract",
        "senior", "junior", "sr", "jr", "lead", "part", "time", "parttime",
        "fulltime", "full", "temp", "temporary", "experienced", "qualified", "certified", "licensed", "professional",
        "idea", "can", "could", "will", "should", "hate", "love", "enjoy", "need", "think", "feel", "maybe", "student", "study", "studying",
        "retired", "unemployed", "between", "looking", "want", "wanna", "become", "becoming", "ex", "former", "formerly",
        "last", "ago", "until", "till", "yrs", "yr", "month", "months", "week", "weeks", "ever",
        // Dutch sentence frame.
        "ik", "ben", "eigen", "achter", "zit", "zitten", "sta", "staan", "werk", "werkt", "werken", "gewerkt", "werkzaam", "als", "mijn", "zijn", "was", "waren", "nu",
        "momenteel", "sinds", "jaar", "jaren", "al", "baan", "beroep", "functie", "vak", "hallo", "hoi", "hey", "dag",
        "weet", "niet", "geen", "idee", "nog", "ook", "maar", "dus", "wel", "heel", "erg", "eigenlijk", "gewoon",
        "zzp", "zzper", "zzpr", "zelfstandig", "zelfstandige", "zelfstandigen", "medior", "deeltijd", "voltijd",
        "fulltime", "parttime", "ervaren", "gediplomeerd", "gediplomeerde", "gepensioneerd", "werkloos", "daar",
        "hier", "dat", "dit", "wat", "wie", "jij", "je", "u", "we", "wij", "heb", "hebt", "heeft", "doe", "doet",
        "student", "studeer", "studie", "scholier", "mn", "word", "worden", "geworden", "graag", "ja", "nee", "oke", "bedankt", "dank", "zo", "toen",
        "werkte", "werkten", "vorig", "vorige", "vroeger", "maand", "maanden", "week", "weken",
    };
}
