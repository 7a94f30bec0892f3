"""Harvest — detailed time report CSV -> time entries, projects, clients.

Columns by name: ``Date, Client, Project, Task, Notes, Hours, Billable?, First Name,
Last Name, Billable Rate, Cost Rate, Currency`` (others ignored with a notice). Hours and
rates may use a locale comma (``"20,0"``, ``"2.000,0"``); Currency reads ``Euro - EUR``.

Fatal (InputError): no header, no ``Date`` or ``Hours`` column, a date, hours or rate that
cannot be read. Skipped: blank lines, rows with the wrong number of cells, rows without
client and project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.ingest import cells
from parting.ingest.money import currency_notice
from parting.ingest.parsed import Parsed, Skip
from parting.ingest.sheet import Sheet, read_export
from parting.ingest.timesheet import TimeColumns, build, text_or_none

FORMAT = "harvest"
KNOWN = (
    "Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Billable?",
    "Invoiced?", "Approved?", "First Name", "Last Name", "Billable Rate", "Cost Rate",
    "Currency",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(
        path, config, progress, parse, KNOWN, min_hits=3, threads=True, format_label="Harvest"
    )


def person(sheet: Sheet) -> pa.Array:
    first = text_or_none(sheet, "First Name")
    last = text_or_none(sheet, "Last Name")
    joined = pc.binary_join_element_wise(pc.fill_null(first, ""), pc.fill_null(last, ""), " ")
    return cells.text(pc.utf8_trim_whitespace(joined), sheet.num_rows)


def parse(sheet: Sheet, config: Config) -> Parsed:
    notices: list[str] = []
    sheet.drop_blank()
    date_col, _v = sheet.require("Date", "Spent Date")
    hours_col, _v = sheet.require("Hours")
    found = cells.currencies(sheet.get("Currency"), "USD")
    for code in sorted({c for c in found.to_pylist() if c} if found is not None else ()):
        currency_notice(code, config, notices)
    notes = text_or_none(sheet, "Notes")
    task = text_or_none(sheet, "Task")
    cols = TimeColumns(
        client=text_or_none(sheet, "Client"),
        project=text_or_none(sheet, "Project"),
        person=person(sheet),
        date=cells.dates(sheet, date_col, cells.date_setting(config), "mdy", notices),
        hours=cells.hours(sheet, hours_col),
        description=notes,
        billable=cells.flags(sheet.get("Billable?", "Billable")),
        bill_rate=cells.numbers(sheet, sheet.find("Billable Rate")),
        cost_rate=cells.numbers(sheet, sheet.find("Cost Rate")),
        kind_text=[task, notes],
        identity=[
            sheet.table[c]
            for c in (
                date_col,
                sheet.find("Client"),
                sheet.find("Project"),
                sheet.find("Task"),
                sheet.find("Notes"),
                hours_col,
                sheet.find("First Name"),
                sheet.find("Last Name"),
                sheet.find("Started At", "Start Time"),
                sheet.find("Ended At", "End Time"),
            )
            if c is not None
        ],
    )
    for name in ("Started At", "Start Time", "Ended At", "End Time", "Billable Amount",
                 "Cost Amount", "Project Code"):  # fmt: skip
        sheet.get(name)  # implied by the columns above
    skipped: list[Skip] = []
    return build(FORMAT, sheet, cols, notices, skipped)
