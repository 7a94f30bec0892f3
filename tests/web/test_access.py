"""Who may open what: every URL of the web app, for an anonymous visitor, a staff member
and the owner. A new URL without a row here fails the first test."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from parting.store.models import AuditEntry, ImportBatch, Incident, Job, Judgement, UnmatchedRef
from parting.store.plans import open_plan


@dataclass(frozen=True)
class Route:
    name: str
    who: str  # "owner", "member" (owner or staff), "public"
    method: str = "get"
    kwargs: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)


ROUTES = [
    Route("portfolio", "member"),
    Route("portfolio_csv", "member"),
    # Staff may use the what-if only when the owner allows it (test_staff_visibility).
    Route("what_if", "owner", "post", data={"toggle": "c-late", "on": "1"}),
    Route("changes_seen", "owner", "post"),
    Route("mailbox", "owner"),
    Route("digest_settings", "owner"),
    Route("digest_settings", "owner", "post", data={"action": "test"}),
    Route("client", "member", kwargs={"client_id": "c-late"}),
    Route("client_evidence_csv", "member", kwargs={"client_id": "c-late"}),
    Route("client_print", "member", kwargs={"client_id": "c-late"}),
    Route("client_timeline", "member", kwargs={"client_id": "c-late"}),
    Route(
        "log_incident",
        "member",
        "post",
        {"client_id": "c-late"},
        {"kind": "other", "severity": "low", "date": "2026-03-01", "note": "x"},
    ),
    Route("record_judgement", "owner", "post", {"client_id": "c-late"}, {"kind": "will_pass"}),
    Route("set_address", "owner", "post", {"client_id": "c-late"}, {"salutation": "ms"}),
    # Staff edit the incidents they logged (test_edit_incident: not those of others).
    Route("edit_incident", "member", kwargs={"incident_pk": "own_incident_pk"}),
    Route(
        "edit_incident",
        "member",
        "post",
        {"incident_pk": "own_incident_pk"},
        {"kind": "other", "severity": "low", "date": "2026-03-01", "note": "y"},
    ),
    Route("remove_incident", "owner", "post", {"incident_pk": 0}, {"why": "Wrong client."}),
    Route("remove_judgement", "owner", "post", {"judgement_pk": 0}, {"why": "It did not pass."}),
    Route("plan", "owner", kwargs={"client_id": "c-late"}),
    Route("plan_overview", "owner"),
    Route("open_plan", "owner", "post", {"client_id": "c-late"}),
    Route("mark_step", "owner", "post", {"plan_id": 0, "number": 2}, {"status": "done"}),
    Route("check_letter", "owner", "post", {"plan_id": 0}, {"text": "Thank you."}),
    Route("plan_print", "owner", kwargs={"plan_id": 0}),
    Route("letter", "owner", kwargs={"plan_id": 0}),
    Route("letter_eml", "owner", kwargs={"plan_id": 0}),
    Route("meeting_ics", "owner", kwargs={"plan_id": 0}),
    Route("import", "owner"),
    Route("link_unmatched", "owner", "post", {"ref_id": 0}, {"client": "Late Payers Ltd"}),
    Route("merge_clients", "owner", "post", data={"into": "Late Payers Ltd", "other": "Fine Folk"}),
    Route("import_job", "owner", kwargs={"job_pk": 0}),
    Route("load_demo", "owner", "post"),
    Route("remove_demo", "owner", "post"),
    Route("delete_import", "owner", "post", {"batch_pk": 0}, {"why": "Wrong file."}),
    Route("undo_change", "owner", "post", {"entry_pk": 0}, {"why": "Not the same business."}),
    Route("settings", "owner"),
    Route("scoring", "member"),
    Route("rescore_now", "owner", "post", data={"next": "/"}),
    Route("people", "owner"),
    Route("invite_member", "owner", "post", data={"username": "newcomer"}),
    Route("remove_member", "owner", "post", {"user_pk": "staff_pk"}),
    Route("change_role", "owner", "post", {"user_pk": "staff_pk"}, {"role": "staff"}),
    Route("password_link", "owner", "post", {"user_pk": "staff_pk"}),
    Route("change_password", "member"),
    Route("password_set", "public", kwargs={"uidb64": "MQ", "token": "set-password"}),
    Route("setup", "public"),
    Route("login", "public"),
    Route("logout", "public", "post"),
    Route("set_language", "public", "post", data={"language": "fr", "next": "/"}),
    Route("static", "public", kwargs={"path": "parting/parting.css"}),
]
PROTECTED = [r for r in ROUTES if r.who != "public"]
OWNER_ONLY = [r for r in ROUTES if r.who == "owner"]


def _names(patterns: list[URLPattern | URLResolver]) -> set[str]:
    names: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            names |= _names(p.url_patterns)
        elif p.name:
            names.add(p.name)
    return names


def test_every_url_has_an_access_rule() -> None:
    # The set of names; a URL may have several rows (GET and POST).
    assert _names(get_resolver().url_patterns) == {r.name for r in ROUTES}


@pytest.fixture
def objects(portfolio: dict[str, Any], staff: Any) -> dict[str, int]:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    batch = ImportBatch.objects.create(format="toggl", source="t.csv")
    ref = UnmatchedRef.objects.create(
        batch=batch, source="toggl", key="late payers", name="Late payers"
    )
    judgement = Judgement.objects.create(
        client=portfolio["late"], kind="will_pass", date=portfolio["run"].as_of
    )
    own = Incident.objects.create(
        incident_id="i-sam",
        client=portfolio["late"],
        date=portfolio["run"].as_of,
        kind="other",
        logged_by=staff,
    )
    entry = AuditEntry.objects.create(action="merged", client_id="c-late", what={})
    return {
        "batch_pk": batch.pk,
        "staff_pk": staff.pk,
        "job_pk": Job.objects.create(kind="import", status="failed", error="x").pk,
        "own_incident_pk": own.pk,
        "entry_pk": entry.pk,
        "plan_id": plan.pk,
        "ref_id": ref.pk,
        "incident_pk": Incident.objects.get(incident_id="i1").pk,
        "judgement_pk": judgement.pk,
    }


def _call(web: WebClient, route: Route, objects: dict[str, int]) -> Any:
    # 0 stands for the object of that name; a string naming an object, for that object.
    kwargs = {
        k: objects.get(k, v) if v == 0 else objects.get(v, v) if isinstance(v, str) else v
        for k, v in route.kwargs.items()
    }
    url = reverse(route.name, kwargs=kwargs)
    return getattr(web, route.method)(url, route.data)


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r.name}-{r.method}")
def test_anonymous_visitor_is_sent_to_log_in(
    route: Route, objects: dict[str, int], owner: Any
) -> None:
    response = _call(WebClient(), route, objects)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("route", OWNER_ONLY, ids=lambda r: f"{r.name}-{r.method}")
def test_staff_cannot_open_what_only_the_owner_may(
    route: Route, objects: dict[str, int], staff_client: WebClient
) -> None:
    assert _call(staff_client, route, objects).status_code == 403


@pytest.mark.parametrize(
    "route", [r for r in PROTECTED if r.who == "member"], ids=lambda r: f"{r.name}-{r.method}"
)
def test_staff_may_see_clients_and_log_incidents(
    route: Route, objects: dict[str, int], staff_client: WebClient
) -> None:
    assert _call(staff_client, route, objects).status_code in (200, 302)


@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: f"{r.name}-{r.method}")
def test_owner_may_open_everything(
    route: Route, objects: dict[str, int], owner_client: WebClient
) -> None:
    response = _call(owner_client, route, objects)
    assert response.status_code in (200, 302), response.content[:500]
    if response.status_code == 302:
        assert not response["Location"].startswith(reverse("login"))


def test_a_user_without_a_role_is_refused(db: None, portfolio: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    stranger = get_user_model().objects.create_user("stranger", password="x-long-pass-99")
    web = WebClient()
    web.force_login(stranger)
    assert web.get(reverse("portfolio")).status_code == 403


def test_setup_page_is_gone_once_an_owner_exists(owner: Any) -> None:
    assert WebClient().get(reverse("setup")).status_code == 404


def test_anonymous_visitor_goes_to_setup_while_nobody_has_an_account(db: None) -> None:
    response = WebClient().get(reverse("portfolio"))
    assert response.status_code == 302
    assert response["Location"] == reverse("setup")


def test_staff_sees_no_plan_link_and_no_owner_menu(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    page = staff_client.get(reverse("client", args=["c-late"])).content.decode()
    assert reverse("plan", args=["c-late"]) not in page
    assert reverse("settings") not in page
    assert reverse("record_judgement", args=["c-late"]) not in page


def test_unknown_client_is_404(owner_client: WebClient, portfolio: dict[str, Any]) -> None:
    assert owner_client.get(reverse("client", args=["nobody"])).status_code == 404


def test_static_files_cannot_escape_their_folder(owner_client: WebClient) -> None:
    response = owner_client.get("/static/../settings.py")
    assert response.status_code in (400, 404)


def test_staff_refused_a_page_is_told_why_in_plain_words(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = staff_client.get(reverse("settings"))
    assert response.status_code == 403
    assert "This page is for the owner of the workspace." in response.content.decode()
