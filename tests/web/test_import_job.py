"""A large upload is imported by the worker, outside the request: the page polls its
progress and then shows what it did; a bad file stores nothing and is named with its
row, column and value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.store import jobs
from parting.store.jobs import work_pending
from parting.store.models import Client, ImportBatch, Job, TimeEntry

HTMX = {"HTTP_HX_REQUEST": "true"}
TOGGL = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
    "End date,End time,Duration\n"
    "Ana,ana@studio.example,Brockwell Motors Ltd,Website,,Design,Yes,2026-02-01,09:00:00,"
    "2026-02-01,11:00:00,02:00:00\n"
    "Ana,ana@studio.example,Café Lune,Menu,,Layout,Yes,2026-02-02,09:00:00,"
    "2026-02-02,10:30:00,01:30:00\n"
)
BROKEN_INVOICES = (
    "invoice_id,client_id,issued_on,due_on,amount,currency,status\n"
    "i-1,acme,2026-01-05,2026-02-04,1500,EUR,open\n"
    "i-2,acme,5 January,2026-02-04,900,EUR,open\n"
)


@pytest.fixture(autouse=True)
def every_upload_is_large(settings: Any) -> None:
    settings.PARTING_IMPORT_INLINE_BYTES = 0


def _upload(web: WebClient, name: str, text: str, **extra: Any) -> Job:
    upload = SimpleUploadedFile(name, text.encode(), "text/csv")
    response = web.post(reverse("import"), {"files": [upload], **extra})
    job = Job.objects.get(kind="import")
    assert response.status_code == 302
    assert response["Location"] == reverse("import_job", args=[job.pk])
    return job


def test_a_large_upload_is_imported_by_the_worker_and_the_page_shows_the_result(
    owner_client: WebClient,
) -> None:
    job = _upload(owner_client, "Toggl February.csv", TOGGL)
    assert not TimeEntry.objects.exists()  # nothing imported inside the request
    html = owner_client.get(reverse("import_job", args=[job.pk]), **HTMX).content.decode()
    assert 'hx-trigger="every 1s"' in html and "Waiting to start" in html
    assert "Importing Toggl February.csv" in html

    assert work_pending() == 2  # the import, then the rescore it asked for

    job.refresh_from_db()
    assert job.status == "done"
    assert TimeEntry.objects.count() == 2
    assert Job.objects.get(kind="rescore").status == "done"
    assert not Path(job.payload["folder"]).exists()  # the upload is not kept
    html = owner_client.get(reverse("import_job", args=[job.pk]), **HTMX).content.decode()
    assert "every 1s" not in html  # polling stops
    assert "What the import did" in html and "Brockwell Motors Ltd, Café Lune" in html
    assert "/tmp/" not in html and "parting-upload" not in html


def test_the_page_shows_how_far_a_running_import_has_come(
    owner_client: WebClient, settings: Any, tmp_path: Path
) -> None:
    settings.WORKSPACE_DIR = tmp_path
    job = _upload(owner_client, "toggl.csv", TOGGL)
    Job.objects.filter(pk=job.pk).update(status="running")
    jobs.progress_reporter(job.pk)("Storing time entries", 1500, 6000)
    html = owner_client.get(reverse("import_job", args=[job.pk]), **HTMX).content.decode()
    assert "Storing time entries · 1,500 of 6,000 rows" in html
    assert '<progress max="6000" value="1500"' in html


def test_a_bad_row_stores_nothing_and_is_named_by_file_row_column_and_value(
    owner_client: WebClient,
) -> None:
    clients = "client_id,name\nacme,Acme Ltd\n"
    files = [
        SimpleUploadedFile("clients.csv", clients.encode(), "text/csv"),
        SimpleUploadedFile("invoices.csv", BROKEN_INVOICES.encode(), "text/csv"),
    ]
    owner_client.post(reverse("import"), {"files": files})
    job = Job.objects.get(kind="import")
    work_pending()
    job.refresh_from_db()
    assert job.status == "failed"
    assert not Client.objects.exists() and not ImportBatch.objects.exists()
    assert not Job.objects.filter(kind="rescore").exists()
    html = owner_client.get(reverse("import_job", args=[job.pk])).content.decode()
    assert "Nothing was imported:" in html
    assert "invoices.csv" in html and "5 January" in html and "issued_on" in html
    assert "/tmp/" not in html and "parting-upload" not in html


def test_a_checked_only_upload_reports_and_changes_nothing(owner_client: WebClient) -> None:
    job = _upload(owner_client, "toggl.csv", TOGGL, dry_run="on")
    work_pending()
    assert not TimeEntry.objects.exists()
    html = owner_client.get(reverse("import_job", args=[job.pk])).content.decode()
    assert "Checked: nothing was changed." in html
    assert "2 time entries: 2 new, 0 updated" in html


def test_the_rescoring_strip_does_not_take_an_import_for_a_rescore(
    owner_client: WebClient,
) -> None:
    _upload(owner_client, "toggl.csv", TOGGL)
    assert jobs.active() is None


def test_owner_watches_a_large_import_finish_in_the_browser(
    live_server: Any, browser: Any, owner: Any, log_in: Any, tmp_path: Path
) -> None:
    export = tmp_path / "Toggl February.csv"
    export.write_text(TOGGL)
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/import/")
    page.set_input_files("input[type=file]", str(export))
    page.locator("form[data-busy] button[type=submit]").click()
    page.wait_for_selector("#import-job")
    assert "Waiting to start" in page.inner_text("#import-job")
    work_pending()  # the worker's part, run here so the test does not depend on timing
    page.wait_for_selector("#import-job #import-result", timeout=10_000)
    assert "Brockwell Motors Ltd, Café Lune" in page.inner_text("#import-job")
    assert TimeEntry.objects.count() == 2
    page.close()
