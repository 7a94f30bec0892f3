"""The demo portfolio's messages are read as the kind they were written as."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

demo_phrases = pytest.importorskip("parting.demo.phrases")

CLASS_OF_KIND = {
    "abusive": "is_abusive",
    "complaint": "is_complaint",
    "minor_complaint": "is_minor_complaint",
    "payment_excuse": "is_payment_excuse",
    "change_request": "is_change_request",
    "ethics_request": "is_ethics_request",
    "urgent": "is_urgent",
}
CALM_KINDS = ("friendly", "neutral")


def planted() -> list[tuple[str, str, str]]:
    return [
        (language, kind, text)
        for language, kinds in demo_phrases.PHRASES.items()
        for kind, texts in kinds.items()
        for text in texts
    ]


@pytest.mark.parametrize(
    ("language", "kind", "text"), [case for case in planted() if case[1] in CLASS_OF_KIND]
)
def test_each_planted_phrase_is_caught_as_its_kind(language: str, kind: str, text: str) -> None:
    assert flags_of(text, language)[CLASS_OF_KIND[kind]]


@pytest.mark.parametrize(
    ("language", "kind", "text"), [case for case in planted() if case[1] in CALM_KINDS]
)
def test_friendly_and_neutral_phrases_are_neither_abuse_nor_complaints(
    language: str, kind: str, text: str
) -> None:
    flags = flags_of(text, language)
    assert not flags["is_abusive"]
    assert not flags["is_complaint"]
