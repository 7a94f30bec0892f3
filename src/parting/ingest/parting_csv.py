"""Read a folder in Parting's own format (DOMAIN §6): one UTF-8 CSV or Parquet file per table.

All or nothing: the first problem found — a missing column, an empty required value, a
value that cannot be read, a duplicate id, a reference to an unknown id — raises an
``InputError`` naming the file, row, column and value and saying how to fix it, with the
number of other rows that share the problem. Clean data loads at Arrow speed: every column
is read as text by ``pyarrow.csv`` and converted for all rows at once (``values.parse``).
"""

from __future__ import annotations

import contextvars
import csv
import io
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pv

from parting.config import Config
from parting.errors import ConfigError, InputError, Location, place, shown
from parting.i18n import _, ngettext
from parting.ingest import values
from parting.ingest.arrow_errors import describe
from parting.ingest.records import Places
from parting.ingest.sheet import check_width
from parting.ingest.values import Values, written
from parting.schema import TABLES, Column, Table, Tables, complete
from parting.spreadsheet import unescaped

SUFFIXES = (".csv", ".parquet")
# Money columns that may be negative (credit notes, refunds): kept, with a notice.
SIGNED_AMOUNTS = ("amount", "discount")
HEADER_BYTES = 1 << 20
HEADER_START = 1 << 16
BLOCK_BYTES = 1 << 20  # Arrow's own block size: the smallest a file is read in

# (table, column) must name an id of (table, column) when both files are present.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("projects", "client_id", "clients", "client_id"),
    ("time_entries", "client_id", "clients", "client_id"),
    ("time_entries", "project_id", "projects", "project_id"),
    ("invoices", "client_id", "clients", "client_id"),
    ("payments", "invoice_id", "invoices", "invoice_id"),
    ("messages", "client_id", "clients", "client_id"),
    ("incidents", "client_id", "clients", "client_id"),
    ("judgements", "client_id", "clients", "client_id"),
)


@dataclass
class Loaded:
    """The tables read (every table present, absent ones empty) and what the reader wants
    the person to know, as translated sentences."""

    tables: Tables
    notices: list[str] = field(default_factory=list)


class _Locator:
    """Where the rows of one file sit: the line each record starts on (what an editor
    shows) and its spreadsheet row. Found only when an error needs them, by one pass of
    Python's CSV reader, which sees what Arrow's fast read does not keep: empty lines
    (Arrow skips them) and line breaks inside quoted cells."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._found: tuple[Places, dict[int, tuple[int, int]]] | None = None

    def where(self, index: int, column: str | None, value: str | None) -> Location:
        """The place of row ``index`` of the table Arrow read."""
        found = self._found_all()[0]
        if index >= len(found.rows):  # past a part Python's reader could not read
            return Location(str(self.file), column=column, value=value)
        return found.where(str(self.file), index, column, value)

    def record(self, number: int) -> tuple[int | None, int | None]:
        """(row, line) of the record Arrow numbers ``number`` (empty lines not counted)."""
        return self._found_all()[1].get(number, (number, None))

    def _found_all(self) -> tuple[Places, dict[int, tuple[int, int]]]:
        if self._found is None:
            if self.file.suffix.lower() == ".parquet":
                import pyarrow.parquet as pq

                count = pq.ParquetFile(self.file).metadata.num_rows
                self._found = Places.counted(count, 1), {}
            else:
                self._found = _scan(self.file)
        return self._found


def _scan(file: Path) -> tuple[Places, dict[int, tuple[int, int]]]:
    """The places of the rows Arrow keeps (records with as many cells as the header), and
    (row, line) of every non-empty record by Arrow's record number."""
    lines: list[int] = []
    rows: list[int] = []
    numbered: dict[int, tuple[int, int]] = {}
    limit = csv.field_size_limit(sys.maxsize)  # a message body may be long
    try:
        with file.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            reader = csv.reader(f)
            width = len(next(reader, []))
            row = number = 1
            while True:
                start = reader.line_num + 1
                record = next(reader, None)
                if record is None:
                    break
                row += 1
                if not record:
                    continue  # an empty line: a spreadsheet row, but no record for Arrow
                number += 1
                numbered[number] = (row, start)
                if len(record) == width:
                    lines.append(start)
                    rows.append(row)
    except csv.Error:
        pass  # what was found so far still places the rows before the damage
    finally:
        csv.field_size_limit(limit)
    return Places(np.array(lines, np.int64), np.array(rows, np.int64)), numbered


