"""The triage as a text table, written a row at a time: ``parting score`` and
``parting triage`` with ``--format table`` (the default).

A Rich ``Table`` measures and lays out every cell of the whole table before it prints
the first line; for 20 000 clients that took longer than scoring them. Here the column
widths come from one pass over the text, and each row is wrapped and written at once, so
the first clients show at once and memory stays flat whatever the size of the portfolio.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import IO, TYPE_CHECKING

from rich.cells import cell_len as rich_cell_len

from parting.i18n import _

if TYPE_CHECKING:
    from parting.engine import Triage
    from parting.engine.verdicts import Summary

GAP = "  "
# Names and reasons come from imported data: a control character (an escape sequence
# that recolours or clears the terminal, a line break) is shown as a space instead.
_CONTROLS = {c: " " for c in [*range(0x20), *range(0x7F, 0xA0)]}
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# The narrowest a wrapped column is made, and the widest the client's name may take.
MIN_WRAPPED = 12
MAX_NAME = 32


def write_table(
    triage: Triage, out: IO[str], width: int, styled: Callable[[str, str], str]
) -> None:
    """Write ``triage`` as a table ``width`` characters wide to ``out``.

    ``styled(text, verdict)`` colours a verdict label (or returns it as it is, for a file
    or a terminal without colour); it must not change the text's width."""
    from parting.engine.verdicts import Verdicts
    from parting.words.formats import day
    from parting.words.labels import sign_label, verdict_label

    labels: dict[str, str] = {}

    def label(key: str, text: Callable[[str], str]) -> str:
        found = labels.get(key)
        if found is None:
            found = labels[key] = text(key.partition(":")[2])
        return found

    def row(client: Summary) -> tuple[str, str, str, str, str]:
        rank, name, verdict, signs, reason = client
        return (
            str(rank),
            _printable(name),
            label(f"verdict:{verdict}", verdict_label),
            ", ".join(label(f"sign:{s}", sign_label) for s in signs),
            _printable(reason),
        )

    # Two passes over the verdicts, the rows made again in the second: a million rows
    # are never held at once beside the verdicts themselves.
    verdicts = Verdicts.of(triage.verdicts)
    header = ("#", _("Client"), _("Verdict"), _("Signs"), _("Reason"))
    widths = _widths(header, (row(c) for c in verdicts.summaries()), width)
    out.write(_("Clients as of {day}").format(day=day(triage.as_of)) + "\n")
    _write_row(out, header, widths, None)
    out.write(GAP.join("─" * w for w in widths).rstrip() + "\n")
    for client in verdicts.summaries():
        _write_row(out, row(client), widths, _styler(styled, client[2]))


def _widths(header: tuple[str, ...], rows: Iterable[tuple[str, ...]], width: int) -> list[int]:
    """Each column's width: rank and verdict as wide as their longest value; the client's
    name up to a quarter of the rest (at most ``MAX_NAME``); the signs and the reason
    share what is left of ``width``, the reason taking the larger part."""
    longest = [cell_len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            size = cell_len(cell)
            if size > longest[i]:
                longest[i] = size
    rank, name, verdict, signs, reason = longest
    left = width - rank - verdict - len(GAP) * 4
    name = min(name, MAX_NAME, max(MIN_WRAPPED, left // 4))
    left -= name
    signs = min(signs, max(MIN_WRAPPED, left * 2 // 5))
    reason = min(reason, max(MIN_WRAPPED, left - signs))
    return [rank, name, verdict, signs, reason]


def _write_row(
    out: IO[str],
    row: tuple[str, ...],
    widths: list[int],
    styled: Callable[[str], str] | None,
) -> None:
    cells = [[row[0]], *(_wrap(text, w) for text, w in zip(row[1:], widths[1:], strict=True))]
    for line in range(max(len(c) for c in cells)):
        parts = []
        for column, (lines, w) in enumerate(zip(cells, widths, strict=True)):
            text = lines[line] if line < len(lines) else ""
            pad = " " * max(0, w - cell_len(text))
            if column == 0:
                parts.append(pad + text)  # ranks line up on the right
                continue
            if column == 2 and text and styled is not None:
                text = styled(text)
            parts.append(text + pad)
        out.write(GAP.join(parts).rstrip() + "\n")


def _styler(styled: Callable[[str, str], str], verdict: str) -> Callable[[str], str]:
    return lambda text: styled(text, verdict)


def _wrap(text: str, width: int) -> list[str]:
    if cell_len(text) <= width:
        return [text]
    return _wrapped(text, width)


@lru_cache(maxsize=4096)
def _wrapped(text: str, width: int) -> list[str]:
    # Reasons repeat from client to client ("No sign calls for action."): each is
    # wrapped once. Callers only read the list.
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def _printable(text: str) -> str:
    # Searched first: almost no text holds a control character, and ``translate`` looks
    # up every character of every name and reason.
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text


def cell_len(text: str) -> int:
    """The columns ``text`` takes on a terminal (wide characters take two)."""
    return len(text) if text.isascii() else rich_cell_len(text)
