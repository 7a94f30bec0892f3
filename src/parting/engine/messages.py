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


def classify_messages(messages: nw.LazyFrame[Any], clients: nw.LazyFrame[Any]) -> nw.LazyFrame[Any]:
    """``messages`` with one boolean column per text class (null bodies match nothing).

    Only the client's own words are read: the studio's outgoing messages (reminders that
    say "overdue", say) would otherwise count against the client, so their bodies are
    blanked first, which also spares the costliest step half its work. The client's
    language tells the classifier how to read teencode such as "dm"."""
    language = clients.select("client_id", nw.col("language").alias("_client_language"))
    inbound_text = nw.when(nw.col("direction") == "in").then(nw.col("body")).otherwise(nw.lit(""))
    text = messages.join(language, on="client_id", how="left").with_columns(
        inbound_text.fill_null("").alias("body")
    )
    out = classifier()(text, body="body", language="_client_language")
    return out.drop("_client_language").with_columns(
        [nw.col(c).fill_null(False) for c in TEXT_CLASSES]
    )


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