@dataclass
class _Source:
    """One file's table as read, before it joins the others: ``raw`` keeps the text of
    every cell for error messages, and ``locator`` finds the line and row of each row."""

    file: Path
    table: pa.Table
    raw: pa.Table
    locator: _Locator

    def where(self, index: int, column: str, value: str | None) -> Location:
        return self.locator.where(index, column, value)


def read_folder(path: Path, config: Config) -> Loaded:
    """Read every Parting CSV (or Parquet) file in ``path``; raise ``InputError`` on the
    first problem.

    >>> loaded = read_folder(Path("my-data"), Config())  # doctest: +SKIP
    >>> loaded.tables["clients"].num_rows  # doctest: +SKIP
    """
    path = Path(path)
    notices: list[str] = []
    _check_timezone(config.timezone)
    files = _find_files(path, notices)
    with _read_ahead(files) as cells:
        sources = {
            name: _read(file, TABLES[name], config.timezone, notices, cells[name])
            for name, file in files.items()
        }
    for source, spec in ((sources[n], TABLES[n]) for n in sources):
        _check_unique(source, spec)
    _check_references(sources)
    return Loaded(complete({name: s.table for name, s in sources.items()}), notices)


def locate(folder: Path, table: str, index: int, column: str, value: str | None) -> Location:
    """Where row ``index`` of ``table``, as ``read_folder`` returned it, sits in its file:
    for a check made later (the workspace's), which knows only the row's position."""
    return _Locator(_find_files(Path(folder), [])[table]).where(index, column, value)


def _check_timezone(timezone: str) -> None:
    """Naive timestamps are read in this zone: an impossible one fails before any file."""
    # One instant built from its bytes: converting a Python value would make pyarrow
    # load pandas (half a second) before the first file is read.
    instant = pa.Array.from_buffers(pa.timestamp("us"), 1, [None, pa.py_buffer(bytes(8))])
    try:
        values.localise(instant, timezone)
    except pa.ArrowException as exc:
        raise ConfigError(
            _("the business time zone cannot be used ({detail}).").format(detail=describe(exc)),
            fix=_("Set business.timezone to an IANA name such as Europe/Paris."),
            where=Location(column="business.timezone", value=timezone),
        ) from None


def _find_files(path: Path, notices: list[str]) -> dict[str, Path]:
    if not path.is_dir():
        raise InputError(
            _("this is a file, not a folder.") if path.exists() else _("there is no folder here."),
            fix=_("Give the folder that holds clients.csv, invoices.csv and the other files."),
            where=place(path),
        )
    found: dict[str, Path] = {}
    for file in sorted(path.iterdir()):
        name, suffix = file.stem.lower(), file.suffix.lower()
        if file.name.startswith("."):
            continue
        if name in TABLES and suffix in SUFFIXES:
            if not file.is_file():
                # A folder, a broken or looping link: skipping it would score without
                # the table, as if the business had no such records.
                raise InputError(
                    _("this is not a readable file."),
                    fix=_("Replace it with the {table} table saved as a file.").format(table=name),
                    where=Location(file=str(file)),
                )
            if name in found:
                raise InputError(
                    _("the folder holds two files for the table {table}.").format(table=name),
                    fix=_("Keep either the CSV or the Parquet file, not both."),
                    where=Location(file=str(file)),
                )
            found[name] = file
        elif name != "demo_settings" and file.is_file():
            notices.append(_("Ignored {file}: not a Parting table.").format(file=file.name))
    if not found:
        raise InputError(
            _("the folder holds no Parting table."),
            fix=_("Add files named after the tables: {names}.").format(
                names=", ".join(TABLES[n].file_name for n in TABLES)
            ),
            where=Location(folder=str(path)),
        )
    return found


