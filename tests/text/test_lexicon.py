"""The lexicons compile on every engine's regex dialect and say where they come from."""

from __future__ import annotations

import re

import pytest

from parting.text import learn
from parting.text.lexicon import (
    KINDS,
    LANGUAGES,
    PHRASE_KINDS,
    SPELLED_KINDS,
    accented_pattern,
    despaced_pattern,
    folded_pattern,
)
from parting.text.spelling import spelled, typos

# Constructs that one of RE2, Java or Rust regex reads differently or not at all.
UNPORTABLE = (r"\b", r"(?=", r"(?!", r"(?<", r"\1", "[[:", r"\p{", r"\u", r"\x", "}+", "++", "*+")


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_compiles_and_uses_only_the_portable_regex_subset(kind: str) -> None:
    for pattern in (folded_pattern(kind), accented_pattern(kind), despaced_pattern(kind)):
        if pattern:
            re.compile(pattern)
            assert not any(construct in pattern for construct in UNPORTABLE)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_folded_entries_are_written_without_accents(language: str) -> None:
    module = LANGUAGES[language]
    for kind in SPELLED_KINDS + PHRASE_KINDS:
        for entry in getattr(module, kind, []):
            assert entry.isascii(), (language, kind, entry)


def test_a_spelled_word_reads_repeats_and_lookalikes_but_not_other_words() -> None:
    pattern = re.compile(f"^(?:{spelled('idiot')})$")
    for variant in ("idiot", "iiidiooot", "1d10t", "id!ot"):
        assert pattern.match(variant), variant
    assert not pattern.match("idol")


def test_spacing_is_allowed_only_when_asked_and_for_long_words() -> None:
    assert re.fullmatch(spelled("women", spaced=True), "w o m e n")
    assert not re.fullmatch(spelled("women"), "w o m e n")
    assert not re.fullmatch(spelled("gay", spaced=True), "g a y")


def test_typos_drop_or_swap_one_inner_letter_of_long_words_only() -> None:
    assert "murdr" in typos("murder")
    assert "muredr" in typos("murder")
    assert typos("hat") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I won't treat women like that.", "en"),  # "threat" with one letter dropped
        ("Please treat the Muslims on our staff fairly.", "en"),
        ("Un étranger a transmis vos ordres aux femmes.", "fr"),  # "étrangler", "ordures"
        ("Les refuges pour femmes ferment.", "fr"),  # "réfugiés"
    ],
)
def test_a_slip_that_makes_another_word_is_read_as_that_word(text: str, language: str) -> None:
    from parting.text.classify import explain

    assert "is_abusive" not in explain(text, language)


def test_a_word_read_with_a_slip_is_evidence_the_clause_reading_sees() -> None:
    from parting.text import veto
    from parting.text.classify import explain

    assert explain("I haet women.", "en")["is_abusive"] == ["women", "haet"]
    assert veto.denied_in_clause("I don't haet women.", "en")
    assert not veto.denied_in_clause("I haet women.", "en")


def test_the_learned_vietnamese_lexicon_names_its_source_and_licence() -> None:
    header = learn.LEXICON_FILE.read_text(encoding="utf-8").split("\n\n")[0]
    assert "ViHOS" in header
    assert "MIT" in header
    assert len(learn.read()) > 50


def test_the_learned_lexicon_leaves_out_everyday_words() -> None:
    learned = set(learn.read()) | set(learn.read(learn.VIETNAMESE_ONLY))
    assert learned.isdisjoint(learn.MILD)
    assert "thứ" not in learned
    # Grammar words typed without tones: "không có" (don't have), "còn chờ" (still waiting).
    assert learned.isdisjoint({"ko co", "con cho"})


def test_cues_with_counted_repeats_in_several_languages_are_read_one_language_at_a_time() -> None:
    """RE2 (DuckDB) leaves its fast automaton when such cues of several languages meet in
    one pattern; the union of the per-language passes matches what the union would."""
    from parting.text.lexicon import folded_pattern_of, read_by_language

    assert read_by_language(("COUNTER",)) and read_by_language(("NEGATION",))
    assert not read_by_language(("HATE",))
    union = re.compile(folded_pattern_of(("COUNTER",)) or "")
    parts = [
        re.compile(p)
        for code in ("en", "fr", "vi", "sl", "shared")
        if (p := folded_pattern_of(("COUNTER",), code))
    ]
    for text in (" i would never call you an idiot ", " saying they are vermin is wrong ", " hi "):
        assert bool(union.search(text)) == any(p.search(text) for p in parts)
