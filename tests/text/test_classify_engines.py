"""``classify`` gives the same answers on DuckDB, Polars and PySpark as ``explain``.

The patterns use only the regex subset RE2 (DuckDB), Rust (Polars) and Java (Spark)
share; this runs a sample of every shipped set through each engine and compares each
message with the pure-Python reading.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from parting.text import datasets
from parting.text.classify import CLASSES, flags_of

MESSAGES: list[tuple[str, str]] = [
    ("You idiot, this is the third time I ask!", "en"),
    ("This is fucking brilliant, thank you so much!", "en"),
    ("> you idiot\nThanks for the update, all good.", "en"),
    ('Your courier said "you are an idiot" to me, which is not okay.', "en"),
    ("I will find you and break your legs.", "en"),
    ("f*ck you and your invoices", "en"),
    ("WHAT THE HELL IS THIS SHIT", "en"),
    ("Vous êtes vraiment des incapables, bande de cons.", "fr"),
    ("Mày ngu vãi, làm ăn như cc", "vi"),
    ("cc gì vậy", "vi"),
    ("cc gì vậy", "en"),
    ("Ste res navadni idioti, ne znate nič.", "sl"),
    ("", "en"),
    # Negation and counter-speech, matched only where a group or abuse was found.
    ("I do not think immigrants are scum.", "en"),
    ("I don't think you understand, you idiot.", "en"),
    ("Anyone who says Muslims are scum is wrong.", "en"),
    ("Immigrants are scum. I will hurt them.", "en"),
    ("I would never hurt anyone.", "en"),
    ("Je ne pense pas que les immigrés soient des parasites.", "fr"),
    ("Ceux qui disent que les musulmans sont des ordures ont tort.", "fr"),
    ("FIX IT NOW PLEASE, damn it", "en"),
    ("FIX IT NOW PLEASE", "en"),
    # A writer who is "chị" to a shop called "em": read with the pronouns exchanged.
    ("em ơi bên em giao thiếu 2 hộp", "vi"),
    ("chị lỡ tay xóa mất file, em gửi lại giúp chị nha", "vi"),
    ("em", "vi"),
    # A firm named by a verb ("we replace"), signing: its name is dropped from the views.
    ("Prosim, pošljite še ponudbo za januar.\nLp, Zamenjamo d.o.o.", "sl"),
    ("Zamenjamo d. o. o.: pult, ki ste ga montirali, je že razpokan", "sl"),
]


def corpus() -> list[tuple[str, str]]:
    """(text, language) from every shipped set: enough variety to exercise each pattern."""
    rows = list(MESSAGES)
    rows += [(e.text, "en") for e in datasets.hatecheck("en")[::25]]
    rows += [(e.text, "fr") for e in datasets.hatecheck("fr")[::25]]
    rows += [(e.text, "vi") for e in datasets.vihos()[::50]]
    for language in ("en", "fr", "vi", "sl"):
        rows += [(e.text, language) for e in datasets.own(f"business_{language}.csv")[::2]]
    rows += [(e.text, "sl") for e in datasets.own("abuse_sl.csv")[::2]]
    return rows


def test_every_engine_reads_messages_exactly_as_python_does(
    engine: str, classified: Callable[..., pl.DataFrame]
) -> None:
    # Java's backtracking regex is slow on long alternations: a quarter of the sample
    # keeps the Spark case to a few seconds.
    rows = corpus()[:: 4 if engine == "spark" else 1]
    out = classified([text for text, _ in rows], [language for _, language in rows])
    assert out.columns == ["id", "body", "language", *CLASSES]
    assert all(out.schema[name] == pl.Boolean for name in CLASSES)
    mismatches = [
        text
        for row, (text, language) in zip(out.iter_rows(named=True), rows, strict=True)
        if {name: row[name] for name in CLASSES} != flags_of(text, language)
    ]
    assert mismatches == []
    assert out["is_abusive"].sum() > 0


def test_null_and_blank_bodies_are_never_flagged(
    classified: Callable[..., pl.DataFrame],
) -> None:
    out = classified([None, "", "   ", "You idiot"])
    assert out.select(CLASSES).head(3).to_numpy().sum() == 0
    assert out["is_abusive"].to_list() == [False, False, False, True]
