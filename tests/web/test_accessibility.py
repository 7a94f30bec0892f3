"""axe-core (the engine browsers' accessibility tools use) finds no serious or critical
problem on any page, in any of the four languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PAGES = [
    "/",
    "/clients/c-rude",
    "/clients/c-late",
    "/plans/c-late",
    "/plans/",
    "/clients-print/c-late",
    "/import/",
    "/settings/",
    "/people/",
]
SERIOUS = ("serious", "critical")


def _problems(axe: Any, page: Any) -> list[tuple[str, str, list[str]]]:
    found = axe.run(page).response["violations"]
    return [
        (v["id"], v["impact"], [str(n["target"]) for n in v["nodes"][:3]])
        for v in found
        if v["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_no_page_has_a_serious_accessibility_problem(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
    web_catalogs: Path,
    lang: str,
) -> None:
    pytest.importorskip("axe_playwright_python", reason="axe-playwright-python (dev group)")
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    page.goto(live_server.url + "/login/")
    assert _problems(axe, page) == []
    log_in(page, live_server.url, owner.username)
    if lang != "en":
        with page.expect_navigation():
            page.select_option("#language", lang)
    problems = {}
    for path in PAGES:
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.lang") == lang
        if found := _problems(axe, page):
            problems[path] = found
    page.close()
    assert problems == {}
