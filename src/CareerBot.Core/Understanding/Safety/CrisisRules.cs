using static CareerBot.Core.Understanding.Safety.Phrase;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// English risk statements (SAFETY.md, after VERA-MH): explicit, passive, coded, preparatory, past attempts, self-harm,
/// method questions, and the same said about someone else. Phrases are built from concepts (a wish, an act of dying or
/// not being there, a reason to live or none) rather than fixed sentences, and are broad on purpose: a missed risk
/// statement is the worst failure.
/// </summary>
internal static class CrisisRules
{
    // Wanting, intending or thinking about something ("I want to", "thinking of", "ready to", "tempted to").
    private const string Wish = "(?:want|wanna|wants|wish|wished|wishing|hope|hoping|pray|praying|ready|tempted|longing|like|would like|d like|id like|going|gonna|planning|plan|plans|decided|trying|thinking(?: about| of)?|thought(?: about| of)?|considering|dreaming(?: about| of)?|keep thinking(?: about| of)?|need|needs|might|should|could)";

    // Dying, or no longer being there, as the object of a wish ("to die", "to not wake up", "ending it").
    private const string Ending = "(?:die|dying|be dead|end(?:ing)? it(?: all)?|end(?:ing)? things|end(?:ing)? (?:my|his|her|their) (?:own )?life|kill(?:ing)? " + Self +
        "|take (?:my|his|her) (?:own )?life|taking (?:my|his|her) (?:own )?life|not (?:wake|waking) up|never wake up|(?:not|stop) (?:exist|existing|living|being here|being around|being alive)|not (?:be|being) (?:here|around|alive)" +
        "|disappear (?:forever|for good|permanently)|(?:go to |going to )?sleep forever|(?:take|taking) the long sleep|the long sleep|jump|overdose|hang " + Self + "|be gone (?:for good|forever))";

    // Reasons to live, or to go on, as people name them ("no reason to stay alive", "the point of living").
    private const string Living = "(?:live|living|be alive|being alive|stay alive|staying alive|be here|being here|exist|existing|go on|going on|carry on|carrying on|keep going|keep living|wake up|waking up|get up in the morning|stick around|sticking around|not do it|not to do it)";

