"""The effort chart tells who each dot is: a tooltip naming the client with its figures, a
click (or Enter) opens the client, the arrow keys move from dot to dot, and both charts
write their axes the reader's way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse
from django.utils import translation

from parting.store.models import Client
from parting.web import charts
from parting.web.portfolio import Row

ROW = Row(
    client_id="c-late",
    name="Late Payers Ltd",
    verdict="part_ways",
    rank=2,
    main_sign="payment_risk",
    sign_count=2,
    revenue=7000.0,
    hours=200.0,
    margin=-1000.0,
    effective_rate=35.0,
    overdue=900.0,
    effort_share=1 / 3,
    revenue_share=0.2333,
)


@pytest.mark.parametrize(
    ("lang", "decimal", "thousands"),
    [("en", ".", ","), ("fr", ",", "\u202f"), ("vi", ",", "."), ("sl", ",", ".")],
)
def test_axes_use_the_readers_number_symbols(lang: str, decimal: str, thousands: str) -> None:
    with translation.override(lang):
        locale = charts.d3_locale()
    assert (locale["decimal"], locale["thousands"]) == (decimal, thousands)
    assert locale["percent"].strip("\xa0\u202f ") == "%"


def test_a_dot_names_its_client_and_figures_in_the_readers_language() -> None:
    with translation.override("en"):
        said = charts.point_label(ROW, "EUR")
    assert said == (
        "Late Payers Ltd · Part ways · Share of revenue: 23% · Share of staff hours: 33% · "
        "Revenue: €7,000 · Hours: 200"
    )


def _portfolio_html(web: WebClient, lang: str = "en") -> str:
    web.cookies["django_language"] = lang
    return web.get(reverse("portfolio"), HTTP_ACCEPT_LANGUAGE=lang).content.decode()


def test_each_dot_links_to_its_client_page(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = _portfolio_html(owner_client)
    for client_id in ("c-rude", "c-late", "c-fine"):
        assert f'<a xlink:href="{reverse("client", args=[client_id])}">' in html
    assert 'aria-label="Late Payers Ltd · Part ways · Share of revenue: 23%' in html
    assert "vega-datasets" not in html


def test_a_hostile_name_stays_text_inside_the_chart(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    Client.objects.filter(pk="c-fine").update(name='"><script>alert(1)</script>')
    html = _portfolio_html(owner_client)
    assert "<script>alert(1)" not in html
    assert 'aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Keep' in html


def test_french_axes_write_percentages_the_french_way(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    html = _portfolio_html(owner_client, "fr")
    ticks = re.findall(r"<text[^>]*>([^<]*)</text>", html)
    assert "20\xa0%" in ticks or "20\u202f%" in ticks
    assert "20%" not in ticks


def _dot_with_focus(page: Any) -> str:
    return str(
        page.evaluate(
            "(document.activeElement.querySelector('[aria-label]') || {}).ariaLabel || ''"
        )
    )


def test_in_the_browser_a_dot_shows_its_client_and_opens_it(
    live_server: Any, browser: Any, portfolio: dict[str, Any], staff: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, staff.username)
    dots = page.locator("figure.chart-links svg a")
    assert dots.count() == 3
    # One stop for the Tab key, whatever the number of dots.
    assert page.locator("figure.chart-links svg a[tabindex='0']").count() == 1
    late = dots.filter(has=page.locator("[aria-label^='Late Payers Ltd']"))
    late.hover()
    tip = page.get_by_role("tooltip")
    assert tip.is_visible()
    assert tip.inner_text().startswith("Late Payers Ltd · Part ways · Share of revenue: 23%")
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    late.click()
    page.wait_for_url("**/clients/c-late")
    assert page.get_by_role("heading", level=1).inner_text() == "Late Payers Ltd"
    page.close()


def test_in_the_browser_the_keyboard_walks_the_dots_and_opens_one(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    # Tab from the link just before the chart lands on the chart's one dot in the tab order.
    page.locator("section.verdict-strip a").last.focus()
    page.keyboard.press("Tab")
    first = _dot_with_focus(page)
    assert first.startswith(("Rude & Co", "Late Payers Ltd", "Fine Folk"))
    assert page.get_by_role("tooltip").inner_text() == first
    page.keyboard.press("ArrowRight")
    second = _dot_with_focus(page)
    assert second and second != first
    assert page.get_by_role("tooltip").inner_text() == second
    page.keyboard.press("ArrowLeft")
    assert _dot_with_focus(page) == first
    while not _dot_with_focus(page).startswith("Fine Folk"):
        page.keyboard.press("ArrowRight")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/clients/c-fine")
    page.close()


def test_the_worker_draws_a_new_runs_charts_and_readers_meanwhile_see_the_last_ones(
    owner_client: WebClient, portfolio: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.cache import caches

    from parting.store.models import TriageRun, VerdictRecord
    from parting.web import workspace
    from parting.web.portfolio import run_key

    first = _portfolio_html(owner_client)
    assert "Late Payers Ltd · Part ways" in first
    # A rescore stores a new run in which Late Payers Ltd is to be kept.
    run = TriageRun.objects.create(as_of=portfolio["run"].as_of, clients=3)
    for record in VerdictRecord.objects.filter(run=portfolio["run"]):
        record.pk, record.run = None, run
        record.verdict = "keep" if record.client_id == "c-late" else record.verdict
        record.save()

    def drawn_by_a_reader(*_: Any) -> Any:
        raise AssertionError("a reader's request drew a chart the worker draws")

    with monkeypatch.context() as patched:
        patched.setattr(charts, "_effort_revenue", drawn_by_a_reader)
        patched.setattr(charts, "_whale_curve", drawn_by_a_reader)
        meanwhile = _portfolio_html(owner_client)
    assert "Late Payers Ltd · Part ways" in meanwhile  # the chart last drawn
    charts.draw_for_run(run)  # the worker's part: both charts, every language
    currency = workspace.config().currency
    for lang in ("en", "fr", "vi", "sl"):
        key = f"parting:effort:{run_key(run)}:{lang}:{currency}"
        assert caches[charts.SHARED_CACHE].get(key) is not None
    assert "Late Payers Ltd · Keep" in _portfolio_html(owner_client)
