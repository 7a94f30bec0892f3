"""The owner can undo what changed a verdict (an incident, a judgement), and every change
is kept in the client's audit log: who, when, what and why."""

from __future__ import annotations

from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import AuditEntry, Incident, Job, Judgement


def test_owner_removes_an_incident_and_the_log_keeps_who_what_and_why(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    response = owner_client.post(
        reverse("remove_incident", args=[incident.pk]), {"why": "Logged for the wrong client."}
    )
    assert response.status_code == 302
    assert not Incident.objects.filter(pk=incident.pk).exists()
    assert Job.objects.filter(status="queued").exists()  # the verdict is brought up to date
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.client_id, entry.user.username) == (
        "incident_removed",
        "c-rude",
        "olivia",
    )
    assert entry.what["kind"] == "abuse" and entry.what["note"] == "Shouted at Ana on the phone."
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "Removed the incident" in html and "Logged for the wrong client." in html


def test_logging_and_withdrawing_a_judgement_are_both_in_the_log(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(
        reverse("record_judgement", args=["c-late"]),
        {"kind": "will_pass", "note": "Bank merger ends in April."},
    )
    judgement = Judgement.objects.get(client_id="c-late")
    owner_client.post(
        reverse("remove_judgement", args=[judgement.pk]), {"why": "The merger fell through."}
    )
    assert not Judgement.objects.exists()
    assert list(AuditEntry.objects.filter(client_id="c-late").values_list("action", flat=True)) == [
        "judgement_removed",
        "judgement_recorded",
    ]
    html = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    assert "Recorded a judgement" in html and "Withdrew the judgement" in html


def test_staff_log_incidents_but_cannot_remove_them_or_read_the_log(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    response = staff_client.post(reverse("remove_incident", args=[incident.pk]), {"why": "x"})
    assert response.status_code == 403
    assert Incident.objects.filter(pk=incident.pk).exists()
    html = staff_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "Changes and who made them" not in html


def test_a_merge_keeps_the_merged_clients_log_on_the_client_kept(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(
        reverse("log_incident", args=["c-fine"]),
        {"kind": "other", "severity": "low", "date": "2026-03-01", "note": "Odd call."},
    )
    owner_client.post(reverse("merge_clients"), {"into": "Late Payers Ltd", "other": "Fine Folk"})
    actions = list(AuditEntry.objects.filter(client_id="c-late").values_list("action", flat=True))
    assert actions == ["merged", "incident_logged"]
    html = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    assert "Merged Fine Folk into this client." in html


def test_imported_text_in_the_log_is_escaped(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    owner_client.post(
        reverse("remove_incident", args=[incident.pk]), {"why": "<script>alert(1)</script>"}
    )
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_owner_undoes_an_incident_with_the_keyboard_in_the_browser(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/clients/c-rude")
    summary = page.locator("details.undo summary").first
    summary.focus()
    page.keyboard.press("Enter")
    page.locator("details.undo input[name=why]").first.fill("Wrong client.")
    page.keyboard.press("Enter")
    page.wait_for_selector("#audit li")
    assert "Removed the incident" in page.inner_text("#audit")
    assert not Incident.objects.filter(incident_id="i1").exists()
    page.close()
