"""Build the translation catalogs: ``python -m parting.catalogs compile|extract``.

``compile`` turns every ``locale/<lang>/LC_MESSAGES/django.po`` into the ``.mo`` that both
Django and ``parting.i18n`` read (run by ``make setup``; no GNU gettext needed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written: list[Path] = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as f:
            catalog = read_po(f, locale=po_path.parts[-3])
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as f:
            write_mo(f, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "compile":
        compile_catalogs()
        return 0
    print(f"unknown command {command!r}; use: compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
