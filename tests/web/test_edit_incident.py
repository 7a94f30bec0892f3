"""An incident logged wrongly is corrected, not only removed: the owner edits any, staff
the ones they logged; the log keeps the incident as it was and as it is now."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import AuditEntry, Incident, Job

CORRECTED = {
    "kind": "abuse",
    "severity": "medium",
    "date": "2026-02-21",
    "staff": "Ana",
    "note": "Raised his voice at Ana on the phone.",
    "why": "Ana says it was not shouting.",
}


def test_owner_corrects_an_incident_and_the_log_shows_before_and_after(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    page = owner_client.get(reverse("edit_incident", args=[incident.pk])).content.decode()
    assert "Shouted at Ana on the phone." in page  # the form starts from the incident

    response = owner_client.post(reverse("edit_incident", args=[incident.pk]), CORRECTED)

    assert response.status_code == 302
    incident.refresh_from_db()
    assert (incident.severity, incident.note) == ("medium", CORRECTED["note"])
    assert Job.objects.filter(status="queued").exists()
    entry = AuditEntry.objects.get(action="incident_edited")
    assert entry.what["before"]["severity"] == "high"
    assert entry.what["after"]["severity"] == "medium"
    assert entry.why == "Ana says it was not shouting."
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "Edited the incident" in html
    assert "Severity: high → medium" in html
    assert "Note: Shouted at Ana on the phone. → Raised his voice at Ana on the phone." in html


def test_staff_edit_their_own_incidents_and_not_those_of_others(
    staff_client: WebClient, staff: Any, portfolio: dict[str, Any]
) -> None:
    theirs = Incident.objects.get(incident_id="i1")
    mine = Incident.objects.create(
        incident_id="i-sam",
        client=portfolio["rude"],
        date=date(2026, 2, 25),
        kind="other",
        severity="low",
        logged_by=staff,
    )
    assert (
        staff_client.post(reverse("edit_incident", args=[theirs.pk]), CORRECTED).status_code == 403
    )
    theirs.refresh_from_db()
    assert theirs.severity == "high"
    page = staff_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert reverse("edit_incident", args=[mine.pk]) in page
    assert reverse("edit_incident", args=[theirs.pk]) not in page
    response = staff_client.post(reverse("edit_incident", args=[mine.pk]), CORRECTED)
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.kind == "abuse"


def test_a_bad_date_is_refused_and_nothing_changes(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    response = owner_client.post(
        reverse("edit_incident", args=[incident.pk]), {**CORRECTED, "date": "21/02/2026x"}
    )
    assert response.status_code == 400
    incident.refresh_from_db()
    assert incident.severity == "high"
    assert not AuditEntry.objects.exists()


def test_imported_text_in_an_edit_is_escaped(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    incident = Incident.objects.get(incident_id="i1")
    owner_client.post(
        reverse("edit_incident", args=[incident.pk]),
        {**CORRECTED, "note": "<img src=x onerror=alert(1)>"},
    )
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x" in html


def test_owner_edits_an_incident_in_the_browser(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/clients/c-rude")
    page.get_by_role("link", name="Edit").first.click()
    page.wait_for_load_state()
    page.select_option("#id_severity", "low")
    page.fill("#id_why", "Logged too high.")
    page.get_by_role("button", name="Save the changes").click()
    page.wait_for_selector("#audit li")
    assert "Severity: high → low" in page.inner_text("#audit")
    assert Incident.objects.get(incident_id="i1").severity == "low"
    page.close()
