"""The triage as a text table, written a row at a time: ``parting score`` and
``parting triage`` with ``--format table`` (the default).

A Rich ``Table`` measures and lays out every cell of the whole table before it prints
the first line; for 20 000 clients that took longer than scoring them. Here the column
widths come from each different text once (a name, a reason, a list of signs), and each
row is wrapped and written at once, so the first clients show at once and memory stays
flat whatever the size of the portfolio; on a large one a forked copy writes the second
half of the rows meanwhile (``engine.two_cores``).
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import IO, TYPE_CHECKING

from rich.cells import cell_len as rich_cell_len

from parting.i18n import _

if TYPE_CHECKING:
    from parting.engine import Triage
    from parting.engine.verdicts import Summary, Verdicts

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
    from parting.engine.two_cores import write_split
    from parting.engine.verdicts import Verdicts
    from parting.words.formats import day

    verdicts = Verdicts.of(triage.verdicts)
    cells = _Cells()
    header = ("#", _("Client"), _("Verdict"), _("Signs"), _("Reason"))
    widths = _widths(header, _Texts.of(verdicts, cells), width)
    out.write(_("Clients as of {day}").format(day=day(triage.as_of)) + "\n")
    _write_row(out, header, widths, None)
    out.write(GAP.join("─" * w for w in widths).rstrip() + "\n")

    def rows(start: int, stop: int) -> Iterator[str]:
        # The rows are made as they are written: a million are never held at once beside
        # the verdicts themselves.
        lines = io.StringIO()
        for n, client in enumerate(verdicts.summaries(start, stop), start=1):
            _write_row(lines, cells.row(client), widths, _styler(styled, client[2]))
            if n % ROWS_PER_WRITE == 0:
                yield lines.getvalue()
                lines = io.StringIO()
        yield lines.getvalue()

    # A judged client's row (signs, a longer reason) takes about twice a plain one's.
    write_split(out, len(verdicts), rows, verdicts.judged_by_rank() + 1.0)


ROWS_PER_WRITE = 2_000


class _Cells:
    """A client's row as the table shows it. Labels, lists of signs and reasons repeat
    from client to client: each is made once."""

    def __init__(self) -> None:
        self.verdicts: dict[str, str] = {}
        self.signs: dict[tuple[str, ...], str] = {}
        self.reasons: dict[str, str] = {}

    def verdict(self, verdict: str) -> str:
        from parting.words.labels import verdict_label

        found = self.verdicts.get(verdict)
        if found is None:
            found = self.verdicts[verdict] = verdict_label(verdict)
        return found

    def sign_list(self, signs: tuple[str, ...]) -> str:
        from parting.words.labels import sign_label

        found = self.signs.get(signs)
        if found is None:
            found = self.signs[signs] = ", ".join(sign_label(s) for s in signs)
        return found

    def reason(self, reason: str) -> str:
        found = self.reasons.get(reason)
        if found is None:
            found = self.reasons[reason] = _printable(reason)
        return found

    def row(self, client: Summary) -> tuple[str, str, str, str, str]:
        rank, name, verdict, signs, reason = client
        return (
            str(rank),
            _printable(name),
            self.verdict(verdict),
            self.sign_list(signs),
            self.reason(reason),
        )


class _Texts:
    """What each column of the table holds, each different text once: all a column's
    width depends on."""

    def __init__(
        self,
        ranks: set[int],
        names: Iterable[str],
        cells: _Cells,
        verdicts: set[str],
        signs: set[tuple[str, ...]],
        reasons: set[str],
    ) -> None:
        self.ranks = [str(r) for r in ranks]
        self.names = names
        self.verdicts = [cells.verdict(v) for v in verdicts]
        self.signs = [cells.sign_list(s) for s in signs]
        self.reasons = [cells.reason(r) for r in reasons]

    @classmethod
    def of(cls, verdicts: Verdicts, cells: _Cells) -> _Texts:
        judged = verdicts.judged
        count = len(verdicts)
        plain = [i for i in range(count) if i not in judged] if judged else range(count)
        kinds = [v.verdict for v in judged.values()]
        ranks = {v.rank for v in judged.values()}
        if plain:
            kinds.append("keep")
            # A plain client's rank is its place in the list: the last is the widest.
            ranks.add(int((~verdicts.judged_by_rank()).nonzero()[0][-1]) + 1)
        names = chain((verdicts.names[i] for i in plain), (v.name for v in judged.values()))
        return cls(
            ranks,
            names,
            cells,
            set(kinds),
            {tuple(s.id for s in v.signs) for v in judged.values()} | ({()} if plain else set()),
            {verdicts.reasons[i] for i in plain} | {v.reason for v in judged.values()},
        )


def _widths(header: tuple[str, ...], texts: _Texts, width: int) -> list[int]:
    """Each column's width: rank and verdict as wide as their longest value; the client's
    name up to a quarter of the rest (at most ``MAX_NAME``); the signs and the reason
    share what is left of ``width``, the reason taking the larger part."""
    rank = _widest(texts.ranks, cell_len(header[0]))
    verdict = _widest(texts.verdicts, cell_len(header[2]))
    left = width - rank - verdict - len(GAP) * 4
    name = min(MAX_NAME, max(MIN_WRAPPED, left // 4))
    name = _widest(map(_printable, texts.names), cell_len(header[1]), name)
    left -= name
    signs = _widest(texts.signs, cell_len(header[3]))
    signs = min(signs, max(MIN_WRAPPED, left * 2 // 5))
    reason = _widest(texts.reasons, cell_len(header[4]), max(MIN_WRAPPED, left - signs))
    return [rank, name, verdict, signs, reason]


def _widest(texts: Iterable[str], at_least: int, enough: int | None = None) -> int:
    """The width of the widest of ``texts`` (and ``at_least``), or ``enough`` as soon as
    one is that wide: the column is cut there anyway."""
    widest = at_least
    if enough is not None and widest >= enough:
        return enough
    for text in texts:
        size = cell_len(text)
        if size > widest:
            widest = size
            if enough is not None and widest >= enough:
                return enough
    return widest if enough is None else min(widest, enough)


def _write_row(
    out: IO[str],
    row: tuple[str, ...],
    widths: list[int],
    styled: Callable[[str], str] | None,
) -> None:
    rank, *texts = row
    cells = [_wrap(text, w) for text, w in zip(texts, widths[1:], strict=True)]
    # Ranks line up on the right, on the row's first line: most rows have no other.
    height = 1
    parts = [" " * max(0, widths[0] - cell_len(rank)) + rank]
    for column, lines in enumerate(cells, start=1):
        text, pad = lines[0]
        if column == 2 and text and styled is not None:
            text = styled(text)
        parts.append(text + pad)
        height = max(height, len(lines))
    out.write(GAP.join(parts).rstrip() + "\n")
    for line in range(1, height):
        parts = [" " * widths[0]]
        for column, (lines, w) in enumerate(zip(cells, widths[1:], strict=True), start=1):
            text, pad = lines[line] if line < len(lines) else ("", " " * w)
            if column == 2 and text and styled is not None:
                text = styled(text)
            parts.append(text + pad)
        out.write(GAP.join(parts).rstrip() + "\n")


def _styler(styled: Callable[[str, str], str], verdict: str) -> Callable[[str], str]:
    return lambda text: styled(text, verdict)


# A cell's lines, each with the spaces that fill it to the column's width.
Lines = tuple[tuple[str, str], ...]


def _wrap(text: str, width: int) -> Lines:
    size = cell_len(text)
    if size <= width:
        return ((text, " " * (width - size)),)
    return _wrapped(text, width)


@lru_cache(maxsize=4096)
def _wrapped(text: str, width: int) -> Lines:
    # Reasons repeat from client to client ("No sign calls for action."): each is
    # wrapped once.
    lines = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    return tuple((line, " " * max(0, width - cell_len(line))) for line in lines)


def _printable(text: str) -> str:
    # Searched first: almost no text holds a control character, and ``translate`` looks
    # up every character of every name and reason.
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text


def cell_len(text: str) -> int:
    """The columns ``text`` takes on a terminal (wide characters take two)."""
    return len(text) if text.isascii() else rich_cell_len(text)
