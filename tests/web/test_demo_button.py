"""A new owner with an empty workspace loads the demo portfolio with one click: the
worker fills it while the page shows progress, every page says the clients are made up,
and one click removes the demo — its clients, rows and settings — and nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import AuditEntry, BusinessSettings, Client, ImportBatch, Job, TriageRun
from parting.store.settings import save_settings, stored_toml
from parting.web import demo

DEMO_NOTE = "Demo: these clients are made up."


@pytest.fixture
def small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thirty clients rather than the full demo: enough to see it, quick to score."""
    fill = demo.fill
    monkeypatch.setattr(demo, "fill", lambda **kw: fill(**{"clients": 30, **kw}))


def test_the_empty_workspace_offers_the_owner_the_demo_not_the_command_line(
    owner_client: WebClient, staff_client: WebClient
) -> None:
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert "Load the demo portfolio" in html and reverse("load_demo") in html
    assert "--demo" not in html and "parting serve" not in html
    assert "Load the demo portfolio" not in staff_client.get(reverse("portfolio")).content.decode()


def test_the_demo_is_loaded_by_the_worker_marked_and_removed_in_one_click(
    owner_client: WebClient, small_demo: None
) -> None:
    from parting.store.jobs import work_pending

    save_settings('[business]\ncurrency = "CHF"\n')  # the owner's own, before the demo
    response = owner_client.post(reverse("load_demo"))
    job = Job.objects.get(kind="import")
    assert response["Location"] == reverse("import_job", args=[job.pk])
    assert not Client.objects.exists()  # nothing done inside the request
    page = owner_client.get(response["Location"]).content.decode()
    assert "Loading the demo portfolio" in page

    work_pending()

    assert Client.objects.count() == 30 and TriageRun.objects.exists()
    page = owner_client.get(reverse("import_job", args=[job.pk])).content.decode()
    assert "The demo portfolio is ready." in page
    portfolio = owner_client.get(reverse("portfolio")).content.decode()
    assert DEMO_NOTE in portfolio and "Remove the demo" in portfolio
    assert "Demo portfolio" in owner_client.get(reverse("import")).content.decode()
    notices = str([b.summary.get("notices") for b in ImportBatch.objects.all()])
    assert "demo studio's settings" not in notices  # the demo applied them itself

    owner_client.post(reverse("remove_demo"))

    assert not Client.objects.exists() and not ImportBatch.objects.exists()
    assert not TriageRun.objects.exists()
    assert stored_toml() == '[business]\ncurrency = "CHF"\n'
    assert AuditEntry.objects.get().action == "demo_removed"
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert DEMO_NOTE not in html and "Load the demo portfolio" in html


def test_removing_the_demo_keeps_the_clients_the_owner_imported_since(
    owner_client: WebClient,
) -> None:
    demo.fill(clients=10)
    Client.objects.create(client_id="mine", name="My Real Client")
    owner_client.post(reverse("remove_demo"))
    assert list(Client.objects.values_list("client_id", flat=True)) == ["mine"]
    assert Job.objects.filter(kind="rescore", status="queued").exists()
    assert BusinessSettings.objects.get().toml == ""


def test_the_demo_is_not_added_to_a_workspace_that_has_clients(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("load_demo"))
    assert not Job.objects.filter(kind="import").exists()


def test_owner_loads_the_demo_in_the_browser(
    live_server: Any, browser: Any, owner: Any, log_in: Any, small_demo: None
) -> None:
    from parting.store.jobs import work_pending

    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.get_by_role("button", name="Load the demo portfolio").click()
    page.wait_for_selector("#import-job")
    work_pending()  # the worker's part, run here so the test does not depend on timing
    page.get_by_role("link", name="See the portfolio").click(timeout=30_000)
    page.wait_for_load_state()
    assert DEMO_NOTE in page.inner_text(".demo-note")
    assert page.locator("#client-table tbody tr").count() > 0
    page.get_by_role("button", name="Remove the demo").click()
    page.wait_for_load_state()
    assert "Load the demo portfolio" in page.inner_text("main")
    page.close()
