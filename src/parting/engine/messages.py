"""Messages with their text classes (abusive, complaint, …) from ``parting.text``.

The classifier is narwhals expressions only, so it runs inside the engine next to the
metrics; the words that matched are explained later in Python, for the few messages that
end up as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import narwhals as nw

from parting.text.classify import CLASSES as TEXT_CLASSES

_SAID = "_parting_said"
_LANGUAGE = "_parting_client_language"


def classifier() -> Callable[..., Any]:
    """``parting.text.classify``, with the model's second opinion on abuse about groups
    when the ``model`` extra is installed (``_with_veto``)."""
    from parting.text import veto
    from parting.text.classify import classify

    if veto.name() == "patterns":
        return classify

    def classify_with_veto(frame: Any, body: str, language: str) -> Any:
        classes = classify(frame, body=body, language=language, group_column=_GROUP)
        return _with_veto(classes, body, language)

    return classify_with_veto


def explainer() -> Callable[[str], dict[str, list[str]]]:
    """The words behind each flag; abuse the model vetoed is no longer among them."""
    from parting.text import veto
    from parting.text.classify import explain

    if veto.name() == "patterns":
        return explain
    return lambda text: veto.explain(text).words


def classify_messages(
    messages: nw.LazyFrame[Any], clients: nw.LazyFrame[Any], as_of: int, lookback: int
) -> nw.LazyFrame[Any]:
    """The messages a sign can read as of day ``as_of`` — those of the last ``lookback``
    days (``features.message_lookback``) — with one boolean column per text class,
    without their bodies.

    Every figure and every piece of evidence that reads messages looks at the days
    ``as_of - lookback < day <= as_of`` only (why an older message cannot change a verdict
    nor a plan's date: ``features.message_lookback``), and reads text classes of the
    client's own (inbound) words only; of the studio's outgoing messages only payment
    reminders count, and those by their kind (a reminder that says "overdue" must not count
    against the client). So older and later messages and the other outgoing ones are left
    out, outgoing bodies are never read, and
    the classifier — the costliest step — sees each distinct (body, client language) pair
    of the client's non-empty messages once: a portfolio repeats itself ("Thanks!",
    "Any update?"), and the result is joined back to every message that says it. The
    client's language is part of the key because it tells the classifier how to read
    teencode such as "dm"."""
    language = clients.select(
        "client_id", nw.col("language").cast(nw.String()).fill_null("").alias(_LANGUAGE)
    )
    inbound = nw.col("direction") == "in"
    reminder = nw.col("kind") == "payment_reminder"
    day = nw.col("day")
    recent = (day > as_of - lookback) & (day <= as_of)
    kept = messages.filter(recent & (inbound | reminder)).join(language, on="client_id", how="left")
    # Null keys never join, so outgoing reminders and empty bodies match no class.
    said = nw.when(inbound & (nw.col("body").str.len_chars() > 0)).then(nw.col("body"))
    kept = kept.with_columns(said.alias(_SAID), nw.col(_LANGUAGE).fill_null(""))
    distinct = kept.filter(~nw.col(_SAID).is_null()).select(_SAID, _LANGUAGE).unique()
    classes = classifier()(distinct, body=_SAID, language=_LANGUAGE).select(
        _SAID, _LANGUAGE, *TEXT_CLASSES
    )
    out = kept.drop("body", "subject").join(classes, on=[_SAID, _LANGUAGE], how="left")
    return out.drop(_SAID, _LANGUAGE).with_columns(
        [nw.col(c).fill_null(False) for c in TEXT_CLASSES]
    )


_GROUP = "_parting_names_group"


def _with_veto(classes: nw.LazyFrame[Any], body: str, language: str) -> nw.LazyFrame[Any]:
    """Abuse about a group as the model reads it (``parting.text.veto``): flags it
    vetoes turned off, flags it raises turned on. Only the bodies that name a group are
    read back — few in business mail —, each embedded once (vectors cached in
    ``embed.cache_dir()``); the changed ones go back to the engine as ``is_in`` lists."""
    from parting.text import embed, veto

    asked = classes.filter(nw.col(_GROUP)).select(body, language, "is_abusive").collect()
    rows = asked.rows()
    if not rows:
        return classes.drop(_GROUP)
    from parting.text.classify import message_language

    texts = [str(text) for text, _, _ in rows]
    languages = [message_language(text, code or None) for text, code, _ in rows]
    flagged = [bool(hit) for _, _, hit in rows]
    verdicts = veto.second_opinion(
        texts, languages, embed.Embedder(embed.cache_dir()), flagged=flagged
    )
    vetoed = [t for t, v in zip(texts, verdicts, strict=True) if v is not None and v.vetoed]
    raised = [t for t, v in zip(texts, verdicts, strict=True) if v is not None and v.raised]
    kept = ~nw.col(body).is_in(vetoed) if vetoed else nw.lit(True)
    added = nw.col(body).is_in(raised) if raised else nw.lit(False)
    return classes.drop(_GROUP).with_columns(
        ((nw.col("is_abusive") & kept) | added).alias("is_abusive"),
        (nw.col("is_severe_abuse") & kept).alias("is_severe_abuse"),
    )


def explain_words(
    bodies: dict[str, str], seen: dict[str, list[str]] | None = None
) -> dict[str, list[str]]:
    """Message id -> the words that put it in a class (for evidence). ``seen`` remembers
    the words of bodies already explained: many messages say the same thing."""
    explain = explainer()
    seen = {} if seen is None else seen
    words: dict[str, list[str]] = {}
    for message_id, body in bodies.items():
        text = body or ""
        if text not in seen:
            found = explain(text)
            seen[text] = sorted({w for ws in found.values() for w in ws})
        if seen[text]:
            words[message_id] = seen[text]
    return words
