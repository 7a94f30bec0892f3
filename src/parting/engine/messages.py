"""Messages with their text classes (abusive, complaint, …) from ``parting.text``.

The classifier is narwhals expressions only, so it runs inside the engine next to the
metrics; the words that matched are explained later in Python, for the few messages that
end up as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import narwhals as nw

TEXT_CLASSES = (
    "is_abusive",
    "is_severe_abuse",
    "is_complaint",
    "is_minor_complaint",
    "is_payment_excuse",
    "is_change_request",
    "is_ethics_request",
    "is_urgent",
)


def classifier() -> Callable[..., Any]:
    from parting.text.classify import classify

    return classify


def explainer() -> Callable[[str], dict[str, list[str]]]:
    from parting.text.classify import explain

    return explain


def classify_messages(messages: nw.LazyFrame[Any]) -> nw.LazyFrame[Any]:
    """``messages`` with one boolean column per text class (null bodies match nothing)."""
    text = messages.with_columns(nw.col("body").fill_null(""))
    out = classifier()(text, body="body")
    return out.with_columns([nw.col(c).fill_null(False) for c in TEXT_CLASSES])


def explain_words(bodies: dict[str, str]) -> dict[str, list[str]]:
    """Message id -> the words that put it in a class (for evidence)."""
    explain = explainer()
    words: dict[str, list[str]] = {}
    for message_id, body in bodies.items():
        found = explain(body or "")
        flat = sorted({w for ws in found.values() for w in ws})
        if flat:
            words[message_id] = flat
    return words