@contextmanager
def _read_ahead(files: dict[str, Path]) -> Iterator[dict[str, Future[pa.Table]]]:
    """Each file's cells, read by Arrow in the order given, one file after the other, on
    a thread of their own: while one table is checked (mostly one core's work), Arrow
    already reads the next ones on the others. A refusal is raised when its file's turn
    comes, so the first problem named is the one a read file by file meets; once one is
    raised, the files not yet started are not read."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="parting-read")
    context = contextvars.copy_context()  # the reader's language, for the refusals
    try:
        yield {
            name: pool.submit(context.run, _cells, file, TABLES[name])
            for name, file in files.items()
        }
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _cells(file: Path, spec: Table) -> pa.Table:
    if file.suffix.lower() == ".parquet":
        return _read_parquet(file)
    return _read_csv(_Locator(file), spec)


def _read(
    file: Path, spec: Table, timezone: str, notices: list[str], cells: Future[pa.Table]
) -> _Source:
    locator = _Locator(file)
    raw = cells.result()
    names = [n.strip().lower() for n in raw.column_names]
    raw = raw.rename_columns(names)
    _check_columns(file, spec, names, notices)
    known = [c for c in spec.columns if c.name in names]
    try:
        arrays = _parse_columns(locator, raw, known, timezone)
    except _ReadAsText:
        # A number or date Arrow read at once breaks a rule (too large, negative): the
        # file is read again as text, so the error quotes the cell as it is written.
        raw = _read_csv(locator, None)
        raw = raw.rename_columns([n.strip().lower() for n in raw.column_names])
        arrays = _parse_columns(locator, raw, known, timezone)
    table = pa.table(arrays) if arrays else pa.table({})
    source = _Source(file, table, raw, locator)
    _check_required(source, spec)
    _note_negative(source, notices)
    return source


class _ReadAsText(Exception):
    """A column read typed from CSV holds a value to report: read the file as text."""


def _parse_columns(
    locator: _Locator, raw: pa.Table, known: list[Column], timezone: str
) -> dict[str, Values]:
    """Every known column of ``raw`` as its schema type, or ``InputError`` naming the first
    bad cell."""
    file = locator.file
    csv_file = file.suffix.lower() != ".parquet"
    arrays = {}
    for column in known:
        cells = raw[column.name]
        if column.type in ("str", "list", "choice") and values.is_text(cells):
            cells = unescaped(cells)  # as ``parting export`` wrote them for spreadsheets
        try:
            arrays[column.name] = values.parse(cells, column, timezone)
        except values.BadValues as bad:
            if csv_file and not values.is_text(cells):
                raise _ReadAsText from None
            raise _error(locator, bad, column.name, raw[column.name]) from None
        except pa.ArrowException as exc:  # a conversion Arrow refuses that we did not foresee
            raise InputError(
                _("this column cannot be read ({detail}).").format(detail=describe(exc)),
                fix=_("Check the column against the Parting CSV format."),
                where=Location(file=str(file), column=column.name),
            ) from None
    return arrays


def _note_negative(source: _Source, notices: list[str]) -> None:
    """A negative amount may be a credit note or a refund, so it is kept, and said."""
    for name in SIGNED_AMOUNTS:
        if name not in source.table.column_names:
            continue
        negative = pc.fill_null(pc.less(source.table[name], 0), False)
        count = pc.sum(negative).as_py() or 0
        if count:
            first = source.where(pc.index(negative, True).as_py(), name, None)
            notices.append(
                ngettext(
                    "{place}: {n} negative value of {column} was kept, as a credit note or refund.",
                    "{place}: {n} negative values of {column} were kept, as credit notes or "
                    "refunds (the first is shown).",
                    count,
                ).format(place=first.describe(), column=name, n=written(count))
            )


def _read_parquet(file: Path) -> pa.Table:
    # Imported here: most folders are CSV, and the Parquet reader takes a while to load.
    import pyarrow.parquet as pq

    try:
        return pq.read_table(file)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(
            _("this Parquet file cannot be read ({detail}).").format(detail=describe(exc)),
            fix=_("Export the file again, or save the table as CSV."),
            where=Location(file=str(file)),
        ) from None


# Read typed by Arrow's CSV reader itself, in parallel, when every cell converts: the
# same conversion ``values.parse`` makes after a read as text, without the text columns.
TYPED_AT_READ = {"float": pa.float64(), "int": pa.int64(), "date": pa.date32()}


def _read_csv(locator: _Locator, spec: Table | None) -> pa.Table:
    """The file's cells, as text; with ``spec``, its numbers and dates already typed when
    all of them read cleanly (else as text, for ``values.parse`` to find the bad one)."""
    file = locator.file
    header = _header(file)
    check_width(file, len(header), 1)
    if len(set(header)) != len(header):
        twice = next(h for h in header if header.count(h) > 1)
        raise InputError(
            _("two columns have the same name."),
            fix=_("Rename or remove one of them."),
            where=Location(file=str(file), row=1, column=twice),
        )
    if spec is not None:
        typed = _typed(file, header, spec)
        if typed is not None:
            return typed
    invalid: list[pv.InvalidRow] = []
    table = _parse_csv(file, header, invalid, threads=True)
    if invalid and invalid[0].number is None:
        invalid.clear()  # parallel parsing does not number rows; read again to find them
        _parse_csv(file, header, invalid, threads=False)
    if invalid:
        first = invalid[0]
        row, line = locator.record(first.number) if first.number else (None, None)
        raise InputError(
            _more(
                _("this row has {found} values but the header has {expected} columns.").format(
                    found=written(first.actual_columns), expected=written(first.expected_columns)
                ),
                len(invalid) - 1,
            ),
            fix=_("Put quotes around values that contain a comma, and check for missing ones."),
            where=Location(file=str(file), row=row, value=first.text, line=line),
        )
    return table


def _typed(file: Path, header: list[str], spec: Table) -> pa.Table | None:
    """The file with its number and date columns typed; None when any row or cell is
    not clean (the text read then finds and names it)."""
    types = {c.name: TYPED_AT_READ[c.type] for c in spec.columns if c.type in TYPED_AT_READ}
    column_types = {h: types.get(h.strip().lower(), pa.string()) for h in header}
    if all(t == pa.string() for t in column_types.values()):
        return None
    invalid: list[pv.InvalidRow] = []

    def keep(row: pv.InvalidRow) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pv.read_csv(
            file,
            read_options=_read_options(file, header, threads=True),
            parse_options=pv.ParseOptions(newlines_in_values=True, invalid_row_handler=keep),
            convert_options=pv.ConvertOptions(
                column_types=column_types,
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except pa.ArrowInvalid:
        return None
    return None if invalid else table


def _read_options(file: Path, header: list[str], threads: bool) -> pv.ReadOptions:
    """Arrow reads a file in blocks, one task each, and gives every column one chunk per
    block. Its default of 1 MB cuts the demo's time entries into 89 chunks, and every
    check that follows walks a column chunk by chunk; blocks of an eighth of the file
    (1 to 8 MB) still give each core several tasks, in a tenth of the chunks."""
    size = file.stat().st_size
    block = min(max(size // 8, BLOCK_BYTES), 8 * BLOCK_BYTES)
    return pv.ReadOptions(use_threads=threads, column_names=header, skip_rows=1, block_size=block)


def _header(file: Path) -> list[str]:
    first = _first_record(file, HEADER_START)
    if first is None:
        first = _first_record(file, HEADER_BYTES)
    if not first or not any(h.strip() for h in first):
        raise InputError(
            _("the file is empty or has no header row."),
            fix=_("The first line must name the columns, e.g. client_id,name."),
            where=Location(file=str(file), row=1),
        )
    return first


def _first_record(file: Path, size: int) -> list[str] | None:
    """The first record of the first ``size`` bytes; with less than HEADER_BYTES, None
    when the record may go on past them (a header is rarely longer than a line, and the
    rest of the megabyte need not be decoded)."""
    with file.open("rb") as f:
        start = f.read(size)
    text = start.decode("utf-8-sig", errors="replace").replace("\0", "")
    lines = io.StringIO(text, newline="")
    try:
        first = next(csv.reader(lines), None)
    except csv.Error:
        return None if size < HEADER_BYTES else []
    if size < HEADER_BYTES and len(start) == size and not lines.read(1):
        return None  # the record reached the end of what was read: read the megabyte
    return first


def _parse_csv(
    file: Path, header: list[str], invalid: list[pv.InvalidRow], threads: bool
) -> pa.Table:
    def keep(row: pv.InvalidRow) -> str:
        invalid.append(row)
        return "skip"

    def options(type_: pa.DataType) -> pv.ConvertOptions:
        return pv.ConvertOptions(
            column_types={h: type_ for h in header},
            null_values=[""],
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
        )

    read = _read_options(file, header, threads)
    parse = pv.ParseOptions(newlines_in_values=True, invalid_row_handler=keep)
    try:
        return pv.read_csv(
            file, read_options=read, parse_options=parse, convert_options=options(pa.string())
        )
    except pa.ArrowInvalid as exc:
        if "UTF8" not in str(exc):
            raise InputError(
                _("the file cannot be read as CSV ({detail}).").format(detail=describe(exc)),
                fix=_("Save it again as CSV (comma-separated, UTF-8)."),
                where=Location(file=str(file)),
            ) from None
    invalid.clear()
    try:
        raw = pv.read_csv(
            file, read_options=read, parse_options=parse, convert_options=options(pa.binary())
        )
    except pa.ArrowInvalid:
        # Arrow decodes the start itself (a cut byte-order mark such as a lone 0xEF): the
        # cells cannot be reached to find the first bad one, so the file is named.
        raw = pa.table({})
    raise _encoding_error(_Locator(file), raw)


def _encoding_error(locator: _Locator, raw: pa.Table) -> InputError:
    """The text is not UTF-8: find the first cell that is not, column by column."""
    fix = _("Save the file as UTF-8 (in a spreadsheet: Save as, CSV UTF-8).")
    problem = _("this text is not UTF-8.")
    for name in raw.column_names:
        column = raw[name].combine_chunks()
        try:
            values._first_failure(column, lambda v: v.cast(pa.string()), (problem, fix))
        except values.BadValues as bad:
            shown = column[bad.first].as_py().decode("utf-8", errors="replace")
            return InputError(problem, fix=fix, where=locator.where(bad.first, name, shown))
    return InputError(problem, fix=fix, where=Location(file=str(locator.file)))


def _check_columns(file: Path, spec: Table, names: list[str], notices: list[str]) -> None:
    missing = [c for c in spec.required if c not in names]
    if missing:
        raise InputError(
            _("the required column {column} is missing.").format(column=missing[0]),
            fix=_("Add a column named {column} to the header (row 1).").format(column=missing[0]),
            where=Location(file=str(file), row=1, column=missing[0]),
        )
    known = {c.name for c in spec.columns}
    extra = [n for n in names if n not in known]
    if extra:
        notices.append(
            _("{file}: ignored the columns Parting does not use: {columns}.").format(
                file=file.name, columns=", ".join(extra)
            )
        )


def _check_required(source: _Source, spec: Table) -> None:
    for name in spec.required:
        if source.table[name].null_count == 0:
            continue  # Arrow counted the missing cells as it read them
        empty = pc.is_null(source.table[name])
        count = pc.sum(empty).as_py() or 0
        if count:
            first = pc.index(empty, True).as_py()
            raise InputError(
                _more(_("this required value is empty."), count - 1),
                fix=_("Fill in {column} on every row.").format(column=name),
                where=source.where(first, name, ""),
            )


def _check_unique(source: _Source, spec: Table) -> None:
    """A table's own id must not repeat: the second and later rows with an id are bad."""
    if spec.key is None or spec.key not in source.table.column_names:
        return
    ids = source.table[spec.key]
    # Exports usually list rows in id order: ids that only ever increase are all
    # different, found with one comparison per row instead of a hash table.
    if ids.null_count == 0 and _increasing(ids):
        return
    # ``unique`` costs under half of ``count_distinct`` on a million ids; it counts a
    # missing id as one value of its own.
    distinct = len(pc.unique(ids)) - (1 if ids.null_count else 0)
    if distinct == len(ids) - ids.null_count:
        return  # the common case, found with one hash pass
    indexed = pa.table({"id": ids, "row": np.arange(len(ids), dtype=np.int64)})
    groups = indexed.filter(pc.is_valid(ids)).group_by("id").aggregate([("row", "min")])
    firsts = groups["row_min"]
    repeated = pc.and_(pc.is_valid(ids), pc.invert(pc.is_in(indexed["row"], firsts)))
    count = pc.sum(repeated).as_py() or 0
    if count:
        first = pc.index(repeated, True).as_py()
        value = ids[first].as_py()
        earlier = pc.index(ids, value).as_py()
        before = source.where(earlier, spec.key, str(value))
        if before.line is None:
            problem = _("the id {value} is used more than once (first on row {row}).").format(
                value=shown(value), row=before.row
            )
        else:
            problem = _("the id {value} is used more than once (first on line {line}).").format(
                value=shown(value), line=before.line
            )
        raise InputError(
            _more(problem, count - 1),
            fix=_("Give every row its own {column}, or remove the repeated row.").format(
                column=spec.key
            ),
            where=source.where(first, spec.key, str(value)),
        )


