"""Matched words are quoted as the writer wrote them (``parting.text.written``).

The patterns read a normalised view of a message (lower case, no punctuation, diacritics
folded); a person checking a flag looks for the words in the message itself, so every
place that shows matched words — ``parting read-message``, the evidence of a scoring —
quotes the message's own characters: its case, its accents, its apostrophes.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parting.cli import app
from parting.engine.messages import explain_words
from parting.text import normalise
from parting.text.classify import _views, explain, traced_views
from parting.text.reading import reader
from parting.text.written import as_written, one_per_span

runner = CliRunner(env={"PARTING_LANG": "en"})


def quoted(text: str, language: str) -> dict[str, list[str]]:
    """The words of each class, as read and quoted for ``text``."""
    return {name: as_written(text, words) for name, words in explain(text, language).items()}


@pytest.mark.parametrize(
    ("text", "language", "name", "quote"),
    [
        # French: diacritics, both apostrophes, capitals
        ("C'est la troisième fois que j'écris.", "fr", "is_complaint", "C'est la troisième fois"),
        ("C’est la TROISIÈME fois que j’attends", "fr", "is_complaint", "C’est la TROISIÈME fois"),
        (
            "j ai tjrs pas recu la facture, c inadmissible",
            "fr",
            "is_payment_excuse",
            "pas recu la facture",
        ),
        # Vietnamese: with diacritics, typed without them, teencode
        ("Đây là lần thứ ba giao hàng trễ.", "vi", "is_complaint", "lần thứ ba"),
        ("Lan thu ba roi, giao hang tre qua", "vi", "is_complaint", "Lan thu ba"),
        ("Đợi mãi ko thấy ai trả lời", "vi", "is_complaint", "ko thấy ai trả lời"),
        ("cho e xin lai hoa don, tuan sau e ck nha", "vi", "is_payment_excuse", "tuan sau e ck"),
        # Slovenian: č, š, ž and the same typed without them
        ("Že tretjič pišem, stran še vedno ne dela.", "sl", "is_complaint", "Že tretjič"),
        ("Ze tretjic pisem, stran se vedno ne dela", "sl", "is_complaint", "Ze tretjic"),
        # English: case, emoji before the match, repeated spaces and a line break inside
        ("😡😡 This is UNACCEPTABLE, third time!", "en", "is_complaint", "UNACCEPTABLE"),
        ("We   CANT pay this month", "en", "is_payment_excuse", "CANT pay"),
        ("we cant\npay this month", "en", "is_payment_excuse", "cant pay"),
    ],
)
def test_matched_words_are_quoted_from_the_message(
    text: str, language: str, name: str, quote: str
) -> None:
    assert quote in quoted(text, language)[name]


def test_a_phrase_matched_across_punctuation_is_quoted_with_it() -> None:
    """The view reads "trễ, quá" as "tre qua": the quote is the writer's span, comma and
    all, so it can be found in the message as it stands."""
    assert quoted("Giao hàng trễ, quá tệ!", "vi")["is_complaint"] == ["trễ, quá"]


def test_the_same_words_matched_with_and_without_diacritics_are_quoted_once() -> None:
    text = "Đợi mãi ko thấy ai trả lời"
    words = explain(text, "vi")["is_complaint"]
    quotes = as_written(text, words)
    assert len(quotes) == len(set(quotes))
    assert quotes == ["Đợi mãi", "ko thấy ai trả lời"]


def test_a_word_is_quoted_where_it_stands_alone_before_inside_a_longer_word() -> None:
    assert as_written("Chocolate is late.", ["late"]) == ["late"]
    text = "Chocolate is late."
    (view, *_) = traced_views(text)
    start = view.text.index(" late") + 1
    assert view.source(start, start + 4) == (text.index(" late") + 1, text.index("."))


def test_words_the_views_do_not_hold_are_left_as_they_are() -> None:
    assert as_written("Thanks!", ["never said"]) == ["never said"]
    assert as_written("Thanks!", []) == []


def test_read_message_and_the_scoring_evidence_quote_the_same_words() -> None:
    text = "C'est la troisième fois que la livraison arrive en retard."
    result = runner.invoke(app, ["read-message", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)["classes"]["is_complaint"]
    assert "C'est la troisième fois" in shown
    assert reader()(text, None).words["is_complaint"] == shown
    table = runner.invoke(app, ["read-message", text])
    assert "“C'est la troisième fois”" in table.stdout


# --- properties: every quote is the message's own text --------------------------------

PHRASES = [
    "c'est la troisième fois",
    "en retard",
    "inadmissible",
    "lần thứ ba",
    "trễ quá",
    "đợi mãi",
    "ko thấy ai trả lời",
    "že tretjič",
    "še vedno ne dela",
    "unacceptable",
    "we can't pay",
    "third time",
    "you idiot",
    "pas reçu la facture",
    "sếp chưa duyệt",
]
FILLER = ["hello", "the invoice", "merci", "anh ơi", "hvala", "ok", "🙂", "😡", "--", "…"]


@st.composite
def messages(draw: st.DrawFn) -> str:
    """Cue phrases among filler, each part maybe in capitals, without diacritics, with
    typographic apostrophes, joined by spaces, punctuation, line breaks or emoji."""
    parts = draw(st.lists(st.sampled_from(PHRASES + FILLER), min_size=1, max_size=6))
    out: list[str] = []
    for part in parts:
        if draw(st.booleans()):
            part = part.upper()
        if draw(st.booleans()):
            part = normalise.apply_text(part, normalise.FOLD_STEPS, lower=False)
        if draw(st.booleans()):
            part = part.replace("'", "’")
        out.append(part)
        out.append(draw(st.sampled_from([" ", "  ", ", ", "!\n", " 🙂 ", "... ", "\t"])))
    return "".join(out)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(messages(), st.sampled_from(["en", "fr", "vi", "sl"]))
def test_every_quote_is_the_writers_text_and_reads_as_the_matched_words(
    text: str, language: str
) -> None:
    one_line = re.sub(r"\s+", " ", text)
    for words in explain(text, language).values():
        for word, quote in zip(words, [as_written(text, [w])[0] for w in words], strict=True):
            assert quote in one_line
            assert word in [view.strip() for view in _views(quote)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=60))
def test_the_traced_views_are_the_views_the_patterns_read(text: str) -> None:
    views = traced_views(text)
    assert tuple(view.text for view in views) == _views(text)
    for view in views:
        assert len(view.starts) == len(view.ends) == len(view.text)
        assert all(0 <= s <= e <= len(text) for s, e in zip(view.starts, view.ends, strict=True))


# --- one quote per stretch of the message ----------------------------------------------


def test_a_stretch_several_cues_matched_is_quoted_once_as_its_longest_quote() -> None:
    """ "Slightly", "disappointed" and "Slightly disappointed" all match: the reader is
    shown the writer's words once."""
    text = "Slightly disappointed that one button is still misaligned on the contact page."
    words = reader()(text, "en").words
    assert words["is_minor_complaint"] == ["Slightly disappointed", "misaligned"]
    assert words["is_complaint"] == ["Slightly disappointed", "misaligned"]
    table = runner.invoke(app, ["read-message", text])
    assert "“disappointed”" not in table.stdout and "“Slightly”" not in table.stdout


