"""Every sentence the engine and its commands show has a French, Vietnamese and Slovenian
translation, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import parting

SOURCE = Path(parting.__file__).parent
MODULES = [p for p in sorted((SOURCE / "engine").rglob("*.py")) if p.name != "clv.py"] + [
    SOURCE / "cli" / "scoring.py"
]
MSGID = re.compile(r'(?<!\w)_\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def msgids() -> set[str]:
    return {m.group(1) for p in MODULES for m in MSGID.finditer(p.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("language", ["fr", "vi", "sl"])
def test_every_engine_sentence_is_translated(language: str) -> None:
    path = SOURCE / "locale" / language / "LC_MESSAGES" / "parts" / "engine.po"
    with path.open("rb") as f:
        catalog = read_po(f)
    found = msgids()
    assert len(found) > 40
    for msgid in found:
        message = catalog.get(msgid)
        assert message is not None and message.string, f"{language}: {msgid}"
        placeholders = set(re.findall(r"\{\w+\}", msgid))
        assert set(re.findall(r"\{\w+\}", message.string)) == placeholders, msgid
