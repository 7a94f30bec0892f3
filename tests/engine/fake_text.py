"""A tiny stand-in for ``parting.text.classify`` (same contract, a few English words), so
the engine's tests say exactly which message is abusive, a complaint, and so on."""

from __future__ import annotations

import re
from typing import Any

import narwhals as nw

WORDS: dict[str, str] = {
    "is_abusive": r"\bidiot|\bstupid|\bkill\b",
    "is_severe_abuse": r"\bkill\b",
    "is_complaint": r"\bunhappy|\bdisappointed|\btypo",
    "is_minor_complaint": r"\btypo",
    "is_payment_excuse": r"cash flow|\bnext week\b",
    "is_change_request": r"could you also|\bone more change",
    "is_ethics_request": r"\bbackdate|off the books",
    "is_urgent": r"\burgent|\basap\b",
    "is_entitled": r"\byou owe us|\bfor what we pay you",
    "is_know_better": r"\bdoing it all wrong|\bknow this field better than you",
}


def classify(frame: Any, body: str = "body", language: str | None = None) -> Any:
    text = nw.col(body).fill_null("").str.to_lowercase()
    return frame.with_columns(
        [text.str.contains(pattern).alias(name) for name, pattern in WORDS.items()]
    )


def explain(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, pattern in WORDS.items():
        hits = re.findall(pattern, text.lower())
        if hits:
            found[name.removeprefix("is_")] = sorted(set(hits))
    return found
