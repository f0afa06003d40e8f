namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Other words a query word may stand for: British spellings and words ("centre", "lorry", "shop"), and the job
/// noun behind a verb in chat ("I drive a truck", "ik geef les"). The vocabulary is American English and Dutch.
/// </summary>
internal static class WordVariants
{
    public static readonly Dictionary<string, string[]> ByWord = new(StringComparer.Ordinal)
    {
        ["centre"] = ["center"], ["theatre"] = ["theater"], ["harbour"] = ["harbor"], ["labour"] = ["labor"],
        ["labourer"] = ["laborer"], ["colour"] = ["color"], ["jeweller"] = ["jeweler"], ["jewellery"] = ["jewelry"],
        ["programme"] = ["program"], ["organiser"] = ["organizer"], ["organisation"] = ["organization"],
        ["analyse"] = ["analyze"], ["analyser"] = ["analyzer"], ["catalogue"] = ["catalog"], ["tyre"] = ["tire"],
        ["aluminium"] = ["aluminum"], ["paediatric"] = ["pediatric"], ["paediatrician"] = ["pediatrician"],
        ["anaesthetist"] = ["anesthesiologist"], ["orthopaedic"] = ["orthopedic"], ["gynaecologist"] = ["gynecologist"],
        ["mould"] = ["mold"], ["moulder"] = ["molder"], ["defence"] = ["defense"], ["licence"] = ["license"],
        ["traveller"] = ["traveler"], ["counsellor"] = ["counselor"], ["counselling"] = ["counseling"],
        ["modeller"] = ["modeler"], ["behaviour"] = ["behavior"], ["behavioural"] = ["behavioral"],
        ["fibre"] = ["fiber"], ["metre"] = ["meter"], ["grey"] = ["gray"], ["draughtsman"] = ["drafter"],
        ["draughtsperson"] = ["drafter"], ["maths"] = ["math", "mathematics"], ["math"] = ["mathematics"],
        ["lorry"] = ["truck"], ["shop"] = ["store", "retail"], ["bookshop"] = ["bookstore"], ["postman"] = ["mail", "carrier"],
        ["postwoman"] = ["mail", "carrier"], ["checkout"] = ["cashier"], ["till"] = ["cashier"], ["solicitor"] = ["lawyer"],
        ["callcentre"] = ["call", "center"], ["joiner"] = ["carpenter"], ["builder"] = ["construction"],
        ["childminder"] = ["childcare"], ["estate"] = ["real"], ["petrol"] = ["gas"], ["chemist"] = ["chemist", "pharmacist"],
        ["drive"] = ["driver"], ["teach"] = ["teacher"], ["clean"] = ["cleaner"], ["bake"] = ["baker"], ["write"] = ["writer"],
        ["paint"] = ["painter"], ["design"] = ["designer"], ["build"] = ["builder", "construction"], ["manage"] = ["manager"],
        ["program"] = ["programmer"], ["code"] = ["developer", "programmer"], ["repair"] = ["repairer"], ["fix"] = ["repairer"],
        ["translate"] = ["translator"], ["edit"] = ["editor"], ["sell"] = ["sales"], ["farm"] = ["farmer"],
        ["deliver"] = ["delivery"], ["supermarket"] = ["grocery", "cashier"], ["uber"] = ["taxi", "rideshare"],
        ["cab"] = ["taxi"], ["train"] = ["locomotive", "railroad"], ["les"] = ["leraar", "docent"],
        ["rijd"] = ["chauffeur"], ["bezorg"] = ["bezorger"], ["fysio"] = ["fysiotherapeut"], ["juf"] = ["leerkracht", "leraar"],
        ["meester"] = ["leerkracht"], ["carer"] = ["caregiver", "aide"], ["hgv"] = ["truck", "tractor"], ["lgv"] = ["truck"], ["basisschool"] = ["basisonderwijs"],
        ["dev"] = ["developer"], ["devs"] = ["developer"], ["therapist"] = ["therapist", "counselor"], ["bar"] = ["bar", "bartender"],
        ["car"] = ["automotive"], ["cars"] = ["automotive"], ["tills"] = ["cashier"], ["helpdesk"] = ["help", "desk"],
    };
}
