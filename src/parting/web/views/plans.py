"""The plan page (owner only): the exit plan as a dated checklist, the letter in the
client's language with the checker's findings, and the downloads (.eml, .ics, print)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from parting.engine.reasons import retold
from parting.errors import PartingError
from parting.i18n import LANGUAGES
from parting.playbook.plan import in_person
from parting.store.models import Plan, PlanStep, VerdictRecord
from parting.store.triage import client_verdict, latest_verdict
from parting.web import letters, workspace
from parting.web.access import client_or_404, owner_required
from parting.web.forms import LetterCheckForm
from parting.web.http import HtmxHttpRequest

STEP_STATUSES = ("todo", "done", "skipped", "blocked")


def _latest(client_id: str) -> VerdictRecord:
    record = latest_verdict(client_id)
    if record is None:
        raise Http404
    return record


def _letter_choice(request: HttpRequest, record: VerdictRecord) -> tuple[str, str | None]:
    kinds = letters.kinds_for(record.verdict)
    kind = request.GET.get("kind", kinds[0])
    lang = request.GET.get("lang") or None
    return (kind if kind in kinds else kinds[0]), (lang if lang in LANGUAGES else None)


def _goodwill(request: HttpRequest) -> str | None:
    """The goodwill gesture chosen for the letter: cancel or refund the last invoice."""
    from parting.playbook.letters import GOODWILL

    chosen = request.GET.get("goodwill") or None
    return chosen if chosen in GOODWILL else None


@owner_required
@require_GET
def plan(request: HttpRequest, client_id: str) -> HttpResponse:
    client = client_or_404(client_id)
    record = _latest(client.client_id)
    open_plan = Plan.objects.filter(client=client, status="open").first()
    kind, lang = _letter_choice(request, record)
    goodwill = _goodwill(request)
    verdict = client_verdict(record)
    config = workspace.config()
    context: dict[str, object] = {
        "client": client,
        "record": record,
        "reason": retold(verdict, config.currency),
        "in_person": in_person(verdict),
        "plan": open_plan,
        "kind": kind,
        "goodwill": goodwill or "",
        "kinds": letters.kinds_for(record.verdict),
        "letter_languages": LANGUAGES,
        "check_form": LetterCheckForm(),
        "section": "portfolio",
        # With neither a signatory nor a business name, letters are signed "The team":
        # correct, but the owner should know where to put their own name.
        "unsigned": not (config.settings.business.signatory or config.settings.business.name),
    }
    try:
        from parting.store.plans import client_tables, plan_view

        # The client's rows, read once for the plan and the letter.
        tables = client_tables(client.client_id)
        if open_plan is not None:
            context["view"] = plan_view(open_plan, tables, config)
        context["checked"] = letters.render(
            record, kind, lang, open_plan.start if open_plan else None, goodwill, tables, config
        )
    except PartingError as error:
        context["problem"] = str(error)
    return render(request, "parting/plan.html", context)


@owner_required
@require_POST
def open_plan(request: HttpRequest, client_id: str) -> HttpResponse:
    client = client_or_404(client_id)
    from parting.store.plans import open_plan as store_open_plan

    try:
        store_open_plan(client.client_id, user=request.user)
    except PartingError as error:
        messages.error(request, str(error))
    return redirect("plan", client_id=client.client_id)


@owner_required
@require_POST
def mark_step(request: HtmxHttpRequest, plan_id: int, number: int) -> HttpResponse:
    """Mark a step; with HTMX only the checklist is drawn again, so the owner stays where
    they were on the page."""
    plan_row = get_object_or_404(Plan, pk=plan_id)
    status = request.POST.get("status", "")
    if status not in STEP_STATUSES:
        return HttpResponse(status=400)
    from parting.store.plans import mark_step as store_mark_step
    from parting.store.plans import plan_view

    problem = ""
    view = None
    try:
        # The plan as it stands once marked: drawn from it, not computed a second time.
        view = store_mark_step(
            plan_row, number, status, request.POST.get("note", "")[:2000], request.user
        )
    except PartingError as error:
        problem = str(error)
    if not request.htmx:
        if problem:
            messages.error(request, problem)
        return redirect("plan", client_id=plan_row.client_id)
    record = _latest(plan_row.client_id)
    context = {
        "plan": plan_row,
        "view": view if view is not None else plan_view(plan_row),
        "kinds": letters.kinds_for(record.verdict),
        "step_problem": problem,
    }
    return render(request, "parting/plan_steps.html", context)


@owner_required
@require_http_methods(["POST"])
def check_draft(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The checker on a draft the owner typed (HTMX swaps the findings in)."""
    from parting.playbook.meaning import checked_with

    plan_row = get_object_or_404(Plan, pk=plan_id)
    form = LetterCheckForm(request.POST)
    if not form.is_valid():
        return render(request, "parting/findings.html", {"form": form}, status=400)
    lang = request.POST.get("lang")
    findings, marked = letters.check(
        form.cleaned_data["text"],
        lang if lang in LANGUAGES else None,
        plan_row.main_sign or None,
        None,
    )
    return render(
        request,
        "parting/findings.html",
        {
            "findings": findings,
            "marked": marked,
            "checked_draft": True,
            "checker": checked_with(),
        },
    )


def _plan_letter(request: HttpRequest, plan_id: int) -> tuple[Plan, letters.CheckedLetter]:
    plan_row = get_object_or_404(Plan, pk=plan_id)
    record = _latest(plan_row.client_id)
    kind, lang = _letter_choice(request, record)
    return plan_row, letters.render(record, kind, lang, plan_row.start, _goodwill(request))


@owner_required
@require_GET
def printable_letter(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan_row, checked = _plan_letter(request, plan_id)
    return render(request, "parting/letter_print.html", {"plan": plan_row, "checked": checked})


@owner_required
@require_GET
def letter_eml(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan_row, checked = _plan_letter(request, plan_id)
    from parting.playbook.mail import draft_email

    data = draft_email(checked.letter, workspace.config())
    return _download(data, "message/rfc822", f"letter-{plan_row.pk}.eml")


@owner_required
@require_GET
def meeting_ics(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan_row = get_object_or_404(Plan, pk=plan_id)
    from parting.playbook.ics import plan_calendar
    from parting.playbook.plan import ExitPlan
    from parting.store.plans import plan_view

    view = plan_view(plan_row)
    if not isinstance(view, ExitPlan):
        raise Http404  # a repair plan has no meeting or notice to put in a calendar
    data = plan_calendar(view, workspace.config())
    return _download(data, "text/calendar", f"meeting-{plan_row.pk}.ics")


def _download(data: bytes | str, content_type: str, filename: str) -> HttpResponse:
    body = data.encode() if isinstance(data, str) else data
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@owner_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """Every open plan across clients, overdue ones first: the owner's list for the week."""
    from django.utils import timezone

    from parting.store.plans import open_plans

    today = timezone.localdate()
    return render(
        request,
        "parting/plan_overview.html",
        {"lines": open_plans(today), "today": today, "section": "plans"},
    )


@owner_required
@require_GET
def plan_print(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan on paper (or saved as PDF): its dates, the notice, and every step with its
    due date, status and note."""
    plan_row = get_object_or_404(Plan.objects.select_related("client"), pk=plan_id)
    from parting.store.plans import plan_view

    return render(
        request,
        "parting/plan_print.html",
        {
            "plan": plan_row,
            "client": plan_row.client,
            "view": plan_view(plan_row),
            "statuses": dict(PlanStep.STATUSES),
        },
    )
