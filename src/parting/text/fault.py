"""Whether a message reports something the reader's side already did: the shape of a complaint.

A complaint reports that something **already went wrong** (a past or perfect act, not a
supposition or a wish), **done by the reader or by what the reader delivered** (the
agent), **to the writer** (who is not clearing the reader: "my own fault", "nothing to do
with you"). Word lists of grievances have not carried from one voice of client mail to
the next ("the labels you printed have the barcode cut in half", "the mural you painted
has already flaked off", "was installed Friday by your colleague and since then…"): the
words of the fault change with every trade, the grammar of who did what does not. So
this module reads the grammar only, per sentence, in English and French:

* the reader as the subject of a past or perfect verb — "you fitted", "you've laid",
  "you didn't", "vous avez posée", "tu m'as", "vous êtes venus";
* the reader's people or things as that subject — "your driver blocked", "your system
  charged", "votre technicien a redémarré", "vos gars ont laissé";
* a passive whose agent is the reader — "was installed by your colleague", "constructed
  by your firm", "réalisé par votre entreprise", "retouchée dans votre boutique";
* what the reader delivered, received or arriving — "we received the order", "the
  parcel arrived", "nous avons reçu la commande", "le colis est arrivé";
* the reader's visit or change as the start of the trouble — "since your update",
  "right after your engineer", "depuis votre passage", "the guy who came Tuesday";
* what the reader promised set against what came — "we booked you for", "we were told",
  "was supposed to", "on nous avait dit", "devait".

It names no fault: whether the act went wrong is the complaint model's reading
(``recall``), which may raise a complaint the cues missed only where the message has
this shape, so calm mail — a question, a plan, a thanks, the writer's own slip — does
not pay for it. Clauses that claim nothing of the reader (a supposition, a trouble
solved or thanked for: ``claims.claimed``) are taken out first, and a sentence where
the writer takes the fault or clears the reader counts for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from parting.text import calm, claims

# English past forms that do not end in -ed (and the participles among them), the
# verbs of making, sending, leaving and breaking a supplier's work is told with.
_IRREGULAR_EN = (
    r"(?:broke|broken|brought|built|bought|came|come|cut|did|done|drew|drawn|drove|driven|"
    r"fell|fallen|fit|forgot|forgotten|froze|frozen|gave|given|got|gotten|hung|hit|hurt|"
    r"kept|laid|left|lost|made|meant|put|ran|rang|rung|said|sent|set|shot|shut|sold|spent|"
    r"split|spoilt|spilt|stood|stuck|swept|took|taken|told|tore|torn|threw|thrown|understood|"
    r"went|gone|wore|worn|wrote|written|dug|knew|known|paid|read|saw|seen|sank|sunk|"
    r"sprayed|wound|overcharged|undercharged|missed|mixed|skipped)"
)
# A regular past form, not a word that merely ends in "ed" ("need", "speed", "bed"). Each
# exception is the whole word: "repaired", "delivered", "finished" and "scrubbed" end in
# "red", "shed" and "bed" and are past forms all the same.
_REGULAR_EN = (
    r"(?:\w{2,}ed)(?<!\bneed)(?<!\bspeed)(?<!\bfeed)(?<!\bseed)(?<!\bbed)(?<!\bred)(?<!\bshed)"
)
# The reader asking, wanting or liking is no act done to the writer ("the files you asked
# for", "the colours you wanted").
_WISHED_EN = (
    r"(?!(?:asked|requested|wanted|needed|liked|loved|enjoyed|mentioned|preferred|"
    r"suggested|offered|agreed|approved|confirmed)\b)"
)
# With its prefix of doing again, wrongly or too much: "rebuilt", "redone", "mislaid",
# "overpaid", "undone".
_PAST_EN = rf"{_WISHED_EN}(?:{_REGULAR_EN}|(?:re-?|mis|un|over|under)?{_IRREGULAR_EN})"
# Between the subject and its verb: an auxiliary of the past or perfect, an adverb, a
# negation ("you've already", "you never", "your men have just").
_BETWEEN_EN = (
    r"(?:(?:'ve|'d|have|has|had|just|never|already|also|then|only|apparently|clearly|"
    r"obviously|somehow|even|all|both|guys|people|not|did not|didn't|haven't|hasn't|"
    r"have not|has not|had not|hadn't|was|were|wasn't|weren't)\s+)*"
)
# The reader as a subject, not after a modal or a question's auxiliary ("could you put
# up", "did you get", "have you sent": a request or a question, not a report).
_ASKING_EN = "".join(
    rf"(?<!\b{word} )"
    for word in ("could", "can", "would", "will", "should", "please", "did", "do", "have", "has")
)
_READER_EN = rf"{_ASKING_EN}(?:you|u|ya|y'all|you guys)(?:'ve|'d)?"
# The reader's people and things: "your driver", "your new system", "ur guy".
_READERS_EN = r"(?:your|ur|yr|youre)(?:\s+[a-z'-]+){1,2}?"
# A day or an event the trouble dates from ("since tuesday", "depuis hier"): with the
# reader's people or things as the subject, a trouble going on since then.
_SINCE_EN = (
    r"since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"last\s+\w+|this morning|the\s+(?:\d+\w*|update|upgrade|visit|install\w*|"
    r"change\w*|switch\w*|move|migration)|then|\d)"
)
_SINCE_FR = (
    r"depuis\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|"
    r"ce matin|la semaine derniere|le mois dernier|le\s+\d|la\s+(?:mise a jour|visite|"
    r"migration|pose|installation)|le\s+(?:changement|passage|demenagement)|\d)"
)
# What the reader sends or makes, named without "your": "the guy who came Tuesday".
_SENT_EN = (
    r"(?:guy|guys|man|men|lad|lads|woman|lady|engineer|engineers|technician|driver|courier|"
    r"fitter|fitters|plumber|electrician|painter|painters|cleaner|cleaners|team|crew|"
    r"workers|builder|builders|photographer|groomer|installer|delivery|van|order|parcel|"
    r"package|box|goods|shipment|delivery driver)"
)

_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        # The reader as the subject of a past or perfect verb.
        rf"\b{_READER_EN}\s+{_BETWEEN_EN}{_PAST_EN}\b",
        # The reader's people or things as that subject.
        rf"\b{_READERS_EN}\s+{_BETWEEN_EN}{_PAST_EN}\b",
        # The reader's people or things as the subject of a trouble going on since a day.
        rf"\b{_READERS_EN}\s+(?:[\w'-]+\s+){{1,8}}?{_SINCE_EN}\b",
        # A passive whose agent is the reader.
        rf"\b{_PAST_EN}(?:\s+[a-z'-]+){{0,4}}?\s+by\s+(?:you|your|ur)\b",
        # What the reader delivered, received or arriving.
        r"\b(?:we|i)(?:'ve|\s+have|\s+had)?\s+(?:just\s+|finally\s+|only\s+)?(?:received|"
        r"collected|picked up|opened|unpacked|unboxed|took delivery)\b",
        rf"\b(?:the|your|our|my|this|that)\s+(?:\w+\s+)?{_SENT_EN}\s+(?:\w+\s+)?(?:arrived|"
        r"came|turned up|showed up|got here|was delivered|were delivered|was dropped|was left)\b",
        # The reader's visit or change as the start of the trouble.
        r"\b(?:since|after|right after|straight after|ever since)\s+(?:you|your|ur)\b",
        rf"\b{_SENT_EN}\s+(?:who|that|you)\s+(?:came|turned up|visited|did|was here|were here|"
        r"sent|fitted|installed|called round)\b",
        # What the reader promised set against what came.
        r"\b(?:we|i)\s+(?:\w+\s+)?(?:booked|ordered|paid|were told|was told|were promised|"
        r"was promised|asked for|agreed|specified|chose|picked)\b",
        r"\b(?:was|were|it's|it was|they were)\s+(?:\w+\s+)?(?:supposed|meant|due)\s+to\b",
        r"\b(?:quoted|promised|invoiced|charged|billed)\s+(?:us|me)\b",
    ),
    "fr": (
        # The reader as the subject of a past or perfect verb.
        # (avoir as the auxiliary, not the verb of having: "vous avez raison", "si vous
        # avez besoin", "vous avez une minute ?")
        r"\b(?:vous|tu|vs)\s+(?:(?:ne|nous|me|m'|l'|les|leur|lui|y|en|n')\s*)*(?:avez|aviez|"
        r"as|avais|auriez|aurais|av)\b(?!\s+(?:pas\s+|bien\s+|deja\s+|encore\s+)?(?:un|une|"
        r"des|du|de|d'|le|la|les|l'|raison|tort|besoin|envie|le temps|peur|l'air|acces|"
        r"droit|interet|mon|ma|mes|notre|nos|votre|vos|ce|cette|ces|tout|toute|tous|"
        r"quelque|quelqu'un|combien|reussi|ete)\b)",
        r"\b(?:vous|tu)\s+(?:(?:ne|n'|nous|m'|me)\s*)*(?:etes|es|etiez|etais)\s+(?:pas\s+)?"
        r"(?:venu|passe|arrive|parti|intervenu|reparti|reste|monte|entre|alle)\w*",
        r"\b(?:vous|tu)\s+(?:(?:ne|n')\s*)?(?:deviez|devais|deviiez)\b",
        # The reader's people or things as that subject.
        r"\b(?:votre|vos|ton|tes|vtr)(?:\s+[a-z'-]+){1,3}?\s+(?:(?:nous|m'|me|l'|les|y|en|"
        r"n'|ne|lui|leur)\s*)*(?:a|ont|avait|avaient|aurait|auraient|devait|devaient|s'est|"
        r"se sont)\b",
        # The reader's people or things as the subject of a trouble going on since a day.
        rf"\b(?:votre|vos|ton|tes|vtr)\s+(?:[\w'-]+\s+){{1,8}}?{_SINCE_FR}\b",
        # A passive whose agent is the reader, or made at the reader's place.
        r"\b\w+(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|t|te|ts|tes)"
        r"(?:\s+[a-z'-]+){0,3}?\s+par\s+(?:vous|votre|vos|toi|ton|ta|tes)\b",
        r"\b(?:fait|faite|faits|faites|retouche|fabrique|prepare|imprime|repare|livre|pose|"
        r"installe|monte|coupe|peint|nettoye|expedie|emballe|parti|partie|partis|sorti|"
        r"sortie|sortis)\w*(?:\s+[a-z'-]+){0,3}?\s+(?:dans|chez|de chez)\s+(?:vous|votre|"
        r"vos|toi|ton|ta|tes)\b",
        # What the reader delivered, received or arriving.
        r"\b(?:nous avons|on a|j'ai|nous avions|on avait|j'avais)\s+(?:bien\s+|enfin\s+)?"
        r"(?:recu|recupere|ouvert|deballe)\b",
        r"\b(?:la|le|les|votre|vos|notre|nos|ma|mon|mes|ce|cette)\s+(?:\w+\s+)?(?:commande|"
        r"livraison|colis|paquet|carton|cartons|marchandise|article|articles|meuble|meubles|"
        r"camion|livreur|technicien)\s+(?:\w+\s+)?(?:est|sont|a ete|ont ete|etait|etaient)\s+"
        r"(?:arrive|livre|venu|passe|depose|laisse)\w*",
        # The reader's visit or change as the start of the trouble.
        r"\b(?:depuis|apres)\s+(?:votre|vos|ton|tes|le passage|la visite|l'intervention|"
        r"la mise a jour|l'installation|la pose|la livraison|la reparation|le nettoyage)\b",
        r"\b(?:monsieur|dame|gars|technicien|techniciens|livreur|chauffeur|ouvrier|ouvriers|"
        r"plombier|peintre|peintres|toiletteur|photographe|equipe|electricien|femmes? de "
        r"menage|installateur)\s+(?:qui\s+(?:est|sont)\s+|que vous avez\s+)?(?:venu|venus|"
        r"venue|passe|passes|envoye|envoyes|envoyee)\b",
        # What the reader promised set against what came.
        r"\b(?:on|nous|j')\s*(?:vous\s+|l'|les\s+)?(?:avait|avions|avons|a|ai|avais)\s+"
        r"(?:\w+\s+)?(?:reserve|commande|paye|demande|choisi|precise|verse)\w*",
        r"\b(?:on|nous)\s+(?:nous\s+|m'|me\s+)?(?:avait|a|avez|aviez)\s+(?:bien\s+)?"
        r"(?:dit|promis|assure|garanti|annonce)\w*",
        r"\b(?:m'|nous|me)\s*(?:avait|aviez|avez|a|ont|avaient)\s+(?:bien\s+)?(?:dit|promis|"
        r"assure|garanti|annonce)\w*",
        r"\b(?:etait|etaient|c'etait)\s+(?:\w+\s+)?cense\w*|\b(?:devait|devaient)\b",
    ),
}

# What follows a verb of checking or asking is a question, not a report ("just checking
# you got our payment", "je voulais vérifier que vous avez bien reçu"): read up to the
# end of its clause and left out.
_ASKING: dict[str, str] = {
    "en": r"\b(?:check|checking|checked|confirm|confirming|make sure|making sure|see if|"
    r"see whether|know if|know whether|wondering|wonder|wondered|ask if|asking if|"
    r"ask whether|asking whether|let me know|tell me|not sure)\b",
    "fr": r"\b(?:verifier|verifie|confirmer|confirmez|savoir si|savoir s'|m'assurer|"
    r"nous assurer|s'assurer|assurer que|demander si|demandais si|demande si|dites-moi|"
    r"dites moi|pas sur|pas sure)\b",
}

# What ends a clause (as in ``claims``).
_BOUNDARY = ",;:()\u2013\u2014"

# The writer takes the fault or clears the reader: that sentence reports no fault of ours.
_CLEARING: dict[str, str] = {
    "en": r"\b(?:my|our|his|her|their)\s+(?:own\s+)?(?:fault|mistake|error|bad|doing)\b|"
    r"\b(?:entirely|completely|totally|all)\s+(?:my|our|his|her|their)\s+(?:fault|doing)\b|"
    r"\bnothing to do with you|\bnot (?:your|on your) (?:fault|side|end)|\bnot on you\b|"
    r"\b(?:ourselves|myself)\b|\bnothing (?:needed|for you to do)\b|\bno action needed\b",
    "fr": r"\b(?:ma|notre|sa|leur)\s+(?:propre\s+)?faute\b|\bde (?:ma|notre|sa) faute\b|"
    r"\brien a voir avec vous\b|\bpas (?:de )?votre faute\b|\bpas (?:de )?votre cote\b|"
    r"\bnous-memes\b|\bnous memes\b|\bmoi-meme\b|\brien a faire de votre cote\b|"
    r"\brien (?:a faire )?pour vous\b",
}


# The writer praises the reader's act in that very sentence ("how fast you got the stall
# up", "the contract you drafted had no changes", "vous aviez dit mardi et c'est arrivé
# mardi, parfait"): the past act went right, so it reports no fault of ours. A word of
# praise counts for nothing when a negation stands just before it ("not great", "pas
# top") and the sentence loses it altogether when it reads as sarcasm: a word in scare
# quotes ("the 'next day' delivery", « lessivable »), a repeat ("another", "encore une"),
# "if by fantastic you mean", or a contrast ("but", "mais").
_PRAISE: dict[str, str] = {
    "en": r"\b(?:perfect|perfectly|lovely|brilliant|brilliantly|excellent|fantastic|amazing|"
    r"impressed|impressive|gobsmacked|spot on|an improvement|no changes|nothing to change|"
    r"relief|well done|great job|beautiful|beautifully|flawless|flawlessly|smoothly|"
    r"you were right|how fast|so fast|how quickly|so quickly|top notch|made my (?:day|week))\b",
    "fr": r"\b(?:parfait|parfaite|parfaits|parfaitement|top|super|nickel|impeccable|"
    r"impeccables|bravo|genial|geniale|adorables?|formidables?|bluffe|bluffes|bluffee|"
    r"bluffees|rien a (?:y )?redire|soulagement|ravis?|ravies?|magnifique|excellente?|"
    r"c'est le cas|tellement vite|aussi vite|si vite|la vitesse a laquelle)\b",
}
_SARCASM: dict[str, str] = {
    "en": r"(?:^|[\s(])['\"\u2018\u201c]\w[^'\"\u2019\u201d]{0,25}['\"\u2019\u201d](?!\w)|"
    r"\b(?:another|again|still(?! can't believe| cannot believe)|yet|if by|so much for|but|"
    r"except|however|though|not even)\b",
    "fr": r"[\u00ab\u201c\"]\s*\w[^\u00bb\u201d\"]{0,25}[\u00bb\u201d\"]|"
    r"\b(?:encore|(?<!reviens )toujours|de nouveau|si par|mais|sauf|pourtant|cependant|"
    r"soi-disant)\b",
}
# (Amazement is no negation: "can't get over how fast", "je n'en reviens pas".)
_NEGATED: dict[str, str] = {
    "en": r"\b(?:not|no|never|hardly|far from|nothing)\b|n't\b(?! (?:get|believe)\b)",
    "fr": r"\b(?:(?<!reviens )pas|jamais|plus|guere|loin d'etre|rien de)\b",
}


def _praised(folded: str, code: str) -> bool:
    """Whether the folded sentence praises what the reader did (``_PRAISE``), with no
    negation just before the praise and nothing of sarcasm in it."""
    if _compiled(_SARCASM[code]).search(folded):
        return False
    for found in _compiled(_PRAISE[code]).finditer(folded):
        before = " ".join(folded[: found.start()].split()[-3:])
        if not _compiled(_NEGATED[code]).search(before):
            return True
    return False


def languages() -> tuple[str, ...]:
    """The languages this reading knows."""
    return tuple(_PATTERNS)


def reports_our_fault(text: str, language: str | None) -> bool:
    """Whether some sentence of ``text`` tells a past act of the reader's side (their
    work, their people, what they delivered, what they promised) in a clause that claims
    something of the reader, and the writer does not take the fault or clear the reader
    there. False in a language this module does not know."""
    return bool(reports_our_fault_many([text], [language])[0])


def reports_our_fault_many(texts: Sequence[str], languages: Sequence[str | None]) -> np.ndarray:
    """``reports_our_fault`` of each text. The sentences of them all are cut in one
    pass: cutting them one text at a time cost more than reading their grammar."""
    out = np.zeros(len(texts), dtype=bool)
    known = [i for i, code in enumerate(languages) if (code or "") in _PATTERNS]
    if not known:
        return out
    rows = calm.sentence_rows([texts[i] for i in known])
    for row, sentence in zip(rows["row"].to_list(), rows["sentence"].to_list(), strict=True):
        i = known[row]
        if not out[i]:
            out[i] = _sentence(sentence, languages[i] or "")
    return out


def acts(text: str, language: str | None) -> list[str]:
    """The words of each past act of the reader's side read in ``text`` (for the
    evidence shown to the user)."""
    code = language or ""
    if code not in _PATTERNS:
        return []
    found: list[str] = []
    for sentence in calm.sentences(text):
        found += _acts(sentence, code)
    return list(dict.fromkeys(found))


@cache
def _sentence(sentence: str, code: str) -> bool:
    return bool(_acts(sentence, code))


def _acts(sentence: str, code: str) -> list[str]:
    kept = claims.claimed(sentence, code)
    folded = claims.fold(kept)
    if folded is None or _compiled(_CLEARING[code]).search(folded) or _praised(folded, code):
        return []
    asked = _compiled(_ASKING[code]).search(folded)
    if asked is not None:
        start, after = asked.start(), asked.end()
        ends = [folded.find(mark, after) for mark in _BOUNDARY]
        end = min((i for i in ends if i >= 0), default=len(folded))
        kept, folded = kept[:start] + kept[end:], folded[:start] + folded[end:]
    found: list[str] = []
    for pattern in _PATTERNS[code]:
        found += [kept[m.start() : m.end()] for m in _compiled(pattern).finditer(folded)]
    return found


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