    public static readonly SafetyRule[] All =
    [
        new(SafetyLevel.Crisis, "crisis.explicit",
        [
            @"suicid\w*", @"sucid\w*", @"sewer ?slide", "kms", "ctb", @"un ?aliv\w*", @"self ?delet\w*", $"kil+(?:ing|in)? {Self}", $"hang(?:ing)? {Self}",
            $"(?:end|ending|ended|take|taking|took) {Own} (?:own )?li(?:fe|ves)", @"(?<!the )(?:end|ending|ended) (?:it|it all|things|everything|my ?self)(?! (?:with|for|at|in|on|early|up|off|there|here|now|was|is)\b)",
            $"{Wish} (?:to )?{Ending}", "wanna die", @"(?:want|wish|wished) (?:i was|i were|to be) dead", @"(?:do|did|doing) (?:something|anything) (?:stupid|dumb|drastic)(?! at work)",
            @"slit(?:ting)? (?:my |his |her )?wrists", @"(?:take|took|taking|swallow|swallowed) (?:an |a )?overdose", "overdose on",
            @"(?:take|took|swallow|swallowed|down|downed) (?:all|the whole) (?:of )?(?:my |the )?(?:pills|bottle|packet|tablets)", @"(?:should|deserve to|ought to) die", @"(?:hope|hoping) i die",
            "feel like dying", "better off dead", @"(?:jump|jumping|throw|throwing|step|stepping)(?: my ?self)? (?:off|from|in front of|under)" + Gap(4) + " (?:bridge|building|roof|tall|high|train|bus|lorry|truck|car|cliff|balcony|ledge|edge|tower|car park|platform|something)",
            @"(?:going to|gonna|about to|want to|wanna) jump(?= \||$)", $@"(?:top|topping|topped|neck|necking|off|offing|do|doing) {Self}(?: in)?(?= \||$| if| when| after| before| tonight| soon)",
            @"(?:delete|deleting|erase|erasing|uninstall|uninstalling|wipe|wiping) (?:my ?self|me)(?! (?:from|off) (?:the|this|your|a|my) )", @"out of existence", @"mortal coil", @"dark thoughts",
            @"(?:doing|do|did|done) something (?:stupid |bad )?to (?:my ?self|me ?self)", @"(?:worked out|figured out|knows?|thinking about|thought about|planned|planning|decided) how (?:i|id|he|she|they|hed|shed|i ll|ill|he ll|hell|she ll)(?: d| ll| would| will| is going to| s going to)? (?:do it|end it|go about it)(?= \||$| and| when| if| after)",
            @"how (?:i|id|i d) (?:would |d )?do it(?= \||$)", @"(?:ive|i have|i ve) (?:started|been) planning it(?= \||$)",
        ]) { Negatable = true },
        new(SafetyLevel.Crisis, "crisis.selfharm",
        [
            $"(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|hit|hitting|punch|punching|scratch|scratching|starve|starving|punish|punishing|bang|banging|bite|biting)" + Gap(2) + $" (?:{Self}|(?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin|stomach))(?! (?:off|short|some slack|out|up|on the)\\b)",
            @"self ?(?:harm\w*|injur\w*|mutilat\w*)", @"sh (?:again|urges?|scars?|relapse)", @"(?:started|start|been|keep|kept|back to|went back to|stop) cutting(?: again)?(?= \||$| again)",
            "cutting again", "relapsed" + Span(10) + " (?:self ?harm|cutting|clean)", @"(?:till|until) (?:they|it|i) bleeds?", @"my (?:arms|wrists|legs|thighs|skin) (?:are|is) (?:a mess|covered|scarred|cut)",
            @"punch\w* (?:the )?walls?" + Gap(4) + " (?:till|until|split|bleed|broke)", @"(?:razor|blade|blades)" + Gap(4) + " (?:arms?|wrists?|legs?|skin|my ?self)",
        ]) { Negatable = true },
        new(SafetyLevel.Crisis, "crisis.passive",
        [
            @"(?:wish|wished|wishing) i (?:wasnt|werent|was not|were not|wasn t) (?:here|alive|around|born)", @"never (?:been|was) born",
            @"(?:wish|wished|wishing|hope|hoping|pray|praying|want|wanna)(?: that)?(?: i)? (?:dont|don t|wont|never|do not|will not|would not|wouldnt|not to|to not|to never) wake(?: up)?",
            @"if i (?:didnt|dont|did not|do not|never|wouldnt|wont) wake up(?! (?:in time|on time|early|for|at|before))", @"to (?:not|never) wake(?: up)?", @"(?:dont|do not|don t) want to wake up",
            @"(?:go to |fall )?sleep (?:forever|permanently|and (?:never|not) wake)",
            @"(?:dont|do not|don t|didnt|no longer|not) (?:even )?(?:want|wanna|wish) to (?:live|be alive|exist|be here|go on|keep going|carry on|keep living|be around|stay alive)(?! (?:in|on|at|with|near|there)\b)",
            @"(?:stopped|stop) wanting (?:to (?:live|be here|be alive|exist|go on)|a future|one)",
            @"better off (?:without me|not existing|not being here|not alive|if i (?:was|were|wasnt|werent) (?:gone|dead|here|around))", @"(?:be|are|is|s|d be|would be) (?:fine|better|happier|easier)(?: off)? without me",
            @"(?:better|easier|happier|relief)(?: for (?:everyone|everybody|them|my family|her|him))? if i (?:wasnt|werent|was not|were not|wasn t|was gone|were gone|didnt exist|disappeared|went away|died)",
            @"if i (?:wasnt|werent|was not|were not|wasn t) (?:here|around|alive)", @"one less (?:of )?me",
            @"if i (?:got|get|was|were) (?:hit|run over|killed)(?! with| by (?:a |another )?(?:layoff|redundancy|rejection))|if i (?:died|didnt exist|did not exist|never woke up|stopped existing|was gone|were gone|crashed)",
            @"(?:wouldnt|would not|wouldn t) (?:mind|care|be sad|be upset)" + Gap(2) + " if i (?:\\w+ ){0,2}(?:died|didnt exist|wasnt here|was gone|disappeared|got hit|never woke|stopped existing)",
            @"(?:notice|care|miss me)(?: \w+)? if i (?:disappeared|was gone|were gone|died|vanished|wasnt here|wasnt around)", @"(?:nobody|no one|noone) would (?:even )?(?:miss|notice|care)",
            @"(?:im|i am|just) (?:a )?burden", @"taking up space", @"nothing matters(?: any ?more)?(?= \||$)", @"(?:cope|manage|do|be|get by|live) (?:fine|better|ok|okay|happier|alright) without (?:me|him|her|them)", @"better off without (?:me|him|her)",
            @"(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|don t|do not|wont|won t|never|wouldnt) make it(?: home)?", @"(?:make sure|ensure|so that|so) (?:\w+ ){0,2}(?:dont|don t|do not|never|wont|won t|doesnt|does not) wake(?: up)?",
            @"what happens to (?:my |your )?(?:\w+ ){0,2}(?:loan|debt|debts|mortgage|insurance|kids|children|cat|dog|stuff) (?:if|when) (?:i|you) die", @"(?:does|do you think|will it|would it) (?:dying|death) hurts?", @"burden (?:on|to|for) (?:my|everyone|everybody|them|her|him)", @"(?:feel|feeling|felt) like (?:a|such a|nothing but a) burden",
            @"(?:bus|car|train|truck|lorry|van|tram) (?:would |could |to )?(?:hit|hits|ran over|run over|runs over) me", @"hop(?:e|ing|ed) (?:that )?something (?:bad )?(?:would |will |to )?happens?",
            @"something (?:bad )?(?:would |will )?happens? to me(?! at work)", @"(?:get|gets|be|worth|do) (?:by )?(?:more|better)" + Gap(4) + " (?:on|out of|from) (?:the|my|his|her) (?:life )?insurance",
            @"life insurance" + Gap(6) + " (?:than|out of me|instead of me|pays? ?out|payout|than (?:me|him|her))", @"(?:stop|stopped) existing", @"not (?:to )?exist(?:ing)?(?= \||$| any ?more| for)",
            @"(?:wish|want|wanna) (?:to )?not exist", @"(?:wont|will not|won t|dont think (?:ill|i will|i ll)|not going to|not gonna|might not|may not|not sure (?:ill|i will|i ll)|doubt (?:ill|i will|i ll)|not) (?:still )?(?:be|being) (?:around|here|alive)(?: for)? (?:much longer|for long|long|christmas|next|the next|to see|by|soon|any ?more)",
            @"to not (?:be|being) (?:here|around|alive)", @"not (?:be|being) (?:here|around|alive) (?:any ?more|for good|forever)",
            @"(?:only|one) (?:reason|thing) (?:im|i am|i m|keeping me|that keeps me|he s|shes|hes) (?:still )?(?:here|alive|going)",
            @"(?:wont|will not|dont) have to (?:worry about|deal with|put up with|look after) me (?:much longer|any ?more|for long|soon)", @"nothing (?:left )?to live for",
        ]),
        new(SafetyLevel.Crisis, "crisis.coded",
        [
            @"tired of (?:being alive|living|life|existing|being here|it all|everything|fighting)(?! (?:being|getting|that|of|about|at|in|with|the way|going))",
            @"ready to (?:let go|check out|give up on (?:life|everything))(?! of)", @"(?:check|checking|log|logging|sign|signing|tap|tapping|clock|clocking) (?:out|off)(?: of life)? (?:for good|permanently|forever|soon|early|for the last time)",
            @"(?:want|wanna|wish|need) (?:it all|everything|the pain|all of it|life|it|this) to (?:stop|end|be over)(?= \||$| for good| forever| now| already| please)",
            @"(?:done|finished|through) with (?:life|living|it all|everything|all of it|being alive|being here|existing|the world)", @"(?:im|i am|i m) (?:so )?done (?:\w+ )?(?:permanently|for good|forever)", @"permanently done",
            @"(?:done|stop|stopping|quit|quitting|finished)" + Span(8) + @" not (?:just |only )?(?:with |about )?(?:the |my )?(?:job|work|job search|job hunt|search|applying|career)\b",
            @"(?:i mean|i meant|talking about|as in) (?:life|living|being alive|everything)(?! (?:coach|insurance|science|skills))",
            @"(?:make it|last|survive|get through|be here)" + Span(10) + " (?:dont|do not|don t) mean (?:money|financially|the job|work)",
            $"(?:whats|what is|whats even|what s|wheres|where is) (?:even )?the (?:point|use|meaning)(?: of| in)? (?:anything|life|me|it all|any of it|everything|{Living})(?= \\||$| any ?more| now| if| when| since| after)",
            $"(?:no|not any|nothing|dont see the|dont see any|dont see a|cant see the|cant see a|cant see any|cant find a|cant find any|without a|one|a single|any) (?:\\w+ )?(?:point|reason|purpose|meaning) (?:in |to |for |of )?(?:me )?{Living}",
            @"(?:life|living|it all) (?:isnt|is not|isn t|aint|not) worth (?:it|living)", @"not worth living", $"{Living} (?:is|seems|feels) (?:pointless|meaningless|useless)",
            @"give up(?: \|)? on (?:everything|life|living|my ?self|it all)", @"(?:want to|wanna|ready to|going to|gonna) give up(?= \||$)", @"(?:cant|can t|cannot) go on(?= \||$| any ?more)",
            @"(?:disappear|vanish|go away|went away|leave|sleep)" + Span(4) + " (?:forever|for good|permanently)", @"(?:want|wanna|wish i could|like to) (?:to )?(?:disappear|vanish)(?! (?:from|off|for a|to)\b)",
            @"(?:only|one) way out", @"no way out(?! of (?:this |the |my )?(?:debt|contract|job|loan|overdraft|situation at work))", "except one", @"(?:walk|walking|swim|swimming) (?:out )?into the (?:sea|ocean|river|lake|water)",
            @"(?:stand|standing|stood) (?:too )?close to the (?:edge|tracks|platform)", @"(?:sitting|sat|sit) (?:\w+ ){0,2}on (?:the |a )?(?:roof|ledge|railing|edge)", @"standing on (?:the |a )?(?:ledge|edge|railing)", @"(?:roof|ledge|balcony|railing|edge)" + Gap(6) + " (?:at night|lately|a lot|thinking|how easy)",
            @"last (?:week|day|month|night|christmas|birthday)" + Span(3) + " one way or (?:another|the other)", @"(?:the )?world (?:would be|is|d be) better (?:off )?with(?:out)? (?:one less of )?me",
            @"(?:how easy|how easily) it (?:would|could) be(?= \||$| to not| to end| to die| to stop)", @"(?:end|ending) it (?:soon|tonight|this week|today)", @"(?:do|end|finish) it tonight",
            @"(?:i )?want out(?= \||$| of (?:life|this life|everything|it all))", @"permanent (?:solution|way out|sleep)", @"end (?:my|the|this) (?:suffering|pain|misery)", "this is goodbye",
            @"(?:knowing|know|knew|realising) it was (?:goodbye|the last time)", @"made (?:my )?peace(?= \||$| with (?:it|dying|going|everything))", @"(?:bought|buy|buying|got|have) (?:a |some )?rope(?= \||$)",
            @"(?:a |the )?plan and a date", @"(?:wanted|want) to say (?:goodbye|bye) (?:to|before)", @"(?:and )?i (?:dont|do not|don t) mean (?:the |my )?(?:job|work|career|job search|job hunt|money)",
            @"(?:my|this is my|this ll be my|this will be my|this will probably be my) (?:last|final) (?:message|msg|post|text)", @"(?:\w+day|tomorrow|tonight)(?: s| is) the day(?= \||$)", @"\w+days the day(?= \||$)",
            @"exit ?(?:plan|strategy)" + Span(6) + " (?:isnt|is not|not|aint) (?:a |the )?(?:career|job|work)", @"(?:picked|chosen|chose|set|got) a date(?= \||$| for it)",
            @"(?:wont|won t|will not) (?:be )?need(?:ing)? (?:\w+ ){0,4}after (?:tonight|today|this week|\w+day)", @"not (?:because|cause) (?:i|im|i m) (?:have |got )?(?:another|a new|a different) (?:job|career)",
        ]),
        new(SafetyLevel.Crisis, "crisis.preparatory",
        [
            @"(?:saving|saved|save|stockpil\w*|stash\w*|hoard\w*|collecting|collected|counting|counted) (?:up )?(?:all )?(?:my |the |some |enough )?(?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol)",
            @"enough (?:\w+ )?(?:stashed|saved|pills|tablets|meds)" + Gap(4) + " (?:to|not)", @"(?:need|needed|needs) the nerve", @"(?:got|have|ive got|i ve got) what i need(?= \||$)",
            @"(?:wrote|write|writing|written|left|leaving|drafted) (?:a |my |some |the |long )?(?:\w+ )?(?:note|notes|letter|letters)" + Gap(8) + " (?:kids|children|sister|brother|wife|husband|family|mum|mom|dad|parents|after|goodbye|explaining everything|for when)",
            @"(?:wrote|written|writing) a note(?= \||$)", @"(?:wrote|written|writing) (?:my |our )?(?:kids|children|wife|husband|family|mum|mom|dad|sister|brother|partner|son|daughter) (?:a |long )?(?:note|letter|letters)", @"(?:letter|note|message)" + Gap(8) + " for after", @"goodbye (?:letter|note|message|post|video|text)", @"(?:suicide|farewell) (?:note|letter|message)",
            @"affairs in order", @"(?:sorted|sorting|sort|made|updated|wrote|did|written) (?:out )?(?:my|his|her) will\b", @"password(?:s| list)" + Gap(6) + " (?:sister|brother|wife|husband|partner|mum|mom|dad|family|after)",
            @"(?:wont|will not|won t|dont|do not|not) (?:be )?need(?:ing)? (?:it|them|those|this|that|any of (?:it|this|them))" + Gap(2) + " (?:long|much longer|where (?:im|i m|i am|hes|he s|shes|she is|he is|theyre) going)",
            @"(?:gave|giving|given|give)" + Gap(6) + @" (?:away|to (?:my|a|his|her) \w+)" + Span(6) + " (?:wont|dont|will not|not) (?:be )?need(?:ing|ed)?",
            @"(?:gave|giving|given) (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions|tools) away", @"(?:gave|giving|given) away (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions|tools)",
            @"(?:he|she|they|you) can have my (?:car|stuff|things|guitar|laptop|tools|bike|flat|cat|dog|records|books)", @"said goodbye to" + Gap(3) + " (?:the people who matter|everyone i love|everyone who matters)",
            "already said goodbye", @"(?:said|say|saying) goodbye to" + Span(8) + " (?:its|it s|it is) time", @"(?:cat|dog|pets?|kids|children|rabbit)" + Gap(4) + " (?:somewhere to go|looked after|taken care of)" + Gap(2) + " after",
            @"somewhere to go after(?= \||$)", @"(?:sorted|decided|worked out|written down) who gets (?:what|my)", @"(?:posted|sent|wrote|left|put up) (?:a |some |his |her )?(?:goodbye|farewell)",
            @"(?:stash|supply|stockpile)" + Gap(4) + " (?:for when|when) (?:i|he|she) (?:decide|decides)", @"for when i decide", @"(?:found|read|saw|discovered) (?:the |my )?(?:note|letter) (?:i|he|she) (?:wrote|left)", @"(?:tidying up|tying up loose ends|wrapping things up|getting things in order|put things in order) before i (?:go|leave|die)",
            @"(?:wont|will not|doesnt|won t) have to sort" + Gap(3) + " after", @"how long" + Gap(5) + " (?:before|until|till) (?:someone|somebody|people|a person)" + Gap(4) + " (?:gets |get |is |are )?found", @"for (?:someone|somebody|a person) to (?:be|get) found",
        ]),
        new(SafetyLevel.Crisis, "crisis.preparatory.signals",
        [
            @"(?:gave|giving|given|give) (?:\w+ ){0,4}away", @"(?:saying|said|say) goodbye", @"(?:sorted|decided|worked out|written down) who gets (?:what|my)", @"(?:started|been) planning it(?= \||$)",
            @"(?:cancelled|canceled|cancelling|canceling) (?:all )?(?:my )?(?:subscriptions|accounts|phone contract|direct debits)", @"paid off (?:what i could|everything|my debts)", @"(?:tying|tie|tied) up (?:the )?loose ends",
            @"(?:gave|giving|given) (?:away )?(?:my|his|her) (?!notice|resignation|cv|two|best|all|time|word|opinion|answer|number|details)\w+", @"(?:wont|will not|won t|dont|not) (?:be )?need(?:ing)? (?:it|them|this|those)",
            @"(?:passwords?|bank details|bank stuff|pin codes?)" + Gap(6) + " (?:sister|brother|wife|husband|partner|mum|mom|dad|family|kids)", @"said goodbye", @"(?:its|it s|it is) time(?= \||$)",
            @"(?:wanted|want) to (?:say|tell) (?:someone|somebody|you)", @"(?:thanks|thank you) for (?:everything|listening)",
        ]) { Signals = 2 },
        new(SafetyLevel.Crisis, "crisis.attempt",
        [
            @"(?:tried|try|trying|attempted|attempt)" + Gap(2) + " (?:to )?(?:end it|end my life|kill my ?self|suicide|take my life|overdose)",
            @"last time i tried(?! to (?:call|apply|get|find|learn|change|switch|quit|retrain|work|do))", @"attempted (?:before|suicide|twice|once|it|again)", @"(?:ive|i have|had|i ve) attempted(?= \||$)",
            @"(?:my|an|the|after (?:my|an|the)|previous|last) (?:suicide )?(?:overdose|od|attempt)(?! (?:at|to|of|in)\b)", @"not for (?:accidents|an accident)",
            @"psych (?:ward|unit) (?:discharged|released|let)", @"discharged (?:me )?from (?:the )?(?:psych|psychiatric)", @"(?:got|was|been|being) sectioned",
        ]),
        new(SafetyLevel.Crisis, "crisis.method",
        [
            @"how (?:high|tall|far) (?:does|do|is|should|must|would|has) (?:a |the )?(?:bridge|building|drop|fall|roof|cliff|balcony|car park|jump)",
            @"(?:tallest|highest) (?:car park|multi storey|building|bridge|tower|block|flat)",
            @"how (?:many|much) (?:\w+ ){0,2}(?:pills|tablets|paracetamol|painkillers|sleeping pills|ibuprofen|insulin|meds|medication|antidepressants)" + Gap(3) + " (?:too (?:many|much)|is fatal|would kill|to die|to overdose|lethal|to not wake|before you die)",
            @"(?:which|what) (?:\w+ ){0,2}(?:painkillers|pills|medicines?|meds|medication|drugs)" + Gap(4) + " (?:dangerous|lethal|fatal|deadly|kill you)",
            @"(?:amount|number|dose) of (?:\w+ )?(?:pills|tablets|sleeping pills|paracetamol)" + Gap(6) + " (?:dont|not|never) wake", @"can you die (?:from|of|if)", @"(?:die|overdose|od) (?:from|by|of) mixing",
            @"painless (?:way|method|ways)", @"(?:quickest|fastest|easiest|best|surest) way (?:\w+ ){0,4}to (?:die|go|end it|end things)", @"die without (?:any )?pain", @"(?:do|does) train drivers (?:always )?see",
            @"how deep (?:does|do|is|should|must) (?:the )?water", @"(?:looking|looked|look|searching|searched|googled|googling) up (?:ways|how|methods)" + Gap(2) + " (?:to )?(?:do it|die|end it|kill)",
            @"(?:ways|methods) to (?:die|end it|kill my ?self|do it)",
        ]),
        new(SafetyLevel.Crisis, "crisis.method.signals",
        [
            @"(?:bridge|roof|rooftop|cliff|car park|multi storey|fence|railing|tracks|pills|tablets|paracetamol|rope)",
            @"(?:no reason|just wondering|just curious|for a story|for a friend|asking for a friend|hypothetically|doesnt matter(?: any ?more)?|never mind|nvm|forget i asked|not that it matters)",
        ]) { Signals = 2 },
        new(SafetyLevel.Crisis, "crisis.hyperbole", [@"rather (?:die|be dead) than", @"(?:lost|losing|lose) the will to live", "kill me now", "liever dood", "i wanted to die"]) { HyperboleWhenJoking = true },
    ];
}
