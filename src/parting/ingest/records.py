"""Where each CSV record sits in its file, for error messages a person can follow.

A quoted cell may hold line breaks (a message body, an address), so the tenth record is
not always on line eleven. Errors name the line where the record starts, which a text
editor shows and can jump to, and the row a spreadsheet shows when that differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.errors import Location

LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Places:
    """For each row of a table read from a CSV file: ``lines``, the file line (from 1)
    where its record starts; ``rows``, the row a spreadsheet shows it on (the header and
    blank lines count as rows, line breaks inside a cell do not)."""

    lines: np.ndarray | None  # None: not read from a text file (Parquet)
    rows: np.ndarray
    left_out: dict[int, int] = field(default_factory=dict)  # row -> line of records dropped

    def where(
        self, file: str, index: int, column: str | None = None, value: str | None = None
    ) -> Location:
        line = None if self.lines is None else int(self.lines[index])
        return Location(file, int(self.rows[index]), column, value, line=line)

    def take(self, keep: np.ndarray) -> Places:
        """The places of the rows kept (``keep``: a boolean mask or indices)."""
        lines = None if self.lines is None else self.lines[keep]
        return Places(lines, self.rows[keep], self.left_out)

    @classmethod
    def counted(cls, count: int, first_row: int) -> Places:
        """Rows that have no file lines (a Parquet file): only row numbers."""
        return cls(None, np.arange(count, dtype=np.int64) + first_row)


def line_breaks(table: pa.Table) -> np.ndarray:
    """How many line breaks (CR LF, LF or a lone CR) each row's cells hold."""
    breaks = np.zeros(table.num_rows, dtype=np.int64)
    for column in table.columns:
        text = column.combine_chunks()
        if not _holds_line_break(text):
            continue  # most columns hold none: a look at the bytes says so
        counts = [pc.count_substring(text, mark) for mark in ("\n", "\r", "\r\n")]
        found = pc.subtract(pc.add(counts[0], counts[1]), counts[2])
        breaks += pc.fill_null(found, 0).to_numpy(zero_copy_only=False)
    return breaks


def _holds_line_break(array: pa.Array) -> bool:
    """Whether any cell holds a CR or LF byte, read straight from the Arrow buffers: some
    ten times faster than a per-cell search, which only the rare column that does runs."""
    kind = array.type
    if pa.types.is_string(kind) or pa.types.is_binary(kind):
        width: type[np.integer] = np.int32
    elif pa.types.is_large_string(kind) or pa.types.is_large_binary(kind):
        width = np.int64
    else:
        return False
    _validity, offsets, data = array.buffers()
    if data is None or len(array) == 0:
        return False
    bounds = np.frombuffer(offsets, dtype=width)
    start, end = bounds[array.offset], bounds[array.offset + len(array)]
    raw = np.frombuffer(data, dtype=np.uint8)[start:end]
    return bool(np.any(raw == 10) or np.any(raw == 13))


def places(
    table: pa.Table, first_line: int, first_row: int, left_out: Iterable[tuple[int, str]] = ()
) -> Places:
    """The places of ``table``'s rows, read from a file whose first data record starts on
    ``first_line`` and is spreadsheet row ``first_row``. ``left_out``: (row, text) of the
    records the reader dropped (wrong number of cells), which still take up lines. The
    reader must keep blank lines (``ignore_empty_lines=False``): they are rows too."""
    dropped = sorted((row - first_row, text) for row, text in left_out)
    total = table.num_rows + len(dropped)
    kept = np.ones(total, dtype=bool)
    spans = np.ones(total, dtype=np.int64)
    for position, text in dropped:
        kept[position] = False
        spans[position] += len(LINE_BREAK.findall(text or ""))
    spans[kept] += line_breaks(table)
    starts = first_line + np.concatenate(([0], np.cumsum(spans)[:-1]))
    rows = first_row + np.arange(total, dtype=np.int64)
    left = {int(rows[p]): int(starts[p]) for p, _text in dropped}
    return Places(starts[kept], rows[kept], left)
