"""A count inside a plural sentence is written the reader's way, as every other figure:
"1,234 clients", "1 234 clients", "1.234 strank". The number picks the sentence's form;
what the page shows is the number through ``|number`` (``parting.words.formats``).

Every ``{% blocktranslate … count … %}`` of the templates is rendered here with 1234 in
each of its values, in the four languages."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.template import Context, Template
from django.utils import translation

from parting.words.formats import number

TEMPLATES = Path(__file__).parents[2] / "src" / "parting" / "web" / "templates"
PLURAL = re.compile(
    r"\{% blocktranslate ([^%]*\bcount\b[^%]*)%\}.*?\{% endblocktranslate %\}", re.S
)
VALUE = re.compile(r"(\w+)=([\w.]+)((?:\|[\w:]+)*)")
FIGURE = 1234


def plural_sentences() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for match in PLURAL.finditer(path.read_text(encoding="utf-8")):
            found.append((path.name, match.group(1), match.group(0)))
    return found


SENTENCES = plural_sentences()


def _context(options: str) -> dict[str, Any]:
    """1234 wherever an option reads a value (a list of 1234 where it takes its length,
    a day where it is written as one)."""
    context: dict[str, Any] = {}
    for _name, path, filters in VALUE.findall(options):
        value: Any = FIGURE
        if "|length" in filters:
            value = [None] * FIGURE
        elif "|day" in filters:
            value = date(2026, 3, 2)
        *parents, last = path.split(".")
        place = context
        for part in parents:
            place = place.setdefault(part, {})
        place.setdefault(last, value)
    return context


def test_the_templates_have_plural_sentences_to_check() -> None:
    assert len(SENTENCES) >= 10


@pytest.mark.parametrize(("name", "options", "tag"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_the_count_of_a_plural_sentence_is_never_shown_as_it_is(
    name: str, options: str, tag: str
) -> None:
    """The value ``count`` names picks the form; the one the sentence shows is formatted."""
    counter = re.search(r"\bcount (\w+)=", options)
    assert counter is not None
    assert "{{ " + counter.group(1) + " }}" not in tag, name


@pytest.mark.parametrize("language", ["en", "fr", "vi", "sl"])
@pytest.mark.parametrize(("name", "options", "tag"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_a_plural_sentence_writes_its_figures_the_readers_way(
    name: str, options: str, tag: str, language: str, web_catalogs: Path
) -> None:
    template = Template("{% load i18n parting %}" + tag)
    with translation.override(language):
        shown = template.render(Context(_context(options)))
        written = number(FIGURE, lang=language)
    assert written in shown, (name, shown)
    assert str(FIGURE) not in shown, (name, shown)
