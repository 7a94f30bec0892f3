"""What the letter checker looks for, per language, and what it suggests instead.

Cues are regular expressions matched case-insensitively on whole words (``\\w*`` lets a
stem take any ending, so ``remerci\\w*`` covers *remercie* and *remercions*). They are
written as grammar rather than as fixed sentences: a second-person subject followed by
"always" or "never", a judgement adjective after "you are", a cause that points at the
reader ("because you never…"), a farewell verb in any person and tense next to the word
for the collaboration. Each rule also has a better way to say it, in the letter's own
language, ready to paste into the draft.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    # Personal attacks, character judgements and blame, also blame phrased as cause and
    # effect ("your constant changes made the project fail").
    attacks: tuple[str, ...]
    slammed_door: tuple[str, ...]  # "don't contact us again", "this is not open to discussion"
    added_reasons: tuple[str, ...]  # "moreover", "another reason": a second reason coming
    causes: tuple[str, ...]  # "because": two of them are two reasons
    # Subjects a reason can be about; three different ones in the reasoning of one letter
    # are several reasons, however they are joined.
    topics: dict[str, tuple[str, ...]]
    thanks: tuple[str, ...]
    next_steps: tuple[str, ...]  # what happens now: future tenses, handover, a first step
    months: str  # regex alternatives for month names after a day number
    alternatives: tuple[str, ...]  # a provider offered or described
    suggesting: tuple[str, ...]  # words that, beside a company's name, offer it as an alternative
    not_names: frozenset[str]  # capitalised words that are not a company's name
    first_person: tuple[str, ...]  # "we", "I", "our": a sentence about us, not a third party
    list_joiners: str  # what separates the items of a list: ", ", " and "
    respect: tuple[str, ...]  # the letter names a behaviour: read as an abuse letter
    parting: tuple[str, ...]  # the letter ends the relationship
    suggestions: dict[str, str]


EN_MONTHS = tuple(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
EN_DAYS = tuple(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

EN = Wording(
    attacks=(
        r"(?:difficult|hard|impossible|exhausting|painful|frustrating|a\s+nightmare|a\s+struggle"
        r"|draining|tiring|a\s+pain)\s+(?:to\s+work|working|to\s+deal|dealing|to\s+cooperate)"
        r"\s+with\s+you",
        r"you(?:'re|\s+are|\s+were|\s+have\s+been|'ve\s+been)\s+(?:\w+\s+){0,2}?"
        r"(?:difficult|impossible|rude|unreasonable|incompetent|useless|lazy|hopeless|toxic"
        r"|unprofessional|disorgani[sz]ed|clueless|ungrateful|dishonest|arrogant|hard\s+to\s+\w+"
        r"|the\s+worst|a\s+pain|a\s+nightmare|exhausting|terrible|awful|selfish|childish"
        r"|careless|irresponsible|unreliable|stupid|(?:a\s+)?(?:joke|disaster)|amateurs?|idiots?)",
        r"you\s+(?:always|never|constantly|keep|continually|repeatedly|consistently)",
        r"you\s+(?:\w+\s+)?(?:demand|ask(?:\s+for)?|expect|want|require)\s+(?:far\s+|way\s+|much\s+)?"
        r"too\s+much",
        r"(?:it\s+is\s+|it's\s+)?(?:all\s+)?your\s+(?:own\s+)?fault",
        r"because\s+of\s+you",
        r"thanks\s+to\s+you(?:r)?\s+(?:constant|endless|repeated|late|lack)\w*",
        r"you\s+(?:have\s+)?(?:ruined|failed|forced\s+us|left\s+us\s+no|made\s+it\s+impossible"
        r"|wasted|refused|ignored)",
        r"(?:because|since|as|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+(?:you|your)\s+"
        r"(?:\w+\s+){0,2}?(?:never|always|fail\w*|refus\w*|ignor\w*|kept|keep|did\s+not|didn't|do\s+not"
        r"|don't|won't|would\s+not|constant|endless|repeated|lack|missed|unpaid|delays?"
        r"|behaviou?r|attitude|demands)",
        r"your\s+(?:constant|endless|incessant|repeated|unreasonable|ridiculous|excessive"
        r"|continual|never-ending)\s+\w+",
        r"your\s+(?:\w+\s+){1,4}?(?:are|is|were|was)\s+the\s+reason",
        r"your\s+(?:\w+\s+){1,3}?(?:caused|ruined|killed|forced|made\s+us|cost\s+us|led\s+to)",
        r"your\s+(?:team's\s+|staff's\s+|company's\s+|office's\s+)?(?:\w+\s+)?(?:disorgani[sz]ation"
        r"|chaos|carelessness|indecision|incompetence|negligence|mistakes|sloppiness|rudeness"
        r"|lateness|unreliability)",
        r"(?:working|work)\s+with\s+(?:you|your\s+team)\s+(?:has\s+been|is|was|has\s+become)\s+"
        r"(?:\w+\s+){0,2}?(?:battle|nightmare|struggle|ordeal|fight|misery|impossible|exhausting)",
    ),
    slammed_door=(
        r"(?:do\s+not|don't|please\s+never|never)\s+(?:\w+\s+)?(?:contact|call|e-?mail|write"
        r"|reach\s+out|bother|phone)(?:\s+(?:to\s+)?us)?(?:\s+again)?",
        r"(?:will\s+not|won't|will\s+never|shall\s+not)\s+(?:be\s+)?(?:discuss|reconsider"
        r"|respond|reply|answer|negotiat)\w*",
        r"(?:never|not)\s+(?:\w+\s+)?work\s+with\s+you\s+again",
        r"(?:want|wish)\s+nothing\s+(?:more\s+|further\s+)?to\s+do\s+with\s+you",
        r"(?:never|not)\s+want\s+to\s+hear\s+from\s+you",
        r"(?:any\s+)?further\s+(?:contact|correspondence|messages?|calls?)\s+will\s+"
        r"(?:be\s+ignored|not\s+be\s+answered)",
        r"(?:lose|delete)\s+our\s+number",
        r"good\s+riddance",
        r"not\s+open\s+to\s+(?:discussion|negotiation)",
        r"(?:our|this\s+is\s+our)\s+(?:last|final)\s+(?:communication|message|correspondence|word)",
        r"(?:do\s+not|don't|no\s+longer)\s+(?:wish|want)\s+to\s+(?:be\s+contacted|hear|receive)",
        r"(?:matter|subject|issue|case)\s+(?:is\s+|as\s+)?closed",
        r"(?:will\s+not|won't)\s+(?:be\s+)?(?:tak|accept|answer|return|respond)\w*\s+(?:to\s+)?"
        r"(?:any\s+)?(?:further\s+|more\s+)?(?:calls|e-?mails|messages|requests)",
    ),
    added_reasons=(
        r"moreover",
        r"furthermore",
        r"in\s+addition",
        r"additionally",
        r"on\s+top\s+of\s+(?:that|this|everything|it\s+all|all\s+that)",
        r"not\s+to\s+mention",
        r"another\s+reason",
        r"besides\s+that",
        r"secondly",
        r"what\s+is\s+more",
        r"what's\s+more",
        r"as\s+well\s+as\s+that",
    ),
    causes=(r"because", r"due\s+to", r"owing\s+to", r"the\s+reason\s+is", r"as\s+a\s+result\s+of"),
    topics={
        "money": (
            r"budgets?",
            r"fees?",
            r"prices?",
            r"costs",
            r"rates",
            r"margins?",
            r"profit\w*",
            r"unprofitable",
            r"losing\s+money",
        ),
        "payment": (
            r"invoices?",
            r"pa(?:y|ys|id)\s+(?:\w+\s+){0,2}?late",
            r"payments?",
            r"unpaid",
            r"overdue",
        ),
        "time": (
            r"deadlines?",
            r"too\s+tight",
            r"approvals?",
            r"takes?\s+(?:weeks|too\s+long)",
            r"slipped",
        ),
        "rework": (
            r"revisions?",
            r"rework",
            r"feedback\s+rounds?",
            r"redo\w*",
            r"changes?\s+of\s+mind",
        ),
        "scope": (r"scope", r"extra\s+requests?", r"keeps?\s+growing"),
        "hours": (
            r"weekends?",
            r"evenings?",
            r"after\s+hours",
            r"at\s+night",
            r"late\s+at\s+night",
        ),
        "capacity": (r"stretched", r"overloaded", r"overworked", r"burn\w*\s+out"),
        "conduct": (r"rude\w*", r"tone", r"insult\w*", r"shout\w*"),
        "records": (r"records?\s+arrive", r"in\s+a\s+mess", r"paperwork", r"missing\s+documents"),
    },
    thanks=(r"thank\w*", r"grateful", r"appreciat\w*", r"gratitude"),
    next_steps=(
        r"will\s+(?!(?:\w+\s+)?(?:end|cease|terminate|come\s+to|stop\s+work|close\s+our)\b)\w+",
        r"\w+'ll",
        r"shall",
        r"going\s+to",
        r"next\s+(?:steps?|week|month)",
        r"first\s+step",
        r"hand\s*over\w*",
        r"handover",
        r"transfer\w*",
        r"you\s+(?:can\s+)?expect",
        r"here\s+is\s+what\s+happens",
        r"until\s+then",
        r"in\s+the\s+meantime",
        r"let's",
        r"(?:we|i)\s+(?:suggest|propose)",
        r"remain\s+(?:fully\s+)?available",
        r"from\s+now\s+on",
    ),
    months="|".join([*(m[:3] + f"(?:{m[3:]})?" if len(m) > 3 else m for m in EN_MONTHS)]),
    alternatives=(
        r"refer\w*",
        r"recommend\w*",
        r"introduce\s+you",
        r"(?:make|making)\s+an\s+introduction",
        r"put\s+you\s+in\s+touch",
        r"(?:another|other|a\s+(?:larger|bigger|specialist|specialised|specialized|dedicated"
        r"|full-service|local))\s+(?:\w+\s+){0,2}?(?:providers?|agency|agencies|firms?|studios?"
        r"|developers?|consultancy|printers?|company|companies|teams?|freelancers?|specialists?"
        r"|practices?|bureau|offices?|services?|suppliers?|consultants?|accountants?)",
        r"(?:agency|firm|studio|company|specialist|developer|consultancy|printer)\s+"
        r"(?:\w+\s+){0,5}?(?:such\s+as|like)",
        # "a payroll bureau would…", "an agency that offers daily support…"
        r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:providers?|agency|firm|studio|bureau|consultant"
        r"|consultancy|practice|specialist|developer|designer|printer|supplier|team|service)\s+"
        r"(?:that|who|which|with|would|could|might|may|will)",
        r"(?:serve|suit|help)\s+you\s+better",
        r"suggest\s+(?:a\s+few\s+|some\s+)?names",
        r"partners?",
        r"better\s+placed",
        r"better\s+suited",
    ),
    suggesting=(
        r"try",
        r"consider",
        r"contact",
        r"ask",
        r"approach",
        r"turn\s+to",
        r"could",
        r"would",
        r"can",
        r"might",
        r"may",
        r"both",
        r"either",
        r"such\s+as",
        r"like",
        r"speciali[sz]\w*",
        r"take\s+over",
        r"pick\s+up",
        r"handle\w*",
        r"good\s+choices?",
        r"trust",
        r"know\s+well",
        r"offers?",
    ),
    not_names=frozenset(["dear", "mr", "ms", "mrs", "miss", "dr", *EN_MONTHS, *EN_DAYS]),
    first_person=(r"we", r"i", r"our", r"us", r"my", r"me", r"we'\w+", r"i'\w+"),
    list_joiners=r",\s*(?:and\s+|or\s+)?|\s+and\s+",
    respect=(r"respect\w*", r"behaviou?r", r"the\s+language\s+used", r"abusive"),
    parting=(
        r"(?:end|ends|ended|ending|close|closing|conclud\w*|wind\w*\s+down|terminat\w*"
        r"|discontinu\w*|bring\w*)\s+(?:\w+\s+){0,3}?(?:collaboration|work(?:ing)?\s+"
        r"(?:together|relationship)|work\s+for\s+you|engagement|partnership|relationship"
        r"|contract|agreement|cooperation)",
        r"(?:collaboration|partnership|engagement|contract|work\s+together|relationship"
        r"|agreement)\s+(?:\w+\s+){0,2}?(?:ends?|ended|ending|end|comes?\s+to\s+an\s+end"
        r"|stops?|closes?|is\s+over)",
        r"part(?:ing|ed)?\s+ways",
        r"(?:stop|stops|stopped|stopping|ceas\w*)\s+(?:working|work|providing|offering|supporting"
        r"|handling|managing|doing|serving)",
        r"no\s+longer\s+(?:work|be\s+able\s+to\s+work|take\s+on|serve|continue)",
        r"(?:last|final)\s+day",
        r"step\w*\s+away",
        r"terminat\w*",
        r"termination",
        r"goodbye",
    ),
    suggestions={
        "blame": 'Describe the fact and its effect instead: "the project needed five rounds '
        'of revisions".',
        "reasons": "Keep the single reason that matters most and leave the others out.",
        "slammed_door": 'Leave the door open: "If anything is unclear, you can reach me '
        'until the end date."',
        "thanks": 'Thank them for something real: "Thank you for the trust you have placed in us."',
        "next_steps": 'Say what happens now: "We will hand over every file by the end date."',
        "end_date": 'Give the last day of the work: "Our collaboration ends on 30 April."',
        "alternatives": 'Point them somewhere better: "We would be glad to recommend a '
        'provider who suits your needs."',
        "shouting": "Write in sentence case, with one full stop at the end.",
        "length": "Cut to a few short paragraphs: the decision, the reason, thanks, next steps.",
    },
)

FR_MONTHS = tuple(
    [
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
    ]
)

FR = Wording(
    attacks=(
        r"vous\s+(?:êtes|étiez|avez\s+été|serez)\s+(?:\w+\s+){0,2}?(?:nul|nuls|nulle|nulles"
        r"|incompétent\w*|impossible\w*|difficile\w*|insupportable\w*|pénible\w*|ingérable\w*"
        r"|malhonnête\w*|désagréable\w*|exigeant\w*|irrespectueu\w*|grossi\w*|irresponsable\w*"
        r"|lamentable\w*|odieu\w*|infernal\w*|paresseu\w*|désorganisé\w*|incapable\w*|amateur\w*"
        r"|déraisonnable\w*|injuste\w*|ingrat\w*|méprisant\w*|agressi\w*|borné\w*"
        r"|de\s+mauvaise\s+foi|un\s+cauchemar|les\s+pires|le\s+pire|la\s+pire|toujours|jamais)",
        # "vous exigez toujours", "comme vous ne répondez jamais" (not "vous pourrez toujours")
        r"(?<!nous\s)(?<!je\s)vous\s+(?:ne\s+|n')?(?!pourr|pouv|saur|ser)\w+\s+(?:toujours"
        r"|jamais|sans\s+cesse|constamment|systématiquement|tout\s+le\s+temps|trop)",
        r"(?:difficile|impossible|pénible|épuisant|compliqué|un\s+calvaire|l'enfer)\s+de\s+"
        r"(?:travailler|collaborer|traiter|composer)\s+avec\s+vous",
        r"(?:travailler|collaborer)\s+avec\s+vous\s+(?:est|était|a\s+été|devient|est\s+devenu)"
        r"\s+(?:\w+\s+)?(?:difficile|impossible|pénible|épuisant|compliqué|un\s+calvaire|l'enfer)",
        r"(?:c'est\s+)?(?:de\s+|par\s+)?votre\s+faute",
        r"à\s+cause\s+de\s+(?:vous|vos|votre)",
        r"vous\s+nous\s+avez\s+(?:obligé|forcé|contraint|poussé)\w*",
        r"vous\s+ne\s+nous\s+(?:avez\s+)?laiss\w*\s+(?:pas\s+le\s+|aucun\s+)?choix",
        r"vous\s+(?:en\s+)?(?:exigez|demandez|attendez)\s+(?:\w+\s+)?trop",
        r"vous\s+avez\s+tout\s+(?:gâché|fait\s+échouer|ruiné)",
        r"(?:parce\s+que|parce\s+qu'|puisque|comme|car|étant\s+donné\s+que)\s*(?:vous|tu)\s+"
        r"(?:ne|n'|refus\w*|chang\w*|exig\w*|oubli\w*|ignor\w*|avez\s+refusé|avez\s+ignoré"
        r"|as\s+refusé|as\s+ignoré)",
        r"tu\s+(?:es|étais|as\s+été)\s+(?:\w+\s+){0,2}?(?:nul\w*|incompétent\w*|impossible"
        r"|insupportable|pénible|ingérable|grossi\w*|irresponsable|déraisonnable|odieu\w*)",
        r"(?<!je\s)tu\s+(?:ne\s+|n')?(?!pourr|peu)\w+\s+(?:toujours|jamais|sans\s+cesse"
        r"|constamment|trop)",
        r"(?:travailler|collaborer)\s+avec\s+(?:vous|toi|ton\s+équipe|votre\s+équipe)\s+"
        r"(?:est|était|a\s+été|devient|est\s+devenu)\s+(?:\w+\s+){0,2}?(?:combat|calvaire|enfer"
        r"|cauchemar|épreuve|lutte)",
        r"(?:vos|votre)\s+(?:[\w']+\s+){0,3}?(?:incessant\w*|perpétuel\w*|constant\w*|continuel\w*"
        r"|répétée?s?|déraisonnable\w*|excessi\w*)",
        r"(?:vos|votre)\s+(?:[\w']+\s+){1,4}?(?:ont|a)\s+(?:fait\s+échouer|ruiné|gâché|causé"
        r"|provoqué|coûté)",
        r"(?:la|le|les)\s+(?:désorganisation|négligence|incompétence|indécision|retards|erreurs"
        r"|manque\s+de\s+\w+)\s+de\s+(?:votre|vos|ton|ta|tes)",
        r"(?:votre|ta)\s+(?:désorganisation|négligence|incompétence|indécision)",
        r"en\s+raison\s+de\s+(?:vos|votre)\s+(?:retards?|exigences|changements|impayés"
        r"|comportement|attitude|manque)",
    ),
    slammed_door=(
        r"ne\s+(?:plus\s+)?nous\s+(?:contactez|appelez|écrivez|recontactez)\s+(?:plus|pas|jamais)",
        r"(?:merci|prière|veuillez|je\s+vous\s+prie)\s+de\s+ne\s+plus\s+nous\s+(?:contacter"
        r"|appeler|écrire|solliciter|recontacter|déranger)",
        r"inutile\s+de\s+nous\s+(?:appeler|écrire|contacter|recontacter|relancer)",
        r"ne\s+sera\s+pas\s+(?:discutée?|rediscutée?|négociable|renégociée?)",
        r"nous\s+ne\s+(?:répondrons|donnerons\s+suite)\s+(?:plus\s+)?à\s+aucun\w*",
        r"plus\s+jamais",
        r"nous\s+ne\s+voulons\s+plus\s+(?:entendre\s+parler|avoir\s+affaire)",
        r"n'est\s+pas\s+(?:négociable|discutable)",
        r"(?:notre|mon)\s+dernier\s+(?:échange|courrier|message|mot)",
        r"nous\s+ne\s+(?:prendrons|répondrons|accepterons|traiterons|lirons)\s+plus",
        r"ne\s+souhaitons\s+(?:pas|plus)\s+(?:être\s+)?(?:re)?contacté\w*",
        r"(?:sujet|dossier|affaire|question)\s+(?:comme\s+|est\s+)?clos\w*",
    ),
    added_reasons=(
        r"de\s+plus",
        r"en\s+outre",
        r"par\s+ailleurs",
        r"sans\s+compter",
        r"qui\s+plus\s+est",
        r"une\s+autre\s+raison",
        r"deuxièmement",
        r"de\s+surcroît",
        r"sans\s+oublier",
        r"en\s+plus\s+de\s+cela",
        r"pour\s+couronner\s+le\s+tout",
        r"par-dessus\s+le\s+marché",
        r"à\s+cela\s+s'ajoute\w*",
    ),
    causes=(
        r"parce\s+que",
        r"parce\s+qu'",
        r"en\s+raison\s+de",
        r"à\s+cause\s+de",
        r"puisque",
        r"étant\s+donné",
    ),
    topics={
        "money": (
            r"budgets?",
            r"honoraires",
            r"prix",
            r"coûts?",
            r"tarifs?",
            r"marges?",
            r"rentab\w*",
        ),
        "payment": (
            r"factures?",
            r"paiements?",
            r"impayés?",
            r"réglées?\s+en\s+retard",
            r"payées?\s+en\s+retard",
        ),
        "time": (
            r"délais",
            r"validations?\s+prennent",
            r"trop\s+courts",
            r"prennent\s+des\s+semaines",
        ),
        "rework": (
            r"relectures?",
            r"corrections?",
            r"retouches?",
            r"changements\s+d'avis",
            r"refontes?",
        ),
        "scope": (r"périmètre", r"demandes\s+supplémentaires", r"ne\s+cesse\s+de\s+grandir"),
        "hours": (r"week-ends?", r"soirées?", r"le\s+soir", r"la\s+nuit", r"hors\s+des\s+heures"),
        "capacity": (r"débordée?s?", r"surchargée?s?", r"épuisée?s?"),
        "conduct": (r"grossi\w*", r"insult\w*", r"ton\s+employé", r"cri\w*"),
    },
    thanks=(r"merci\w*", r"remerci\w*", r"reconnaissan\w*", r"gratitude", r"appréci\w*"),
    next_steps=(
        # the future of a first-person action or a passive one: "nous vous remettrons",
        # "je transmettrai", "les fichiers vous seront remis" (not "nous mettrons fin")
        r"(?:nous|je|j'|notre\s+équipe|vous|elle|il)\s+(?:vous\s+|les\s+|le\s+|la\s+|l'|en\s+|y\s+"
        r"|leur\s+)?(?!mettr|cesser|arrêter|terminer|résilier|prendr|serai\w*\s+heureu)"
        # future endings, not the present of -rer verbs ("nous consacrons", "vous déclarez")
        r"\w*(?:e|i|r|t|d|au|vr)(?:rons|rai|rez|ra)",
        r"(?:sera|seront)\s+(?:\w+\s+)?(?:remise?s?|livrée?s?|envoyée?s?|transmise?s?|adressée?s?)",
        r"vous\s+parviendr\w*",
        r"(?:nous\s+allons|je\s+vais|va\s+se\s+dérouler)",
        r"(?:prochaine|première)\s+étape",
        r"voici\s+la\s+suite",
        r"passation",
        r"d'ici\s+(?:là|le|la|au)",
        r"jusqu'au",
        r"nous\s+restons\s+(?:pleinement\s+)?disponibles",
        r"(?:je|nous)\s+vous\s+propos\w*",
        r"(?:fera|feront)\s+l'objet",
        r"recevr\w*",
    ),
    months="|".join(FR_MONTHS),
    alternatives=(
        r"recommand\w*",
        r"orienter",
        r"(?:un|une|d'|des)\s*(?:autres?)\s+(?:\w+\s+)?(?:prestataires?|agences?|cabinets?"
        r"|studios?|ateliers?|fournisseurs?|sociétés?|imprimeries?|développeurs?|partenaires?)",
        r"(?:une?)\s+(?:agence|cabinet|société|studio|développeur|imprimerie|entreprise)\s+"
        r"(?:[\w']+\s+){0,4}?(?:plus\s+grande?|spécialisée?|généraliste|dotée?|qui)",
        r"un\s+confrère",
        r"partenaires?",
        r"mieux\s+placée?s?",
        r"mieux\s+à\s+même",
        r"mettre\s+en\s+(?:relation|contact)",
        r"vous\s+(?:en\s+)?présenter",
        r"vous\s+(?:le|la|les)\s+présenter\w*",
        r"vous\s+conviendr\w*\s+mieux",
        r"vous\s+servir\w*\s+mieux",
    ),
    suggesting=(
        r"pourr\w*",
        r"pouvez",
        r"serai\w*",
        r"conviendr\w*",
        r"essayer",
        r"adressez",
        r"tourner",
        r"contacter",
        r"comme",
        r"tels?\s+que",
        r"tous\s+deux",
        r"l'une\s+ou\s+l'autre",
        r"recommand\w*",
        r"spécialis\w*",
        r"prendre\s+le\s+relais",
        r"prendre\s+la\s+suite",
        r"accompagn\w*",
        r"réalisent",
        r"produisent",
        r"travaill\w*",
        r"propose\w*",
    ),
    not_names=frozenset(["monsieur", "madame", "mademoiselle", "bonjour", "cher", "chère"]),
    first_person=(r"nous", r"je", r"j'", r"notre", r"nos", r"mon", r"ma", r"mes"),
    list_joiners=r",\s*(?:et\s+)?|\s+et\s+",
    respect=(r"respect\w*", r"comportement\w*", r"propos\s+tenus", r"injurieu\w*", r"insultant\w*"),
    parting=(
        r"(?:mett\w*|mis)\s+(?:un\s+)?(?:fin|terme)",
        r"(?:prend\w*|pris)\s+fin",
        r"(?:cess\w*|arrêt\w*|termin\w*|achèv\w*|clôtur\w*|résili\w*|romp\w*)\s+(?:[\w']+\s+){0,3}?"
        r"(?:collaboration|mission|contrat|accord|partenariat|relation|ensemble|compte|mandat)",
        r"(?:collaboration|mission|contrat|partenariat|relation|travail\s+pour\s+vous)\s+"
        r"(?:\w+\s+){0,2}?(?:s'arrêt\w*|s'achèv\w*|prend\w*\s+fin|cess\w*|se\s+termin\w*)",
        r"(?:nous\s+)?(?:nous\s+)?sépar\w*",
        r"nos\s+chemins",
        r"dernier\s+jour",
        r"ne\s+plus\s+travailler",
        r"(?:cesser|arrêter|cesserons|arrêterons|arrêterions|cessons|arrêtons)\s+de\s+travailler",
        r"résili\w*",
        r"ne\s+pouvons\s+plus\s+prendre\s+en\s+charge",
        r"(?:cess\w*|arrêt\w*)\s+(?:d'assurer|de\s+fournir|de\s+gérer|de\s+suivre|d'accompagner)",
    ),
    suggestions={
        "blame": "Décrivez le fait et son effet : « le projet a demandé cinq séries de "
        "corrections ».",
        "reasons": "Gardez la seule raison qui compte le plus et laissez les autres de côté.",
        "slammed_door": "Laissez la porte ouverte : « Pour toute question, vous pouvez me "
        "joindre jusqu'à la date de fin. »",
        "thanks": "Remerciez pour quelque chose de réel : « Merci de la confiance que vous "
        "nous avez accordée. »",
        "next_steps": "Dites ce qui va se passer : « Nous vous remettrons tous les fichiers "
        "avant la date de fin. »",
        "end_date": "Donnez le dernier jour : « Notre collaboration prendra fin le 30 avril. »",
        "alternatives": "Proposez une autre piste : « Nous serons heureux de vous recommander "
        "un prestataire adapté. »",
        "shouting": "Écrivez en minuscules, avec un seul point final.",
        "length": "Resserrez en quelques paragraphes : la décision, la raison, les "
        "remerciements, la suite.",
    },
)

# The reader, as a Vietnamese letter addresses them.
_VI_YOU = r"(?:anh|chị|ông|bà|bạn|em|quý\s+khách|quý\s+công\s+ty|quý\s+vị|các\s+anh|các\s+chị)"

VI = Wording(
    attacks=(
        _VI_YOU + r"\s+(?:luôn(?:\s+luôn)?|lúc\s+nào\s+cũng|chẳng\s+bao\s+giờ|không\s+bao\s+giờ|cứ"
        r"|suốt\s+ngày|liên\s+tục|toàn)\s+(?!có\s+thể|được|là|sẵn|nhận)\w+",
        r"(?:làm\s+việc|hợp\s+tác|làm\s+ăn)\s+với\s+" + _VI_YOU + r"\s+(?:thật\s+|rất\s+|quá\s+)?"
        r"(?:khó|mệt|căng\s+thẳng|không\s+thể|là\s+ác\s+mộng)",
        r"(?:khó|không\s+thể)\s+làm\s+việc\s+với\s+" + _VI_YOU,
        _VI_YOU + r"\s+(?:đã\s+)?(?:thật\s+|quá\s+|rất\s+|đúng\s+là\s+|là\s+người\s+)?"
        r"(?:vô\s+lý|khó\s+tính|khắt\s+khe|thiếu\s+thiện\s+chí|cố\s+chấp|thiếu\s+tôn\s+trọng"
        r"|vô\s+ơn|gây\s+khó\s+dễ"
        r"|thiếu\s+chuyên\s+nghiệp|vô\s+trách\s+nhiệm|thô\s+lỗ|bất\s+lịch\s+sự|tệ|kém\s+cỏi"
        r"|quá\s+đáng|không\s+ai\s+(?:làm\s+)?(?:hài\s+lòng|chịu)\s+nổi|đòi\s+hỏi\s+quá\s+nhiều"
        r"|yêu\s+cầu\s+quá\s+nhiều)",
        r"không\s+ai\s+(?:làm\s+)?(?:hài\s+lòng|chịu)\s+nổi",
        r"(?:đòi\s+hỏi|yêu\s+cầu)\s+quá\s+(?:nhiều|đáng)",
        r"vô\s+lý",
        r"lỗi\s+(?:là\s+)?(?:của|tại|do)\s+" + _VI_YOU,
        r"tại\s+" + _VI_YOU,
        r"(?:vì|do|bởi\s+vì|tại\s+vì)\s+" + _VI_YOU + r"\s+(?:đã\s+)?(?:không|chậm|luôn"
        r"|liên\s+tục|cứ|chẳng|thay\s+đổi|phớt\s+lờ|bỏ\s+qua|lờ\s+đi|từ\s+chối|bỏ\s+ngoài\s+tai)",
        _VI_YOU + r"\s+(?:đã\s+)?(?:khiến|làm\s+hỏng|phá\s+hỏng)",
        r"khiến\s+(?:cho\s+)?dự\s+án\s+(?:thất\s+bại|đổ\s+bể|hỏng)",
        r"buộc\s+chúng\s+tôi\s+phải",
        r"(?:sự\s+)?(?:thiếu\s+tổ\s+chức|cẩu\s+thả|thiếu\s+trách\s+nhiệm|chậm\s+trễ"
        r"|thiếu\s+quyết\s+đoán|thiếu\s+năng\s+lực)\s+(?:của\s+)?(?:\w+\s+){0,3}?(?:bên\s+)?"
        + _VI_YOU,
    ),
    slammed_door=(
        r"(?:đừng|không\s+được|vui\s+lòng\s+không|xin\s+không)\s+(?:\w+\s+){0,2}?(?:liên\s+lạc"
        r"|liên\s+hệ|gọi(?:\s+điện)?|viết\s+thư|nhắn\s+tin|làm\s+phiền)",
        r"không\s+bàn\s+lại",
        r"không\s+(?:có\s+gì\s+để\s+)?(?:thương\s+lượng|thảo\s+luận)\s+thêm",
        r"không\s+muốn\s+(?:nghe|gặp|làm\s+việc)\s+(?:\w+\s+){0,3}?(?:nữa|lại)",
        r"không\s+bao\s+giờ\s+(?:hợp\s+tác|làm\s+việc)\s+(?:\w+\s+){0,3}?nữa",
        r"sẽ\s+không\s+(?:trả\s+lời|phản\s+hồi|nghe\s+máy|tiếp\s+nhận|nhận)",
        r"lần\s+liên\s+lạc\s+cuối\s+cùng",
        r"không\s+muốn\s+(?:được\s+|bị\s+)?(?:liên\s+hệ|liên\s+lạc|làm\s+phiền)",
        r"vấn\s+đề\s+(?:đã\s+)?khép\s+lại",
    ),
    added_reasons=(
        r"ngoài\s+ra",
        r"hơn\s+nữa",
        r"thêm\s+vào\s+đó",
        r"bên\s+cạnh\s+đó",
        r"một\s+lý\s+do\s+khác",
        r"chưa\s+kể",
        r"thứ\s+hai\s+là",
        r"không\s+những\s+thế",
        r"đã\s+vậy",
    ),
    causes=(r"bởi\s+vì", r"lý\s+do\s+là", r"nguyên\s+nhân\s+là", r"tại\s+vì"),
    topics={
        "money": (r"ngân\s+sách", r"phí", r"giá", r"chi\s+phí", r"lợi\s+nhuận", r"lỗ"),
        "payment": (r"hóa\s+đơn", r"thanh\s+toán\s+(?:chậm|trễ)", r"công\s+nợ"),
        "time": (r"thời\s+hạn", r"quá\s+gấp", r"kéo\s+dài", r"trễ\s+hạn"),
        "rework": (r"vòng\s+góp\s+ý", r"chỉnh\s+sửa", r"làm\s+lại", r"thay\s+đổi\s+ý\s+kiến"),
        "scope": (r"phạm\s+vi", r"yêu\s+cầu\s+thêm", r"mở\s+rộng"),
        "hours": (r"cuối\s+tuần", r"buổi\s+tối", r"ngoài\s+giờ", r"nửa\s+đêm"),
        "capacity": (r"quá\s+tải", r"kiệt\s+sức"),
        "conduct": (r"xúc\s+phạm", r"thô\s+lỗ", r"la\s+hét"),
    },
    thanks=(r"cảm\s+ơn", r"cám\s+ơn", r"biết\s+ơn", r"tri\s+ân", r"trân\s+trọng(?!\s*[,.\n]|\s*$)"),
    next_steps=(
        r"sẽ\s+(?!(?:chính\s+thức\s+)?(?:kết\s+thúc|chấm\s+dứt|ngừng|dừng))\w+",
        r"bước\s+(?:tiếp\s+theo|đầu\s+tiên)",
        r"các\s+bước",
        r"bàn\s+giao",
        r"chuyển\s+giao",
        r"tuần\s+tới",
        r"trong\s+thời\s+gian\s+(?:đó|này|tới)",
        r"(?:tôi|chúng\s+tôi)\s+đề\s+nghị",
        r"từ\s+nay",
    ),
    months=r"tháng\s*\d{1,2}",
    alternatives=(
        r"giới\s+thiệu",
        r"kết\s+nối",
        r"đơn\s+vị\s+khác",
        r"công\s+ty\s+khác",
        r"đối\s+tác",
        r"nhà\s+cung\s+cấp\s+khác",
        r"phù\s+hợp\s+hơn",
        r"một\s+(?:công\s+ty|đơn\s+vị|nhà\s+cung\s+cấp|studio|đối\s+tác|đội\s+ngũ|văn\s+phòng)\s+(?:\w+\s+){0,6}?"
        r"(?:như|lớn\s+hơn|chuyên|có)",
        r"(?:phục\s+vụ|hỗ\s+trợ)\s+" + _VI_YOU + r"\s+tốt\s+hơn",
    ),
    suggesting=(
        r"có\s+thể",
        r"nên",
        r"như",
        r"cả\s+hai",
        r"đều",
        r"giới\s+thiệu",
        r"liên\s+hệ",
        r"cân\s+nhắc",
        r"thử",
        r"phù\s+hợp",
        r"chuyên",
        r"tiếp\s+nhận",
        r"tiếp\s+tục",
        r"lựa\s+chọn",
        r"chẳng\s+hạn",
        r"ví\s+dụ",
        r"có\s+lẽ",
        r"tin\s+tưởng",
        r"cung\s+cấp",
    ),
    not_names=frozenset(
        ["kính", "gửi", "quý", "anh", "chị", "ông", "bà", "em", "bạn", "chúng", "tôi", "xin"]
    ),
    first_person=(r"tôi", r"chúng\s+tôi", r"chúng\s+ta", r"mình"),
    list_joiners=r",\s*(?:và\s+)?|\s+và\s+",
    respect=(r"tôn\s+trọng", r"thái\s+độ", r"lời\s+lẽ", r"xúc\s+phạm"),
    parting=(
        r"chấm\s+dứt",
        r"kết\s+thúc\s+(?:việc\s+)?(?:hợp\s+tác|hợp\s+đồng)",
        r"(?:hợp\s+tác|hợp\s+đồng)\s+(?:\w+\s+){0,4}?(?:kết\s+thúc|chấm\s+dứt|dừng|ngừng)",
        r"(?:ngừng|dừng)\s+(?:\w+\s+){0,2}?(?:hợp\s+tác|phụ\s+trách|làm\s+việc|hỗ\s+trợ"
        r"|cung\s+cấp|phục\s+vụ)",
        r"ngày\s+cuối",
        r"không\s+(?:thể\s+)?tiếp\s+tục\s+hợp\s+tác",
        r"thanh\s+lý\s+hợp\s+đồng",
        r"chia\s+tay",
        r"công\s+việc\s+(?:\w+\s+){0,4}?sẽ\s+dừng",
    ),
    suggestions={
        "blame": 'Hãy nêu sự việc và ảnh hưởng của nó: "dự án đã cần năm lần chỉnh sửa".',
        "reasons": "Chỉ giữ lại một lý do quan trọng nhất, bỏ các lý do còn lại.",
        "slammed_door": 'Hãy để ngỏ cánh cửa: "Nếu có điều gì chưa rõ, Quý khách có thể liên '
        'hệ với tôi cho đến ngày kết thúc."',
        "thanks": 'Hãy cảm ơn một điều có thật: "Chúng tôi xin chân thành cảm ơn sự tin '
        'tưởng của Quý khách."',
        "next_steps": 'Hãy nói rõ việc tiếp theo: "Chúng tôi sẽ bàn giao toàn bộ tài liệu '
        'trước ngày kết thúc."',
        "end_date": 'Hãy nêu ngày cuối cùng: "Việc hợp tác sẽ kết thúc vào ngày 30 tháng 4."',
        "alternatives": 'Hãy gợi ý hướng khác: "Chúng tôi sẵn lòng giới thiệu một đơn vị '
        'phù hợp hơn."',
        "shouting": "Viết chữ thường như câu bình thường, chỉ một dấu chấm cuối câu.",
        "length": "Rút gọn còn vài đoạn ngắn: quyết định, lý do, lời cảm ơn, bước tiếp theo.",
    },
)

SL = Wording(
    attacks=(
        r"(?:težko|nemogoče|naporno|mučno|zoprno|utrujajoče)\s+(?:je\s+)?(?:delati|sodelovati"
        r"|poslovati|shajati|delo)\s+z\s+vami",
        r"z\s+vami\s+(?:je\s+)?(?:\w+\s+)?(?:težko|nemogoče|naporno|mučno)",
        # "vedno zahtevate preveč", "nikoli ne odgovorite" (not "vedno ste dobrodošli")
        r"(?:vedno|nikoli|nenehno|stalno|neprestano|venomer|zmeraj)\s+(?:ne\s+)?"
        r"(?!ste\s+dobrodošl|nas\s+lahko|lahko)(?:(?:nas|nam|to|vse)\s+)?\w+te",
        r"(?:ste|bili\s+ste|ste\s+bili)\s+(?:\w+\s+)?(?:nemogoč\w*|težavn\w*|nerazumn\w*"
        r"|nesramn\w*|nesposobn\w*|neodgovorn\w*|neprofesionaln\w*|nezanesljiv\w*|nevzgojen\w*"
        r"|žaljiv\w*|zanič|neresn\w*|len\w*|arogantn\w*)",
        r"(?:vam|vas)\s+(?:\w+\s+)?(?:ni\s+mogoče|ne\s+moremo|ne\s+more\s+nihče)\s+ugoditi",
        r"nemogoče\s+(?:vam\s+)?ugoditi",
        r"zaradi\s+vas",
        r"po\s+vaši\s+krivdi",
        r"vaša\s+krivda",
        r"(?:sami\s+)?ste\s+krivi",
        r"zaradi\s+vaših?\s+(?:\w+\s+)?(?:zamud|zahtev|sprememb|neplačil|vedenj|odnos|napak)\w*",
        r"ker\s+(?:niste|ste\s+(?:spet|znova|vedno|stalno|nenehno|prezrl\w*|ignoriral\w*"
        r"|zavrnil\w*|spregledal\w*|zamudil\w*|pozabil\w*)|nikoli|vedno|stalno|nenehno|ne\s+\w+te)",
        r"vaš\w*\s+(?:\w+\s+){0,3}?(?:je|so|sta)\s+(?:pokopal|uničil|povzročil|prisilil)\w*",
        r"vaš\w*\s+(?:nenehn|staln|neprestan|večn)\w*\s+\w+",
        r"(?:prisilili|silili)\s+ste\s+nas",
        r"niste\s+nam\s+pustili\s+(?:druge\s+)?izbire",
        r"(?:zahtevate|pričakujete|želite)\s+(?:\w+\s+)?preveč",
        r"(?:neorganiziranost|malomarnost|nesposobnost|neodločnost|zamud|napak|nered)\w*\s+"
        r"(?:vaš|tvoj)\w*",
        r"(?:vaš|tvoj)\w*\s+(?:neorganiziranost|malomarnost|nesposobnost|neodločnost)\w*",
        r"ker\s+(?:nočeš|nočete|nisi|si\s+(?:spet|znova)|ne\s+\w+š)",
        r"(?:delo|sodelovanje)\s+s\s+(?:vami|tabo|tvojo\s+ekipo|vašo\s+ekipo)\s+(?:je\s+bilo|je)\s+"
        r"(?:\w+\s+)?(?:boj|mučno|nočna\s+mora|naporno|nemogoče|pekel)",
    ),
    slammed_door=(
        r"ne\s+(?:nas\s+|nam\s+)?(?:več\s+)?(?:kontaktirajte|kličite|pišite|iščite|vznemirjajte"
        r"|pošiljajte|oglašajte|obračajte)",
        r"o\s+(?:njej|tem)\s+ne\s+bomo\s+(?:več\s+)?(?:razpravljali|govorili)",
        r"ne\s+želimo\s+(?:več\s+)?(?:slišati|imeti\s+opravka)",
        r"nikoli\s+več",
        r"ne\s+bomo\s+(?:več\s+)?odgovarjali",
        r"ni\s+predmet\s+(?:pogajanj|razprave)",
        r"za\s+(?:naše|moje)\s+zadnje",
        r"ne\s+želimo,?\s+da\s+nas\s+(?:\w+\s+){0,3}?(?:kontaktira|kliče|piše|iščete)\w*",
        r"zadevo\s+štejemo\s+za\s+zaključeno",
        r"ne\s+bomo\s+več\s+(?:sprejemali|odgovarjali|odzivali|brali)",
    ),
    added_reasons=(
        r"poleg\s+tega",
        r"še\s+več",
        r"razen\s+tega",
        r"drugič",
        r"ne\s+nazadnje",
        r"nenazadnje",
        r"vrh\s+tega",
        r"drugi\s+razlog",
        r"povrhu",
        r"pa\s+tudi",
    ),
    causes=(r"ker", r"razlog\s+je", r"zaradi\s+tega,\s+ker"),
    topics={
        "money": (
            r"proračun\w*",
            r"honorar\w*",
            r"cen[aei]",
            r"strošk\w*",
            r"dobičk\w*",
            r"izgub\w*",
        ),
        "payment": (r"račun[ia]?", r"plačil\w*", r"plačan\w*\s+z\s+zamudo", r"neplačan\w*"),
        "time": (r"rok[ia]?", r"prekratk\w*", r"traja\w*\s+(?:tedne|predolgo)", r"potrjevanje"),
        "rework": (r"popravk\w*", r"pregled[ia]?", r"spreminjanj\w*"),
        "scope": (
            r"obseg\w*\s+(?:dela\s+)?(?:pa\s+)?se\s+(?:nenehno\s+)?širi",
            r"dodatn\w*\s+zahtev\w*",
        ),
        "hours": (r"vikend\w*", r"zvečer", r"ponoči", r"izven\s+delovnega\s+časa"),
        "capacity": (r"preobremenjen\w*", r"izčrpan\w*"),
        "conduct": (r"žaljiv\w*", r"nesramn\w*", r"kričanj\w*"),
    },
    thanks=(r"hval\w*", r"zahval\w*", r"hvaležn\w*", r"cenim\w*"),
    next_steps=(
        # what we will do, and what the reader will receive (not "it will suit you")
        r"(?:bomo|bom)\s+(?!(?:\w+\s+)?(?:končal|zaključil|prenehal|prekinil))\w+",
        r"(?:bo|bodo)\s+(?:\w+\s+)?(?:predan|poslan|dokončan|pripravljen|na\s+voljo)\w*",
        r"(?:predal|poslal|pošlj|preda|prejel|dokonča)\w*",
        r"sledi\w*",
        r"(?:naslednj|prv)\w*\s+kor\w*",
        r"prihodnji\s+teden",
        r"do\s+takrat",
        r"odslej",
        r"predlagam\w*",
        r"na\s+voljo",
    ),
    months=(
        r"januar\w*|februar\w*|mar(?:ec|ca|cu|cem)|april\w*|maj\w*|junij\w*|julij\w*|avgust\w*"
        r"|septemb\w*|oktob\w*|novemb\w*|decemb\w*"
    ),
    alternatives=(
        r"priporoč\w*",
        r"drug\w*\s+(?:\w+\s+)?(?:ponudnik|agencij|podjetj|izvajal|studi|tiskarn)\w*",
        r"(?:večj|specializiran)\w*\s+(?:\w+\s+)?(?:agencij|podjetj|studi|ponudnik)\w*",
        r"(?:agencij|podjetj)\w*\s+(?:s|z|za)\s+\w+",
        r"partner\w*",
        r"ustreznejš\w*",
        r"primernejš\w*",
        r"povezali",
        r"povež\w*",
        r"predstavim\w*",
        r"bolje\s+(?:služil|ustrezal)\w*",
        r"bolj\s+ustrezal\w*",
    ),
    suggesting=(
        r"lahko",
        r"bi",
        r"kot\s+(?:je|sta|so)",
        r"na\s+primer",
        r"oba",
        r"obe",
        r"priporoč\w*",
        r"obrnite",
        r"poskusite",
        r"razmislite",
        r"specializiran\w*",
        r"prevzame\w*",
        r"prevzemata",
        r"nadaljuje",
        r"ukvarjata",
        r"ustreza\w*",
        r"služil\w*",
        r"ponuja\w*",
        r"vesel\w*",
    ),
    not_names=frozenset(
        [
            "spoštovani",
            "spoštovana",
            "gospod",
            "gospa",
            "vi",
            "vam",
            "vas",
            "vami",
            "vaš",
            "vaša",
            "vaše",
            "vašo",
            "vašega",
            "vaših",
            "vašim",
            "vašemu",
            "vašimi",
        ]
    ),
    first_person=(
        r"naš\w*",
        r"smo",
        r"bomo",
        r"sem",
        r"bom",
        r"mi",
        r"jaz",
        r"nam",
        r"nas",
        r"(?!samo)\w+mo",
    ),
    list_joiners=r",\s*(?:in\s+|pa\s+)?|\s+in\s+",
    respect=(r"spoštovanj\w*", r"vedenj\w*", r"žaljiv\w*", r"neprimern\w*"),
    parting=(
        r"(?:zaključ|konč|prekin|preneh|sklen)\w*\s+(?:\w+\s+){0,2}?(?:sodelovanj|pogodb|delo)\w*",
        r"(?:sodelovanj|pogodb)\w*\s+(?:\w+\s+){0,3}?(?:konč|zaključ|izteč|preneh|prekin|sklen"
        r"|odpov)\w*",
        r"delo\s+za\s+vas\s+(?:\w+\s+){0,3}?(?:konč|zaključ|sklen)\w*",
        r"prekinjamo",
        r"končujemo",
        r"preneh\w*\s+(?:\w+\s+)?(?:sodelovati|zagotavljati|voditi|nuditi|delati|opravljati)",
        r"razid\w*",
        r"razšli",
        r"odpov\w*",
        r"zadnji\s+dan",
        r"ne\s+bomo\s+več\s+sodelovali",
    ),
    suggestions={
        "blame": "Opišite dejstvo in njegov učinek: »projekt je zahteval pet krogov popravkov«.",
        "reasons": "Ohranite en sam, najpomembnejši razlog, druge izpustite.",
        "slammed_door": "Pustite vrata odprta: »Za vsa vprašanja sem Vam na voljo do konca "
        "sodelovanja.«",
        "thanks": "Zahvalite se za nekaj resničnega: »Hvala Vam za zaupanje.«",
        "next_steps": "Povejte, kaj sledi: »Vse datoteke Vam bomo predali do datuma zaključka.«",
        "end_date": "Navedite zadnji dan: »Naše sodelovanje se bo končalo 30. aprila.«",
        "alternatives": "Ponudite drugo pot: »Z veseljem Vam priporočimo ustreznejšega ponudnika.«",
        "shouting": "Pišite z malimi črkami, z eno samo piko na koncu.",
        "length": "Skrajšajte na nekaj odstavkov: odločitev, razlog, zahvala, naslednji koraki.",
    },
)

WORDINGS: dict[str, Wording] = {"en": EN, "fr": FR, "vi": VI, "sl": SL}
