"""``parting export``: the whole workspace written back as a Parting CSV folder, which
``parting import`` reads into the same workspace again."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pv

from parting.errors import InputError, Location, shown
from parting.i18n import _
from parting.schema import TABLES
from parting.spreadsheet import text_safe
from parting.store.tables import read_tables


def export_workspace(folder: Path) -> dict[str, int]:
    """Write one CSV per table into ``folder`` (created if needed); rows per table."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(
            _("this is a file, not a folder."),
            fix=_("Give a folder to write the tables into."),
            where=Location(file=str(folder)),
        )
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, table in read_tables().items():
        pv.write_csv(csv_ready(table, name), folder / TABLES[name].file_name)
        counts[name] = table.num_rows
    return counts


def csv_ready(table: pa.Table, table_name: str) -> pa.Table:
    """Values in the form Parting CSV documents: ISO dates, ISO timestamps in UTC with an
    offset, true/false, text safe to open in a spreadsheet. A number that is not finite
    (stored before Parting refused them) is refused: ``inf`` could not be imported back."""
    columns = {}
    for name in table.column_names:
        values = table[name]
        if pa.types.is_floating(values.type):
            _check_finite(table, table_name, name)
        if pa.types.is_string(values.type):
            values = text_safe(values)
        elif pa.types.is_timestamp(values.type):
            values = pc.strftime(
                values.cast(pa.timestamp("us", tz="UTC")), format="%Y-%m-%dT%H:%M:%S%z"
            )
        elif pa.types.is_boolean(values.type):
            values = pc.if_else(values, "true", "false")
        columns[name] = values
    return pa.table(columns)


def _check_finite(table: pa.Table, table_name: str, column: str) -> None:
    bad = pc.invert(pc.fill_null(pc.is_finite(table[column]), True))
    if not pc.any(bad).as_py():
        return
    index = pc.index(bad, True).as_py()
    key = TABLES[table_name].key
    record = table[key][index].as_py() if key else index + 1
    raise InputError(
        _("the stored {column} of {record} is not a number that can be written.").format(
            column=column, record=shown(record)
        ),
        fix=_("Correct it in the original file and import that file again."),
        where=Location(
            file=TABLES[table_name].file_name,
            column=column,
            value=str(table[column][index].as_py()),
        ),
    )
