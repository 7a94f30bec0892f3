"""``parting export``: the whole workspace written back as a Parting CSV folder, which
``parting import`` reads into the same workspace again."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pv

from parting.errors import InputError, Location
from parting.i18n import _
from parting.schema import TABLES
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
        pv.write_csv(csv_ready(table), folder / TABLES[name].file_name)
        counts[name] = table.num_rows
    return counts


def csv_ready(table: pa.Table) -> pa.Table:
    """Values in the form Parting CSV documents: ISO dates, ISO timestamps in UTC with an
    offset, true/false."""
    columns = {}
    for name in table.column_names:
        values = table[name]
        if pa.types.is_timestamp(values.type):
            values = pc.strftime(
                values.cast(pa.timestamp("us", tz="UTC")), format="%Y-%m-%dT%H:%M:%S%z"
            )
        elif pa.types.is_boolean(values.type):
            values = pc.if_else(values, "true", "false")
        columns[name] = values
    return pa.table(columns)