def _increasing(values: pa.ChunkedArray) -> bool:
    if len(values) < 2:
        return True
    return bool(pc.all(pc.less(values.slice(0, len(values) - 1), values.slice(1))).as_py())


def _check_references(sources: dict[str, _Source]) -> None:
    for table, column, target, target_column in REFERENCES:
        if table not in sources or target not in sources:
            continue
        source = sources[table]
        if column not in source.table.column_names:
            continue
        refs = source.table[column]
        known = sources[target].table[target_column]
        if _all_known(refs, known):
            continue
        unknown = pc.and_(pc.is_valid(refs), pc.invert(pc.is_in(refs, known)))
        count = pc.sum(unknown).as_py() or 0
        if count:
            first = pc.index(unknown, True).as_py()
            value = refs[first].as_py()
            raise InputError(
                _more(
                    _("{value} is not a {column} in {target}.").format(
                        value=shown(value), column=target_column, target=sources[target].file.name
                    ),
                    count - 1,
                ),
                fix=_("Add it to {target}, or correct the id.").format(
                    target=sources[target].file.name
                ),
                where=source.where(first, column, str(value)),
            )


def _all_known(refs: pa.ChunkedArray, known: pa.ChunkedArray) -> bool:
    """Whether every given reference names a known id (the ids are required, so never
    missing). Exports list a client's or a project's rows together: each run of equal
    references is looked up once, found by comparing every row with the one before,
    which costs less than hashing it (the demo's 1.1 million time entries hold 40,000
    runs of clients)."""
    if len(refs) > 1:
        after = refs.slice(1)
        starts = pc.fill_null(pc.not_equal(after, refs.slice(0, len(refs) - 1)), True)
        refs = pa.chunked_array([*refs.slice(0, 1).chunks, *pc.filter(after, starts).chunks])
    merged = _all_known_in_order(refs, known)
    if merged is not None:
        return merged
    found = pc.sum(pc.is_in(refs, known)).as_py() or 0
    return bool(found == len(refs) - refs.null_count)


