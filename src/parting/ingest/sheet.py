"""Reading one CSV export into a table of strings, whatever its preamble, dialect or encoding.

Exports differ in small ways: a UTF-8 byte-order mark or a Windows code page, ``,`` or
``;`` or tab separators, a few report lines before the header (QuickBooks, Invoice Ninja),
an empty first column, a TOTAL row and a timestamp at the end. :func:`read_sheet` finds the
header among the first lines by the column names the importer knows, and reads every cell
as a string with ``pyarrow.csv`` (multi-threaded, no Python loop per row). Rows with the
wrong number of cells are skipped and listed; the importers then convert whole columns.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from parting.config import Config
from parting.errors import InputError, Location, shown
from parting.i18n import _
from parting.ingest.arrow_errors import describe
from parting.ingest.parsed import Parsed, Skip
from parting.ingest.records import Places, places
from parting.ingest.values import written

HEAD_BYTES = 256 * 1024
HEADER_SEARCH_LINES = 40
DELIMITERS = (",", ";", "\t")
# No export has more columns than this; a header with hundreds of thousands (a damaged or
# hostile file) would make a table too wide to hold in memory.
MAX_COLUMNS = 10_000


def header_key(name: str) -> str:
    """A header as compared with aliases: case, spaces and the ``*`` of required columns
    in import templates do not count."""
    return re.sub(r"\s+", " ", name.replace("\ufeff", "").strip().strip("*").strip()).lower()


@dataclass
class Sheet:
    """One CSV export: its header, its cells as strings, and where each row sits in the file."""

    path: Path
    table: pa.Table
    header_line: int  # 1-based line of the header in the file
    delimiter: str
    encoding: str
    places: Places  # the file line and spreadsheet row of each row of ``table``
    skipped: list[Skip] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    rows_read: int = 0

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def num_rows(self) -> int:
        return int(self.table.num_rows)

    def line(self, index: int) -> int:
        """The file line where data row ``index`` (0-based) starts."""
        return int(self.all_lines()[index])

    def all_lines(self) -> np.ndarray:
        lines = self.places.lines
        return self.places.rows if lines is None else lines

    def drop(self, mask: pa.Array | pa.ChunkedArray, reason: str) -> None:
        """Leave out the rows where ``mask`` is true, listing each as skipped."""
        mask = pc.fill_null(mask, False)
        if isinstance(mask, pa.ChunkedArray):
            mask = mask.combine_chunks()
        indices = pc.indices_nonzero(mask).to_numpy()
        if len(indices) == 0:
            return
        lines = self.all_lines()
        self.skipped.extend(Skip(self.name, int(lines[i]), reason) for i in indices)
        keep = pc.invert(mask)
        self.places = self.places.take(keep.to_numpy(zero_copy_only=False))
        self.table = self.table.filter(keep)

    def drop_blank(self) -> None:
        self.drop(blank_rows(self.table), _("blank line"))

    def find(self, *aliases: str) -> str | None:
        """The header of the first alias present (aliases compared by ``header_key``)."""
        keys: dict[str, str] = {header_key(c): c for c in reversed(self.table.column_names)}
        for alias in aliases:
            found = keys.get(header_key(alias))
            if found is not None:
                return found
        return None

    def find_like(self, pattern: str) -> str | None:
        """The first header matching a regular expression (e.g. ``amount \\((\\w*)\\)``)."""
        for c in self.table.column_names:
            if re.fullmatch(pattern, header_key(c)):
                return str(c)
        return None

    def column(self, name: str | None) -> pa.ChunkedArray | None:
        if name is None:
            return None
        self.used.add(name)
        return self.table[name]

    def get(self, *aliases: str) -> pa.ChunkedArray | None:
        return self.column(self.find(*aliases))

    def require(self, label: str, *aliases: str) -> tuple[str, pa.ChunkedArray]:
        """The column a format cannot do without, or an InputError naming it."""
        name = self.find(label, *aliases)
        if name is None:
            fix = _("Export the report again with this column shown.")
            if aliases:
                fix = _(
                    "Export the report again with this column shown (also accepted: {aliases})."
                )
                fix = fix.format(aliases=", ".join(aliases))
            raise InputError(
                _("the column {column} is missing.").format(column=label),
                fix=fix,
                where=Location(file=self.name, row=self.header_line),
            )
        self.used.add(name)
        return name, self.table[name]

    def ignored(self) -> list[str]:
        return [
            c for c in self.table.column_names if c not in self.used and not c.startswith("_blank")
        ]

    def error(
        self, index: int, column: str, value: str | None, problem: str, fix: str
    ) -> InputError:
        return InputError(
            problem, fix=fix, where=self.places.where(self.name, index, column, value)
        )


def sniff_encoding(head: bytes, whole: bool = False) -> str:
    """UTF-8 (with or without BOM), UTF-16, else the Windows code page spreadsheets use.

    ``whole``: ``head`` is the entire file, so a cut character at its end is an error."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a character at the end of a sample is still UTF-8.
        if whole or exc.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return "latin-1"
            return "cp1252"
    return "utf-8"


