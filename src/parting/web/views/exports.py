"""Downloads: the portfolio as a spreadsheet (the rows the page shows, with its filters
and sort), for the owner's accountant or a board meeting; one client's evidence as a
spreadsheet and as a printable page."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from parting.engine.reasons import retold
from parting.store.triage import client_verdict, latest_run, latest_verdict
from parting.web import formats, workspace
from parting.web.access import client_or_404, member_required, sees_margins
from parting.web.evidence import MAX_IDS, Item, client_evidence
from parting.web.labels import incident_label, sign_label, value_label, verdict_label
from parting.web.portfolio import Row, filter_rows, rows_of, sort_rows
from parting.web.views.portfolio import table_state

# A spreadsheet runs a cell that starts with one of these as a formula; imported names
# are untrusted, so such a cell is written as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def _figure(value: float | None) -> str:
    # The reader's decimal mark, with the separator their spreadsheet expects (``_sheet``):
    # these files are for people; files for programs keep the dot.
    return formats.sheet_number(value)


def _sheet(out: io.StringIO) -> Any:
    return csv.writer(out, delimiter=formats.sheet_separator())


@member_required
@require_GET
def portfolio_csv(request: HttpRequest) -> HttpResponse:
    run = latest_run()
    rows: list[Row] = rows_of(run) if run else []
    state = table_state(request)
    shown = filter_rows(rows, state["verdict"], state["sign"], state["q"])
    shown = sort_rows(shown, state["sort"], state["dir"] == "desc")
    money = sees_margins(request.user)
    header = [_("Rank"), _("Client"), _("Verdict"), _("Main sign"), _("Revenue"), _("Hours")]
    if money:
        header += [_("Margin"), _("Effective hourly rate")]
    header += [_("Still owed"), _("of which overdue")]
    out = io.StringIO()
    writer = _sheet(out)
    writer.writerow(header)
    for r in shown:
        line = [
            str(r.rank),
            _cell(r.name),
            verdict_label(r.verdict),
            sign_label(r.main_sign) if r.main_sign else "",
            _figure(r.revenue),
            _figure(r.hours),
        ]
        if money:
            line += [_figure(r.margin), _figure(r.effective_rate)]
        line += [_figure(r.owed), _figure(r.overdue)]
        writer.writerow(line)
    # A byte-order mark, so spreadsheet programs read the accents of client names.
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    day = run.as_of.isoformat() if run else "empty"
    response["Content-Disposition"] = f'attachment; filename="portfolio-{day}.csv"'
    return response


def _evidence_of(request: HttpRequest, client_id: str) -> dict[str, Any]:
    """What a member may take away about one client: the verdict, its signs with their
    figures (margins only for those who may see them) and every record the signs cite."""
    client = client_or_404(client_id)
    record = latest_verdict(client.client_id)
    currency = workspace.config().currency
    as_of = record.run.as_of if record else timezone.localdate()
    money = sees_margins(request.user)
    return {
        "client": client,
        "record": record,
        "reason": retold(client_verdict(record), currency) if record else "",
        "evidence": client_evidence(client, record, as_of, currency, money, limit=MAX_IDS),
        "currency": currency,
        "money": money,
    }


def record_title(item: Item) -> str:
    """One cited record in a few words, as the client page's timeline names it."""
    row = item.row
    if item.kind == "message":
        return _("Message from the client") if row.direction == "in" else _("Message to the client")
    if item.kind == "invoice":
        return _("Invoice %(number)s") % {"number": item.record_id}
    if item.kind == "time_entry":
        return _("%(hours)s h by %(person)s") % {
            "hours": formats.number(row.hours, 1),
            "person": row.person,
        }
    if item.kind == "incident":
        return _("Incident: %(kind)s") % {"kind": incident_label(row.kind)}
    return _("Project %(name)s") % {"name": row.name or item.record_id}


def record_detail(item: Item) -> str:
    row = item.row
    if item.kind == "message":
        return "\n".join(part for part in (row.subject, row.body) if part)
    if item.kind == "time_entry":
        return str(row.description or "")
    if item.kind == "incident":
        return str(row.shown_note or "")
    if item.kind == "invoice":
        return str(value_label(row.status)) if row.status else ""
    return str(row.service_line or "")


@member_required
@require_GET
def client_evidence_csv(request: HttpRequest, client_id: str) -> HttpResponse:
    """Every record behind a client's signs, one per line, newest first: for a lawyer, an
    accountant or the file."""
    found = _evidence_of(request, client_id)
    out = io.StringIO()
    writer = _sheet(out)
    writer.writerow(
        [
            _("Date"),
            _("Record"),
            _("Signs"),
            _("Details"),
            _("Amount"),
            _("Hours"),
            _("Days late"),
            _("Words that matched"),
        ]
    )
    for item in found["evidence"].timeline:
        row = item.row
        writer.writerow(
            [
                item.day.isoformat(),
                _cell(record_title(item)),
                "; ".join(str(sign_label(s)) for s in item.signs),
                _cell(record_detail(item)),
                _figure(row.amount) if item.kind == "invoice" else "",
                _figure(row.hours) if item.kind == "time_entry" else "",
                "" if item.days_late is None else str(item.days_late),
                _cell(", ".join(dict.fromkeys(item.words))),
            ]
        )
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    name = slugify(found["client"].name) or "client"
    response["Content-Disposition"] = f'attachment; filename="evidence-{name}.csv"'
    return response


@member_required
@require_GET
def client_print(request: HttpRequest, client_id: str) -> HttpResponse:
    """The client's verdict, signs and evidence on paper (or saved as PDF by the browser)."""
    found = _evidence_of(request, client_id)
    lines = [(item, record_title(item), record_detail(item)) for item in found["evidence"].timeline]
    return render(request, "parting/client_print.html", found | {"lines": lines})
