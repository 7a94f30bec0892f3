"""The client page: the verdict and its reason, each sign with its evidence on a timeline,
the verdict history; staff log incidents here, the owner records a judgement."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from parting.engine.reasons import retold
from parting.store import audit
from parting.store.models import Client, Incident, Judgement, Plan
from parting.store.triage import client_verdict, history, latest_verdict
from parting.web import triage, workspace
from parting.web.access import (
    client_or_404,
    is_owner,
    member_required,
    owner_required,
    sees_margins,
)
from parting.web.evidence import client_evidence
from parting.web.forms import AddressForm, IncidentForm, JudgementForm
from parting.web.labels import temper_label

HISTORY_LENGTH = 24  # verdicts listed in the history


def _page(
    request: HttpRequest,
    client: Client,
    incident_form: IncidentForm | None = None,
    judgement_form: JudgementForm | None = None,
    status: int = 200,
    address_form: AddressForm | None = None,
) -> HttpResponse:
    record = latest_verdict(client.client_id)
    as_of = record.run.as_of if record else date.today()
    owner = is_owner(request.user)
    config = workspace.config()
    currency = config.currency
    context = {
        "client": client,
        "record": record,
        "reason": retold(client_verdict(record), currency) if record else "",
        "tempered": [temper_label(t) for t in (record.tempered_by if record else [])],
        "evidence": client_evidence(client, record, as_of, currency, sees_margins(request.user)),
        "history": history(client.client_id, HISTORY_LENGTH),
        "incidents": Incident.objects.filter(client=client).order_by("-date", "-pk")[:10],
        "judgements": Judgement.objects.filter(client=client).order_by("-date", "-pk")[:10]
        if owner
        else [],
        "audit": audit.for_client(client.client_id) if owner else [],
        "plan": Plan.objects.filter(client=client, status="open").first() if owner else None,
        "incident_form": incident_form or IncidentForm(),
        "judgement_form": judgement_form or JudgementForm(),
        "address_form": address_form
        or AddressForm(
            initial={
                "salutation": client.contact_salutation,
                "formality": client.contact_formality,
            }
        ),
        "currency": currency,
        "timezone": config.timezone,
        "section": "portfolio",
    }
    return render(request, "parting/client.html", context, status=status)


@member_required
@require_GET
def client(request: HttpRequest, client_id: str) -> HttpResponse:
    return _page(request, client_or_404(client_id))


@member_required
@require_GET
def client_timeline(request: HttpRequest, client_id: str) -> HttpResponse:
    """The client's verdict month by month, with since when it and each sign have held,
    as the worker stored it with the latest run (``parting.store.timeline``): a part of
    the client page loaded after it, or a page of its own without JavaScript. Until the
    worker has computed the run's, the part says so and asks again."""
    from parting.store.timeline import (
        has_timelines,
        month_name,
        stored_timeline,
        summary,
        timelines_failed,
    )

    client = client_or_404(client_id)
    record = latest_verdict(client.client_id)
    ready = record is None or has_timelines(record.run)
    line = stored_timeline(record.run, client.client_id) if record and ready else None
    months = (
        [{"label": month_name(m.end), "verdict": m.verdict} for m in line.months] if line else []
    )
    context = {
        "client": client,
        "summary": summary(line) if line else "",
        "months": months,
        "ready": ready,
        "failed": ready and record is not None and timelines_failed(record.run),
        "section": "portfolio",
    }
    partial = request.headers.get("HX-Request") == "true"
    template = "parting/client_timeline.html" if partial else "parting/client_timeline_page.html"
    return render(request, template, context)


@member_required
@require_POST
def log_incident(request: HttpRequest, client_id: str) -> HttpResponse:
    client = client_or_404(client_id)
    form = IncidentForm(request.POST)
    if not form.is_valid():
        return _page(request, client, incident_form=form, status=400)
    from parting.store.incidents import add_incident

    data = form.cleaned_data
    incident = add_incident(
        client.client_id,
        data["kind"],
        data["severity"],
        data["note"],
        data["date"],
        data["staff"],
        request.user,
    )
    audit.record(
        "incident_logged",
        user=request.user,
        client_id=client.client_id,
        what=audit.incident_facts(incident),
    )
    messages.success(request, _("The incident is on record."))
    triage.rescore(request, "incident", [client.client_id])
    return redirect("client", client_id=client.client_id)


