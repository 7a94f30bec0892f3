"""``classify`` gives the same answers on DuckDB, Polars and PySpark as ``explain``."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

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
    classified: Callable[[list[str | None]], pl.DataFrame],
) -> None:
    out = classified(MESSAGES)
    for name in CLASSES:
        assert out.schema[name] == pl.Boolean


def test_classify_agrees_with_the_python_reading_on_every_engine(
    classified: Callable[[list[str | None]], pl.DataFrame],
) -> None:
    out = classified(MESSAGES)
    for row, text in zip(out.iter_rows(named=True), MESSAGES, strict=True):
        expected = flags_of(text) if text is not None else dict.fromkeys(CLASSES, False)
        assert {name: row[name] for name in CLASSES} == expected, text


def test_null_and_empty_bodies_are_never_flagged(
    classified: Callable[[list[str | None]], pl.DataFrame],
) -> None:
    out = classified([None, "", "   "])
    assert not out.select(CLASSES).to_numpy().any()


def test_classify_keeps_the_other_columns(
    classified: Callable[[list[str | None]], pl.DataFrame],
) -> None:
    out = classified(["hello"])
    assert out.columns[:2] == ["id", "body"]
    assert len(out.columns) == 2 + len(CLASSES)
