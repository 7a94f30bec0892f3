"""The portfolio page: every client with its verdict, sortable and filterable on the
server (HTMX swaps the table), the two charts, and the what-if panel."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from parting.engine.signs import SIGN_IDS
from parting.engine.whatif import what_if_of
from parting.store.models import TriageRun
from parting.store.triage import latest_run
from parting.store.watch import changed_since_looked, mark_seen
from parting.web import charts, workspace
from parting.web.access import is_owner, member_required, owner_required, sees_margins
from parting.web.http import HtmxHttpRequest
from parting.web.portfolio import (
    DESCENDING_BY_DEFAULT,
    SORT_KEYS,
    VERDICT_ORDER,
    Row,
    filter_rows,
    ranked,
    rows_of,
    run_key,
    sort_rows,
    totals,
    without_recent_data,
)

PAGE_SIZE = 50
TABLE_CACHE_SECONDS = 600
WORKER_DRAWS_WITHIN = timedelta(seconds=60)
SESSION_KEY = "what_if"


def table_state(request: HttpRequest) -> dict[str, Any]:
    sort = request.GET.get("sort", "rank")
    sort = sort if sort in SORT_KEYS else "rank"
    if sort == "margin" and not sees_margins(request.user):
        sort = "rank"  # the order would tell the margins staff may not see
    default_dir = "desc" if sort in DESCENDING_BY_DEFAULT else "asc"
    direction = request.GET.get("dir", default_dir)
    verdict = request.GET.get("verdict", "")
    sign = request.GET.get("sign", "")
    return {
        "sort": sort,
        "dir": "desc" if direction == "desc" else "asc",
        "verdict": verdict if verdict in VERDICT_ORDER else "",
        "sign": sign if sign in SIGN_IDS else "",
        "q": request.GET.get("q", "")[:200],
    }


def _selected(request: HttpRequest) -> set[str]:
    return set(request.session.get(SESSION_KEY, []))


def _known(rows: list[Row], chosen: set[str]) -> list[str]:
    """The ticked clients still in the workspace (a rescore or an undo may remove one)."""
    return sorted(chosen & {r.client_id for r in rows})


def _what_if_context(request: HttpRequest, rows: list[Row]) -> dict[str, Any]:
    chosen = _selected(request)
    config = workspace.config()
    return {
        "what_if": what_if_of(rows, _known(rows, chosen), workspace.window_days(config))
        if chosen
        else None,
        "selected": chosen,
        "currency": config.currency,
    }


def _table_context(request: HttpRequest, rows: list[Row]) -> dict[str, Any]:
    state = table_state(request)
    shown = filter_rows(ranked(rows), state["verdict"], state["sign"], state["q"])
    shown = sort_rows(shown, state["sort"], state["dir"] == "desc")
    page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    return {
        "state": state,
        "page": page,
        "matching": len(shown),
        "sort_urls": {key: _sort_url(state, key) for key in SORT_KEYS},
        "previous_url": _query(state, page=page.number - 1) if page.has_previous() else "",
        "next_url": _query(state, page=page.number + 1) if page.has_next() else "",
    }


def _query(state: dict[str, Any], **changes: Any) -> str:
    return "?" + urlencode({**state, **changes})


def _sort_url(state: dict[str, Any], key: str) -> str:
    """Clicking the current sort column flips its direction; another column starts with
    its natural direction."""
    if state["sort"] == key:
        direction = "asc" if state["dir"] == "desc" else "desc"
    else:
        direction = "desc" if key in DESCENDING_BY_DEFAULT else "asc"
    return _query(state, sort=key, dir=direction)


def _table_html(request: HttpRequest, run: TriageRun, rows: list[Row]) -> SafeString:
    """The table of clients as this reader sees it, drawn once per run, language, view
    (sort, filter, search, page) and what-if ticks, then kept: readers after a rescore
    share it instead of each laying out fifty rows again."""
    margins = sees_margins(request.user)
    chosen = _known(rows, _selected(request)) if margins else []
    currency = workspace.config().currency
    said = [run_key(run), get_language(), margins, currency, request.get_full_path(), chosen]
    key = "parting:table:" + hashlib.sha256(json.dumps(said).encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        context = {"run": run, **_table_context(request, rows)}
        context.update(selected=set(chosen), currency=currency)
        html = render_to_string("parting/portfolio_table.html", context, request)
        cache.set(key, html, TABLE_CACHE_SECONDS)
    return mark_safe(str(html))


def _run_totals(run: TriageRun, rows: list[Row]) -> dict[str, Any]:
    """The portfolio's totals and the ranked clients' count by verdict: added up once
    per run, not on every view."""
    key = f"parting:totals:{run_key(run)}"
    found = cache.get(key)
    if found is None:
        found = {"totals": totals(rows), "ranked_counts": totals(ranked(rows)).by_verdict}
        cache.set(key, found, TABLE_CACHE_SECONDS)
    return dict(found)


@member_required
@require_GET
def portfolio(request: HtmxHttpRequest) -> HttpResponse:
    run = latest_run()
    if run is None:
        return render(request, "parting/empty.html", {"section": "portfolio"})
    rows = rows_of(run)
    table = _table_html(request, run, rows)
    if request.htmx and request.htmx.target == "client-table":
        return HttpResponse(table)
    context: dict[str, Any] = {
        "run": run,
        "section": "portfolio",
        "table": table,
        "state": table_state(request),
    }
    context.update(_what_if_context(request, rows))
    # A run stored moments ago has its charts drawn by the worker (``charts.draw_for_run``).
    by_worker = timezone.now() - run.computed_at < WORKER_DRAWS_WITHIN
    context.update(
        **_run_totals(run, rows),
        whale_svg=charts.whale_curve_svg(run_key(run), rows, by_worker),
        effort_svg=charts.effort_revenue_svg(
            run_key(run), rows, workspace.config().currency, by_worker
        ),
        verdicts=VERDICT_ORDER,
        signs=SIGN_IDS,
        apart=without_recent_data(rows),
        window_days=workspace.config().settings.unprofitable.window_days,
        # What changed since the owner last looked is the owner's to read and clear.
        changed=changed_since_looked() if is_owner(request.user) else [],
    )
    return render(request, "parting/portfolio.html", context)


@owner_required
@require_POST
def seen(request: HttpRequest) -> HttpResponse:
    """The person has read the changes: the list starts again from the latest triage."""
    mark_seen()
    return redirect("portfolio")


@member_required
@require_POST
def what_if_update(request: HtmxHttpRequest) -> HttpResponse:
    """Tick or untick one client (``toggle`` + ``on``), tick every client with a verdict
    (``verdict``), or ``clear``; the choice lives in the session across pages."""
    if not sees_margins(request.user):
        raise PermissionDenied
    chosen = _selected(request)
    run = latest_run()
    rows = rows_of(run) if run else []
    known = {r.client_id for r in rows}
    if "clear" in request.POST:
        chosen = set()
    elif request.POST.get("verdict") in VERDICT_ORDER:
        chosen |= {r.client_id for r in rows if r.verdict == request.POST["verdict"]}
    elif request.POST.get("toggle") in known:
        client_id = request.POST["toggle"]
        chosen = chosen | {client_id} if request.POST.get("on") else chosen - {client_id}
    request.session[SESSION_KEY] = sorted(chosen & known)
    if not request.htmx:
        return redirect("portfolio")
    response = render(request, "parting/what_if.html", _what_if_context(request, rows))
    if "toggle" not in request.POST:
        # Several ticks changed at once: the table reloads to show them.
        response["HX-Trigger"] = "whatIfChanged"
    return response
