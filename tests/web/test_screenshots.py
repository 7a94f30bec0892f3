"""``make screenshots``: the main pages in the four languages, at desktop and phone width,
on the made-up demo studio, written to the folder the README shows. Skipped in an
ordinary test run (it only draws pictures); ``PARTING_SCREENSHOTS`` names the folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

FOLDER = os.environ.get("PARTING_SCREENSHOTS", "")
LANGUAGES = ("en", "fr", "vi", "sl")
WIDTHS = {"desktop": {"width": 1360, "height": 900}, "phone": {"width": 390, "height": 844}}
DEMO_CLIENTS = 60

pytestmark = pytest.mark.skipif(not FOLDER, reason="set PARTING_SCREENSHOTS (make screenshots)")


@pytest.fixture
def demo_studio(transactional_db: None) -> dict[str, str]:
    from parting.store.jobs import prepare_latest_run
    from parting.store.models import VerdictRecord
    from parting.web import demo

    demo.fill(clients=DEMO_CLIENTS, as_of=date(2026, 3, 2))
    prepare_latest_run()  # the charts and month-by-month history, as the worker draws them
    worst = VerdictRecord.objects.order_by("rank").first()
    assert worst is not None
    return {"client": worst.client_id}


def test_screenshots_of_the_main_pages(
    live_server: Any,
    browser: Any,
    demo_studio: dict[str, str],
    owner: Any,
    log_in: Any,
    web_catalogs: Path,
) -> None:
    from urllib.parse import quote

    folder = Path(FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    client = quote(demo_studio["client"])
    pages = {
        "portfolio": "/",
        "client": f"/clients/{client}",
        "plan": f"/plans/{client}",
        "import": "/import/",
    }
    written = []
    for width, viewport in WIDTHS.items():
        page = browser.new_page(viewport=viewport)
        log_in(page, live_server.url, owner.username)
        for lang in LANGUAGES:
            page.goto(live_server.url + "/")
            if page.evaluate("document.documentElement.lang") != lang:
                if page.locator(".menu-toggle").is_visible():
                    page.click(".menu-toggle")  # on a phone the list is in the menu
                with page.expect_navigation():
                    page.select_option("#language", lang)
            for name, path in pages.items():
                page.goto(live_server.url + path)
                target = folder / f"{name}-{lang}-{width}.jpg"
                page.screenshot(path=str(target), type="jpeg", quality=80)
                written.append(target)
        page.close()
    assert all(p.stat().st_size > 0 for p in written)
