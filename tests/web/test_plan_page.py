"""The plan page: the checklist with dates, the letter with the checker's findings, and
the downloads a mail and a calendar client open."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Plan


def test_owner_opens_the_exit_plan_and_sees_the_ten_steps(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    page = owner_client.get(reverse("plan", args=["c-late"])).content.decode()
    assert "Open the exit plan" in page
    response = owner_client.post(reverse("open_plan", args=["c-late"]))
    assert response.status_code == 302
    plan = Plan.objects.get(client_id="c-late")
    html = owner_client.get(reverse("plan", args=["c-late"])).content.decode()
    assert html.count('class="step ') == 10
    assert "End of notice" in html
    assert reverse("letter_eml", args=[plan.pk]) in html


def test_marking_a_step_done_is_kept(owner_client: WebClient, portfolio: dict[str, Any]) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    owner_client.post(reverse("mark_step", args=[plan.pk, 2]), {"status": "done"})
    assert plan.steps.get(number=2).status == "done"


def test_skipping_a_step_without_a_note_is_refused(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    response = owner_client.post(
        reverse("mark_step", args=[plan.pk, 3]), {"status": "skipped"}, follow=True
    )
    assert plan.steps.get(number=3).status == "todo"
    assert "skipped" in response.content.decode()


def test_the_letter_is_in_the_clients_language_with_the_checkers_verdict(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    html = owner_client.get(reverse("plan", args=["c-late"])).content.decode()
    assert 'class="letter" lang="fr"' in html  # Late Payers Ltd writes in French
    assert "What the checker says" in html


def test_a_typed_draft_gets_the_checkers_findings_with_the_words_marked(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    response = owner_client.post(
        reverse("check_letter", args=[plan.pk]),
        {"text": "YOU ALWAYS pay late!!! <script>x</script>", "lang": "en"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert "<mark>YOU ALWAYS</mark>" in html or "<mark>you always</mark>" in html.lower()
    assert "<script>x" not in html


def test_a_finding_joins_its_label_to_the_words_as_french_typesets_it(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    response = owner_client.post(
        reverse("check_letter", args=[plan.pk]),
        {"text": "Vous payez TOUJOURS en retard, c'est inadmissible.", "lang": "fr"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    # The colon and the quotation marks hold to their words: no line can begin with them.
    assert "</b>\u00a0: «\u00a0" in html
    assert "</b>:" not in html


def test_downloads_are_an_email_draft_a_calendar_and_a_printable_letter(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    eml = owner_client.get(reverse("letter_eml", args=[plan.pk]))
    assert eml["Content-Type"].startswith("message/rfc822")
    assert "attachment" in eml["Content-Disposition"]
    message = message_from_bytes(eml.content, policy=default)
    assert message["X-Unsent"] == "1" and message["Subject"]
    ics = owner_client.get(reverse("meeting_ics", args=[plan.pk]))
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in ics.content and b"BEGIN:VEVENT" in ics.content
    printable = owner_client.get(reverse("letter", args=[plan.pk]))
    assert printable.status_code == 200 and b"<html" in printable.content


def test_a_client_to_keep_gets_a_repair_letter_and_no_plan(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = owner_client.get(reverse("plan", args=["c-fine"])).content.decode()
    assert "Open the exit plan" not in html
    assert "Repair first" in html


# A command typed at a terminal: "parting plan …", "--ics", "--note" and the like.
COMMAND = re.compile(r"\bparting (plan|letter|triage|import|serve|check-letter)\b|\s--[a-z]")


def test_the_plan_page_names_no_command_and_links_to_what_helps_instead(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    for client_id in ("c-late", "c-rude"):  # a planned exit with money owed; an immediate one
        owner_client.post(reverse("open_plan", args=[client_id]))
        plan = Plan.objects.get(client_id=client_id)
        html = owner_client.get(reverse("plan", args=[client_id])).content.decode()
        assert not COMMAND.search(html), COMMAND.search(html)
        assert f'href="{reverse("meeting_ics", args=[plan.pk])}" download' in html
        assert 'href="?kind=meeting-script#letter"' in html
        assert 'href="?kind=confirmation#letter"' in html
        assert 'id="letter"' in html


def test_a_refused_step_explains_itself_without_a_command(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    url = reverse("mark_step", args=[plan.pk, 5])
    blocked = owner_client.post(url, {"status": "done"}, follow=True).content.decode()
    assert "waits for step 4" in blocked
    skipped = owner_client.post(url, {"status": "skipped"}, follow=True).content.decode()
    assert "Add a note" in skipped
    for html in (blocked, skipped):
        assert not COMMAND.search(html), COMMAND.search(html)


def test_the_aid_of_a_finished_step_is_no_longer_offered(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-rude"]))
    plan = Plan.objects.get(client_id="c-rude")
    owner_client.post(reverse("mark_step", args=[plan.pk, 8]), {"status": "done"})
    html = owner_client.get(reverse("plan", args=["c-rude"])).content.decode()
    assert 'href="?kind=confirmation#letter"' not in html
    assert 'href="?kind=meeting-script#letter"' in html


def to_repair(client_id: str) -> None:
    """The client's latest verdict becomes *repair*, for rework (drain)."""
    from parting.store.models import VerdictRecord

    drain = {
        "id": "drain",
        "severity": "planned",
        "weak": False,
        "first_seen": "2025-10-01",
        "evidence": {"figures": {"rework_share": 0.4}, "records": {}, "words": {}},
    }
    VerdictRecord.objects.filter(client_id=client_id).update(
        verdict="repair", main_sign="drain", signs=[drain]
    )