def _all_known_in_order(refs: pa.ChunkedArray, known: pa.ChunkedArray) -> bool | None:
    """``_all_known`` for ids written in order and all as long as each other ("INV-000001",
    "INV-000002", …: what most exports number their invoices with), by finding each run's
    place among the known ids in their order instead of hashing both (payments → invoices
    on the demo: 391,000 runs among 393,000 invoices, a quarter of the time). None when the
    ids are not such: text of one length, each id after the one before, none missing."""
    if refs.null_count or known.null_count or not (len(refs) and len(known)):
        return None
    if not (pa.types.is_string(refs.type) and pa.types.is_string(known.type)):
        return None
    wanted, have = _fixed_width(refs.combine_chunks()), _fixed_width(known.combine_chunks())
    if wanted is None or have is None or wanted.dtype != have.dtype:
        return None
    # Byte by byte, as Arrow compares text: the order ``_increasing`` checks. In order,
    # each side holds every id once, and merged (one pass of a stable sort over two
    # ordered runs) they make as many different ids as the known ones when all are known.
    if not (_in_order(wanted) and _in_order(have)):
        return None
    merged = np.sort(np.concatenate([have, wanted]), kind="stable")
    return int(np.count_nonzero(merged[1:] != merged[:-1])) + 1 == len(have)


