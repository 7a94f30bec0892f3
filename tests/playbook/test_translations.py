"""Every sentence the playbook shows a person is translated into French, Vietnamese and
Slovenian in the parts of ``locale/<lang>/LC_MESSAGES/parts/`` (mostly ``playbook.po``),
placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

from parting.catalogs import merged_catalog

SRC = Path(__file__).resolve().parents[2] / "src" / "parting"
SOURCES = [
    *sorted((SRC / "playbook").glob("*.py")),
    SRC / "store" / "plans.py",
    SRC / "cli" / "playbook.py",
]


def msgids() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for _line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords={"_": None, "gettext_noop": None}
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("lang", ["fr", "vi", "sl"])
def test_every_playbook_message_is_translated_with_its_placeholders(lang: str) -> None:
    catalog = merged_catalog(lang)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    wanted = msgids()
    assert wanted, "no messages found: check the extraction keywords"
    assert sorted(wanted - set(translated)) == []
    for msgid in wanted:
        placeholders = sorted(re.findall(r"\{\w+\}", msgid))
        assert sorted(re.findall(r"\{\w+\}", translated[msgid])) == placeholders, msgid