def test_a_client_to_repair_gets_a_dated_repair_plan_on_the_same_page(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from parting.store.models import Incident

    to_repair("c-fine")
    page = owner_client.get(reverse("plan", args=["c-fine"])).content.decode()
    assert "Open the repair plan" in page and "Open the exit plan" not in page
    owner_client.post(reverse("open_plan", args=["c-fine"]))
    plan = Plan.objects.get(client_id="c-fine")
    html = owner_client.get(reverse("plan", args=["c-fine"])).content.decode()
    assert "Repair plan for Fine Folk" in html
    assert html.count('class="step ') == 5
    assert "Review" in html and "End of notice" not in html
    assert "Read the expectations letter" in html
    assert reverse("meeting_ics", args=[plan.pk]) not in html
    assert owner_client.get(reverse("meeting_ics", args=[plan.pk])).status_code == 404
    assert Incident.objects.filter(client_id="c-fine", kind="remediation").count() == 1


def test_the_plan_of_an_abusive_client_proposes_no_meeting_in_person(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-rude"]))
    html = owner_client.get(reverse("plan", args=["c-rude"])).content.decode()
    assert "Do not meet in person" in html
    assert "Meet in person, or by phone" not in html
    # The step, the date, the script and the calendar download speak of a call.
    assert "Tell them, not in person" in html and "Call or letter" in html
    assert "Call (.ics)" in html and "Meeting (.ics)" not in html
    assert "Script for the call" in html and "Meeting script" not in html
    plan = Plan.objects.get(client_id="c-rude")
    calendar = owner_client.get(reverse("meeting_ics", args=[plan.pk])).content.decode()
    assert "SUMMARY:Call Rude & Co with a colleague present" in calendar
    assert "Meeting with" not in calendar


def test_a_repair_that_worked_is_said_on_the_plan_page_and_closes_its_review(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from parting.store.models import TriageRun, VerdictRecord

    to_repair("c-fine")
    owner_client.post(reverse("open_plan", args=["c-fine"]))
    plan = Plan.objects.get(client_id="c-fine")
    run = TriageRun.objects.create(as_of=plan.start + timedelta(days=60), clients=3)
    VerdictRecord.objects.create(
        run=run,
        client_id="c-fine",
        verdict="keep",
        rank=3,
        reason="",
        signs=[],
        tempered_by=["repair_worked"],
    )
    html = owner_client.get(reverse("plan", args=["c-fine"])).content.decode()
    worked = "worked: no sign calls for action since."
    assert html.count(worked) == 2  # the reason at the top, and the review step


def test_the_client_page_and_the_plan_say_the_same_amount_is_still_owed(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan_page = owner_client.get(reverse("plan", args=["c-late"])).content.decode()
    client_page = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    # inv-2 (900) is unpaid; inv-1 was paid: both pages count the same invoices.
    assert "€900.00 is still owed (inv-2)" in plan_page
    owed = re.search(r"Still owed</dt><dd>([^<]+)</dd>", client_page)
    assert owed is not None and owed.group(1) == "€900.00"
    # The part past its due date is the engine's overdue figure, beside it and written alike.
    assert re.search(r"of which overdue</dt><dd>€900.00</dd>", client_page)


def test_goodwill_chosen_on_the_plan_reaches_the_letter_and_its_downloads(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("open_plan", args=["c-late"]))
    plan = Plan.objects.get(client_id="c-late")
    page = owner_client.get(
        reverse("plan", args=["c-late"]), {"kind": "confirmation", "goodwill": "cancel"}
    ).content.decode()
    assert "inv-2" in page and "annulé la facture" in page  # the client writes French
    assert "goodwill=cancel" in page  # the downloads carry the choice
    printable = owner_client.get(
        reverse("letter", args=[plan.pk]), {"kind": "confirmation", "goodwill": "refund"}
    ).content.decode()
    assert "rembourserons intégralement la facture inv-2" in printable
    plain = owner_client.get(reverse("plan", args=["c-late"]), {"goodwill": "bribe"})
    assert "annulé la facture" not in plain.content.decode()


def test_with_no_name_to_sign_letters_the_plan_page_points_to_the_settings(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from parting.store.settings import save_settings

    def page(kind: str) -> str:
        url = reverse("plan", args=["c-late"])
        return owner_client.get(url, {"kind": kind}).content.decode()

    assert "No name is set to sign letters yet" in page("confirmation")
    assert f'href="{reverse("settings")}"' in page("confirmation")
    assert "No name is set to sign letters yet" not in page("meeting-script")  # spoken
    save_settings('[business]\nsignatory = "Ana Novak"\n')
    assert "No name is set to sign letters yet" not in page("confirmation")


def test_a_plan_with_no_notice_to_give_says_none_not_0_days(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    # An abusive client is told at once: no notice runs, as step 7 says.
    owner_client.post(reverse("open_plan", args=["c-rude"]))
    plan = Plan.objects.get(client_id="c-rude")
    for page in (reverse("plan", args=["c-rude"]), reverse("plan_print", args=[plan.pk])):
        html = owner_client.get(page).content.decode()
        notice = re.search(r"Notice</dt>\s*<dd>([^<]*)</dd>", html)
        assert notice is not None and notice.group(1) == "None", page


def test_a_repair_plans_own_note_is_read_in_the_readers_language(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from datetime import date

    from parting.i18n import activate
    from parting.store.models import Incident
    from parting.store.plans import incident_note, open_plan

    to_repair("c-fine")
    activate("fr")  # whoever opens the plan speaks French
    try:
        open_plan("c-fine", start=date(2026, 3, 2))
    finally:
        activate("en")
    incident = Incident.objects.get(client_id="c-fine", kind="remediation")
    assert incident.note.startswith("Plan de redressement ouvert")
    # Each reader reads it in their own language, the review day written their way.
    assert incident_note(incident) == (
        "Repair plan opened: expectations reset, apology and fix, review on May 1, 2026."
    )
    activate("sl")
    try:
        assert incident_note(incident).startswith("Odprt načrt popravnih ukrepov")
        assert incident_note(incident).endswith("1. maja 2026.")
    finally:
        activate("en")
    # A note a person rewrote is theirs, as they wrote it.
    incident.note = "Called Anna; the apology was accepted."
    assert incident_note(incident) == "Called Anna; the apology was accepted."
