"""Which of our languages a message is written in, when the client's is unknown.

lingua is accurate on short texts; loading only English, French, Vietnamese and
Slovenian keeps it small, and the low-accuracy mode (a few n-gram sizes) is several
times faster and still right on messages of a sentence or more. The detector is built
once, on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

CODES = {"ENGLISH": "en", "FRENCH": "fr", "VIETNAMESE": "vi", "SLOVENE": "sl"}
# Shorter texts say too little to tell four languages apart reliably.
MIN_LETTERS = 3


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CODES]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def detect(text: str) -> str | None:
    """'en', 'fr', 'vi' or 'sl', or None when the text is too short or undecided."""
    if sum(char.isalpha() for char in text or "") < MIN_LETTERS:
        return None
    found = _detector().detect_language_of(text)
    return CODES.get(found.name) if found is not None else None


def detect_many(texts: list[str]) -> list[str | None]:
    """``detect`` for a batch, using lingua's parallel batch mode."""
    kept = [
        i for i, text in enumerate(texts) if sum(c.isalpha() for c in text or "") >= MIN_LETTERS
    ]
    found = _detector().detect_languages_in_parallel_of([texts[i] for i in kept])
    out: list[str | None] = [None] * len(texts)
    for i, language in zip(kept, found, strict=True):
        out[i] = CODES.get(language.name) if language is not None else None
    return out
