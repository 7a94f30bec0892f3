"""What a sentence claims of the reader: a supposed trouble or a solved one claims nothing.

The business cues read words, and calm mail uses the words of trouble without laying any
trouble at the reader's door. Three shapes of the clause a cue stands in say so whatever
the words, in every language:

* a **supposition** — "if anything breaks after the migration, just text me", "au cas où
  le paiement n'apparaîtrait pas…", "nếu khách đòi hoàn tiền thì…", "če bo glasba
  preglasna…": the clause a condition opens is not a fact;
* a trouble **solved or thanked for** — "the login problem is sorted", "thanks for
  fixing the checkout so quickly", "problème résolu", "hvala, ker ste popravili": the
  whole sentence reports an end, not a grievance;
* the writer's **own hurry** — "I'll send the signed contract straight away", "je vous
  l'envoie tout de suite", "em gửi liền", "pošljem takoj": a promise, not a hurry asked
  of the reader (urgency only).

``claimed`` keeps what is left of a sentence once those clauses are taken out; the calm
veto (``parting.text.calm``) sets a business flag aside when no sentence of the message
still carries the class's words there. A condition that repeats or sets a deadline ("if
this happens again", "if it's not fixed by Friday"), a polite request in a condition ("if
you could move the logo up") and a solved sentence with a negation, a contrast, a
"still", "finally" or a question are left as they are: they may be the complaint.

Python only, on the few messages the patterns flagged; the patterns are matched on the
folded sentence (diacritics taken off, one character for one), so "neu" reads as "nếu".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parting.text import normalise

# What ends a clause (and starts the next): a comma, colon, semicolon, dash or bracket.
_BOUNDARY = ",;:()\u2013\u2014"
# A condition counts where it opens the sentence, follows a short lead-in ("just so
# we're prepared:") or another condition ("worst case, if …"): one that follows its main
# clause ("is it too much, if I expect an answer?") may be the very point of it.
_OPENING = r"\W*(?:(?:\w+['\s]+){0,5}?\w*\s*[:;\u2013\u2014]\s*)?"


@dataclass(frozen=True)
class Language:
    """The grammar words of one language that mark a clause as claiming nothing."""

    lead: str  # connectives that may come before a condition ("and if", "even if")
    condition: str  # words that open a condition
    then: str  # a word that closes a condition before its main clause ("thì")
    polite: str  # a condition that is a polite request ("if you could")
    persisting: str  # the trouble repeats or goes on ("again", "still")
    negation: str
    deadline: str  # with a negation, a condition is an ultimatum ("not … by Friday")
    # what the writer will do, in a condition no comma closes: its main clause, a threat
    # ("if this happens we're cancelling")
    consequence: str
    solved: str  # a sentence saying a trouble has ended, or thanking for its end
    unsettled: str  # ... unless it also denies, contrasts, repeats or reproaches
    own_hurry: str  # the writer's own action opening a clause ("I'll send")
    needs: str  # ... unless it is a need or a request ("I'll need", "je vous demande")


_EN = Language(
    lead=r"(?:(?:and|but|so|also|ok|okay|oh|even|only|or|just|well|plus)\s+)*",
    condition=r"(?:if|in case|incase|what happens if|suppose|supposing|assuming|in the event|"
    r"worst case|at worst)\b",
    then=r"then",
    polite=r"^if\s+(?:you|u|ya)\s+(?:could|can|would|wouldn't|don't mind|do not mind|get a|"
    r"have a|have time|are able)|^if (?:possible|poss|that's ok|not too much)|"
    r"^if we (?:\w+ed|made|put|went|took|could)\b",
    persisting=r"\b(?:again|still|once more|one more time|another time|next time|keeps?|"
    r"keep on|continues?|ever)\b",
    negation=r"\b(?:not|no|never|nothing)\b|n't\b",
    deadline=r"\b(?:by|until|till|before|tomorrow|today|tonight|end of|eod|monday|tuesday|"
    r"wednesday|thursday|friday|weekend)\b",
    consequence=r"\b(?:we|i)(?:'ll|'re| will| are going| am going|'m going| won't)\b",
    solved=r"\b(?:is|are|was|were|been|got|all|now|it's|that's)\s+(?:all\s+)?(?:sorted|"
    r"fixed|solved|resolved)\b|^\W*(?:problem|issue|all)\s+(?:sorted|fixed|solved|resolved)|"
    r"\ball good\b|back to normal|works (?:again|now|fine)|working (?:again|now|fine)|"
    r"(?:is|are|was|were|it's|all) fine now|loads? fine|turned up|found the (?:cause|issue|"
    r"problem|reason)|no need to|scratch (?:my|that)|\b(?:thanks|thank you|thx|cheers)\b"
    r"(?:\s+\w+){0,2}\s+for\b",
    unsettled=r"\b(?:not|never|still|again|yet|but|however|though|although|supposed|"
    r"apparently|allegedly|finally|nothing|nobody|no one|none|instead|after|took|need|needs|"
    r"must|have to|has to|"
    r"before|by|asap|please|pls|advance|urgent)\b|n't\b|\?",
    own_hurry=r"(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are "
    r"going to|'m just| am just)\s",
    needs=r"\b(?:need|needs|want|expect|require|must|have to|has to|like|ask|asking|you|"
    r"waiting|chasing)\b",
)

_FR = Language(
    lead=r"(?:(?:et|mais|donc|alors|aussi|ok|bon|ou|meme|juste|enfin|puis)\s+)*",
    condition=r"(?:si|s'ils?|au cas ou|en cas d|dans le cas ou|pour le cas ou|au pire|"
    r"a supposer|supposons|imaginons)\b",
    then=r"alors",
    polite=r"si (?:vous|tu) (?:pouv|pourr|voul|av(?:ez|iez) (?:le temps|un moment))|"
    r"si possible|si (?:ca|cela) ne (?:vous|te) derange|^si (?:on|nous) ",
    persisting=r"\b(?:encore|toujours|de nouveau|a nouveau|continue\w*|re-?commence\w*)\b",
    negation=r"\b(?:pas|plus|jamais|rien|aucun\w*)\b",
    deadline=r"\b(?:d'ici|avant|demain|aujourd'hui|ce soir|fin de|lundi|mardi|mercredi|"
    r"jeudi|vendredi|week-end)\b",
    consequence=r"\b(?:on va|nous allons|je vais|on \w+ra|nous \w+rons|je \w+rai)\b",
    solved=r"\b(?:est|sont|c'est|tout est|a ete|ont ete|c'etait|etait|bien)\s+(?:\w+\s+)?"
    r"(?:regle|resolu|corrige|repare)e?s?\b|^\W*(?:probleme|souci|bug)s?\s+(?:regle|resolu|"
    r"corrige)|rentre dans l'ordre|remarche|refonctionne|fonctionne (?:bien|de nouveau|"
    r"a nouveau|maintenant|parfaitement)|marche (?:bien|de nouveau|a nouveau|maintenant)|"
    r"tout va bien|revenu\w* a la normale|s'affiche\w* (?:bien|correctement)|trouve la "
    r"(?:cause|source|panne|raison)|plus besoin de|oubliez mon|\bmerci(?:\s+\w+){0,2}\s+"
    r"(?:pour|d'avoir|de (?:nous |m'|l'|les )?avoir)",
    unsettled=r"\b(?:ne|pas|jamais|toujours|encore|mais|pourtant|cependant|cense\w*|"
    r"soi-disant|enfin|rien|personne|aucun\w*|apres|faut|dois|doit|devez|avant|d'avance|svp|"
    r"urgent)\b|\bn'|"
    r"\bplus\b(?! besoin)|s'il vous plait|\?",
    own_hurry=r"(?:je|j'|on|nous)\s*(?:vous |te |lui |le |la |les |l')*(?:vais |allons |"
    r"va )?(?:envoi|renvoi|regl|pai|pay|vir|transf|sign|transm|occup|imprim)",
    needs=r"\b(?:besoin|faut|dois|devez|pouvez|pourriez|demande\w*|exige\w*|veux|voudr\w*|"
    r"aimer\w*|attend\w*|prie)\b",
)

_VI = Language(
    lead=r"(?:(?:va|nhung|con|ma|voi lai|ngay ca|ke ca|tham chi)\s+)*",
    condition=r"(?:neu|lo nhu|lo ma|lo khi|nho nhu|nho ma|truong hop|gia su|gia nhu|"
    r"te nhat|toi te nhat)\b",
    then=r"thi",
    polite=r"neu (?:duoc|co the|tien|khong phien)|neu (?:anh|chi|em|ban|ben anh|ben chi|"
    r"a|c) (?:co the|ranh|tien|giup|vui long)",
    persisting=r"\b(?:lai|van|nua|mai|tiep tuc|hoai|lan sau)\b",
    negation=r"\b(?:khong|ko|k|chua|chang|cha)\b",
    deadline=r"\b(?:truoc|den|toi|mai|hom nay|toi nay|cuoi)\b",
    consequence=r"\b(?:ben em se|em se|minh se|toi se|chung toi se)\b",
    solved=r"\b(?:xong roi|sua roi|da sua|on roi|on het|on ca roi|binh thuong roi|ve lai "
    r"binh thuong|het loi roi|da khac phuc|khac phuc (?:xong|roi)|giai quyet (?:xong|roi)|"
    r"chay lai (?:binh thuong|roi)|hien binh thuong|tim ra (?:nguyen nhan|loi)|khoi (?:xem|"
    r"kiem tra|lo)|bo qua email|cam on|cam om|tks|thanks|thank you)\b",
    unsettled=r"\b(?:khong|ko|chua|chang|van|nua|mai|nhung|cuoi cung|hoai|phai|can|nho|"
    r"truoc|giup|vui long|gap|lien|khong ai|chang ai)\b|\blai (?:bi|loi|hong|sap)\b|\?",
    own_hurry=r"(?:em|ben em|minh|toi|chung toi|tui|tui em)\s+(?:se\s+|dang\s+|"
    r"di\s+)?(?:gui|chuyen|thanh toan|tra|goi|lam|ky|nop|xu ly|bao|in)\b",
    needs=r"\b(?:can|muon|mong|de nghi|yeu cau|nho|doi|cho)\b",
)

_SL = Language(
    lead=r"(?:(?:in|ampak|pa|torej|tudi|ok|no|ali|samo|ze)\s+)*",
    condition=r"(?:ce|v primeru|v najslabsem primeru|cetudi|recimo da|denimo da)\b",
    then=r"potem",
    polite=r"ce (?:lahko|bi|je mogoce|se da|morda|mogoce|utegnete|imate cas|vam ni tezko|"
    r"dobro premisl)",
    persisting=r"\b(?:spet|se vedno|ponovno|zopet|kar naprej|se naprej|se enkrat|se kdaj)\b",
    negation=r"\b(?:ne|ni|nic|nismo|niste|nisem)\b",
    deadline=r"\b(?:do|pred|jutri|danes|nocoj|konca|ponedeljka|torka|srede|cetrtka|"
    r"petka)\b",
    consequence=r"\b(?:bomo|bom|bova)\b",
    solved=r"\b(?:je|so|smo|ste|sem|bilo|bila|bil|vse)\s+(?:\w+\s+)?(?:urejen|resen|"
    r"popravljen|odpravljen)\w*|^\W*(?:reseno|urejeno|popravljeno)\b|spet deluje|zdaj deluje|"
    r"deluje (?:normalno|brezhibno|spet)|vse (?:je )?v redu|normalno (?:deluje|nalaga|"
    r"prikaze)|se normalno|nasl\w* vzrok|ni (?:vec )?treba|pozabite moj\w*|\bhvala\b",
    unsettled=r"\b(?:ne|nismo|niste|nisem|nic|se vedno|ze spet|zopet|ampak|vendar|toda|"
    r"koncno|sele|mora|morate|moramo|rabi|rabimo|potrebuj\w*|do|pred|prosim|vnaprej|nujno|"
    r"nihce|nobe\w*)\b|"
    r"\bni\b(?! (?:vec )?treba)|\bspet (?:ne|ni)\b|\?",
    own_hurry=r"(?:jaz |mi )?(?:takoj |cimprej |se danes |danes |jutri |kar )?(?:poslj|"
    r"plac|nakaz|podpis|poklic|uredi|urejam|preveri|pogleda|posreduj|natisn)\w*m(?:o)?\b",
    needs=r"\b(?:prosim|potrebuj\w*|rabim\w*|zelim\w*|hocem\w*|pricakuj\w*|moram\w*|"
    r"morate)\b",
)

LANGUAGES: dict[str, Language] = {"en": _EN, "fr": _FR, "vi": _VI, "sl": _SL}


def claimed(sentence: str, language: str | None, urgent: bool = False) -> str:
    """``sentence`` without the clauses that claim nothing of the reader: each
    supposition that opens it, each clause reporting a trouble solved or thanking for
    its end (unless the sentence also denies, contrasts, repeats or asks), and, for
    urgency, each clause of the writer's own promise. Unchanged in a language without
    these rules."""
    rules = LANGUAGES.get(language or "")
    if rules is None:
        return sentence
    folded = fold(sentence)
    if folded is None:
        return sentence
    spans = _suppositions(folded, rules)
    if not _search(rules.unsettled, folded):
        spans += _clauses_of(rules.solved, folded, rules)
    if urgent:
        spans += _own_hurry(folded, rules)
    kept, at = [], 0
    for start, end in sorted(spans):
        if start > at:
            kept.append(sentence[at:start])
        at = max(at, end)
    return "".join(kept) + sentence[at:]


def fold(sentence: str) -> str | None:
    """The sentence lower-cased, diacritics taken off one character for one (so that
    positions in it are positions in the sentence), apostrophes made plain; None in
    the rare case lower-casing changes its length ("İ")."""
    folded = normalise.apply_text(sentence.replace("\u2019", "'"), normalise.FOLD_STEPS)
    return folded if len(folded) == len(sentence) else None


def _suppositions(folded: str, rules: Language) -> list[tuple[int, int]]:
    """The spans of the conditions that open ``folded`` (one after another: "worst case,
    if the photos aren't ready, …") and are plain suppositions."""
    opening = _compiled(f"{_OPENING}{rules.lead}({rules.condition})")
    spans: list[tuple[int, int]] = []
    at = 0
    while (found := opening.match(folded, at)) is not None:
        start = found.start(1)
        end = _clause_end(folded, found.end(1), rules)
        clause = folded[start:end]
        if (
            _search(rules.polite, clause)
            or (end == len(folded) and _search(rules.consequence, clause))
            or _search(rules.persisting, clause)
            or (_search(rules.negation, clause) and _search(rules.deadline, clause))
        ):
            break
        spans.append((start, end))
        at = end + 1
    return spans


def _own_hurry(folded: str, rules: Language) -> list[tuple[int, int]]:
    """The spans of the clauses of ``folded`` that tell the writer's own action (the verb
    may stand anywhere in its clause: "podpisano pogodbo pošljem takoj")."""
    spans = _clauses_of(rf"(?:^|\W)({rules.own_hurry})", folded, rules)
    return [(start, end) for start, end in spans if not _search(rules.needs, folded[start:end])]


def _clauses_of(pattern: str, folded: str, rules: Language) -> list[tuple[int, int]]:
    """The spans of the clauses of ``folded`` in which ``pattern`` is found."""
    spans = []
    for found in _compiled(pattern).finditer(folded):
        start = max(folded.rfind(mark, 0, found.start()) for mark in _BOUNDARY) + 1
        spans.append((start, _clause_end(folded, found.end(), rules)))
    return spans


def _clause_end(folded: str, at: int, rules: Language) -> int:
    """Where the clause going on at ``at`` ends: at the next comma, colon, semicolon,
    dash or bracket, at the word that closes a condition, or at the sentence's end."""
    ends = [folded.find(mark, at) for mark in _BOUNDARY]
    then = _compiled(rf"\s{rules.then}\b").search(folded, at)
    if then is not None:
        ends.append(then.start())
    return min((e for e in ends if e >= 0), default=len(folded))


def _search(pattern: str, text: str) -> bool:
    return _compiled(pattern).search(text) is not None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
