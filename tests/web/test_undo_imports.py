"""The owner takes back a merge, a link or a whole import: each with a reason kept in the
log, each followed by a rescore, and each leaving the workspace as it was before — except
for what was recorded since, which stays."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import (
    AuditEntry,
    Client,
    ClientAlias,
    ImportBatch,
    Incident,
    Job,
    Message,
    TimeEntry,
    UnmatchedRef,
)

AS_OF = date(2026, 2, 20)
TOGGL = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
    "End date,End time,Duration\n"
    "Ana,ana@studio.example,Brockwell Motors Ltd,Website,,Design,Yes,2026-02-01,09:00:00,"
    "2026-02-01,11:00:00,02:00:00\n"
    "Ana,ana@studio.example,Late Payers Ltd,Website,,Fixes,Yes,2026-02-02,09:00:00,"
    "2026-02-02,10:00:00,01:00:00\n"
)


def _merge_fine_into_late(web: WebClient) -> AuditEntry:
    web.post(reverse("merge_clients"), {"into": "Late Payers Ltd", "other": "Fine Folk"})
    return AuditEntry.objects.get(action="merged")


def test_undoing_a_merge_brings_the_client_back_with_what_it_brought(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    Incident.objects.create(
        incident_id="i-fine", client=portfolio["fine"], date=date(2026, 2, 1), kind="other"
    )
    entry = _merge_fine_into_late(owner_client)
    assert not Client.objects.filter(pk="c-fine").exists()
    Job.objects.all().delete()
    # Recorded on the merged client after the merge: it stays where it was recorded.
    Incident.objects.create(
        incident_id="i-after", client=portfolio["late"], date=date(2026, 2, 3), kind="other"
    )

    response = owner_client.post(
        reverse("undo_change", args=[entry.pk]), {"why": "Two businesses after all."}
    )

    assert response.status_code == 302
    fine = Client.objects.get(pk="c-fine")
    assert (fine.name, fine.language) == ("Fine Folk", "sl")
    assert Incident.objects.get(incident_id="i-fine").client_id == "c-fine"
    assert Incident.objects.get(incident_id="i-after").client_id == "c-late"
    # A later import naming "c-fine" finds it again, not the client it was merged into.
    assert not ClientAlias.objects.filter(key="c-fine", client_id="c-late").exists()
    assert Client.objects.get(pk="c-late").language == "fr"
    assert Job.objects.filter(status="queued").exists()
    entry.refresh_from_db()
    assert entry.undone_at is not None
    undone = AuditEntry.objects.filter(action="merge_undone")
    assert sorted(undone.values_list("client_id", flat=True)) == ["c-fine", "c-late"]
    assert {e.why for e in undone} == {"Two businesses after all."}
    html = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    assert "Undid the merge of Fine Folk into Late Payers Ltd." in html
    assert "Undo this merge" not in html  # once only


def test_a_merge_is_undone_only_with_a_reason_and_only_once(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    entry = _merge_fine_into_late(owner_client)
    owner_client.post(reverse("undo_change", args=[entry.pk]), {"why": "  "})
    assert not Client.objects.filter(pk="c-fine").exists()
    owner_client.post(reverse("undo_change", args=[entry.pk]), {"why": "Wrong pair."})
    owner_client.post(reverse("undo_change", args=[entry.pk]), {"why": "Again."})
    assert AuditEntry.objects.filter(action="merge_undone").count() == 2  # one per client


def _waiting_name(portfolio: dict[str, Any]) -> UnmatchedRef:
    """A Toggl name that fits no client, with a time entry and a message waiting on it."""
    batch = ImportBatch.objects.create(format="toggl", source="toggl.csv")
    ref = UnmatchedRef.objects.create(
        batch=batch,
        source="toggl",
        key="fine folk inc",
        name="Fine Folk Inc",
        emails="desk@finefolk.example",
        pending={
            "time_entries": {
                "toggl:77": {
                    "entry_id": "toggl:77",
                    "client_id": "fine folk inc",
                    "date": "2026-02-10",
                    "hours": 3.0,
                    "person": "Ana",
                }
            }
        },
    )
    Message.objects.create(
        message_id="m-wait",
        unmatched_address="desk@finefolk.example",
        sent_at=datetime(2026, 2, 11, 9, tzinfo=UTC),
        direction="in",
        body="Hello",
    )
    return ref


def test_undoing_a_link_lets_the_name_wait_again_with_its_rows(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    ref = _waiting_name(portfolio)
    TimeEntry.objects.create(entry_id="t-own", client=portfolio["fine"], date=AS_OF, hours=1)
    owner_client.post(reverse("link_unmatched", args=[ref.pk]), {"client": "Fine Folk"})
    assert TimeEntry.objects.get(entry_id="toggl:77").client_id == "c-fine"
    assert Message.objects.get(message_id="m-wait").client_id == "c-fine"
    entry = AuditEntry.objects.get(action="linked")

    owner_client.post(reverse("undo_change", args=[entry.pk]), {"why": "Another Fine Folk."})

    ref.refresh_from_db()
    assert ref.resolved_to_id is None
    assert list(ref.pending["time_entries"]) == ["toggl:77"]
    assert not TimeEntry.objects.filter(entry_id="toggl:77").exists()
    assert TimeEntry.objects.filter(entry_id="t-own").exists()  # the client's own rows stay
    message = Message.objects.get(message_id="m-wait")
    assert (message.client_id, message.unmatched_address) == (None, "desk@finefolk.example")
    assert not ClientAlias.objects.filter(source="toggl", key="fine folk inc").exists()
    html = owner_client.get(reverse("import")).content.decode()
    assert "Fine Folk Inc" in html  # waiting to be linked again
    client_page = owner_client.get(reverse("client", args=["c-fine"])).content.decode()
    assert "Undid the link of “Fine Folk Inc” to this client." in client_page


def test_deleting_an_import_removes_its_rows_and_the_clients_it_created_only(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    upload = SimpleUploadedFile("Toggl February.csv", TOGGL.encode(), "text/csv")
    owner_client.post(reverse("import"), {"files": [upload]})
    batch = ImportBatch.objects.get()
    assert Client.objects.filter(name="Brockwell Motors Ltd").exists()
    assert TimeEntry.objects.filter(batch=batch).count() == 2
    Job.objects.all().delete()

    response = owner_client.post(
        reverse("delete_import", args=[batch.pk]), {"why": "The wrong month."}
    )

    assert response.status_code == 302
    assert not ImportBatch.objects.exists()
    assert not Client.objects.filter(name="Brockwell Motors Ltd").exists()
    assert Client.objects.filter(pk="c-late").exists()  # it was there before the import
    assert TimeEntry.objects.filter(entry_id="t1").exists()  # and so were its rows
    assert TimeEntry.objects.count() == 1
    assert Job.objects.filter(status="queued").exists()
    entry = AuditEntry.objects.get(action="import_deleted")
    assert entry.why == "The wrong month." and entry.user.username == "olivia"
    html = owner_client.get(reverse("import")).content.decode()
    assert "Deleted the import of Toggl February.csv. Rows removed: 2; clients removed: 1." in html


def test_a_client_an_import_created_stays_when_something_was_recorded_on_it_since(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    upload = SimpleUploadedFile("toggl.csv", TOGGL.encode(), "text/csv")
    owner_client.post(reverse("import"), {"files": [upload]})
    brockwell = Client.objects.get(name="Brockwell Motors Ltd")
    Incident.objects.create(
        incident_id="i-b", client=brockwell, date=date(2026, 2, 5), kind="other"
    )
    batch = ImportBatch.objects.get()
    owner_client.post(reverse("delete_import", args=[batch.pk]), {"why": "Redo it."})
    assert Client.objects.filter(pk=brockwell.pk).exists()
    assert not TimeEntry.objects.filter(client=brockwell).exists()
    assert AuditEntry.objects.get(action="import_deleted").what["clients_kept"] == [
        "Brockwell Motors Ltd"
    ]


def test_an_import_is_not_deleted_without_a_reason(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    batch = ImportBatch.objects.create(format="toggl", source="t.csv")
    owner_client.post(reverse("delete_import", args=[batch.pk]), {"why": ""})
    assert ImportBatch.objects.filter(pk=batch.pk).exists()


def test_owner_undoes_a_merge_and_deletes_an_import_in_the_browser(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    batch = ImportBatch.objects.create(format="toggl", source="old-export.csv")
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/import/")
    page.fill("input[name=into]", "Late Payers Ltd")
    page.fill("input[name=other]", "Fine Folk")
    page.click("form[action$='/import/merge'] button")
    page.wait_for_load_state()
    page.goto(live_server.url + "/clients/c-late")
    page.locator("#audit details.undo summary").first.click()
    page.locator("#audit details.undo input[name=why]").first.fill("Two businesses.")
    page.locator("#audit details.undo button").first.click()
    page.wait_for_load_state()
    assert "Fine Folk is a client of its own again." in page.inner_text("main")
    assert Client.objects.filter(pk="c-fine").exists()

    page.goto(live_server.url + "/import/")
    row = page.locator("tr", has_text="old-export.csv")
    row.locator("details.undo summary").click()
    row.locator("input[name=why]").fill("Not ours.")
    row.locator("button").click()
    page.wait_for_load_state()
    assert "The import of old-export.csv is deleted." in page.inner_text("main")
    assert not ImportBatch.objects.filter(pk=batch.pk).exists()
    page.close()


def test_only_a_merge_or_a_link_can_be_undone_from_the_log(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    entry = AuditEntry.objects.create(action="import_deleted", what={"source": "t.csv"})
    response = owner_client.post(reverse("undo_change", args=[entry.pk]), {"why": "Oops."})
    assert response.status_code == 404