def split_line(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def find_header(
    lines: list[str], known: Iterable[str], min_hits: int = 2
) -> tuple[int, str, list[str]] | None:
    """(0-based line, delimiter, cells) of the first line naming enough known columns."""
    wanted = {header_key(k) for k in known}
    for number, line in enumerate(lines):
        best: tuple[int, str, list[str]] | None = None
        for delimiter in DELIMITERS:
            cells = split_line(line, delimiter)
            hits = len({header_key(c) for c in cells} & wanted)
            if hits >= min_hits and (best is None or hits > best[0]):
                best = (hits, delimiter, cells)
        if best is not None:
            return number, best[1], best[2]
    return None


def unique_names(cells: list[str]) -> list[str]:
    """The header's names made distinct (a repeated name gets ``_`` appended until it is
    new), in time linear in the number of columns however often a name repeats."""
    names: list[str] = []
    taken: set[str] = set()
    tails: dict[str, str] = {}  # the longest name tried so far for each repeated name
    for i, cell in enumerate(cells):
        base = cell.replace("\ufeff", "").strip() or f"_blank{i}"
        name = tails.get(base, base)
        while name in taken:
            name += "_"
        tails[base] = name
        taken.add(name)
        names.append(name)
    return names


def read_sheet(
    path: Path,
    known: Iterable[str],
    *,
    min_hits: int = 2,
    threads: bool = False,
    format_label: str = "",
) -> Sheet:
    """Every cell of the export at ``path`` as a string, below the header row.

    ``known`` are the column names (with aliases) the importer understands; the header is
    the first of the first lines that names ``min_hits`` of them.
    """
    try:
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(
            _("the file cannot be read ({detail}).").format(detail=exc.strerror or exc),
            fix=_("Check the path and that you may read the file."),
            where=Location(file=str(path)),
        ) from None
    small = len(head) < HEAD_BYTES
    encoding = sniff_encoding(head, whole=small)
    if not small and not threads:
        # Files read in one thread are invoices and the like: check every byte, so a
        # stray Windows character deep in the file does not stop the read.
        encoding = sniff_encoding(path.read_bytes(), whole=True)
    lines = head.decode(encoding, errors="replace").splitlines()[:HEADER_SEARCH_LINES]
    found = find_header(lines, known, min_hits)
    if found is None:
        raise InputError(
            _("no header row with the expected columns was found.").format(),
            fix=_("Export the {format} report as CSV with its column headers.").format(
                format=format_label or _("original")
            ),
            where=Location(file=str(path)),
        )
    number, delimiter, cells = found
    check_width(path, len(cells), number + 1)
    names = unique_names(cells)
    invalid: list[tuple[int | None, str]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        invalid.append((row.number, row.text or ""))
        return "skip"

    table = _read_strings(path, names, number + 1, delimiter, encoding, on_invalid, threads)
    if threads and invalid:
        # The fast read splits rows at every line end; a cell holding a line break then
        # looks like broken rows. Read again the slow way, which keeps such cells whole.
        invalid.clear()
        table = _read_strings(path, names, number + 1, delimiter, encoding, on_invalid, False)
    # The header is on line number + 1 and every line above it is one record, so the
    # first data record is both line and row number + 2.
    numbered = [(row, text) for row, text in invalid if row is not None]
    located = places(table, number + 2, number + 2, numbered)
    skipped = [
        Skip(str(path), located.left_out.get(row) if row else None, _unusable(text.strip()))
        for row, text in invalid
    ]
    rows_read = table.num_rows + len(skipped)
    return Sheet(
        path, table, number + 1, delimiter, encoding, located, skipped, rows_read=rows_read
    )


def check_width(path: Path, columns: int, line: int) -> None:
    """Refuse a header wider than any real export (``MAX_COLUMNS``)."""
    if columns > MAX_COLUMNS:
        raise InputError(
            _("the header has {n} columns; Parting reads at most {limit}.").format(
                n=written(columns), limit=written(MAX_COLUMNS)
            ),
            fix=_("Export the report again with only the columns it needs."),
            where=Location(file=str(path), row=line),
        )


def _unusable(text: str) -> str:
    if not text.strip(",; \t"):
        return _("blank line")
    return _("not a data row (wrong number of cells): {text}").format(text=shown(text))


def _read_strings(
    path: Path,
    names: list[str],
    skip_rows: int,
    delimiter: str,
    encoding: str,
    on_invalid: Callable[[pacsv.InvalidRow], str],
    threads: bool,
) -> pa.Table:
    read = pacsv.ReadOptions(
        column_names=names,
        skip_rows=skip_rows,
        encoding="utf8" if encoding == "utf-8-sig" else encoding,
        use_threads=threads,
    )
    parse = pacsv.ParseOptions(
        delimiter=delimiter,
        newlines_in_values=not threads,
        ignore_empty_lines=False,
        invalid_row_handler=on_invalid,
    )
    convert = pacsv.ConvertOptions(
        column_types=dict.fromkeys(names, pa.string()),
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    try:
        # The byte-order mark sits in the skipped header line, so utf-8-sig reads as utf8.
        return pacsv.read_csv(path, read_options=read, parse_options=parse, convert_options=convert)
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise InputError(
            _("the file is not readable as CSV ({detail}).").format(detail=describe(exc)),
            fix=_("Export the report again as CSV (UTF-8) without editing it in a spreadsheet."),
            where=Location(file=str(path)),
        ) from None


def blank_rows(table: pa.Table) -> pa.Array:
    """True for rows whose cells are all empty (a blank line in the export)."""
    mask = pa.array([True] * table.num_rows, pa.bool_())
    for name in table.column_names:
        column = table[name].combine_chunks()
        mask = pc.and_(mask, pc.equal(pc.utf8_length(pc.utf8_trim_whitespace(column)), 0))
        if not pc.any(mask).as_py():
            break  # no blank row left to find: stop before reading every column
    return mask


def read_export(
    path: Path,
    config: Config,
    progress: Callable[[int], None] | None,
    parse: Callable[[Sheet, Config], Parsed],
    known: Iterable[str],
    *,
    min_hits: int,
    threads: bool = False,
    format_label: str,
) -> Parsed:
    """Read the export at ``path`` with ``read_sheet``, turn it into Parting tables with the
    format's ``parse``, and report every row as done (the parsing is column-wise, so there
    is no finer progress to give)."""
    sheet = read_sheet(path, known, min_hits=min_hits, threads=threads, format_label=format_label)
    parsed = parse(sheet, config)
    if progress:
        progress(sheet.num_rows)
    return parsed
