"""CSV that is safe to open in a spreadsheet, and read back unchanged.

Imported text is untrusted: a client name such as ``=HYPERLINK("http://…")`` written as it
is would run as a formula when the file is opened in Excel or LibreOffice. A text cell
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (after any
apostrophes) is therefore written
with an apostrophe in front (what spreadsheets themselves do to show a formula as text),
and the Parting CSV reader takes that one apostrophe off again. NUL characters, which no
spreadsheet or database keeps, are removed.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from parting.ingest.values import text_chunks

# A text cell starting with one of these is a formula to a spreadsheet. Cells that already
# start with apostrophes before one get one more, so reading back is exact.
FORMULA_START = r"^'*[=+\-@\t\r]"
ESCAPED_START = r"^'('*[=+\-@\t\r])"


def text_safe(values: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Text cells escaped for a spreadsheet; other types unchanged."""
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return values
    if holds_nul(values):
        values = pc.replace_substring(values, "\x00", "")
    return pc.replace_substring_regex(values, FORMULA_START, "'\\0", max_replacements=1)


def table_safe(table: pa.Table) -> pa.Table:
    """Every text column of ``table`` escaped with ``text_safe``."""
    return pa.table({name: text_safe(table[name]) for name in table.column_names})


def unescaped(values: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Text as written before ``text_safe``: the apostrophe put before a formula start
    removed, NUL characters dropped."""
    # Most columns hold neither: finding that out reads the text without copying it.
    if holds_nul(values):
        values = pc.replace_substring(values, "\x00", "")
    if not pc.any(pc.starts_with(values, "'")).as_py():
        return values
    return pc.replace_substring_regex(values, ESCAPED_START, "\\1", max_replacements=1)


def holds_nul(values: pa.Array | pa.ChunkedArray) -> bool:
    """Whether a text cell may hold a NUL character: the cells of a chunk lie end to end in
    one buffer of bytes, read at once for a zero byte (a tenth of the time of a search per
    cell). A null cell's bytes, if any, count too: a rare "yes" only costs the removal."""
    for _chunk, ends, data in text_chunks(values):
        start, end = int(ends[0]), int(ends[-1])
        if end > start and data[start:end].min() == 0:
            return True
    return False
