"""``classify`` gives the same answers on DuckDB, Polars and PySpark as ``explain``."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from parting.text import datasets
from parting.text.classify import CLASSES, flags_of

MESSAGES: list[str | None] = [
    "You idiot, this is the third time I ask!",
    "This is fucking brilliant, thank you so much!",
    "> you idiot\nThanks for the update, all good.",
    'Your courier said "you are an idiot" to me, which is not okay.',
    "I will find you and break your legs.",
    "f*ck you and your invoices",
    "WHAT THE HELL IS THIS SHIT",
    "Please change the logo colour to dark blue.",
    "Sorry, the cheque is in the post, our accountant is on holiday.",
    "URGENT: need the files ASAP",
    "Can you backdate the invoice to March?",
    "Vous êtes vraiment des incapables, bande de cons.",
    "Mày ngu vãi, làm ăn như cc",
    "Ste res navadni idioti, ne znate nič.",
    "",
    None,
]


def test_classify_adds_every_class_as_booleans(
    classified: Callable[..., pl.DataFrame],
) -> None:
    out = classified(MESSAGES)
    for name in CLASSES:
        assert out.schema[name] == pl.Boolean


def test_classify_agrees_with_the_python_reading_on_every_engine(
    classified: Callable[..., pl.DataFrame],
) -> None:
    out = classified(MESSAGES)
    for row, text in zip(out.iter_rows(named=True), MESSAGES, strict=True):
        expected = flags_of(text) if text is not None else dict.fromkeys(CLASSES, False)
        assert {name: row[name] for name in CLASSES} == expected, text


def corpus() -> list[tuple[str, str]]:
    """(text, language) from every shipped set: enough variety to exercise each pattern."""
    rows = [(e.text, "en") for e in datasets.hatecheck("en")[::12]]
    rows += [(e.text, "fr") for e in datasets.hatecheck("fr")[::12]]
    rows += [(e.text, "vi") for e in datasets.vihos()[::25]]
    for language in ("en", "fr", "vi", "sl"):
        rows += [(e.text, language) for e in datasets.own(f"business_{language}.csv")]
    rows += [(e.text, "sl") for e in datasets.own("abuse_sl.csv")]
    return rows


def test_every_engine_reads_the_shipped_sets_exactly_as_python_does(
    classified: Callable[..., pl.DataFrame],
) -> None:
    rows = corpus()
    out = classified([text for text, _ in rows], [language for _, language in rows])
    mismatches = [
        text
        for row, (text, language) in zip(out.iter_rows(named=True), rows, strict=True)
        if {name: row[name] for name in CLASSES} != flags_of(text, language)
    ]
    assert mismatches == []


def test_null_and_empty_bodies_are_never_flagged(
    classified: Callable[..., pl.DataFrame],
) -> None:
    out = classified([None, "", "   "])
    assert not out.select(CLASSES).to_numpy().any()


def test_classify_keeps_the_other_columns(
    classified: Callable[..., pl.DataFrame],
) -> None:
    out = classified(["hello"])
    assert out.columns[:3] == ["id", "body", "language"]
    assert len(out.columns) == 3 + len(CLASSES)
