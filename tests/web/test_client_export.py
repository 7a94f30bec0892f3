"""A client's evidence to take away: every record behind the signs as a spreadsheet, and
the verdict, signs and records on a printable page; an exit plan on a printable page with
its dates, the notice and every step. Members may export a client; plans are the owner's."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Client, Message, VerdictRecord
from parting.store.plans import mark_step, open_plan


def _csv(web: WebClient, client_id: str) -> list[list[str]]:
    response = web.get(reverse("client_evidence_csv", args=[client_id]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="evidence-')
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_evidence_download_lists_every_cited_record_newest_first(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    header, *rows = _csv(owner_client, "c-late")
    assert header == [
        "Date",
        "Record",
        "Signs",
        "Details",
        "Amount",
        "Hours",
        "Days late",
        "Words that matched",
    ]
    assert [r[0] for r in rows] == ["2026-01-05", "2025-12-01", "2025-11-01"]
    entry, open_invoice, paid_invoice = rows
    assert entry[1] == "6.5 h by Ana" and entry[2] == "Drains the team" and entry[5] == "6.50"
    assert entry[3] == "Redo the layout"
    assert open_invoice[1] == "Invoice inv-2" and open_invoice[4] == "900.00"
    assert open_invoice[6] == "60"  # due 1 January, still unpaid on 2 March
    assert paid_invoice[6] == "45"  # due 1 December, paid 15 January


def test_a_message_comes_with_its_words_and_whole_text(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    rows = _csv(staff_client, "c-rude")[1:]
    message = next(r for r in rows if r[1] == "Message from the client")
    assert message[3] == "Again!\nThis is USELESS work, you idiots. Fix it tonight."
    assert message[7] == "useless, idiots"
    incident = next(r for r in rows if r[1].startswith("Incident"))
    assert incident[1] == "Incident: Abuse" and incident[3] == "Shouted at Ana on the phone."


def test_imported_text_that_looks_like_a_formula_stays_text(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    Message.objects.filter(message_id="m1").update(subject="", body="=cmd|' /C calc'!A0")
    rows = _csv(owner_client, "c-rude")[1:]
    assert "'=cmd|' /C calc'!A0" in [r[3] for r in rows]


def _with_margin_figures(client_id: str) -> None:
    record = VerdictRecord.objects.get(client_id=client_id)
    record.signs[0]["evidence"]["figures"] |= {"margin_share": -0.4, "margin": -2000.0}
    record.save()


def test_staff_print_shows_no_margin_unless_the_owner_allows_it(
    staff_client: WebClient, owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    _with_margin_figures("c-late")
    staff_page = staff_client.get(reverse("client_print", args=["c-late"])).content.decode()
    assert "Margin" not in staff_page
    owner_page = owner_client.get(reverse("client_print", args=["c-late"])).content.decode()
    assert "Margin as a share of revenue" in owner_page and "Margin" in owner_page


def test_the_client_page_hides_margin_figures_from_staff_too(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    _with_margin_figures("c-late")
    page = staff_client.get(reverse("client", args=["c-late"])).content.decode()
    assert "Margin as a share of revenue" not in page


def test_the_printable_evidence_escapes_imported_text(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    Client.objects.filter(pk="c-rude").update(name="<script>alert(1)</script> Co")
    Message.objects.filter(message_id="m1").update(body="<img src=x onerror=alert(1)> useless")
    page = owner_client.get(reverse("client_print", args=["c-rude"])).content.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Co" in page
    assert "<mark>useless</mark>" in page
    assert "Shouted at Ana on the phone." in page


def test_the_printable_plan_has_its_dates_notice_and_steps(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    mark_step(plan, 2, "skipped", "No written contract.", "olivia")
    page = owner_client.get(reverse("plan_print", args=[plan.pk])).content.decode()
    assert "Exit plan for Late Payers Ltd" in page
    for label in ("First day to act", "Meeting", "Notice", "End of notice"):
        assert f"<dt>{label}</dt>" in page
    assert page.count("<tr>") == 1 + plan.steps.count()
    assert "Review the contract line by line" in page and "No written contract." in page
    assert "skipped" in page and "review_contract" not in page
    assert "data-print" in page


def test_the_plan_page_tells_the_notice_length_and_links_the_print(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    from parting.store.plans import plan_view

    days = plan_view(plan).notice_days  # type: ignore[union-attr]
    page = owner_client.get(reverse("plan", args=["c-late"])).content.decode()
    assert f"<dt>Notice</dt><dd>{days} days</dd>" in page or f"{days} day<" in page
    assert reverse("plan_print", args=[plan.pk]) in page


def test_in_the_browser_staff_download_and_print_a_clients_evidence(
    live_server: Any, browser: Any, portfolio: dict[str, Any], staff: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 800}, accept_downloads=True)
    log_in(page, live_server.url, staff.username)
    page.goto(live_server.url + "/clients/c-late")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the evidence (CSV)").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Date,Record,Signs,Details")
    assert "Invoice inv-2" in text
    page.get_by_role("link", name="Printable evidence").click()
    page.wait_for_url("**/clients-print/c-late")
    print_button = page.get_by_role("button", name="Print or save as PDF")
    assert print_button.is_visible()
    page.emulate_media(media="print")
    assert not print_button.is_visible()  # the paper shows the evidence, not the buttons
    assert page.get_by_role("heading", name="Evidence for Late Payers Ltd").is_visible()
    page.close()


def test_in_the_browser_the_owner_opens_the_printable_plan(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    open_plan("c-late", start=portfolio["run"].as_of)
    page = browser.new_page(viewport={"width": 1360, "height": 800})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/plans/c-late")
    page.get_by_role("link", name="Printable plan").click()
    page.wait_for_url("**/print")
    figures = page.locator("dl.figures").inner_text()
    assert "Meeting" in figures and "Notice" in figures and "days" in figures
    assert page.locator("tbody tr").count() == 10
    page.close()


def test_the_printable_plan_and_the_open_plans_speak_french(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    printed = owner_client.get(reverse("plan_print", args=[plan.pk])).content.decode()
    assert "<dt>Préavis</dt>" in printed and " jours</dd>" in printed
    assert "Imprimer ou enregistrer en PDF" in printed
    assert "Notice" not in printed and "Meeting" not in printed
    listed = owner_client.get(reverse("plan_overview")).content.decode()
    assert "Plans en cours" in listed and "Prochaine étape" in listed
    assert "Next step" not in listed
