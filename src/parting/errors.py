"""The one root exception of Parting, and the kinds a user can act on.

Every error a person sees says what went wrong, where (file, row, column, value) and how
to fix it. The CLI turns these into one message and exit code 2; the web app into a page.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# A value quoted in a message is cut to this many characters; a whole message to MESSAGE_LIMIT.
VALUE_LIMIT = 60
MESSAGE_LIMIT = 1000


def printable(text: str) -> str:
    """``text`` with every control or format character (ESC, NUL, a bidi override...) shown
    as an escape such as ``\\x1b``: a value read from a file must not drive the terminal."""
    if text.isprintable():
        return text
    out = []
    for c in text:
        kind = unicodedata.category(c)
        if c.isprintable() or kind == "Zs":
            # A space of any width stays: French sets its quotes, colons and thousands
            # apart with no-break spaces ("1 234 €", "ligne 3 : ...").
            out.append(c)
        elif kind.startswith("Z"):
            out.append(" ")  # a line or paragraph separator reads as a space
        else:
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(out)


def cut(value: object, limit: int = VALUE_LIMIT) -> str:
    """A value from the user's data cut to ``limit`` characters: a 2 MB cell is named, not
    echoed."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shown(value: object, limit: int = VALUE_LIMIT) -> str:
    """A value from the user's data as a message may quote it: cut, with control
    characters escaped."""
    return printable(cut(value, limit))


class PartingError(Exception):
    """Root of every error Parting raises on purpose."""


@dataclass
class Location:
    """Where in the user's data a problem sits. Rows count the way a spreadsheet shows them
    (header = row 1, so data row 1 is line 2 of the file). ``line``, when known, is the
    file line where the record starts, what a text editor shows: a quoted cell holding
    line breaks puts the records after it on later lines than their rows."""

    file: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    line: int | None = None
    option: str | None = None  # a command-line option, e.g. --as-of: not a column of a file
    folder: str | None = None  # a folder named as a whole (a file in it is ``file``)
    path: str | None = None  # what was named when it is neither a file nor a folder (missing)

    def describe(self) -> str:
        from parting.i18n import _

        parts: list[str] = []
        if self.folder:
            parts.append(_("folder {folder}").format(folder=self.folder))
        if self.path:
            parts.append(self.path)
        if self.file:
            parts.append(_("file {file}").format(file=self.file))
        if self.line is not None and self.row not in (None, self.line):
            parts.append(
                _("line {line} (row {row} in a spreadsheet)").format(line=self.line, row=self.row)
            )
        elif self.line is not None:
            parts.append(_("line {line}").format(line=self.line))
        elif self.row is not None:
            parts.append(_("row {row}").format(row=self.row))
        if self.column:
            parts.append(_("column {column}").format(column=self.column))
        if self.option:
            parts.append(_("option {option}").format(option=self.option))
        if self.value is not None:
            from parting.words.formats import quoted  # Babel loads only when an error is told

            # Between the reader's own quotation marks (« … » in French, »…« in Slovenian).
            parts.append(_("value {value}").format(value=quoted([cut(self.value)])))
        return ", ".join(parts)


def place(path: object) -> Location:
    """Where ``path`` is, named as what it is: a folder, a file, or (when nothing is there)
    just the path — so an error about a folder never begins "file …"."""
    from pathlib import Path

    named = Path(str(path))
    if named.is_dir():
        return Location(folder=str(path))
    if named.exists() or named.is_symlink():
        return Location(file=str(path))
    return Location(path=str(path))


class InputError(PartingError, ValueError):
    """The user's data or arguments cannot be used as they are.

    ``problem`` says what is wrong, ``fix`` what to do about it; both are already
    translated sentences.
    """

    def __init__(self, problem: str, *, fix: str = "", where: Location | None = None) -> None:
        self.problem = problem
        self.fix = fix
        self.where = where or Location()
        super().__init__(self.message())

    def message(self) -> str:
        where = self.where.describe()
        if where:
            from parting.i18n import _

            # The colon too: French sets it apart ("fichier a.csv, ligne 3 : …").
            text = _("{where}: {problem}").format(where=where, problem=self.problem)
        else:
            text = self.problem
        # The last guard: whatever a sentence quoted, the message stays short and printable.
        return shown(f"{text} {self.fix}".strip(), MESSAGE_LIMIT)


class ConfigError(InputError):
    """A settings file or value is wrong."""


class NotFoundError(PartingError, LookupError):
    """A client, plan or other named thing does not exist."""
