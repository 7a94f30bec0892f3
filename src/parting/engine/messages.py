"""Messages with their text classes (abusive, complaint, …) from ``parting.text``.

The classifier is narwhals expressions only, so it runs inside the engine next to the
metrics; the words that matched are explained later in Python, for the few messages that
end up as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import narwhals as nw
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.engine.backends import join
from parting.text.classify import CLASSES as TEXT_CLASSES

_SAID = "_parting_said"
_LANGUAGE = "_parting_client_language"


def classifier() -> Callable[..., Any]:
    """``parting.text.classify``, with the model's second opinions when the ``model``
    extra is installed: on abuse about groups (``parting.text.veto``), on the business
    classes (``parting.text.calm``) and on what the wide complaint net catches
    (``parting.text.recall``), wherever their heads apply (``_with_model``)."""
    from parting.text import calm, recall, veto
    from parting.text.classify import classify

    abuse = veto.name() != "patterns"
    business = calm.applies()
    raised = recall.languages()
    if not (abuse or business or raised):
        return classify

    def classify_with_model(frame: Any, body: str, language: str) -> Any:
        from parting.engine import backends

        engine = backends.engine_of(frame.to_native()) or "polars"
        classes = classify(
            _where_the_patterns_run(frame, engine),
            body=body,
            language=language,
            group_column=_GROUP,
            language_column=_SPOKEN,
            candidate_column=_CANDIDATE,
            candidate_languages=raised,
        )
        return _with_model(classes, body, engine, abuse=abuse, business=business)

    return classify_with_model


def _where_the_patterns_run(frame: Any, engine: str) -> Any:
    """The bodies to classify, on the engine that runs the patterns: DuckDB's bodies read
    into Polars first. The model reads the result in this process anyway, so they are
    read here once; and RE2, DuckDB's regex engine, compiles the patterns (some 300 KB)
    again at every bind, optimisation and thread of a query — about 0.6 s of CPU per
    scoring whatever the number of messages — where Polars compiles each once, and then
    reads each message about twice as fast. Spark's stay where they are."""
    if engine != "duckdb":
        return frame
    from parting.engine import backends

    bodies = nw.from_native(backends.from_arrow(frame.collect().to_arrow(), "polars"))
    # Handed on as the result of an unordered ``unique`` (no row goes: the pairs are
    # distinct already), as in the plan Polars itself classifies. A frame held in memory
    # has its expressions evaluated on every thread of Polars' pool, and each thread
    # compiles the patterns for itself: the demo's 121 bodies cost 0.54 s of CPU that way
    # on two cores, 0.28 s after an unordered ``unique`` (0.30 s on one thread).
    return bodies.unique()


def explainer() -> Callable[[str], dict[str, list[str]]]:
    """The words behind each flag; a flag the model vetoed is no longer among them."""
    from parting.text import embed
    from parting.text.reading import reader

    # The vectors the scoring computed (or an earlier one kept): read, not computed again.
    read_one = reader(embed.Embedder(embed.cache_dir()))
    return lambda text: read_one(text, None).words


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
    kept = join(messages.filter(recent & (inbound | reminder)), language, "client_id", "left")
    # Null keys never join, so outgoing reminders and empty bodies match no class.
    said = nw.when(inbound & (nw.col("body").str.len_chars() > 0)).then(nw.col("body"))
    kept = kept.with_columns(said.alias(_SAID), nw.col(_LANGUAGE).fill_null(""))
    distinct = kept.filter(~nw.col(_SAID).is_null()).select(_SAID, _LANGUAGE).unique()
    classes = classifier()(distinct, body=_SAID, language=_LANGUAGE).select(
        _SAID, _LANGUAGE, *TEXT_CLASSES
    )
    out = join(kept.drop("body", "subject"), classes, [_SAID, _LANGUAGE], "left")
    return out.drop(_SAID, _LANGUAGE).with_columns(
        [nw.col(c).fill_null(False) for c in TEXT_CLASSES]
    )


_GROUP = "_parting_names_group"
_SPOKEN = "_parting_spoken"
_CANDIDATE = "_parting_complaint_candidate"


def _with_model(
    classes: nw.LazyFrame[Any], body: str, engine: str, *, abuse: bool, business: bool
) -> nw.LazyFrame[Any]:
    """The classes as the model reads them where its heads apply: abuse about a group
    vetoed or raised (``parting.text.veto``), business flags vetoed
    (``parting.text.calm``), complaints the wide net caught confirmed
    (``parting.text.recall``). The patterns run once over the distinct bodies; the
    result is read into Arrow (the model reads a few of its rows in Python) and handed
    back to ``engine``, the one it came from."""
    from parting.engine import backends

    table = classes.collect().to_arrow()
    if abuse:
        table = _abuse_as_the_model_reads_it(table, body)
    if business:
        table = _business_as_the_model_reads_it(table, body)
    table = _complaints_the_model_confirms(table, body)
    table = table.drop_columns([_GROUP, _SPOKEN, _CANDIDATE])
    return nw.from_native(backends.from_arrow(table, engine)).lazy()


