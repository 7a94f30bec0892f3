"""Clockify — detailed report CSV -> time entries, projects, clients.

Every variant seen in the wild: ``Task`` or ``Activity``; rate columns named with their
currency (``Billable Rate (USD)``); dates ``MM/DD/YYYY`` or ``DD/MM/YYYY`` by account
setting — decided from the data when a day is above 12, else from
``business.date_order`` (``auto`` reads month-first, Clockify's default, and says so);
12- or 24-hour times; ``Client`` or ``Billable`` columns removed or moved. Hours come
from ``Duration (decimal)``, else ``Duration (h)``, else (a report with the duration
columns hidden) from the start and end dates and times.

Fatal (InputError): no header, no start date, no duration nor start and end times, a
date or duration that cannot be read. Skipped: blank lines, rows with the wrong number of
cells, rows without client and project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from parting.config import Config
from parting.ingest import cells
from parting.ingest.money import currency_notice, rate_from_amount
from parting.ingest.parsed import Parsed, Skip
from parting.ingest.sheet import Sheet, read_export
from parting.ingest.timesheet import TimeColumns, build, text_or_none

FORMAT = "clockify"
KNOWN = (
    "Project", "Client", "Description", "Task", "Activity", "User", "Group", "Email", "Tags",
    "Billable", "Start Date", "Start Time", "End Date", "End Time", "Duration (h)",
    "Duration (decimal)",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(
        path, config, progress, parse, KNOWN, min_hits=3, threads=True, format_label="Clockify"
    )


def parse(sheet: Sheet, config: Config) -> Parsed:
    notices: list[str] = []
    sheet.drop_blank()
    date_col, _v = sheet.require("Start Date", "Date")
    order = cells.date_setting(config)
    start_day = cells.dates(sheet, date_col, order, "mdy", notices)
    ends = [sheet.find(name) for name in ("Start Time", "End Date", "End Time")]
    if sheet.find("Duration (decimal)", "Duration (h)", "Duration") is None and all(ends):
        # A report with its duration columns hidden: the hours are end minus start.
        start_time, end_day, end_time = (str(name) for name in ends)
        hours = cells.spans(sheet, (start_day, start_time), (end_day, end_time), order)
    else:
        hours_col, _v = sheet.require("Duration (decimal)", "Duration (h)", "Duration")
        hours = cells.hours(sheet, hours_col)
        sheet.get("Duration (h)")  # the same duration, as a clock
    rate_col = sheet.find_like(r"billable rate( \(\w+\))?")
    amount_col = sheet.find_like(r"billable amount( \(\w+\))?")
    rate = cells.numbers(sheet, rate_col)
    if rate is None and amount_col is not None:
        amount = cells.numbers(sheet, amount_col)
        rate = None if amount is None else rate_from_amount(amount, hours)
    elif amount_col is not None:
        sheet.get(amount_col)  # implied by the rate
    for col in (rate_col, amount_col):
        code = cells.CODE.search(col.upper()) if col else None
        if code:
            currency_notice(code.group(1), config, notices)
            break
    cost_col = sheet.find_like(r"cost rate( \(\w+\))?")
    description = text_or_none(sheet, "Description")
    task = text_or_none(sheet, "Task", "Activity")
    cols = TimeColumns(
        client=text_or_none(sheet, "Client"),
        project=text_or_none(sheet, "Project"),
        person=text_or_none(sheet, "User"),
        date=start_day,
        hours=hours,
        description=description,
        billable=cells.flags(sheet.get("Billable")),
        bill_rate=rate,
        cost_rate=cells.numbers(sheet, cost_col),
        kind_text=[task, text_or_none(sheet, "Tags"), description],
        identity=identity(sheet, date_col),
    )
    skipped: list[Skip] = []
    return build(FORMAT, sheet, cols, notices, skipped)


def identity(sheet: Sheet, date_col: str) -> list[str | None]:
    names = (
        sheet.find("User"),
        sheet.find("Email"),
        date_col,
        sheet.find("Start Time"),
        sheet.find("End Date"),
        sheet.find("End Time"),
        sheet.find("Project"),
        sheet.find("Description"),
    )
    for name in ("Email", "Start Time", "End Date", "End Time", "Group"):
        sheet.get(name)
    return [sheet.table[c] for c in names if c is not None]
