"""The one root exception of Parting, and the kinds a user can act on.

Every error a person sees says what went wrong, where (file, row, column, value) and how
to fix it. The CLI turns these into one message and exit code 2; the web app into a page.
"""

from __future__ import annotations

from dataclasses import dataclass


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

    def describe(self) -> str:
        from parting.i18n import _

        parts: list[str] = []
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
        if self.value is not None:
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
            parts.append(_("value {value!r}").format(value=shown))
        return ", ".join(parts)


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
        text = f"{where}: {self.problem}" if where else self.problem
        return f"{text} {self.fix}".strip()


class ConfigError(InputError):
    """A settings file or value is wrong."""


class NotFoundError(PartingError, LookupError):
    """A client, plan or other named thing does not exist."""