def test_quotes_that_overlap_in_the_message_become_the_stretch_they_cover() -> None:
    text = "Honestly it is not working at all since Monday."
    assert one_per_span(text, ["working at all", "not working"]) == ["not working at all"]
    assert as_written(text, ["not working", "working at all"]) == ["not working at all"]


def test_quotes_side_by_side_stay_apart() -> None:
    text = "Not acceptable, third time."
    assert one_per_span(text, ["Not acceptable", "third time"]) == ["Not acceptable", "third time"]


def test_the_same_words_standing_elsewhere_are_not_quoted_again() -> None:
    """ "late" is in "Slightly late" already, though the message says it twice."""
    assert as_written("Late again. Slightly late.", ["late", "slightly late"]) == ["Slightly late"]
    # Only whole words count: "late" is no part of "chocolate".
    assert one_per_span("Chocolate is late.", ["late", "Chocolate"]) == ["late", "Chocolate"]


def test_the_same_word_in_another_case_is_quoted_once_not_dropped() -> None:
    text = "Ker smo majhni, ker je papir dražji."
    assert one_per_span(text, ["ker", "Ker"]) == ["ker"]
    assert one_per_span(text, ["Ker", "papir", "ker"]) == ["Ker", "papir"]


def test_quotes_the_message_does_not_hold_are_kept() -> None:
    assert one_per_span("Thanks!", ["never said", "Thanks"]) == ["never said", "Thanks"]
    assert one_per_span("", []) == []


def test_the_evidence_of_a_message_quotes_each_stretch_once_across_its_classes() -> None:
    """The scoring's evidence puts a message's words of every class together: one quote
    per stretch there too."""
    text = "Slightly disappointed that one button is still misaligned on the contact page."
    assert explain_words({"M1": text}) == {"M1": ["Slightly disappointed", "misaligned"]}


def _overlapping(quotes: list[str]) -> list[tuple[str, str]]:
    folded = [q.casefold() for q in quotes]
    return [
        (a, b)
        for a, fa in zip(quotes, folded, strict=True)
        for b, fb in zip(quotes, folded, strict=True)
        if a != b and re.search(rf"(?<!\w){re.escape(fa)}(?!\w)", fb)
    ]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(messages(), st.sampled_from(["en", "fr", "vi", "sl"]))
def test_no_quote_of_a_class_stands_inside_another(text: str, language: str) -> None:
    one_line = re.sub(r"\s+", " ", text)
    for words in quoted(text, language).values():
        assert _overlapping(words) == []
        assert all(quote in one_line for quote in words)
