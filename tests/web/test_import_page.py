"""The import page speaks to the owner, not to a developer: the file's own name, the
product that exported it, clients by name, counts that add up, no temporary path and no
command-line advice; old data is called old; the button cannot send a file twice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Client

INTERNALS = re.compile(r"parting-upload|/tmp/|--format|parting_csv|\btoggl\b")

TOGGL_2017 = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
    "End date,End time,Duration\n"
    "Ana,ana@studio.example,Brockwell Motors Ltd,Website,,Design,Yes,2017-03-01,09:00:00,"
    "2017-03-01,11:00:00,02:00:00\n"
    "Ana,ana@studio.example,Brockwell Motors Ltd,Website,,Fixes,Yes,2017-03-02,09:00:00,"
    "2017-03-02,10:00:00,01:00:00\n"
    "Ana,ana@studio.example,Café Lune,Menu,,Layout,Yes,2017-04-02,09:00:00,"
    "2017-04-02,10:30:00,01:30:00\n"
)


def _visible(html: str) -> str:
    """The text a person reads (tags and attributes gone)."""
    return re.sub(r"<[^>]+>", " ", html)


def test_an_import_is_told_with_the_files_name_product_and_client_names(
    owner_client: WebClient,
) -> None:
    upload = SimpleUploadedFile("Toggl_time_entries_2017.csv", TOGGL_2017.encode(), "text/csv")
    html = owner_client.post(reverse("import"), {"files": [upload]}).content.decode()
    text = _visible(html)
    assert "Toggl_time_entries_2017.csv" in text and "Toggl Track" in text
    assert "Brockwell Motors Ltd, Café Lune" in text  # names, not ids
    assert "3 time entries: 3 new, 0 updated" in text  # the 3 rows read, all accounted for
    assert not INTERNALS.search(text), INTERNALS.search(text)


def test_data_older_than_the_look_back_window_is_called_old(owner_client: WebClient) -> None:
    upload = SimpleUploadedFile("toggl.csv", TOGGL_2017.encode(), "text/csv")
    text = _visible(owner_client.post(reverse("import"), {"files": [upload]}).content.decode())
    assert "The newest record in this file is from Apr 2, 2017" in text
    assert "lengthen the look-back window in Settings" in text


def test_a_file_no_importer_knows_is_refused_without_paths_or_flags(
    owner_client: WebClient,
) -> None:
    upload = SimpleUploadedFile("notes.csv", b"what,ever\n1,2\n", "text/csv")
    response = owner_client.post(reverse("import"), {"files": [upload]})
    assert response.status_code == 400
    text = _visible(response.content.decode())
    assert "notes.csv" in text and "Choose its format in the Format list" in text
    assert not INTERNALS.search(text), INTERNALS.search(text)
    assert not Client.objects.exists()


def test_the_import_button_cannot_send_the_files_twice(
    live_server: Any, browser: Any, owner: Any, log_in: Any, tmp_path: Path
) -> None:
    export = tmp_path / "toggl.csv"
    export.write_text(TOGGL_2017)
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/import/")
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if r.method == "POST" else None)
    # The answer goes to a frame, so this page stays as it is while the import runs.
    page.evaluate(
        """() => {
        const sink = document.createElement("iframe");
        sink.name = "sink";
        document.body.append(sink);
        document.querySelector("form[data-busy]").target = "sink";
    }"""
    )
    page.set_input_files("input[type=file]", str(export))
    from playwright.sync_api import expect

    button = page.locator("form[data-busy] button[type=submit]")
    button.click(no_wait_after=True, timeout=5_000)
    # Waits written as page expressions would be eval'd, which the CSP forbids.
    expect(button).to_be_disabled(timeout=5_000)
    assert "Importing" in button.inner_text()
    assert page.locator("form[data-busy] progress").is_visible()
    button.dispatch_event("click")  # a second press on the disabled button
    page.wait_for_timeout(300)
    assert len(sent) == 1
    page.close()


@pytest.mark.parametrize("kind", ["file", "folder", "path"])
def test_an_import_error_names_no_temporary_path_whatever_it_names(kind: str) -> None:
    from parting.errors import InputError, Location
    from parting.web.import_report import for_the_owner

    server = "/tmp/parting-upload-x1y2/parting-csv"
    error = InputError("this is not an export Parting knows.", where=Location(**{kind: server}))
    said = for_the_owner(error, {})
    assert said.endswith("parting-csv: this is not an export Parting knows.")
    assert not INTERNALS.search(said), said
