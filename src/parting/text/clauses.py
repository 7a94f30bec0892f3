"""Which clause a negation governs, read with the punctuation the patterns cannot see.

The patterns read a message without its punctuation (``normalise``), so their negation
frames list the words that may stand between a negation and the hateful word they deny
(``lexicon`` ``NEGATION``); a denial in other words ("I have zero hatred for …", "it
never crossed my mind that … are parasites", "… are not, in any way, disgusting") is
missed, and the model's second opinion (``veto``) is asked to undo it. This module reads
the clause itself, in Python, on the few messages the second opinion reads (pattern hits
that name a group): a hateful word is **denied** when a negation stands before it in its
own clause — a clause ends at punctuation, at a conjunction ("but", "because", "mais"),
or where a new subject starts ("they are", "ce sont"). A message is a denial when every
hateful word the patterns found in it is denied: one asserted clause ("… are not equal,
they are a burden") keeps the abuse. A negation that excludes rather than denies
("don't want …", "never trust …", "no more …", "ne veux plus …") denies nothing.

A negation may also stand after the hateful word and still govern it: a question answered
by a reply that denies ("Immigrants? Scum? Absolutely not.", "Are they freaks? No,
they're not.", "Women stupid? Hardly - …"; not "No idea", "Not all of them"), the word
said not to fit as the subject of a negated verb of being ("Vermin is not how I'd
describe refugees"; not "dumb is not strong enough"), or the statement disowned right
after it ("… - I don't believe that for a second", "…? I don't think so"). And a
sentence may deny with no negation at all: a question asking who would ever feel the
hate ("Why would I hate Muslims?"), a verdict said before the statement ("It's
ridiculous to say …"), hate or harm people are kept from ("free from violence and
hatred"). Negations typed without their apostrophe ("dont", "isnt") count as negations.

A statement may also be judged after it is made: "that immigrants are vermin is simply
not true", "Gay people are disgusting? That is false." — a verdict on its truth
(``Grammar.verdicts``) right after the statement, in its own sentence or as the next
sentence about "that". The verdict denies when it says false ("a lie", "not true"), and
asserts when it says true ("that is not a lie", "not up for debate" is no verdict).

Negation scope is read as a family, whatever word carries it: the subject or determiner
("none of my colleagues see … as"), a verb of belief or judging ("I fail to see how …",
"it would be wrong to hate …"), a negated permission, wish or tolerance whose object is a
saying or a harm ("don't let anyone tell you …", "I don't want them to be hated", "we won't
stand for anyone treating …"), a contrast that sets the hateful word aside ("respect rather
than hatred", "the least dangerous people I know"). The same family asserts when the
negation falls on a denial ("there's no denying that …", "no one can deny …") or keeps
people, not a saying or a harm, away ("don't let these parasites in").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parting.text import normalise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Grammar:
    """The words of one language that open a clause, deny, or exclude."""

    negators: frozenset[str]  # words that deny what follows in their clause
    # Negations whose words alone mean something else ("far be it from me", "loin de").
    phrases: tuple[str, ...]
    # Words right after a negation that make it an exclusion, not a denial: "don't want
    # them", "never trust", "no more", "ne veux plus".
    excluding: frozenset[str]
    conjunctions: frozenset[str]  # words that open a new clause
    subjects: frozenset[str]  # a new subject, when a verb of being follows it
    being: frozenset[str]
    answers: frozenset[str]  # the words of a bare answer: "absolutely not", "certainement pas"
    # A condition ("if they weren't such …", "si …"): what it negates is asserted.
    conditions: frozenset[str]
    # A comparison after the negation makes it a superlative ("no one else is as …
    # as", "nothing more … than", "rien de plus … que"): it asserts.
    comparing: frozenset[str]
    # Words whose negation is the hate ("no compassion", "never lift a finger"): a
    # negation before them is the hate itself, not a denial.
    positives: frozenset[str]
    only: frozenset[str]  # the "que" of a restriction "ne … que"
    closers: frozenset[str]  # the second word of a French negation: "pas", "jamais"
    nobody: frozenset[str]  # negations that are a subject: "nobody", "nothing", "rien"
    disbelief: frozenset[str]  # "believe", "croire": with a pointing word, an exclamation
    pointing: frozenset[str]  # "this", "that", "ce", "cette"
    # An auxiliary that opens a question when a subject follows ("isn't it …", "are
    # they not …"); not an order ("don't ever say …").
    auxiliaries: frozenset[str]
    # Words after which a subject and its verb stay in the clause of the negation: "I
    # don't think they are …", "je ne pense pas qu'ils soient …".
    reporting: frozenset[str]
    # The first words of a question written without its mark ("how is it not clear
    # that …", "n'est-il pas évident que …"): a negation there asks, it does not deny.
    asking: frozenset[str]
    # A verdict on a statement just made, over folded words: its subject ("that",
    # "which"), the verb of being, then what it judges; ``falsity`` the words that call
    # it false.
    verdicts: str = ""
    falsity: frozenset[str] = frozenset()
    # A question that asks who would ever do the hateful thing, over folded words before
    # the hateful verb ("why would I hate …", "who could ever hurt …", "what's there to
    # hate about …", "as if I would ever …"): it says nobody would. ``attitudes``: the
    # verbs of feeling or harm it may ask about (not "why would anyone hire these
    # parasites?", whose hateful word is no such verb).
    rhetoric: str = ""
    attitudes: tuple[str, ...] = ()
    # Words that keep someone from what follows ("free from", "safe from", "without"),
    # and the hate or harm they may keep them from ("free from violence and hatred"; not
    # "a town free of these parasites", whose hateful word is a name for people).
    sparing: tuple[str, ...] = ()
    harms: tuple[str, ...] = ()
    # A verdict said before the statement it judges, over folded words before the
    # hateful word: "it's ridiculous to say that …", "it is absurd to think …".
    absurd: str = ""
    # The writer disowning a statement just made, over folded words: "… - I don't
    # believe that for a second", "…? I don't think so", "… je n'y crois pas".
    disowning: str = ""
    # Replies that deny besides the negations ("nope", "hardly"); words right after a
    # negation that make the reply grant a part or no answer ("not all", "no idea");
    # words that, later in the reply, agree ("no, that's exactly what they are").
    refusals: frozenset[str] = frozenset()
    granting: frozenset[str] = frozenset()
    agreeing: frozenset[str] = frozenset()
    # Words that make a question rhetorical: a comparison ("anything worse than …?").
    rhetorical: frozenset[str] = frozenset()
    # Words that make a negated verdict on a fronted word a stronger one ("dumb is not
    # strong enough for them", "stupide ne suffit même pas"): it asserts.
    stronger: frozenset[str] = frozenset()
    # Words that may stand before a hateful word that opens its clause ("the", "being").
    leading: frozenset[str] = frozenset()
    # Words that judge the fronted word as the last one the writer would use ("filth is
    # the last word I'd use for …"), after a verb of being.
    last: tuple[str, ...] = ()
    # Verbs of denying or doubting: a negation of them asserts what follows ("there's no
    # denying that …", "no one can deny …", "you can't dispute …").
    disputing: frozenset[str] = frozenset()
    # An excluding word that excludes nothing when these follow it: the thing kept from
    # happening is a saying or a harm ("don't let anyone tell you …", "we won't stand for
    # anyone treating …", "I don't like it when people call …", "I don't want them to be
    # hated"): the excluding words, and a pattern over the words between one of them and
    # the hateful word.
    released: tuple[tuple[frozenset[str], str], ...] = ()
    # Words that set the hateful word aside for another ("respect rather than hatred",
    # "welcomed rather than hated", "plutôt que de la haine").
    instead: tuple[str, ...] = ()
    # Words before a hateful word that make it the least of a quality ("the least
    # dangerous people I know"): a denial.
    least: tuple[str, ...] = ()
    # An excluding word that, after a negated verb of being, says "as if" ("it's not
    # like they are …").
    as_if: frozenset[str] = frozenset()
    # A word between a negation and the hateful word that makes it an exclamation:
    # "I have never seen such idiots", "never met such disgusting people" assert.
    exclaiming: frozenset[str] = frozenset()
    # Words that stand against what follows ("I'm against any harm to …", "stop killing
    # …", "end the violence against …"), and the words that may come between them and
    # the hate or harm they oppose ("any", "the"). Only hate or harm, never people
    # ("stop the immigrants" opposes no harm).
    opposing: tuple[str, ...] = ()
    # An excluding word that ends a harm rather than keeps people out: "no more dead
    # women", "not one more … killed" (not "no more immigrants").
    ending: frozenset[str] = frozenset()
    # A verdict that condemns a harm said right after it ("killing … is a crime",
    # "… is never acceptable"), over folded words; only a harm is judged so.
    condemning: str = ""
    # A verdict on what was just said, pointing back at it ("That's disgusting", "what a
    # vile thing to say", "it made me sick"): over folded words before the hateful word
    # (``pointing_before``) and right after it (``pointing_after``). It judges the words,
    # not the people, only when there are hateful words before it to judge.
    pointing_before: str = ""
    pointing_after: str = ""
    # The words of such a verdict that condemn what was just said ("disgusting",
    # "vile"): the statement before it is then judged, as a false one is, when the
    # verdict names a saying (``sayings``: "what a vile thing to say"; "…, which is
    # unacceptable" may judge the people). Words that call it prejudice
    # (``prejudice``: "racist", "bigotry") judge the statement whatever follows.
    condemnations: tuple[str, ...] = ()
    sayings: frozenset[str] = frozenset()
    prejudice: tuple[str, ...] = ()
    # A comparison that sets a group level with everyone ("no worse than anyone else",
    # "just as capable as the rest of us", "no less human than other people"): the
    # standard it is measured against (``standards``: everyone, or other people, never
    # "dogs"), the words that make it so when they end a standard of several words
    # (``persons``: "other tenants", "white people"), the word of equality ("as … as")
    # and the words that close a comparison ("than", "from").
    # A statement made the subject of a verdict that condemns it, in its own clause:
    # named as a saying or a way of speaking before it (``framing``: "your comment that
    # …", "referring to … as …", "calling …"), or as a whole clause ("that … are … is
    # disgusting"); the verdict's words besides ``condemnations`` and ``prejudice``
    # (``debasing``: "dehumanising", "insulting").
    framing: frozenset[str] = frozenset()
    debasing: tuple[str, ...] = ()
    # A question that puts the statement to the reader as their own belief, to
    # challenge it ("You really think … ?", "Do you honestly believe …?"), over folded
    # words before the hateful word.
    challenge: str = ""
    standards: frozenset[str] = frozenset()
    persons: tuple[str, ...] = ()
    equal: str = ""
    than: frozenset[str] = frozenset()


GRAMMARS: dict[str, Grammar] = {
    "en": Grammar(
        # With the negations typed without their apostrophe: "dont", "isnt", "cant".
        negators=_words(
            "not t never no nobody none nothing neither nor hardly zero cannot dont doesnt "
            "didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt cant aint mustnt"
        ),
        phrases=(
            "far be it",
            "far from",
            "fail to see",
            "fails to see",
            "failed to see",
            "fail to understand",
            "fails to understand",
        ),
        excluding=_words(
            "want wants wanted let lets allow allows trust trusts trusted hire "
            "hires stand care cares mind matter matters more like likes give "
            "place room business"
        ),
        conjunctions=_words(
            "but and so because cause cos though although yet while whereas then if unless"
        ),
        subjects=_words("they he she we you it these those i"),
        being=_words("are is re s was were am m ll will should must"),
        answers=_words("no not never absolutely certainly definitely of course hell way nope"),
        conditions=_words("if unless"),
        comparing=_words("else other as than more worse better"),
        positives=_words(
            "compassion respect lift finger value worth civilised civilized trusted important "
            "belong fit place"
        ),
        only=frozenset(),
        closers=frozenset(),
        nobody=_words("nobody nothing none noone"),
        disbelief=frozenset({"believe"}),
        pointing=_words("this that these those"),
        asking=_words("how why"),
        auxiliaries=_words(
            "is isn are aren do don does doesn did didn can could would wouldn isnt arent dont "
            "doesnt didnt cant wouldnt"
        ),
        reporting=_words(
            "that think thinks thought believe believes say says said claim mean feel"
        ),
        verdicts=(
            r"^((that|this|it|which|all that|all of that|none of that|none of this) )?"
            r"(is|s|was|are|were|has|have)( (simply|just|absolutely|clearly|completely|totally|"
            r"certainly|plainly|of course|really|obviously))* (?P<judged>(not |n t )?"
            r"(true|false|untrue|a lie|a myth|nonsense|rubbish|wrong|the case|so|right|"
            r"baseless|unfounded|groundless|no basis( in (fact|reality|truth))?|"
            r"correct|accurate|fiction|bullshit|a fact|(not|never) (one|something|a view|an idea|"
            r"a thing|what) (i|we|you|anyone|anybody|any of us|people|one)( (here|else|sane|"
            r"decent|reasonable))?( (would|d|will|ll|could|should|can|must|ever|personally))*"
            r" (share|shares|hold|holds|believe|believes|accept|accepts|say|says|write|"
            r"writes|repeat|think|thinks|agree with|endorse|support)))"
            r"( (at all|whatsoever|in any way|in any sense|ever|out loud|here))?$"
        ),
        falsity=_words(
            "false untrue lie myth nonsense rubbish wrong fiction bullshit baseless unfounded "
            "groundless"
        ),
        rhetoric=(
            r"((^| )(why|how|who) (would|could|should|can|will|d|ll)"
            r"( (i|we|you|anyone|anybody|one|people|somebody|someone|they|he|she))?"
            r"|(^| )what (s|is) there|(^| )as if (i|we|anyone|anybody|you|they)"
            r"( (would|could|d|will|ll))?)"
            r"( (ever|possibly|even|really|honestly|want|wish|need|have|to|want to))*$"
        ),
        attitudes=("hate", "hating", "loath", "despis", "detest", "dislik", "look down"),
        sparing=(
            "free from",
            "free of",
            "safe from",
            "without",
            "protected from",
            "protect them from",
            "rid of",
            "spared",
            "shielded from",
            "away from",
        ),
        harms=(
            "hate",
            "hating",
            "hatred",
            "loath",
            "despis",
            "detest",
            "dislik",
            "contempt",
            "disdain",
            "violen",
            "violent",
            "abus",
            "attack",
            "harm",
            "hurt",
            "murder",
            "kill",
            "suffer",
            "discriminat",
            "persecut",
            "harass",
            "threat",
            "danger",
            "fear",
            "torture",
            "rape",
            "dead",
            "death",
            "die",
            "dying",
            "lynch",
            "slaughter",
            "exterminat",
            "eradicat",
            "execut",
            "shoot",
            "shot",
            "stab",
            "beat",
            "gas",
            "disgust",
        ),
        absurd=(
            r"(^| )(it|that|this)( (is|s|was|would be))( (simply|just|so|utterly|completely|"
            r"plain|plainly|frankly|totally|absolutely))* (absurd|ridiculous|nonsense|wrong|"
            r"false|laughable|insane|crazy|silly|idiotic|a lie|a myth|untrue|bullshit|"
            r"ludicrous|preposterous|unfair|unjust|cruel|shameful|immoral|disgraceful|"
            r"unacceptable) to( (say|think|claim|believe|suggest|call|pretend|imagine|argue|"
            r"assume|treat|describe|label|want|wish|see|hurt|harm|kill|attack|hate|abuse|"
            r"mistreat)( |$)|$)"
            # "It's awful that people threaten …": a harm by others deplored.
            r"|(^| )(it|that|this)( (is|s|was))( (so|just|utterly|truly|really|deeply|"
            r"absolutely))* (awful|terrible|horrible|appalling|disgraceful|shameful|sad|"
            r"outrageous|sickening|disgusting|unacceptable|wrong|horrific|tragic|heartbreaking|"
            r"despicable|vile|criminal) (that|how|when) (people|anyone|anybody|someone|somebody|"
            r"some people|others|men|bigots|they|so many people|so many|we|society|folks)"
            r"( (still|would|could|can|should|even|ever|are|is|were|get away with|try to|want to"
            r"|dare to|feel free to|continue to|keep))*$"
        ),
        disowning=(
            r"^(and |but |yet |though )?(i|we)( (have|ve|had|d|would|will|could|ll))?"
            r" (do not|don t|did not|didn t|never|not|won t|can t|cannot|couldn t|wouldn t)"
            r"( (ever|really|for one|honestly))* (believe|believed|think|thought|buy|bought|"
            r"accept|accepted|agree|agreed|agree with|agreed with|say|said|share|shared|hold|write|"
            r"wrote|repeat|endorse)"
            r" (that|this|it|so|any of (that|this|it)|such a thing|anything like (that|this|it)|"
            r"such things|those words)"
            r"( (for (a|one) (second|moment|minute|instant)|at all|either|one bit|anymore|"
            r"whatsoever|ever))*$"
            # The same said by its auxiliary alone, after someone else's words: "Some say
            # …; I don't.", "…, but I never did.", "Not me."
            r"|^(and |but |yet |though )?((i|we)( (personally|myself|certainly))? (don t|do not|"
            r"didn t|did not|never did|never have|never will|never|won t|wouldn t|certainly "
            r"don t)( (though|either|anymore|myself))*|not (me|us|i|we))$"
            # "… said no one ever", "… said no decent person ever": nobody says it.
            r"|^said (no ?one|nobody|no( [a-z]+){0,2} (person|people|one|man|woman|human|"
            r"human being))( ever)?$"
            # Someone else's words, named as theirs: "… - that is what the graffiti said",
            # "…, which is how my neighbour put it".
            r"|^(and |but )?(that|this|which|it) (is|s|was) (what|how) (the |a |an |my |his |"
            r"her |their |our |your |some |one |this |that )?([a-z]+ ){0,3}(said|says|wrote|"
            r"writes|shouted|posted|read|reads|claimed|claims|chanted|yelled|put it|sprayed|"
            r"scrawled|painted)( [a-z]+){0,4}$"
        ),
        refusals=_words("nope nah hardly"),
        granting=_words(
            "idea clue wonder doubt kidding joke question surprise surprised surprising "
            "matter comment offence offense all every everyone everybody only just even "
            "exactly quite entirely completely totally always necessarily much sure more "
            "less longer really one"
        ),
        agreeing=_words("exactly indeed yes true correct right worse"),
        rhetorical=_words("more worse than better"),
        stronger=_words("enough even only just begin half strong harsh bad"),
        leading=_words("the a an being so just plain simply"),
        last=("the last",),
        disputing=_words(
            "deny denies denied denying doubt doubts doubted doubting dispute disputes "
            "disputing question questioning"
        ),
        released=(
            (
                _words("let lets allow allows allowed permit"),
                r"(^| )(tell|tells|say|says|call|calls|treat|treats|describe|label|hurt|harm|"
                r"attack|abuse|insult|speak|talk|be|get|feel|suffer)( |$)",
            ),
            (_words("stand stands"), r"^for( |$)"),
            (_words("like likes"), r"^(it|hearing|seeing|reading|when|how|the way)( |$)"),
            (
                _words("want wants wanted wish wishes"),
                r"^to (say|imply|suggest|sound|call|describe|label)( |$)"
                r"|(^| )to (be|feel|get|suffer)( [a-z]+)?( like| as)?( a| an| the)?$",
            ),
        ),
        instead=("rather than", "instead of"),
        least=("the least",),
        as_if=frozenset({"like"}),
        opposing=(
            "against",
            "opposed to",
            "oppose",
            "opposes",
            "opposing",
            "stop",
            "stops",
            "stopped",
            "stopping",
            "quit",
            "gave up",
            "end",
            "ended",
            "ending",
            "put an end to",
            "condemn",
            "condemns",
            "condemning",
            "reject",
            "rejects",
            "fight",
            "fighting",
            "combat",
            "no to",
            "zero tolerance for",
            "tolerance for",
            "prevent",
            "preventing",
        ),
        ending=frozenset({"more"}),
        exclaiming=frozenset({"such"}),
        condemning=(
            r"^((that|this|it|which) )?(is|s|was|are|were|would be|will always be|would|will)"
            r"( (simply|just|absolutely|clearly|always|still|plainly|nothing less than|"
            r"nothing but|be|so|truly|utterly|downright|deeply|an|a))* (a crime|criminal|a sin|"
            r"inhumane|barbaric|unacceptable|inexcusable|unjustifiable|indefensible|unforgivable|"
            r"monstrous|evil|wicked|abhorrent|despicable|vile|shameful|disgraceful|appalling|"
            r"horrific|horrendous|atrocious|an atrocity|atrocity|unthinkable|unconscionable|"
            r"cowardly|sick|sickening|disgusting|wrong|immoral|cruel|abnormal|unnatural|"
            r"(never|not|in no way) (ok|okay|acceptable|justified|justifiable|right|fine|"
            r"the answer|a solution|alright|normal|natural|healthy|reasonable|excusable))( |$)"
        ),
        pointing_before=(
            r"^((and|but|so|honestly|frankly) )?((i|we) (think|find|feel|believe|would say) )?"
            r"(that|this|it|which|what a|what an|such a|"
            r"such an|how)( (is|s|was|sounds|sounded|seems|seemed|looks|makes me|made me|"
            r"make me|left me|leaves me|turns my stomach|is just|is such a|is a|was a|was such a"
            r"|s a|s such a|s just))?( (feel|so|just|absolutely|utterly|truly|really|frankly|"
            r"simply|pretty|quite|totally|completely|deeply|physically|downright|plain|a|an|"
            r"such))*$"
        ),
        pointing_after=(
            r"^((thing|things|comment|comments|remark|remarks|statement|view|views|idea|ideas|"
            r"attitude|message|slogan|lie|nonsense|thought|words|to|for|of|that|how|when)( |$)|$)"
        ),
        condemnations=(
            "disgust",
            "vile",
            "sick",
            "shameful",
            "disgraceful",
            "appalling",
            "horrible",
            "horrific",
            "awful",
            "hateful",
            "despicable",
            "revolting",
            "outrageous",
            "repugnant",
            "abhorrent",
            "offensive",
            "unacceptable",
            "evil",
            "nasty",
            "ugly",
        ),
        sayings=_words(
            "say says said saying write wrote written post posted comment comments remark "
            "remarks words slogan graffiti hear heard read thing things statement"
        ),
        prejudice=(
            "racist",
            "sexist",
            "bigoted",
            "bigotry",
            "homophobic",
            "transphobic",
            "islamophobic",
            "ableist",
            "xenophobic",
            "misogynist",
            "hate speech",
            "racism",
            "prejudice",
        ),
        framing=_words(
            "comment comments claim claims idea notion view views suggestion suggestions "
            "statement statements remark remarks assertion belief slogan post tweet joke jokes "
            "insinuation implication calling referring describing labelling labeling saying "
            "suggesting claiming implying comparing treating branding painting portraying"
        ),
        debasing=(
            "dehumanis",
            "dehumaniz",
            "degrading",
            "demeaning",
            "insulting",
            "hurtful",
            "ignorant",
            "cruel",
            "wrong",
            "unfair",
            "unjust",
            "out of line",
            "beyond the pale",
            "not okay",
            "not ok",
            "never okay",
            "never ok",
            "not acceptable",
            "never acceptable",
        ),
        challenge=(
            r"(^| )(so |and )?(do |did |would |could )?you (really|seriously|honestly|actually|"
            r"genuinely|still|truly)( (think|believe|expect|imagine|reckon)( that)?)?( |$)"
        ),
        standards=_words(
            "anyone anybody everyone everybody us me you others other rest men women locals "
            "natives we all"
        ),
        persons=(
            "people",
            "men",
            "women",
            "ones",
            "folk",
            "person",
            "tenant",
            "neighbour",
            "neighbor",
            "citizen",
            "resident",
            "student",
            "worker",
            "colleague",
            "kid",
            "child",
            "famil",
            "parent",
            "customer",
            "employee",
            "staff",
            "driver",
            "manager",
            "guy",
            "boy",
            "girl",
        ),
        equal="as",
        than=_words("than from"),
    ),
    "fr": Grammar(
        negators=_words("ne n pas jamais rien aucun aucune aucuns personne ni nullement"),
        phrases=("loin de",),
        excluding=_words(
            "veux veut voulons voulez veulent voulais laisse laissez laissons laisser "
            "supporte supportent supporter supportons faites fais confiance plus "
            "embauche embauchez embaucher place"
        ),
        conjunctions=_words("mais car parce donc puis et or si sauf"),
        subjects=_words("ils elles il elle ce c on nous vous je j"),
        being=_words("sont est etaient etait sera seront suis sommes etes"),
        answers=_words("non pas jamais absolument certainement surement bien sur evidemment"),
        conditions=_words("si sauf"),
        comparing=_words("autre autres aussi plus pire pires moins que qu"),
        positives=_words("compassion respect valeur place digne dignes confiance doigt"),
        only=frozenset({"que", "qu"}),
        closers=_words("pas jamais plus guere point"),
        nobody=_words("rien personne"),
        disbelief=frozenset({"croire"}),
        pointing=_words("ce cet cette ces"),
        asking=_words("pourquoi comment"),
        auxiliaries=frozenset(),
        reporting=_words("que qu pense pensons crois croyons dis dit dire"),
        disowning=(
            r"^(et |mais )?(je|j|nous|on) (n |ne )?(y |le |l )?(ai |avons |a )?"
            r"(crois|croyons|croit|pense|pensons|pense|dis|disons|dit|partage|partageons|"
            r"cru|pense|dit|partage) (pas|jamais|rien|pas du tout|pas une seconde|"
            r"absolument pas)( (une seconde|un instant|du tout|un seul instant))?$"
        ),
        refusals=_words("nan non"),
        granting=_words(
            "tous toutes tout tout le seulement que qu vraiment forcement exactement "
            "completement totalement toujours sur idee doute etonnant question plus moins"
        ),
        agreeing=_words("exactement justement oui vrai raison pire"),
        rhetorical=_words("plus pire pires mieux"),
        stronger=_words("assez suffit suffisant meme seulement que qu fort"),
        leading=_words("le la les l un une des etre"),
        last=("le dernier", "la derniere"),
        disputing=_words("nier nie nient contester conteste douter doute"),
        instead=("plutot que", "plutot qu", "au lieu de", "au lieu d"),
        least=("le moins", "la moins", "les moins"),
    ),
}

# Punctuation that ends a clause (commas too) and a sentence; dashes and brackets also
# set a clause apart.
_CLAUSE_MARK = re.compile(r"[,;:()\[\]–—]| - ")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    """Lower-cased, without diacritics, apostrophes as spaces ("don't" → "don t")."""
    return normalise.apply_text(text, normalise.FOLD_STEPS).replace("’", " ").replace("'", " ")


def _clauses(sentence: str, grammar: Grammar) -> list[list[str]]:
    """The clauses of one sentence, each a list of folded words.

    A comma right after a negation does not end its clause ("… are not, in any way,
    disgusting"): the negation reaches past the aside."""
    pieces = [_WORD.findall(piece) for piece in _CLAUSE_MARK.split(sentence)]
    clauses: list[list[str]] = []
    carry = False
    for words in pieces:
        if carry and clauses and not _opens_with_subject(words, grammar):
            clauses[-1] = clauses[-1] + words  # an aside: the negation still reaches on
        else:
            clauses.append(list(words))
            # "not, …" and a denying aside ("…, in no way, …", "…, en aucune façon, …")
            # reach into what follows.
            carry = bool(words) and (
                words[-1] in grammar.negators
                or (len(words) <= 4 and any(w in grammar.negators for w in words))
            )
    out: list[list[str]] = []
    for words in clauses:
        out += _split_at_openers(words, grammar)
    return [c for c in out if c]


def _opens_with_subject(words: list[str], grammar: Grammar) -> bool:
    return len(words) >= 2 and words[0] in grammar.subjects and words[1] in grammar.being


def _split_at_openers(words: list[str], grammar: Grammar) -> list[list[str]]:
    """A clause cut where a conjunction or a new subject with a verb of being starts."""
    out: list[list[str]] = [[]]
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        joined = i > 0 and (words[i - 1], word) in {("as", "if"), ("comme", "si")}
        opens = (word in grammar.conjunctions and not joined) or (
            word in grammar.subjects
            and following in grammar.being
            and i > 0
            and words[i - 1] not in grammar.reporting
        )
        if opens and out[-1]:
            out.append([])
        out[-1].append(word)
    return out


def _denies_before(words: list[str], end: int, grammar: Grammar, size: int = 1) -> bool:
    """Whether a negation that denies stands before ``end`` in the clause ``words``:
    not one that excludes ("don't want …", "ne peux pas supporter …"), nor one in a
    condition ("if they weren't …"), nor one a comparison makes a superlative ("no one
    else is as … as"), nor one before a word whose negation is the hate ("no
    compassion")."""
    if words and words[0] in grammar.conditions:
        return False
    at = [i for i in range(end) if _negates(words, i, grammar)]
    text = " ".join(words[:end])
    if not at and not any(re.search(rf"(^| ){p}( |$)", text) for p in grammar.phrases):
        return False
    first = at[0] if at else 0
    between = words[first + 1 : end + size]
    if any(_excludes(words, i, end, grammar) for i in at):
        return False
    if any(w in grammar.exclaiming for w in between):
        return False
    # "There's no denying that …", "no one can deny …": the negation denies the denial.
    if any(w in grammar.disputing for i in at for w in words[i + 1 : i + 4]):
        return False
    # "It's not wrong to say …", "ce n'est pas faux de dire …": a verdict of falsity
    # denied asserts what follows.
    if any(w in grammar.falsity for i in at for w in words[i + 1 : i + 3]):
        return False
    if any(_exclaims(words[i + 1 : i + 5], grammar) for i in at):
        return False
    # "No one else is as … as", "rien de plus … que": a superlative. ("… are no more
    # violent than anyone" compares the group itself and stays a denial.)
    compared = [w for w in between[: end - first - 1] if w in grammar.comparing]
    # "as" compares only as "as … as" ("none of my colleagues see them as a burden").
    if any(_someone(words, i, grammar) for i in at) and (
        any(w != "as" for w in compared) or compared.count("as") > 1
    ):
        return False
    # "Vous n'êtes que des …", "ne sont rien d'autre que …": "ne … que" restricts, it
    # does not deny (unless a "pas" or "jamais" closes the negation before it: "je ne
    # pense pas que …").
    for i in at:
        before = words[i + 1 : end]
        for k, word in enumerate(before):
            if word in grammar.only and not any(w in grammar.closers for w in before[:k]):
                return False
    # ("worthless" is no "worth": a word ending in "less" negates itself.)
    return not any(
        w.startswith(tuple(grammar.positives)) and not w.endswith("less") for w in between
    )


def _excludes(words: list[str], i: int, end: int, grammar: Grammar) -> bool:
    """Whether the negation at ``i`` excludes ("don't want them", "never trust", "no
    more") rather than denies: an excluding word right after it, unless what it keeps
    from happening is a saying or a harm (``Grammar.released``: "don't let anyone tell
    you …", "I don't want them to be hated")."""
    for j in range(i + 1, min(i + 3, len(words))):
        if words[j] not in grammar.excluding:
            continue
        # "It's not like they are …": a verb of being before the negation makes "like"
        # an "as if", no dislike.
        if words[j] in grammar.as_if and i > 0 and words[i - 1] in grammar.being:
            continue
        # "No more dead women", "not one more … killed": what ends is a harm.
        if words[j] in grammar.ending and _harm(words[end : end + 1], grammar):
            continue
        span = " ".join(words[j + 1 : end])
        if not any(words[j] in keys and re.search(rule, span) for keys, rule in grammar.released):
            return True
    return False


def _harm(phrase: list[str], grammar: Grammar) -> bool:
    """Whether ``phrase`` names hate or harm (``Grammar.harms``), not people or a quality."""
    return bool(phrase) and " ".join(phrase).startswith(grammar.harms)


# Words that may stand between a word of opposition and the harm it opposes ("against
# any harm", "end the senseless killing").
_BEFORE_HARM = _words(
    "the a an any all more further such senseless needless this these those every of "
    "hate hateful violent"
)


def _opposed(words: list[str], at: int, phrase: list[str], grammar: Grammar) -> bool:
    """Whether the hate or harm at ``at`` is what the writer stands against: "I'm
    against any harm to …", "stop killing …", "end the violence against …", "zero
    tolerance for hatred of …". Only hate or harm, with at most three small words
    between ("stop the immigrants before they kill us" opposes the people)."""
    if not grammar.opposing or not _harm(phrase, grammar):
        return False
    for start in range(max(at - 3, 0), at + 1):
        if any(w not in _BEFORE_HARM for w in words[start:at]):
            continue
        before = " ".join(words[max(start - 4, 0) : start])
        if any(re.search(rf"(^| ){p}$", before) for p in grammar.opposing):
            return True
    return False


def _set_aside(words: list[str], at: int, grammar: Grammar) -> bool:
    """Whether the hateful word at ``at`` is set aside for another ("respect rather than
    hatred", "welcomed rather than hated") or named as the least of a quality ("the
    least dangerous people I know")."""
    start = at
    while start > 0 and words[start - 1] in grammar.leading:
        start -= 1  # "rather than a plague"
    before = " ".join(words[max(start - 3, 0) : start])
    return any(before.endswith(p) for p in grammar.instead) or any(
        before.endswith(p) for p in grammar.least
    )


def _exclaims(after: list[str], grammar: Grammar) -> bool:
    """ "can't believe this …", "je ne peux pas croire ce …": disbelief at someone, not a
    denial of what follows."""
    for i, word in enumerate(after[:-1]):
        if word in grammar.disbelief and after[i + 1] in grammar.pointing:
            return True
    return False


def _someone(words: list[str], i: int, grammar: Grammar) -> bool:
    """Whether the negation at ``i`` is a subject: "no one", "nothing", "personne"."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in grammar.nobody or (
        words[i] in {"no", "aucun", "aucune"}
        and following in {"one", "other", "others", "autre", "autres"}
    )


def _negates(words: list[str], i: int, grammar: Grammar) -> bool:
    """Whether ``words[i]`` is a negation; a one-letter one ("don t", "n'est") only
    between longer words, since "t r a n s" is a name spelt out."""
    if words[i] not in grammar.negators:
        return False
    if len(words[i]) > 1:
        return True
    near = words[max(i - 1, 0) : i] + words[i + 1 : i + 2]
    return all(len(w) > 1 for w in near)


def _asks(sentence: str, grammar: Grammar) -> bool:
    """Whether ``sentence`` is a question: its mark, or a question's first words, or the
    French inversion "n'est-il pas", "n'est-ce pas"."""
    words = _WORD.findall(sentence)
    if sentence.rstrip().endswith("?") or (words and words[0] in grammar.asking):
        return True
    if words and words[0] in grammar.auxiliaries:
        rest = words[2:3] if words[1:2] == ["t"] else words[1:2]
        if rest and rest[0] in grammar.subjects | {"there"}:
            return True
    return bool(
        re.search(r"(^| )(est|sont|a|ont) (il|elle|ce|ils|elles) pas( |$)", " ".join(words))
    )


def _is_bare_answer(sentence: str, grammar: Grammar) -> bool:
    """Whether ``sentence`` opens on a reply that denies: "Absolutely not.", "No, they're
    not.", "Of course not, and …", "Never in this office.", "Hardly - …", "Nonsense.",
    "They aren't." A reply that grants a part or is no answer ("Not all of them", "No
    idea", "No doubt") denies nothing, nor one that agrees further on ("No, that's
    exactly what they are")."""
    pieces = _CLAUSE_MARK.split(sentence)
    words = _WORD.findall(pieces[0]) if pieces else []
    if not words:
        return False
    # "Hating Muslims? Why would I?": a rhetorical reply that asks who would.
    if grammar.rhetoric and len(words) <= 4 and re.search(grammar.rhetoric, " ".join(words)):
        return not any(w in grammar.negators for w in words)
    first = _split_at_openers(words, grammar)[0]
    rest = _WORD.findall(sentence)[len(first) :]
    if any(w in grammar.agreeing for w in rest):
        return False
    no = grammar.negators | grammar.refusals
    k = 0  # "absolutely", "of course", "hell" before the negation
    while k < len(first) and first[k] in grammar.answers and first[k] not in no:
        k += 1
    if k == len(first):
        return False
    if first[k] in grammar.falsity:  # "Nonsense.", "Rubbish, …"
        return len(first) - k <= 2
    if first[k] in no:
        following = first[k + 1] if k + 1 < len(first) else ""
        return following not in grammar.granting
    # "They aren't.", "They're not.": a subject, its verb and the negation, nothing more.
    allowed = grammar.subjects | grammar.being | grammar.auxiliaries | no
    return len(first) <= 4 and all(w in allowed for w in first) and any(w in no for w in first)


def denied(text: str, words: list[str], language: str | None) -> bool:
    """Whether every one of ``words`` (the hateful words the patterns found, folded) that
    occurs in ``text`` stands in a clause that denies it; False when none is found or the
    language has no grammar here.

    >>> denied("Trans people are not, in any shape or form, disgusting.", ["disgusting"], "en")
    True
    >>> denied("Women are not capable of leading, they are stupid.", ["stupid"], "en")
    False
    """
    grammar = GRAMMARS.get(language or "")
    if grammar is None:
        return False
    sentences = [s for s in _SENTENCE.split(_fold(text)) if s.strip()]
    wanted = [w.split() for w in dict.fromkeys(words) if w.strip()]
    found = denials = pointed = 0
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        parts = _clauses(sentence, grammar)
        # A question answered by a denial: "Immigrants? Scum? Absolutely not.", "Are
        # they freaks? No, they're not." The reply is the first sentence after the
        # run of questions.
        reply = next(
            (
                s for s in sentences[index + 1 :]
                if not s.rstrip().endswith("?") or _is_bare_answer(s, grammar)
            ),
            "",
        )  # fmt: skip
        # A question that compares ("is there anything worse than …?") asks nothing.
        question = (
            sentence.rstrip().endswith("?")
            and not any(w in grammar.rhetorical for w in _WORD.findall(sentence))
            and _is_bare_answer(reply, grammar)
        )
        for number, clause in enumerate(parts):
            for phrase in wanted:
                # A hateful phrase that holds its own negation ("no place", "n'ont rien
                # à faire", "jamais attirants") is asserted, whatever stands before it.
                own = any(w in grammar.negators for w in phrase)
                for at in _occurrences(clause, phrase):
                    found += 1
                    if _points_back(clause, at, len(phrase), grammar):
                        pointed += 1
                        denials += 1
                        continue
                    # A negation inside a question asks, it does not deny ("is it not
                    # obvious that …?", "aren't they …?").
                    asks = _asks(sentence, grammar)
                    after = clause[at + len(phrase) :]
                    judged = _judged_false(after, parts[number + 1 :], following, grammar)
                    denials += (
                        judged
                        or _levels(clause, grammar)
                        or _statement_condemned(clause, at, len(phrase), grammar)
                        or (asks and _challenged(clause[:at], following, grammar))
                        or (
                            not own
                            and (
                                question
                                or _fronted(clause, at, len(phrase), grammar)
                                or _set_aside(clause, at, grammar)
                                or _asks_who_would(clause, at, phrase, grammar)
                                or _spared(*_with_coordinated(parts, number, at), phrase, grammar)
                                or _opposed(clause, at, phrase, grammar)
                                or _condemned(after, phrase, grammar)
                                or (not asks and _denies_before(clause, at, grammar, len(phrase)))
                            )
                        )
                    )
    # A verdict pointing back ("That's disgusting") judges the hate said before it; alone,
    # it is the hate ("Gay couples everywhere. Disgusting.").
    return found > pointed and denials == found


def _points_back(words: list[str], at: int, size: int, grammar: Grammar) -> bool:
    """Whether the hateful word at ``at`` is a verdict pointing back at what was just
    said: "That's disgusting", "What a vile thing to say", "It made me sick" — the
    words of a clause that judges a saying, not people."""
    if not grammar.pointing_before or at == 0:
        return False
    before = " ".join(words[:at])
    after = " ".join(words[at + size :])
    return bool(
        re.search(grammar.pointing_before, before) and re.search(grammar.pointing_after, after)
    )


def _statement_condemned(words: list[str], at: int, size: int, grammar: Grammar) -> bool:
    """Whether the statement the hateful word at ``at`` stands in is the subject of a
    verdict that condemns it, in the same clause: "Your comment that … are a disease is
    disgusting", "Referring to … as rats is dehumanising", "That … are vermin is a
    racist lie". Not "The fact that …" (a fact is asserted), nor a verdict on people
    ("… are rats, which is …" is two clauses)."""
    # "The fact that …" asserts; a relative clause ("… people who are cruel") says it of
    # the people.
    if not grammar.framing or "fact" in words[:at] or any(w in _RELATIVE for w in words):
        return False
    verdicts = grammar.condemnations + grammar.prejudice + grammar.debasing
    before = [w for w in words[:at] if w not in _DEGREE]
    if (
        " ".join(words[at:]).startswith(verdicts)
        and len(before) >= 3
        and before[-1] in _SINGULAR
        and before[-2] not in grammar.subjects
    ):
        # The hateful word is the verdict itself: "… are a disease is disgusting".
        before = before[:-1]
    framed = any(w in grammar.framing for w in before) or any(w in grammar.being for w in before)
    if not framed:
        return False
    if len(before) < at - sum(w in _DEGREE for w in words[:at]):
        return True
    after = words[at + size :]
    for k, word in enumerate(after[:3]):
        if word not in _SINGULAR:
            continue
        rest = [w for w in after[k + 1 :] if w not in _DEGREE]
        text = " ".join(rest)
        return text.startswith(grammar.condemnations + grammar.prejudice + grammar.debasing)
    return False


_RELATIVE = _words("who whom whose which")
# A statement or a saying is one thing: its verdict takes "is" ("… are vermin is racist").
_SINGULAR = _words("is was")


# Words of degree between a verb of being and its verdict ("is simply disgusting").
_DEGREE = _words(
    "so just simply utterly truly really deeply absolutely totally completely downright "
    "plainly frankly quite pretty very a an such"
)


def _challenged(before: list[str], following: str, grammar: Grammar) -> bool:
    """Whether a question puts what follows to the reader as their own belief, to
    challenge it: "You really think … are inferior?", "Do you honestly believe …?" —
    not "Don't you think …?", which leads, nor one the next sentence agrees with
    ("… ? You're right.")."""
    if not grammar.challenge or any(_negates(before, i, grammar) for i in range(len(before))):
        return False
    if any(w in grammar.agreeing for w in _WORD.findall(following)):
        return False
    return re.search(grammar.challenge, " ".join(before)) is not None


def _levels(words: list[str], grammar: Grammar) -> bool:
    """Whether the clause ``words`` sets someone level with everyone: an equality ("just
    as capable as anyone else", "as human as the rest of us") or a negated comparison
    ("no worse than anyone", "not any more dangerous than other people", "no different
    from other tenants"), measured against everyone or other people. Not a negated
    equality ("not as smart as men": less), not a comparison whose negation is its
    subject ("nothing worse than …", "no one is more … than": a superlative), not a
    standard that is no person ("no better than animals")."""
    if not grammar.than and not grammar.equal:
        return False
    for t, word in enumerate(words):
        closes_equal = word == grammar.equal and grammar.equal in words[max(t - 3, 0) : t]
        if not (word in grammar.than or closes_equal) or not _standard(words[t + 1 :], grammar):
            continue
        start = max(t - 8, 0)
        negations = [i for i in range(start, t) if _negates(words, i, grammar)]
        if any(_someone(words, i, grammar) for i in negations):
            continue
        if closes_equal:
            # "as … as": level unless negated ("not as smart as").
            first = max(i for i in range(start, t) if words[i] == grammar.equal)
            if not any(i < first for i in negations):
                return True
        elif negations:
            return True
    return False


def _standard(words: list[str], grammar: Grammar) -> bool:
    """Whether the words after "than" or "as" name everyone or other people."""
    head = [w for w in words[:4] if w not in {"the", "any", "of", "a", "an"}]
    # "as dangerous as everyone says": what people say, no standard.
    if not head or any(w in grammar.reporting or w in _KNOWING for w in words[:4]):
        return False
    if head[0] in grammar.standards:
        return True
    return any(w.startswith(grammar.persons) for w in head[:3])


_KNOWING = _words("know knows knew fear fears feared expect expects expected suspect suspects")


def levelled(text: str, language: str | None) -> bool:
    """Whether some clause of ``text`` sets someone level with everyone (``_levels``):
    "Immigrants are just as trustworthy as anyone else" says nothing against them."""
    grammar = GRAMMARS.get(language or "")
    if grammar is None:
        return False
    return any(
        _levels(clause, grammar)
        for sentence in _SENTENCE.split(_fold(text))
        for clause in _clauses(sentence, grammar)
    )


def _condemns(words: list[str], grammar: Grammar) -> bool:
    """Whether the clause ``words`` is a verdict pointing back that condemns what was just
    said: "What a vile thing to say", "That's racist" — not "…, which is unacceptable",
    which may judge the people."""
    names_saying = any(w in grammar.sayings for w in words)
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        judges = rest.startswith(grammar.prejudice) or (
            names_saying and rest.startswith(grammar.condemnations)
        )
        if judges and _points_back(words, k, 1, grammar):
            return True
    return False


def _fronted(words: list[str], at: int, size: int, grammar: Grammar) -> bool:
    """Whether the hateful word at ``at`` opens its clause as the subject of a negated
    verb of being: "Vermin is not how I'd describe refugees", "Trash isn't what they
    are", "Filth is the last word I'd use for …", "Parasite n'est pas un mot qu'on
    emploie pour …" — the writer says the word does not fit. Not when the verdict
    calls the word too weak ("dumb is not strong enough for them")."""
    if any(w not in grammar.leading for w in words[:at]):
        return False
    after = words[at + size : at + size + 4]
    if not after or after[0] not in grammar.being | grammar.negators | grammar.auxiliaries:
        return False
    if any(w in grammar.stronger for w in words[at + size : at + size + 5]):
        return False
    text = " ".join(after)
    negated = any(w in grammar.negators for w in after[:3])
    return negated or any(text.startswith(f"{b} {p}") for b in grammar.being for p in grammar.last)


def _asks_who_would(words: list[str], at: int, phrase: list[str], grammar: Grammar) -> bool:
    """Whether the hateful verb at ``at`` is what a rhetorical question asks who would
    ever do ("Why would I hate Muslims?", "Who could ever despise …", "What's there to
    hate about gay people?", "As if I would ever hate women."): it says nobody would;
    or that a verdict said before it calls false ("It's ridiculous to say that
    immigrants are vermin"). Not when a negation turns it round ("why shouldn't I hate
    …", "what's not to hate", "it's not wrong to say"), nor when the hateful word is no
    verb of feeling ("why would anyone kill …" may ask for a better way)."""
    before = words[:at]
    if not grammar.rhetoric or any(w in grammar.negators for w in before):
        return False
    if grammar.absurd and re.search(grammar.absurd, " ".join(before)):
        return True  # "it's ridiculous to say that …": judged false before it is said
    if not " ".join(phrase).startswith(grammar.attitudes):
        return False
    return re.search(grammar.rhetoric, " ".join(before)) is not None


def _with_coordinated(parts: list[list[str]], number: int, at: int) -> tuple[list[str], int]:
    """The clause ``parts[number]`` with the one before it when it only adds a noun to it
    ("free from violence | and hatred"), and ``at`` moved along."""
    clause = parts[number]
    if number and clause[0] in {"and", "or", "nor"} and len(clause) <= 3:
        before = parts[number - 1]
        return before + clause, at + len(before)
    return clause, at


def _spared(words: list[str], at: int, phrase: list[str], grammar: Grammar) -> bool:
    """Whether the hate or harm at ``at`` is what people are kept from: "Women deserve to
    live free from violence and hatred", "a shop free of hate", "without fear of being
    attacked". Only hate or harm, never a name for people ("a town free of parasites")."""
    if not grammar.sparing or not " ".join(phrase).startswith(grammar.harms):
        return False
    before = " ".join(words[:at])
    return any(re.search(rf"(^| ){p}( |$)", before) for p in grammar.sparing)


def _judged_false(
    after: list[str], later: list[list[str]], following: str, grammar: Grammar
) -> bool:
    """Whether the statement a hateful word stands in is judged false right after it:
    the rest of its own clause ("… vermin is simply not true"), the next clause ("…
    vermin, which is a lie") or the next sentence ("… disgusting? That is false."); or
    disowned by the writer in the next clause or sentence ("… - I don't believe that
    for a second", "…? I don't think so")."""
    first = _WORD.findall(following)
    disowned = [c for c in [*later[:1], first] if c]
    # Unless the writer then sides with those words: "… - that's what my uncle says, and
    # he's right".
    siding = any(w in _SIDING for words in [*later[1:], first] for w in words)
    if (
        grammar.disowning
        and not siding
        and any(re.search(grammar.disowning, " ".join(words)) for words in disowned)
    ):
        return True
    # "… - what a vile thing to say", "…? Never. That's disgusting.": condemned.
    following_first = _clauses(following, grammar)[:1] if following else []
    if not siding and any(_condemns(c, grammar) for c in [*later[:1], *following_first]):
        return True
    if not grammar.verdicts:
        return False
    rests = [after[k:] for k in range(min(len(after), 3) + 1)]
    candidates = rests + later[:1]
    if first:
        candidates.append(first)
    for words in candidates:
        found = re.search(grammar.verdicts, " ".join(words))
        if found is not None:
            judged = found.group("judged").split()
            negated = judged[0] in {"not", "n"}
            # "has no basis in fact": no word of falsity, the missing basis says it.
            false = any(w in grammar.falsity for w in judged) or judged[:2] == ["no", "basis"]
            return negated != false
    return False


# Words by which a writer sides with what was just said: the words are then theirs.
_SIDING = _words("right true agree agrees correct")


# The endings a word of harm takes ("kill" → "killing", "violen" → "violence",
# "stab" → "stabbed"); not "executive", "stable" or "diet".
_HARM_ENDINGS = re.compile(
    r"(s|es|e|ed|d|ing|er|ers|ion|ions|ce|ly|ful|ous|uous|ment|en|bed|bing|sed|sing)?$"
)


def harm_words(text: str, language: str | None) -> list[str]:
    """The words of ``text`` (folded) that name hate or harm (``Grammar.harms`` with their
    endings: "killing", "violence", "hatred"), for a message whose hate the patterns did
    not find: the clause reading is asked whether every one of them is denied."""
    grammar = GRAMMARS.get(language or "")
    if grammar is None:
        return []
    found = []
    for word in _WORD.findall(_fold(text)):
        stems = [h for h in grammar.harms if " " not in h and word.startswith(h)]
        if any(_HARM_ENDINGS.fullmatch(word[len(h) :]) for h in stems):
            found.append(word)
    return list(dict.fromkeys(found))


def _condemned(after: list[str], phrase: list[str], grammar: Grammar) -> bool:
    """Whether the harm ``phrase`` is condemned right after it, within its clause:
    "Killing … is a crime", "Violence against … is never acceptable". Only a harm: "…
    are criminals, which is unacceptable" judges no harm."""
    if not grammar.condemning or not _harm(phrase, grammar):
        return False
    return any(re.search(grammar.condemning, " ".join(after[k:])) for k in range(4))


def _occurrences(words: list[str], phrase: list[str]) -> list[int]:
    """Where ``phrase`` starts in ``words``; its last word may be a prefix ("mepris" of
    "mepriser"), as the patterns match."""
    n = len(phrase)
    return [
        i
        for i in range(len(words) - n + 1)
        if words[i : i + n - 1] == phrase[:-1] and words[i + n - 1].startswith(phrase[-1])
    ]