def _fixed_width(text: pa.Array) -> np.ndarray | None:
    """The values of a text array as one NumPy array of fixed-width bytes (read in place),
    or None when they are not all as long."""
    ends = np.frombuffer(text.buffers()[1], np.int32, len(text) + 1, text.offset * 4)
    width = int(ends[1] - ends[0])
    if width == 0 or int(ends[-1] - ends[0]) != width * len(text):
        return None
    if not (np.diff(ends) == width).all():
        return None
    data = np.frombuffer(text.buffers()[2], np.uint8, ends[-1] - ends[0], int(ends[0]))
    return data.view(f"S{width}")


def _in_order(values: np.ndarray) -> bool:
    return bool(len(values) < 2 or (values[:-1] < values[1:]).all())


def _error(
    locator: _Locator, bad: values.BadValues, column: str, raw: pa.ChunkedArray
) -> InputError:
    more = None if bad.count is None else bad.count - 1
    cell = raw[bad.first].as_py()
    shown = None if cell is None else str(cell)
    where = locator.where(bad.first, column, shown)
    return InputError(_more(bad.problem, more), fix=bad.fix, where=where)


def _more(problem: str, more: int | None) -> str:
    """The problem, and how many other rows share it."""
    if not more:
        return problem
    tail = ngettext("(and {n} more row)", "(and {n} more rows)", more).format(n=written(more))
    return f"{problem} {tail}"
