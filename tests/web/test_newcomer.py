"""A newcomer's first visit, in a real browser: create the owner account, get the demo
portfolio (as ``parting serve --demo`` does), open the worst client, read the evidence,
open the exit plan and download the letter — in English, then again in French.

Screenshots of every page go to test-artifacts/screenshots/.
"""

from __future__ import annotations

from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from parting.store.models import VerdictRecord
from parting.web import demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
AS_OF = date(2026, 3, 2)
PASSPHRASE = "first-run-owner-passphrase-7"


def _create_owner(page: Any, url: str) -> None:
    page.goto(url + "/")
    assert page.url.endswith("/setup/")  # nobody has an account: the set-up page
    page.fill("#id_username", "owner")
    page.fill("#id_password", PASSPHRASE)
    page.fill("#id_password_again", PASSPHRASE)
    page.click("main button[type=submit]")
    page.wait_for_url(url + "/")


def _open_worst_client(page: Any) -> str:
    page.click("#client-table tbody tr:first-child td:nth-child(3) a")
    page.wait_for_selector(".timeline .event")
    return page.url


def _download_letter(page: Any, tmp_path: Path, name: str) -> Any:
    with page.expect_download() as waiting:
        page.click("a[href$='letter.eml'], a[href*='letter.eml?']")
    saved = tmp_path / name
    waiting.value.save_as(saved)
    return message_from_bytes(saved.read_bytes(), policy=default)


def test_newcomer_creates_the_owner_and_reads_the_worst_client_in_two_languages(
    live_server: Any, browser: Any, screenshot: Any, web_catalogs: Path, tmp_path: Path
) -> None:
    url = live_server.url
    page = browser.new_page(viewport={"width": 1360, "height": 900}, accept_downloads=True)

    page.goto(url + "/")
    screenshot(page, "01-setup-en")
    _create_owner(page, url)
    assert page.locator("h1").first.inner_text() == "No clients scored yet"
    screenshot(page, "02-empty-portfolio-en")

    assert demo.fill(clients=30, as_of=AS_OF) == 30  # what `parting serve --demo` does
    worst = VerdictRecord.objects.select_related("client").order_by("rank").first()
    assert worst is not None and worst.verdict in ("part_ways", "part_ways_now")

    page.goto(url + "/")
    assert page.locator("#client-table tbody tr").count() == 30
    screenshot(page, "03-portfolio-en")
    page.click("input[type=checkbox] >> nth=0")  # what if we let the worst one go?
    page.wait_for_selector("#what-if table")
    assert "1 client ticked" in page.inner_text("#what-if")
    screenshot(page, "04-what-if-en")

    _open_worst_client(page)
    assert worst.client.name in page.inner_text("h1")
    assert worst.reason in page.inner_text(".reason")
    screenshot(page, "05-client-en")

    page.click("a.button.primary")  # "Plan the exit"
    page.click("form[action*='plan-open'] button")
    page.wait_for_selector(".steps .step")
    assert page.locator(".steps .step").count() == 10
    screenshot(page, "06-plan-en")
    letter = _download_letter(page, tmp_path, "letter-en.eml")
    assert letter["X-Unsent"] == "1"
    assert letter.get_body(("plain",)).get_content().strip()

    page.goto(url + "/")
    with page.expect_navigation():
        page.select_option("#language", "fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").first.inner_text() == "Portefeuille"
    screenshot(page, "07-portfolio-fr")
    _open_worst_client(page)
    assert "Éléments de preuve" in page.inner_text("main")
    screenshot(page, "08-client-fr")
    page.click("a.button.primary")  # "Ouvrir le plan de sortie"
    page.wait_for_selector(".steps .step")
    assert "Liste des étapes" in page.inner_text("main")
    screenshot(page, "09-plan-fr")
    assert _download_letter(page, tmp_path, "letter-fr.eml")["Subject"]


def test_staff_member_sees_the_client_but_not_the_plan(
    live_server: Any,
    browser: Any,
    screenshot: Any,
    portfolio: dict[str, Any],
    staff: Any,
    log_in: Any,
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, staff.username)
    page.goto(live_server.url + "/clients/c-rude")
    assert page.locator("mark").count() >= 2  # the abusive words, marked
    assert page.locator("a.button.primary").count() == 0  # no plan for staff
    page.select_option("#id_kind", "abuse")
    page.fill("#id_note", "Called Ana names on the phone.")
    page.click("form[action*='incidents'] button")
    page.wait_for_selector(".flash")
    screenshot(page, "10-client-staff-en")
    response = page.goto(live_server.url + "/plans/c-rude")
    assert response is not None and response.status == 403


def test_owner_sorts_with_htmx_and_visits_every_owner_page(
    live_server: Any,
    browser: Any,
    screenshot: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    from playwright.sync_api import expect

    page.click("th a.sort:text('Revenue')")
    # Waits written as page expressions would be eval'd, which the CSP forbids.
    expect(page.locator("#client-table tbody tr td:nth-child(3)").first).to_have_text("Fine Folk")
    assert "sort=revenue" in page.url  # HTMX swapped the table and kept the address
    page.fill("input[name=q]", "late")
    expect(page.locator("#client-table tbody tr")).to_have_count(1)
    for name, path in [
        ("11-settings", "/settings/"),
        ("12-import", "/import/"),
        ("13-people", "/people/"),
    ]:
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1
        screenshot(page, f"{name}-en")
