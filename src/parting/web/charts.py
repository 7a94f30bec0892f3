"""The portfolio's two charts, drawn offline as SVG (Altair → Vega-Lite → vl-convert).

Axes are written the reader's way (the d3 locale is derived from ``parting.words.formats``,
the one number formatting). Each dot of the effort chart is a link to its client whose
accessible name says who it is and its figures; ``parting.js`` shows that name as the
tooltip and lets the arrow keys move from dot to dot. Names are untrusted text: they only
reach the SVG as data, which the SVG writer escapes. Drawing a chart of a big portfolio
costs up to a second, so the worker draws each once per triage run and language, beside
the scoring (``draw_for_run``), into the cache the web processes share; a page draws one
only if the worker has not (yet).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import vl_convert
from django.core.cache import caches
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from parting.engine.whatif import whale_points
from parting.web import formats
from parting.web.labels import verdict_label
from parting.web.portfolio import VERDICT_ORDER, Row

SHARED_CACHE = "shared"  # a cache every process of the workspace reads (settings.CACHES)
MAX_CURVE_POINTS = 300
MAX_SCATTER_POINTS = 400
COLOURS = {
    "part_ways_now": "#9b1c1c",
    "part_ways": "#c2410c",
    "repair": "#8a6a00",
    "watch": "#1971c2",
    "keep": "#2a7a37",
}


LEGEND_ROOM = {"left": 5, "top": 5, "bottom": 5, "right": 36}


def thin_curve(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """At most ``MAX_CURVE_POINTS``, always keeping the first, last and highest."""
    if len(points) <= MAX_CURVE_POINTS:
        return points
    step = len(points) / MAX_CURVE_POINTS
    keep = {round(i * step) for i in range(MAX_CURVE_POINTS)}
    keep |= {0, len(points) - 1, max(range(len(points)), key=lambda i: points[i][1])}
    return [points[i] for i in sorted(keep) if i < len(points)]


# vl-convert's data loader puts its own base address before a relative link; the links
# are the app's own pages, so it is taken off again.
LOADER_BASE = 'xlink:href="https://vega.github.io/vega-datasets/'


def d3_locale() -> dict[str, Any]:
    """The reader's number symbols for the charts' axes (d3-format), read off the way
    ``parting.words.formats`` writes a number and a share in the current language."""
    written = formats.number(1234567.5, 1)  # "1,234,567.5", "1 234 567,5", "1.234.567,5"
    percent = formats.share(1.0)  # "100%", "100 %"
    return {
        "decimal": written[-2],
        "thousands": written[1],
        "grouping": [3],
        "currency": ["", ""],
        "percent": percent[percent.index("100") + 3 :],
        "minus": formats.MINUS,  # a negative axis value as every figure is written
    }


def _svg(chart: alt.TopLevelMixin) -> SafeString:
    svg = vl_convert.vegalite_to_svg(chart.to_dict(), format_locale=d3_locale())
    return mark_safe(svg.replace(LOADER_BASE, 'xlink:href="/'))


def _data(values: list[dict[str, Any]]) -> alt.Data:
    """Inline chart data (altair's generated classes carry no type information)."""
    return alt.Data(values=values)  # type: ignore[no-untyped-call]


# A new run (after a rescore) is drawn once, by the first request that needs it; requests
# arriving meanwhile show the chart last drawn in their language instead of drawing it
# again each (twenty readers drawing at once made every one of them wait seconds).
_drawing: dict[str, threading.Lock] = {}
_drawing_guard = threading.Lock()
_last_drawn: dict[str, str] = {}


def forget_drawn() -> None:
    """Forget the charts last shown (with the caches cleared: a test's fresh workspace)."""
    _last_drawn.clear()


def _cached_chart(
    kind: str,
    run_key: str,
    extra: str,
    draw: Callable[[], SafeString],
    by_worker: bool = False,
) -> SafeString:
    """The chart from the shared cache; else, while the worker is drawing it (``by_worker``:
    its run has just been stored), the one last shown in this language; else drawn here."""
    slot = f"{kind}:{get_language()}:{extra}"
    key = f"parting:{kind}:{run_key}:{get_language()}:{extra}"
    cache = caches[SHARED_CACHE]
    cached = cache.get(key)
    if cached is not None:
        _last_drawn[slot] = str(cached)
        return mark_safe(str(cached))
    if by_worker and slot in _last_drawn:
        return mark_safe(_last_drawn[slot])
    with _drawing_guard:
        lock = _drawing.setdefault(slot, threading.Lock())
    if not lock.acquire(blocking=False):
        stale = _last_drawn.get(slot)
        if stale is not None:
            return mark_safe(stale)
        lock.acquire()
    try:
        cached = cache.get(key)  # drawn by the request that held the lock
        if cached is not None:
            return mark_safe(str(cached))
        svg = draw()
        cache.set(key, str(svg), 3600)
        _last_drawn[slot] = str(svg)
        return svg
    finally:
        lock.release()


def whale_curve_svg(run_key: str, rows: Sequence[Row], by_worker: bool = False) -> SafeString:
    return _cached_chart("whale", run_key, "", lambda: _whale_curve(rows), by_worker)


def _whale_curve(rows: Sequence[Row]) -> SafeString:
    points = thin_curve(whale_points([r.margin for r in rows]))
    data = _data([{"clients": x, "profit": y} for x, y in points])
    chart = (
        alt.Chart(data, width="container", height=240)
        .mark_area(line={"color": "#264653"}, color="#cfe3e8")
        .encode(
            x=alt.X(
                "clients:Q",
                title=_("Share of clients, most profitable first"),
                axis=alt.Axis(format="%"),
            ),
            y=alt.Y("profit:Q", title=_("Cumulative profit"), axis=alt.Axis(format="%")),
        )
        .properties(width=520)
    )
    rule = alt.Chart(_data([{"y": 1.0}])).mark_rule(strokeDash=[4, 4], color="#888").encode(y="y:Q")
    return _svg(alt.layer(chart, rule).configure_view(stroke=None))


def point_label(row: Row, currency: str) -> str:
    """What a dot says about its client: name, verdict and the figures it is drawn from,
    in the reader's language and number format."""
    figures = [
        (_("Share of revenue"), formats.share(row.revenue_share)),
        (_("Share of staff hours"), formats.share(row.effort_share)),
        (_("Revenue"), formats.money(row.revenue, currency)),
        (_("Hours"), formats.number(row.hours)),
    ]
    said = [
        _("%(label)s: %(value)s") % {"label": label, "value": value} for label, value in figures
    ]
    return " · ".join([row.name, verdict_label(row.verdict), *said])


def effort_revenue_svg(
    run_key: str, rows: Sequence[Row], currency: str, by_worker: bool = False
) -> SafeString:
    """Each client's share of staff hours against its share of revenue; above the
    diagonal a client takes more effort than it pays for. Each dot links to its client."""
    return _cached_chart(
        "effort", run_key, currency, lambda: _effort_revenue(rows, currency), by_worker
    )


def _effort_revenue(rows: Sequence[Row], currency: str) -> SafeString:
    biggest = sorted(rows, key=lambda r: r.effort_share, reverse=True)[:MAX_SCATTER_POINTS]
    values = [
        {
            "revenue": r.revenue_share,
            "effort": r.effort_share,
            "verdict": verdict_label(r.verdict),
            "page": reverse("client", args=[r.client_id]).removeprefix("/"),
            "said": point_label(r, currency),
        }
        for r in biggest
    ]
    top = max([0.01] + [max(r.revenue_share, r.effort_share) for r in biggest])
    domain = [verdict_label(v) for v in VERDICT_ORDER]
    points = (
        alt.Chart(_data(values), height=240)
        .mark_circle(size=46, opacity=0.75)
        .encode(
            x=alt.X(
                "revenue:Q",
                title=_("Share of revenue"),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, top]),
            ),
            y=alt.Y(
                "effort:Q",
                title=_("Share of staff hours"),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, top]),
            ),
            color=alt.Color(
                "verdict:N",
                title=_("Verdict"),
                scale=alt.Scale(domain=domain, range=[COLOURS[v] for v in VERDICT_ORDER]),
            ),
            href=alt.Href("page:N"),
            description=alt.Description("said:N"),
        )
        .properties(width=520)
    )
    diagonal = (
        alt.Chart(_data([{"x": 0, "y": 0}, {"x": top, "y": top}]))
        .mark_line(strokeDash=[4, 4], color="#888")
        .encode(x="x:Q", y="y:Q")
    )
    # Room on the right: the browser's font sets the legend wider than the drawing measured
    # it, which cut a long verdict ("Se séparer maintenant") at the picture's edge.
    layered = alt.layer(diagonal, points).properties(padding=LEGEND_ROOM)
    return _svg(layered.configure_view(stroke=None))


def draw_for_run(run: Any) -> None:
    """The worker's part: both charts of ``run`` in every language of the app, so the
    first readers after a rescore find them drawn. Returns at once when they are."""
    from django.conf import settings
    from django.utils import translation

    from parting.i18n import activate, current_language
    from parting.web import workspace
    from parting.web.portfolio import rows_of, run_key

    currency = workspace.config().currency
    key = run_key(run)
    cache = caches[SHARED_CACHE]
    rows: list[Row] | None = None
    before = current_language()
    try:
        for language, _name in settings.LANGUAGES:
            if cache.get(f"parting:effort:{key}:{language}:{currency}") is not None:
                continue
            rows = rows if rows is not None else rows_of(run)
            activate(language)
            with translation.override(language):
                whale_curve_svg(key, rows)
                effort_revenue_svg(key, rows, currency)
    finally:
        activate(before)
