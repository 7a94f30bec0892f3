"""Downloads: the portfolio as a spreadsheet (the rows the page shows, with its filters
and sort), for the owner's accountant or a board meeting."""

from __future__ import annotations

import csv
import io

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from parting.store.triage import latest_run
from parting.web.access import member_required, sees_margins
from parting.web.labels import sign_label, verdict_label
from parting.web.portfolio import Row, filter_rows, rows_of, sort_rows
from parting.web.views.portfolio import table_state

# A spreadsheet runs a cell that starts with one of these as a formula; imported names
# are untrusted, so such a cell is written as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


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
    header.append(_("Overdue"))
    out = io.StringIO()
    writer = csv.writer(out)
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
        line.append(_figure(r.overdue))
        writer.writerow(line)
    # A byte-order mark, so spreadsheet programs read the accents of client names.
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    day = run.as_of.isoformat() if run else "empty"
    response["Content-Disposition"] = f'attachment; filename="portfolio-{day}.csv"'
    return response