def _flags(table: pa.Table, name: str) -> np.ndarray:
    return np.asarray(table[name].to_numpy(zero_copy_only=False), dtype=bool)


def _with_flags(table: pa.Table, flags: dict[str, np.ndarray]) -> pa.Table:
    for name, values in flags.items():
        table = table.set_column(table.schema.get_field_index(name), name, pa.array(values))
    return table


def _abuse_as_the_model_reads_it(table: pa.Table, body: str) -> pa.Table:
    """Abuse about a group as the model reads it: flags it vetoes turned off, flags it
    raises turned on. Only the bodies that name a group are read — few in business
    mail —, each embedded once (vectors cached in ``embed.cache_dir()``)."""
    from parting.text import embed, veto

    rows = np.flatnonzero(_flags(table, _GROUP))
    if not rows.size:
        return table
    texts = [str(t) for t in table[body].take(rows).to_pylist()]
    languages = table[_SPOKEN].take(rows).to_pylist()
    abusive, severe = _flags(table, "is_abusive"), _flags(table, "is_severe_abuse")
    verdicts = veto.second_opinion(
        texts, languages, embed.Embedder(embed.cache_dir()), flagged=list(abusive[rows])
    )
    for i, verdict in zip(rows, verdicts, strict=True):
        if verdict is not None and verdict.vetoed:
            abusive[i] = severe[i] = False
        elif verdict is not None and verdict.raised:
            abusive[i] = True
    return _with_flags(table, {"is_abusive": abusive, "is_severe_abuse": severe})


def _business_as_the_model_reads_it(table: pa.Table, body: str) -> pa.Table:
    """Business flags the model vetoes (``parting.text.calm``) turned off, with the flags
    that fall with them. Only the flagged bodies are read: sentence by sentence, in the
    languages the clause reading knows (``parting.text.claims``), and by the head where
    it applies, each distinct sentence embedded once."""
    from parting.text import calm, claims, embed

    spoken = pc.is_in(table[_SPOKEN], value_set=pa.array(sorted(claims.LANGUAGES)))
    known = np.asarray(spoken.to_numpy(zero_copy_only=False), dtype=bool)
    flags = {name: _flags(table, name) & known for name in calm.CLASSES}
    rows = np.flatnonzero(np.logical_or.reduce([*flags.values(), np.zeros(table.num_rows, bool)]))
    if not rows.size:
        return table
    texts = [str(t) for t in table[body].take(rows).to_pylist()]
    languages = table[_SPOKEN].take(rows).to_pylist()
    read = calm.read_messages(
        texts,
        languages,
        {name: flag[rows] for name, flag in flags.items()},
        embed.Embedder(embed.cache_dir()),
    )
    changed: dict[str, np.ndarray] = {}
    for name, reading in read.items():
        for gone in (name, *calm.FOLLOWERS.get(name, ())):
            flag = changed.get(gone, _flags(table, gone))
            flag[rows[reading.vetoed]] = False
            changed[gone] = flag
    return _with_flags(table, changed)


def _complaints_the_model_confirms(table: pa.Table, body: str) -> pa.Table:
    """Complaints the wide net caught and the model confirms (``parting.text.recall``)
    turned on. Only the net's candidates are read (no complaint cue matched them), each
    distinct sentence embedded once."""
    from parting.text import embed, recall

    rows = np.flatnonzero(_flags(table, _CANDIDATE))
    if not rows.size:
        return table
    texts = [str(t) for t in table[body].take(rows).to_pylist()]
    languages = table[_SPOKEN].take(rows).to_pylist()
    yes, _ = recall.confirmed(texts, languages, embed.Embedder(embed.cache_dir()))
    complaint = _flags(table, "is_complaint")
    complaint[rows[yes]] = True
    return _with_flags(table, {"is_complaint": complaint})


def explain_words(
    bodies: dict[str, str], seen: dict[str, list[str]] | None = None
) -> dict[str, list[str]]:
    """Message id -> the words that put it in a class (for evidence), each stretch of the
    message quoted once whatever classes its cues stand for. ``seen`` remembers the words
    of bodies already explained: many messages say the same thing."""
    from parting.text.written import one_per_span

    explain = explainer()
    seen = {} if seen is None else seen
    words: dict[str, list[str]] = {}
    for message_id, body in bodies.items():
        text = body or ""
        if text not in seen:
            found = explain(text)
            seen[text] = sorted(one_per_span(text, [w for ws in found.values() for w in ws]))
        if seen[text]:
            words[message_id] = seen[text]
    return words
