"""Toggl Track — detailed report CSV -> time entries, projects, clients.

Columns are found by name: ``User, Email, Client, Project, Task, Description, Billable,
Start date, Start time, End date, End time, Duration, Tags, Amount (EUR)``. The amount
column names its currency and is absent when no rates are set; durations are ``HH:MM:SS``
or ``18:25 min`` (minutes and seconds).

Fatal (InputError): no header with these columns, no ``Start date`` or ``Duration``
column, a date or duration that cannot be read. Skipped: blank lines, rows with the wrong
number of cells, rows without client and project. A row without a client is kept under
its project's name (said in a notice).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from parting.config import Config
from parting.ingest import cells
from parting.ingest.money import currency_notice, rate_from_amount
from parting.ingest.parsed import Parsed, Skip
from parting.ingest.sheet import Sheet, read_sheet
from parting.ingest.timesheet import TimeColumns, build, text_or_none

FORMAT = "toggl"
KNOWN = (
    "User", "Member", "Email", "Client", "Project", "Task", "Description", "Billable",
    "Start date", "Start time", "End date", "End time", "Duration", "Tags",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    sheet = read_sheet(path, KNOWN, min_hits=3, threads=True, format_label="Toggl Track")
    return parse(sheet, config, progress)


def parse(sheet: Sheet, config: Config, progress: Callable[[int], None] | None) -> Parsed:
    notices: list[str] = []
    sheet.drop_blank()
    skipped: list[Skip] = []
    date_col, _values = sheet.require("Start date", "Start Date", "Date")
    hours_col, _values = sheet.require("Duration", "Duration (h)")
    hours = cells.hours(sheet, hours_col)
    if progress:
        progress(sheet.num_rows // 2)
    amount_col = sheet.find_like(r"amount \((\w*)\)") or sheet.find("Amount")
    amount = cells.numbers(sheet, amount_col)
    if amount_col:
        code = cells.CODE.search(amount_col)
        currency_notice(code.group(1) if code else None, config, notices)
    description = text_or_none(sheet, "Description")
    task = text_or_none(sheet, "Task")
    tags = text_or_none(sheet, "Tags")
    cols = TimeColumns(
        client=text_or_none(sheet, "Client"),
        project=text_or_none(sheet, "Project"),
        person=text_or_none(sheet, "User", "Member", "Name"),
        date=cells.dates(sheet, date_col, cells.date_setting(config), "dmy", notices),
        hours=hours,
        description=description,
        billable=cells.flags(sheet.get("Billable")),
        bill_rate=None if amount is None else rate_from_amount(amount, hours),
        kind_text=[task, tags, description],
        identity=[
            sheet.table[c]
            for c in (
                sheet.find("User", "Member"),
                sheet.find("Email"),
                date_col,
                sheet.find("Start time", "Start Time"),
                sheet.find("End date", "End Date"),
                sheet.find("End time", "End Time"),
                sheet.find("Project"),
                sheet.find("Description"),
                hours_col,
            )
            if c is not None
        ],
    )
    for name in ("Email", "Start time", "End date", "End time"):
        sheet.get(name)  # read for the entry id, not ignored
    parsed = build(FORMAT, sheet, cols, notices, skipped)
    if progress:
        progress(sheet.num_rows)
    return parsed
