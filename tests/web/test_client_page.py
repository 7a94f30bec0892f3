"""The client page: the verdict and its reason, each sign's evidence on one timeline,
logging an incident and recording a judgement (which re-run the triage)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.jobs import work_pending
from parting.store.models import Client, Incident, Job, Judgement, TriageRun


def test_client_page_shows_the_reason_and_the_evidence_records(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = staff_client.get(reverse("client", args=["c-late"])).content.decode()
    # The one-line reason, told from the sign's figures in the reader's language.
    assert "Paid 2 of the last 2 invoices late; €900.00 is 60 days overdue." in html
    # The overdue sum in one form: the sign's figure, the reason and the client's own.
    assert "of which overdue</dt><dd>€900.00</dd>" in html
    assert re.search(r"Overdue balance</t[hd]>\s*<td[^>]*>€900\.00<", html), "the sign's figure"
    assert "Payment risk" in html and "Drains the team" in html
    assert "Invoice inv-1" in html and "Invoice inv-2" in html
    # inv-1 due 1 Dec, paid 15 Jan: 45 days late; inv-2 due 1 Jan, open on 2 Mar: 60.
    assert "45 days late" in html and "60 days late" in html
    assert "Redo the layout" in html  # the time entry the drain sign cites
    assert html.index("inv-2") < html.index("inv-1")  # newest first


def test_client_page_marks_the_words_that_matched(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = staff_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "<mark>USELESS</mark>" in html and "<mark>idiots</mark>" in html
    assert "Shouted at Ana on the phone." in html


def test_client_page_shows_the_verdict_history(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    run = portfolio["run"]
    run.computed_at = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    run.save()
    html = staff_client.get(reverse("client", args=["c-fine"])).content.decode()
    assert "Verdict history" in html and "Keep" in html
    # Its date and time of day in the business's time zone (Paris: UTC+1 in March).
    assert "Mar 2, 2026, 9:30" in html and "First verdict" in html


def test_every_moment_on_the_client_page_is_written_one_way_by_the_server(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    # "Last scored" and the verdict history name the same scoring: both are written by
    # the server in the business's zone, and no script writes them again another way.
    run = portfolio["run"]
    run.computed_at = datetime(2026, 12, 1, 13, 5, tzinfo=UTC)
    run.save()
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    moments = re.findall(r'<time datetime="[^"]*T[^"]*"[^>]*>([^<]*)</time>', html)
    assert len(moments) >= 2  # last scored, and the same scoring in the verdict history
    assert set(moments) == {"1er déc. 2026, 14:05"}  # Paris, UTC+1; the first as "1er"


def test_a_reader_in_another_zone_sees_the_times_the_server_wrote(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    # Before, a script wrote every time again in the browser's own format and zone: an
    # English reader saw "2:05 PM" with another space, a Vietnamese one the time first.
    run = portfolio["run"]
    run.computed_at = datetime(2026, 12, 1, 13, 5, tzinfo=UTC)
    run.save()
    page = browser.new_page(timezone_id="America/New_York", locale="vi-VN")
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + reverse("client", args=["c-rude"]))
    shown = page.locator("time[datetime*='T']").all_inner_texts()
    page.close()
    # The browser asks for Vietnamese: the date first, as the server writes it, Paris time.
    assert len(shown) >= 2 and set(shown) == {"1 thg 12, 2026, 14:05"}


def test_staff_logs_an_incident_and_the_worker_rescores_after_the_request(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    runs = TriageRun.objects.count()
    response = staff_client.post(
        reverse("log_incident", args=["c-fine"]),
        {
            "kind": "public_criticism",
            "severity": "medium",
            "date": "2026-03-01",
            "staff": "Ana",
            "note": "Posted a rant about Ana.",
        },
    )
    assert response.status_code == 302
    incident = Incident.objects.get(client_id="c-fine")
    assert incident.kind == "public_criticism" and incident.logged_by is not None
    # The request only queued the rescore; the worker does it.
    assert TriageRun.objects.count() == runs
    assert Job.objects.get().status == "queued"
    assert work_pending() == 1
    assert TriageRun.objects.count() == runs + 1
    assert Job.objects.get().status == "done"


def test_an_invalid_incident_is_refused_with_the_form_errors(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = staff_client.post(
        reverse("log_incident", args=["c-fine"]), {"kind": "murder", "date": "soon"}
    )
    assert response.status_code == 400
    assert not Incident.objects.filter(client_id="c-fine").exists()


def test_owner_records_a_judgement_that_the_triage_then_reads(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = owner_client.post(
        reverse("record_judgement", args=["c-late"]),
        {"kind": "will_pass", "note": "Their bank merger ends in April."},
    )
    assert response.status_code == 302
    judgement = Judgement.objects.get(client_id="c-late")
    assert judgement.kind == "will_pass" and judgement.sign == "payment_risk"
    assert TriageRun.objects.count() == 1
    work_pending()
    assert TriageRun.objects.count() == 2


def test_owner_sets_how_letters_address_the_contact(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    page = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    assert reverse("set_address", args=["c-late"]) in page
    response = owner_client.post(
        reverse("set_address", args=["c-late"]), {"salutation": "ms", "formality": "familiar"}
    )
    assert response.status_code == 302
    client = Client.objects.get(pk="c-late")
    assert (client.contact_salutation, client.contact_formality) == ("ms", "familiar")
    refused = owner_client.post(reverse("set_address", args=["c-late"]), {"salutation": "dr"})
    assert refused.status_code == 400
    assert Client.objects.get(pk="c-late").contact_salutation == "ms"


def test_a_cool_off_is_said_only_while_it_lasts(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from datetime import timedelta

    from parting.store.models import VerdictRecord

    run = portfolio["run"]
    record = VerdictRecord.objects.get(run=run, client_id="c-late")
    for days, said in ((3, True), (-30, False)):  # after the run's day, then long past
        record.decision_not_before = run.as_of + timedelta(days=days)
        record.save()
        html = staff_client.get(reverse("client", args=["c-late"])).content.decode()
        assert ("Cool off: do not act before" in html) is said, days
