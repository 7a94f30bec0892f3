"""Kimai — timesheet export (CSV, ``,`` or ``;`` separated) -> time entries, projects, clients.

Columns by name, in English or in the German and French labels Kimai uses: ``Date,
From, To, Duration, Currency, Hourly price, Internal price, User, Customer, Project,
Activity, Description, Billable, Tags``. Duration is decimal hours (``1.5``/``1,5``) or
``1:30``. Rate columns are only there for users allowed to see rates.

Fatal (InputError): no header, no date or duration column, a date or duration that cannot
be read. Skipped: blank lines, rows with the wrong number of cells, rows without customer
and project.
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

FORMAT = "kimai"
# English, German and French labels of the same columns.
LABELS: dict[str, tuple[str, ...]] = {
    "date": ("Date", "Datum"),
    "from": ("From", "Von", "Début"),
    "to": ("To", "Bis", "Fin"),
    "duration": ("Duration", "Dauer", "Durée"),
    "currency": ("Currency", "Währung", "Devise"),
    "rate": ("Hourly price", "Hourly rate", "Stundensatz", "Prix horaire", "Taux horaire"),
    "internal": ("Internal price", "Interner Preis", "Prix interne"),
    "user": ("User", "Name", "Benutzer", "Utilisateur"),
    "customer": ("Customer", "Kunde", "Client"),
    "project": ("Project", "Projekt", "Projet"),
    "activity": ("Activity", "Tätigkeit", "Activité"),
    "description": ("Description", "Beschreibung"),
    "billable": ("Billable", "Abrechenbar", "Facturable"),
    "tags": ("Tags", "Schlagworte", "Étiquettes"),
}
KNOWN = tuple(label for labels in LABELS.values() for label in labels)


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(
        path, config, progress, parse, KNOWN, min_hits=4, threads=True, format_label="Kimai"
    )


def parse(sheet: Sheet, config: Config) -> Parsed:
    notices: list[str] = []
    sheet.drop_blank()
    date_col, _v = sheet.require(*LABELS["date"])
    hours_col, _v = sheet.require(*LABELS["duration"])
    hours = cells.hours(sheet, hours_col)
    currency = sheet.get(*LABELS["currency"])
    if currency is not None:
        for code in sorted({c for c in currency.to_pylist() if c and c.strip()}):
            currency_notice(code.strip(), config, notices)
    internal = cells.numbers(sheet, sheet.find(*LABELS["internal"]))
    description = text_or_none(sheet, *LABELS["description"])
    cols = TimeColumns(
        client=text_or_none(sheet, *LABELS["customer"]),
        project=text_or_none(sheet, *LABELS["project"]),
        person=text_or_none(sheet, *LABELS["user"]),
        date=cells.dates(sheet, date_col, cells.date_setting(config), "dmy", notices),
        hours=hours,
        description=description,
        billable=cells.flags(sheet.get(*LABELS["billable"])),
        bill_rate=cells.numbers(sheet, sheet.find(*LABELS["rate"])),
        cost_rate=None if internal is None else rate_from_amount(internal, hours),
        kind_text=[
            text_or_none(sheet, *LABELS["activity"]),
            text_or_none(sheet, *LABELS["tags"]),
            description,
        ],
        identity=identity(sheet, date_col, hours_col),
    )
    skipped: list[Skip] = []
    return build(FORMAT, sheet, cols, notices, skipped)


def identity(sheet: Sheet, date_col: str, hours_col: str) -> list[str | None]:
    names = [date_col, hours_col] + [
        sheet.find(*LABELS[k]) for k in ("from", "to", "user", "customer", "project", "description")
    ]
    sheet.get(*LABELS["from"])
    sheet.get(*LABELS["to"])
    sheet.get("Price", "Preis", "Prix", "E-mail", "Type", "Typ")
    return [sheet.table[c] for c in names if c is not None]