@owner_required
@require_POST
def record_judgement(request: HttpRequest, client_id: str) -> HttpResponse:
    """ "This will pass" or "relationship": the verdict is tempered (DOMAIN §2) once the
    triage runs again, which it does now."""
    client = client_or_404(client_id)
    form = JudgementForm(request.POST)
    if not form.is_valid():
        return _page(request, client, judgement_form=form, status=400)
    from parting.store.incidents import add_judgement

    latest = latest_verdict(client.client_id)
    judgement = add_judgement(
        client.client_id,
        form.cleaned_data["kind"],
        sign=latest.main_sign if latest else "",
        note=form.cleaned_data["note"],
        user=request.user,
    )
    audit.record(
        "judgement_recorded",
        user=request.user,
        client_id=client.client_id,
        what=audit.judgement_facts(judgement),
    )
    messages.success(request, _("Your judgement is on record."))
    triage.rescore(request, "judgement", [client.client_id])
    return redirect("client", client_id=client.client_id)


@owner_required
@require_POST
def set_address(request: HttpRequest, client_id: str) -> HttpResponse:
    """How letters address the client's contact: salutation and formality."""
    client = client_or_404(client_id)
    form = AddressForm(request.POST)
    if not form.is_valid():
        return _page(request, client, address_form=form, status=400)
    from parting.store.clients import set_address as store_address

    store_address(
        client.client_id,
        form.cleaned_data["salutation"] or "none",
        form.cleaned_data["formality"] or "usual",
    )
    messages.success(request, _("Letters will address the contact this way."))
    return redirect("client", client_id=client.client_id)


def may_edit(user: object, incident: Incident) -> bool:
    """The owner edits every incident; staff the ones they logged themselves."""
    return is_owner(user) or incident.logged_by_id == getattr(user, "pk", None)  # type: ignore[arg-type]


@member_required
@require_http_methods(["GET", "POST"])
def edit_incident(request: HttpRequest, incident_pk: int) -> HttpResponse:
    """Correct an incident (a wrong date, a milder severity): the log keeps it as it was
    and as it is now."""
    incident = get_object_or_404(Incident.objects.select_related("client"), pk=incident_pk)
    if not may_edit(request.user, incident):
        raise PermissionDenied
    before = audit.incident_facts(incident)
    form = IncidentForm(
        request.POST or None,
        initial={k: getattr(incident, k) for k in ("kind", "severity", "date", "staff", "note")},
    )
    if request.method == "POST" and form.is_valid():
        for name, value in form.cleaned_data.items():
            setattr(incident, name, value)
        after = audit.incident_facts(incident)
        if after == before:
            messages.info(request, _("Nothing was changed."))
            return redirect("client", client_id=incident.client_id)
        with transaction.atomic():
            incident.save()
            audit.record(
                "incident_edited",
                user=request.user,
                client_id=incident.client_id,
                what={"before": before, "after": after, **after},
                why=_why(request),
            )
        messages.success(request, _("The incident is corrected."))
        triage.rescore(request, "incident", [incident.client_id])
        return redirect("client", client_id=incident.client_id)
    context = {
        "form": form,
        "incident": incident,
        "client": incident.client,
        "section": "portfolio",
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "parting/incident_edit.html", context, status=status)


def _why(request: HttpRequest) -> str:
    return request.POST.get("why", "").strip()[:500]


@owner_required
@require_POST
def remove_incident(request: HttpRequest, incident_pk: int) -> HttpResponse:
    """Undo an incident (logged by mistake, or for the wrong client): it is gone from the
    verdict's reading, and the audit log keeps what it was and why it went."""
    incident = get_object_or_404(Incident, pk=incident_pk)
    client_id = incident.client_id
    with transaction.atomic():
        audit.record(
            "incident_removed",
            user=request.user,
            client_id=client_id,
            what=audit.incident_facts(incident),
            why=_why(request),
        )
        incident.delete()
    messages.success(request, _("The incident is removed."))
    triage.rescore(request, "incident", [client_id])
    return redirect("client", client_id=client_id)


@owner_required
@require_POST
def remove_judgement(request: HttpRequest, judgement_pk: int) -> HttpResponse:
    judgement = get_object_or_404(Judgement, pk=judgement_pk)
    client_id = judgement.client_id
    with transaction.atomic():
        audit.record(
            "judgement_removed",
            user=request.user,
            client_id=client_id,
            what=audit.judgement_facts(judgement),
            why=_why(request),
        )
        judgement.delete()
    messages.success(request, _("The judgement is withdrawn."))
    triage.rescore(request, "judgement", [client_id])
    return redirect("client", client_id=client_id)
