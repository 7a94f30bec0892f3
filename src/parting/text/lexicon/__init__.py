"""The lexicons of the four languages, merged per kind into one regular expression.

Each language module lists, per *kind*, words or regex phrases in the folded view
(``FOLDED`` kinds, plain module constants such as ``INSULTS``) and, where accents carry
meaning (Vietnamese), in the accented view (``ACCENTED``: kind -> list). Words of the
*spelled* kinds get spelling tolerance (see ``parting.text.spelling``); the other kinds
are regex phrases over single-space-separated words, in which ``<word>`` asks for the
tolerant spelling of one word.

Abuse is matched against every language at once: clients swear across languages (an
English insult in a Slovenian e-mail is still an insult) and abuse lexicons were checked
against every language's calm mail. Business cues (``SCOPED_KINDS``: complaints, payment
excuses, change requests, ethics requests, urgency) belong to their language: French
"report" (postponement) is English "report", Vietnamese "khó khăn" (difficult) holds
"khan" (urgent), Slovenian "prestavimo" moves a call. They fire only on a message read
as their language (``MARKERS``; see ``classify``); the few cues that mean the same in
every language are listed in ``shared.py``, on purpose.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from parting.text.lexicon import en, fr, shared, sl, vi
from parting.text.spelling import spelled, typos

LANGUAGES: dict[str, ModuleType] = {"en": en, "fr": fr, "vi": vi, "sl": sl}

# Kinds whose entries are words to spell tolerantly.
SPELLED_KINDS = ("INSULTS", "SLURS", "IDENTITY", "HATE")
# Kinds whose words may also be spaced out letter by letter ("s c u m"). Tolerance
# costs speed: each optional space multiplies the automaton's states, and past a few
# kilobytes RE2 (DuckDB) gives up its fast automaton and crawls. So typo variants
# (``spelling.typos``) are not used, and spacing only for the short kinds.
SPACED_KINDS = ("IDENTITY",)
# Kinds whose entries are regex phrases, used as written.
PHRASE_KINDS = (
    "THREATS",
    "DIRECTED",
    "COUNTER",
    "OWNED",
    "VOCATIVE",
    "NAMING",
    "NEGATION",
    "PROFANITY",
    "COMPLAINT",
    "MINOR",
    "MINOR_COMPLAINT",
    "PAYMENT_EXCUSE",
    "CHANGE_REQUEST",
    "ETHICS_REQUEST",
    "URGENT",
    "NOT_URGENT",
    "SCHEDULING",
    "THIRD_PARTY",
    "ON_TERMS",
    "VIETNAMESE_ONLY",
    "SYLLABLES",
    "HOMOGRAPHS",
    "EVERYDAY",
    "LITERAL",
    "ENTITLEMENT",
    "KNOW_BETTER",
)
# Kinds whose cues fire only on text in their language (plus ``shared``'s, in any).
SCOPED_KINDS = (
    "COMPLAINT",
    "MINOR",
    "MINOR_COMPLAINT",
    "PAYMENT_EXCUSE",
    "CHANGE_REQUEST",
    "ETHICS_REQUEST",
    "URGENT",
    "ENTITLEMENT",
    "KNOW_BETTER",
)

# Words that tell which language a message is written in, over the folded view (and,
# for Vietnamese, letters no other of our languages writes, over the accented view).
# Each list holds only words that are not everyday words of the other three languages:
# no "je" (French and Slovenian), no "in", "to", "on", "so" (English and Slovenian), no
# "can", "the", "to" in unaccented Vietnamese ("cần", "thế", "tô").
VIETNAMESE_LETTERS = "[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
# Letters that, of our four languages, only Slovenian writes: a Slovenian marker.
SLOVENIAN_LETTERS = "[čšž]"
MARKERS: dict[str, str] = {
    "vi": (
        "khong|hok|duoc|dc|nhe|nha|cua|nhung|voi|minh|chung toi|chung em|cam on|"
        "vui long|hom nay|ngay mai|thanh toan|hoa don|bao gio|tai sao|vay|chua|dang|bao "
        "cao|gui|giup|ben em|ben anh|ben minh|cong ty|anh oi|chi oi|em oi|nua|roi|luon|hoai|"
        "gium|dum|anh|"
        # Vietnamese typed without diacritics often holds none of the words above but
        # some of French ("toi", "moi") or Slovenian ("ko", "bi"): these words are no
        # word of the other three languages.
        "lam|thi|xong|sua|cai|het|phai|khach|ngay|thang|tuan|chuc|hieu|nguoi|nhieu|qua|"
        "ko ai|ko phai|ko co|ko hieu|ghe|thiet|tot qua|vui ve|tra ve|bo qua|nam moi|"
        "cung|nao|giao|he thong|ho tro|tu choi|hoc phi|da dong"
    ),
    "fr": (
        "vous|nous|est|les|des|une|pas|pour|avec|merci|bonjour|bonsoir|votre|notre|vos|"
        "nos|c est|n est|j ai|qu il|qu on|sont|mais|aussi|tres|dans|sur|cette|ces|du|aux|"
        "au|oui|facture|devis|rendez vous|semaine|bien|peux|pouvez|faut|ca|deja|encore|"
        "toujours|jamais|rien|moi|toi|lui|leur|quand|comme|que|qui|suis|etes|sommes|avons|"
        "avez|prix|mieux|chaque|deux|trois|fait|faire|tout|tous|apres|avant|depuis|je suis"
    ),
    "en": (
        "the|you|your|we|our|is|are|and|of|for|with|this|that|please|pls|thanks|thank|"
        "hi|hello|could|would|will|it|have|has|was|were|been|send|sent|get|got|just|"
        "about|what|when|why|how|not|don t|can t|i m|i ll|we ll|let s|there|their|they|"
        "from|any|some|still|again|week|today|tomorrow|yet|sorry|guys|mate"
    ),
    "sl": (
        "smo|ste|bomo|boste|lahko|prosim|prosimo|hvala|zelo|ker|ampak|tudi|kdaj|kaj|sem|"
        "bi|nam|vam|vas|nas|ni|pa|ze|racun|racuna|pozdrav|lp|ali|kot|ko|pri|iz|vec|jutri|"
        "danes|sestanek|teden|tega|vse|samo|se vedno|niste|nismo|bilo|bila|bodo|zakaj|"
        "kako|mi|ti|dober dan|zivjo|ok hvala|porocilo|placilo|placali|potrebujemo|"
        "potrebujem|imamo|imate|moramo|morate|posljite|poslali|dobili|ponudba|ponudbo|"
        "pogodba|pogodbo|datoteke|datoteko|stranke|naj|kje|kateri|katero|zdaj|takoj|"
        "nujno|spet|seveda|res|dobro|slabo|narobe|ura|uro|ure|dan|dni|za|zadeve|zadevo|"
        "obrnite|odsoten|odsotna|dopust|dopustu|ponedeljek|ponedeljka|torek|torka|sreda|"
        "srede|sredo|cetrtek|cetrtka|petek|petka|soboto|nedeljo|prilogi|priloga|sporocilo|"
        "sporocila|naslednji|naslednjic|lep pozdrav"
    ),
}
# When a message shows the words of several languages, its client's language wins if it
# is one of them; otherwise the first of this order.
MARKER_ORDER = ("vi", "fr", "en", "sl")


def marker_pattern(language: str) -> str:
    """One regex for the marker words of ``language`` over the folded view."""
    return FOLDED_EDGES[0] + MARKERS[language] + FOLDED_EDGES[1]


# One-typo variants of the words each language lists as ``IDENTITY_TYPOS``/``HATE_TYPOS``.
TYPO_KINDS = ("IDENTITY_TYPO", "HATE_TYPO")
KINDS = SPELLED_KINDS + PHRASE_KINDS + TYPO_KINDS

# Long words of these kinds are also looked for in the despaced view, without edges:
# spaced-out letters ("p o u r r i t u r e s") and words glued together ("Ihate
# disabled", "womendisgust") then match. Only long words: a short one hides inside too
# many others ("rat" in "separate"), and group hate needs a group and a hateful word.
DESPACED_KINDS = ("IDENTITY", "HATE", "SLURS")
DESPACED_MIN = 6

# Inside a phrase, ``<fuck>`` asks for the spelling-tolerant form of that word.
_SPELLED_WORD = re.compile(r"<([a-z0-9 ]+)>")

# Word boundaries in each view: both reduce everything but letters, digits and leetspeak
# symbols to single spaces, so a boundary is a space, a symbol or an end.
FOLDED_EDGES = ("(^|[^a-z])(?:", ")([^a-z]|$)")
ACCENTED_EDGES = ("(^|[ @$!*|])(?:", ")([ @$!*|]|$)")


def _modules(language: str | None) -> list[ModuleType]:
    """Every language's lexicon (None), one language's, or the shared cues ("shared")."""
    if language is None:
        return [*LANGUAGES.values(), shared]
    return [shared] if language == "shared" else [LANGUAGES[language]]


def _folded_alternatives(kind: str, language: str | None = None) -> list[str]:
    found: list[str] = []
    for module in _modules(language):
        # The commonest words also match with one slip of the finger, in a kind of their
        # own: inside the big kinds the variants would push RE2 off its fast automaton.
        # A slip that makes another word of the language is no slip ("treat" is not
        # "threat", "ordres" not "ordures"): ``REAL_WORDS`` are never read as one.
        real: frozenset[str] = getattr(module, "REAL_WORDS", frozenset())
        for word in (
            getattr(module, kind[: -len("_TYPO")] + "_TYPOS", []) if kind in TYPO_KINDS else []
        ):
            found.extend(spelled(variant) for variant in typos(word) if variant not in real)
        for entry in getattr(module, kind, []):
            if kind in SPELLED_KINDS:
                found.append(spelled(entry, spaced=kind in SPACED_KINDS))
            else:
                found.append(_SPELLED_WORD.sub(lambda m: f"(?:{spelled(m.group(1))})", entry))
    return found


def _accented_alternatives(kind: str, language: str | None = None) -> list[str]:
    found: list[str] = []
    for module in _modules(language):
        found.extend(getattr(module, "ACCENTED", {}).get(kind, []))
    return found


def _join(alternatives: list[str], edges: tuple[str, str]) -> str | None:
    if not alternatives:
        return None
    unique = list(dict.fromkeys(alternatives))
    return edges[0] + "|".join(unique) + edges[1]


@cache
def folded_pattern(kind: str) -> str | None:
    """One regex for ``kind`` over the folded view, or None when no language has it."""
    return folded_pattern_of((kind,))


@cache
def folded_pattern_of(kinds: tuple[str, ...], language: str | None = None) -> str | None:
    """One regex matching any of ``kinds`` over the folded view (one pass for several),
    with the cues of every language or of ``language`` only (a code, or "shared")."""
    return _join(
        [alt for kind in kinds for alt in _folded_alternatives(kind, language)], FOLDED_EDGES
    )


# A group of words repeated a counted number of times: "([a-z]+ +){0,3}".
_COUNTED_REPEAT = re.compile(r"\)\{\d*,\d+\}")


@cache
def read_by_language(kinds: tuple[str, ...]) -> bool:
    """Whether the folded pass of ``kinds`` is read one language's cues at a time. Once
    counted repeats of several languages meet in one pattern, RE2 (DuckDB's engine) falls
    off its fast automaton: over 20,000 messages the counter-speech cues took 3.3 s as one
    union and 0.08 s as four. Other kinds stay one pass: more passes cost more."""
    counted = [
        code
        for code in (*LANGUAGES, "shared")
        if any(
            _COUNTED_REPEAT.search(alt)
            for kind in kinds
            for alt in _folded_alternatives(kind, code)
        )
    ]
    return len(counted) > 1


@cache
def folded_pattern_in(kind: str, language: str) -> str | None:
    """The regex of ``kind`` over the folded view with the cues of ``language`` only
    (a code, or "shared" for the cues every language shares)."""
    return _join(_folded_alternatives(kind, language), FOLDED_EDGES)


@cache
def accented_pattern_in(kind: str, language: str) -> str | None:
    """The regex of ``kind`` over the accented view with the cues of ``language`` only."""
    return _join(_accented_alternatives(kind, language), ACCENTED_EDGES)


@cache
def despaced_pattern(kind: str) -> str | None:
    """One regex for the long words of ``kind`` in the despaced view, or None."""
    if kind not in DESPACED_KINDS:
        return None
    words = {
        entry.replace(" ", "")
        for module in LANGUAGES.values()
        for entry in getattr(module, kind, [])
        if len(entry.replace(" ", "")) >= DESPACED_MIN
    }
    return _join([spelled(word) for word in sorted(words)], ("(?:", ")"))


@cache
def accented_pattern(kind: str) -> str | None:
    """One regex for ``kind`` over the accented view, or None when no language has it."""
    return accented_pattern_of((kind,))


@cache
def accented_pattern_of(kinds: tuple[str, ...]) -> str | None:
    """One regex matching any of ``kinds`` over the accented view."""
    return _join([alt for kind in kinds for alt in _accented_alternatives(kind)], ACCENTED_EDGES)
