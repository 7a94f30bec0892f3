"""Links and merges are made on the import page, so they are taken back there too; and
deleting an import puts back what it overwrote, not only removes what it added."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import AuditEntry, Client, ImportBatch, Invoice

HEADER = "invoice_id,client_id,issued_on,due_on,amount,currency,status\n"
FIRST = HEADER + "inv-1,c-acme,2026-01-05,2026-02-04,1000,EUR,paid\n"
# The second export says the invoice was 1,500 and adds one more.
SECOND = (
    HEADER
    + "inv-1,c-acme,2026-01-05,2026-02-04,1500,EUR,open\n"
    + "inv-2,c-acme,2026-02-05,2026-03-06,800,EUR,open\n"
)
CLIENTS = "client_id,name,email\nc-acme,Acme Ltd,{email}\n"


def _import(web: WebClient, invoices: str, email: str) -> ImportBatch:
    files = [
        SimpleUploadedFile("clients.csv", CLIENTS.format(email=email).encode(), "text/csv"),
        SimpleUploadedFile("invoices.csv", invoices.encode(), "text/csv"),
    ]
    response = web.post(reverse("import"), {"files": files})
    assert response.status_code == 200, response.content.decode()[-2000:]
    return ImportBatch.objects.order_by("-pk").first()  # type: ignore[return-value]


def test_deleting_an_import_puts_back_what_it_overwrote(
    live_server: Any, browser: Any, owner: Any, owner_client: WebClient, log_in: Any
) -> None:
    _import(owner_client, FIRST, "billing@acme.example")
    second = _import(owner_client, SECOND, "accounts@acme.example")
    assert Invoice.objects.get(invoice_id="inv-1").amount == Decimal("1500")

    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + reverse("import"))
    row = page.locator("tr", has_text="invoices.csv").first  # the newest import comes first
    row.locator("details.undo summary").click()
    row.locator("input[name=why]").fill("The second export was a draft.")
    with page.expect_navigation():
        row.locator("button").click()
    said = page.inner_text("main")
    assert "is deleted" in said and "back as they were: 2" in said
    page.close()

    assert not ImportBatch.objects.filter(pk=second.pk).exists()
    first_invoice = Invoice.objects.get(invoice_id="inv-1")  # it was there before: it stays
    assert (first_invoice.amount, first_invoice.status) == (Decimal("1000"), "paid")
    assert first_invoice.batch_id == ImportBatch.objects.get().pk
    assert not Invoice.objects.filter(invoice_id="inv-2").exists()  # the import added it
    assert Client.objects.get(pk="c-acme").email == "billing@acme.example"
    assert AuditEntry.objects.get(action="import_deleted").what["restored"] == 2


def test_a_value_changed_again_since_the_import_stays_when_it_is_deleted(
    owner_client: WebClient,
) -> None:
    _import(owner_client, FIRST, "billing@acme.example")
    second = _import(owner_client, SECOND, "accounts@acme.example")
    Client.objects.filter(pk="c-acme").update(email="owner@acme.example")  # by a person

    owner_client.post(reverse("delete_import", args=[second.pk]), {"why": "A draft."})

    assert Client.objects.get(pk="c-acme").email == "owner@acme.example"
    assert Invoice.objects.get(invoice_id="inv-1").amount == Decimal("1000")


def test_owner_undoes_a_merge_on_the_import_page_where_it_was_made(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + reverse("import"))
    page.fill("input[name=into]", "Late Payers Ltd")
    page.fill("input[name=other]", "Fine Folk")
    with page.expect_navigation():
        page.click("form[action$='/import/merge'] button")
    assert not Client.objects.filter(pk="c-fine").exists()

    done = page.locator("#links-and-merges li", has_text="Merged Fine Folk into Late Payers Ltd.")
    done.locator("details.undo summary").click()
    done.locator("input[name=why]").fill("Two businesses after all.")
    with page.expect_navigation():
        done.locator("button").click()
    assert page.url.rstrip("/").endswith("/import")  # the owner stays where they were
    assert "Fine Folk is a client of its own again." in page.inner_text("main")
    assert Client.objects.filter(pk="c-fine").exists()
    undone = page.locator("#links-and-merges li", has_text="Merged Fine Folk")
    assert "undone" in undone.inner_text()
    assert undone.locator("details.undo").count() == 0  # once only
    page.close()
