"""The translation catalogs: ``python -m parting.catalogs compile|check|prune|extract``.

Each area of the code keeps its translations in its own PO file,
``locale/<lang>/LC_MESSAGES/parts/<area>.po``, so people translating different parts never
edit the same file. ``compile`` merges the parts of a language into the one
``django.mo`` that both Django and ``parting.i18n`` read (no GNU gettext needed).
``check`` extracts every translatable string from the Python code and the Django templates
and lists those a language lacks, and the translations no code uses any more: a test runs
it, so an untranslated string or a stale translation fails CI. ``prune`` removes the stale
ones from the parts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

PACKAGE_DIR = Path(__file__).parent
LOCALE_DIR = PACKAGE_DIR / "locale"
TARGET_LANGUAGES = ("fr", "vi", "sl")
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "N_": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
}


@dataclass(frozen=True)
class Msg:
    id: str | tuple[str, str]  # singular, or (singular, plural)
    context: str | None
    where: str  # file:line of its first use

    @property
    def key(self) -> tuple[str, str | None]:
        singular = self.id[0] if isinstance(self.id, tuple) else self.id
        return singular, self.context


def merged_catalog(language: str, locale_dir: Path = LOCALE_DIR) -> Catalog:
    """All parts of one language in one catalog; the first translation of a msgid wins."""
    merged = Catalog(locale=language, domain="django", charset="utf-8")
    for part in _parts(language, locale_dir):
        with part.open("rb") as f:
            catalog = read_po(f, locale=language)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            existing = merged.get(message.id, message.context)
            if existing is None or not _translated(existing.string):
                merged[message.id] = message
    return merged


def _translated(string: str | Sequence[str] | None) -> bool:
    if isinstance(string, tuple | list):
        return all(s.strip() for s in string)
    return bool(isinstance(string, str) and string.strip())


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written: list[Path] = []
    for language in TARGET_LANGUAGES:
        catalog = merged_catalog(language, locale_dir)
        mo_path = locale_dir / language / "LC_MESSAGES" / "django.mo"
        mo_path.parent.mkdir(parents=True, exist_ok=True)
        with mo_path.open("wb") as f:
            write_mo(f, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


# Django template tags: {% translate "…" %} / {% trans '…' %} (with an optional context)
# and {% blocktranslate … %}…{% endblocktranslate %}, whose {{ var }} become %(var)s.
_TRANSLATE_TAG = re.compile(
    r"""{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<text>.*?)(?P=q)"""
    r"""(?:\s+context\s+(?P<cq>["'])(?P<ctx>.*?)(?P=cq))?[^%]*%}""",
    re.DOTALL,
)
_BLOCK_TAG = re.compile(
    r"{%\s*(?:blocktranslate|blocktrans)(?P<args>[^%]*)%}(?P<body>.*?)"
    r"{%\s*(?:endblocktranslate|endblocktrans)\s*%}",
    re.DOTALL,
)
_PLURAL_TAG = re.compile(r"{%\s*plural\s*%}")
_VARIABLE = re.compile(r"{{\s*([\w.]+)\s*}}")
_BLOCK_CONTEXT = re.compile(r"""context\s+(["'])(.*?)\1""")


def _block_text(body: str, trimmed: bool) -> str:
    text = _VARIABLE.sub(lambda m: f"%({m.group(1)})s", body.replace("%", "%%"))
    if trimmed:
        text = " ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return text


def extract_template(path: Path) -> Iterator[Msg]:
    source = path.read_text(encoding="utf-8")
    for match in _TRANSLATE_TAG.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        yield Msg(match.group("text"), match.group("ctx"), f"{path}:{line}")
    for match in _BLOCK_TAG.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        args = match.group("args")
        trimmed = "trimmed" in args.split()
        context = _BLOCK_CONTEXT.search(args)
        parts = _PLURAL_TAG.split(match.group("body"))
        texts = tuple(_block_text(p, trimmed) for p in parts)
        msg_id: str | tuple[str, str] = texts[0] if len(texts) == 1 else (texts[0], texts[1])
        yield Msg(msg_id, context.group(2) if context else None, f"{path}:{line}")


def extract_python_file(path: Path) -> Iterator[Msg]:
    with path.open("rb") as f:
        for line, _func, message, _comments in extract_python(f, KEYWORDS, [], {}):
            if isinstance(message, tuple):
                strings = [m for m in message if m]
                if not strings:
                    continue
                context = None
                if len(message) == 2 and _func.startswith("pgettext"):
                    context, strings = message[0], [message[1]]
                msg_id: str | tuple[str, str] = (
                    strings[0] if len(strings) == 1 else (strings[0], strings[1])
                )
                yield Msg(msg_id, context, f"{path}:{line}")
            elif isinstance(message, str) and message:
                yield Msg(message, None, f"{path}:{line}")


def extract(package_dir: Path = PACKAGE_DIR) -> dict[tuple[str, str | None], Msg]:
    """Every translatable string in the package, by (msgid, context)."""
    found: dict[tuple[str, str | None], Msg] = {}
    for path in sorted(package_dir.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for msg in extract_python_file(path):
            found.setdefault(msg.key, msg)
    for path in sorted(package_dir.rglob("templates/**/*.html")):
        for msg in extract_template(path):
            found.setdefault(msg.key, msg)
    return found


def missing(language: str, locale_dir: Path = LOCALE_DIR) -> list[Msg]:
    """Strings in the code that ``language`` has no translation for."""
    catalog = merged_catalog(language, locale_dir)
    lacking = []
    for msg in extract().values():
        entry = catalog.get(msg.key[0], msg.context)
        if entry is None or not _translated(entry.string):
            lacking.append(msg)
    return lacking


def _parts(language: str, locale_dir: Path) -> list[Path]:
    return sorted((locale_dir / language / "LC_MESSAGES" / "parts").glob("*.po"))


def obsolete(language: str, locale_dir: Path = LOCALE_DIR) -> list[tuple[Path, str]]:
    """(part, msgid) of the translations of ``language`` that no code uses any more."""
    used = set(extract())
    return [
        (part, _singular(message.id))
        for part in _parts(language, locale_dir)
        for message in _read(part, language)
        if message.id and (_singular(message.id), message.context) not in used
    ]


def prune(locale_dir: Path = LOCALE_DIR) -> int:
    """Remove the translations no code uses from every part; how many were removed.

    Entries are cut out of the text, so the rest of each file stays as its translator
    wrote it (rewriting the catalog would reflow and re-head every file)."""
    removed = 0
    for language in TARGET_LANGUAGES:
        stale: dict[Path, set[str]] = {}
        for part, msgid in obsolete(language, locale_dir):
            stale.setdefault(part, set()).add(msgid)
        for part, msgids in stale.items():
            entries = part.read_text(encoding="utf-8").split("\n\n")
            kept = [entry for entry in entries if _entry_msgid(entry) not in msgids]
            part.write_text("\n\n".join(kept), encoding="utf-8")
            removed += len(entries) - len(kept)
    return removed


def _entry_msgid(entry: str) -> str | None:
    """The msgid of one blank-line-separated PO entry (None for the header)."""
    from babel.messages.pofile import unescape

    pieces: list[str] = []
    for line in entry.strip().splitlines():
        if line.startswith("msgid "):
            pieces = [unescape(line[len("msgid ") :])]
        elif line.startswith('"') and pieces:
            pieces.append(unescape(line))
        elif pieces:
            break
    return "".join(pieces) or None


def _read(part: Path, language: str) -> Catalog:
    with part.open("rb") as f:
        return read_po(f, locale=language)


def _singular(msgid: str | Sequence[str]) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def write_template(out: Path) -> int:
    """A POT-like PO file of every string, for translating a new area or language."""
    from babel.messages.pofile import write_po

    catalog = Catalog(domain="django", charset="utf-8")
    for msg in extract().values():
        catalog.add(msg.id, context=msg.context, locations=[(msg.where, 0)])
    with out.open("wb") as f:
        write_po(f, catalog, omit_header=False, width=100)
    return len(catalog)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "compile":
        compile_catalogs()
        return 0
    if command == "check":
        languages = argv[1:] or list(TARGET_LANGUAGES)
        total = 0
        for language in languages:
            for msg in missing(language):
                total += 1
                print(f"{language}\t{msg.where}\t{msg.id!r}")
        stale = 0
        for language in languages:
            for part, msgid in obsolete(language):
                stale += 1
                print(f"{language}\t{part.name}\tunused: {msgid!r}")
        print(f"{total} untranslated, {stale} unused", file=sys.stderr)
        return 1 if total or stale else 0
    if command == "prune":
        print(f"{prune()} unused translations removed")
        return 0
    if command == "extract":
        out = Path(argv[1]) if len(argv) > 1 else Path("parting.pot")
        print(f"{write_template(out)} strings written to {out}")
        return 0
    print(
        f"unknown command {command!r}; use: compile, check, prune, extract [FILE]", file=sys.stderr
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
