"""Telling English, French, Vietnamese and Slovenian apart."""

from __future__ import annotations

import pytest

from parting.text.language import detect, detect_many


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks for the update, see you on Monday.", "en"),
        ("Merci pour votre message, à lundi.", "fr"),
        ("Cảm ơn anh, hẹn gặp lại vào thứ Hai.", "vi"),
        ("Hvala za sporočilo, se vidimo v ponedeljek.", "sl"),
    ],
)
def test_detect_names_the_language_of_a_sentence(text: str, language: str) -> None:
    assert detect(text) == language


def test_too_short_a_text_has_no_language() -> None:
    assert detect("ok") is None
    assert detect("") is None


def test_detect_many_agrees_with_detect() -> None:
    texts = ["Merci beaucoup pour tout.", "?", "Hvala lepa za pomoč."]
    assert detect_many(texts) == [detect(text) for text in texts]
