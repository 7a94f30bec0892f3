"""The app on a phone (390 px wide) and in the long languages: no page scrolls sideways,
the menu folds behind one button, the clients become a list of cards, the charts keep
readable labels, and French or Vietnamese tables stay inside their card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PHONE = {"width": 390, "height": 844}
PAGES = [
    "/",
    "/clients/c-late",
    "/plans/c-late",
    "/plans/",
    "/clients-print/c-late",
    "/import/",
    "/settings/",
    "/people/",
]
WIDEST = "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"


def test_no_page_scrolls_sideways_on_a_phone(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
    screenshot: Any,
) -> None:
    from parting.store.plans import open_plan

    open_plan("c-rude", start=portfolio["run"].as_of)  # the open plans list has a row
    page = browser.new_page(viewport=PHONE)
    log_in(page, live_server.url, owner.username)
    for path in PAGES:
        page.goto(live_server.url + path)
        assert page.evaluate(WIDEST) <= PHONE["width"], path
    page.close()


def test_on_a_phone_the_menu_folds_and_clients_are_cards(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
    screenshot: Any,
) -> None:
    page = browser.new_page(viewport=PHONE)
    log_in(page, live_server.url, owner.username)
    settings_link = page.locator("nav a[href='/settings/']")
    assert not settings_link.is_visible()
    page.click(".menu-toggle")
    assert settings_link.is_visible()
    assert page.get_attribute(".menu-toggle", "aria-expanded") == "true"
    row = page.locator("#client-table tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "grid"
    # Chart labels keep a readable size (they shrank to about 4 px before).
    heights = page.eval_on_selector_all(
        ".chart svg text", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 9
    screenshot(page, "phone-portfolio-en")
    page.close()


@pytest.mark.parametrize("lang", ["fr", "vi"])
def test_long_languages_keep_the_clients_table_inside_its_card(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
    web_catalogs: Path,
    lang: str,
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(page, live_server.url, owner.username)
    with page.expect_navigation():
        page.select_option("#language", lang)
    assert page.evaluate("document.documentElement.lang") == lang
    overflow = page.evaluate(
        """() => {
        const table = document.querySelector('#client-table table').getBoundingClientRect();
        const card = document.querySelector('#client-table').closest('.card')
            .getBoundingClientRect();
        return table.right - card.right;
    }"""
    )
    assert overflow <= 0
    assert page.evaluate(WIDEST) <= 1280
    page.close()


# Every label of a row of figures beside its own figure: the top of each figure lies
# above the bottom of its label (they share a line), on a phone and on a desktop.
APART = """() => [...document.querySelectorAll('dl.figures.inline dt')].filter(dt => {
  const dd = dt.nextElementSibling, a = dt.getBoundingClientRect();
  const b = dd.getBoundingClientRect();
  return !(b.top < a.bottom && a.top < b.bottom);
}).map(dt => dt.textContent)"""


def test_a_label_and_its_figure_never_part_at_the_end_of_a_line(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    # Before, "Hours" ended one line and its "28" began the next.
    from parting.store.plans import open_plan

    open_plan("c-late", start=portfolio["run"].as_of)
    for viewport in (PHONE, {"width": 1100, "height": 900}):
        page = browser.new_page(viewport=viewport)
        log_in(page, live_server.url, owner.username)
        for path in ("/clients/c-late", "/plans/c-late"):
            page.goto(live_server.url + path)
            assert page.locator("dl.figures.inline dt").count() >= 4, path
            assert page.evaluate(APART) == [], (viewport, path)
        page.close()
