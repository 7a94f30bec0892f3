"""What the letter checker looks for, per language, and what it suggests instead.

Cues are regular expressions matched case-insensitively on whole words (``\\w*`` lets a
stem take any ending, so ``remerci\\w*`` covers *remercie* and *remercions*). They are
written as grammar rather than as fixed sentences: a second-person subject followed by
"always" or "never", a judgement adjective after "you are", a cause that points at the
reader ("because you never…"), a farewell verb in any person and tense next to the word
for the collaboration. Each rule also has an example sentence in the letter's own
language, ready to paste into the draft (the advice itself is in the reader's language,
in parting.playbook.checker).

The module reads in rounds, as the checker was measured (docs/letters.md): the first cue
lists per language, then each later round widens them with ``replace`` from broad
lexicons (judgement words, faults, the reader's side, contact verbs) combined by
``near``, rather than by adding sentences. A draft typed without diacritics is read with
the same lists stripped of them (``checker.bare``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


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
    # a sentence in the letter's language, ready to paste, for the rules that have one
    examples: dict[str, str]
    # "also", "as well": beside a second subject in the reasoning, a second reason
    also: tuple[str, ...] = ()
    # Words that tie a date to the end of the work ("until", "last", "as of"): an end given
    # without a day number counts only near one of them or near a farewell (``parting``).
    ending: tuple[str, ...] = ()
    # Dates written without a day number: "at the end of the month", "next Friday",
    # "within thirty days", "as of today".
    relative_dates: tuple[str, ...] = ()
    # "by", "before", "d'ici", "trước", "do": a date after one of them is when something
    # happens, so a sentence with one (that is not the farewell) is a next step.
    deadline: tuple[str, ...] = ()
    # "not", "không", "ne": a future right after one is something we will not do, not a
    # next step ("we won't be hosting", "sẽ không gia hạn", "ne bomo podaljšali").
    negations: tuple[str, ...] = ()
    # The reader ("you", "vous", "anh", "vi"): a company named in a sentence that speaks of
    # the reader is offered to them ("Olive & Thyme cater events of your size").
    reader: tuple[str, ...] = ()
    # Blame said as cause and effect (seventh round, read by checker._blamed_causes): a harm
    # to the work ("three weeks late", "locked out"), the words after which a cause comes
    # ("because", "since", "began with") or an effect ("which is why", "made … slip"), and
    # the reader's side as a cause names it ("your staff", "bên chị", "ste").
    harms: tuple[str, ...] = ()
    cause_marks: tuple[str, ...] = ()
    effect_marks: tuple[str, ...] = ()
    readers_side: tuple[str, ...] = ()
    # An apology ("we are sorry", "xin lỗi"): a sentence that apologises owns the harm it
    # names, so it blames no one.
    apologies: tuple[str, ...] = ()
    # The harms that are a cost borne by our people ("weekends", "redo", "waiting"): beside
    # another harm in one sentence ("after the agreed cut-off"), blame with no cause word.
    burdens: tuple[str, ...] = ()
    # Words that open a cause which may hold several reasons joined by "and" ("because our
    # fees no longer fit and our practice is moving"); a cue starting with ^ only counts at
    # the start of a sentence ("With the kitchen moving and prices rising, …").
    reason_openers: tuple[str, ...] = ()
    # What joins a second reason to the first inside one cause: "and", "as well as", "et",
    # "ainsi que", "và", "cộng thêm", "in", "pa še".
    reason_joiners: str = r"and"
    # Eighth round (read by checker's structure rules, docs/letters.md). An ending verb in
    # any person and tense ("finish", "terminerons", "kết thúc", "končali"): with an end
    # date in its sentence, the letter ends the work.
    ending_verbs: tuple[str, ...] = ()
    # Something missing, never done or late ("without", "never", "thiếu", "brez"): in a
    # cause that is not ours, the fault blamed.
    shortfalls: tuple[str, ...] = ()
    # What hands a cause on to its effect ("so", "which", "si bien que", "nên", "zato").
    consequences: tuple[str, ...] = ()
    # An effort or a loss on our side ("had to", "by hand", "twice", "phải", "morali").
    losses: tuple[str, ...] = ()
    # Reaching someone: verbs and nouns ("write", "call", "answer", "répondre", "trả lời").
    contact_acts: tuple[str, ...] = ()
    # A refusal or futility just before a contact ("not", "no point in", "inutile de").
    refusals: tuple[str, ...] = ()
    # Words that make a refusal something else ("hesitate", "forget", "if").
    not_refusals: tuple[str, ...] = ()
    # Messages that nobody will read ("deleted", "unread", "sans être lues", "bị xóa").
    discards: tuple[str, ...] = ()
    # A sentence that adds to the one before it ("also", "aussi", "cũng", "tudi").
    additions: tuple[str, ...] = ()
    # A fault named and then taken off the reader ("not anything on your side").
    exonerations: tuple[str, ...] = ()
    # A decision announced ("I have made a decision", "j'ai pris une décision"): what
    # follows it is the reason, not what comes before.
    announcements: tuple[str, ...] = ()
    # Tenth tone round: an act of conduct toward people, done by the reader ("you shouted
    # at", "vous avez crié", "ông đã quát", "ste kričali"). Told with its day, it is the calm
    # naming of behaviour an abuse letter must hold, not a judgement (checker.names_conduct).
    conduct_acts: tuple[str, ...] = ()
    # Ninth round (read by checker's structure rules, docs/letters.md). Words at the opening
    # of a sentence that point back at the one before it ("This", "Cela", "Điều đó", "To"):
    # such a sentence goes on with the same reason rather than giving another.
    back_references: tuple[str, ...] = ()
    # A question that is no question: "really", "supposed to", "vraiment", "chẳng lẽ", "res".
    rhetorical_marks: tuple[str, ...] = ()
    # What a real question to the reader asks about: what suits, helps or is wished.
    proposals: tuple[str, ...] = ()
    # A question about everyone or every time ("why", "every", "anyone", "pourquoi",
    # "chaque", "tại sao", "có … nào", "zakaj", "vsak"): with no "we" and nothing proposed in
    # it, a reproach rather than a question.
    sweeping: tuple[str, ...] = ()
    # Advice frames: the reader's next provider or next time ("going forward", "lần sau").
    advice_frames: tuple[str, ...] = ()
    # What makes a sentence advice: "should", "would be worth", "devriez", "nên", "svetujemo".
    advice_norms: tuple[str, ...] = ()
    # A lesson said to be learned ("taught us", "appris", "học được", "naučila").
    learned: tuple[str, ...] = ()
    # What turns a lesson learned from the reader into sarcasm: a count or a repetition
    # ("how many ways", "four times", "bốn lần", "štirikrat", "can mean").
    lesson_counts: tuple[str, ...] = ()
    # A pleasure said of the work ("what a joy", "quel bonheur", "thật vui", "kakšno veselje")
    # and the same work done over ("redo", "refait", "làm lại", "predelati"): together, sarcasm.
    pleasures: tuple[str, ...] = ()
    reworks: tuple[str, ...] = ()
    # Someone other than us offered the way people offer them (session 13, second round,
    # read by checker._offered): a person named with their trade right after the name and
    # its comma ("Hannah Pryce, a bookkeeper I trained with, …": ``introductions``), or a
    # provider described by what they do ("A landscaper who builds as well as plants …":
    # ``described``); either counts when the rest of the sentence says they can or will do
    # the work (``able``: "can", "has agreed", "saura", "sẽ", "bo lahko"). An introduction
    # of one of ours ("a manager at our office": ``ours``) offers no one.
    introductions: tuple[str, ...] = ()
    described: tuple[str, ...] = ()
    able: tuple[str, ...] = ()
    ours: tuple[str, ...] = ()
    # Session 14 (read by checker's structure rules): a future that leaves what happens to
    # chance or to later ("we'll sort it out at some point", "nous verrons bien le moment
    # venu", "hai bên tính sau", "se bomo že nekako zmenili") is no next step (``vague``);
    # a sentence that goes on with the reason of the one before it, told as its consequence
    # or through a pronoun for what it named ("Without her we cannot…", "sans lui",
    # "brez njega", "vì vậy"): ``continuations``; saying verbs that, with a quote and its
    # day, tell an incident (``sayings``: "you told him he was «…»", "ste mu rekli, da je
    # »…«"); words too common to tie two sentences together (``common``, stems of six
    # letters).
    vague: tuple[str, ...] = ()
    continuations: tuple[str, ...] = ()
    sayings: tuple[str, ...] = ()
    common: frozenset[str] = frozenset()
    # Thanks for the letter itself, a formula in a parting letter, where thanks are for the
    # work together (session 14): for the reader's attention, a message or a question, for
    # reading this ("Thank you for your message", "Hvala za sporočilo"). A repair letter may
    # well thank for the message that reported the fault, and a letter to an abusive client
    # owes no thanks for the work.
    replies: tuple[str, ...] = ()
    # A wish about the past ("it would have been nice", "il aurait été agréable", "giá mà",
    # "lepo bi bilo") and how seldom it came true ("once in a while", "de temps en temps",
    # "thỉnh thoảng", "vsake toliko"): together, a reproach.
    wishes: tuple[str, ...] = ()
    scarcity: tuple[str, ...] = ()
    # Tenth round. Hours nobody is meant to work ("through the night", "le week-end", "nửa
    # đêm", "ponoči") and a habit or a repetition ("week after week", "comme d'habitude",
    # "tuần này qua tuần khác", "teden za tednom"): with our people in the sentence and
    # something else as its subject, the reader's habit told as our working rhythm.
    unsocial_hours: tuple[str, ...] = ()
    habits: tuple[str, ...] = ()
    # A way of reaching us named as a thing ("inbox", "phone line", "boîte mail", "hộp thư",
    # "e-poštni predal") and its closing ("no longer be open", "plus ouverts", "không còn mở",
    # "ne bo več odprt"): said to the reader, a closed door.
    channels: tuple[str, ...] = ()
    closures: tuple[str, ...] = ()
    # Words that point back at a kind of thing named before ("such", "of that kind", "de
    # tels", "như vậy", "take"): wherever they stand, the sentence goes on with the same reason.
    kind_references: tuple[str, ...] = ()
    # A time ahead that gives no day ("soon", "shortly", "bientôt", "sớm", "kmalu"): beside
    # an ending of ours it makes the letter a farewell, and it is never the end date.
    soon: tuple[str, ...] = ()
    # Someone who takes the work over ("take over", "prendre le relais", "tiếp quản",
    # "prevzeti"): the letter parts with the reader. A gesture that leaves the search to
    # the reader ("you'll have no trouble finding someone", "ne manquent pas", "không
    # thiếu", "ne manjka") offers no alternative.
    successors: tuple[str, ...] = ()
    gestures: tuple[str, ...] = ()
    # Praise words: what the reader always did ("always", "toujours", "lúc nào cũng",
    # "vedno"), said with one, is a compliment.
    praise: tuple[str, ...] = ()
    always: tuple[str, ...] = ()
    # What a formula thanks for: the reader's understanding, attention, or nothing yet
    # ("in advance"); such thanks are not thanks for something real.
    formulas: tuple[str, ...] = ()
    # A concession after our reminders ("despite our reminders", "malgré nos relances"):
    # followed by the reminders' dates, it is an account of what was asked and when.
    reminders: tuple[str, ...] = ()
    # A friendly invitation: the reader with a word that elsewhere reproaches a habit, closed
    # by a softening particle ("chị cứ giữ lại nhé", go ahead and keep them).
    invitations: tuple[str, ...] = ()
    # Thanks for what is not done yet, or on a condition: "in advance", "if", "d'avance",
    # "si", "trước", "nếu", "vnaprej", "če" in the words right after the thanks.
    unearned: tuple[str, ...] = ()
    # A hope or a conviction about the reader's future ("we are sure you will find them easy
    # to work with", "nous espérons que la saison sera belle"): a future after it is a wish.
    hopes: tuple[str, ...] = ()
    # The last occasion of the work ("last", "final", "dernier", "cuối", "zadnji") and a
    # verb of being in the present or the future ("will be", "sera", "sẽ là", "bo"): "our
    # last visit will be on 14 November", "Zadnji obisk bo 15. oktobra" end the work on
    # that day. "Your last invoice of 5 May was…" is the reader's, and past.
    lasts: tuple[str, ...] = ()
    being: tuple[str, ...] = ()
    # What we will no longer do ("no longer", "ne … plus", "không còn", "ne bomo več"): with
    # the day it stops in its sentence, the work ends that day.
    no_longer: tuple[str, ...] = ()
    # Credit given to the reader for what followed ("thanks to you", "grâce à vous", "nhờ
    # anh", "po vaši zaslugi"): irony where what followed is a burden of ours.
    credited: tuple[str, ...] = ()
    # The reader said to be a kind of person, up to the relative pronoun ("you are someone
    # who", "Vous êtes de ces clients qui", "Anh là kiểu người", "Ste pač človek, ki").
    person_frames: tuple[str, ...] = ()
    # What the reader no longer does or needs ("no longer", "any more", "ne … plus", "không
    # còn", "ne … več"): a change on their side, not a failing.
    ceased: tuple[str, ...] = ()
    # A failing of the reader's ("late", "oublié", "trễ", "zamudili", "kept us waiting", "phải
    # nhắc"): denied ("You've never once paid late"), it is praise, a double negative.
    failings: tuple[str, ...] = ()
    # What opens a past supposition ("if", "si", "nếu", "če bi") and what we would then have
    # been spared ("we would not have had to", "nous n'aurions pas", "đã không phải", "ne bi
    # bilo treba"): with the reader as the one who did not, blame by counterfactual.
    conditionals: tuple[str, ...] = ()
    spared: tuple[str, ...] = ()
    # A promise ("promised", "promis", "hứa", "obljubili") and what is still not done ("still
    # not", "toujours pas", "vẫn chưa", "še vedno ni"): the reader's broken promise.
    promised: tuple[str, ...] = ()
    still_not: tuple[str, ...] = ()
    # We as the subject of a clause ("we", "nous", "chúng tôi", "mi" before a plural
    # participle): a supposition or a promise of our own, not the reader's.
    we_subjects: tuple[str, ...] = ()
    # Writing or telling the reader ("I wanted to write to you personally", "je voulais vous
    # écrire", "em viết thư này", "kako naj ti to napišem"): a cause told for the letter
    # itself ("…because you have been with us since the first year") is no reason for the
    # decision.
    writing: tuple[str, ...] = ()
    # A consequence that opens the decision after its reasons ("…, so we…", "donc", "nên",
    # "zato"): the clauses before it are the reasons given for it.
    hence: tuple[str, ...] = ()
    # What we cannot do or must do ("we cannot carry that balance", "ne peut pas continuer",
    # "không thể", "naša pražarna pa mora zrna plačati v 30 dneh"): the consequence of a
    # reason for us, not a second one.
    unable: tuple[str, ...] = ()
    # The last time said as an adverb ("I'll come for the last time on 30 October",
    # "bom zadnjič prišla v petek, 30. oktobra", "lần cuối"): with the day, the end of the
    # work, whatever the verb.
    last_times: tuple[str, ...] = ()


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
    examples={
        "blame": "The project needed five rounds of revisions.",
        "slammed_door": "If anything is unclear, you can reach me until the end date.",
        "thanks": "Thank you for the trust you have placed in us.",
        "next_steps": "We will hand over every file by the end date.",
        "end_date": "Our collaboration ends on 30 April.",
        "alternatives": "We would be glad to recommend a provider who suits your needs.",
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
        # "vous exigez toujours", "comme vous ne répondez jamais" (not "vous pourrez toujours",
        # nor a relative clause that praises: "la gentillesse que vous avez toujours eue")
        r"(?<!nous\s)(?<!je\s)(?<!(?<!parce\s)(?<!alors\s)(?<!lors\s)(?<!tandis\s)\bque\s)"
        r"(?<!\bdont\s)vous\s+(?:ne\s+|n')?(?!pourr|pouv|saur|ser)\w+\s+(?:toujours"
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
        r"de\s+plus(?!\s+(?:de|d'|en|\d|\w+\s+que))",
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
        r"(?:nous|je|j'|notre\s+équipe|vous|tu|elle|il)\s+(?:vous\s+|te\s+|t'|lui\s+|les\s+|le\s+|la\s+|l'|en\s+|y\s+"
        r"|leur\s+)?(?!mettr|cesser|arrêter|terminer|résilier|prendr|serai\w*\s+heureu)"
        # future endings, not the present of -rer verbs ("nous consacrons", "vous déclarez")
        # and not "-trons" ("nous nous concentrons"): a future there doubles the t ("mettrons")
        r"\w*(?:e|i|r|tt|d|au|vr)(?:rons|rai|rez|ra)",
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
        r"(?:cess\w*|arrêt\w*|termin\w*|achèv\w*|clôtur\w*|clore|clos\w*|résili\w*|romp\w*)\s+(?:[\w']+\s+){0,3}?"
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
    examples={
        "blame": "Le projet a demandé cinq séries de corrections.",
        "slammed_door": "Pour toute question, vous pouvez me joindre jusqu'à la date de fin.",
        "thanks": "Merci de la confiance que vous nous avez accordée.",
        "next_steps": "Nous vous remettrons tous les fichiers avant la date de fin.",
        "end_date": "Notre collaboration prendra fin le 30 avril.",
        "alternatives": "Nous serons heureux de vous recommander un prestataire adapté.",
    },
)

# The reader, as a Vietnamese letter addresses them.
_VI_YOU = r"(?:anh|chị|ông|bà|bạn|em|quý\s+khách|quý\s+công\s+ty|quý\s+vị|các\s+anh|các\s+chị)"

VI = Wording(
    attacks=(
        _VI_YOU + r"\s+(?:luôn(?:\s+luôn)?|lúc\s+nào\s+cũng|chẳng\s+bao\s+giờ|không\s+bao\s+giờ|cứ"
        r"|suốt\s+ngày|liên\s+tục|toàn)\s+(?!có\s+thể|được|là|sẵn|nhận|bộ|thể|quyền|diện)\w+",
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
        # not "góp ý của anh khiến cả nhóm phấn khởi" (made the team glad)
        _VI_YOU + r"\s+(?:đã\s+)?(?:khiến(?!(?:\s+\w+){0,3}?\s+(?:vui|phấn\s+khởi|hài\s+lòng"
        r"|yên\s+tâm|an\s+tâm|tự\s+hào|cảm\s+động|ấn\s+tượng|thích\s+thú|hứng\s+khởi))"
        r"|làm\s+hỏng|phá\s+hỏng)",
        r"khiến\s+(?:cho\s+)?dự\s+án\s+(?:thất\s+bại|đổ\s+bể|hỏng)",
        r"buộc\s+chúng\s+tôi\s+phải",
        r"(?:sự\s+)?(?:thiếu\s+tổ\s+chức|cẩu\s+thả|thiếu\s+trách\s+nhiệm|chậm\s+trễ"
        r"|thiếu\s+quyết\s+đoán|thiếu\s+năng\s+lực)\s+(?:của\s+)?(?:\w+\s+){0,3}?(?:bên\s+)?"
        + _VI_YOU,
    ),
    slammed_door=(
        r"(?:đừng|không\s+được|vui\s+lòng\s+không|xin\s+không)\s+(?!ngần|ngại|ngan\s+ngai|quên|quen)"
        r"(?:\w+\s+){0,2}?(?:liên\s+lạc"
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
        "money": (r"ngân\s+sách", r"phí", r"giá(?!\s+trị)", r"chi\s+phí", r"lợi\s+nhuận", r"lỗ"),
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
        # "anh nên thử…" (you should try) suggests; "…, nên buổi học cuối…" (so) does not
        rf"(?:{_VI_YOU}|mình)\s+(?:cũng\s+|có\s+lẽ\s+|thì\s+)?nên",
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
    first_person=(r"tôi", r"chúng\s+tôi", r"chúng\s+ta", r"mình", r"tớ"),
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
    examples={
        "blame": "Dự án đã cần năm lần chỉnh sửa.",
        "slammed_door": "Nếu có điều gì chưa rõ, Quý khách có thể liên hệ với tôi cho đến ngày "
        "kết thúc.",
        "thanks": "Chúng tôi xin chân thành cảm ơn sự tin tưởng của Quý khách.",
        "next_steps": "Chúng tôi sẽ bàn giao toàn bộ tài liệu trước ngày kết thúc.",
        "end_date": "Việc hợp tác sẽ kết thúc vào ngày 30 tháng 4.",
        "alternatives": "Chúng tôi sẵn lòng giới thiệu một đơn vị phù hợp hơn.",
    },
)

_SL_NOT_VERB = r"(?:samo|opremo|pismo|firmo|formo|platformo|shemo|temo|normo|klimo|ramo|mamo)(?!\w)"
_SL_WE_VERB = r"(?!" + _SL_NOT_VERB + r")\w+mo"
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
        # a verb of ours ("delamo", "pošljemo"), not a noun in -ma met in the accusative
        # ("za opremo trgovine", "pismo", "firmo"), nor "samo"
        r"(?!" + _SL_NOT_VERB + r")\w+mo",
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
    examples={
        "blame": "Projekt je zahteval pet krogov popravkov.",
        "slammed_door": "Za vsa vprašanja sem Vam na voljo do konca sodelovanja.",
        "thanks": "Hvala Vam za zaupanje.",
        "next_steps": "Vse datoteke Vam bomo predali do datuma zaključka.",
        "end_date": "Naše sodelovanje se bo končalo 30. aprila.",
        "alternatives": "Z veseljem Vam priporočimo ustreznejšega ponudnika.",
    },
)


# Generalised cues (issue #13, second round): instead of fixed phrasings, a judgement word
# near a word for the reader, a cause that points at the reader followed by a fault, the
# reader as the subject of a fault verb, a prohibition on contacting us, a decision
# declared final, and "also" beside a second subject. The lexicons are broad on purpose
# (synonyms, spelling variants, Vietnamese without diacritics) so that a phrasing nobody
# foresaw still meets a word the checker knows.


def near(first: str, second: str, gap: int) -> str:
    """``first``, up to ``gap`` words, then ``second``, inside one sentence."""
    return rf"(?:{first})(?:[\s,'-]+[\w'-]+){{0,{gap}}}?[\s,'-]+(?:{second})"


def alternatives(*words: str) -> str:
    return "|".join(words)


EN_READER = alternatives(r"you", r"your", r"yours", r"yourselves", r"yourself")
EN_JUDGE = alternatives(
    r"rude\w*",
    r"impolite",
    r"arrogan\w*",
    r"abusive",
    r"aggressive\w*",
    r"hostile",
    r"condescending",
    r"patroni[sz]ing",
    r"disrespectful\w*",
    r"dismissive",
    r"unreasonabl\w*",
    r"irrational",
    r"incompeten\w*",
    r"inept\w*",
    r"useless\w*",
    r"hopeless\w*",
    r"lazy",
    r"laziness",
    r"sloppy",
    r"sloppiness",
    r"careless\w*",
    r"negligen\w*",
    r"chaotic",
    r"disorgani[sz]ed",
    r"unprofessional\w*",
    r"unreliab\w*",
    r"untrustworthy",
    r"dishonest\w*",
    r"deceitful",
    r"liars?",
    r"lying",
    r"manipulative",
    r"demanding",
    r"overdemanding",
    r"entitled",
    r"ungrateful",
    r"petty",
    r"stingy",
    r"cheapskates?",
    r"greedy",
    r"selfish\w*",
    r"childish\w*",
    r"immature",
    r"toxic",
    r"nasty",
    r"obnoxious",
    r"insufferable",
    r"unbearable",
    r"intolerable",
    r"exhausting",
    r"tiresome",
    r"annoying",
    r"irritating",
    r"infuriating",
    r"maddening",
    r"clueless",
    r"ignoran\w*",
    r"stupid\w*",
    r"idiot\w*",
    r"fools?",
    r"foolish",
    r"amateurish",
    r"amateurs",
    r"pathetic",
    r"ridiculous",
    r"absurd",
    r"outrageous",
    r"shameful",
    r"disgraceful",
    r"appalling",
    r"terrible",
    r"awful",
    r"horrible",
    r"dreadful",
    r"worst",
    r"nightmares?",
    r"disastrous",
    r"bull(?:y|ies)",
    r"bullying",
    r"stubborn\w*",
    r"pig-?headed",
    r"inflexible",
    r"hardest",
    r"toughest",
    r"trickiest",
    r"most\s+difficult",
    r"high-maintenance",
    r"a\s+headache",
)
EN_CLIENT = alternatives(r"clients?", r"customers?", r"accounts?", r"people\s+to\s+work\s+with")
EN_CAUSE = alternatives(
    r"because(?:\s+of)?",
    r"due\s+to",
    r"owing\s+to",
    r"thanks\s+to",
    r"as\s+a\s+result\s+of",
    r"given",
    r"since",
    # "as a result your sheets reached you late" says what followed, not its cause
    r"as(?!\s+a\s+result(?!\s+of))",
    r"caused\s+by",
    r"on\s+account\s+of",
    r"in\s+light\s+of",
    r"after",
    r"following",
)
EN_FAULT = alternatives(
    r"late(?:ness)?",
    r"delay\w*",
    r"miss\w*",
    r"unpaid",
    r"never",
    r"always",
    r"constant\w*",
    r"repeated\w*",
    r"fail\w*",
    r"refus\w*",
    r"ignor\w*",
    r"neglect\w*",
    r"lack\w*",
    r"mistakes?",
    r"errors?",
    r"complain\w*",
    r"indecisi\w*",
    r"chao\w*",
    r"disorgani[sz]\w*",
    r"inability",
    r"unwilling\w*",
    r"reluctan\w*",
    r"slow\w*",
    r"silence",
    r"interfer\w*",
    r"micromanag\w*",
    r"shout\w*",
    r"yell\w*",
    r"insult\w*",
    r"threat\w*",
    r"excuses",
    r"last-minute",
    r"did\s+not",
    r"didn't",
    r"would\s+not",
    r"wouldn't",
    r"could\s+not",
    r"couldn't",
    r"have\s+not",
    r"haven't",
    r"kept",
    r"keep\w*",
    r"changes?\s+of\s+mind",
    r"chang\w*\s+your\s+mind",
    r"endless",
    r"incessant",
    r"broken\s+promises",
    r"unreasonable",
    r"excessive",
)
EN_FAULT_VERB = alternatives(
    r"missed",
    r"ignored",
    r"refused",
    r"failed",
    r"neglected",
    r"broke",
    r"violated",
    r"delayed",
    r"insulted",
    r"shouted",
    r"yelled",
    r"threatened",
    r"blamed",
    r"disrespected",
    r"undermined",
    r"sabotaged",
    r"wasted",
    r"ruined",
    r"lied",
    r"misled",
    r"stalled",
    r"never\s+paid",
    r"paid\s+(?:\w+\s+)?late",
    r"did\s+not\s+pay",
    r"didn't\s+pay",
    r"haven't\s+paid",
    r"have\s+not\s+paid",
    r"kept\s+(?:changing|adding|asking|calling)",
    r"changed\s+your\s+mind",
)
EN_CONTACT = alternatives(
    r"contact\w*",
    r"call\w*",
    r"phon\w*",
    r"ring\w*",
    r"e-?mail\w*",
    r"writ\w*",
    r"messag\w*",
    r"text\w*",
    r"reach\w*\s+out",
    r"get\w*\s+in\s+touch",
    r"approach\w*",
    r"visit\w*",
    r"com\w*\s+by",
    r"bother\w*",
    r"pester\w*",
    r"follow\w*\s+up",
    r"chas\w*",
)
EN_US = alternatives(
    r"us",
    r"me",
    r"our",
    r"anyone",
    r"any\s+of\s+us",
    r"again",
    r"further",
    r"anymore",
    r"any\s+more",
    r"any\s+longer",
)

EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        near(EN_READER, EN_JUDGE, 4),
        near(EN_JUDGE, r"(?:of|from|by)\s+you(?:r)?", 2),
        near(EN_JUDGE, EN_CLIENT, 2),
        rf"(?:{EN_CAUSE})\s+(?:\w+\s+){{0,2}}?(?:{EN_READER})(?:[\s,'-]+[\w'-]+){{0,6}}?"
        rf"[\s,'-]+(?:{EN_FAULT})",
        rf"you(?:'ve|\s+have|\s+had)?\s+(?:\w+ly\s+|again\s+|still\s+|just\s+|once\s+more\s+)?"
        rf"(?:{EN_FAULT_VERB})",
    ),
    slammed_door=(
        *EN.slammed_door,
        rf"(?:not|never|no\s+longer|refrain\s+from|stop|cease|avoid|no\s+need\s+to"
        rf"|no\s+point\s+in)\s+(?!hesitat)(?:\w+\s+){{0,2}}?(?:{EN_CONTACT})"
        rf"(?:\s+[\w'-]+){{0,2}}?\s+(?:{EN_US})",
        r"(?:decision|this|answer|choice)\s+is\s+(?:\w+\s+)?(?:final|irrevocable"
        r"|non-?negotiable|not\s+up\s+for\s+(?:debate|discussion|negotiation))",
        r"no\s+(?:further\s+|more\s+)?(?:discussion|debate|negotiation|appeal|exceptions?)\s+"
        r"(?:will|is|can|on)",
        r"(?:will\s+not|won't)\s+(?:enter\s+into|engage\s+in)",
        r"nothing\s+(?:more|further|left|else)\s+to\s+(?:discuss|say|talk\s+about|add)",
        r"(?:calls|e-?mails|messages|letters|requests)\s+(?:\w+\s+){0,3}?(?:go\s+unanswered"
        r"|be\s+ignored|not\s+be\s+(?:answered|returned|read|considered))",
        r"block\w*\s+(?:your|you)",
        r"(?:we\s+are|we're|i\s+am|i'm)\s+done\s+with\s+you",
        r"once\s+and\s+for\s+all",
    ),
)

FR_READER = alternatives(r"vous", r"votre", r"vos", r"toi", r"tu", r"ton", r"ta", r"tes")
FR_JUDGE = alternatives(
    r"grossi\w+",
    r"impoli\w*",
    r"arrogan\w*",
    r"agressi\w*",
    r"hostile\w*",
    r"méprisant\w*",
    r"condescendan\w*",
    r"irrespectueu\w*",
    r"incompéten\w*",
    r"incapables?",
    r"inaptes?",
    r"nul(?:le)?s?",
    r"paresseu\w*",
    r"négligen\w*",
    r"bâcl\w*",
    r"désorganisé\w*",
    r"chaotiques?",
    r"brouillon\w*",
    r"amateur\w*",
    r"(?:peu|non)\s+professionnel\w*",
    r"malhonnête\w*",
    r"menteu\w*",
    r"manipulat\w*",
    r"exigeant\w*",
    r"capricieu\w*",
    r"ingrat\w*",
    r"mesquin\w*",
    r"radin\w*",
    r"pingres?",
    r"égoïste\w*",
    r"puéril\w*",
    r"immatures?",
    r"toxiques?",
    r"odieu\w*",
    r"insupportables?",
    r"intenables?",
    r"invivables?",
    r"épuisant\w*",
    r"pénibles?",
    r"agaçant\w*",
    r"exaspérant\w*",
    r"ignorant\w*",
    r"stupides?",
    r"idiot\w*",
    r"imbéciles?",
    r"ridicules?",
    r"absurdes?",
    r"lamentables?",
    r"pitoyables?",
    r"déplorables?",
    r"honteu\w*",
    r"scandaleu\w*",
    r"catastrophiques?",
    r"cauchemar\w*",
    r"pires?",
    r"têtu\w*",
    r"borné\w*",
    r"obtus\w*",
    r"déraisonnables?",
    r"irrationnel\w*",
    r"ingérables?",
    r"infernal\w*",
    r"irresponsables?",
    r"peu\s+fiables?",
    r"désagréables?",
    r"(?:de\s+)?mauvaise\s+foi",
    r"tyranniques?",
    r"infects?",
    r"insolent\w*",
    r"malpolis?",
    r"plus\s+difficiles?",
    r"casse-pieds",
)
FR_CLIENT = alternatives(r"clients?", r"clientes?", r"interlocut\w+", r"donneurs?\s+d'ordre")
FR_CAUSE = alternatives(
    r"parce\s+qu(?:e|')",
    r"à\s+cause\s+d(?:e|'|u|es)",
    r"en\s+raison\s+d(?:e|'|u|es)",
    r"du\s+fait\s+d(?:e|'|u|es)",
    r"faute\s+d(?:e|')",
    r"puisqu(?:e|')",
    r"comme",
    r"car",
    r"étant\s+donné\s+qu(?:e|')",
    r"vu\s+qu(?:e|')",
    r"suite\s+à",
    r"compte\s+tenu\s+d\w*",
    r"grâce\s+à",
    r"après",
)
FR_FAULT = alternatives(
    r"retards?",
    r"impayé\w*",
    r"jamais",
    r"toujours",
    r"sans\s+cesse",
    r"constamment",
    r"refus\w*",
    r"ignor\w*",
    r"oubli\w*",
    r"manqu\w*",
    r"négligen\w*",
    r"erreurs?",
    r"fautes?",
    r"incessant\w*",
    r"plaintes",
    r"réclamations",
    r"revirements?",
    r"changements\s+d'avis",
    r"indécision",
    r"hésitations",
    r"désorganisation",
    r"lenteurs?",
    r"silences?",
    r"ingérence\w*",
    r"menaces?",
    r"insultes?",
    r"cris",
    r"n'a(?:vez|s)?\s+"
    r"(?:jamais|pas)",
    r"ne\s+(?:pay|répond|respect|valid|li|ten|règl)\w*",
    r"excessi\w*",
    r"déraisonnables?",
)
FR_FAULT_VERB = alternatives(
    r"refusé",
    r"ignoré",
    r"oublié",
    r"manqué",
    r"négligé",
    r"annulé",
    r"insulté",
    r"menacé",
    r"crié",
    r"rejeté",
    r"bafoué",
    r"méprisé",
    r"dénigré",
    r"saboté",
    r"retardé",
    r"bloqué",
    r"gâché",
    r"ruiné",
    r"menti",
    r"trompé",
    r"changé\s+d'avis",
    r"payé\s+en\s+retard",
    r"(?:jamais|pas)\s+(?:payé|répondu|respecté|réglé|validé|tenu)",
)
FR_CONTACT = alternatives(
    r"contact\w*",
    r"recontact\w*",
    r"appel\w*",
    r"rappel\w*",
    r"écri\w*",
    r"relanc\w*",
    r"sollicit\w*",
    r"téléphon\w*",
    r"dérang\w*",
    r"joindre",
    r"adresser",
    r"envoyer",
    r"solliciter",
    r"importuner",
)

FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        near(FR_READER, FR_JUDGE, 4),
        near(FR_JUDGE, r"(?:de\s+votre\s+part|de\s+ta\s+part|de\s+vous)", 2),
        near(FR_CLIENT, FR_JUDGE, 3),
        near(FR_JUDGE, FR_CLIENT, 2),
        rf"(?:{FR_CAUSE})\s*(?:\w+\s+){{0,2}}?(?:{FR_READER})(?:[\s,'-]+[\w'-]+){{0,6}}?"
        rf"[\s,'-]+(?:{FR_FAULT})",
        rf"(?:vous\s+(?:avez|aviez|n'avez|n'aviez)|tu\s+as|tu\s+n'as)\s+(?:\w+\s+)?"
        rf"(?:{FR_FAULT_VERB})",
    ),
    slammed_door=(
        *FR.slammed_door,
        rf"(?:de|à)\s+ne\s+(?:plus|pas|jamais)\s+(?!hésit)(?:[\w']+\s+){{0,2}}?(?:{FR_CONTACT})",
        rf"(?:ne|n')\s*(?:\w+\s+)?(?:nous|me|m')\s*(?:{FR_CONTACT})\w*\s+(?:plus|pas|jamais)",
        r"abstenez-vous",
        r"vous\s+abstenir",
        r"évite[zr]\s+de\s+nous",
        r"ne\s+cherchez\s+(?:pas|plus)\s+à",
        r"inutile\s+d(?:e|')\s*(?:nous\s+|me\s+)?\w+",
        r"(?:décision|choix|réponse)\s+(?:\w+\s+)?(?:est\s+)?(?:définiti\w+|irrévocable|sans\s+appel"
        r"|non\s+négociable|ferme\s+et\s+définitive)",
        r"aucune?\s+(?:autre\s+)?(?:discussion|négociation|exception|recours|réclamation|échange)"
        r"\s+(?:ne|n')",
        r"nous\s+ne\s+reviendrons\s+pas",
        r"(?:il\s+)?n'y\s+a\s+(?:plus\s+)?rien\s+à\s+(?:ajouter|discuter|dire|négocier)",
        r"(?:appels|courriels|e-mails|mails|messages|courriers|demandes)\s+(?:\w+\s+){0,3}?"
        r"(?:resteront\s+sans\s+réponse|seront\s+ignorés|ne\s+seront\s+(?:pas|plus)\s+"
        r"(?:lus|traités|pris|considérés))",
        r"ne\s+(?:souhaitons|voulons)\s+plus\s+(?:\w+\s+){0,2}?(?:entendre|voir|recevoir)",
        r"une\s+fois\s+pour\s+toutes",
        r"sans\s+(?:possibilité\s+de\s+)?(?:retour|appel|discussion)",
    ),
)

# The reader in Vietnamese, also written without diacritics.
VI_READER = _VI_YOU[3:-1] + r"|quy\s+khach|quy\s+cong\s+ty|chi|ong|ban"
VI_JUDGE = alternatives(
    r"khó\s+tính",
    r"khó\s+chịu",
    r"khó\s+chiều",
    r"khó\s+làm\s+việc",
    r"khó\s+hợp\s+tác",
    r"đòi\s+hỏi\s+(?:quá|nhiều|cao)",
    r"khắt\s+khe",
    r"vô\s+lý",
    r"phi\s+lý",
    r"thô\s+lỗ",
    r"hỗn\s+láo",
    r"láo\s+xược",
    r"bất\s+lịch\s+sự",
    r"vô\s+lễ",
    r"thiếu\s+lịch\s+sự",
    r"thiếu\s+tôn\s+trọng",
    r"coi\s+thường",
    r"xem\s+thường",
    r"hách\s+dịch",
    r"trịch\s+thượng",
    r"kiêu\s+ngạo",
    r"ngạo\s+mạn",
    r"cố\s+chấp",
    r"bảo\s+thủ",
    r"ương\s+bướng",
    r"cứng\s+đầu",
    r"kém\s+cỏi",
    r"bất\s+tài",
    r"vô\s+dụng",
    r"thiếu\s+năng\s+lực",
    r"thiếu\s+chuyên\s+nghiệp",
    r"không\s+chuyên\s+nghiệp",
    r"nghiệp\s+dư",
    r"cẩu\s+thả",
    r"lười(?:\s+biếng)?",
    r"luộm\s+thuộm",
    r"thiếu\s+tổ\s+chức",
    r"lộn\s+xộn",
    r"hỗn\s+loạn",
    r"vô\s+trách\s+nhiệm",
    r"thiếu\s+trách\s+nhiệm",
    r"không\s+đáng\s+tin",
    r"thất\s+hứa",
    r"gian\s+dối",
    r"dối\s+trá",
    r"không\s+trung\s+thực",
    r"tham\s+lam",
    r"keo\s+kiệt",
    r"ki\s+bo",
    r"bủn\s+xỉn",
    r"ích\s+kỷ",
    r"trẻ\s+con",
    r"vô\s+ơn",
    r"tệ\s+hại",
    r"tồi\s+tệ",
    r"tệ\s+nhất",
    r"kinh\s+khủng",
    r"khủng\s+khiếp",
    r"ác\s+mộng",
    r"quá\s+đáng",
    r"quá\s+quắt",
    r"không\s+(?:thể\s+)?chịu\s+nổi",
    r"ngu\s+ngốc",
    r"ngu\s+dốt",
    r"độc\s+hại",
    r"đáng\s+xấu\s+hổ",
    r"nực\s+cười",
    r"lố\s+bịch",
    r"gây\s+khó\s+dễ",
    r"hay\s+thay\s+đổi",
    r"thất\s+thường",
    r"hay\s+(?:than\s+phiền|phàn\s+nàn)",
    r"kho\s+tinh",
    r"kho\s+chiu",
    r"vo\s+ly",
    r"phi\s+ly",
    r"tho\s+lo",
    r"bat\s+lich\s+su",
    r"thieu\s+ton\s+trong",
    r"thieu\s+chuyen\s+nghiep",
    r"cau\s+tha",
    r"vo\s+trach\s+nhiem",
    r"thieu\s+trach\s+nhiem",
    r"toi\s+te",
    r"kinh\s+khung",
    r"ac\s+mong",
    r"qua\s+dang",
    r"kem\s+coi",
    r"co\s+chap",
    r"ngu\s+ngoc",
    r"khat\s+khe",
    r"gay\s+kho\s+de",
)
VI_CLIENT = alternatives(r"khách\s+hàng", r"khach\s+hang", r"đối\s+tác", r"doi\s+tac")
VI_CAUSE = alternatives(
    r"(?<!lỗi\s)vì",
    r"(?<!lỗi\s)do",
    r"bởi(?:\s+vì)?",
    r"tại(?:\s+vì)?",
    r"vi",
    r"boi\s+vi",
    r"tai\s+vi",
    r"nguyên\s+nhân\s+là",
    r"sau\s+khi",
)
VI_FAULT = alternatives(
    r"chậm(?:\s+trễ)?",
    r"trễ",
    r"không\s+(?:trả\s+lời|phản\s+hồi|thanh\s+toán|trả|hợp\s+tác"
    r"|tuân\s+thủ|đúng\s+hạn|giữ\s+lời|chịu|bao\s+giờ)",
    r"chưa\s+(?:bao\s+giờ|thanh\s+toán|trả"
    r"|phản\s+hồi)",
    r"liên\s+tục",
    r"luôn",
    r"cứ",
    r"mãi",
    r"đổi\s+ý",
    r"thay\s+đổi\s+ý",
    r"từ\s+chối",
    r"phớt\s+lờ",
    r"lờ\s+đi",
    r"bỏ\s+qua",
    r"quên",
    r"sai\s+sót",
    r"(?<!xin\s)lỗi",
    r"nợ",
    r"quỵt",
    r"la\s+hét",
    r"quát",
    r"xúc\s+phạm",
    r"đe\s+dọa",
    r"gây\s+khó",
    r"cham\s+tre",
    r"khong\s+tra\s+loi",
    r"khong\s+thanh\s+toan",
    r"lien\s+tuc",
    r"doi\s+y",
)
VI_FAULT_VERB = alternatives(
    r"phớt\s+lờ",
    r"từ\s+chối",
    r"lờ\s+đi",
    r"bỏ\s+qua",
    r"xúc\s+phạm",
    r"la\s+hét",
    r"quát\w*",
    r"đe\s+dọa",
    r"quỵt",
    r"trả\s+chậm",
    r"thanh\s+toán\s+(?:chậm|trễ)",
    r"chậm\s+thanh\s+toán",
    r"không\s+chịu",
    r"đổi\s+ý",
    r"thay\s+đổi\s+ý",
    r"phá(?:\s+hỏng)?",
    r"làm\s+(?:hỏng|chậm)",
    r"gây\s+(?:ra\s+)?(?:khó|rắc|trở\s+ngại|thiệt)",
    r"vi\s+phạm",
    r"thất\s+hứa",
    r"nói\s+dối",
    r"lừa",
    r"phot\s+lo",
    r"tu\s+choi",
    r"xuc\s+pham",
    r"vi\s+pham",
)
VI_CONTACT = alternatives(
    r"liên\s+lạc",
    r"liên\s+hệ",
    r"gọi(?:\s+điện)?",
    r"nhắn(?:\s+tin)?",
    r"viết(?:\s+thư)?",
    r"email",
    r"gửi\s+(?:thư|email|tin)",
    r"làm\s+phiền",
    r"tìm\s+(?:đến|gặp)",
    r"quấy\s+rầy",
    r"đến\s+gặp",
    r"gặp",
    r"lien\s+lac",
    r"lien\s+he",
    r"goi",
    r"nhan\s+tin",
    r"lam\s+phien",
)

VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        near(rf"(?<!cảm\s)(?<!gửi\s)(?:{VI_READER})", VI_JUDGE, 5),
        near(VI_CLIENT, VI_JUDGE, 4),
        # the fault inside the cause, not after "nên" (so): "Vì anh đã nhắc sớm nên bên em kịp
        # sửa lỗi" credits the reader
        rf"(?:{VI_CAUSE})\s+(?:\w+\s+){{0,2}}?(?:{VI_READER})(?:[\s,]+(?!(?:nên|khiến|thì)(?!\w))"
        rf"\w+){{0,8}}?[\s,]+(?:{VI_FAULT})",
        rf"(?:{VI_READER})\s+(?:đã\s+|lại\s+|liên\s+tục\s+|nhiều\s+lần\s+|cứ\s+|luôn\s+|da\s+)?"
        rf"(?:{VI_FAULT_VERB})",
    ),
    slammed_door=(
        *VI.slammed_door,
        rf"(?:đừng|không\s+nên|không\s+được|xin\s+đừng|vui\s+lòng\s+(?:đừng|không)|dung"
        rf"|khong\s+duoc|(?:yêu\s+cầu|đề\s+nghị|mong|xin)\s+(?:{VI_READER})\s+(?:không|đừng))\s+"
        rf"(?!ngần|ngại|e\s+ngại|ngan\s+ngai|quên|quen)(?:\w+\s+){{0,3}}?(?:{VI_CONTACT})",
        r"quyết\s+định\s+(?:này\s+)?(?:là\s+)?(?:cuối\s+cùng|không\s+(?:thể\s+)?thay\s+đổi"
        r"|dứt\s+khoát|không\s+có\s+ngoại\s+lệ)",
        r"miễn\s+bàn",
        r"không\s+(?:còn\s+)?(?:gì|điều\s+gì)\s+(?:để\s+|cần\s+)?(?:bàn|nói|trao\s+đổi|thảo\s+luận)"
        r"(?:\s+thêm|\s+nữa)?",
        r"không\s+(?:tiếp\s+nhận|trả\s+lời|phản\s+hồi|xem\s+xét|giải\s+quyết)\s+(?:thêm\s+)?"
        r"(?:bất\s+kỳ|mọi|các|bất\s+cứ)",
        r"(?:mọi|bất\s+kỳ|bất\s+cứ)\s+(?:\w+\s+){0,4}?(?:sẽ\s+)?(?:không\s+được|bị)\s+"
        r"(?:trả\s+lời|phản\s+hồi|bỏ\s+qua|từ\s+chối|chặn|xem)",
        r"chặn\s+(?:số|liên\s+lạc|email)",
        r"không\s+quay\s+lại",
        r"vĩnh\s+viễn",
    ),
)

SL_JUDGE = alternatives(
    r"nesramn\w*",
    r"nevljudn\w*",
    r"arogant\w*",
    r"agresivn\w*",
    r"sovražn\w*",
    r"zaničljiv\w*",
    r"vzvišen\w*",
    r"nespoštljiv\w*",
    r"nesposobn\w*",
    r"nekompetentn\w*",
    r"nevedn\w*",
    r"neumn\w*",
    r"butast\w*",
    r"bedast\w*",
    r"idiot\w*",
    r"zabit\w*",
    r"lenob\w*",
    r"malomarn\w*",
    r"površn\w*",
    r"neorganizir\w*",
    r"kaotičn\w*",
    r"neprofesionaln\w*",
    r"amatersk\w*",
    r"nezanesljiv\w*",
    r"neodgovorn\w*",
    r"nepošten\w*",
    r"lažniv\w*",
    r"manipulativn\w*",
    r"prezahtevn\w*",
    r"nehvaležn\w*",
    r"skopušk\w*",
    r"škrt\w*",
    r"sebičn\w*",
    r"otročj\w*",
    r"nezrel\w*",
    r"strupen\w*",
    r"toksičn\w*",
    r"zoprn\w*",
    r"nadležn\w*",
    r"neznosn\w*",
    r"nevzdržn\w*",
    r"nerazumn\w*",
    r"nesmiseln\w*",
    r"sramotn\w*",
    r"škandalozn\w*",
    r"katastrofaln\w*",
    r"grozn\w*",
    r"obupn\w*",
    r"zanič",
    r"najslabš\w*",
    r"najtež\w*",
    r"najzahtevnejš\w*",
    r"najtežavnejš\w*",
    r"trmast\w*",
    r"nepopustljiv\w*",
    r"težavn\w*",
    r"nevzgojen\w*",
    r"mučn\w*",
    r"nemogoč\w*",
)
SL_READER = alternatives(
    r"vi",
    r"vas",
    r"vam",
    r"vami",
    r"vaš\w*",
    r"ti",
    r"tebi",
    r"tebe",
    r"tvoj\w*",
    r"ste",
    r"si",
    r"niste",
    r"nisi",
)
SL_CLIENT = alternatives(r"strank\w*", r"naročnik\w*", r"partner\w*")
SL_CAUSE = alternatives(
    r"ker",
    r"zaradi",
    r"saj",
    r"kajti",
    r"glede\s+na\s+to,?\s+da",
    r"po\s+tem,?\s+ko",
    r"potem\s+ko",
    r"ko",
)
SL_FAULT = alternatives(
    r"zamud\w*",
    r"zamuj\w*",
    r"neplačan\w*",
    r"niste\s+\w+",
    r"nisi\s+\w+",
    r"ne\s+(?!potrebuj|želi|mor|bo|sme|rab)\w+te",  # not "ne potrebujete" (no longer need)
    r"nikoli",
    r"vedno",
    r"stalno",
    r"nenehno",
    r"neprestano",
    r"spet",
    r"znova",
    r"ignorir\w*",
    r"prezrl\w*",
    r"zavrnil\w*",
    r"pozabil\w*",
    r"spregledal\w*",
    r"napak\w*",
    r"pritožb\w*",
    r"premislil\w*",
    r"neodločn\w*",
    r"neorganizir\w*",
    r"malomarn\w*",
    r"grož\w*",
    r"žalit\w*",
    r"kričal\w*",
    r"vpil\w*",
    r"odlaša\w*",
    r"počasn\w*",
    r"molk\w*",
    r"vmešava\w*",
    r"izgovor\w*",
    r"muh\w*",
)
SL_FAULT_VERB = alternatives(
    r"prezrl\w*",
    r"ignoriral\w*",
    r"zavrnil\w*",
    r"pozabil\w*",
    r"zamudil\w*",
    r"spregledal\w*",
    r"kršil\w*",
    r"žalil\w*",
    r"kričal\w*",
    r"vpil\w*",
    r"grozil\w*",
    r"zavlačeval\w*",
    r"zavajal\w*",
    r"lagal\w*",
    r"oviral\w*",
    r"blokiral\w*",
    r"uničil\w*",
    r"premislil\w*",
)

SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        near(SL_READER, SL_JUDGE, 4),
        near(SL_JUDGE, SL_CLIENT, 3),
        rf"(?:{SL_CAUSE})\s+(?:\w+\s+){{0,2}}?(?:{SL_READER})(?:[\s,'-]+[\w'-]+){{0,6}}?"
        rf"[\s,'-]+(?:{SL_FAULT})",
        # "ste nam že dvakrat pozabili": a pronoun and how often between
        rf"(?:(?:ste\s+(?:\w+\s+){{0,3}}?|si\s+(?:\w+\s+){{0,2}}?)(?:{SL_FAULT_VERB})"
        rf"|(?:{SL_FAULT_VERB})\s+ste)",
        r"(?:niste|nisi)\s+(?:\w+\s+)?(?:plačal|odgovoril|upošteval|spoštoval|poravnal|potrdil"
        r"|oddal|dostavil|pripravil|držal)\w*",
        r"vaš\w*\s+(?:\w+\s+)?(?:napak\w*|malomarnost\w*|neorganiziranost\w*|neodločnost\w*"
        r"|grožnj\w*|žalitv\w*|kričanj\w*|izgovor\w*|muh\w*)",
    ),
    slammed_door=(
        *SL.slammed_door,
        r"ne\s+(?:več\s+)?(?:nas\s+|nam\s+|me\s+|mi\s+|naš\w*\s+\w+\s+)?(?:več\s+)?"
        r"(?:kontaktir|klič|kliče|piš|išč|vznemirj|nadleguj|obrač|oglaš|pošilj|poskuš|obisk)"
        r"\w*(?:te|ti)",
        r"ne\s+(?:več\s+)?(?:nas\s+|nam\s+|me\s+|mi\s+)?(?:pisati|klicati|kontaktirati|iskati)",
        r"vzdržite\s+se",
        r"odločitev\s+je\s+(?:\w+\s+)?(?:dokončn|nepreklicn|končn)\w*",
        r"o\s+(?:tem|odločitvi|zadevi)\s+ne\s+(?:bomo\s+)?(?:več\s+)?(?:razpravlja|pogaja"
        r"|govori)\w*",
        r"ni\s+(?:več\s+)?(?:o\s+čem|ničesar|kaj)\s+(?:več\s+)?(?:govoriti|razpravljati|dodati"
        r"|pogovarjati)",
        r"(?:klici|sporočila|e-pošta|pisma|e-maili|elektronska\s+sporočila)\s+(?:\w+\s+){0,3}?"
        r"(?:ostal\w*\s+brez\s+odgovora|ne\s+bodo\s+(?:\w+\s+)?(?:odgovorjen|prebran|obravnavan)"
        r"\w*|bodo\s+prezrt\w*)",
        r"brez\s+(?:možnosti\s+)?(?:pritožbe|razprave|pogajanj)",
        r"ne\s+bomo\s+(?:več\s+)?(?:sprejemali|odzivali|obravnavali|razpravljali)",
        r"(?:nočemo|ne\s+želimo)\s+(?:več\s+)?(?:slišati|videti|imeti\s+(?:nobenega\s+)?"
        r"(?:opravka|stika))",
        r"(?:nobenega|brez)\s+(?:nadaljnjega\s+)?stika",
        r"enkrat\s+za\s+vselej",
    ),
)


def _more_topics(wording: Wording, **extra: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {
        topic: (*wording.topics.get(topic, ()), *extra.get(topic, ()))
        for topic in {**wording.topics, **extra}
    }


EN = replace(
    EN,
    also=(
        r"also",
        r"as\s+well",
        r"not\s+only",
        r"along\s+with",
        r"coupled\s+with",
        r"combined\s+with",
        r"plus",
        r"on\s+top",
        r"and\s+then\s+there",
        r"again",
    ),
    topics=_more_topics(
        EN,
        money=(
            r"pric\w+",
            r"expensive",
            r"cheap\w*",
            r"underpa\w+",
            r"discounts?",
            r"pays?\s+for\s+itself",
            r"money",
        ),
        payment=(
            r"paid\s+late",
            r"late\s+payments?",
            r"remind\w+",
            r"outstanding",
            r"arrears",
            r"bills?",
        ),
        time=(
            r"schedules?",
            r"timelines?",
            r"delays?",
            r"late\s+(?:brief|feedback|answers)",
            r"sign-?offs?",
            r"waiting",
            r"turnaround",
        ),
        rework=(
            r"redesigns?",
            r"rounds?\s+of",
            r"amendments?",
            r"corrections?",
            r"chang\w+\s+(?:\w+\s+)?mind",
        ),
        scope=(
            r"scope\s+creep",
            r"out\s+of\s+scope",
            r"additional\s+(?:work|requests?)",
            r"more\s+than\s+(?:we\s+)?agreed",
            r"unplanned",
        ),
        hours=(
            r"holidays?",
            r"late\s+calls?",
            r"out\s+of\s+hours",
            r"midnight",
            r"sundays?",
            r"saturdays?",
        ),
        capacity=(r"capacity", r"workload", r"exhaust\w+", r"short-?staffed"),
        conduct=(
            r"manners",
            r"language\s+used",
            r"raised\s+voices?",
            r"yell\w*",
            r"threat\w*",
            r"disrespect\w*",
        ),
        quality=(r"quality", r"complain\w*", r"errors?", r"mistakes?"),
    ),
)
FR = replace(
    FR,
    also=(
        r"aussi",
        r"également",
        r"de\s+même",
        r"sans\s+parler",
        r"s'ajoute\w*",
        r"en\s+plus",
        r"ainsi\s+que",
        r"non\s+seulement",
        r"à\s+cela",
        r"encore",
        r"puis\s+il\s+y\s+a",
    ),
    topics=_more_topics(
        FR,
        money=(r"cher(?:s|ère?s?|té)?", r"rémunér\w+", r"remises?", r"argent", r"perte\w*"),
        payment=(
            r"relances?",
            r"règlements?",
            r"arriérés",
            r"retards?\s+de\s+paiement",
            r"échéances?",
        ),
        time=(r"plannings?", r"calendriers?", r"retards?", r"validations?"),
        rework=(r"allers-retours", r"modifications?", r"reprises?"),
        scope=(
            r"hors\s+(?:du\s+)?périmètre",
            r"travaux\s+supplémentaires",
            r"plus\s+que\s+(?:ce\s+qui\s+était\s+)?prévu",
        ),
        hours=(r"vacances", r"dimanches?", r"samedis?", r"minuit", r"tard\s+le\s+soir"),
        capacity=(r"capacité\w*", r"charge\s+de\s+travail", r"sous-effectif"),
        conduct=(r"propos", r"menaces?", r"irrespect\w*", r"manque\s+de\s+respect"),
        quality=(r"qualité", r"plaintes?", r"réclamations?", r"erreurs?"),
    ),
)
VI = replace(
    VI,
    also=(
        r"cũng",
        r"lại\s+còn",
        r"thêm\s+nữa",
        r"không\s+chỉ",
        r"đồng\s+thời",
        r"kèm\s+theo",
        r"cung",
        r"ngoai\s+ra",
        r"hon\s+nua",
    ),
    topics=_more_topics(
        VI,
        money=(
            r"tiền",
            r"thù\s+lao",
            r"báo\s+giá",
            r"giảm\s+giá",
            r"ngan\s+sach",
            r"chi\s+phi",
            r"loi\s+nhuan",
        ),
        payment=(r"nhắc\s+(?:nợ|thanh\s+toán)", r"quá\s+hạn", r"nợ", r"hoa\s+don", r"thanh\s+toan"),
        time=(
            r"tiến\s+độ",
            r"chậm\s+trễ",
            r"phê\s+duyệt",
            r"chờ\s+đợi",
            r"deadline",
            r"tien\s+do",
            r"thoi\s+han",
        ),
        rework=(r"sửa\s+đi\s+sửa\s+lại", r"đổi\s+ý", r"sua\s+lai", r"chinh\s+sua"),
        scope=(
            r"ngoài\s+phạm\s+vi",
            r"phát\s+sinh",
            r"vượt\s+(?:quá\s+)?phạm\s+vi",
            r"pham\s+vi",
            r"phat\s+sinh",
        ),
        hours=(r"ngày\s+nghỉ", r"ngày\s+lễ", r"đêm\s+khuya", r"cuoi\s+tuan", r"ngoai\s+gio"),
        capacity=(r"nhân\s+lực", r"khối\s+lượng\s+công\s+việc", r"qua\s+tai"),
        conduct=(r"quát\s+tháo", r"đe\s+dọa", r"thiếu\s+tôn\s+trọng", r"lời\s+lẽ", r"xuc\s+pham"),
        quality=(r"chất\s+lượng", r"khiếu\s+nại", r"phàn\s+nàn", r"sai\s+sót"),
    ),
)
SL = replace(
    SL,
    also=(
        r"tudi",
        r"prav\s+tako",
        r"hkrati",
        r"obenem",
        r"ne\s+le",
        r"ne\s+samo",
        r"dodatno",
        r"in\s+še",
        r"pa\s+še",
        r"k\s+temu",
    ),
    topics=_more_topics(
        SL,
        money=(
            r"drag\w*",
            r"draž\w*",  # "dražje", "podražil" (dearer, went up in price)
            r"podraž\w*",
            r"popust\w*",
            r"denar\w*",
            r"zaslužk\w*",
            r"nerentabiln\w*",
        ),
        payment=(
            r"opomin\w*",
            r"zapadl\w*",
            # a debt, not "dolgo" (for a long time) nor "dolgoletn…" (long-standing)
            r"dolg(?:a|u|om|ov\w*)?",
            r"poravna\w*",
        ),
        time=(r"zamud\w*", r"urnik\w*", r"časovnic\w*", r"čakanj\w*", r"potrdit\w*"),
        rework=(r"predelav\w*", r"sprememb\w*", r"premisl\w*"),
        scope=(r"obseg\w*", r"izven\s+dogovor\w*", r"več,?\s+kot\s+smo\s+se\s+dogovorili"),
        hours=(r"praznik\w*", r"nedelj\w*", r"sobot\w*", r"sredi\s+noči", r"pozno\s+zvečer"),
        capacity=(r"zmogljivost\w*", r"kapacitet\w*", r"obremenitv\w*"),
        conduct=(r"grožnj\w*", r"žalitv\w*", r"vpitj\w*", r"neprimern\w*\s+ton\w*"),
        quality=(r"kakovost\w*", r"pritožb\w*", r"reklamacij\w*", r"napak\w*"),
    ),
)


# Third round: blame laid on "your side" without naming the person ("the constant
# second-guessing from your side", "personne chez vous ne lisait"), a negative comparison
# ("the least cooperative client", "le moins coopératif", "ít hợp tác nhất", "najmanj
# pripravljen na sodelovanje"), broader lists of what wears a team down, and idioms that
# close the door ("restera lettre morte").
EN_SIDE = alternatives(
    r"(?:from|on)\s+your\s+(?:side|end|part)",
    r"your\s+(?:team|people|staff|side|office|company|department|colleagues|managers?"
    r"|purchasing|procurement|board)",
    r"(?:no\s*one|nobody|none\s+of\s+you)",
)
EN_WEAR = alternatives(
    EN_FAULT,
    EN_JUDGE,
    r"second-guess\w*",
    r"worn\s+\w+\s+down",
    r"wore\s+\w+\s+down",
    r"exhaust\w*",
    r"drain\w*",
    r"burn\w*\s+out",
    r"micromanag\w*",
    r"nitpick\w*",
    r"ever\s+(?:read|answer\w*|repl\w*|respond\w*|look\w*)",
    r"bothered",
    r"chaos",
)
EN_GOOD_QUALITY = alternatives(
    r"cooperative",
    r"co-operative",
    r"reliable",
    r"responsive",
    r"organi[sz]ed",
    r"professional",
    r"helpful",
    r"pleasant",
    r"easy",
    r"respectful",
    r"punctual",
    r"reasonable",
    r"courteous",
    r"prepared",
    r"engaged",
    r"communicative",
)
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        near(EN_SIDE, EN_WEAR, 6),
        # "demanding for your team" is what the team went through, not what it did
        near(EN_WEAR, rf"(?<!for\s)(?<!to\s)(?:{EN_SIDE})", 4),
        rf"(?:the\s+)?least\s+(?:{EN_GOOD_QUALITY})",
        rf"(?:un|in|non-?)(?:{EN_GOOD_QUALITY})",
        r"(?:far\s+from|hardly|anything\s+but|not\s+exactly)\s+(?:\w+\s+)?"
        rf"(?:{EN_GOOD_QUALITY})",
    ),
    added_reasons=(
        *EN.added_reasons,
        r"(?:several|many|multiple|various|a\s+number\s+of)"
        r"\s+reasons",
        r"for\s+one\s+thing",
        r"to\s+top\s+it\s+(?:all\s+)?off",
    ),
    slammed_door=(*EN.slammed_door, r"fall\s+on\s+deaf\s+ears", r"(?:go|left)\s+unanswered"),
)

FR_SIDE = alternatives(
    r"(?:de|du)\s+(?:votre|ton)\s+côté",
    r"chez\s+(?:vous|toi)",
    r"de\s+votre\s+part",
    r"(?:votre|ton|vos|tes)\s+(?:équipes?|service\s+\w+|services|direction|personnel"
    r"|collaborateurs|achats|responsables?|société|entreprise)",
    r"personne",
    r"aucun\s+de\s+vous",
)
FR_WEAR = alternatives(
    FR_FAULT,
    FR_JUDGE,
    r"remet\w*\s+(?:tout\s+)?en\s+(?:question|cause)",
    r"épuis\w*",
    r"usé",
    r"usante?s?",
    r"lassé\w*",
    r"découragé\w*",
    r"(?:prenait|prend|prenaient)\s+la"
    r"\s+peine",
    r"ne\s+lisai\w*",
    r"n'a\s+jamais\s+\w+",
    r"chaos",
    r"pinaill\w*",
)
FR_GOOD_QUALITY = alternatives(
    r"coopérati\w*",
    r"fiables?",
    r"réacti\w*",
    r"organisé\w*",
    r"professionnel\w*",
    r"aimables?",
    r"agréables?",
    r"faciles?",
    r"respectueu\w*",
    r"ponctuel\w*",
    r"raisonnables?",
    r"courtois\w*",
    r"disponibles?",
    r"impliqué\w*",
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        near(FR_SIDE, FR_WEAR, 6),
        near(FR_WEAR, rf"(?<!pour\s)(?<!à\s)(?:{FR_SIDE})", 4),
        rf"(?:le|la|les)\s+moins\s+(?:{FR_GOOD_QUALITY})",
        rf"(?:peu|pas\s+très|guère|loin\s+d'être|rien\s+de)\s+(?:{FR_GOOD_QUALITY})",
    ),
    added_reasons=(
        *FR.added_reasons,
        r"ajouter\s+à\s+cela",
        r"s'y\s+ajout\w*",
        r"vien\w*\s+s'ajouter",
        r"et\s+puis",
        r"(?:plusieurs|nombreuses|diverses|différentes)\s+raisons",
        r"d'une\s+part",
    ),
    slammed_door=(
        *FR.slammed_door,
        r"(?:restera|resteront|resterait)\s+(?:lettre\s+morte|sans\s+(?:réponse|suite))",
        r"ne\s+(?:sera|seront)\s+(?:plus\s+)?(?:traitée?s?|prise?s?\s+en\s+compte|lue?s?)",
        r"ne\s+se\s+discute\s+pas",
        r"hors\s+de\s+question",
    ),
)

VI_SIDE = alternatives(
    rf"(?:bên|phía)\s+(?:{VI_READER})",
    r"không\s+ai",
    r"chẳng\s+ai",
    r"khong\s+ai",
    rf"(?:nhân\s+viên|đội\s+ngũ|phòng\s+\w+\s+\w+|bộ\s+phận\s+\w+|công\s+ty)\s+(?:của\s+)?"
    rf"(?:bên\s+)?(?:{VI_READER})",
)
VI_WEAR = alternatives(
    VI_FAULT,
    VI_JUDGE,
    r"bắt\s+bẻ",
    r"kiệt\s+(?:quệ|sức)",
    r"mệt\s+mỏi",
    r"chịu\s+(?:đọc"
    r"|nghe|trả\s+lời|xem)",
    r"soi\s+mói",
    r"làm\s+khó",
    r"đuối",
)
VI_GOOD_QUALITY = alternatives(
    r"hợp\s+tác",
    r"đáng\s+tin",
    r"chuyên\s+nghiệp",
    r"lịch\s+sự",
    r"hợp\s+lý",
    r"đúng\s+hẹn",
    r"nhiệt\s+tình",
    r"thiện\s+chí",
    r"dễ\s+chịu",
    r"tôn\s+trọng",
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        near(VI_SIDE, VI_WEAR, 8),
        # before the reader's side only the judgements: "hỗ trợ liên tục mà đội ngũ của chị
        # cần" is a service, not a fault
        near(VI_JUDGE, VI_SIDE, 4),
        rf"(?:ít|kém)\s+(?:{VI_GOOD_QUALITY})\s+nhất",
        rf"(?:thiếu|không|chẳng|chưa)\s+(?:{VI_GOOD_QUALITY})\s+(?:chút\s+)?(?:nào|gì|nhất)",
    ),
    added_reasons=(
        *VI.added_reasons,
        r"nhiều\s+lý\s+do",
        r"vì\s+một\s+số\s+lý\s+do",
        r"đã\s+thế",
        r"lại\s+còn",
    ),
    slammed_door=(
        *VI.slammed_door,
        r"không\s+có\s+gì\s+(?:phải|để|cần)\s+bàn(?:\s+cãi)?",
        r"không\s+(?:nghe|bắt)\s+(?:máy|bất\s+kỳ|mọi)",
    ),
)

SL_SIDE = alternatives(
    r"pri\s+(?:vas|tebi)",
    r"(?:z|s)\s+(?:vaše|tvoje)\s+strani",
    # "nobeden od mojih vajencev": no one of ours is no one on the reader's side
    r"(?:nihče|nobeden)(?!\s+(?:od|izmed)\s+(?:naš|moj|nas\b))",
    r"(?:vaš|tvoj)\w*\s+(?:ekip\w*|nabav\w*|služb\w*|oddel\w*|vodstv\w*|zaposlen\w*"
    r"|sodelavc\w*|podjetj\w*)",
)
SL_WEAR = alternatives(
    SL_FAULT,
    SL_JUDGE,
    r"pod\s+vprašaj",
    r"izčrpa\w*",
    r"utrudi\w*",
    r"ni\s+prebral\w*",
    r"ni\s+odgovoril\w*",
    r"ni\s+(?:\w+\s+)?(?:upošteval|prebral|pogledal)\w*",
    r"kaos\w*",
)
SL_GOOD_QUALITY = alternatives(
    r"pripravljen\w*\s+na\s+sodelovanje",
    r"sodeluj\w*",
    r"zanesljiv\w*",
    r"odzivn\w*",
    r"organiziran\w*",
    r"profesionaln\w*",
    r"prijazn\w*",
    r"spoštljiv\w*",
    r"točn\w*",
    r"razumn\w*",
    r"vljudn\w*",
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        near(SL_SIDE, SL_WEAR, 6),
        near(SL_WEAR, SL_SIDE, 4),
        rf"najmanj\s+(?:\w+\s+)?(?:{SL_GOOD_QUALITY})",
        rf"(?:ne|ni|niste|nisi)\s+(?:ravno|prav\s+nič|nič|kaj\s+prida|preveč)\s+"
        rf"(?:{SL_GOOD_QUALITY})",
        r"nesodeluj\w*|neodzivn\w*",
    ),
    added_reasons=(
        *SL.added_reasons,
        r"(?:več|številnih|različnih)\s+razlog\w*",
        r"k\s+temu\s+(?:pa\s+)?(?:se\s+)?(?:pridružuj|dodaj|pride)\w*",
    ),
    slammed_door=(
        *SL.slammed_door,
        r"o\s+(?:tej|tem)\s+\w*\s*ni\s+(?:razprave|pogovora)",
        r"se\s+ne\s+bomo\s+(?:več\s+)?odzval\w*",
    ),
)


# Fourth round: the shape of a hostile sentence rather than its words. A rhetorical
# question ("How many times did we have to ask…?"), sarcasm ("thanks for nothing", "your
# so-called feedback"), a waste of time laid on the reader's side, a decision declared
# final in other words ("treat this as final", "we won't be revisiting it"), and a polite
# request not to call ("we'd appreciate it if you didn't phone"). Bulleted reasons and
# relative clauses are read in the checker itself.
RHETORICAL = {
    "en": r"(?:how\s+many\s+times|how\s+often|why\s+(?:did|do|does|can't|couldn't|won't|is|was)"
    r"|what\s+were\s+you|who\s+(?:on\s+earth|exactly))[^?.!\n]*\?",
    "fr": r"(?:combien\s+de\s+fois|pourquoi|qu'est-ce\s+qui\s+vous|qui\s+donc)[^?.!\n]*\?",
    "vi": r"(?:bao\s+nhiêu\s+lần|tại\s+sao|vì\s+sao|sao\s+\w+\s+lại|bao\s+nhieu\s+lan|tai\s+sao)"
    r"[^?.!\n]*\?",
    "sl": r"(?:kolikokrat|zakaj|kako\s+to,?\s+da|kdo\s+(?:za\s+vraga|sploh))[^?.!\n]*\?",
}
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        RHETORICAL["en"],
        r"thanks?\s+(?:you\s+)?for\s+nothing",
        r"(?:your|the)\s+so-?\s?called",
        near(
            EN_SIDE + r"|your\s+(?:directors?|management|leadership|board|meetings?)",
            r"(?:a\s+)?(?:complete\s+|total\s+)?waste\s+of\s+(?:[\w']+\s+)?time|pointless|useless"
            r"|going\s+nowhere",
            8,
        ),
    ),
    thanks=tuple(cue + r"(?!\s+(?:you\s+)?for\s+nothing)" for cue in EN.thanks),
    slammed_door=(
        *EN.slammed_door,
        r"(?:treat|consider|regard|take)\s+(?:this|it|the\s+decision|our\s+decision)\s+as\s+"
        r"(?:final|definitive|closed)",
        r"(?:won't|will\s+not|shall\s+not)\s+be\s+(?:revisit|reopen|reconsider|review)\w*",
        r"if\s+you\s+(?:didn't|did\s+not|would\s+not|wouldn't|could\s+refrain\s+from)\s+"
        rf"(?:\w+\s+)?(?:{EN_CONTACT})",
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        RHETORICAL["fr"],
        r"merci\s+pour\s+rien",
        r"bravo\s+pour",
        r"(?:prétendu\w*|soi-disant)",
        near(
            FR_SIDE + r"|(?:votre|vos)\s+(?:direction|dirigeants|réunions|responsables)",
            r"perte\s+de\s+temps|inutiles?|stériles?|ne\s+mènent?\s+à\s+rien",
            8,
        ),
    ),
    slammed_door=(
        *FR.slammed_door,
        r"n'y\s+reviendrons\s+(?:pas|plus)",
        r"(?:considérez|tenez|prenez)\s+(?:cette|notre)\s+décision\s+(?:comme|pour)\s+"
        r"(?:définitive|acquise|close)",
        r"(?:saurions|serions)\s+gré\s+de\s+ne\s+(?:pas|plus)",
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        RHETORICAL["vi"],
        r"cái\s+(?:gọi\s+là|gọi)",
        r"cảm\s+ơn\s+vì\s+(?:chẳng|không)\s+(?:được\s+)?(?:gì|có\s+gì)",
        near(
            VI_SIDE + r"|(?:ban\s+giám\s+đốc|lãnh\s+đạo|các\s+buổi\s+họp)\s+(?:bên\s+|của\s+)?"
            rf"(?:{VI_READER})",
            r"(?:tốn|mất|phí)\s+thời\s+gian|vô\s+ích|vô\s+bổ|chẳng\s+đi\s+đến\s+đâu",
            8,
        ),
    ),
    slammed_door=(
        *VI.slammed_door,
        r"(?:sẽ\s+)?không\s+(?:xem\s+xét|cân\s+nhắc|bàn)\s+lại",
        r"quyết\s+định\s+sau\s+cùng",
        r"(?:coi|xem)\s+đây\s+là\s+quyết\s+định",
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        RHETORICAL["sl"],
        r"hvala\s+za\s+nič",
        r"tako\s+imenovan\w*",
        r"(?:bravo|čestitke)\s+za",
        near(
            SL_SIDE + r"|(?:vaš|tvoj)\w*\s+(?:uprav\w*|direktor\w*|sestank\w*|vodj\w*)",
            r"izgub\w*\s+časa|nesmiseln\w*|brez\s+pomena|jalov\w*",
            8,
        ),
    ),
    slammed_door=(
        *SL.slammed_door,
        r"ne\s+boste\s+(?:\w+\s+)?(?:klicali|pisali|kontaktirali|iskali|obiskovali)",
        r"(?:sprejmite|štejte|razumite)\s+(?:\w+\s+){0,2}?kot\s+(?:dokončn|končn|nepreklicn)\w*",
        r"(?:k|o)\s+(?:njej|tem|odločitvi)\s+se\s+ne\s+bomo\s+(?:več\s+)?vračali",
    ),
)


# Tone, sixth round (issue #13): blame in the shapes a linear sentence model reads poorly
# (a missed blame sentence scored near 0), written as structure rather than words. The
# reader lectured ("as we have explained many times", "for the umpteenth time"); a fault
# presented as evident ("obviously you never…", "il est évident que vous ne…"); frankness
# that introduces a judgement of the reader ("frankly, your managers are unable…"); the
# reader or their side judged incapable ("your office seems unable to…", "Vaše vodstvo ni
# sposobno…"); and sarcasm about an easy task ("it should not be that hard to pay an
# invoice"). Each needs the reader in the sentence and a judgement or a fault beside it,
# so a calm "frankly, we have enjoyed working with you" passes.
def _within(*parts: str, gap: int = 8) -> str:
    """Each part in turn, up to ``gap`` words apart, inside one sentence."""
    joint = rf"(?:[\s,'’-]+[^\s.!?;:]+){{0,{gap}}}?[\s,'’-]+"
    return joint.join(f"(?:{part})" for part in parts)


EN_LECTURE = alternatives(
    _within(
        r"as\s+(?:we|I)(?:'ve|\s+have|\s+had)?(?:\s+already)?",
        r"many|several|countless|numerous|multiple|so\s+many|a\s+dozen|a\s+hundred|repeatedly"
        r"|again\s+and\s+again|time\s+and\s+(?:time\s+)?again|over\s+and\s+over|more\s+than\s+once",
        gap=4,
    ),
    r"as\s+(?:we|I)\s+(?:keep|kept)\s+(?:telling|saying|explaining|reminding)",
    r"for\s+the\s+(?:umpteenth|hundredth|thousandth|nth|last|third|fourth|fifth|tenth)\s+time",
    r"as\s+you\s+(?:should|ought\s+to|must|well)\s+(?:\w+\s+)?know",
    r"as\s+(?:anyone|everyone|any\s+\w+)\s+(?:would|could|should|can)\s+(?:tell|see|know)",
    r"let\s+(?:us|me)\s+(?:remind|explain\s+(?:it\s+)?to)\s+you",
    r"you\s+(?:should|ought\s+to|must)\s+(?:have\s+)?(?:known|realised|realized|understood|learned"
    r"|learnt|read)",
    r"with\s+all\s+(?:due\s+)?respect",
    r"no\s+offen[cs]e(?:\s+intended)?,?\s+but",
)
EN_EVIDENT = (
    r"obviously|evidently|apparently|clearly|plainly"
    r"|it\s+is\s+(?:obvious|clear|evident|plain)"
)
EN_FRANK = (
    r"frankly|honestly|to\s+be\s+(?:honest|frank|blunt)|let's\s+be\s+(?:honest|frank)"
    r"|truth\s+be\s+told|to\s+put\s+it\s+(?:plainly|bluntly|mildly)|in\s+all\s+honesty"
)
EN_INCAPABLE = (
    r"unable|incapable|not\s+able|not\s+capable|cannot\s+seem|can't\s+seem|no\s+idea|no\s+clue"
)
EN_NEGATIVE = alternatives(
    EN_JUDGE,
    EN_INCAPABLE,
    r"never|always|not|\w+n't|no\s+one|nobody|impossible|difficult|hard|painful|frustrating"
    r"|exhausting|tiring|draining|a\s+struggle",
)
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        EN_LECTURE,
        _within(EN_EVIDENT, EN_READER, EN_NEGATIVE, gap=6),
        _within(EN_FRANK, EN_READER + r"|" + EN_SIDE, EN_NEGATIVE, gap=8),
        _within(
            EN_READER + r"|" + EN_SIDE,
            r"(?:seems?|seemed|appears?|appeared|prove[dn]?|ha(?:ve|s)\s+proven)\s+(?:\w+\s+)?"
            rf"(?:{EN_INCAPABLE})"
            r"|(?:are|is|were|was|ha(?:ve|s)\s+been)\s+(?:simply\s+|clearly\s+|obviously\s+"
            r"|completely\s+|totally\s+|utterly\s+)?incapable",
            gap=3,
        ),
        r"(?:it\s+)?(?:should\s+not|shouldn't|should\s+never)\s+be\s+(?:that|so|this|very)\s+"
        r"(?:hard|difficult|complicated)",
        r"(?:is|was)\s+it\s+(?:really\s+)?(?:that|so|too)\s+(?:hard|difficult|much\s+to\s+ask)",
        r"how\s+hard\s+can\s+it\s+be",
        r"surely\s+(?:it(?:'s|\s+is)|that(?:'s|\s+is))\s+not\s+(?:that|so|too)\s+(?:hard|difficult"
        r"|much\s+to\s+ask)",
        r"not\s+(?:exactly\s+)?rocket\s+science",
        r"even\s+an?\s+(?:child|beginner|student|intern|trainee)\s+(?:could|can|would)",
    ),
)
FR_EVIDENT = (
    r"manifestement|visiblement|de\s+toute\s+évidence|à\s+l'évidence|évidemment|apparemment"
    r"|clairement|il\s+est\s+(?:évident|clair|manifeste)"
)
FR_FRANK = (
    r"franchement|honnêtement|pour\s+être\s+(?:honnêtes?|francs?|franche)|soyons\s+(?:honnêtes"
    r"|francs)|à\s+vrai\s+dire|pour\s+tout\s+dire|disons-le"
)
FR_NEGATIVE = alternatives(
    FR_JUDGE,
    r"n'\w+|ne|jamais|toujours|personne|aucune?|incapables?|impossible|difficile|pénible"
    r"|épuisant\w*|usant\w*|compliqué",
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _within(
            r"comme\s+(?:nous|je)\s+(?:vous|te)\s+l'(?:avons|ai)",
            r"maintes|plusieurs|cent|mille|nombreuses|souvent|répété|rabâché|redit",
            gap=3,
        ),
        r"comme\s+(?:nous|je)\s+(?:ne\s+cessons|n'avons\s+cessé|ne\s+cesse)\s+de\s+(?:vous|te)",
        r"pour\s+la\s+(?:énième|centième|millième|dixième|troisième)\s+fois",
        r"comme\s+vous\s+(?:devriez|devez|deviez|auriez\s+dû)\s+le\s+savoir",
        r"(?:vous|tu)\s+(?:auriez|aurais)\s+dû\s+(?:le\s+)?(?:savoir|comprendre|lire)",
        r"(?:sauf|avec\s+tout)\s+(?:le\s+)?(?:votre\s+)?respect(?:\s+que\s+(?:je|nous)\s+vous"
        r"\s+(?:dois|devons))?,?\s+(?:mais|il|vous|votre|vos)",
        _within(FR_EVIDENT, FR_READER, FR_NEGATIVE, gap=6),
        _within(FR_FRANK, FR_READER + r"|" + FR_SIDE, FR_NEGATIVE, gap=8),
        _within(
            FR_READER + r"|" + FR_SIDE,
            r"(?:semblez|semble|semblent|paraissez|paraît|paraissent|vous\s+êtes\s+montrés?"
            r"|s'est\s+montrée?|se\s+sont\s+montrés?)\s+(?:\w+\s+)?(?:incapables?|dans\s+"
            r"l'incapacité|pas\s+capables?|hors\s+d'état)",
            gap=3,
        ),
        r"(?:il\s+)?ne\s+devrait\s+(?:pourtant\s+)?pas\s+être\s+(?:si|aussi|bien|très)\s+"
        r"(?:difficile|compliqué|sorcier)",
        r"(?:est-ce|c'est)\s+(?:vraiment\s+)?(?:si|trop|aussi)\s+(?:difficile|compliqué"
        r"|demander)",
        r"ce\s+n'est\s+(?:pourtant\s+)?pas\s+(?:bien\s+|si\s+)?(?:compliqué|sorcier|difficile)",
        r"même\s+un\s+(?:enfant|stagiaire|débutant|élève)\s+(?:pourrait|saurait|aurait)",
    ),
)
VI_NEGATIVE = alternatives(
    VI_JUDGE,
    r"không\s+bao\s+giờ|chưa\s+bao\s+giờ|chẳng\s+bao\s+giờ|lúc\s+nào\s+cũng|không\s+(?:đủ\s+)?"
    r"(?:năng\s+lực|khả\s+năng)|không\s+thể|không\s+hề|chẳng\s+hề|chưa\s+hề|kém|tệ|mệt\s+mỏi"
    r"|khó\s+khăn|vô\s+trách\s+nhiệm|thiếu\s+năng\s+lực|bất\s+lực|yếu\s+kém",
)
VI_ANY_READER = VI_READER + r"|" + VI_SIDE
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _within(
            r"như\s+(?:chúng\s+tôi|tôi|bên\s+tôi)\s+đã",
            r"nhiều\s+lần|bao\s+nhiêu\s+lần|mấy\s+lần|lần\s+nữa|hàng\s+chục\s+lần|đi\s+nói\s+lại"
            r"|không\s+biết\s+bao\s+nhiêu|nhắc\s+đi\s+nhắc\s+lại|nói\s+đi\s+nói\s+lại",
            gap=4,
        ),
        r"lần\s+thứ\s+(?:mấy|bao\s+nhiêu|n)\b",
        rf"(?:{VI_READER})\s+(?:lẽ\s+ra|đáng\s+lẽ|đáng\s+ra)\s+(?:phải\s+)?(?:biết|hiểu|đọc)",
        _within(
            r"rõ\s+ràng|hiển\s+nhiên|rõ\s+là|quá\s+rõ|ai\s+cũng\s+thấy",
            VI_ANY_READER,
            VI_NEGATIVE + r"|không|chưa|chẳng|chả",
            gap=6,
        ),
        _within(
            r"nói\s+thẳng|nói\s+thật|thẳng\s+thắn\s+mà\s+nói|thành\s+thật\s+mà\s+nói"
            r"|nói\s+trắng\s+ra|thú\s+thật|thật\s+lòng\s+mà\s+nói",
            VI_ANY_READER,
            VI_NEGATIVE,
            gap=8,
        ),
        _within(
            VI_ANY_READER,
            r"không\s+(?:đủ\s+|có\s+)?(?:năng\s+lực|khả\s+năng)|thiếu\s+năng\s+lực|bất\s+lực"
            r"|(?:dường\s+như|có\s+vẻ|hình\s+như)\s+không\s+thể",
            gap=4,
        ),
        r"(?:đâu|chẳng|có)\s+(?:có\s+)?khó\s+(?:đến\s+thế|đến\s+vậy|gì|lắm)",
        r"khó\s+(?:lắm|đến\s+thế|đến\s+vậy)\s+sao",
        r"ngay\s+cả\s+(?:một\s+)?(?:đứa\s+trẻ|trẻ\s+con|người\s+mới|thực\s+tập\s+sinh)",
    ),
)
SL_ANY_READER = SL_READER + r"|" + SL_SIDE
SL_NEGATIVE = alternatives(
    SL_JUDGE,
    r"nikoli|vedno|ne|ni|niso|niste|nesposob\w*|težk\w*|naporn\w*|izčrpavajoč\w*|nemogoč\w*",
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _within(
            r"kot\s+smo",
            r"večkrat|neštetokrat|stokrat|tolikokrat|ničkolikokrat|nekajkrat|vedno\s+znova"
            r"|ponovno|znova|že\s+(?:povedal|razložil|pojasnil|rekl|opozoril|poudaril)\w*",
            gap=3,
        ),
        r"za\s+(?:stoti|tisoči|ne\s+vem\s+kateri|n-ti|tretji|peti|deseti)\s+krat",
        r"(?:bi\s+)?(?:ste|bi)\s+(?:že\s+)?morali\s+(?:vedeti|razumeti|prebrati|vedeti)",
        r"z\s+vsem\s+(?:dolžnim\s+)?spoštovanjem,?\s+(?:a|ampak|toda|vendar)",
        _within(
            r"očitno|jasno\s+je|vidno\s+je|očitno\s+je",
            SL_ANY_READER + r"|\w+te|nikoli|sploh",
            r"ne|ni|niste|nikoli|sploh\s+ne|nesposob\w*",
            gap=5,
        ),
        _within(
            r"odkrito\s+(?:povedano|rečeno)|iskreno\s+(?:povedano|rečeno)|če\s+smo\s+iskreni"
            r"|naravnost\s+povedano|roko\s+na\s+srce|po\s+pravici\s+povedano",
            SL_ANY_READER,
            SL_NEGATIVE,
            gap=8,
        ),
        _within(
            SL_ANY_READER,
            r"(?:ni|niso|niste|nista|nisi)\s+(?:\w+\s+)?sposob\w*|nesposob\w*|ne\s+zmore\w*",
            gap=3,
        ),
        r"(?:res\s+)?ne\s+bi\s+smel\w*\s+biti\s+(?:tako|ravno|zelo)\s+(?:težko|zapleteno)",
        r"(?:je\s+(?:res\s+)?)?tako\s+težko\s+\w+\s*\?",
        r"saj\s+ni\s+(?:tako\s+)?(?:težko|zapleteno)",
        r"še\s+(?:otrok|začetnik|pripravnik)\s+bi",
    ),
)

# Exasperation aimed at the reader ("we are fed up with your…", "nous en avons assez de
# vos…"), their conduct or demands judged ("your behaviour has been unacceptable", "your
# unrealistic expectations"), and people treated as less ("you treated our designers like
# servants"). The reader must stand in the sentence: an abuse letter names the behaviour
# in the passive ("a member of our team was spoken to in insulting terms") and passes.
EN_FED_UP = (
    r"fed\s+up|(?:run|ran)\s+out\s+of\s+patience|lost\s+(?:all\s+)?(?:our\s+)?patience"
    r"|had\s+enough\s+of|(?:tired|sick|weary)\s+of|(?:can(?:not|'t)|could\s+not|couldn't)"
    r"\s+(?:\w+\s+)?(?:tolerate|stand|bear|put\s+up\s+with)|no\s+longer\s+(?:tolerate|stand"
    r"|put\s+up\s+with)"
)
EN_CONDEMN = (
    r"unacceptable|inexcusable|intolerable|unrealistic|demeaning|humiliating|embarrassing"
    r"|insulting|degrading|disgusting|shocking|unprofessional"
)
EN_LESSER = r"servants|slaves|dirt|children|idiots|a\s+doormat|an\s+afterthought|a\s+nuisance"
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        _within(EN_FED_UP, EN_READER + r"|" + EN_SIDE, gap=6),
        _within(EN_READER + r"|" + EN_SIDE, EN_CONDEMN, gap=6),
        _within(
            r"(?:you|your\s+\w+|they)\s+(?:\w+\s+)?treat(?:ed|s)?",
            rf"(?:like|as)\s+(?:(?:if|though)\s+(?:we|they)\s+were\s+)?(?:{EN_LESSER})",
            gap=4,
        ),
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _within(
            r"en\s+avons\s+(?:assez|marre)|perdu\s+(?:toute\s+)?patience|(?:sommes|étions)\s+"
            r"(?:las|lasses|lassés|fatigués|épuisés)\s+de|ne\s+(?:pouvons|pouvions|pourrons)"
            r"\s+plus\s+(?:tolérer|supporter|accepter)",
            FR_READER + r"|" + FR_SIDE,
            gap=6,
        ),
        _within(
            FR_READER + r"|" + FR_SIDE,
            r"inacceptables?|inadmissibles?|intolérables?|irréalistes?|humiliant\w*"
            r"|dégradant\w*|honteu\w*|choquant\w*",
            gap=6,
        ),
        _within(
            r"(?:vous|votre\s+\w+|vos\s+\w+)\s+(?:\w+\s+)?(?:avez|a|ont)\s+traité",
            r"comme\s+des\s+(?:domestiques|larbins|enfants|moins\s+que\s+rien|chiens|esclaves"
            r"|serviteurs)",
            gap=4,
        ),
        r"(?:réparer|rattraper|payer)\s+les\s+(?:dégâts|pots\s+cassés|erreurs)\s+de\s+(?:votre"
        r"|vos)",
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _within(
            r"hết\s+(?:sức\s+)?kiên\s+nhẫn|chán\s+ngấy|ngán\s+ngẩm|quá\s+đủ|mệt\s+mỏi\s+(?:vì|với)"
            r"|không\s+thể\s+(?:tiếp\s+tục\s+)?(?:chịu\s+(?:đựng|nổi)|chấp\s+nhận)"
            # not when its object is a behaviour already named ("không thể chấp nhận điều đó,
            # và hợp đồng với ông…": an abuse letter refusing what was done)
            r"(?!\s+(?:được\s+)?(?:điều|việc|chuyện|hành\s+vi|cách\s+cư\s+xử|lời\s+lẽ|thái\s+độ)"
            r"\s+(?:đó|này|ấy|như\s+vậy|như\s+thế))",
            VI_ANY_READER,
            gap=8,
        ),
        _within(
            VI_ANY_READER,
            r"không\s+thể\s+chấp\s+nhận(?:\s+được)?|phi\s+thực\s+tế|đáng\s+xấu\s+hổ|hạ\s+nhục"
            r"|coi\s+thường|xem\s+thường|coi\s+khinh",
            gap=6,
        ),
        _within(
            VI_ANY_READER,
            r"đối\s+xử\s+(?:\w+\s+){0,8}?như\s+(?:với\s+)?(?:người\s+hầu|osin|ô\s+sin|đầy\s+tớ"
            r"|trẻ\s+con|nô\s+lệ|kẻ\s+làm\s+thuê)",
            gap=3,
        ),
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _within(
            r"dovolj\s+imamo|izgubili\s+smo\s+(?:vse\s+)?potrpljenje|naveličani\s+smo"
            r"|siti\s+smo|ne\s+moremo\s+več\s+(?:prenašati|trpeti|prenesti|sprejemati)",
            SL_ANY_READER,
            gap=6,
        ),
        _within(
            SL_ANY_READER,
            r"nesprejemljiv\w*|nerealn\w*|ponižujoč\w*|sramotn\w*|nedopustn\w*",
            gap=6,
        ),
        r"(?:ste|je|so)\s+(?:\w+\s+){0,4}?ravnal\w*\s+(?:\w+\s+){0,3}?kot\s+s\s+(?:služabnik\w*"
        r"|hlapc\w*|otroki|sužnj\w*|podrejen\w*)",
    ),
)

# End dates (issue #13, fifth round): the end may be given without a day number ("at the
# end of June", "in two weeks"); such a phrase counts only near a farewell or an ending
# word ("next week" alone is when a handover list comes, not when the work ends).
_EN_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)"
)
_EN_PERIOD = r"(?:days?|weeks?|months?|working\s+days?|business\s+days?)"
EN = replace(
    EN,
    ending=(
        r"end\w*",
        r"until",
        r"till",
        r"through",
        r"last",
        r"final",
        r"stop\w*",
        r"ceas\w*",
        r"clos\w*",
        r"wind\w*\s+down",
        r"wrap\w*\s+up",
        r"expir\w*",
        r"terminat\w*",
        r"conclu\w*",
        r"finish\w*",
        r"as\s+of",
        r"effective",
        r"(?:from|after|beyond)",
        r"no\s+longer",
        r"not\s+renew\w*",
    ),
    relative_dates=(
        rf"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+|our\s+|your\s+)?(?:month|quarter|year"
        rf"|week|season|contract|current\s+\w+|{EN.months})",
        rf"(?:next|this\s+coming|this)\s+(?:{'|'.join(EN_DAYS)}|week|month)",
        rf"(?:in|within|after)\s+(?:the\s+next\s+)?{_EN_NUMBER}\s+{_EN_PERIOD}",
        rf"{_EN_NUMBER}\s+{_EN_PERIOD}'?\s+(?:from\s+(?:today|now|this\s+letter)|notice)",
        r"(?:as\s+of|from|effective)\s+(?:today|tomorrow|now|immediately)",
        rf"(?:in|during|by|until|till|through)\s+(?:early\s+|mid-?\s*|late\s+)?(?:{EN.months})",
    ),
)
_FR_NUMBER = r"(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|trente|soixante)"
_FR_PERIOD = r"(?:jours?|semaines?|mois|jours\s+ouvrés)"
FR = replace(
    FR,
    ending=(
        r"fin",
        r"jusqu'(?:au|à|en)",
        r"dernier\w*",
        r"derni[èe]re\w*",
        r"cess\w*",
        r"arrêt\w*",
        r"termin\w*",
        r"clôtur\w*",
        r"à\s+compter\s+d\w*",
        r"à\s+partir\s+d\w*",
        r"dès",
        r"après",
        r"ne\s+\w+\s+plus",
        r"n'\w+\s+plus",
        r"échéance",
        r"expir\w*",
        r"renouvel\w*",
    ),
    relative_dates=(
        rf"(?:à\s+la\s+)?fin\s+(?:du\s+mois|de\s+l'année|du\s+trimestre|de\s+la\s+semaine"
        rf"|de\s+(?:notre|votre|ce|cette)\s+\w+|(?:de\s+|d')?(?:{FR.months}))",
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois)\s+prochain\w*",
        rf"(?:dans|d'ici|sous|après)\s+{_FR_NUMBER}\s+{_FR_PERIOD}",
        r"(?:dès|à\s+compter\s+d')\s*aujourd'hui",
        r"dès\s+(?:demain|maintenant|à\s+présent)",
        rf"(?:en|courant|début|mi-?|fin)\s+(?:{FR.months})",
    ),
)
_VI_NUMBER = r"(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\s+lăm|ba\s+mươi)"
_VI_PERIOD = r"(?:ngày|tuần|tháng|ngày\s+làm\s+việc)"
VI = replace(
    VI,
    ending=(
        r"kết\s+thúc",
        r"chấm\s+dứt",
        r"đến\s+(?:hết\s+)?ngày",
        r"cho\s+đến",
        r"hết\s+(?:ngày|tháng|hạn)",
        r"cuối\s+cùng",
        r"ngày\s+cuối",
        r"ngừng",
        r"dừng",
        r"kể\s+từ",
        r"từ\s+ngày",
        r"sau\s+ngày",
        r"không\s+còn",
        r"hết\s+hạn",
        r"gia\s+hạn",
        r"thanh\s+lý",
    ),
    relative_dates=(
        r"cuối\s+(?:tháng|năm|quý|tuần)(?:\s+(?:này|sau|tới|\d{1,2}))?",
        r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|tuần|tháng)\s+(?:tới|sau)",
        rf"(?:trong|sau)\s+(?:vòng\s+)?{_VI_NUMBER}\s+{_VI_PERIOD}",
        r"(?:kể\s+từ|từ)\s+(?:hôm\s+nay|ngày\s+mai|bây\s+giờ)",
    ),
)
_SL_NUMBER = r"(?:\d{1,3}|en|eno|dva|dveh|tri|treh|štiri|pet|deset|petnajst|trideset)"
_SL_PERIOD = r"(?:dni|dan|dneh|tedn\w*|mesec\w*|delovn\w+\s+dn\w*)"
SL = replace(
    SL,
    ending=(
        r"konec",
        r"konca",
        r"zadnj\w*",
        r"konč\w*",
        r"zaključ\w*",
        r"preneh\w*",
        r"prekin\w*",
        r"izteč\w*",
        r"izteku",
        r"ne\s+bo\w*\s+več",
        r"podaljš\w*",
    ),
    relative_dates=(
        rf"(?:do\s+)?(?:konec|konca|koncu|ob\s+koncu)\s+(?:tega\s+|prihodnjega\s+|naslednjega\s+)?"
        rf"(?:meseca|leta|četrtletja|tedna|pogodbe|sodelovanja|{SL.months})",
        r"(?:prihodnji|naslednji)\s+(?:ponedeljek|torek|sredo|četrtek|petek|teden|mesec)",
        rf"(?:v|čez|v\s+roku)\s+{_SL_NUMBER}\s+{_SL_PERIOD}",
        r"(?:z\s+današnjim\s+dnem|od\s+danes|takoj)",
    ),
)


# Farewells in every person and tense (issue #13, fourth round): an ending verb in any
# form within a few words of a word for the collaboration, either way round ("we are
# ending our engagement", "the contract will not be renewed", "nous ne poursuivrons pas
# notre collaboration", "sodelovanja ne bomo nadaljevali").
_EN_BOND = (
    r"collaboration|cooperation|partnership|engagement|relationship|contract|agreement"
    r"|retainer|arrangement|account|services?|support|work(?:ing)?\s+together|work\s+for\s+you"
    r"|our\s+work|mandate"
)
_EN_ENDING = (
    r"end|ends|ended|ending|clos\w*|conclud\w*|wind\w*\s+down|wound\s+down|wrap\w*\s+up"
    r"|terminat\w*|discontinu\w*|finish\w*|cancel\w*|withdraw\w*|step\w*\s+(?:back|away|down)"
    r"|(?:not|never|won't|wouldn't|can't|cannot)\s+(?:be\s+)?(?:renew\w*|continu\w*|extend\w*"
    r"|prolong\w*)|expir\w*|lapse\w*"
    r"|run\s+out|is\s+over|suspend\w*|pull\w*\s+out"
)
EN = replace(
    EN,
    parting=(
        *EN.parting,
        near(_EN_ENDING, _EN_BOND, 4),
        near(_EN_BOND, _EN_ENDING, 4),
        r"(?:no\s+longer|not\s+any\s+longer)\s+(?:be\s+)?(?:working|work\s+(?:for|on|with)|acting"
        r"|represent\w*|handl\w*|support\w*|provid\w*|look\w*\s+after|tak\w*\s+care|manag\w*"
        r"|serv\w*)",
        r"(?:say|saying|said|bid|bidding)\s+(?:our\s+)?(?:goodbye|farewell)",
        r"(?:hand|handing)\s+(?:the\s+|your\s+)?(?:account|work)\s+(?:back|over)\s+to\s+you",
        r"separate\s+ways",
        r"(?:last|final)\s+(?:project|job|order|month|week|delivery|assignment|piece\s+of\s+work)",
        r"(?:no|not\s+(?:\w+\s+)?any)\s+(?:more|further|new)\s+(?:work|projects?|orders?|jobs?)",
        r"(?:not|n't|no\s+longer)\s+(?:be\s+)?(?:accept|tak|start)\w*\s+(?:on\s+)?(?:any\s+)?"
        r"(?:new|further|more)\s+(?:work|projects?|orders?|requests?|jobs?)",
        r"resign\w*\s+(?:from\s+)?(?:the\s+|your\s+)?(?:account|mandate|role)",
        r"move\s+on\s+from\s+(?:this|our|the)",
    ),
)
_FR_BOND = (
    r"collaboration|coopération|partenariat|mission|missions|contrat|accord|relation|mandat"
    r"|prestations?|accompagnement|abonnement|suivi|dossier|travail\s+(?:commun|ensemble|pour\s+vous)"
)
_FR_ENDING = (
    r"fin|terme|termin\w*|cess\w*|arrêt\w*|achèv\w*|clôtur\w*|clos\w*|résili\w*|romp\w*"
    r"|interromp\w*|suspend\w*|quitt\w*|dénonc\w*"
    # continuing, renewing: only denied ("ne renouvellerons pas", "ne sera pas reconduit")
    r"|(?:ne|n')\s*(?:\w+\s+)?(?:poursuiv|continu|renouvel|recondui|prolong)\w*\s+(?:pas|plus)"
    r"|(?:ne|n')\s*(?:\w+\s+)?(?:pas|plus)\s+(?:\w+\s+)?(?:poursuiv|continu|renouvel|recondui"
    r"|prolong)\w*"
)
FR = replace(
    FR,
    parting=(
        *FR.parting,
        near(_FR_ENDING, _FR_BOND, 4),
        near(_FR_BOND, _FR_ENDING, 4),
        r"(?:ne|n')\s*(?:\w+\s+)?plus\s+(?:\w+\s+){0,2}?(?:travailler|assurer|accompagner|suivre|gérer"
        r"|représenter|fournir|intervenir|prendre\s+en\s+charge|collaborer)",
        r"(?:nous|je)\s+(?:\w+\s+)?(?:retir\w*|désist\w*|désengag\w*)",
        r"(?:ne|n')\s*(?:assur|gér|suiv|accompagn|travaill|représent|fourn|intervien|intervi"
        r"|collabor|pren)\w*\s+(?:\w+\s+)?plus",
        r"(?:dire|disons|faire)\s+(?:nos\s+)?adieux?",
        r"(?:chacun\s+de\s+notre\s+côté|voies\s+séparées|tourner\s+la\s+page)",
        r"(?:derni[eè]re?s?)\s+(?:projet|mission|commande|mois|semaine|livraison|intervention)",
        r"(?:ne|n')\s*(?:prendrons|accepterons|lancerons|commencerons)\s+(?:plus|aucun\w*)\s+"
        r"(?:de\s+)?(?:nouveaux?\s+|nouvelles?\s+)?(?:missions?|projets?|commandes?|travaux|demandes?)",
    ),
)
_VI_BOND = r"hợp\s+tác|hợp\s+đồng|dịch\s+vụ|công\s+việc|dự\s+án|hỗ\s+trợ|làm\s+việc|đồng\s+hành"
_VI_ENDING = (
    r"kết\s+thúc|chấm\s+dứt|dừng|ngừng|ngưng|thôi|khép\s+lại|tạm\s+biệt|rút|không\s+(?:\w+\s+)?tiếp\s+tục"
    r"|không\s+(?:\w+\s+)?gia\s+hạn|hết\s+hạn|thanh\s+lý|hủy"
)
VI = replace(
    VI,
    parting=(
        *VI.parting,
        near(_VI_ENDING, _VI_BOND, 4),
        near(_VI_BOND, _VI_ENDING, 4),
        r"không\s+còn\s+(?:\w+\s+){0,2}?(?:làm\s+việc|phụ\s+trách|hỗ\s+trợ|cung\s+cấp|phục\s+vụ"
        r"|đồng\s+hành|hợp\s+tác|đảm\s+nhận)",
        r"nói\s+lời\s+(?:chia\s+tay|tạm\s+biệt)",
        r"đường\s+ai\s+nấy\s+đi",
        r"(?:dự\s+án|đơn\s+hàng|tháng|công\s+việc)\s+cuối\s+cùng",
        r"không\s+(?:\w+\s+)?nhận\s+(?:thêm\s+)?(?:\w+\s+)?(?:việc|dự\s+án|đơn\s+hàng|yêu\s+cầu)\s+(?:mới|nào)",
    ),
)
# "posel" in its forms, not "poslali" (sent)
_SL_BOND = (
    r"sodelovanj\w*|pogodb\w*|delo|dela|storit\w*|podpor\w*|posl(?:a|e|i|u|om|ov|ih|ovanj\w*)?"
    r"|naročil\w*|projekt\w*"
)
_SL_ENDING = (
    r"konč\w*|konec|zaključ\w*|prekin\w*|preneh\w*|sklen\w*|odpov\w*|izteč\w*|iztek\w*"
    r"|ustavl\w*|ustav\w*|umik\w*|umakn\w*|slovo|posloviti"
    # continuing, extending: only denied ("ne bomo nadaljevali", "ne bomo podaljšali")
    r"|ne\s+(?:\w+\s+)?(?:več\s+)?(?:nadaljeva|nadaljuj|podaljš)\w*"
)
SL = replace(
    SL,
    parting=(
        *SL.parting,
        near(_SL_ENDING, _SL_BOND, 4),
        near(_SL_BOND, _SL_ENDING, 4),
        r"ne\s+bo\w*\s+(?:\w+\s+)?več\s+(?:\w+\s+){0,2}?(?:delal\w*|sodeloval\w*|skrbel\w*|vodil\w*"
        r"|zastopal\w*|nudil\w*|zagotavljal\w*|opravljal\w*)",
        r"(?:se\s+)?posloviti|poslavljamo|poslovili",
        r"vsak\s+svojo\s+pot",
        r"ločimo|ločila|ločili|raziti",
        r"zadnj\w+\s+(?:projekt|naročil|mesec|teden|dobav|nalog)\w*",
        r"ne\s+bomo\s+(?:več\s+)?(?:sprejemali|prevzemali|začenjali)\s+(?:novih\s+)?(?:naročil|projektov|nalog|del)",
    ),
)


# Alternatives described rather than named by a "recommend" (fourth round): someone who
# could take the work over, would help them better, or in whose hands they would be well.
EN = replace(
    EN,
    alternatives=(
        *EN.alternatives,
        r"take\s+(?:it\s+|this\s+|the\s+work\s+|things\s+)?over",
        r"pick\s+(?:it\s+|this\s+)?up\s+(?:from|where)",
        r"(?:could|would|can|will)\s+(?:\w+\s+)?help\s+you\s+(?:better|more|further)",
        r"better\s+(?:able|equipped|positioned|fit)",
        r"(?:in\s+)?good\s+hands",
        r"(?:pass\s+on|share|send\s+you)\s+(?:a\s+few\s+|some\s+|two\s+|three\s+)?(?:names|contacts)",
        r"a\s+(?:trusted\s+)?colleague",
    ),
)
FR = replace(
    FR,
    alternatives=(
        *FR.alternatives,
        r"prendr\w*\s+le\s+relais",
        r"reprendr\w*\s+(?:le\s+travail|vos|votre|ce\s+dossier|la\s+suite)",
        r"(?:mieux|plus\s+à\s+même\s+de)\s+vous\s+(?:aider|accompagner|servir)",
        r"mieux\s+(?:placée?s?|armée?s?|équipée?s?|adaptée?s?)",
        r"(?:entre\s+de\s+)?bonnes\s+mains",
        r"(?:un\s+confrère|une\s+consœur|des\s+confrères)",
        r"(?:transmettre|donner|communiquer)\s+(?:deux|trois|quelques|des)\s+(?:noms|contacts|adresses)",
    ),
)
VI = replace(
    VI,
    alternatives=(
        *VI.alternatives,
        r"tiếp\s+nhận",
        r"đảm\s+nhận\s+(?:tiếp|thay)",
        r"phù\s+hợp\s+hơn",
        r"(?:hỗ\s+trợ|phục\s+vụ|giúp)\s+(?:\w+\s+){0,2}?tốt\s+hơn",
        r"(?:đồng\s+nghiệp|đối\s+tác)\s+(?:\w+\s+){0,3}?(?:tin\s+tưởng|uy\s+tín)",
    ),
)
SL = replace(
    SL,
    alternatives=(
        *SL.alternatives,
        r"prevze\w*",
        r"bolje\s+(?:\w+\s+)?pomaga\w*",
        r"(?:lahko\s+)?(?:bolje\s+)?(?:pomagal|pomagala|pomagali)\b",
        r"v\s+dobrih\s+rokah",
        r"(?:kolega|kolegic\w*|kolege)",
        r"(?:posredova\w*|da(?:m|mo))\s+(?:\w+\s+)?(?:imena|kontakte|naslove)",
    ),
)


# Structure in any shape (issue #13, sixth round). A farewell is also a last or final
# occasion ("my last visit will be…", "this will be our final season") and a first person
# who stops, or no longer does, something of the reader's ("we won't be hosting your
# list", "nous n'hébergeons plus votre liste", "vaših galerij ne bomo več urejali"): a
# promise to stop a fault in a repair letter has no "your" thing after it. Next steps
# are also questions, requests, offers and attachments, and anything due by a date; a
# future that is denied is not one. End dates also come as weekdays, a day of the month
# alone or numbers. A closed door refuses contact (nobody reads, answers or picks up),
# never new work ("we will no longer take new orders" leaves the door open).


def _without(cues: tuple[str, ...], *dropped: str) -> tuple[str, ...]:
    """``cues`` less ``dropped``, each of which must be there (a cue renamed in an earlier
    round must not silently stay)."""
    missing = [cue for cue in dropped if cue not in cues]
    if missing:
        raise ValueError(f"cues to drop are not in the list: {missing}")
    return tuple(cue for cue in cues if cue not in dropped)


EN_CONTACT_NOUN = (
    r"calls?|phone\s+calls?|e-?mails?|messages?|letters?|questions?|correspondence|voicemails?"
)
EN = replace(
    EN,
    parting=(
        *EN.parting,
        r"(?:last|final)\s+(?:[\w-]+\s+){1,2}?together",
        r"(?:last|final)\s+(?:[\w'-]+\s+){0,4}?for\s+you",
        r"(?:will\s+be|is|'s)\s+(?:our|my|the)\s+(?:very\s+)?(?:last|final)",
        r"(?:our|my)\s+(?:very\s+)?(?:last|final)\s+[\w-]+\s+(?:will\s+be|is\s+(?:on|set|booked"
        r"|planned|scheduled)|takes\s+place)",
        r"(?:we|i)\s+(?:\w+\s+){0,3}?(?:stop|stopping|cease|ceasing|quit|quitting)\s+\w+ing",
        near(
            r"(?:won't|will\s+not|shall\s+not|are\s+not|aren't|am\s+not|no\s+longer|not\s+any"
            r"\s+longer)(?:\s+be)?\s+\w+ing|(?:stop|stopping|cease|ceasing)\s+\w+ing",
            r"your",
            3,
        ),
        r"(?:we|i)\s+(?:will\s+|shall\s+)?no\s+longer\s+\w+\s+(?:\w+\s+){0,2}?your",
        # a renewal denied needs no object: only a term of work is renewed
        r"(?:not|never|\w+n't)\s+(?:be\s+)?(?:renew|prolong)\w*",
        r"(?:won't|will\s+not)\s+be\s+\w+ing\s+(?:[\w']+\s+){0,4}?(?:after|beyond|past|any\s+longer"
        r"|anymore|any\s+more)",
    ),
    next_steps=(
        *EN.next_steps,
        r"(?:shall|should|can|could|may|might)\s+(?:we|i)",
        r"would\s+you\s+(?:like|prefer|rather)",
        r"(?:do|would)\s+you\s+want",
        r"let\s+(?:us|me)\s+know",
        r"(?:please|kindly)\s+\w+",
        r"feel\s+free",
        r"(?:attached|enclosed)",
        # an offer ("happy to brief whoever takes over"), not one to recommend someone
        r"(?:happy|glad|pleased|ready)\s+to\s+(?!have\b|hear\b|recommend|refer|introduce|suggest"
        r"|put\s+you)\w+",
        r"(?:we|i)\s+can\s+(?!no\b|not\b|only\b)\w+",
        r"(?:before|by|until|till)\s+then",
        r"as\s+usual",
    ),
    negations=(r"not", r"n't", r"never", r"no\s+longer"),
    deadline=(r"by", r"before", r"no\s+later\s+than", r"ahead\s+of", r"until", r"till"),
    relative_dates=(
        *EN.relative_dates,
        rf"(?:on\s+|this\s+)?(?:{'|'.join(EN_DAYS)})",
        r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?!\s+(?:time|year|anniversary|floor))",
        r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:term|season|school\s+year|financial\s+year)",
        r"(?:end\s+of\s+)?Q[1-4]",
    ),
    alternatives=(
        *EN.alternatives,
        r"(?:another|other|a\s+new|a\s+different|your\s+next|their\s+next|your\s+new"
        r"|their\s+new)\s+(?:[\w-]+\s+)?[\w-]+(?:er|or|ist|ant|ent|ian|ary|ice|ce|ny|ies|al|ach)s?",
        r"[\w-]+s\s+(?:who|that)\s+(?:take|work|serve|speciali[sz]e|focus|cater|handle|look"
        r"\s+after|offer|run|deliver|know)\b",
    ),
    reader=(r"you", r"your", r"yours"),
    thanks=(
        *EN.thanks,
        r"(?:has\s+been|was|it's\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:pleasure|privilege|joy"
        r"|honou?r)",
        r"(?:we|i)\s+(?:have\s+)?(?:really\s+|truly\s+|greatly\s+)?(?:enjoyed|valued|treasured)",
    ),
    slammed_door=(
        *_without(
            EN.slammed_door,
            r"(?:will\s+not|won't)\s+(?:be\s+)?(?:tak|accept|answer|return|respond)\w*\s+(?:to\s+)?"
            r"(?:any\s+)?(?:further\s+|more\s+)?(?:calls|e-?mails|messages|requests)",
        ),
        rf"(?:not|\w+n't|never|no\s+longer|nobody\s+will|no\s+one\s+will)\s+(?:be\s+)?(?:\w+\s+)?"
        rf"(?:tak|accept|answer|return|respond|read|pick\w*\s+up|open)\w*\s+(?:to\s+)?"
        rf"(?:any\s+|your\s+)?(?:further\s+|more\s+|new\s+)?(?:{EN_CONTACT_NOUN})",
        r"(?:not|\w+n't|never|no\s+longer)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:in\s+a\s+position\s+to"
        r"|able\s+to)"
        r"\s+(?:reply|respond|answer|read|pick\s+up)",
        r"(?:not|no\s+longer|never)\s+be\s+(?:read|answered|monitored|checked|reachable"
        r"|contactable|staffed)",
        r"(?:go|goes|remain|remains|stay|stays)\s+(?:unanswered|unread|unreturned|ignored)",
        r"(?:remove|delete|take)\s+(?:us|our\s+(?:\w+\s+)?(?:team|staff|address\w*|names?"
        r"|details|numbers?))\s+(?:off|from)\s+(?:your|the|all)",
        r"(?:nobody|no\s*one)\s+(?:will|is\s+going\s+to)\s+(?:\w+\s+)?(?:read|answer|reply"
        r"|respond|pick\s+up|return)",
    ),
)

FR_CONTACT_NOUN = r"appels?|courriels?|e-?mails?|messages?|courriers?|lettres?|questions?"
FR = replace(
    FR,
    parting=(
        *FR.parting,
        r"(?:sera|est|seront|sont)\s+(?:\w+\s+)?(?:notre|ma|mon|nos|mes|la|le|les)\s+(?:tout\s+)?"
        r"derni[eè]re?s?",
        r"(?:notre|ma|mon|nos|mes)\s+(?:tout\s+)?derni[eè]re?s?\s+[\w'-]+\s+(?:aura|sera|a\s+lieu"
        r"|est\s+(?:prévue?|fixée?))",
        r"derni[eè]re?s?\s+(?:[\w'-]+\s+){0,2}?ensemble",
        r"derni[eè]re?s?\s+(?:[\w'-]+\s+){0,4}?pour\s+(?:vous|toi)",
        r"(?:nous|je)\s+(?:ne\s+|n')(?:vous\s+|les\s+|la\s+|le\s+|l')?[\w']+\s+plus\s+(?:\w+\s+){0,3}?"
        r"(?:vos|votre|ton|ta|tes)",
        r"(?:nous|je)\s+(?:\w+\s+){0,3}?(?:ne\s+plus|cesser|arrêter|cessons|arrêtons|cesserons"
        r"|arrêterons|cesse|arrête|arrêterai|cesserai)\s+(?:de\s+|d')?(?:[\w']+\s+){0,3}?(?:vos"
        r"|votre|ton|ta|tes)",
        r"(?:nous|je)\s+(?:\w+\s+){0,2}?retir\w*\s+(?:de|du|des)",
        r"(?:ne|n')\s*(?:\w+\s+)?(?:pas|plus)\s+(?:\w+\s+)?(?:renouvel|recondui|prolong)\w*",
        r"(?:ne|n')\s*(?:le\s+|la\s+|les\s+|l')?(?:renouvel|recondui|prolong)\w*\s+(?:pas|plus)",
    ),
    next_steps=(
        *FR.next_steps,
        r"(?:pouvons|pourrions|pourrons|voulez|souhaitez|voudriez|aimeriez|préférez)-(?:nous|vous)",
        r"(?:ci-joint|ci-jointe?s?|en\s+pièces?\s+jointes?|joint\s+à\s+ce|vous\s+trouverez)",
        r"(?:indiquez|dites|envoyez|transmettez|faites|contactez|appelez|prévenez|écrivez|tenez"
        r"|précisez|confirmez)-(?:nous|moi|le)",
        r"n'hésitez\s+pas",
        r"volontiers",
        r"(?:heureux|heureuse|heureuses|ravie?s?|prête?s?|disposée?s?)\s+(?:de|d'|à)\s*"
        r"(?!(?:vous\s+)?(?:recommand|présent|orient|mettre\s+en|suggér|indiquer\s+un))\w+",
        r"(?:nous|je)\s+(?:vous\s+)?(?:pouvons|peux|pourrons|pourrai)\s+(?!plus\b|pas\b)\w+",
        r"(?:nous|je)\s+(?:vous\s+|te\s+)?(?:envoie|envoyons|joins|joignons|transmets|transmettons"
        r"|remets|remettons|livrons|propose|proposons)",
        r"comme\s+d'habitude",
        # a future in the third person: "notre chef laissera", "la facture suivra"
        r"(?<!ne\s)(?<!n')(?!(?:sera|seront|aura|auront|pourra|pourront|devra|devront|faudra"
        r"|conviendra|conviendrait|mettra|prendra|cessera|arrêtera|terminera|résiliera|vrai"
        r"|environs|front|affront|extra|contra)\b)(?-i:[a-zà-ÿœ])\w+(?:e|i|r|d|v|t|au)(?:ra|ront)\b",
    ),
    negations=(r"ne", r"n'"),
    # "j'" alone never ends on a word boundary: the word it elides into comes with it
    first_person=(*FR.first_person, r"j'\w+", r"m'\w+", r"me", r"moi"),
    deadline=(r"d'ici", r"avant", r"au\s+plus\s+tard", r"jusqu'(?:au|à|en)?"),
    relative_dates=(
        *FR.relative_dates,
        r"(?:le\s+|ce\s+|du\s+|de\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
        r"(?:le|au|du|après\s+le|avant\s+le)\s+(?:1er|\d{1,2})(?!\s*(?:%|€|\d|h\b|heures))",
    ),
    alternatives=(
        *FR.alternatives,
        r"(?:votre|vos|leur|leurs)\s+(?:prochaine?s?|nouvelle?s?|nouvel|nouveaux|futur\w*)\s+\w+",
        r"(?:un|une|d')\s*autres?\s+\w+",
        r"\w+s\s+qui\s+(?:prennent|travaillent|accompagnent|connaissent|servent|livrent|gèrent"
        r"|s'occupent|sont\s+spécialisée?s)",
    ),
    reader=(r"vous", r"votre", r"vos", r"vôtre", r"tu", r"ton", r"ta", r"tes", r"toi"),
    thanks=(
        *FR.thanks,
        r"(?:c'était|ce\s+fut|ce\s+fût|a\s+été|fut)\s+(?:\w+\s+){0,2}?(?:plaisir|honneur|privilège"
        r"|joie)",
    ),
    slammed_door=(
        *_without(
            FR.slammed_door,
            r"nous\s+ne\s+(?:prendrons|répondrons|accepterons|traiterons|lirons)\s+plus",
        ),
        r"nous\s+ne\s+(?:répondrons|lirons)\s+plus",
        rf"ne\s+(?:prendr|accepter|trait|recevr|lir|répondr)\w*\s+(?:plus|pas|jamais)\s+"
        rf"(?:à\s+)?(?:vos|les|aucun\w*|de)\s+(?:nouveaux\s+|autres\s+)?(?:{FR_CONTACT_NOUN})",
        r"ne\s+(?:\w+\s+){0,2}?(?:plus|pas|jamais)\s+(?:\w+\s+){0,3}?(?:en\s+mesure\s+de"
        r"|capables?\s+de)\s+(?:vous\s+)?(?:répondre|lire|rappeler)",
        r"ne\s+sera\s+plus\s+(?:consultée?|lue?|relevée?|surveillée?)",
        r"ne\s+seront\s+plus\s+(?:consultée?s|lue?s|relevée?s|traitée?s)",
        r"(?:rester\w*|demeurer\w*)\s+(?:muette?s?|sans\s+(?:réponse|suite)|lettre\s+morte)",
        r"(?:retirer|supprimer|effacer|rayer)\s+(?:notre|nos|nous)\s+(?:\w+\s+)?(?:de|des)\s+(?:vos"
        r"|votre)",
        r"personne\s+ne\s+(?:\w+\s+)?(?:répondra|lira|décrochera|rappellera)",
        r"(?:ne|n')\s*(?:vous\s+)?(?:répondr|rappeller|relir)\w*",
    ),
)

VI_CONTACT_NOUN = r"cuộc\s+gọi|điện\s+thoại|email|thư|tin\s+nhắn|liên\s+lạc|câu\s+hỏi"
_VI_WE = r"(?:chúng\s+tôi|tôi|công\s+ty|văn\s+phòng|chúng\s+em|bên\s+(?:tôi|em))"
VI = replace(
    VI,
    parting=(
        *VI.parting,
        r"(?:buổi|mùa|lần|chuyến|đợt|tháng|tuần|ngày|khóa|kỳ|lớp|ca|phiên)\s+(?:[\w-]+\s+){0,3}?"
        r"cuối\s+cùng"
        r"(?:\s+(?:của\s+(?:chúng\s+ta|tôi|chúng\s+tôi)|với|giữa))",
        r"(?:là|sẽ\s+là)\s+(?:buổi|mùa|lần|chuyến|đợt|tháng|tuần|ngày|khóa|kỳ)\s+(?:[\w-]+\s+){0,3}?"
        r"cuối\s+(?:cùng)?",
        rf"{_VI_WE}\s+(?:sẽ\s+|đã\s+)?không\s+còn\s+(?!là\b|ai\b)\w+",
        rf"{_VI_WE}\s+(?:\w+\s+){{0,4}}?(?:ngừng|dừng|thôi)\s+\w+",
        r"rút\s+khỏi",
        # Vietnamese writes a syllable a word: "hợp đồng bảo trì của chúng ta sẽ kết thúc"
        near(_VI_BOND, _VI_ENDING, 8),
        near(_VI_ENDING, _VI_BOND, 6),
        r"không\s+(?:\w+\s+)?gia\s+hạn",
        r"sẽ\s+là\s+(?:\w+\s+){1,3}?cuối\s+cùng",
        r"cuối\s+cùng\s+(?:\w+\s+){0,4}?(?:cho|với)\s+" + _VI_YOU,
    ),
    next_steps=(
        *_without(
            VI.next_steps,
            r"sẽ\s+(?!(?:chính\s+thức\s+)?(?:kết\s+thúc|chấm\s+dứt|ngừng|dừng))\w+",
        ),
        r"sẽ\s+(?!(?:chính\s+thức\s+)?(?:kết\s+thúc|chấm\s+dứt|ngừng|dừng|không|chẳng)\b)\w+",
        rf"(?:{VI_READER})\s+có\s+muốn",
        r"(?:có\s+được\s+không|được\s+không)\s*\?",
        r"vui\s+lòng",
        r"(?:xin\s+)?(?:mời|hãy)\s+\w+",
        r"(?:đính|gửi)\s+kèm",
        r"kèm\s+theo",
        r"sẵn\s+lòng\s+(?!giới\s+thiệu)\w+",
        rf"{_VI_WE}\s+có\s+thể\s+(?!không\b)\w+",
        r"như\s+thường\s+lệ",
        r"đừng\s+ngần\s+ngại",
    ),
    negations=(r"không", r"chẳng", r"chưa"),
    deadline=(r"trước", r"chậm\s+nhất", r"muộn\s+nhất", r"trong\s+vòng", r"(?:cho\s+)?đến"),
    relative_dates=(
        *VI.relative_dates,
        r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+(?:này|tuần\s+này))?",
        r"hết\s+(?:tháng|quý|năm|tuần)(?:\s+(?:này|sau|tới|\d{1,2}))?",
        r"ngày\s+\d{1,2}(?!\s*(?:/|tháng))",
    ),
    alternatives=(
        *VI.alternatives,
        r"(?:giáo\s+viên|đơn\s+vị|người|bên|công\s+ty|nhà\s+cung\s+cấp|chuyên\s+gia|văn\s+phòng"
        r"|đối\s+tác|huấn\s+luyện\s+viên|kế\s+toán)\s+(?:tiếp\s+theo|mới|khác|kế\s+nhiệm)",
        r"(?:nhận|chuyên|phục\s+vụ|làm\s+việc|hỗ\s+trợ|chăm\s+sóc)\s+(?:\w+\s+){0,4}?(?:như|giống)"
        r"\s+(?:của\s+)?(?:" + VI_READER + r")",
    ),
    reader=(_VI_YOU,),
    thanks=(
        *VI.thanks,
        r"(?:là\s+)?(?:một\s+)?niềm\s+(?:vui|vinh\s+dự|hạnh\s+phúc)",
        # not "sẽ rất vui được anh liên hệ", an offer
        r"(?<!sẽ\s)rất\s+vui\s+(?:vì\s+|khi\s+)?(?:đã\s+)?được\s+(?:làm\s+việc|hợp\s+tác|đồng\s+hành"
        r"|phục\s+vụ|cung\s+cấp|chăm\s+sóc|hỗ\s+trợ)",
        r"vinh\s+dự",
        r"trân\s+quý",
    ),
    slammed_door=(
        *_without(
            VI.slammed_door,
            r"sẽ\s+không\s+(?:trả\s+lời|phản\s+hồi|nghe\s+máy|tiếp\s+nhận|nhận)",
            r"không\s+(?:tiếp\s+nhận|trả\s+lời|phản\s+hồi|xem\s+xét|giải\s+quyết)\s+(?:thêm\s+)?"
            r"(?:bất\s+kỳ|mọi|các|bất\s+cứ)",
        ),
        r"sẽ\s+không\s+(?:trả\s+lời|phản\s+hồi|nghe\s+máy)",
        rf"không\s+(?:còn\s+)?(?:tiếp\s+nhận|nhận|trả\s+lời|phản\s+hồi|xem\s+xét|giải\s+quyết)"
        rf"\s+(?:thêm\s+)?(?:bất\s+kỳ\s+|mọi\s+|các\s+|bất\s+cứ\s+)?(?:{VI_CONTACT_NOUN})",
        # we refuse, not the reader ("nhân viên bên anh không đọc" is blame, not a door)
        r"(?:không\s+còn\s+(?:ai\s+)?|(?:sẽ|chúng\s+tôi|tôi|em)\s+(?:sẽ\s+)?không\s+)(?:đọc"
        r"|trả\s+lời|hồi\s+âm|phản\s+hồi|nghe\s+máy|bắt\s+máy|nhấc\s+máy)",
        r"(?:xóa|gỡ)\s+(?:\w+\s+){0,3}?(?:chúng\s+tôi|tôi)\s+khỏi",
        # the calls named first: "mọi cuộc gọi … chúng tôi xin phép không tiếp"
        rf"(?:{VI_CONTACT_NOUN})\s+(?:[\w,]+\s+){{0,12}}?(?:xin\s+phép\s+|sẽ\s+)?không\s+(?:còn\s+)?"
        rf"(?:tiếp|nhận|trả\s+lời|phản\s+hồi|đọc)",
    ),
)

SL_CONTACT_NOUN = r"klic\w*|sporočil\w*|e-?pošt\w*|e-?mail\w*|pisem|pism\w*|vprašanj\w*|pošt\w*"
SL = replace(
    SL,
    parting=(
        *SL.parting,
        r"(?:bo|je)\s+(?:\w+\s+)?(?:naš|moj)\w*\s+zadnj\w*",
        r"(?:naš|moj)\w*\s+zadnj\w*\s+\w+\s+(?:bo|je\s+(?:predviden|načrtovan|dogovorjen))",
        r"zadnj\w*\s+(?:\w+\s+){0,2}?skupaj",
        r"zadnj\w*(?:,\s*ki\s+(?:\w+\s+){0,3}?|\s+(?:\w+\s+)?)za\s+(?:vas|tebe|vaš\w*|tvoj\w*)",
        near(r"vaš\w*|tvoj\w*", r"ne\s+bo(?:mo|m)\s+(?:\w+\s+)?več\s+\w+l[aie]?", 4),
        near(r"ne\s+bo(?:mo|m)\s+(?:\w+\s+)?več\s+\w+l[aie]?", r"vaš\w*|tvoj\w*", 3),
        r"(?:se\s+)?umika(?:mo|m)\s+(?:z|s|iz|od)",
        r"ne\s+(?:bomo\s+|bom\s+|bo\s+)?(?:več\s+)?podaljša\w*",
        r"poslavlja(?:mo|m)\s+(?:od|z|s)",
    ),
    next_steps=(
        *_without(
            SL.next_steps,
            r"(?:bomo|bom)\s+(?!(?:\w+\s+)?(?:končal|zaključil|prenehal|prekinil))\w+",
        ),
        r"(?<!ne\s)(?:bomo|bom)\s+(?!(?:\w+\s+)?(?:končal|zaključil|prenehal|prekinil|več\b))\w+",
        r"(?:ali|bi|želite|boste|lahko)\s+[^.!?\n]{0,160}\?",
        r"prosim(?:o)?,?\s+(?:\w+\s+)?\w+(?:ite|ajte|ete|jte)",
        r"(?:sporočite|pošljite|pokličite|javite|povejte|potrdite|izberite|dogovorite)",
        r"(?:v\s+prilogi|priloženo|prilagam\w*|priložen\w*)",
        r"z\s+veseljem\s+(?!vam\s+priporoč)\w+",
        r"(?:lahko|bi)\s+vam\s+(?!\w*\s*priporoč)\w+",
        r"kot\s+(?:običajno|doslej|ponavadi)",
        r"prejmete",
        # a perfective present is the Slovenian future: "Vam vrnemo", "vam pošljemo"
        r"(?:vam|ti)\s+(?:\w+\s+)?(?!(?:priporoč|zahval|sporoč|žel|opraviču|svetuj)\w*)\w+(?:imo|emo"
        r"|amo)",
    ),
    negations=(r"ne", r"nikoli"),
    deadline=(r"do", r"pred", r"najkasneje", r"najpozneje"),
    relative_dates=(
        *SL.relative_dates,
        r"(?:v|do|od|po|ta|to|ta\s+teden\s+v)?\s*(?:ponedeljek|torek|sredo|četrtek|petek|soboto"
        r"|nedeljo|ponedeljka|torka|srede|četrtka|petka|sobote|nedelje)",
    ),
    alternatives=(
        *SL.alternatives,
        # "nov…" but not "novembrska" (a month)
        r"(?:nov(?!emb)|naslednj)\w*\s+\w+(?:telj|lec|nik|nica|ec|ka|ija|or)\w*",
        r"svetuje\w*",
        r"\w+(?:a|i|e)\s*,?\s+ki\s+(?:sprejema|dela|delajo|skrbi|skrbijo|prevzema|pozna|poznajo"
        r"|ponuja|specializ)\w*",
    ),
    reader=(r"vi", r"vam", r"vas", r"vaš\w*", r"ti", r"tebi", r"tvoj\w*"),
    thanks=(
        *SL.thanks,
        r"(?:v\s+)?(?:veliko\s+|posebno\s+)?(?:veselje|čast|zadovoljstvo)\s+(?:nam|mi)\s+je\s+bilo",
        r"(?:nam|mi)\s+je\s+bilo\s+(?:v\s+)?(?:veliko\s+|posebno\s+)?(?:veselje|čast|zadovoljstvo)",
    ),
    slammed_door=(
        *_without(
            SL.slammed_door,
            r"ne\s+bomo\s+več\s+(?:sprejemali|odgovarjali|odzivali|brali)",
            r"ne\s+bomo\s+(?:več\s+)?(?:sprejemali|odzivali|obravnavali|razpravljali)",
        ),
        r"ne\s+bomo\s+(?:več\s+)?(?:odgovarjali|odzivali|brali|razpravljali)",
        rf"ne\s+bo(?:mo|do|\b)\s*(?:več\s+)?(?:sprejemal|obravnaval|bral|prevzemal)\w*\s+(?:več\s+)?"
        rf"(?:vaših\s+|nobenih\s+)?(?:{SL_CONTACT_NOUN})",
        r"ne\s+bo(?:mo|m)?\s+(?:[\w,]+\s+){0,5}?(?:odgovarja|odgovori|odziva|oglas|dvig)\w*",
        r"(?:nihče|nobeden)\s+(?:\w+\s+){0,2}?(?:ne\s+)?(?:bo\s+)?(?:več\s+)?(?:bral|odgovarjal"
        r"|odgovoril|oglasil|dvignil|odpiral)\w*",
        r"ne\s+bo\s+nihče\s+(?:več\s+)?\w+l",
        # the calls named first: "vaših klicev … ne bomo več obravnavali"
        rf"(?:{SL_CONTACT_NOUN})\s+(?:[\w,]+\s+){{0,6}}?ne\s+bo(?:mo|m|do)?\s+(?:več\s+)?"
        rf"(?:obravnaval|sprejemal|bral|odgovarjal|prevzemal)\w*",
        r"(?:odstranite|izbrišite|črtajte)\s+(?:nas|naš\w*)",
        r"(?:nas|naš\w*\s+\w+)\s+(?:odstranite|izbrišite|črtajte)",
    ),
)


# What happens now, said as an option, an availability or a plain present (sixth round,
# second pass): "you can collect the files", "I remain at your disposal", "the keys go back
# to you", "vous pouvez récupérer", "anh có thể nhận lại", "lahko prevzamete", a
# Slovenian perfective present without its object ("Ključe vrnemo"), and a passive future
# of any verb ("les clés vous seront rendues"). Suggesting a name also by "suggest",
# "speak to"; Vietnamese months in words; "s koncem meseca".
EN = replace(
    EN,
    next_steps=(
        *EN.next_steps,
        r"(?:could|can|would|will)\s+you\s+(?:please\s+)?\w+[^.!?\n]*\?",
        r"you\s+(?:can|may|are\s+welcome\s+to)\s+(?!no\b|not\b|only\b)\w+",
        r"(?:remain|am|are|stay|will\s+be)\s+(?:\w+\s+)?(?:at\s+your\s+disposal|on\s+hand|reachable"
        r"|available\s+(?:for|to|if|should|whenever|on|at|until))",
        r"(?:go|goes|come|comes|get|gets|is\s+sent|are\s+sent|is\s+returned|are\s+returned)\s+"
        r"(?:back\s+)?to\s+you",
    ),
    relative_dates=(
        *EN.relative_dates,
        rf"(?:the\s+)?last\s+day\s+of\s+(?:the\s+|this\s+|next\s+)?(?:month|quarter|year|week"
        rf"|{EN.months})",
        rf"for\s+(?:the\s+next\s+|another\s+)?{_EN_NUMBER}\s+{_EN_PERIOD}",
        r"(?:tomorrow|this\s+week|next\s+week|any\s+day\s+this\s+week)",
    ),
    suggesting=(
        *EN.suggesting,
        r"suggest\w*",
        r"(?:speak|speaking|talk|talking)\s+to",
        r"get\s+in\s+touch\s+with",
        r"look\s+at",
        r"reach\s+out\s+to",
        r"recommend\w*",
    ),
)
FR = replace(
    FR,
    next_steps=(
        *FR.next_steps,
        r"(?:pourriez|pouvez|auriez|voudriez|pourrez)-vous",
        r"(?:vous|tu)\s+(?:pouvez|pourrez|pourriez|peux|pourras)\s+(?!plus\b|pas\b)\w+",
        r"rest\w*\s+(?:\w+\s+)?(?:à\s+votre\s+(?:entière\s+)?disposition|disponibles?|joignables?"
        r"|à\s+votre\s+écoute)",
        r"(?:sera|seront)\s+(?:\w+\s+)?(?-i:[a-zà-ÿ])\w+(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?)\b",
    ),
    relative_dates=(
        *FR.relative_dates,
        rf"pendant\s+(?:encore\s+)?{_FR_NUMBER}\s+{_FR_PERIOD}",
        r"(?:la\s+semaine\s+prochaine|demain|cette\s+semaine)",
    ),
    suggesting=(*FR.suggesting, r"suggèr\w*", r"suggér\w*", r"conseill\w*", r"adresser"),
)
VI = replace(
    VI,
    next_steps=(
        *VI.next_steps,
        rf"(?:{VI_READER})\s+có\s+thể\s+(?!không\b)\w+",
        r"giúp\s+(?:em|tôi|chúng\s+tôi|bên\s+em|mình)",
        r"(?<!\w)nhé",
        r"luôn\s+sẵn\s+sàng",
        r"sẵn\s+sàng\s+(?!giới\s+thiệu)\w+",
    ),
    months=r"tháng\s*(?:\d{1,2}|giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười\s+một|mười\s+hai"
    r"|mười|chạp)",
    relative_dates=(
        *VI.relative_dates,
        r"(?:tuần\s+này|ngày\s+mai|hôm\s+nay|tháng\s+này)",
    ),
    suggesting=(*VI.suggesting, r"gợi\s+ý", r"tham\s+khảo"),
)
SL = replace(
    SL,
    next_steps=(
        *SL.next_steps,
        r"lahko\s+(?:\w+\s+){0,3}?\w+(?:te|ite|ete|ate)\b",
        r"(?:vrn|pošlj|pred|dostav|ured|priprav|izroč|poskrb|prenes|pokli[čc]|odd|dokonč|oprav"
        r"|posreduj|uskladi)\w*mo",
    ),
    relative_dates=(
        *SL.relative_dates,
        rf"(?:s|z)\s+koncem\s+(?:tega\s+|prihodnjega\s+)?(?:meseca|leta|četrtletja|tedna|pogodbe"
        rf"|{SL.months})",
        r"(?:ta|isti)\s+(?:teden|mesec)|jutri|danes",
    ),
    suggesting=(*SL.suggesting, r"predlag\w*", r"svetuj\w*", r"pokličete", r"obrnete"),
)


# The reader or their firm: "anh", "công ty anh", "bên chị".
_VI_THEIRS = r"(?:công\s+ty\s+|bên\s+|văn\s+phòng\s+|gia\s+đình\s+|cửa\s+hàng\s+)?" + _VI_YOU

# Farewells said as notice, an inability to go on, or a role given up (sixth round, third
# pass): "we are giving notice", "we can no longer look after your garden", "we will not
# be your accountants any more", "nous ne serons plus votre cabinet", "không tiếp tục làm
# kế toán cho công ty anh", "ne bomo več vaš računovodja", and an account closed.
EN = replace(
    EN,
    parting=(
        *EN.parting,
        r"part(?:ing|ed|s)?\s+company",
        r"(?:give|gives|giving|gave|serve|serving|hand\w*\s+in)\s+(?:you\s+)?(?:our\s+|formal\s+"
        r"|written\s+|this\s+)?notice",
        r"notice\s+of\s+(?:termination|cancellation|non-?renewal)",
        r"(?:not|no\s+longer|\w+n't)\s+be\s+your\s+\w+",
        r"(?:can\s+no\s+longer|no\s+longer\s+able\s+to|cannot|can't|(?:not|unable)\s+(?:be\s+)?able"
        r"\s+to|unable\s+to)\s+(?:\w+\s+){0,4}?(?:for|with|after)\s+you",
        r"(?:can\s+no\s+longer|no\s+longer\s+able\s+to|cannot|can't|not\s+able\s+to|unable\s+to)\s+"
        r"(?:continue|carry\s+on|keep\s+(?:on|going)|go\s+on)",
        r"bow\w*\s+out",
        r"(?:decided|decision|time)\s+to\s+move\s+on",
    ),
)
FR = replace(
    FR,
    parting=(
        *FR.parting,
        r"(?:notre|ce|un|le|son|mon)\s+préavis",
        r"préavis\s+de\s+(?:fin|départ|résiliation|rupture)",
        # a first person ("-ons", "-ai") who no longer does something of the reader's
        r"(?:ne|n')\s*(?:vous\s+|les\s+|la\s+|le\s+|l')?[\w']+(?:ons|ai|ommes|uis)\s+plus\s+"
        r"(?:[\w']+\s+){0,3}?(?:vos|votre|ton|ta|tes)",
        near(r"compte|" + _FR_BOND, r"ferm\w*|clôtur\w*|clos\w*", 3),
    ),
)
VI = replace(
    VI,
    parting=(
        *VI.parting,
        r"không\s+(?:\w+\s+)?tiếp\s+tục\s+(?:\w+\s+){0,6}?(?:cho|với)\s+" + _VI_THEIRS,
        r"không\s+(?:\w+\s+){1,6}?(?:của|cho)\s+" + _VI_THEIRS + r"\s+nữa",
        near(r"tài\s+khoản|hợp\s+đồng|dịch\s+vụ", r"(?:được\s+)?(?:đóng|khóa|hủy)", 6),
    ),
)
SL = replace(
    SL,
    parting=(
        *SL.parting,
        r"ne\s+bo(?:mo|m)\s+več\s+(?:vaš|tvoj)\w*",
        r"razhaja\w*",
        near(r"vaš\w*|tvoj\w*", r"ne\s+(?:bomo|bom)\s+(?:\w+\s+){0,2}?več\s+\w+", 4),
        near(r"račun\w*|" + _SL_BOND, r"zapr\w*|zapir\w*", 3),
        near(r"zapr\w*|zapir\w*", r"račun\w*|" + _SL_BOND, 3),
    ),
)


# A way of reaching us switched off (sixth round, third pass): "this mailbox is no longer
# monitored", "cette boîte n'est plus relevée", "hộp thư này không còn được theo dõi", "ta
# nabiralnik ni več v uporabi"; and "nous ne donnerons pas suite à vos messages".
EN = replace(
    EN,
    slammed_door=(
        *EN.slammed_door,
        near(
            r"mailbox|inbox|line|lines|phones?|address|number|e-?mail\s+address",
            r"(?:no\s+longer|not)\s+(?:be\s+)?(?:being\s+)?(?:monitored|read|checked|answered|staffed"
            r"|in\s+use|active)",
            4,
        ),
    ),
)
FR = replace(
    FR,
    slammed_door=(
        *FR.slammed_door,
        near(
            r"boîte|adresse|ligne|lignes|numéro|messagerie|standard",
            r"(?:n'est|ne\s+sera|ne\s+seront|ne\s+sont)\s+plus\s+(?:\w+\s+)?(?:relevée?s?|consultée?s?"
            r"|ouverte?s?|actifs?|actives?|lue?s?|surveillée?s?)",
            3,
        ),
        rf"ne\s+donner\w*\s+(?:pas|plus|aucune)\s+(?:de\s+)?suite\s+(?:à|aux)\s+(?:vos\s+|tes\s+"
        rf"|aucun\w*\s+|d'autres\s+)?(?:{FR_CONTACT_NOUN})",
    ),
)
VI = replace(
    VI,
    slammed_door=(
        *VI.slammed_door,
        near(
            r"hộp\s+thư|đường\s+dây|số\s+điện\s+thoại|địa\s+chỉ\s+email|email",
            r"không\s+còn\s+(?:được\s+)?(?:theo\s+dõi|đọc|kiểm\s+tra|sử\s+dụng|hoạt\s+động)",
            4,
        ),
    ),
)
SL = replace(
    SL,
    slammed_door=(
        *SL.slammed_door,
        near(
            r"nabiralnik\w*|naslov\w*|številk\w*|telefon\w*|linij\w*",
            r"(?:ni|ne\s+bo)\s+več\s+(?:v\s+uporabi|aktiv\w*|dosegljiv\w*|bran\w*|odprt\w*)",
            3,
        ),
    ),
)


# Work handed back, a term that runs out, and contact refused further from its verb
# (sixth round, fourth pass): "we'll be handing your orders back to you", "nous vous
# rendons la main", "chúng tôi xin trả lại cho chị các đơn", "naročila vam vračamo";
# "comes to an end", "arrive à son terme", "se izteče"; "asked not to discuss your affairs
# or take your calls", "ni prendre vos appels", "không nghe điện thoại", "vaših klicev ne
# sprejema"; a Slovenian passive future of any verb ("bodo prenesene").
EN = replace(
    EN,
    parting=(
        *EN.parting,
        r"(?:hand|give|pass)\w*\s+(?:[\w']+\s+){0,4}?back\s+to\s+you",
        r"com(?:es|ing)\s+to\s+an\s+end",
    ),
    slammed_door=(
        *EN.slammed_door,
        rf"(?:not|\w+n't|never|no\s+longer)\s+(?:to\s+)?(?:[\w']+\s+){{0,5}}?(?:take|return|answer"
        rf"|accept|pick\s+up)\w*\s+(?:any\s+|your\s+)?(?:further\s+|more\s+)?(?:{EN_CONTACT_NOUN})",
    ),
)
FR = replace(
    FR,
    parting=(
        *FR.parting,
        r"(?:rend|rendons|rendre|rendrons)\s+(?:donc\s+)?la\s+main",
        r"arriv\w*\s+à\s+(?:son\s+|sa\s+|leur\s+)?(?:terme|échéance|expiration)",
    ),
    slammed_door=(
        *FR.slammed_door,
        rf"(?:ne\s+plus|ni)\s+(?:[\w']+\s+){{0,5}}?(?:prendre|lire|rappeler|répondre\s+à)\s+(?:vos|les"
        rf"|aux|tes)\s+(?:{FR_CONTACT_NOUN})",
    ),
)
VI = replace(
    VI,
    parting=(
        *VI.parting,
        r"(?:xin\s+)?(?:trả|giao)\s+lại\s+(?:cho\s+)?" + _VI_THEIRS,
    ),
    slammed_door=(
        *VI.slammed_door,
        r"(?:(?:sẽ|chúng\s+tôi|tôi|em|đường\s+dây)\s+(?:\w+\s+){0,2}?|(?:dặn|yêu\s+cầu|chỉ\s+thị)\s+"
        r"(?:[\w,]+\s+){0,10}?)không\s+(?:nghe|bắt|nhấc|nhận)\s+(?:máy|điện\s+thoại|cuộc\s+gọi)",
    ),
)
SL = replace(
    SL,
    parting=(
        *SL.parting,
        r"(?:naročil\w*|posl\w*|projekt\w*)\s+(?:\w+\s+){0,4}?vrača\w*",
        r"vrača\w*\s+(?:\w+\s+){0,3}?(?:naročil\w*|posl\w*|projekt\w*)",
        r"se\s+(?:\w+\s+){0,2}?izteč\w*|izteče\s+se",
    ),
    slammed_door=(
        *SL.slammed_door,
        rf"(?:{SL_CONTACT_NOUN})\s+(?:[\w,]+\s+){{0,6}}?ne\s+(?:bo(?:mo|m|do)?\s+)?(?:več\s+)?"
        rf"(?:obravnava|sprejema|bere|odgovarja|prevzema)\w*",
    ),
    next_steps=(
        *SL.next_steps,
        r"(?:bo|bodo|bosta)\s+(?:\w+\s+)?\w+(?:an|en)[aoie]?",
    ),
)


# Thanks said as the pleasure of the work together (sixth round, fourth pass): "it was good
# to work with you", "nous avons beaucoup aimé travailler avec vous", "lepo je bilo
# sodelovati z vami", "z vami smo radi sodelovali".
EN = replace(
    EN,
    thanks=(
        *EN.thanks,
        r"(?:good|great|lovely|a\s+joy|a\s+delight)\s+to\s+(?:work|collaborate)\s+with\s+you",
    ),
)
FR = replace(
    FR,
    thanks=(
        *FR.thanks,
        r"(?:aimé|adoré|plu)\s+(?:\w+\s+)?(?:travailler|collaborer)",
    ),
)
SL = replace(
    SL,
    thanks=(
        *SL.thanks,
        r"(?:lepo|prijetno)\s+(?:nam\s+|mi\s+)?je\s+bilo\s+(?:sodelovati|delati)",
        r"veseli\s+(?:nas|me),?\s+da\s+sm?o",
        r"radi\s+(?:sodelovali|delali)",
    ),
)


# Tone, eighth round (issue #13): praise turned into sarcasm by the time it took ("Well
# done on finally answering within the week", "Bravo d'être enfin arrivée à l'heure",
# "Chúc mừng chị cuối cùng cũng…", "Čestitam, da si končno enkrat…"): a congratulation and,
# in the same sentence, "finally", "for once" or "it only took". Either alone is ordinary.
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        _within(
            r"congratulations|well\s+done|good\s+job|nice\s+work|kudos|bravo|hats\s+off",
            r"finally|at\s+(?:long\s+)?last|for\s+once|for\s+a\s+change|only\s+took",
            gap=8,
        ),
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _within(
            r"bravo|félicitations|chapeau|belle\s+performance|quel\s+exploit",
            r"enfin|pour\s+une\s+fois|pour\s+changer|(?:n'aura|n'a|n'avait)\s+fallu",
            gap=8,
        ),
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _within(
            r"chúc\s+mừng|hoan\s+hô|giỏi\s+lắm|thật\s+đáng\s+khen",
            r"cuối\s+cùng\s+cũng|được\s+một\s+lần|hiếm\s+hoi|chỉ\s+mất\s+có",
            gap=10,
        ),
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _within(
            r"čestit\w*|bravo|kapo\s+dol",
            r"končno|vsaj\s+enkrat|za\s+spremembo|trajalo\s+je\s+(?:samo|le|komaj)",
            gap=8,
        ),
    ),
)


# Seventh round (issue #13): the shapes unseen drafts were missed for, as structure. Blame
# with no judgement word: a cause on the reader's side (or one with no "we" in it) tied to
# a harm to the work ("Because the brief changed after every meeting, the catalogue went
# to print three weeks late"), read by checker._blamed_causes; and a lesson for the
# reader's future conduct ("for your next firm, it is worth remembering that…", "un conseil
# pour la suite", "lần sau anh nên nhớ", "za naprej vam svetujemo"). Two reasons joined
# inside one cause ("because our fees no longer fit and our practice is moving to
# payroll"), read by checker._joined_reasons. Farewells as a handover to someone else
# ("hand your grounds over to another team", "passer la main", "trao lại cho một đội
# khác", "predamo drugi ekipi"), as stepping off or withdrawing, as our work for the
# reader that stops, and as a last occasion for the reader. A provider described and a
# few names offered ("we're happy to suggest a few").
EN = replace(
    EN,
    reason_joiners=r"and\s+(?:because|since)|and|as\s+well\s+as|plus|along\s+with|coupled\s+with|not\s+to\s+mention",
    harms=(
        r"late(?:r)?",
        r"delay\w*",
        r"slipp?\w*",
        r"(?:over|above)\s+(?:the\s+)?budget",
        r"over\s?r[au]n\w*",
        r"behind\s+schedule",
        r"pushed\s+back",
        r"postpon\w*",
        r"weekends?",
        r"overtime",
        r"(?:late\s+)?(?:evenings|nights)",
        r"called\s+out",
        r"locked\s+out",
        r"rework\w*",
        r"redo\w*",
        r"from\s+scratch",
        r"wasted?",
        r"stalled",
        r"missed\s+(?:\w+\s+)?deadlines?",
        r"extra\s+(?:hours|rounds|costs?|work|days)",
        r"unpaid\s+hours",
        r"(?:left|went|stayed)\s+(?:\w+\s+)?(?:undone|unfinished|uncleaned|unanswered)",
    ),
    cause_marks=(
        r"because(?:\s+of)?",
        r"since",
        r"due\s+to",
        r"owing\s+to",
        r"as\s+a\s+result\s+of",
        r"caused\s+by",
        r"thanks\s+to",
        r"(?:began|begin|begins|started|starts|stemm\w*|came|comes|arose|arises|traced\s+back)"
        r"\s+(?:with|from|in|to)",
    ),
    effect_marks=(
        r"which\s+is\s+why",
        r"(?:that|this)\s+is\s+why",
        r"that's\s+why",
        r"so\s+that",
        r",\s*so",
        r"(?:which|this|that|it)\s+(?:meant|means|led\s+to|caused|forced|left)",
        r"(?:made|make|makes|making)\s+(?:\w+\s+){0,4}?(?:slip|late|miss|wait|redo|start|work|run)",
        r"(?:led|leads|leading)\s+to",
        r"resulted\s+in",
        r"caused",
        r"forced\s+us",
        r"cost\s+us",
    ),
    readers_side=(*EN.reader, EN_SIDE),
    attacks=(
        *EN.attacks,
        _within(
            r"(?:for|in|with)\s+(?:the\s+)?(?:future|your\s+next|next\s+time|your\s+future)"
            r"|going\s+forward|next\s+time",
            r"worth\s+(?:remembering|bearing\s+in\s+mind|keeping\s+in\s+mind|noting|knowing)"
            r"|(?:keep|bear)\s+in\s+mind|remember\s+that|(?:a\s+)?(?:word|piece)\s+of\s+advice"
            r"|would\s+do\s+well\s+to|(?:it\s+)?(?:would|might)\s+be\s+wise|(?:a|the)\s+lesson"
            r"|you\s+(?:should|ought\s+to|must)\s+(?:make\s+sure|remember|learn|realise|realize)",
            gap=6,
        ),
        r"(?:is|are)\s+only\s+as\s+(?:good|reliable|fast|useful)\s+as",
    ),
    reason_openers=(
        r"because(?:\s+of)?",
        r"due\s+to",
        r"owing\s+to",
        r"as\s+a\s+result\s+of",
        r"since",
        r"given(?:\s+that)?",
        r"^(?:with|between|what\s+with)",
    ),
    parting=(
        *EN.parting,
        r"(?:hand|handing|pass|passing)\s+(?:[\w']+\s+){0,3}?(?:over|on)\s+to\s+(?:another|other"
        r"|a\s+new|someone\s+else|a\s+different)",
        r"(?:step|stepping|stepped|bow|bowing|bowed)\s+(?:off|out|aside)(?:\s+(?:of|from))?",
        r"(?:last|final)\s+(?:[\w'-]+\s+){0,3}?(?:to|at|on|with)\s+your",
    ),
    alternatives=(
        *EN.alternatives,
        r"(?:suggest|recommend|name|propose|share)\s+(?:a\s+few|some|several|one\s+or\s+two|two"
        r"|three)\b",
        r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:house|shop|workshop|firm|office|practice)\s+(?:with"
        r"|that|who|which)\s+(?:[\w-]+\s+){0,4}?(?:would|could|will|can)\s+(?:suit|serve|help)",
    ),
)
FR = replace(
    FR,
    reason_joiners=r"et\s+(?:que|parce\s+que)|et|ainsi\s+que|sans\s+parler\s+d\w*|sans\s+compter",
    harms=(
        r"retards?",
        r"en\s+retard",
        r"(?:trop\s+)?tard",
        r"gliss\w*",
        r"décal\w*",
        r"report\w*",
        r"dépass\w*\s+(?:\w+\s+){0,2}?(?:budget|délai|devis|échéance)s?",
        r"hors\s+budget",
        r"week-ends?",
        r"heures\s+supplémentaires",
        r"(?:le\s+)?soir",
        r"nuits?",
        r"porte\s+close",
        r"bloqué\w*",
        r"refaire|refait\w*|recommenc\w*",
        r"perdu\w*",
        r"gaspill\w*",
        r"sans\s+(?:ménage|suite|réponse)",
        r"délais?\s+(?:manqués|dépassés)",
    ),
    cause_marks=(
        r"parce\s+qu(?:e|')",
        r"car",
        r"puisqu(?:e|')",
        r"depuis\s+qu(?:e|')",
        r"à\s+cause\s+d(?:e|'|u|es)",
        r"en\s+raison\s+d(?:e|'|u|es)",
        r"du\s+fait\s+d(?:e|'|u|es)",
        r"faute\s+d(?:e|')",
        r"suite\s+à",
        r"(?:venu|venue|venus|venait|vient|viennent|proven\w*|découl\w*)\s+d(?:e|'|u|es)",
    ),
    effect_marks=(
        r"(?:a|ont|avait|avaient|aura|auront)\s+fait\s+\w+",
        r"(?:a|ont|avait|avaient)\s+(?:entraîné|provoqué|causé|retardé|obligé|contraint|coûté"
        r"|conduit)",
        r"ce\s+qui\s+(?:a|nous|explique)",
        r"c'est\s+pourquoi",
        r"d'où",
        r"si\s+bien\s+qu(?:e|')",
        r"de\s+sorte\s+qu(?:e|')",
        r"par\s+conséquent",
    ),
    readers_side=(*FR.reader, FR_SIDE),
    attacks=(
        *FR.attacks,
        _within(
            r"(?:pour|à)\s+l'avenir|pour\s+la\s+suite|(?:la|une)\s+prochaine\s+fois"
            r"|(?:votre|vos)\s+prochain\w*",
            r"(?:un|mon|notre|quelques)\s+conseils?|(?:pensez|veillez|songez|retenez)\b"
            r"|gardez\s+(?:\w+\s+)?(?:à\s+l'esprit|en\s+tête)|il\s+(?:serait|sera)\s+(?:bon"
            r"|utile|judicieux|sage)|(?:une|la)\s+leçon|(?:vous\s+)?(?:devriez|devrez)",
            gap=6,
        ),
        r"permettez-(?:moi|nous)\s+(?:un|ce|de\s+vous\s+donner\s+un)\s+(?:petit\s+)?conseil",
        r"ne\s+peu\w*\s+(?:\w+\s+){0,3}?(?:bien|correctement|sérieusement)\s+(?:\w+\s+){0,2}?que\s+si",
    ),
    reason_openers=(
        r"parce\s+qu(?:e|')",
        r"car",
        r"puisqu(?:e|')",
        r"à\s+cause\s+d(?:e|'|u|es)",
        r"en\s+raison\s+d(?:e|'|u|es)",
        r"du\s+fait\s+d(?:e|'|u|es)",
        r"étant\s+donné(?:\s+qu(?:e|'))?",
        r"^(?:entre|avec|vu|compte\s+tenu\s+d\w*)",
    ),
    parting=(
        *FR.parting,
        r"pass\w*\s+la\s+main",
        r"(?:céd\w*|confi\w*|transmet\w*|remet\w*)\s+(?:[\w']+\s+){0,4}?à\s+(?:une?\s+)?(?:autres?"
        r"|nouveaux?|nouvelles?)\s+(?:équipes?|prestataires?|entreprises?|agences?|cabinets?)",
        r"(?:se|nous|me)\s+retir\w*\s+(?:de|du|des)",
        r"(?:s'arrêt|s'achèv|se\s+termin|prend\w*\s+fin)\w*\s+(?:\w+\s+){0,2}?avec",
        near(r"pour\s+(?:vous|toi)", r"s'arrêt\w*|s'achèv\w*|se\s+termin\w*|prend\w*\s+fin", 2),
        r"derni[eè]re?s?\s+(?:[\w'-]+\s+){0,3}?(?:chez|à|avec)\s+(?:vous|votre|vos)",
    ),
    alternatives=(
        *FR.alternatives,
        r"(?:suggérer|recommander|proposer|indiquer|donner)\s+(?:quelques|plusieurs|deux|trois"
        r"|quelques-une?s|quelques-uns)",
        r"(?:vous\s+)?en\s+(?:suggérer|recommander|proposer|indiquer)",
        r"reprendr\w*\s+(?:tes|ton|ta|les|l')",
        r"(?:un|une)\s+(?:[\w'-]+\s+){0,5}?(?:conviendrai\w*|conviendra|serai\w*\s+(?:plus\s+)?"
        r"(?:adaptée?|indiquée?))",
    ),
    relative_dates=(*FR.relative_dates, r"(?:la|cette)\s+derni[eè]re\s+semaine"),
    slammed_door=(
        *FR.slammed_door,
        rf"(?:plus|pas|jamais)\s+(?:[\w']+\s+){{0,4}}?(?:donner\s+suite|répondre)\s+(?:à\s+)?"
        rf"(?:vos|votre|aucun\w*|les|leurs?)\s+(?:nouveaux\s+|autres\s+)?(?:{FR_CONTACT_NOUN})",
    ),
)
_VI_SIDE_CAUSE = alternatives(VI_SIDE, rf"(?:bên|phía|của)\s+{_VI_YOU}")
VI = replace(
    VI,
    reason_joiners=r"và\s+(?:vì|do)|và|cộng\s+thêm|cùng\s+với|thêm\s+vào\s+đó|lẫn|chưa\s+kể",
    harms=(
        r"trễ",
        r"chậm",
        r"lỡ",
        r"hoãn",
        r"dời\s+lại",
        r"vượt\s+(?:\w+\s+)?ngân\s+sách",
        r"cuối\s+tuần",
        r"ngoài\s+giờ",
        r"làm\s+thêm",
        r"tăng\s+ca",
        r"(?:bị\s+)?khóa\s+(?:ngoài|cửa)",
        r"làm\s+lại",
        r"mất\s+(?:thêm|trắng)",
        r"lãng\s+phí",
        r"đình\s+trệ",
        r"không\s+được\s+(?:dọn|làm|xử\s+lý|hoàn\s+thành)",
    ),
    cause_marks=(
        r"(?<!lỗi\s)vì(?!\s+(?:vậy|thế))",
        r"bởi(?:\s+vì)?",
        r"tại(?:\s+vì)?",
        r"(?<!lỗi\s)(?<!lý\s)(?<!tự\s)do(?!\s+đó)",
        r"(?:kể\s+)?từ\s+(?:khi|lúc)",
        r"bắt\s+nguồn\s+từ",
        r"xuất\s+phát\s+từ",
    ),
    effect_marks=(
        r"nên",
        r"khiến(?:\s+cho)?",
        r"làm\s+cho",
        r"dẫn\s+(?:đến|tới)",
        r"gây\s+ra",
        r"vì\s+(?:vậy|thế)",
        r"do\s+đó",
        r"cho\s+nên",
        r"thành\s+ra",
    ),
    readers_side=(_VI_SIDE_CAUSE, _VI_YOU),
    attacks=(
        *VI.attacks,
        _within(
            r"lần\s+sau|(?:lần|dự\s+án|đối\s+tác)\s+(?:\w+\s+){0,2}?(?:sau|tới)|sau\s+này|về\s+sau",
            rf"(?:{_VI_YOU})\s+(?:nên|cần|phải)\s+(?:nhớ|lưu\s+ý|rút\s+kinh\s+nghiệm|học)"
            r"|bài\s+học|rút\s+kinh\s+nghiệm|xin\s+lưu\s+ý",
            gap=6,
        ),
        rf"(?:{_VI_YOU})\s+nên\s+nhớ",
    ),
    reason_openers=(
        r"(?<!lỗi\s)vì(?!\s+(?:vậy|thế))",
        r"bởi(?:\s+vì)?",
        r"tại(?:\s+vì)?",
        r"^do",
        r"^(?:với|giữa)",
    ),
    parting=(
        *VI.parting,
        r"(?:trao|giao|chuyển|nhường)\s+(?:lại\s+)?(?:\w+\s+){0,4}?cho\s+(?:một\s+)?(?:\w+\s+)?"
        r"(?:đội|đơn\s+vị|bên|công\s+ty|người|nhà\s+cung\s+cấp)\s+(?:\w+\s+)?khác",
        r"(?:lần|buổi|đợt|chuyến)\s+(?:\w+\s+){0,2}?cuối\s+(?:cùng\s+)?(?:\w+\s+){0,3}?(?:tại|ở|cho"
        r"|với)\s+(?:\w+\s+){0,2}?" + _VI_YOU,
    ),
)
_SL_BLAMED = SL_READER.replace(r"si|", "")
SL = replace(
    SL,
    reason_joiners=r"in\s+(?:ker|zaradi)|in|pa\s+še|ter|poleg\s+tega|kot\s+tudi",
    harms=(
        r"zamud\w*",
        r"zamuj\w*",
        r"zamujen\w*",
        r"pozneje",
        r"prepozn\w*",
        r"zamik\w*",
        r"zamakn\w*",
        r"(?:preseg|prekorač)\w*\s+(?:\w+\s+)?(?:proračun|rok|predračun)\w*",
        r"vikend\w*",
        r"nadur\w*",
        r"ponoč\w*",
        r"zaklenjen\w*",
        r"znova",
        r"ponovno",
        r"od\s+začetka",
        r"izgub\w*",
        r"neopravljen\w*",
        r"neočiščen\w*",
        r"ostal\w*\s+(?:brez|ne\w+)",
    ),
    cause_marks=(
        r"ker",
        r"zaradi",
        r"saj",
        r"kajti",
        r"odkar",
        r"(?:izvira|izvirajo|izhaja|izhajajo|izhajal\w*|izviral\w*)\s+iz",
        r"po\s+zaslugi",
    ),
    effect_marks=(
        r"zato",
        r"zaradi\s+tega",
        r"tako\s+da",
        r"posledično",
        r"povzroči\w*",
        r"privedl\w*\s+do",
        r"pripeljal\w*\s+do",
        r"vodil\w*\s+do",
    ),
    readers_side=(_SL_BLAMED, SL_SIDE),
    attacks=(
        *SL.attacks,
        _within(
            r"za\s+naprej|v\s+prihodnje|naslednjič|prihodnjič|pri\s+naslednj\w+",
            r"(?:svetuje|priporoča)\w*,?\s+da|ne\s+pozabite|zapomnite|upoštevajte|naj\s+vam"
            r"|bi\s+(?:morali|bilo\s+(?:dobro|pametno|modro))|lekcij\w*|poduk\w*",
            gap=6,
        ),
        r"nihče\s+ne\s+more\s+(?:\w+\s+){0,4}?(?:če|dokler)",
    ),
    reason_openers=(
        r"ker",
        r"zaradi",
        r"saj",
        r"kajti",
        r"glede\s+na\s+to,?\s+da",
        r"^(?:z|s|ob|med)",
    ),
    topics=_more_topics(SL, money=(r"cen(?:ah|am|ami|o)?",)),
    parting=(
        *SL.parting,
        r"(?:preda|preda\w+|prepust\w*|izroč\w*)\s+(?:\w+\s+){0,3}?drug\w*\s+(?:ekip|podjet|izvajal"
        r"|ponudnik|agencij|vrtnar|serviser|pisarn)\w*",
        # your thing that we end: "Vzdrževanje vaše opreme bomo končali 30. junija"
        r"(?:vaš|tvoj)\w*\s+(?:\w+\s+){0,3}?(?:bomo|smo)\s+(?:\w+\s+){0,2}?(?:končal|zaključil"
        r"|prekinil|prenehal|ustavil)\w*",
        r"(?:bomo|smo)\s+(?:\w+\s+){0,2}?(?:končal|zaključil|prekinil|prenehal|ustavil)\w*\s+"
        r"(?:\w+\s+){0,2}?(?:vaš|tvoj)\w*",
        r"zadnj\w+\s+(?:[\w-]+\s+){0,3}?(?:za\s+vas|pri\s+vas|z\s+vami)",
        r"(?:naš|moj)\w*\s+zadnj\w+\s+\w+\s+(?:bo|bodo|je\s+(?:predviden|načrtovan|določen))\w*",
        r"(?:bo|bodo)\s+(?:naš|moj)\w*\s+zadnj\w+",
        r"zadnjič\s+(?:\w+\s+){0,2}?(?:pri\s+vas|za\s+vas|z\s+vami)",
    ),
    alternatives=(
        *SL.alternatives,
        r"(?:predlaga|priporoči|priporoča|navede)\w*\s+(?:nekaj|dve|tri|nekatere)",
        r"(?:jih|vam\s+jih)\s+(?:\w+\s+)?(?:nekaj|par)\s+(?:predlagamo|priporočimo|navedemo)",
    ),
)


# Seventh round, second pass: the same structures in more of their forms. A cause repeated
# ("each time the brief changed, we started again"); an effect on us ("which left us
# waiting", "nous a obligés à", "buộc chúng tôi", "zaradi česar smo morali"); waiting and
# chasing as a harm; a lesson introduced by a hope or a duty ("in future, please make sure
# …"); "not only … but also" joining two reasons, and "as"/"comme" opening a cause; the
# baton passed, the chapter closed, moving on.
EN = replace(
    EN,
    cause_marks=(*EN.cause_marks, r"(?:each|every)\s+time", r"whenever"),
    effect_marks=(
        *EN.effect_marks,
        r"(?:had|kept|left|leaving|having)\s+us",
        r"we\s+(?:had|were\s+forced|were\s+obliged)\s+to",
    ),
    harms=(*EN.harms, r"wait(?:ed|ing)", r"chas(?:ed|ing)", r"start(?:ed)?\s+(?:over|again)"),
    attacks=(
        *EN.attacks,
        _within(
            r"(?:for|in|with)\s+(?:the\s+)?(?:future|your\s+next|next\s+time|your\s+future)"
            r"|going\s+forward|next\s+time",
            r"(?:please\s+)?make\s+sure|please\s+ensure|ensure\s+that|it\s+is\s+(?:important"
            r"|essential|vital|crucial)|we\s+(?:hope|trust)\s+(?:that\s+)?you|you\s+(?:will\s+)?need"
            r"\s+to",
            gap=6,
        ),
    ),
    reason_joiners=EN.reason_joiners + r"|but\s+also",
    reason_openers=(
        *EN.reason_openers,
        r"(?<!such\s)(?<!as\s)(?<!well\s)as(?=\s+(?:our|we|the|my|i)\s)",
    ),
    parting=(
        *EN.parting,
        r"pass\w*\s+(?:on\s+)?the\s+(?:baton|torch)",
        r"clos\w*\s+(?:this|the|our)\s+chapter",
        r"(?:this|the|our)\s+chapter\s+(?:\w+\s+){0,2}?(?:ends|closes|comes\s+to\s+an\s+end)",
        r"(?:we|i)(?:'re|\s+are|'ll\s+be|\s+will\s+be|\s+am|'m)\s+moving\s+on",
        r"part\w*\s+company",
    ),
)
FR = replace(
    FR,
    cause_marks=(*FR.cause_marks, r"(?:à\s+)?chaque\s+fois\s+qu(?:e|')"),
    effect_marks=(
        *FR.effect_marks,
        r"nous\s+(?:a|ont|avait|avaient)\s+(?:obligés?|contraints?|forcés?|fait)",
        r"(?:nous\s+)?(?:avons|avions)\s+dû",
    ),
    harms=(*FR.harms, r"attend\w*", r"relanc\w*", r"tout\s+recommencer"),
    attacks=(
        *FR.attacks,
        _within(
            r"(?:pour|à)\s+l'avenir|pour\s+la\s+suite|(?:la|une)\s+prochaine\s+fois",
            r"veuillez\s+veiller|assurez-vous|il\s+(?:est|sera)\s+(?:important|essentiel|indispensable)"
            r"|nous\s+(?:espérons|souhaitons)\s+que\s+vous|il\s+vous\s+faudra",
            gap=6,
        ),
    ),
    reason_joiners=FR.reason_joiners + r"|mais\s+(?:aussi|également)",
    reason_openers=(*FR.reason_openers, r"^comme"),
    parting=(
        *FR.parting,
        r"pass\w*\s+le\s+(?:relais|flambeau|témoin)",
        r"(?:nos|leurs)\s+chemins\s+se\s+sépar\w*",
        r"(?:mettre|mettons|mettrons|met)\s+un\s+point\s+final",
        r"prend\w*\s+congé",
        r"(?:clore|clôturer|fermer|refermer)\s+(?:ce|cet|le)\s+chapitre",
    ),
)
VI = replace(
    VI,
    cause_marks=(*VI.cause_marks, r"mỗi\s+(?:lần|khi)", r"hễ"),
    effect_marks=(
        *VI.effect_marks,
        r"(?:buộc|bắt|khiến)\s+(?:chúng\s+tôi|đội|nhân\s+viên)",
        r"chúng\s+tôi\s+(?:đã\s+)?phải",
    ),
    harms=(
        *VI.harms,
        r"chờ\s+(?:đợi|mãi|hàng)",
        r"nhắc\s+(?:\w+\s+)?(?:nhiều|mãi|lại)",
        r"làm\s+lại\s+từ\s+đầu",
    ),
    attacks=(
        *VI.attacks,
        _within(
            r"lần\s+sau|sau\s+này|về\s+sau|trong\s+tương\s+lai",
            rf"(?:mong|hy\s+vọng|hi\s+vọng)\s+(?:{_VI_YOU})|(?:{_VI_YOU})\s+cần\s+(?:phải\s+)?"
            r"(?:đảm\s+bảo|nhớ|chú\s+ý)|điều\s+quan\s+trọng\s+là",
            gap=6,
        ),
    ),
    reason_joiners=VI.reason_joiners + r"|mà\s+còn",
    parting=(
        *VI.parting,
        r"chuyển\s+giao\s+(?:lại\s+)?(?:\w+\s+){0,4}?cho\s+(?:một\s+)?(?:\w+\s+)?(?:đội|đơn\s+vị|bên"
        r"|công\s+ty|người|nhà\s+cung\s+cấp)",
        r"khép\s+lại\s+(?:\w+\s+){0,2}?(?:chặng\s+đường|hành\s+trình)",
        r"(?:chặng\s+đường|hành\s+trình)\s+(?:\w+\s+){0,4}?(?:khép\s+lại|kết\s+thúc|dừng\s+lại)",
        r"xin\s+phép\s+(?:được\s+)?dừng",
    ),
)
SL = replace(
    SL,
    cause_marks=(*SL.cause_marks, r"vsakič,?\s+ko", r"vsakokrat,?\s+ko", r"kadar\s+koli"),
    effect_marks=(
        *SL.effect_marks,
        r"zaradi\s+česar",
        r"(?:smo|so)\s+(?:\w+\s+)?morali",
        r"so\s+nas\s+prisili\w*",
    ),
    harms=(*SL.harms, r"čakal\w*", r"čakanj\w*", r"opominjal\w*", r"urgiral\w*"),
    attacks=(
        *SL.attacks,
        _within(
            r"za\s+naprej|v\s+prihodnje|naslednjič|prihodnjič",
            r"upamo,?\s+da\s+boste|poskrbite|pomembno\s+je,?\s+da|morali\s+boste",
            gap=6,
        ),
    ),
    reason_joiners=SL.reason_joiners + r"|(?:ampak|temveč|pač\s+pa)\s+tudi",
    parting=(
        *SL.parting,
        r"preda\w*\s+štafet\w*",
        r"(?:zaključ|zapr|sklen)\w*\s+(?:to\s+|naše\s+)?poglavje",
        r"naše\s+poti\s+se\s+(?:razhajajo|ločijo)",
        r"razhajamo",
    ),
)


# Seventh round, third pass (after batch 9's first read): advice given to the reader about
# their next provider in either order ("one piece of advice for whoever you work with
# next", "un conseil pour votre prochain photographe", "lời khuyên cho lần … tiếp theo",
# "nasvet za vašega naslednjega fotografa"); a deadline missed as a harm ("after the agreed
# cut-off"); "that"/"que"/"da" repeating a cause after "and"; a work brought to a close or
# given up; the reader's need of a new provider as a farewell ("your vehicles will need a
# new home"). An apology in the sentence owns the harm it names (checker._blamed_causes).
EN = replace(
    EN,
    burdens=(
        r"weekends?",
        r"overtime",
        r"(?:late\s+)?(?:evenings|nights)",
        r"called\s+out",
        r"locked\s+out",
        r"rework\w*",
        r"redo\w*",
        r"rebook\w*",
        r"from\s+scratch",
        r"wasted?",
        r"wait(?:ed|ing)",
        r"chas(?:ed|ing)",
        r"start(?:ed)?\s+(?:over|again)",
        r"extra\s+(?:hours|rounds|costs?|work|days)",
        r"unpaid\s+hours",
    ),
    apologies=(r"sorry", r"apologi[sz]\w*", r"our\s+(?:own\s+)?(?:mistake|fault|error)"),
    harms=(*EN.harms, r"after\s+(?:the\s+)?(?:agreed\s+)?(?:deadline|cut-?off|due\s+date)"),
    attacks=(
        *EN.attacks,
        _within(
            r"(?:piece|word|bit)\s+of\s+advice|(?:one|a|some|our)\s+(?:tip|advice|suggestion)",
            r"(?:your|the)\s+next|whoever\s+you|(?:in\s+)?(?:the\s+)?future|next\s+time",
            gap=4,
        ),
        r"(?:(?:piece|word)\s+of\s+)?advice\s*:",
    ),
    reason_joiners=r"and\s+that|" + EN.reason_joiners,
    parting=(
        *EN.parting,
        r"bring\w*\s+(?:[\w']+\s+){0,6}?to\s+(?:a\s+close|an\s+end)",
        r"(?:will|'ll)\s+need\s+(?:to\s+find\s+)?(?:a\s+)?(?:new|another|different)\s+\w+",
    ),
)
FR = replace(
    FR,
    burdens=(
        r"week-ends?",
        r"heures\s+supplémentaires",
        r"(?:le\s+)?soir",
        r"nuits?",
        r"porte\s+close",
        r"refaire|refait\w*|recommenc\w*",
        r"renégoci\w*",
        r"gaspill\w*",
        r"attend\w*",
        r"relanc\w*",
    ),
    apologies=(
        r"désolée?s?",
        r"(?:nous\s+)?(?:excus|pardonn)\w*",
        r"notre\s+(?:erreur|faute)",
        r"l\'erreur\s+vient\s+de\s+nous",
    ),
    harms=(*FR.harms, r"après\s+(?:la\s+)?(?:date\s+limite|échéance)"),
    attacks=(
        *FR.attacks,
        _within(
            r"(?:un|mon|notre|quelques|petit)\s+conseils?",
            r"(?:votre|vos|ton|tes)\s+(?:prochain\w*|futur\w*|nouve\w+)|(?:à|pour)\s+l'avenir"
            r"|la\s+prochaine\s+fois|pour\s+la\s+suite",
            gap=4,
        ),
        r"conseils?\s*:",
    ),
    parting=(
        *FR.parting,
        r"devr\w*\s+(?:trouver|chercher)\s+(?:un|une)\s+(?:autre|nouvel\w*|nouveau|nouvelle)",
    ),
)
VI = replace(
    VI,
    burdens=(
        r"cuối\s+tuần",
        r"ngoài\s+giờ",
        r"làm\s+thêm",
        r"tăng\s+ca",
        r"(?:bị\s+)?khóa\s+(?:ngoài|cửa)",
        r"làm\s+lại",
        r"(?:đặt|sắp\s+xếp)\s+lại",
        r"mất\s+(?:thêm|trắng|gần\s+hết)",
        r"lãng\s+phí",
        r"chờ\s+(?:đợi|mãi|hàng)",
    ),
    apologies=(r"xin\s+lỗi", r"lỗi\s+(?:là\s+)?(?:của|ở|do)\s+(?:chúng\s+tôi|tôi)", r"rất\s+tiếc"),
    harms=(*VI.harms, r"sau\s+(?:\w+\s+)?hạn\s+(?:chót|cuối)", r"quá\s+hạn"),
    attacks=(
        *VI.attacks,
        _within(
            r"lời\s+khuyên|góp\s+ý\s+(?:nhỏ|thêm)",
            r"tiếp\s+theo|lần\s+sau|sau\s+này|sắp\s+tới|mới",
            gap=8,
        ),
    ),
    reason_joiners=r"lại\s+thêm|thêm\s+nữa|ngoài\s+ra|" + VI.reason_joiners,
    parting=(
        *VI.parting,
        r"sẽ\s+cần\s+(?:tìm\s+)?(?:một\s+)?(?:\w+\s+){0,2}?(?:mới|khác)",
    ),
)
SL = replace(
    SL,
    burdens=(
        r"vikend\w*",
        r"nadur\w*",
        r"ponoč\w*",
        r"zaklenjen\w*",
        r"znova",
        r"ponovn\w*",
        r"od\s+začetka",
        r"čakal\w*",
        r"čakanj\w*",
        r"opominjal\w*",
        r"urgiral\w*",
    ),
    apologies=(r"opraviču\w*", r"oprost\w*", r"žal\s+nam\s+je", r"naša\s+(?:napaka|krivda)"),
    harms=(*SL.harms, r"po\s+(?:dogovorjenem\s+|skrajnem\s+)?roku"),
    attacks=(
        *SL.attacks,
        _within(
            r"nasvet\w*",
            r"(?:vaš|tvoj)\w*\s+(?:naslednj|nov|prihodnj)\w*|v\s+prihodnje|naslednjič|za\s+naprej",
            gap=4,
        ),
        r"nasvet\w*\s*:",
    ),
    reason_joiners=r"in\s+da|" + SL.reason_joiners,
    parting=(
        *SL.parting,
        r"(?:bomo|smo)\s+(?:\S+\s+){0,4}?(?:končal|zaključil|prekinil|prenehal|ustavil|opustil)\w*"
        r"\s+(?:\w+\s+){0,2}?(?:vaš|tvoj)\w*",
        r"(?:vaš|tvoj)\w*\s+(?:\w+\s+){0,4}?(?:bomo|smo)\s+(?:\S+\s+){0,3}?(?:opustil)\w*",
        r"bo\w*\s+potreboval\w*\s+(?:\w+\s+)?(?:nov|drug)\w*",
        r"(?:bomo|smo)\s+(?:\S+\s+){0,3}?(?:vaš|tvoj)\w*\s+(?:\S+\s+){0,3}?(?:opustil|končal|zaključil"
        r"|prekinil|prenehal|ustavil)\w*",
    ),
)


# Eighth round (issue #13): structure in any shape, read by checker.py rather than listed as
# phrasings. A farewell is any ending verb with an end date in its sentence ("we will
# therefore finish our maintenance on 31 August", "Zato bomo vzdrževanje končali 31.
# avgusta"). Blame as cause and effect is a shortfall that is not ours (something missing,
# never done, late) handed on by "so" / "which" / "si bien que" / "nên" / "zato" to an effort
# or a loss of ours ("so our bookkeepers rebuilt each ledger by hand"). A closed door is a
# refusal or a futility just before any way of reaching us ("no point in writing", "told not
# to answer", "không cần … gọi điện", "nima smisla pisati"), or messages that will be
# deleted or left unread. Several reasons are also three reasons in three sentences, or a
# second one added with "also" ("aussi", "cũng", "tudi"), or "for these reasons".
_EN_CONTACT_NOUNS = r"calls?|e-?mails?|messages?|letters?|requests?|enquir\w+|inquir\w+"
EN = replace(
    EN,
    ending_verbs=(
        r"end(?:s|ed|ing)?",
        r"finish\w*",
        r"stop(?:s|ped|ping)?",
        r"ceas\w*",
        r"terminat\w*",
        r"conclud\w*",
        r"discontinu\w*",
        r"(?:wind|winding|wound|wrap\w*)\s+(?:up|down)",
    ),
    shortfalls=(
        r"without",
        r"never",
        r"not",
        r"n't",
        r"no",
        r"missing",
        r"incomplete",
        r"late(?:r)?",
        r"again",
        r"(?:each|every)\s+time",
    ),
    consequences=(
        r"so(?=\s+(?:our|we|i|my|us|that)\b)",
        r"which",
        r"(?:and\s+)?(?:this|that|it)\s+(?:meant|cost|left|forced|made)",
        r"therefore",
        r"as\s+a\s+result",
        r"leaving",
        r"meaning",
    ),
    losses=(
        r"had\s+to",
        r"have\s+(?:had\s+)?to",
        r"(?:were|was)\s+(?:forced|obliged)",
        r"los[ts]",
        r"cost",
        r"spen[dt]\w*",
        r"by\s+hand",
        r"twice",
        r"again",
        r"from\s+scratch",
        r"extra",
        r"re-?(?:built|did|done|wrote|written|typed|entered|checked|made|shot|printed|booked"
        r"|scheduled|started)",
    ),
    contact_acts=(
        r"contact\w*",
        r"call(?:s|ed|ing)?",
        r"phon\w*",
        r"ring\w*",
        r"e-?mail\w*",
        r"writ(?:e|ing)(?!\s+(?:up|the|a|an|your|our)\b)",
        r"messag\w*",
        r"answer\w*",
        r"repl\w*",
        r"respond\w*",
        r"get\w*\s+in\s+touch",
        r"reach\w*\s+(?:out|us|me)",
        r"letters?",
    ),
    refusals=(
        r"not",
        r"n't",
        r"never",
        r"no\s+longer",
        r"no\s+(?:point|need|use)",
        r"pointless",
        r"nobody",
        r"no\s+one",
        r"refrain\s+from",
    ),
    not_refusals=(r"hesitat\w*", r"if", r"unless", r"whether", r"forget", r"fail"),
    discards=(
        rf"(?:{_EN_CONTACT_NOUNS})[\s,]+(?:[\w,']+\s+){{0,8}}?(?:deleted|ignored|discarded|unread"
        rf"|unanswered|binned)",
    ),
    additions=(
        r"also",
        r"as\s+well",
        r"in\s+addition",
        r"besides",
        r"on\s+top\s+of",
        r"^and",
        r"^plus",
    ),
    added_reasons=(*EN.added_reasons, r"for\s+(?:all\s+)?(?:these|those|the\s+above)\s+reasons"),
    exonerations=(r"not\s+(?:\w+\s+){0,3}?(?:your|you)",),
    announcements=(r"decision", r"decided?"),
    thanks=(*EN.thanks, r"(?:i|we)\s+(?:have\s+)?(?:very\s+much\s+|truly\s+|greatly\s+)?enjoyed"),
    next_steps=(*EN.next_steps, r"if\s+you\s+(?:would\s+)?(?:like|wish|prefer)"),
    attacks=(
        *EN.attacks,
        # a maxim on how providers work best, aimed at the reader
        r"(?:any|every)\s+\w+\s+(?:[\w']+\s+){0,6}?(?:better|best)\s+(?:[\w']+\s+){0,5}?"
        r"(?:when|once|if)",
    ),
)
_FR_CONTACT_NOUNS = r"appels?|courriels?|e-?mails?|messages?|courriers?|lettres?|demandes?"
FR = replace(
    FR,
    ending_verbs=(
        r"termin\w*",
        r"arrêt\w*",
        r"cess\w*",
        r"achev\w*",
        r"(?:mett\w*|mis\w*|prend\w*|pris\w*)\s+fin",
        r"clôtur\w*",
        r"interromp\w*",
    ),
    shortfalls=(
        r"sans",
        r"jamais",
        r"ne",
        r"n'",
        r"pas",
        r"manqu\w*",
        r"incomplet\w*",
        r"en\s+retard",
        r"tard",
        r"encore",
        r"(?:à\s+)?chaque\s+fois",
    ),
    consequences=(
        r"si\s+bien\s+qu(?:e|')",
        r"de\s+sorte\s+qu(?:e|')",
        r"ce\s+qui",
        r"donc",
        r"alors",
        r"du\s+coup",
        r"par\s+conséquent",
        r"résultat",
        r"obligeant",
    ),
    losses=(
        r"(?:avons|ont|a|avaient|avait)\s+dû",
        r"obligé\w*",
        r"contraint\w*",
        r"perdu\w*",
        r"coûté",
        r"pass(?:é|er)\w*\s+(?:nos|des|nos\s+\w+)",
        r"à\s+la\s+main",
        r"deux\s+fois",
        r"(?:à|de)\s+nouveau",
        r"refai\w*|refi\w*|reconstitu\w*|ressais\w*|recommenc\w*|repris\w*",
        r"supplémentaires?",
    ),
    contact_acts=(
        r"appel\w*",
        r"téléphon\w*",
        r"écri(?:re|vez|vent)",
        r"courri\w*",
        r"e-?mails?",
        r"messages?",
        r"contact\w*",
        r"joindre",
        r"répond\w*",
        r"réponses?",
        r"lettres?",
        r"relanc\w*",
        r"sollicit\w*",
    ),
    refusals=(
        r"ne",
        r"n'",
        r"jamais",
        r"inutile",
        r"nul\s+besoin",
        r"pas\s+la\s+peine",
        r"personne",
        r"aucun\w*",
        r"abstenez",
        r"s'abstenir",
    ),
    not_refusals=(r"hésit\w*", r"manqu\w*", r"oubli\w*", r"si", r"s'il", r"sauf", r"à\s+moins"),
    discards=(
        rf"(?:{_FR_CONTACT_NOUNS})[\s,]+(?:[\w,']+\s+){{0,8}}?(?:supprimé\w*|ignoré\w*|détruit\w*"
        rf"|sans\s+(?:être\s+)?(?:lu\w*|réponse|suite)|non\s+lu\w*)",
    ),
    additions=(
        r"aussi",
        r"également",
        r"en\s+outre",
        r"en\s+plus",
        r"^et",
        r"de\s+même",
    ),
    added_reasons=(*FR.added_reasons, r"pour\s+(?:toutes\s+)?(?:ces|les\s+raisons)\s+raisons?"),
    exonerations=(r"(?:pas|rien)\s+(?:\w+\s+){0,3}?(?:votre|vous|de\s+votre)",),
    announcements=(r"décision", r"décid\w*"),
    thanks=(*FR.thanks, r"(?:c'est\s+)?avec\s+plaisir\s+que\s+(?:nous\s+avons|j'ai)"),
    next_steps=(
        *FR.next_steps,
        r"si\s+vous\s+le\s+(?:souhaitez|désirez|voulez)",
        r"si\s+(?:vous\s+)?(?:le\s+)?(?:souhaitez|désirez)",
    ),
    attacks=(
        *FR.attacks,
        r"(?:tout|toute|chaque)\s+\w+\s+(?:[\w']+\s+){0,6}?(?:mieux|meilleur\w*)\s+(?:[\w']+\s+)"
        r"{0,5}?(?:quand|lorsqu\w*|dès\s+qu\w*|si)",
    ),
)
VI = replace(
    VI,
    ending_verbs=(
        r"kết\s+thúc",
        r"chấm\s+dứt",
        r"ngừng",
        r"dừng(?:\s+lại)?",
        r"thôi",
        r"khép\s+lại",
    ),
    shortfalls=(
        r"thiếu",
        r"không",
        r"chưa",
        r"chẳng",
        r"chậm",
        r"trễ",
        r"muộn",
        r"quá\s+hạn",
        r"mãi",
        r"lần\s+nào\s+cũng",
        r"mỗi\s+lần",
    ),
    consequences=(
        r"nên",
        r"khiến",
        r"thành\s+ra",
        r"dẫn\s+đến",
        r"vì\s+vậy",
        r"vì\s+thế",
        r"do\s+đó",
        r"cho\s+nên",
        r"làm\s+cho",
        r"buộc",
    ),
    losses=(
        r"phải",
        r"mất",
        r"tốn",
        r"bằng\s+tay",
        r"hai\s+lần",
        r"lại\s+từ\s+đầu",
        r"làm\s+lại",
        r"dựng\s+lại",
        r"thêm\s+giờ",
        r"lùi",
    ),
    contact_acts=(
        r"gọi(?:\s+điện)?",
        r"điện\s+thoại",
        r"viết\s+(?:thư|email|cho)",
        r"nhắn(?:\s+tin)?",
        r"liên\s+(?:hệ|lạc)",
        r"trả\s+lời",
        r"phản\s+hồi",
        r"hồi\s+âm",
        r"thư(?:\s+từ)?",
        r"email",
        r"cuộc\s+gọi",
    ),
    refusals=(
        r"không(?:\s+cần)?",
        r"chẳng",
        r"đừng",
        r"vô\s+ích",
        r"không\s+ai",
        r"không\s+tiếp\s+nhận",
    ),
    not_refusals=(r"ngần\s+ngại", r"ngại", r"quên", r"nếu", r"phải"),
    discards=(
        r"(?:cuộc\s+gọi|thư|email|tin\s+nhắn|yêu\s+cầu)[\s,]+(?:[\w,]+\s+){0,10}?(?:bị\s+xóa|xóa"
        r"|bỏ\s+qua|không\s+(?:được\s+)?(?:đọc|trả\s+lời|xử\s+lý))",
    ),
    additions=(
        r"cũng",
        r"thêm\s+nữa",
        r"ngoài\s+ra",
        r"hơn\s+nữa",
        r"^và",
        r"^lại",
    ),
    added_reasons=(
        *VI.added_reasons,
        r"(?:vì|bởi|do|với)\s+(?:tất\s+cả\s+)?(?:những|các)\s+lý\s+do\s+(?:đó|này|trên)",
    ),
    exonerations=(r"không\s+phải\s+(?:\w+\s+){0,3}?(?:do|tại|vì|ở|lỗi)",),
    announcements=(r"quyết\s+định",),
    next_steps=(
        *VI.next_steps,
        rf"nếu\s+(?:{VI_READER})\s+(?:muốn|cần|đồng\s+ý|thấy\s+tiện)",
    ),
    attacks=(
        *VI.attacks,
        _within(
            r"góp\s+ý|lời\s+khuyên|khuyên",
            r"tiếp\s+theo|lần\s+sau|sau\s+này|về\s+sau|tương\s+lai|sắp\s+tới",
            gap=8,
        ),
        r"\w+\s+nào\s+cũng\s+(?:\w+\s+){0,6}?(?:tốt\s+hơn|hiệu\s+quả\s+hơn)\s+(?:\w+\s+){0,3}?"
        r"(?:khi|nếu)",
    ),
)
_SL_CONTACT_NOUNS = r"klic\w*|sporočil\w*|e-?pošt\w*|e-?mail\w*|pism\w*|pisem|zahtev\w*|prošenj\w*"
SL = replace(
    SL,
    ending_verbs=(
        r"konča\w*",
        r"končal\w*",
        r"prenehal\w*|prenehamo|preneha",
        r"prekin\w*",
        r"zaključ\w*",
        r"ustavi\w*",
        r"izteče|iztekla|izteka",
    ),
    shortfalls=(
        r"brez",
        r"nikoli",
        r"ni",
        r"niso",
        r"ne",
        r"manjk\w*",
        r"prepozn\w*",
        r"zamud\w*",
        r"vedno",
        r"spet",
        r"vsakič",
    ),
    consequences=(
        r"zato",
        r"tako\s+da",
        r"kar",
        r"zaradi\s+česar",
        r"posledično",
        r"s\s+tem",
    ),
    losses=(
        r"moral\w*",
        r"izgubi\w*",
        r"stal[aoi]?",
        r"porabi\w*",
        r"ročno",
        r"dvakrat",
        r"znova",
        r"ponovno",
        r"od\s+začetka",
        r"dodatn\w*",
        r"potisnil\w*",
    ),
    contact_acts=(
        r"pisa\w*|pisat\w*|pišite|pišete|pismo|pisma|pisem",
        r"klic\w*|klica\w*|kliče\w*|kličite|pokli\w*",
        r"telefon\w*",
        r"odgovor\w*|odgovarj\w*|odgovori\w*",
        r"sporoč\w*",
        r"kontaktira\w*",
        r"e-?pošt\w*|e-?mail\w*",
    ),
    refusals=(
        r"ne",
        r"nikoli",
        r"nima\s+smisla",
        r"ni\s+(?:treba|potrebno|smiselno)",
        r"nihče",
        r"nobe\w*",
    ),
    not_refusals=(r"oklev\w*", r"pozab\w*", r"če", r"razen", r"dokler"),
    discards=(
        rf"(?:{_SL_CONTACT_NOUNS})[\s,]+(?:[\w,]+\s+){{0,8}}?(?:bomo\s+)?(?:neprebran\w*|izbris\w*"
        rf"|ignorira\w*|brez\s+odgovora|neodgovorjen\w*)",
    ),
    additions=(r"tudi", r"prav\s+tako", r"poleg", r"povrh\w*", r"^in"),
    added_reasons=(*SL.added_reasons, r"iz\s+(?:vseh\s+)?(?:teh|navedenih)\s+razlogov"),
    exonerations=(r"ne\s+(?:\w+\s+)?(?:vaš\w*|vi|vas)",),
    announcements=(r"odločitev\w*", r"odloči\w*"),
    thanks=(
        *SL.thanks,
        r"z\s+veseljem\s+(?:sem|smo)",
        r"(?:sem|smo)\s+(?:\w+\s+){0,2}?z\s+veseljem\s+\w+l[aoi]?",
    ),
    next_steps=(*SL.next_steps, r"če\s+(?:želite|boste\s+želeli|vam\s+ustreza|vam\s+je\s+prav)"),
    attacks=(
        *SL.attacks,
        r"vsak\w*\s+\w+\s+(?:\w+\s+){0,6}?(?:bolje|najbolje|boljš\w*)\s*,?\s+(?:\w+\s+){0,3}?"
        r"(?:ko|če)",
    ),
)


# Eighth round, second pass: blame said as our efforts that came to nothing — a concession
# after our reminders or requests ("despite our three reminders", "malgré nos relances",
# "mặc dù chúng tôi đã nhắc", "kljub našim opominom") — and the reader leaving us no choice.
_EN_REMINDED = (
    r"(?:despite|in\s+spite\s+of|even\s+though|although)\s+(?:[\w']+\s+){0,4}?(?:reminders?"
    r"|requests?|warnings?|chasers?|asked|requested|reminded|chased|warned)"
)
_FR_REMINDED = (
    r"(?:malgré|en\s+dépit\s+d\w*|bien\s+que|alors\s+que)\s+(?:[\w']+\s+){0,4}?(?:relances?"
    r"|rappels?|demandes?|avertissements?|demandé|relancé|rappelé|prévenu|averti)"
)
_VI_REMINDED = (
    r"(?:dù|mặc\s+dù|bất\s+chấp|tuy)\s+(?:\w+\s+){0,5}?(?:nhắc|yêu\s+cầu|đề\s+nghị"
    r"|cảnh\s+báo|báo\s+trước)"
)
_SL_REMINDED = (
    r"(?:kljub|čeprav|četudi)\s+(?:\w+\s+){0,4}?(?:opomin\w*|prošnj\w*|zahtev\w*|opozoril\w*"
    r"|opozarjal\w*|prosili|opomnili|urgenc\w*|urgiral\w*)"
)
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        _EN_REMINDED,
        r"(?:left|leave|leaves|leaving|gave|give|gives)\s+us\s+(?:with\s+)?(?:no|little)\s+"
        r"(?:other\s+)?(?:choice|option|alternative)",
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _FR_REMINDED,
        r"ne\s+nous\s+(?:laiss\w*|donn\w*|a\s+laissé|avez\s+laissé)\s+(?:pas|plus|guère|aucun)"
        r"\s+(?:d'autre\s+)?(?:le\s+)?choix",
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _VI_REMINDED,
        r"không\s+(?:để|cho)\s+chúng\s+tôi\s+(?:có\s+)?(?:lựa\s+chọn|cách)\s+nào\s+khác",
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _SL_REMINDED,
        r"(?:niste|ne)\s+(?:nam\s+)?(?:pustili|dali|pustite|date)\s+(?:nam\s+)?(?:druge\s+)?"
        r"(?:izbire|možnosti)",
    ),
)

# Eighth round, third pass (after batch 12's first read, which it is tuned on since): reasons
# announced by their count ("there are two reasons", "deux raisons", "hai lý do", "dva
# razloga"); a night or a weekend given up as our effort; a phone not picked up as a way of
# reaching us refused ("will no longer pick up when your number calls", "ne décrochera plus",
# "không bắt máy", "ne bomo več dvigovali slušalke"); a meeting proposed in Slovenian as "Bi
# se lahko srečali…?".
EN = replace(
    EN,
    added_reasons=(
        *EN.added_reasons,
        r"(?:two|three|four|a\s+couple\s+of)\s+(?:main\s+|separate\s+|different\s+)?reasons",
    ),
    losses=(*EN.losses, r"overnight", r"at\s+night", r"(?:at|over|on)\s+(?:the\s+)?weekends?"),
    contact_acts=(
        *EN.contact_acts,
        r"pick\w*\s+up\s+(?:the\s+)?(?:phone|when|your\s+calls?)",
        r"take\w*\s+(?:your\s+)?calls?",
    ),
)
FR = replace(
    FR,
    added_reasons=(*FR.added_reasons, r"(?:deux|trois|quatre)\s+(?:principales\s+)?raisons"),
    losses=(*FR.losses, r"de\s+nuit", r"la\s+nuit", r"(?:le|les|nos)\s+week-ends?"),
    contact_acts=(*FR.contact_acts, r"décroch\w*"),
)
VI = replace(
    VI,
    added_reasons=(*VI.added_reasons, r"(?:hai|ba|bốn)\s+lý\s+do"),
    losses=(*VI.losses, r"thâu\s+đêm", r"ban\s+đêm", r"cuối\s+tuần"),
    contact_acts=(*VI.contact_acts, r"bắt\s+máy", r"nghe\s+máy"),
)
SL = replace(
    SL,
    added_reasons=(*SL.added_reasons, r"(?:dva|dve|tri|štiri|dveh|treh)\s+razlog\w*"),
    losses=(*SL.losses, r"ponoči", r"čez\s+noč", r"ob\s+vikendih"),
    contact_acts=(*SL.contact_acts, r"dvig\w*\s+(?:\w+\s+)?slušalk\w*", r"oglasi\w*"),
    next_steps=(
        *SL.next_steps,
        r"bi\s+se\s+lahko\s+(?:\w+\s+){0,2}?(?:srečal|dobil|slišal|pogovoril|videl)\w*",
    ),
)

# Tone, tenth round (issue #13): two things owners write in good letters that read as blame.
# Agreeing with the reader's complaint ("You were right that our engineer arrived without the
# plans, and that cost your team half a day", "Vous avez raison : …", "Chị nói đúng: …",
# "Imate prav: …") owns the fault as an apology does, with no apology word; so does saying
# whose the fault was ("that delay was ours", "ce retard vient de chez nous", "lỗi đó là của
# chúng tôi", "zamuda je bila na naši strani"). And an abuse letter names what the reader did,
# with its day ("On 4 March you shouted at our coordinator"): conduct acts, read with a date
# by checker.names_conduct.
EN = replace(
    EN,
    apologies=(
        *EN.apologies,
        r"you\s+(?:were|are)\s+(?:quite\s+|absolutely\s+|entirely\s+|completely\s+)?right",
        r"you\s+(?:had|have)\s+a\s+(?:fair\s+|good\s+|real\s+)?point",
        r"(?:was|is|lay|lies)\s+(?:entirely\s+|all\s+|wholly\s+)?(?:ours|on\s+us)",
        r"as\s+you\s+(?:rightly\s+)?(?:said|pointed\s+out|noted)",
    ),
    conduct_acts=(
        r"shouted",
        r"yelled",
        r"screamed",
        r"swore",
        r"sworn",
        r"insulted",
        r"threatened",
        r"pushed",
        r"shoved",
        r"called\s+(?:him|her|them|us|our\s+\w+)",
        r"raised\s+(?:your|his|her|their)\s+voice",
        r"hung\s+up",
    ),
)
FR = replace(
    FR,
    apologies=(
        *FR.apologies,
        r"(?:vous\s+(?:avez|aviez)|tu\s+(?:as|avais))\s+(?:tout\s+à\s+fait\s+|entièrement\s+|bien\s+)?"
        r"raison",
        r"(?:vous\s+n'(?:avez|aviez)|tu\s+n'(?:as|avais))\s+pas\s+tort",
        r"(?:vient|venait|venaient|viennent)\s+de\s+(?:chez\s+)?nous",
        r"comme\s+(?:vous\s+(?:nous\s+)?l'avez|tu\s+(?:nous\s+)?l'as)\s+(?:dit|signalé|souligné)",
    ),
    conduct_acts=(
        r"crié",
        r"hurlé",
        r"insulté\w*",
        r"injurié\w*",
        r"menacé\w*",
        r"bousculé\w*",
        r"poussé\w*",
        r"traité\w*\s+(?:[\w'-]+\s+){0,4}?(?:de|d'\w+)",
        r"élevé\s+la\s+voix",
        r"raccroché",
    ),
)
VI = replace(
    VI,
    apologies=(
        *VI.apologies,
        r"(?:anh|chị|ông|bà|em|bạn|quý\s+khách)\s+(?:đã\s+)?nói\s+(?:rất\s+|hoàn\s+toàn\s+)?đúng",
        r"(?:anh|chị|ông|bà|bạn)\s+(?:hoàn\s+toàn\s+)?có\s+lý",
        r"như\s+(?:anh|chị|ông|bà|em|bạn)\s+(?:đã\s+)?(?:nói|phản\s+ánh|chỉ\s+ra)",
        r"(?:anh|chị|ông|bà|em|bạn)\s+(?:đã\s+)?(?:hoàn\s+toàn\s+)?đúng\s+khi",
        r"lỗi\s+(?:đó|này)\s+(?:là\s+)?(?:của|ở|do)\s+(?:chúng\s+tôi|tôi|bên\s+(?:tôi|em))",
    ),
    conduct_acts=(
        r"quát\w*",
        r"la\s+hét",
        r"chửi\w*",
        r"xúc\s+phạm",
        r"lăng\s+mạ",
        r"đe\s+dọa",
        r"xô\s+đẩy",
        r"lớn\s+tiếng",
        r"gọi\s+(?:\w+\s+){0,5}?là",
        r"dập\s+máy",
    ),
)
SL = replace(
    SL,
    apologies=(
        *SL.apologies,
        r"(?:imate|imaš|ste\s+imeli|si\s+imel[a]?)\s+(?:popolnoma\s+|povsem\s+|čisto\s+)?prav",
        r"prav\s+(?:imate|imaš|ste\s+imeli)",
        r"kot\s+ste\s+(?:nam\s+)?(?:povedali|rekli|opozorili)",
        r"imel[ai]?\s+ste\s+(?:popolnoma\s+|povsem\s+|čisto\s+)?prav",
        r"(?:napak\w*|krivd\w*|zamud\w*)\s+(?:\w+\s+){0,2}?na\s+naši\s+strani",
    ),
    conduct_acts=(
        r"kričal\w*",
        r"vpil\w*",
        r"zmerjal\w*",
        r"žalil\w*",
        r"grozil\w*",
        r"porinil\w*",
        r"odrinil\w*",
        r"povzdignil\w*\s+glas",
        r"preklinjal\w*",
        r"označil\w*\s+(?:\w+\s+)?za",
        r"odložil\w*\s+slušalko",
    ),
)

# Tone, tenth round, second pass: a character judgement said through "someone who…" and
# what it did to us ("Working with someone who treats every estimate as an opening offer has
# worn our team out", "Travailler pour quelqu'un qui… a épuisé notre équipe", "Làm việc với
# một người… đã khiến cả đội chúng tôi kiệt sức", "Delo z nekom, ki…, je našo ekipo
# izčrpalo"). Naming who would suit the reader ("someone who knows your sector") wears no one
# out and stays calm.
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        _within(
            r"(?:working|dealing)\s+(?:with|for)\s+(?:someone|somebody|a\s+(?:client|person|customer))"
            r"\s+(?:who|that|whose)",
            r"worn|wore|wearing|exhaust\w*|drain\w*|burn\w*\s+out|tir(?:ed|ing)",
            gap=14,
        ),
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _within(
            r"travailler\s+(?:avec|pour)\s+(?:quelqu'un|un\s+client|une\s+personne)\s+(?:qui|que|dont)",
            r"épuis\w*|usé\w*|lassé\w*|vidé\w*",
            gap=14,
        ),
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _within(
            r"làm\s+việc\s+(?:với|cho)\s+(?:một\s+)?(?:người|khách\s+hàng)",
            r"kiệt\s+sức|mệt\s+mỏi|đuối\s+sức|vắt\s+kiệt",
            gap=24,
        ),
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _within(
            r"(?:delo|delati|sodelovanje|sodelovati)\s+(?:z|s|za)\s+(?:nekom|nekoga|stranko|osebo),?"
            r"\s+(?:ki|kateri\w*)",
            r"izčrpa\w*|utrudil\w*|izmučil\w*|izžel\w*",
            gap=14,
        ),
    ),
)

# Ninth round (issue #13, after batch 13's first read): the shapes of blame that carry no
# fault word, read by checker.py rather than listed as phrasings. A question that asks the
# reader nothing (no "we" offering, no "would it suit you": "How is a designer supposed to
# finish a layout when…?", "Chẳng lẽ … sao?"); advice for the reader's next provider or next
# time, said with a norm ("it would be worth…", "anh nên…", "vam svetujemo…"); a lesson
# learned from the reader whose content is a count or a repetition ("quite an education to
# discover how many ways a single invoice can be queried", "học được cách làm lại … bốn
# lần"); and reasons one sentence each, none of them pointing back at the one before.
EN = replace(
    EN,
    back_references=(
        r"this",
        r"that",
        r"these",
        r"those",
        r"such",
        r"it",
        r"they",
        r"so",
        r"therefore",
        r"thus",
        r"hence",
        r"even",
        r"despite",
        r"as\s+a\s+result",
        r"which",
    ),
    rhetorical_marks=(
        r"really",
        r"supposed\s+to",
        r"(?:was|were)\s+meant\s+to",
        r"how\s+many\s+(?:more\s+)?times",
        r"is\s+it\s+(?:too\s+much|so\s+hard)",
        r"ever",
        r"even",
        r"at\s+all",
    ),
    proposals=(
        r"suit\w*",
        r"convenient",
        r"prefer\w*",
        r"would\s+you\s+like",
        r"do\s+you\s+(?:want|wish|need)",
        r"help\w*",
        r"work\s+for\s+you",
        r"good\s+time",
        # a request about what happens next ("can you confirm…", "who should receive…")
        r"(?:can|could|will|would)\s+you",
        r"should",
        r"shall",
    ),
    advice_frames=(
        r"going\s+forward",
        r"in\s+(?:the\s+)?future",
        r"next\s+time",
        r"(?:your|the)\s+next\s+\w+",
        r"whoever\s+(?:you|takes|builds|works|comes|follows)",
        r"for\s+the\s+future",
    ),
    advice_norms=(
        r"should",
        r"ought\s+to",
        r"would\s+(?:be|have\s+been)\s+(?:worth|wise|better|a\s+good\s+idea)",
        r"it\s+pays\s+to",
        r"make\s+sure",
        r"(?:might|may)\s+want\s+to",
        r"learn\w*\s+(?:to|how)",
        r"remember\s+to",
    ),
    learned=(
        r"learn\w*",
        r"taught",
        r"teach\w*",
        r"(?:an\s+)?education",
        r"discover\w*",
        r"found\s+out",
    ),
    lesson_counts=(
        r"how\s+many",
        r"\w+\s+times",
        # "nine rounds of approval", "eleven different files": a count of anything but time
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
        r"(?!(?:years?|months?|weeks?|days?|seasons?|hours?)\b)\w+",
        r"again",
        r"over\s+and\s+over",
        r"can\s+(?:mean|be\s+\w+ed|change)",
    ),
)
FR = replace(
    FR,
    back_references=(
        r"cela",
        r"ce",
        r"c'",
        r"cet",
        r"cette",
        r"ces",
        r"ceci",
        r"tel\w*",
        r"malgré",
        r"même",
        r"ainsi",
        r"donc",
        r"il",
        r"elle",
        r"ils",
        r"elles",
        r"en\s+conséquence",
        r"de\s+ce\s+fait",
    ),
    rhetorical_marks=(
        r"vraiment",
        r"combien\s+de\s+fois",
        r"est-ce\s+(?:trop|si\s+difficile)",
        r"censée?s?",
        r"seulement",
        r"jamais",
        r"(?:quand|tout\s+de)\s+même",
        r"au\s+juste",
    ),
    proposals=(
        r"convien\w*",
        r"conviendr\w*",
        r"souhait\w*",
        r"voul\w*",
        r"préfér\w*",
        r"aider\w*",
        r"arrange\w*",
        r"utile",
        r"pouv\w+-vous",
        r"pourri\w+-vous",
        r"doi\w*",
        r"devr\w+",
    ),
    advice_frames=(
        r"pour\s+la\s+suite",
        r"(?:à|pour)\s+l'avenir",
        r"la\s+prochaine\s+fois",
        r"(?:votre|vos|ton|tes)\s+(?:prochain\w*|futur\w*)",
        r"désormais",
    ),
    advice_norms=(
        r"devri\w+",
        r"devrais",
        r"il\s+faudra(?:it)?",
        r"vaudrait\s+mieux",
        r"pensez\s+à",
        r"n'oubliez\s+pas",
        r"gagner(?:ez|iez)",
        r"apprenez",
        r"apprendre\s+à",
    ),
    learned=(r"appris", r"apprend\w*", r"enseign\w*", r"découv\w*", r"leçons?"),
    lesson_counts=(
        r"combien",
        r"\w+\s+fois",
        r"encore",
        r"peut\s+(?:changer|signifier|vouloir\s+dire|être\s+\w+é)",
        r"du\s+tout\s+au\s+tout",
    ),
)
VI = replace(
    VI,
    back_references=(
        r"điều\s+(?:này|đó)",
        r"việc\s+(?:này|đó)",
        r"như\s+vậy",
        r"vì\s+(?:vậy|thế)",
        r"do\s+(?:đó|vậy)",
        r"dù\s+vậy",
        r"chính\s+vì",
        r"nhờ\s+đó",
        r"từ\s+đó",
        r"đó",
        r"này",
    ),
    rhetorical_marks=(
        r"chẳng\s+lẽ",
        r"lẽ\s+nào",
        r"thật\s+sự",
        r"bao\s+nhiêu\s+lần",
        r"khó\s+(?:đến\s+)?(?:thế|vậy)\s+sao",
        r"(?:có\s+)?bao\s+giờ",
        r"có\s+ai",
    ),
    proposals=(
        r"tiện",
        r"muốn",
        r"phù\s+hợp",
        r"giúp",
        r"được\s+không",
        r"thấy\s+sao",
        r"sẽ",
        r"ạ",
    ),
    advice_frames=(
        r"lần\s+sau",
        r"sau\s+này",
        r"(?:đơn\s+vị|nhà\s+\w+|bên|đối\s+tác)\s+(?:khác|tiếp\s+theo|mới)",
        r"trong\s+tương\s+lai",
    ),
    advice_norms=(
        rf"{_VI_YOU}\s+(?:nên|cần|phải)",
        r"hãy",
        r"lời\s+khuyên",
        r"học\s+cách",
    ),
    learned=(r"học\s+được", r"học", r"dạy", r"bài\s+học", r"biết\s+được"),
    lesson_counts=(
        r"bao\s+nhiêu",
        r"\w+\s+lần",
        r"làm\s+lại",
        r"sửa\s+lại",
        r"có\s+thể\s+(?:bị|thay\s+đổi|có\s+nghĩa)",
    ),
)
SL = replace(
    SL,
    back_references=(
        r"to",
        r"ta",
        r"te",
        r"ti",
        r"tak\w*",
        r"zato",
        r"kljub\s+temu",
        r"zaradi\s+tega",
        r"s\s+tem",
        r"ob\s+tem",
        r"tega",
        r"temu",
        r"tem",
    ),
    rhetorical_marks=(
        r"res",
        r"kolikokrat",
        r"mar",
        r"a\s+je\s+(?:res\s+)?tako\s+težko",
        r"sploh",
        r"kdajkoli",
        r"naj\s+bi",  # "was supposed to"
    ),
    proposals=(
        r"ustreza\w*",
        r"želi\w*",
        r"pomaga\w*",
        r"bi\s+vam",
        r"bi\s+(?:se\s+)?lahko",
        r"skupaj",
        r"prav\s+(?:bi|vam)",
        r"primern\w*",
        r"naj",
        r"boste",
    ),
    advice_frames=(
        r"naslednj\w+",
        r"v\s+prihodnje",
        r"v\s+prihodnosti",
        r"prihodnjič",
        r"drugič",
    ),
    advice_norms=(
        r"svetuj\w*",
        r"nasvet\w*",
        r"bi\s+morali",
        r"morate",
        r"bi\s+se\s+(?:vam\s+)?splačalo",
        r"bolje\s+bi\s+bilo",
        r"nauči\w*",
    ),
    learned=(r"nauči\w*", r"spozna\w*", r"izvedel\w*", r"odkril\w*", r"lekcij\w*"),
    lesson_counts=(
        r"koliko",
        r"\w+krat",
        r"znova",
        r"spet",
        r"lahko\s+pomeni",
    ),
)

# Ninth round, second pass: a way of reaching us named as a noun ("we won't be taking further
# enquiries", "aucune correspondance", "thư từ", "povpraševanj") is refused like a verb; thanks
# said as what the writer loved doing ("I've loved designing the packaging…", "j'ai adoré…").
EN = replace(
    EN,
    contact_acts=(*EN.contact_acts, r"enquir\w*", r"inquir\w*", r"correspondence"),
    # "won't", "can't": the word-bounded "n't" of the lists never matched inside a word
    refusals=(*EN.refusals, r"(?:won|can|don)'t"),
    thanks=(
        *EN.thanks,
        r"(?:i|we)(?:'ve|\s+have)?\s+(?:truly\s+|really\s+|always\s+)?(?:loved|enjoyed)",
    ),
)
FR = replace(
    FR,
    contact_acts=(*FR.contact_acts, r"correspondances?", r"sollicitations?"),
    thanks=(*FR.thanks, r"(?:j'ai|nous\s+avons)\s+(?:vraiment\s+|beaucoup\s+)?(?:adoré|aimé)"),
)
VI = replace(VI, contact_acts=(*VI.contact_acts, r"thư\s+từ"))
SL = replace(SL, contact_acts=(*SL.contact_acts, r"povpraševanj\w*", r"dopis\w*"))

# Ninth round, third pass: sarcasm as a pleasure in doing the same work over ("What a joy it
# has been to redo the same poster five times", "Kakšno veselje je bilo petkrat predelati isti
# plakat") and as a lesson in patience ("a masterclass in patience", "une leçon de patience",
# "bài học … kiên nhẫn", "šola potrpežljivosti"); "surely" in a Slovenian question ("menda").
EN = replace(
    EN,
    attacks=(*EN.attacks, r"(?:masterclass|lesson|school|exercise)\s+in\s+patience"),
    pleasures=(r"joy", r"pleasure", r"delight\w*", r"fun", r"privilege", r"treat"),
    reworks=(r"redo\w*", r"redid", r"rework\w*", r"rewrit\w*", r"the\s+same"),
)
FR = replace(
    FR,
    attacks=(*FR.attacks, r"(?:leçon|école|exercice)\s+de\s+patience"),
    pleasures=(r"joie", r"bonheur", r"plaisir", r"régal", r"privilège"),
    reworks=(r"refai\w*", r"refait\w*", r"recommenc\w*", r"(?:le|la|les)\s+mêmes?"),
)
VI = replace(
    VI,
    attacks=(*VI.attacks, r"bài\s+học\s+(?:\w+\s+){0,3}?(?:kiên\s+nhẫn|nhẫn\s+nại)"),
    pleasures=(r"vui", r"niềm\s+vui", r"hân\s+hạnh", r"vinh\s+dự"),
    reworks=(r"làm\s+lại", r"sửa\s+lại", r"lại\s+từ\s+đầu", r"cùng\s+một"),
)
SL = replace(
    SL,
    attacks=(*SL.attacks, r"(?:šol\w*|lekcij\w*)\s+potrpežljivosti"),
    pleasures=(r"veselj\w*", r"užit\w*", r"čast"),
    reworks=(r"predela\w*", r"ist(?:i|a|o|e|ega|ih)"),
    rhetorical_marks=(*SL.rhetorical_marks, r"menda"),
)

# Ninth round, fourth pass: a reproach said as a wish about the past and how seldom it came
# true ("It would have been nice to get a reply once in a while", "Il aurait été agréable de
# recevoir une réponse de temps en temps", "Giá mà thỉnh thoảng…", "Lepo bi bilo, če bi vsake
# toliko…").
EN = replace(
    EN,
    wishes=(
        r"would\s+have\s+been\s+(?:\w+\s+)?(?:nice|good|helpful|great|lovely|useful)",
        r"(?:it\s+)?would\s+have\s+helped",
        r"if\s+only",
    ),
    scarcity=(
        r"once\s+in\s+a\s+while",
        r"(?:just|only)\s+once",
        r"for\s+once",
        r"now\s+and\s+then",
        r"occasionally",
        r"at\s+least\s+once",
    ),
)
FR = replace(
    FR,
    wishes=(
        r"aurait\s+été\s+(?:\w+\s+)?(?:agréable|bien|utile|appréciable|bienvenu\w*)",
        r"aurait\s+(?:suffi|aidé)",
        r"si\s+seulement",
    ),
    scarcity=(
        r"de\s+temps\s+(?:en|à)\s+autre",
        r"de\s+temps\s+en\s+temps",
        r"(?:une\s+seule|pour\s+une|au\s+moins\s+une)\s+fois",
        r"parfois",
        r"ne\s+serait-ce\s+qu'une\s+fois",
    ),
)
VI = replace(
    VI,
    wishes=(r"giá\s+mà", r"giá\s+như", r"thì\s+tốt\s+(?:biết\s+mấy|quá|hơn\s+nhiều)", r"ước\s+gì"),
    scarcity=(r"thỉnh\s+thoảng", r"(?:dù\s+chỉ|ít\s+nhất|chỉ)\s+một\s+lần", r"đôi\s+khi"),
)
SL = replace(
    SL,
    wishes=(
        r"(?:lepo|dobro|koristno|prijetno)\s+bi\s+bilo",
        r"bi\s+(?:nam\s+)?pomagalo",
        r"ko\s+bi\s+vsaj",
    ),
    scarcity=(
        r"vsake\s+toliko",
        r"vsaj\s+enkrat",
        r"kdaj\s+pa\s+kdaj",
        r"občasno",
        r"samo\s+enkrat",
    ),
)

# Ninth round, fifth pass (read on calm client mail, calm*_<lang>.csv, where one question in
# twelve asks no "we" and proposes nothing: "Is the report in the shared folder yet?"): a
# question with no mark of its own is a reproach only when it sweeps over everyone or every
# time; "why not…" proposes something.
EN = replace(
    EN,
    proposals=(*EN.proposals, r"why\s+not"),
    sweeping=(
        r"why",
        r"every\w*",
        r"each",
        r"always",
        r"never",
        r"any(?:one|body)",
        r"no\s*one",
        r"nobody",
        r"who\s+(?:would|could|else)",
        r"which\s+(?:\w+\s+){1,2}would",
    ),
)
FR = replace(
    FR,
    proposals=(*FR.proposals, r"pourquoi\s+ne\s+pas"),
    sweeping=(
        r"pourquoi",
        r"chaque",
        r"jamais",
        r"quelqu'un",
        r"personne",
        r"qui\s+(?:accepterait|supporterait|pourrait|d'autre)",
        r"quel\w*\s+(?:\w+\s+){1,2}(?:accepterait|supporterait)",
    ),
)
VI = replace(
    VI,
    proposals=(*VI.proposals, r"sao\s+không"),
    sweeping=(
        r"tại\s+sao",
        r"vì\s+sao",
        r"sao\s+lại",
        r"có\s+(?:\w+\s+){1,3}?nào",
        r"có\s+ai",
        r"luôn",
        r"lần\s+nào\s+cũng",
        r"\w+\s+nào\s+cũng",
    ),
)
SL = replace(
    SL,
    proposals=(*SL.proposals, r"zakaj\s+ne\s+bi"),
    sweeping=(
        r"zakaj",
        r"vsak\w*",
        r"vedno",
        r"nikoli",
        r"kdo\s+(?:pa\s+)?(?:bi|še)",
        r"kater\w+\s+(?:\w+\s+){1,2}še",
    ),
)

# Tenth round (issue #13, after batch 14's first read): the reader's habit told as our working
# rhythm, by its parts rather than its phrasing: hours nobody is meant to work and a habit or a
# repetition in a sentence about our people whose subject is something else ("Copy that reached
# us on a Thursday night… kept our editors at their desks until the small hours, week after
# week"); a way of reaching us named as a thing and closed to the reader ("our phone line and
# inbox will no longer be open to your company"); a second reason opened as a new item of a
# list ("Then there is the distance", "Còn một chuyện nữa là…", "Tu je še…"); a farewell said as
# no longer doing the reader's work ("we will no longer be the right bakery to supply your
# cafés"); a question on what the reader wants is a next step ("Anh muốn chúng tôi gửi… hay…?").
EN = replace(
    EN,
    kind_references=(
        r"such(?!\s+as)",
        r"of\s+(?:this|that|the\s+same)\s+(?:kind|sort|order)",
        r"like\s+(?:this|that|these|those)",
    ),
    unsocial_hours=(
        r"nights?",
        r"overnight",
        r"midnight",
        r"small\s+hours",
        r"weekends?",
        r"evenings?",
        r"(?:saturday|sunday)s?",
        r"bank\s+holidays?",
        r"after\s+hours",
        r"late\s+into",
    ),
    habits=(
        r"(?:day|week|month|night|weekend|season|year|time|issue|order)\s+after\s+"
        r"(?:day|week|month|night|weekend|season|year|time|issue|order)",
        r"more\s+than\s+once",
        r"again\s+and\s+again",
        r"time\s+and\s+(?:time\s+)?again",
        r"over\s+and\s+over",
        r"as\s+(?:\w+\s+){0,2}?(?:usual|usually|always)",
        r"(?:almost|nearly)\s+always",
        r"(?:every|each)\s+(?:single\s+)?(?:time|week|month|weekend|season|issue|order|project)",
        r"usually",
        r"routinely",
        r"regularly",
        r"invariably",
        r"as\s+a\s+rule",
    ),
    channels=(
        r"(?:tele)?phone(?:\s+(?:line|number))?",
        r"(?:in|mail)box(?:es)?",
        r"e-?mail(?:\s+address)?",
        r"switchboard",
        r"helpdesk",
        r"(?:support\s+)?(?:desk|portal|line)",
    ),
    closures=(
        r"(?:no\s+longer|not|never)\s+(?:\w+\s+){0,2}?"
        r"(?:open|available|reachable|answered|monitored|staffed)",
        r"closed",
        r"blocked",
        r"shut",
        r"switched\s+off",
    ),
    additions=(
        *EN.additions,
        r"^(?:and\s+)?then\s+there(?:'s|\s+is|\s+are|\s+was|\s+were)",
        r"there(?:'s|\s+is|\s+are)\s+also",
        r"^(?:finally|lastly|last\s+but\s+not\s+least)(?!,?\s+(?:we|i)\b)",
        r"^(?:a|one)\s+(?:second|further|final|last|other)\s+(?:point|matter|thing|issue|concern)",
        r"^add(?:ed)?\s+to\s+(?:this|that)",
    ),
    parting=(
        *EN.parting,
        r"(?:no\s+longer|not\s+any\s+longer)\s+(?:[\w'-]+\s+){0,5}?"
        r"(?:suppl\w*|serv\w*|provid\w*|deliver\w*|cater\w*|print\w*|clean\w*|"
        r"maintain\w*|design\w*|host\w*|stock\w*)\s+(?:[\w'-]+\s+){0,2}?your",
    ),
)
FR = replace(
    FR,
    kind_references=(
        r"tel(?:le)?s?",
        r"pareil\w*",
        r"de\s+(?:ce|cet)\s+(?:genre|type|ordre)",
        r"de\s+cette\s+(?:sorte|nature|ampleur)",
    ),
    unsocial_hours=(
        r"nuits?",
        r"minuit",
        r"week-ends?",
        r"soirs?",
        r"soirées?",
        r"(?:samedi|dimanche)s?",
        r"jours?\s+fériés?",
        r"(?:très\s+)?tard\s+(?:le\s+soir|dans\s+la\s+nuit)",
    ),
    habits=(
        r"(?:jour|semaine|mois|nuit|week-end|saison|année|fois|numéro|commande)\s+après\s+"
        r"(?:jour|semaine|mois|nuit|week-end|saison|année|fois|numéro|commande)",
        r"plus\s+d'une\s+fois",
        r"(?:à\s+)?chaque\s+(?:fois|semaine|mois|numéro|commande|projet|saison)",
        r"comme\s+(?:d'habitude|souvent|toujours|(?:c'était|c'est)\s+(?:\w+\s+)?(?:le\s+cas|toujours))",
        r"(?:presque|quasiment|pratiquement)\s+toujours",
        r"d'habitude",
        r"habituellement",
        r"régulièrement",
        r"systématiquement",
        r"sans\s+cesse",
        r"à\s+répétition",
        r"encore\s+et\s+encore",
    ),
    channels=(
        r"boîtes?\s+(?:mail|e-mail|aux\s+lettres|de\s+réception)",
        r"messagerie",
        r"standard",
        r"lignes?(?:\s+(?:téléphonique|directe))?",
        r"téléphones?",
        r"numéros?",
        r"adresses?\s+(?:e-?mail|électronique|mail)",
    ),
    closures=(
        r"(?:ne|n')\s+(?:[\w'-]+\s+){1,4}?plus\s+(?:\w+\s+)?"
        r"(?:ouverte?s?|accessibles?|disponibles?|joignables?|consultée?s?)",
        r"fermée?s?",
        r"bloquée?s?",
        r"coupée?s?",
    ),
    additions=(
        *FR.additions,
        r"^(?:et\s+)?(?:puis|ensuite|enfin)\s*,?\s+(?:il\s+y\s+a|(?:la|le|les|l')(?=\s|\w))",
        r"^reste\s+(?:la|le|les|l')",
        r"^(?:un|une)\s+(?:second|seconde|autre|dernier|dernière)\s+(?:point|chose|question|sujet)",
        r"^s'ajoute",
    ),
)
VI = replace(
    VI,
    kind_references=(r"như\s+(?:vậy|thế)", r"(?:kiểu|loại|mức)\s+(?:này|đó)"),
    unsocial_hours=(
        r"(?:nửa\s+)?đêm",
        r"khuya",
        r"cuối\s+tuần",
        r"tối(?!\s+(?:ưu|đa|thiểu|giản|quan\s+trọng|mật|hậu))",
        r"thứ\s+bảy",
        r"chủ\s+nhật",
        r"ngày\s+lễ",
        r"ngoài\s+giờ",
    ),
    habits=(
        r"(?:ngày|tuần|tháng|đêm|năm|mùa|lần|số|đợt)\s+này\s+qua\s+(?:ngày|tuần|tháng|đêm|năm|mùa|lần|số|đợt)\s+khác",
        r"hết\s+(?:ngày|tuần|tháng|lần|đợt)\s+này\s+(?:đến|sang)\s+(?:ngày|tuần|tháng|lần|đợt)\s+khác",
        r"nhiều\s+lần",
        r"(?:lần|tuần|tháng|đợt)\s+nào\s+cũng",
        r"(?:hầu\s+như|gần\s+như)\s+(?:lúc|lần)\s+nào",
        r"(?:mỗi|mọi)\s+(?:lần|tuần|tháng|số|đơn|đợt)",
        r"thường\s+xuyên",
        r"như\s+thường\s+lệ",
        r"liên\s+tục",
        r"lặp\s+đi\s+lặp\s+lại",
    ),
    channels=(
        r"hộp\s+thư",
        r"e-?mail",
        r"(?:đường\s+dây\s+)?điện\s+thoại",
        r"đường\s+dây(?:\s+nóng)?",
        r"số\s+(?:điện\s+thoại|máy)",
        r"tổng\s+đài",
    ),
    closures=(
        r"không\s+(?:còn\s+)?(?:được\s+)?(?:mở|hoạt\s+động|tiếp\s+nhận|nghe\s+máy|liên\s+lạc\s+được)",
        r"(?:đóng|khóa)\s+lại",
        r"bị\s+(?:đóng|khóa|chặn)",
        r"chặn",
    ),
    additions=(
        *VI.additions,
        r"^còn\s+(?:một\s+|có\s+)?(?:chuyện|điều|việc|vấn\s+đề|lý\s+do)",
        r"^(?:thêm\s+)?một\s+(?:chuyện|điều|vấn\s+đề|việc)\s+(?:nữa|khác)",
        r"^(?:sau\s+cùng|cuối\s+cùng)\s+là",
        r"^(?:ngoài|bên\s+cạnh)\s+(?:chuyện|việc|điều)\s+(?:đó|này)",
    ),
    next_steps=(
        *VI.next_steps,
        r"(?:anh|chị|ông|bà|em|bạn|cô|chú)\s+(?:có\s+)?(?:muốn|thích|tiện)\s+[^.!?\n]*\?",
    ),
)
SL = replace(
    SL,
    kind_references=(
        r"tak(?:a|e|i|o|ih|im|ega|emu|ima)?",
        r"takšn\w*",
        r"tovrstn\w*",
        r"toli(?:k|ko)šn\w*",  # "tolikšen obseg" (a volume that large)
    ),
    unsocial_hours=(
        r"noč\w*",
        r"ponoči",
        r"polnoč\w*",
        r"vikend\w*",
        r"zvečer",
        r"večer\w*",
        r"sobot\w*",
        r"nedelj\w*",
        r"praznik\w*",
        r"nadur\w*",
    ),
    habits=(
        r"(?:dan|teden|mesec|noč|vikend|sezon\w*|leto|številk\w*)\s+za\s+"
        r"(?:dnem|tednom|mesecem|nočjo|vikendom|sezono|letom|številko)",
        r"več\s+kot\s+enkrat",
        r"(?:vedno|spet|znova)\s+(?:in\s+)?znova",
        r"(?:skoraj|domala|praktično)\s+vedno",
        r"kot\s+(?:ponavadi|običajno|vedno|po\s+navadi)",
        r"ponavadi",
        r"običajno",
        r"redno",
        r"nenehno",
        r"vsak\w*\s+(?:teden|mesec|vikend|številk\w*|naročil\w*|krat|sezon\w*)",
    ),
    channels=(
        r"telefon\w*",
        r"(?:e-poštn\w*\s+)?predal\w*",
        r"e-pošt\w*",
        r"nabiralnik\w*",
        r"številk\w*",
        r"linij\w*",
        r"central\w*",
    ),
    closures=(
        r"ne\s+(?:\w+\s+){0,3}?več\s+(?:\w+\s+)?(?:odprt\w*|dosegljiv\w*|na\s+voljo|delova\w*)",
        r"zaprt\w*",
        r"blokiran\w*",
        r"izklopljen\w*",
    ),
    additions=(
        *SL.additions,
        r"^(?:in\s+)?(?:potem|nato)\s+je\s+tu",
        r"^tu\s+je\s+(?:še|tudi)",
        r"je\s+tu\s+še",
        r"^ostaja\s+(?:še|tudi)",
        r"^(?:druga|naslednja|zadnja)\s+(?:stvar|težava|zadeva)",
    ),
)

# Tenth round, second pass (read on farewells written for the round's probes, none from the
# drafts): a farewell said as a denial that runs to its end ("Our workshop will not take on
# your repairs any more"), as no longer being in a position to do the reader's work, by our
# firm in the third person ("naša delavnica ne bo več…"), or as no longer working with the
# reader ("không làm việc với công ty anh nữa").
EN = replace(
    EN,
    parting=(
        *EN.parting,
        r"(?:we|i|our\s+[\w-]+)\s+(?:[\w'-]+\s+){0,4}?(?:not|\w+n't)\s+"
        r"(?:[\w'-]+\s+){0,5}?(?:your|you)(?:\s+[\w'-]+){0,3}?\s+"
        r"(?:any\s+(?:more|longer)|anymore)(?=\s*(?:[.,;!?]|$))",
        r"(?:no\s+longer|not)\s+in\s+a\s+position\s+to\s+(?:[\w'-]+\s+){0,4}?your",
    ),
)
FR = replace(
    FR,
    parting=(
        *FR.parting,
        r"plus\s+en\s+mesure\s+d(?:e|')\s*(?:[\w'-]+\s+){0,4}?(?:vos|votre|tes|ton|ta)",
    ),
)
VI = replace(
    VI,
    parting=(
        *VI.parting,
        r"không\s+(?:\w+\s+){0,2}?(?:làm\s+việc|hợp\s+tác)\s+(?:với|cùng)\s+(?:\w+\s+){0,4}?nữa",
    ),
)
SL = replace(
    SL,
    parting=(
        *SL.parting,
        r"naš\w*\s+(?:\w+\s+)?ne\s+(?:bo|bodo|bosta)\s+več",
        r"preneh\w*\s+(?:bomo\s+|bom\s+|smo\s+|sem\s+)?\w+(?:ti|či)\s+(?:\w+\s+)?(?:vaš|tvoj)\w*",
    ),
)

# Tenth round, third pass: messages left unread in more words — a reply or an answer as the
# message, "without being read/opened", "không ai đọc", "ne da bi ga kdo prebral".
EN = replace(
    EN,
    discards=(
        *EN.discards,
        r"(?:repl(?:y|ies)|answers?|responses?|correspondence|post)[\s,]+(?:[\w,']+\s+){0,8}?"
        r"(?:without\s+(?:being\s+|anyone\s+)?(?:read(?:ing)?|opened|open(?:ing)?|looked\s+at)|"
        r"unread|unopened|deleted|ignored|discarded|binned|(?:not|never)\s+be\s+(?:read|opened))",
        r"(?:calls?|e-?mails?|messages?|letters?|requests?|enquir\w+|inquir\w+)[\s,]+"
        r"(?:[\w,']+\s+){0,8}?(?:without\s+(?:being\s+|anyone\s+)?(?:read(?:ing)?|opened|open(?:ing)?)|"
        r"unopened|(?:not|never)\s+be\s+(?:read|opened))",
    ),
)
FR = replace(
    FR,
    discards=(
        *FR.discards,
        r"(?:réponses?|correspondances?|courriels?|messages?|lettres?|courriers?)[\s,]+"
        r"(?:[\w,']+\s+){0,8}?(?:sans\s+(?:être\s+)?(?:lu\w*|ouvert\w*)|non\s+(?:lu|ouvert)\w*|"
        r"supprimé\w*|ignoré\w*|détruit\w*|(?:ne|n')\s+sera\s+(?:jamais\s+|pas\s+)?(?:lu|ouvert)\w*)",
    ),
)
VI = replace(
    VI,
    discards=(
        *VI.discards,
        r"(?:thư|email|tin\s+nhắn|phản\s+hồi|câu\s+trả\s+lời)[\s,]+(?:[\w,]+\s+){0,10}?"
        r"(?:không\s+(?:ai|người\s+nào)\s+(?:đọc|mở|xem)|không\s+(?:được\s+)?(?:mở|xem))",
    ),
)
SL = replace(
    SL,
    discards=(
        *SL.discards,
        r"(?:odgovor\w*|klic\w*|sporočil\w*|e-?pošt\w*|e-?mail\w*|pism\w*|pisem)[\s,]+"
        r"(?:[\w,]+\s+){0,8}?(?:ne\s+da\s+bi\s+(?:ga|jih|jo|je)\s+(?:kdo\s+|kdorkoli\s+)?"
        r"(?:prebral|odprl|pogledal)\w*|neprebran\w*|neodprt\w*|izbris\w*|ignorira\w*)",
    ),
)

# Tenth round, fourth pass: a conversation refused is a door closed like a call refused ("sẽ
# không trao đổi thêm với anh", "we will not discuss it further", "nous n'en discuterons
# plus", "o tem se ne bomo več pogovarjali").
EN = replace(EN, contact_acts=(*EN.contact_acts, r"discuss\w*"))
FR = replace(FR, contact_acts=(*FR.contact_acts, r"discut\w*", r"échang\w*"))
VI = replace(VI, contact_acts=(*VI.contact_acts, r"trao\s+đổi"))
SL = replace(SL, contact_acts=(*SL.contact_acts, r"pogovarja\w*", r"razpravlja\w*"))

# Eleventh round: an ending of ours said with "soon" is a farewell with no end date
# (checker._ended_soon); Slovenian "nehati" (to stop) ends the work like "prenehati";
# Vietnamese weekday and holiday words are capitalised but name no provider ("thứ Hai",
# "Giáng sinh").
EN = replace(
    EN,
    soon=(
        r"soon",
        r"shortly",
        r"before\s+long",
        r"in\s+due\s+course",
        r"(?:in|over)\s+the\s+(?:coming|next\s+few)\s+(?:weeks|months)",
        r"(?:in\s+)?the\s+near\s+future",
    ),
)
FR = replace(
    FR,
    soon=(
        r"bientôt",
        r"prochainement",
        r"sous\s+peu",
        r"d'ici\s+peu",
        r"dans\s+(?:les\s+)?(?:semaines|mois)\s+(?:à\s+venir|qui\s+viennent)",
        r"dans\s+un\s+(?:proche\s+avenir|avenir\s+proche)",
    ),
)
VI = replace(
    VI,
    soon=(
        r"sớm",
        r"sắp\s+tới",
        r"trong\s+thời\s+gian\s+(?:tới|sắp\s+tới)",
        r"nay\s+mai",
        r"(?:vài|mấy)\s+(?:tuần|tháng)\s+tới",
    ),
    not_names=VI.not_names
    | {"thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "giáng", "sinh", "tết"},
)
SL = replace(
    SL,
    soon=(
        r"kmalu",
        r"v\s+kratkem(?:\s+času)?",
        r"v\s+(?:prihodnjih|naslednjih|bližnji)\s+(?:tednih|mesecih|prihodnosti)",
    ),
    ending_verbs=(*SL.ending_verbs, r"neha\w*|nehal\w*|nehamo|nehali"),
)

EN = replace(
    EN,
    always=(r"always",),
    successors=(
        r"take\s+(?:it\s+|this\s+|the\s+work\s+|things\s+|the\s+\w+\s+)?over",
        r"pick\s+(?:it\s+|this\s+|things\s+)?up\s+(?:from|where)",
        r"(?:your|a|the)\s+(?:next|new)\s+(?:provider|supplier|agency|firm|studio|accountant"
        r"|bookkeeper|developer|designer|printer|caterer|cleaner|team)",
        r"whoever\s+(?:follows|takes\s+over|comes\s+next)",
    ),
    gestures=(
        r"(?:find|finding|found)\s+(?:\w+\s+){0,2}?(?:someone|somebody|anyone|one)(?!\w)",
        r"plenty\s+of",
        r"no\s+shortage\s+of",
        r"(?:lots|loads|dozens)\s+of\s+(?:other\s+)?(?:good|great|excellent|fine)",
        r"(?:out\s+there|spoilt\s+for\s+choice)",
    ),
    praise=(
        r"(?:a\s+)?(?:pleasure|joy|delight)",
        r"tidy",
        r"neat",
        r"spot[\s-]on",
        r"on\s+time",
        r"punctual",
        r"prompt",
        r"kind",
        r"generous",
        r"patient",
        r"helpful",
        r"lovely",
        r"cheerful",
        r"welcoming",
        r"friendly",
        r"well[\s-]organi[sz]ed",
    ),
)
FR = replace(
    FR,
    always=(r"toujours",),
    successors=(
        r"prendr\w*\s+le\s+relais",
        r"reprendr\w*\s+(?:le\s+travail|vos|votre|ta|tes|ce\s+dossier|la\s+suite)",
        r"(?:votre|ton|un|le)\s+(?:prochain|nouveau)\s+(?:prestataire|fournisseur|cabinet"
        r"|comptable|studio|imprimeur|traiteur|développeur|graphiste)",
    ),
    gestures=(
        r"trouver\w*\s+(?:\w+\s+){0,3}?quelqu'un",
        r"trouveras?\s+(?:\w+\s+){0,3}?quelqu'un",
        r"trouverez\s+(?:\w+\s+){0,3}?quelqu'un",
        r"ne\s+manquent\s+pas",
        r"(?:pléthore|foule|plein)\s+d",
        r"l'embarras\s+du\s+choix",
    ),
    praise=(
        r"(?:un\s+)?(?:plaisir|bonheur|régal)",
        r"impeccables?",
        r"soigné\w*",
        r"ponctuel\w*",
        r"à\s+l'heure",
        r"aimables?",
        r"patient\w*",
        r"généreu\w*",
        r"rigoureu\w*",
        r"agréables?",
        r"chaleureu\w*",
        r"bienveillant\w*",
    ),
)
VI = replace(
    VI,
    always=(r"luôn", r"lúc\s+nào\s+cũng"),
    successors=(
        r"tiếp\s+quản",
        r"tiếp\s+nhận",
        r"(?:người|bên|đơn\s+vị)\s+(?:làm|nhận)\s+tiếp",
        r"đảm\s+nhận\s+(?:tiếp|thay)",
    ),
    gestures=(
        r"tìm\s+(?:được|thấy|ra)\s+(?:\w+\s+){0,2}?(?:người|ai|nơi|bên)",
        r"không\s+thiếu",
        r"(?:có\s+)?(?:rất\s+)?nhiều\s+(?:đơn\s+vị|nơi|bên|người)\s+(?:\w+\s+){0,3}?(?:giỏi|tốt)",
    ),
    praise=(
        r"vui(?!\s+lòng)",
        r"gọn\s+gàng",
        r"ngăn\s+nắp",
        r"chỉn\s+chu",
        r"chu\s+đáo",
        r"đúng\s+hẹn",
        r"nhiệt\s+tình",
        r"dễ\s+chịu",
        r"vui\s+vẻ",
        r"tử\s+tế",
        r"cẩn\s+thận",
        r"kiên\s+nhẫn",
        r"hào\s+phóng",
        r"lịch\s+sự",
        r"tuyệt\s+vời",
    ),
)
SL = replace(
    SL,
    always=(r"vedno", r"zmeraj", r"venomer"),
    successors=(r"prevze\w*", r"(?:nov\w*|naslednj\w*)\s+(?:izvajal\w*|ponudnik\w*|dobavitelj\w*)"),
    gestures=(
        r"(?:našl\w*|našel|najde\w*|poiskal\w*|poišče\w*)\s+(?:\w+\s+){0,3}?(?:koga|nekoga|nekdo)",
        r"ne\s+manjka",
        r"(?:veliko|polno|kup)\s+(?:drugih\s+)?(?:dobrih|odličnih)",
    ),
    praise=(
        r"užitek",
        r"veselje",
        r"urejen\w*",
        r"točn\w*",
        r"prijazn\w*",
        r"potrpežljiv\w*",
        r"velikodušn\w*",
        r"natančn\w*",
        r"prijet\w*",
        r"skrbn\w*",
    ),
)

# Fifteenth tone round: a habit kept is praise whatever word says it. What the reader always
# did is a compliment when it is an obligation met early or in time ("You always paid within
# the week", "Tu as toujours payé sans attendre", "Chị lúc nào cũng chuyển khoản sớm",
# "Vedno si plačal sproti") or a need told ahead ("let us know early", "prévenu à l'avance",
# "báo trước", "vnaprej povedal"); said with a denial it stays blame ("…never within the
# agreed two weeks").
# Work done a second time is a harm, said in the passive too ("every menu had to be printed
# twice", "chaque page a été imprimée deux fois"), as "redo" and "làm lại" are.
EN = replace(
    EN,
    harms=(
        *EN.harms,
        r"\w+(?:ed|en|ne|t)\s+(?:\w+\s+)?(?:twice|three\s+times|a\s+second\s+time|all\s+over\s+again)",
    ),
)
FR = replace(
    FR, harms=(*FR.harms, r"\w+(?:é|ée|és|ées|it|ite|its|ites)\s+(?:\w+\s+)?(?:deux|trois)\s+fois")
)
EN = replace(
    EN,
    praise=(
        *EN.praise,
        r"within\s+(?:\w+\s+){0,2}?(?:days?|weeks?|hours?)",
        r"early",
        r"in\s+(?:good\s+)?time",
        r"in\s+advance",
        r"ahead\s+of\s+time",
        r"(?:straight|right)\s+away",
        r"promptly",
        r"in\s+full",
    ),
)
FR = replace(
    FR,
    praise=(
        *FR.praise,
        r"sans\s+(?:délai|retard|attendre|tarder)",
        r"dans\s+les\s+(?:temps|délais)",
        r"rubis\s+sur\s+l'ongle",
        r"(?:à\s+l'|en\s+)avance",
        r"rapidement",
        r"tout\s+de\s+suite",
    ),
)
# The Vietnamese habit told by its unit of time, before or after the reader: "Tháng nào em
# cũng chuyển khoản trễ", "Anh lần nào cũng đổi mẫu" is "you always…", and so is praise when
# what is done is a habit kept ("Tháng nào chị cũng chuyển khoản đúng hẹn").
_VI_EVERY = r"(?:lần|tuần|tháng|ngày|hôm|buổi|đợt|đơn|năm|mùa)\s+nào"
_VI_NOT_A_FAULT = r"(?!có\s+thể|được|là|sẵn|nhận|bộ|thể|quyền|diện)"
VI = replace(
    VI,
    always=(*VI.always, rf"{_VI_EVERY}\s+(?:{_VI_YOU}\s+)?cũng"),
    attacks=(
        *VI.attacks,
        rf"{_VI_EVERY}\s+{_VI_YOU}\s+cũng\s+{_VI_NOT_A_FAULT}\w+",
        rf"{_VI_YOU}\s+{_VI_EVERY}\s+cũng\s+{_VI_NOT_A_FAULT}\w+",
    ),
    praise=(*VI.praise, r"sớm", r"đúng\s+hạn", r"trước\s+hạn", r"báo\s+trước", r"nhanh\s+chóng"),
)
SL = replace(
    SL,
    praise=(*SL.praise, r"sproti", r"vnaprej", r"takoj", r"v\s+roku", r"hitro"),
)
EN = replace(EN, formulas=(r"understanding", r"in\s+advance"))
FR = replace(FR, formulas=(r"compréhension", r"par\s+avance", r"d'avance"))
VI = replace(VI, formulas=(r"thông\s+cảm", r"thấu\s+hiểu"))
SL = replace(SL, formulas=(r"razumevanj\w*", r"vnaprej"))
# Sixteenth tone round (issue #13): who did or failed to do what, in three more shapes. A
# failing of the reader's denied is praise ("You've never once paid late", "Vous n'avez jamais
# réglé une facture en retard", "Chị chưa từng trả tiền trễ", "Nikoli niste zamudili s
# plačilom"), while a duty denied stays blame ("you never paid on time": checker
# _failing_denied). A past supposition about what the reader did, with what it would have
# spared us ("If you had read our quotes…, we would not have spent…", "Če bi mi vsaj enkrat
# poslal…, mi ne bi bilo treba…"), and a promise of the reader's still not kept ("Chị hứa…,
# nhưng đến giờ vẫn chưa trả") are blame (checker _counterfactual_blame, _broken_promises).
# Work that took longer than planned is a harm like a delay ("je vsaka selitev trajala teden
# dlje, kot smo načrtovali").
EN = replace(
    EN,
    we_subjects=(r"we", r"i", r"our\s+\w+"),
    failings=(
        r"late(?:r)?",
        r"overdue",
        r"unpaid",
        r"forg[eo]t\w*",
        r"miss(?:ed)?",
        r"cancell?(?:ed)?",
        r"let\s+(?:us|me)\s+down",
        r"(?:kept|left|leaving|keep|leave)\s+(?:\w+\s+){0,4}?(?:waiting|unanswered|hanging)",
        r"chas(?:e|ed|ing)",
        r"remind(?:ed|ing)?",
        r"(?:reason|cause)\s+(?:to|for)\s+(?:worry|concern|complaint)",
        r"complain\w*",
        r"haggl\w*",
    ),
    conditionals=(r"if", r"had\s+(?:you|your)"),
    spared=(
        r"(?:would|could)(?:\s+not|n't)\s+have",
        r"(?:we|i)'d\s+(?:not|never)\s+have",
        r"(?:would|could)\s+(?:never|not)\s+have",
    ),
    promised=(r"promis(?:e|ed|es|ing)",),
    still_not=(
        r"still\s+(?:\w+\s+)?(?:not|n't|no\b|waiting|unpaid|owe\w*|outstanding|open|due)",
        r"(?:has|have)(?:\s+not|n't)\s+(?:yet\s+)?(?:\w+\s+)?(?:come|arrived|been\s+paid|seen|received)",
        r"yet\s+to",
        r"never\s+(?:came|arrived|happened|did)",
    ),
    burdens=(*EN.burdens, r"chase"),  # "our staff stayed late every month to chase them"
    harms=(
        *EN.harms,
        r"chase",
        r"longer\s+than\s+(?:\w+\s+)?(?:planned|agreed|expected|quoted|scheduled)",
        r"(?:a|an|one|two|three|four|\w+)\s+(?:days?|weeks?|months?|hours?)\s+longer",
    ),
)
FR = replace(
    FR,
    we_subjects=(r"nous", r"je", r"j'", r"on", r"notre\s+\w+", r"nos\s+\w+"),
    failings=(
        r"en\s+retard",
        r"tard",
        r"retard\w*",
        r"impayé\w*",
        r"oubli\w*",
        r"manqu\w*",
        r"annul\w*",
        r"(?:fait|laissé\w*)\s+(?:\w+\s+){0,2}?attendre",
        r"sans\s+(?:réponse|nouvelles|suite)",
        r"relanc\w*",
        r"rappeler",
        r"(?:motif|raison|sujet)s?\s+d(?:e\s+|')(?:inquiétude|plainte|souci)",
        r"plaint\w*",
        r"déç\w*",
    ),
    conditionals=(r"si", r"s'"),
    spared=(
        r"(?:n'|ne\s+)(?:aurions|aurais|aurait|aurions|serions|serais|serait)\s+pas",
        r"(?:nous|me|m')\s+(?:aurions|aurais|aurait)\s+(?:évité|épargné)",
    ),
    promised=(r"promi(?:s|se|ses|ttez|ttiez|tté|ttait)",),
    still_not=(
        r"toujours\s+pas",
        r"toujours\s+(?:rien|en\s+attente|impayé\w*|dû\w*|ouvert\w*)",
        r"(?:n'|ne\s+)(?:\w+\s+)?(?:avons|ai|a|est)\s+(?:toujours|jamais)\s+(?:\w+\s+)?(?:rien|pas|reçu|vu|été)",
        r"(?:n'|ne\s+)(?:\w+\s+)?(?:\w+\s+)?(?:toujours|jamais)\s+(?:pas\s+)?(?:arrivé\w*|venu\w*|réglé\w*|payé\w*)",
    ),
    harms=(
        *FR.harms,
        r"plus\s+longtemps\s+que\s+(?:prévu|convenu|annoncé)",
        r"(?:un|une|deux|trois|quatre|\w+)\s+(?:jours?|semaines?|mois|heures?)\s+de\s+plus",
    ),
)
VI = replace(
    VI,
    we_subjects=(
        r"tôi",
        r"chúng\s+tôi",
        r"chúng\s+ta",
        r"mình",
        r"tớ",
        r"(?:bên|phía)\s+(?:tôi|mình)",
    ),
    failings=(
        r"trễ",
        r"muộn",
        r"chậm",
        r"quá\s+hạn",
        r"quên",
        r"lỡ",
        r"hủy",
        r"nợ",
        r"thất\s+hứa",
        r"(?:phải|bắt)\s+(?:\w+\s+){0,2}?(?:chờ|đợi|nhắc|đòi|hỏi\s+lại|gọi\s+lại)",
        r"ép\s+(?:\w+\s+){0,4}?(?:gấp|vội)",
        r"lo\s+lắng",
        r"phàn\s+nàn",
        r"thất\s+vọng",
    ),
    praise=(*VI.praise, r"đúng\s+giờ"),  # "lúc nào cũng đúng giờ"; "chưa bao giờ … đúng giờ"
    conditionals=(r"nếu", r"giá\s+(?:mà|như)"),
    spared=(
        r"(?:thì\s+)?(?:đã\s+)?(?:không|chẳng)\s+(?:phải|mất|bị|cần|tốn)",
        r"(?:thì\s+)?đỡ\s+(?:phải|mất|tốn)",
    ),
    promised=(r"hứa",),
    still_not=(
        r"vẫn\s+(?:còn\s+)?(?:chưa|không|nợ)",
        r"(?:đến|tới)\s+(?:giờ|nay|bây\s+giờ|hôm\s+nay)\s+(?:\w+\s+){0,3}?(?:chưa|không)",
        r"chưa\s+thấy",
    ),
    harms=(
        *VI.harms,
        r"dời\s+(?:sang|qua|đến|tới)",  # "bị dời sang ngày khác", as "dời lại"
        r"lâu\s+hơn\s+(?:\w+\s+){0,3}?(?:dự\s+kiến|kế\s+hoạch|đã\s+hẹn|thỏa\s+thuận|đã\s+tính)",
        r"kéo\s+dài\s+(?:thêm\s+)?(?:\w+\s+)?(?:ngày|tuần|tháng)",
    ),
)
SL = replace(
    SL,
    we_subjects=(
        r"jaz",
        r"midva",
        r"midve",
        r"mi(?=\s+(?:\w+\s+){0,3}?\w+l[ie](?!\w))",
        r"naš\w*",
        r"smo",
        r"sem",
        r"sva",
    ),
    failings=(
        r"zamud\w*",
        r"zamuj\w*",
        r"pozn[aoi]\w*",
        r"prepozn\w*",
        r"neplačan\w*",
        r"pozabi\w*",
        r"odpoved\w*",
        r"čaka\w*",
        r"opominja\w*",
        r"opomin\w*",
        r"urgira\w*",
        r"(?:razlog\w*|vzrok\w*|povod\w*)\s+za\s+(?:skrb|pritožb\w*|slabo\s+voljo|jezo)",
        r"pritož\w*",
        r"razočara\w*",
        r"v\s+zadnjem\s+trenutku",
    ),
    conditionals=(r"če\s+bi", r"ko\s+bi"),
    spared=(
        r"ne\s+bi\s+(?:\w+\s+)?(?:bilo\s+treba|bilo\s+potrebno|rabil\w*|moral\w*|izgubil\w*"
        r"|porabil\w*|čakal\w*|delal\w*|zamudil\w*)",
    ),
    promised=(r"obljub\w*",),
    still_not=(
        r"še\s+vedno\s+(?:\w+\s+)?(?:ni\w*|ne\b|čaka\w*|neplačan\w*|dolg\w*|odprt\w*)",
        r"še\s+(?:nismo|nisem|ni|niste|nisi)",
        r"(?:do\s+danes|do\s+zdaj|doslej)\s+(?:\w+\s+){0,2}?(?:ni\w*|ne\b)",
    ),
    losses=(*SL.losses, r"izgublj\w*"),  # "smo vsak mesec izgubljali dneve"
    harms=(
        *SL.harms,
        r"dlje,?\s+kot\s+(?:smo\s+|je\s+bilo\s+|sem\s+)?(?:načrtovan\w*|dogovorjen\w*|predvid\w*|obljubljen\w*)",
        r"(?:dan|dni|teden|tedna|tednov|mesec|meseca|mesecev|uro|ure|ur)\s+dlje",
    ),
)
# Twelfth round (after batch 16-s12's first read, which it is tuned on since): reminders given
# with their dates are an account, not blame; a Vietnamese friendly invitation ("anh cứ gọi
# em nhé") is not a reproach of a habit; thanks in advance or on a condition are no thanks; a
# second reason added by saying so ("We must also add that", "Il faut ajouter que", "Dodati
# moramo še, da").
EN = replace(
    EN,
    reminders=(_EN_REMINDED,),
    unearned=(r"in\s+advance", r"if"),
    hopes=(
        r"(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:quite\s+)?(?:sure|certain|confident|convinced)",
        r"(?:we|i)\s+(?:\w+\s+)?(?:hope|trust|believe|wish)",
    ),
    added_reasons=(
        *EN.added_reasons,
        r"(?:we|i)\s+(?:must|should|have\s+to|need\s+to)\s+(?:also\s+)?add\s+that",
        r"let\s+(?:us|me)\s+(?:also\s+)?add",
    ),
)
FR = replace(
    FR,
    reminders=(_FR_REMINDED,),
    unearned=(r"d'?avance", r"par\s+avance", r"s(?:i\s+vous|i\s+tu|'il)"),
    hopes=(
        r"(?:nous\s+sommes|je\s+suis)\s+(?:\w+\s+)?(?:sûr|certain|convaincu|persuadé)\w*",
        r"(?:nous\s+espérons|j'espère|nous\s+souhaitons|je\s+souhaite|nous\s+croyons)",
    ),
    added_reasons=(
        *FR.added_reasons,
        r"(?:il\s+)?(?:faut|faudrait|devons|doit|dois)\s+(?:aussi\s+|également\s+)?ajouter\s+qu(?:e|'\w+)",
        r"(?:ajoutons|j'ajoute|nous\s+ajoutons)\s+(?:aussi\s+|également\s+)?qu(?:e|'\w+)",
    ),
)
VI = replace(
    VI,
    reminders=(_VI_REMINDED,),
    unearned=(r"trước(?!\s+(?:hết|đây|kia|tiên|nay))", r"nếu"),
    hopes=(
        r"(?:chúng\s+tôi|tôi|em|bọn\s+em|chúng\s+em|mình)\s+(?:rất\s+)?(?:tin|mong|hy\s+vọng"
        r"|hi\s+vọng|chắc\s+chắn)",
        r"chúc",
    ),
    added_reasons=(*VI.added_reasons, r"(?:cũng\s+)?(?:phải|xin|cần)\s+nói\s+thêm"),
    invitations=(rf"{_VI_YOU}\s+cứ\s+(?:\w+\s+){{0,8}}?(?:nhé|nha|nhá|nhe|nhen|nghen)",),
)
SL = replace(
    SL,
    reminders=(_SL_REMINDED,),
    unearned=(r"vnaprej", r"če"),
    hopes=(
        r"prepričan\w*\s+(?:smo|sem)",
        r"(?:smo|sem)\s+prepričan\w*",
        r"upa\w*",
        r"želi(?:mo|m)",
        r"verjame\w*",
    ),
    added_reasons=(
        *SL.added_reasons,
        r"dodati\s+(?:moramo|moram|je\s+treba|velja)(?:\s+(?:še|tudi))?\s*,?\s+da",
        r"(?:treba|potrebno)\s+je\s+(?:še\s+|tudi\s+)?dodati",
        r"(?:naj|moramo)\s+(?:še\s+|tudi\s+)?dodam[oi]?",
    ),
)

# Thirteenth round (issue #13): the last occasion of the work, dated ("the last collection
# from Harbour View will be on 29 March", "mon dernier cours aura lieu le 27 juin", "buổi
# dạy cuối của em với bé sẽ là ngày 30 tháng 7", "Zadnji obisk bo 15. oktobra"), read by
# checker._last_dated as a sentence that ends the work.
EN = replace(
    EN,
    lasts=(r"last", r"final"),
    no_longer=(r"no\s+longer", r"(?:will\s+not|won't)\s+(?:\w+\s+)?(?:take|accept|renew)\w*"),
    being=(
        r"will\s+(?:\w+\s+)?be",
        r"'ll\s+be",
        r"is",
        r"are",
        r"(?:will\s+)?(?:falls?|takes?\s+place)",
    ),
)
FR = replace(
    FR,
    lasts=(r"derni[eè]re?s?", r"ultime"),
    no_longer=(r"ne\s+(?:[\w']+\s+){1,2}?plus", r"n'\w+\s+plus"),
    being=(r"sera", r"seront", r"est", r"sont", r"aura\s+(?:\w+\s+)?lieu", r"a\s+lieu", r"tombera"),
)
VI = replace(
    VI,
    # "cuối" after what is done ("buổi dạy cuối", "lần nhận đồ cuối"); "cuối tháng" is a time
    lasts=(r"cuối\s+cùng", r"cuối(?!\s+(?:tháng|năm|quý|tuần|ngày))"),
    no_longer=(r"không\s+(?:còn|nhận\s+thêm|tiếp\s+tục)", r"thôi\s+không"),
    being=(r"sẽ\s+là", r"là", r"sẽ\s+(?:diễn\s+ra|rơi\s+vào)", r"rơi\s+vào", r"diễn\s+ra"),
)
SL = replace(
    SL,
    lasts=(r"zadnj\w*",),
    no_longer=(r"ne\s+(?:\w+\s+)?(?:bo\w*|\w+mo)\s+več", r"ne\s+\w+\s+več"),
    being=(r"bo", r"bodo", r"bosta", r"je", r"so", r"bo\s+potekal\w*"),
)

# Thirteenth round (issue #13): blame as cause and effect in more shapes. Work thrown away
# is a harm like work redone ("a whole batch went in the bin", "phải đổ bỏ", "zavreči");
# a cause may be a way of acting ("By turning up without an appointment…", "À force de…",
# "En changeant…", "S tem ko ste…"), and an effect may be said with "meant" or with us as
# the object ("nous ont obligés à", "vous nous avez fait jeter"). Read by
# checker._blamed_causes.
EN = replace(
    EN,
    harms=(
        *EN.harms,
        r"thrown\s+(?:\w+\s+)?away",
        r"(?:went|go|goes|ended\s+up)\s+(?:\w+\s+)?in\s+the\s+bin",
        r"binned",
        r"scrapped",
        r"written\s+off",
        r"(?:went|go|goes)\s+to\s+waste",
    ),
    cause_marks=(*EN.cause_marks, r"by\s+(?:\w+ly\s+)?\w+ing"),
    effect_marks=(*EN.effect_marks, r"meant", r"means"),
)
FR = replace(
    FR,
    harms=(
        *FR.harms,
        r"jet(?:er|é\w*|ons|ez|ait|aient|te\w*)",
        r"(?:à\s+la|à\s+la\s+)?poubelle",
        r"(?:mis\w*|mettre)\s+au\s+rebut",
        r"perte\s+sèche",
    ),
    cause_marks=(*FR.cause_marks, r"à\s+force\s+d(?:e|')", r"en\s+\w+ant"),
    effect_marks=(
        *FR.effect_marks,
        r"(?:nous\s+|m'|l'|les\s+)?(?:a|ont|avait|avaient|avez|aviez)\s+(?:obligé|contraint|forcé)"
        r"\w*",
        r"(?:nous\s+)?(?:avez|aviez)\s+(?:fait|mis)\s+\w+",
    ),
)
VI = replace(
    VI,
    harms=(
        *VI.harms,
        r"(?:phải\s+)?(?:đổ|vứt|bỏ)\s+(?:bỏ|đi)",
        r"bỏ\s+(?:\w+\s+){1,4}?đi",
        r"hủy\s+bỏ",
        r"bỏ\s+phí",
    ),
)
SL = replace(
    SL,
    harms=(
        *SL.harms,
        r"zavr(?:eči|ečt\w*|gl\w*|žen\w*)",
        r"odvr(?:eči|gl\w*)",
        r"metal\w*\s+(?:\w+\s+)?stran",
        r"(?:v|med)\s+smeti",
        r"uničen\w*",
    ),
    cause_marks=(*SL.cause_marks, r"s\s+tem,?\s+ko"),
)

# Fourteenth tone round (issue #13): a judgement of what working with the reader is like,
# whatever the reader's grammatical person or number ("S tabo je res težko delati", "z vama",
# "Travailler avec toi relève de l'exploit", "Working with you has never been easy"); an
# ironic gift or talent whose object is a fault, a lapse or a bargain ("you have a real gift
# for remembering conversations that never happened", "le don rare de trouver un défaut",
# "biệt tài nhớ sai", "poseben talent, da vsako ponudbo razumete kot izhodišče za popust");
# and in Vietnamese, work our people had to do again ("thợ bên em phải cắt lại chữ") as the
# harm of a cause on the reader's side. "Z vama je bilo vedno lepo delati", "a real talent
# for finding good staff" and "bên em sẽ sửa lại miễn phí" (a repair offered) stay calm.
_HARD_WORK = {
    "en": r"hard|difficult|exhausting|draining|impossible|tiring|a\s+(?:struggle|battle|chore"
    r"|feat|trial|test\s+of\s+patience)|an\s+ordeal|(?:never|not|seldom|rarely)\s+(?:been\s+)?"
    r"(?:easy|simple)|anything\s+but\s+(?:easy|simple)|no\s+picnic|hard\s+work|heavy\s+going",
    "fr": r"difficile|impossible|pénible|épuisant\w*|compliqué\w*|(?:un\s+|du\s+|de\s+l')?"
    r"(?:exploit|miracle|calvaire|enfer|combat|épreuve|parcours\s+du\s+combattant|gageure)"
    r"|(?:jamais|pas|rarement)\s+(?:été\s+)?(?:simple|facile|une\s+sinécure)",
    "vi": r"khó(?!\s+(?:khăn|quên))|mệt|vất\s+vả|cực\s+(?:khổ|nhọc)|đuối|căng\s+thẳng|áp\s+lực"
    r"|đau\s+đầu|không\s+thể|ác\s+mộng"
    r"|(?:chưa\s+bao\s+giờ|không\s+hề|chẳng\s+hề|không)\s+(?:dễ|đơn\s+giản)",
    "sl": r"težko|nemogoče|naporno|mučno|zoprno|utrujajoče|izčrpujoče|izčrpljujoče|garanje"
    r"|(?:ni|nikoli\s+ni|ni\s+nikoli|ni\s+bilo|ni\s+bilo\s+nikoli|nikoli\s+ni\s+bilo)\s+"
    r"(?:(?:ravno|prav|čisto)\s+)?(?:lahko|preprosto|enostavno|prijetno)",
}
_WORK_WITH = {
    "en": r"(?:working|dealing|doing\s+business|collaborating)\s+with\s+you",
    "fr": r"(?:travailler|collaborer|traiter|composer)\s+avec\s+(?:vous|toi)",
    "vi": r"(?:làm\s+việc|hợp\s+tác|làm\s+ăn)\s+(?:cùng\s+|với\s+)(?:" + VI_READER + r")",
    "sl": r"(?:delati|delo|sodelovati|sodelovanje|poslovati|poslovanje|shajati)\s+"
    r"(?:z\s+vami|z\s+vama|s\s+tabo|s\s+teboj)",
}
_SL_WITH_READER = r"z\s+vami|z\s+vama|s\s+tabo|s\s+teboj"
_IS = {
    "en": r"(?:is|was|has\s+been|had\s+been|has|had|will\s+be|becomes|became)",
    "fr": r"(?:est|était|a|avait|n'est|n'était|n'a|n'avait|devient|est\s+devenu|relève|relevait"
    r"|tient|tenait)",
}
_DEGREE = r"(?:[\w']+\s+){0,3}?"


def _hard_to_work_with(lang: str) -> tuple[str, ...]:
    """ "Working with you has never been easy", "Làm việc với chị thật sự chưa bao giờ dễ dàng";
    in Slovenian also "S tabo je res težko delati", "Z vama ni bilo nikoli lahko sodelovati"
    (Vietnamese and Slovenian need no verb "to be" before the judgement)."""
    hard, work = _HARD_WORK[lang], _WORK_WITH[lang]
    is_ = rf"{_IS[lang]}\s+" if lang in _IS else ""
    found = [rf"{work}\s+{is_}{_DEGREE}(?:{hard})(?!\w)"]
    if lang == "sl":
        found.append(
            rf"(?:{_SL_WITH_READER})\s*,?\s+{_DEGREE}(?:{hard})\s+(?:\w+\s+)?"
            r"(?:delati|sodelovati|poslovati|shajati)"
        )
    return tuple(found)


_FAULT_GIFT = {
    "en": (
        r"(?:you|you've|your)\s+(?:\w+\s+){0,4}?(?:gift|talent|knack|flair|genius)\s+for\s+"
        r"(?:\w+\s+){0,6}?(?:fault|flaw|problem|mistake|defect|error|forget|misremember"
        r"|never\s+happened|changing\s+(?:\w+\s+)?mind|complain|delay|discount|haggl"
        r"|los(?:ing|e)\s+\w+|(?:creat|mak)\w*\s+(?:\w+\s+)?(?:trouble|work|drama))\w*",
    ),
    "fr": (
        r"(?:vous|tu|votre|ton|ta)\s+(?:[\w']+\s+){0,4}?(?:l')?(?:don|talent|art|génie)\s+"
        r"(?:\w+\s+)?(?:de|d'|pour)\s*(?:[\w']+\s+){0,6}?(?:défaut|problème|erreur|faute|oubli"
        r"|chang|compliqu|redire|critiqu|réclam|plaindre|perdre|retard|rabais|remise|négoci)\w*",
    ),
    "vi": (
        r"(?:" + VI_READER + r")\s+(?:\w+\s+){0,3}?(?:biệt\s+tài|tài\s+năng|năng\s+khiếu"
        r"|tài\s+riêng|có\s+tài|khả\s+năng\s+đặc\s+biệt)\s+(?:\w+\s+){0,6}?(?:sai|quên|lỗi|đổi|chê|phàn\s+nàn"
        r"|bắt\s+bẻ|soi|trễ|chậm|rắc\s+rối|vấn\s+đề|giảm\s+giá|mặc\s+cả)",
    ),
    "sl": (
        r"(?:imate|imaš|imata|vaš\w*|tvoj\w*)\s+(?:\w+\s+){0,3}?(?:talent|dar|nadarjenost|smisel"
        r"|sposobnost)\w*\s*,?\s+(?:\w+\s+){0,8}?(?:napak|pomanjkljivost|težav|pozab|spremen"
        r"|narobe|pritož|zaplet|izhodišč|popust|pogajanj)\w*",
    ),
}
# Work our people had to do again (not "trả lại", "gửi lại": given or sent back).
_VI_DONE_AGAIN = (
    r"phải\s+(?:\w+\s+){0,2}?(?:làm|cắt|in|sơn|sửa|may|nấu|dựng|vẽ|thiết\s+kế|chụp|quay|dịch"
    r"|viết|lắp|đóng|chỉnh|soạn|đo|giao|kiểm\s+tra|xếp|sắp\s+xếp)\s+lại"
)
EN = replace(EN, attacks=(*EN.attacks, *_hard_to_work_with("en"), *_FAULT_GIFT["en"]))
FR = replace(FR, attacks=(*FR.attacks, *_hard_to_work_with("fr"), *_FAULT_GIFT["fr"]))
VI = replace(
    VI,
    attacks=(*VI.attacks, *_hard_to_work_with("vi"), *_FAULT_GIFT["vi"]),
    harms=(*VI.harms, _VI_DONE_AGAIN),
)
SL = replace(SL, attacks=(*SL.attacks, *_hard_to_work_with("sl"), *_FAULT_GIFT["sl"]))

# Fourteenth tone round, second pass: credit turned into irony by what it brought us ("Thanks
# to you, our crew worked three Saturdays", "Grâce à vous, nos techniciens ont passé leurs
# week-ends à tout refaire", "Nhờ anh mà đội của tôi mất trắng hai tuần", "Po tvoji zaslugi
# smo tri mesece delali ob sobotah"; read by checker._credited_burdens); the reader as a kind
# of person whose relative clause denies something ("You are simply someone who is never
# satisfied", "Tu es quelqu'un qui n'a jamais…", "Anh là kiểu người không bao giờ…", "Ste pač
# človek, ki nikoli…"; checker._kind_of_person); indifference laid on the reader ("You clearly
# don't care how…", "peu vous importe…", "chị chẳng quan tâm…", "vam je vseeno, koliko…").
# "Thanks to you, our studio found its first clients", "You are someone who always keeps
# their word", "If it's all the same to you", "Če vam je vseeno, pridemo v torek" stay calm.
EN = replace(
    EN,
    credited=(r"thanks\s+to\s+(?:you|your)",),
    person_frames=(
        r"you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+(?:always\s+)?been)\s+(?:\w+\s+){0,2}?"
        r"(?:someone|somebody|a\s+person|a\s+man|a\s+woman|a\s+client|a\s+customer|the\s+(?:kind"
        r"|sort|type)\s+of\s+\w+|one\s+of\s+those\s+\w+)\s+(?:who|that|for\s+whom|whom)",
    ),
    attacks=(
        *EN.attacks,
        r"you\s+(?:\w+\s+)?(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:\w+\s+)?(?:care|cared)"
        r"\s+(?:about|how|what|whether|if|who)",
        r"you\s+(?:\w+\s+)?couldn't\s+care\s+less",
    ),
)
FR = replace(
    FR,
    credited=(r"grâce\s+(?:à\s+(?:vous|toi|vos|votre|tes|ton|ta)|aux\s+vôtres)",),
    person_frames=(
        r"(?:vous\s+(?:êtes|étiez|avez\s+été)|tu\s+(?:es|étais|as\s+été))\s+(?:\w+\s+){0,2}?"
        r"(?:quelqu'un|une\s+personne|de\s+ces\s+\w+|de\s+ceux|de\s+celles|le\s+genre\s+de\s+\w+"
        r"|un\s+client|une\s+cliente|la\s+personne|celui|celle)\s*(?:qui|que|pour\s+qui|à\s+qui"
        r"|dont)",
    ),
    attacks=(
        *FR.attacks,
        r"peu\s+(?:vous|t')\s*import(?:e|ait|ent)",
        r"(?:vous\s+vous|tu\s+te|tu\s+t')\s*(?:en\s+)?(?:moqu|fich|fout)\w*",
        r"(?:vous\s+n'en\s+avez|tu\s+n'en\s+as|vous\s+n'en\s+aviez)\s+que\s+faire",
        r"(?<!si\s)(?:cela|ça)\s+(?:vous|t')\s*(?:est|était|a\s+toujours\s+été)\s+(?:bien\s+)?égal",
    ),
)
VI = replace(
    VI,
    credited=(rf"nhờ\s+(?:có\s+)?(?:bên\s+)?(?:{VI_READER})(?:\s+mà)?",),
    person_frames=(
        rf"(?:{VI_READER})\s+(?:\w+\s+){{0,2}}?là\s+(?:một\s+)?(?:kiểu\s+|loại\s+|típ\s+|tuýp\s+)?"
        r"(?:người|khách(?:\s+hàng)?)(?:\s+mà)?",
    ),
    attacks=(
        *VI.attacks,
        rf"(?:{VI_READER})\s+(?:\w+\s+){{0,2}}?(?:chẳng|không\s+hề|chẳng\s+hề|không\s+bao\s+giờ"
        r"|chưa\s+bao\s+giờ|không\s+thèm|chẳng\s+thèm)\s+(?:thèm\s+)?(?:quan\s+tâm|để\s+ý"
        r"|đếm\s+xỉa|coi\s+trọng|để\s+tâm)",
    ),
)
SL = replace(
    SL,
    credited=(
        r"po\s+(?:vaši|tvoji)\s+zaslugi",
        r"zahvaljujoč\s+(?:vam|tebi|vaš\w*|tvoj\w*)",
    ),
    person_frames=(
        r"(?:ste|si|bili\s+ste|bila\s+ste|bil\s+si|bila\s+si)\s+(?:\w+\s+){0,2}?(?:človek|oseba"
        r"|naročni\w+|strank\w*|eden\s+tistih\s+\w+|ena\s+tistih\s+\w+|tip\s+\w+)\s*,?\s+"
        r"(?:ki|kateri\w*|pri\s+kateri\w*|za\s+katere\w*|s\s+katerim\w*)",
    ),
    attacks=(
        *SL.attacks,
        r"(?<!če\s)(?:vam|ti)\s+(?:je|je\s+bilo|bo)\s+(?:\w+\s+)?vseeno,?\s+(?:koliko|kaj|ali"
        r"|kako|kdo|kdaj|da)",
        r"(?:vam|ti)\s+(?:ni|ni\s+bilo|nikoli\s+ni\s+bilo)\s+(?:\w+\s+)?mar",
        r"(?:težko|nemogoče)\s+(?:je\s+)?(?:vam\s+|ti\s+)?ustreči",
    ),
)

# Thanks for a lesson in patience, which only the reader's conduct can have taught ("Thank you
# for teaching us what patience really means", "Merci de nous avoir appris la patience",
# "Cảm ơn anh đã dạy chúng tôi bài học về sự kiên nhẫn", "Hvala, ker ste nas naučili
# potrpežljivosti"): sarcasm. Thanks for what the reader taught us of their trade stays thanks.
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        _within(
            r"thank\w*",
            r"(?:taught|teaching|teach)\s+(?:us|me)\s+(?:\w+\s+){0,4}?(?:patience|flexibility"
            r"|humility|tolerance)",
            gap=6,
        ),
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        _within(
            r"merci|remerci\w*",
            r"appris\s+(?:[\w']+\s+){0,5}?(?:patience|souplesse|humilité|tolérance)",
            gap=8,
        ),
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        _within(
            r"cảm\s+ơn|cám\s+ơn",
            r"dạy\s+(?:\w+\s+){0,6}?(?:kiên\s+nhẫn|nhẫn\s+nại|chịu\s+đựng)",
            gap=10,
        ),
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        _within(
            r"hvala|zahvalju\w*",
            r"naučil\w*\s*,?\s+(?:\w+\s+){0,4}?(?:potrpežljiv|strpnost|prilagodljivost|ponižnost)\w*",
            gap=10,
        ),
    ),
)

# The same lesson taught by the reader, or by working with them, with no thanks around it
# (fifteenth tone round): "Working for you has taught us patience", "Travailler pour toi m'aura
# appris la patience", "Làm việc với anh dạy cho tôi sự kiên nhẫn", "Delo s tabo me je naučilo
# potrpežljivosti". What the reader taught of their trade stays calm.
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        r"(?:(?:working|dealing)\s+(?:with|for)\s+you(?:r\s+\w+)?|you)\s+(?:[\w']+\s+){0,3}?"
        r"(?:taught|teach\w*)\s+(?:us|me)\s+(?:\w+\s+){0,4}?(?:patience|humility|tolerance)",
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        r"(?:(?:travailler|collaborer|bosser|traiter)\s+(?:avec|pour)\s+(?:vous|toi)|vous|tu)\s+"
        r"(?:[\w']+\s+){0,4}?appris\s+(?:[\w']+\s+){0,5}?(?:patience|humilité|tolérance)",
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        rf"(?:(?:làm\s+việc|hợp\s+tác|làm\s+ăn)\s+với\s+{_VI_YOU}|{_VI_YOU})\s+(?:\w+\s+){{0,4}}?"
        r"dạy\s+(?:\w+\s+){0,6}?(?:kiên\s+nhẫn|nhẫn\s+nại|chịu\s+đựng)",
    ),
)
SL = replace(
    SL,
    attacks=(
        *SL.attacks,
        r"(?:(?:delo|sodelovanje|poslovanje)\s+[zs]\s+(?:vami|vama|tabo|teboj)|ste|si)\s+"
        r"(?:\w+\s+){0,4}?naučil\w*\s*,?\s+(?:\w+\s+){0,4}?"
        r"(?:potrpežljiv|strpnost|ponižnost)\w*",
    ),
)

# A change on the reader's side is no fault (fourteenth tone round, third pass): "Because you
# don't open on Saturdays any more, we will stop the weekend visits", "Parce que vous ne
# travaillez plus le samedi…", "Vì chị không còn cần dịch vụ hằng ngày…", "Ker niste več v
# Ljubljani…" (checker._blame_read); "à cause de votre déménagement" is a cause, "à cause de
# vos retards" a fault.
EN = replace(EN, ceased=(r"no\s+longer", r"any\s*more"))
FR = replace(
    FR,
    ceased=(r"ne\s+(?:[\w']+\s+){1,2}?plus", r"n'\w+\s+(?:\w+\s+)?plus"),
    attacks=(
        *_without(FR.attacks, r"à\s+cause\s+de\s+(?:vous|vos|votre)"),
        r"à\s+cause\s+de\s+(?:vous|toi)(?!\w)",
        rf"à\s+cause\s+de\s+(?:vos|votre|tes|ton|ta)\s+(?:[\w']+\s+){{0,3}}?(?:{FR_FAULT}|{FR_JUDGE})",
    ),
)
VI = replace(VI, ceased=(r"không\s+còn", r"nữa"))
SL = replace(
    SL,
    ceased=(r"(?:ne|ni|niste|nisi|nimate|nimaš)\s+(?:\w+\s+){0,2}?več",),
)

# The Slovenian reader in every person and number (fourteenth tone round, fourth pass): the
# habit cues read "vikanje" ("vedno zamujate", "vedno ste zamujali"); tikanje ("Vedno zamujaš
# s plačili", "Nikoli ne odgovoriš", "Vedno si zamujala…", "Nikoli nisi bil zadovoljen") and
# the dual ("Vedno sta spreminjala načrte", "Nikoli nista odgovorila", "zaradi vajinih zamud")
# were not read. Praise keeps its exemption ("Vedno si bil prijazen", "Vedno sta plačala
# pravočasno", checker._praised) and a fault never committed is praise ("Nikoli nisi zamudil s
# plačilom"). And with the reader, nothing was ever simple: "S tabo ni nikoli nič preprosto",
# "With you, nothing is ever simple", "Avec vous, rien n'est jamais simple", "Với chị chẳng có
# gì đơn giản".
_SL_HABIT = r"vedno|nikoli|nenehno|stalno|neprestano|venomer|zmeraj|spet|znova"
_SL_NOT_DONE = r"zamud|zamuj|pozab|spregled|prezr|zavrn|zanemar|ignorir"
SL = replace(
    SL,
    reader=(*SL.reader, r"vajin\w*", r"vama", r"vaju", r"vidva"),
    readers_side=(*SL.readers_side, r"vajin\w*", r"vama", r"vaju", r"vidva"),
    praise=(*SL.praise, r"pravočasn\w*", r"redno", r"prijaz\w*"),
    attacks=(
        *SL.attacks,
        # present, you (one) and you (two): "vedno zamujaš", "nikoli ne odgovorita"
        rf"(?:{_SL_HABIT})\s+(?:ne\s+)?(?!lahko)(?:(?:nas|nam|to|vse|mi|me)\s+)?"
        r"\w+(?:aš|iš|eš|ata|ita|eta)(?!\w)",
        # past: "vedno si zamujala", "kot vedno sta račun plačala po roku", "nikoli nisi bil…"
        rf"(?:{_SL_HABIT})\s+(?:si|sta)\s+(?!dobrodoš)(?:\w+\s+)?\w+l[aieo]?(?!\w)",
        rf"(?:{_SL_HABIT})\s+(?:nisi|nista)\s+(?!(?:\w+\s+)?(?:{_SL_NOT_DONE}))"
        r"(?:\w+\s+)?\w+l[aieo]?(?!\w)",
        rf"(?:{SL_CAUSE})\s+(?:\w+\s+){{0,2}}?(?:vajin\w*|vama|vaju|vidva)"
        rf"(?:[\s'-]+[\w'-]+){{0,6}}?[\s'-]+(?:{SL_FAULT})",
        r"(?:vam|vas|ti|tebi|te|vama|vaju)\s+(?:\w+\s+)?(?:ni\s+(?:bilo\s+)?mogoče|ne\s+moremo"
        r"|ne\s+more\s+nihče)\s+(?:ugoditi|ustreči)",
        rf"(?:{_SL_WITH_READER})\s*,?\s+(?:je|ni)\s+(?:bilo\s+)?(?:\w+\s+)?(?:vse\s+)?"
        r"(?:nič|ničesar)\s+(?:\w+\s+)?(?:preprost|lahk|enostavn)\w*",
    ),
)
EN = replace(
    EN,
    attacks=(
        *EN.attacks,
        r"with\s+you,?\s+nothing\s+(?:\w+\s+){0,2}?(?:simple|easy|straightforward)",
        r"nothing\s+(?:is|was|has\s+been)\s+(?:ever\s+)?(?:simple|easy|straightforward)\s+with\s+you",
    ),
)
FR = replace(
    FR,
    attacks=(
        *FR.attacks,
        r"avec\s+(?:vous|toi),?\s+rien\s+n'(?:est|était|a\s+été)\s+(?:\w+\s+)?(?:simple|facile)",
        r"rien\s+n'(?:est|était|a\s+(?:jamais\s+)?été)\s+(?:\w+\s+)?(?:simple|facile)\s+avec\s+(?:vous|toi)",
    ),
)
VI = replace(
    VI,
    attacks=(
        *VI.attacks,
        rf"với\s+(?:{VI_READER}),?\s+(?:thì\s+)?(?:chẳng|không)\s+(?:có\s+)?(?:việc\s+|điều\s+)?gì"
        r"\s+(?:là\s+)?(?:đơn\s+giản|dễ\s+dàng|dễ)",
    ),
)

# Thirteenth round (issue #13): thanks "in anticipation" ("remerciements anticipés") thank
# for nothing yet, like thanks "in advance"; so do thanks announced as given in advance
# before the word ("Vnaprej se zahvaljujemo", "Par avance merci"), read by checker._thanks.
EN = replace(EN, unearned=(*EN.unearned, r"in\s+anticipation"))
FR = replace(FR, unearned=(*FR.unearned, r"anticipé\w*"))

# Session 13, second round (issue #13, batch fresh-18-alt): someone other than us offered as
# a person named with their trade, or a provider described by what they do, with what they
# can do for the reader (checker._offered). Indefinite words carry it: "a", "un", "một"; a
# Slovenian trade noun in apposition has no article, so its ending marks a person
# ("knjigovodkinja", "vrtnar", "sprehajalec").
_SL_TRADE = r"[\w]*(?:ar|ec|nik|telj|ist|ač|kinja|inja|vt|lka)(?:ji|ja|a|i)?"
EN = replace(
    EN,
    introductions=(r"(?:a|an)\s+", r"(?:my|our)\s+former\s+"),
    described=(r"(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+who",),
    able=(
        r"can",
        r"could",
        r"will",
        r"would",
        r"might",
        r"(?:has|have)\s+agreed",
        r"(?:is|are)\s+(?:happy|glad|able|ready)\s+to",
        r"suits?",
    ),
    ours=(r"our", r"ours"),
)
FR = replace(
    FR,
    introductions=(r"(?:un|une)\s+", r"(?:mon|ma|notre)\s+ancien\w*\s+"),
    described=(
        r"(?:un|une|tout|toute|n'importe\s+quel\w*)\s+(?:[\w'-]+\s+){0,3}?[\w-]+(?:iste|eur"
        r"|euse|rice|ien|ienne|ier|ière|aire|able)s?\s+qui",
    ),
    able=(
        r"pourr\w*",
        r"peut",
        r"peuvent",
        r"saur\w*",
        r"accept\w*",
        r"volontiers",
        r"conviendr\w*",
        r"(?-i:[a-zàâçéèêëîïôûù]\w+r(?:a|ont|ait|aient))",
    ),
    ours=(r"notre", r"nos"),
)
VI = replace(
    VI,
    introductions=(r"một\s+", r"(?:người\s+)?(?:đồng\s+nghiệp|bạn)\s+cũ\s+"),
    described=(
        r"^một\s+(?:người|đội|nhóm|thợ|bên|chỗ|nơi|cơ\s+sở|xưởng|tiệm|công\s+ty|đơn\s+vị)",
        r"(?:người|thợ|đội|bên|chỗ|nơi)\s+(?:\w+\s+){0,4}?nào",
    ),
    able=(r"sẽ", r"có\s+thể", r"đồng\s+ý", r"sẵn\s+lòng", r"hợp"),
    ours=(r"của\s+(?:chúng\s+tôi|bên\s+em|công\s+ty\s+(?:chúng\s+tôi|em))",),
    gestures=(*VI.gestures, r"thiếu\s+gì"),
)
SL = replace(
    SL,
    introductions=(r"(?-i:[a-zčšž])" + _SL_TRADE + r"\s*,", r"(?:moj|moja|naš|naša)\s+nekdanj\w*"),
    described=(_SL_TRADE + r",\s+ki",),
    able=(r"bo", r"bodo", r"bi", r"lahko", r"pristal\w*", r"z\s+veseljem", r"rad\w*"),
    ours=(r"naš\w*",),
)

# Session 14 (issue #13, batch fresh-19-s14): one reason counted once when it is told as
# its cause and its consequence or as an incident with what was said; futures that leave
# the rest to later; a next step said in the first person singular ("je t'envoie",
# "ti pošljem", "Ključe vrnem"). Read by checker._vague, _continues and _incident.
EN = replace(
    EN,
    vague=(
        r"at\s+some\s+point",
        r"eventually",
        r"somehow",
        r"one\s+way\s+or\s+another",
        r"sooner\s+or\s+later",
        r"when\s+the\s+time\s+comes",
        r"(?:we|I)(?:'ll|\s+will|\s+shall)\s+see",
        r"see\s+what\s+happens",
        r"work\s+something\s+out",
        r"figure\s+(?:something|it)\s+out",
    ),
    continuations=(
        r"without\s+(?:him|her|them|it|this|that)",
        r"replac\w+\s+(?:him|her|them|it)",
        r"which\s+means",
        r"that\s+(?:means|leaves)",
        r"this\s+(?:means|leaves)",
        r"as\s+a\s+result",
        r"because\s+of\s+(?:this|that|it)",
    ),
    sayings=(r"told", r"said", r"called", r"asked\s+(?:him|her|them)\s+whether"),
    common=frozenset(
        [
            "becaus",
            "withou",
            "cannot",
            "anymor",
            "should",
            "client",
            "custom",
            "busine",
            "compan",
            "anothe",
            "theref",
            "longer",
            "people",
            "always",
            "before",
            "months",
            "number",
            "things",
            "little",
            "really",
            "enough",
            "during",
            "within",
        ]
    ),
)
FR = replace(
    FR,
    next_steps=(
        *FR.next_steps,
        # the present said for the near future, first person singular: "je t'envoie les
        # accès", "je vous rends les cahiers" (not "je vous remercie", "je vous écris")
        r"je\s+(?:vous|te|t'|lui|leur)\s*(?!(?:remerci|souhait|pri|écri|inform|annonc|confirm"
        r"|recommand|conseill|di[st]\b|fais\s+part|avou|assur|rappell|sui|doi)\w*)\w+(?:e|s|ds)\b",
    ),
    vague=(
        r"le\s+moment\s+venu",
        r"on\s+verra",
        r"nous\s+verrons(?:\s+bien)?",
        r"(?:trouverons|trouverez|trouvera)\s+bien",
        r"d'une\s+(?:manière|façon)\s+ou\s+d'une\s+autre",
        r"tôt\s+ou\s+tard",
        r"un\s+jour\s+ou\s+l'autre",
        r"(?:plus\s+tard|ultérieurement)(?!\s+(?:le|que)\b)",
    ),
    continuations=(
        r"sans\s+(?:lui|elle|eux|elles|cela|ça)",
        r"(?:le|la|les)\s+remplacer",
        r"(?:donc|par\s+conséquent|de\s+ce\s+fait|dès\s+lors)",
        r"c'est\s+pourquoi",
        r"(?:cela|ce\s+qui)\s+(?:signifie|veut\s+dire|nous\s+oblige|nous\s+laisse)",
        r"à\s+cause\s+de\s+(?:cela|ça)",
    ),
    sayings=(r"dit", r"déclaré", r"lancé", r"répondu", r"écrit", r"traité\w*"),
    common=frozenset(
        [
            "pouvon",
            "pouvez",
            "client",
            "entrep",
            "toujou",
            "depuis",
            "pendan",
            "encore",
            "aujour",
            "années",
            "moment",
            "plusie",
            "beauco",
            "vraime",
            "désorm",
            "ensemb",
        ]
    ),
)
VI = replace(
    VI,
    vague=(
        r"tính\s+sau",
        r"để\s+sau",
        r"rồi\s+tính",
        r"sau\s+này\s+(?:hẵng|rồi)",
        r"(?:khi|lúc)\s+nào\s+đó",
        r"từ\s+từ\s+tính",
        r"tới\s+đâu\s+hay\s+tới\s+đó",
    ),
    continuations=(
        r"(?:thiếu|không\s+có)\s+(?:anh|chị|cô|chú|bác|ông|bà|cậu|em)\s+ấy",
        r"(?:vì|do)\s+(?:vậy|thế|đó)",
        r"cho\s+nên",
        r"thành\s+ra",
        r"nghĩa\s+là",
        r"sau\s+(?:việc|chuyện)\s+(?:này|đó)",
    ),
    sayings=(r"nói", r"bảo", r"gọi", r"mắng", r"chê"),
    # one of ours named by title ("Chị Mai ở văn phòng bên em sẽ gửi…") is no one to go to
    ours=(*VI.ours, r"bên\s+(?:em|chúng\s+tôi|mình)", r"chúng\s+(?:tôi|em)"),
)
VI = replace(
    VI,
    # "không quay lại" shuts the door on the matter ("quyết định … không quay lại"), not
    # when our fitter asked not to go back to the reader's house: a request of ours (“xin
    # không quay lại”) or a return to a place is no refusal of contact
    slammed_door=(
        *_without(VI.slammed_door, r"không\s+quay\s+lại"),
        r"(?<!xin\s)không\s+quay\s+lại(?!\s+(?:nhà|chỗ|công\s+trình|cửa\s+hàng|tiệm|quán|xưởng"
        r"|văn\s+phòng|làm\s+việc|đó|đây|bên))",
    ),
)
SL = replace(
    SL,
    next_steps=(
        *SL.next_steps,
        # the perfective present is the Slovenian future in the first person singular too:
        # "ti pošljem", "Vam vrnem", "Ključe vrnem", "uredim še plačilo"
        r"(?:vam|ti|vama)\s+(?:\w+\s+)?(?!(?:priporoč|zahval|sporoč|žel|opraviču|svetuj|piš"
        r"|lahko|tudi|sem\b|nis|mor)\w*)\w+(?:im|em|am)\b",
        r"(?:vrn|pošlj|ured|pred|prines|pripelj|izstav|priprav|dostav|pokaž|odpelj)"
        r"(?:em|im|am)\b",
    ),
    # a capitalised word in -mo inside a sentence, or one followed by its legal form, is a
    # firm's name ("Selimo d.o.o. iz Žalca vozi…", "podjetje Pečemo bo prevzelo…"), not
    # "we"; a verb of ours in -mo is lower case or opens the sentence ("Pošljemo Vam…")
    first_person=(
        *_without(SL.first_person, _SL_WE_VERB),
        r"(?!" + _SL_NOT_VERB + r")(?:(?-i:[a-zčšžćđ])\w*mo"
        r"|(?<![\w,]\s)(?<![\w,])(?-i:[A-ZČŠŽĆĐ])\w*mo(?!\w)(?!(?:\s*,)?\s+(?:d\.\s?o\.|s\.\s?p\."
        r"|d\.\s?d\.|k\.\s?d\.)))",
    ),
    vague=(
        r"(?:že\s+)?nekako",
        r"bomo\s+(?:že\s+)?videli",
        r"slej\s+ko\s+prej",
        r"ko\s+(?:pride|bo\s+prišel)\s+čas",
        r"nekoč",
        r"enkrat\s+kasneje",
    ),
    continuations=(
        r"brez\s+(?:njega|nje|njih|tega|tistega)",
        r"(?:ga|jo|ju|jih)\s+(?:\w+\s+)?nadomest\w*",
        r"zato",
        r"zaradi\s+tega",
        r"posledično",
        r"to\s+pomeni",
        r"tako\s+da",
        r"po\s+tem\s+(?:dogodku|pogovoru|klicu)",
    ),
    sayings=(r"rekl\w*", r"rekel", r"dejal\w*", r"povedal\w*", r"napisal\w*", r"označil\w*"),
    common=frozenset(
        [
            "vendar",
            "sodelo",
            "stranke",
            "strank",
            "podjet",
            "vedno",
            "mesece",
            "lahkot",
            "ampakt",
            "čeprav",
            "zadnji",
        ]
    ),
)

# Thanks for the letter itself (session 14): in a parting letter, for the reader's
# attention, for a message or a question, for reading this (a reply's formula,
# not thanks for the work together: ``replies``); in any letter, thanks for what the reader
# is asked to do next ("Merci de bien vouloir régler", "Merci de prendre note", "Hvala, ker
# boste račun poravnali").
EN = replace(
    EN,
    replies=(
        r"(?:your\s+)?(?:kind\s+)?attention",
        r"(?:your\s+)?(?:e-?mail|message|letter|reply|query|question|enquiry)",
        r"reading(?:\s+this)?",
        r"taking\s+note",
        r"your\s+time",
    ),
    unearned=(*EN.unearned, r"for\s+(?:your\s+)?(?:prompt|swift|timely)\s+(?:payment|settlement)"),
)
FR = replace(
    FR,
    replies=(
        r"attention",
        r"(?:votre|ton)\s+(?:message|courrier|courriel|retour|question|mail)",
        r"avoir\s+lu",
        r"lecture",
    ),
    # "Merci de régler…", "Merci de bien vouloir…": a polite request, not thanks ("Merci
    # d'avoir…", "Merci de nous faire confiance" and "Merci de votre confiance" are thanks)
    unearned=(
        *FR.unearned,
        r"de\s+(?:bien\s+vouloir|(?:nous\s+|me\s+)?(?:régler|payer|retourner|renvoyer|rendre"
        r"|faire\s+parvenir|transmettre|confirmer|contacter|prendre\s+note|noter|restituer))",
    ),
)
VI = replace(
    VI,
    replies=(
        r"(?:đã\s+)?(?:đọc|xem)\s+(?:thư|tin\s+nhắn|email)",
        r"(?:tin\s+nhắn|thư|phản\s+hồi|câu\s+hỏi)",
        r"(?:đã\s+)?chú\s+ý",
        r"(?:đã\s+)?lưu\s+ý",
    ),
)
SL = replace(
    SL,
    replies=(
        r"pozornost\w*",
        r"(?:vaš\w*\s+|tvoj\w*\s+)?(?:sporočil\w*|pismo|e-?pošt\w*|odgovor\w*|vprašanj\w*)",
        r"(?:ste|si)\s+(?:\w+\s+)?prebral\w*",
        r"(?:vaš|tvoj)\s+čas",
    ),
    # "Hvala, ker boste račun poravnali": thanks for what the reader is yet to do
    unearned=(*SL.unearned, r"(?:ker|da)\s+(?:nam\s+|mi\s+)?boste", r"(?:ker|da)\s+(?:nam\s+)?boš"),
)

# Fifteenth round (issue #13): the grammatical ways each rule is written, collected per
# language before any rule changed (tests/data/drafts, fresh-20-s15). Reasons counted off
# ("firstly … secondly", "d'une part … d'autre part", "một là … hai là", "prvič …
# drugič", "po eni strani … po drugi"); reasons told before the consequence that opens the
# decision ("Paper prices have doubled and our press is worn out, so we…"); a cause that
# explains why we write, not why we part; the last occasion said as an adverb of any verb
# ("I'll come for the last time on Friday 30 October", "bom zadnjič prišla"); a weekday
# beside its date ("Friday 30 October", "v petek, 30. oktobra") is that date, not a time ahead.
EN = replace(
    EN,
    added_reasons=(
        *EN.added_reasons,
        r"first(?:ly)?,\s+(?=\w+\s+\w+)(?!(?:thank|let|i\s+want))",
        r"for\s+another(?:\s+thing)?",
        r"(?:the\s+)?other\s+(?:reason|problem|issue)\s+is",
        r"(?:a|the)\s+second\s+(?:reason|problem|issue)",
        r"on\s+the\s+one\s+hand",
    ),
    # the search left to the reader ("Finding a new teacher is up to you")
    gestures=(
        *EN.gestures,
        r"up\s+to\s+you",
        r"(?:find|look\s+for|search\s+for)\s+(?:\w+\s+){0,3}?(?:yourself|yourselves|on\s+your\s+own)",
    ),
    writing=(
        r"writ(?:e|ing|ten)",
        r"wrote",
        r"(?:to\s+)?tell(?:ing)?\s+you",
        r"let(?:ting)?\s+you\s+know",
        r"(?:to\s+)?(?:reach|get)\s+in\s+touch",
        r"this\s+(?:letter|e-?mail|note|message)",
    ),
    unable=(
        r"can(?:not|'t)",
        r"could(?:\s+not|n't)",
        r"unable",
        r"(?:are|is|am|'re|'m)\s+(?:no\s+longer|not)\s+(?:able|in\s+a\s+position)",
        r"(?:have|has)\s+to",
        r"must",
    ),
    hence=(
        r"so(?=\s+(?:our|we|i|my|the\s+\w+\s+will)\b)",
        r"(?:and\s+)?(?:that|this|which)\s+is\s+why",
        r"(?:and\s+)?that's\s+why",
        r"therefore",
        r"as\s+a\s+result",
    ),
    last_times=(r"for\s+the\s+(?:last|final)\s+time", r"one\s+(?:last|final)\s+time"),
)
FR = replace(
    FR,
    added_reasons=(
        *FR.added_reasons,
        r"d'autre\s+part",
        r"premièrement",
        r"en\s+premier\s+lieu",
        r"en\s+second\s+lieu",
        r"(?:l'|une\s+)autre\s+(?:raison|problème|souci)",
        r"d'un\s+côté",
        r"de\s+l'autre\s+côté",
    ),
    gestures=(
        *FR.gestures,
        r"(?:je\s+vous|je\s+te)\s+laisse\s+(?:chercher|trouver|choisir|voir)",
        r"(?:à\s+vous|à\s+toi)\s+de\s+(?:chercher|trouver|voir)",
        r"(?:par\s+)?(?:vous|toi)-même",
    ),
    writing=(
        r"(?:vous|t'|te)\s+écri\w*",
        r"écri(?:re|s|t)",
        r"(?:vous|te)\s+(?:le\s+)?dire",
        r"(?:vous|te)\s+(?:en\s+)?(?:informer|prévenir|annoncer)",
        r"cette\s+(?:lettre|missive|note|message)",
        r"ce\s+(?:courrier|message|mot|mail|courriel)",
    ),
    unable=(
        r"ne\s+(?:\w+\s+)?(?:peu[xt]|pouvons|pouvez|peuvent|pourrons|pourra|pourrait)\s+(?:pas|plus)",
        r"(?:ne|n')\s*(?:est|sommes|suis)\s+plus\s+en\s+mesure",
        r"impossible",
        r"(?:doi[st]|devons|doivent)",
        r"(?:sommes|est|suis)\s+(?:obligée?s?|tenue?s?)",
    ),
    hence=(
        r"donc",
        r"c'est\s+pourquoi",
        r"c'est\s+pour\s+(?:cela|ça|ces\s+raisons)\s+que",
        r"voilà\s+pourquoi",
        r"alors",
        r"si\s+bien\s+que",
    ),
    last_times=(r"(?:pour\s+la|une)\s+derni[eè]re\s+fois",),
)
VI = replace(
    VI,
    added_reasons=(
        *VI.added_reasons,
        r"(?<![^\W\d_]\s)một\s+là",  # opening its clause: not "từng bé một là hợp"
        r"thứ\s+nhất(?:\s+là)?",
        r"lý\s+do\s+thứ\s+hai",
        r"mặt\s+khác",
        r"một\s+mặt",
        r"không\s+(?:chỉ|những)\s+(?:vì|do|tại)",
    ),
    gestures=(*VI.gestures, r"tự\s+(?:lo|tìm|kiếm|liên\s+hệ)"),
    writing=(
        r"viết\s+(?:thư|mấy\s+dòng|vài\s+dòng|cho)",
        r"(?:báo|nhắn|kể)\s+(?:cho\s+)?(?:anh|chị|em|cô|chú|bác|cháu|con|ông|bà|quý\s+khách|bạn)",
        r"thư\s+này",
        r"lá\s+thư",
    ),
    unable=(r"không\s+(?:thể|còn\s+sức|kham\s+nổi|gánh\s+nổi|đủ\s+sức)", r"phải"),
    hence=(
        r"(?<!vì\s)nên",
        r"vì\s+(?:vậy|thế)",
        r"do\s+(?:đó|vậy)",
        r"cho\s+nên",
        r"thế\s+nên",
        r"bởi\s+vậy",
    ),
    last_times=(r"lần\s+cuối(?:\s+cùng)?",),
)
SL = replace(
    SL,
    added_reasons=(
        *SL.added_reasons,
        r"(?<![^\W\d_]\s)prvič(?=,)",  # "Prvič, …": not "ni bilo prvič" (the first time)
        r"po\s+eni\s+strani",
        r"po\s+drugi\s+strani",
        r"ne\s+(?:samo|le)\s+(?:zaradi|ker)",
        r"k\s+temu\s+(?:pa\s+)?(?:še|se)",
    ),
    gestures=(
        *SL.gestures,
        r"(?:poiskal\w*|poišče\w*|našl\w*|najde\w*)\s+(?:\w+\s+)?(?:sami|sama|sam)",
        r"(?:sami|sama|sam)\s+(?:\w+\s+)?(?:poiskal\w*|poišče\w*|našl\w*|najde\w*)",
    ),
    writing=(
        r"(?:na)?piš\w*",
        r"napisa\w*",
        r"(?:povem|povedati|povedal\w*|sporoč\w*|obvest\w*)",
        r"(?:to|tole)\s+(?:pismo|sporočilo)",
    ),
    unable=(r"ne\s+(?:\w+\s+)?(?:more\w*|zmore\w*|zmoremo)", r"mora\w*", r"moral\w*"),
    hence=(
        r"zato",
        r"zaradi\s+tega",
        r"tako\s+da",
        r"torej",
        r"in\s+(?:tako|zato)",
    ),
    last_times=(r"zadnjič", r"še\s+zadnjič"),
)

WORDINGS: dict[str, Wording] = {"en": EN, "fr": FR, "vi": VI, "sl": SL}
