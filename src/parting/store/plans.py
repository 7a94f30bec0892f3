"""Exit plans kept in the workspace: who did which step, when, with what note.

The plan's content is always recomputed by the pure core (``parting.playbook.build_plan``)
from the verdict the plan was opened on, the current tables and settings, and the progress
recorded here; the ``plan_steps`` rows mirror the result (status, due date) for queries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from parting.config import Config
from parting.engine.reasons import retold
from parting.engine.results import ClientVerdict
from parting.errors import InputError
from parting.i18n import LANGUAGES, _, gettext_in, gettext_noop
from parting.playbook.plan import (
    PARTING_VERDICTS,
    STEPS,
    ExitPlan,
    StepProgress,
    build_plan,
    step_number,
)
from parting.playbook.records import TABLES_READ
from parting.playbook.repair import (
    REPAIR_STEPS,
    REPAIR_VERDICT,
    RepairPlan,
    build_repair_plan,
    repair_step_number,
)
from parting.schema import Tables
from parting.store.clients import get_client
from parting.store.models import Incident, Plan, PlanStep
from parting.store.settings import load_config
from parting.store.tables import read_client_tables
from parting.store.triage import latest_verdict, overdue_of, owed_of, scored_verdict
from parting.words.formats import letter_day

MARKS = ("done", "skipped", "todo")  # "todo" reopens a step


@dataclass
class Actor:
    """Who acted: a workspace user (web) or a name (the CLI's login name)."""

    name: str
    user: Any = None  # django.contrib.auth user, when there is one

    @classmethod
    def of(cls, user: Any) -> Actor:
        if user is None:
            return cls("")
        if isinstance(user, str):
            return cls(user)
        return cls(str(user.get_username()), user)


def client_tables(client_id: str) -> Tables:
    """The rows of ``client_id`` a plan or a letter reads, and only those."""
    return read_client_tables(client_id, TABLES_READ)


def current_plan(client_id: str) -> Plan | None:
    plan: Plan | None = (
        Plan.objects.filter(client_id=client_id, status="open").order_by("-opened_at").first()
    )
    return plan


def open_plan(
    client_id: str,
    start: date | None = None,
    user: Any = None,
    contract_notice_days: int | None = None,
) -> Plan:
    """The client's open plan, or a new one from their latest verdict: an exit plan for
    ``part_ways`` or ``part_ways_now``, a repair plan for ``repair``.
    ``contract_notice_days`` overrides the setting ``plan.contract_notice_days`` for this
    client."""
    get_client(client_id)  # NotFoundError, naming the command that lists the ids
    existing = current_plan(client_id)
    # At its review a repair that worked leaves a client to keep: the repair plan is done,
    # its review step saying so. One that failed turns the verdict to part ways: the repair
    # plan has run its course, and the exit plan takes over.
    if existing is not None and existing.verdict == REPAIR_VERDICT:
        now = scored_verdict(client_id)
        if now.verdict == "keep" and now.reviewed_repair == existing.start:
            existing.status = "done"
            existing.save(update_fields=["status"])
            return existing
        if now.verdict in PARTING_VERDICTS:
            existing.status = "done"
            existing.save(update_fields=["status"])
            existing = None
    if existing is not None:
        if contract_notice_days is not None:
            existing.facts["contract_notice_days"] = contract_notice_days
            existing.save(update_fields=["facts"])
            _sync(existing, plan_view(existing))
        return existing
    verdict = scored_verdict(client_id)
    start = start or timezone.localdate()
    if verdict.verdict == REPAIR_VERDICT:
        return _open_repair(verdict, start, user)
    view = build_plan(
        verdict, client_tables(client_id), load_config(), start, {}, contract_notice_days
    )
    facts = view.facts.to_dict() | {
        "verdict": _json(verdict.to_dict()),
        "contract_notice_days": contract_notice_days,
        "log": [],
    }
    with transaction.atomic():
        plan: Plan = Plan.objects.create(
            client_id=client_id,
            verdict=verdict.verdict,
            main_sign=view.main_sign or "",
            immediate=view.immediate,
            start=start,
            facts=facts,
            opened_by=Actor.of(user).user,
        )
        PlanStep.objects.bulk_create(
            PlanStep(plan=plan, number=n, key=key, due_on=view.step(n).due_on, status="todo")
            for n, key, _title in STEPS
        )
        _sync(plan, view)
    return plan


# The incident a repair plan logs for itself, and its note. The note is stored in the
# language of whoever opened the plan; ``incident_note`` says it in the reader's.
REPAIR_INCIDENT = "repair-plan-"
REPAIR_NOTE = gettext_noop(
    "Repair plan opened: expectations reset, apology and fix, review on {day}."
)


def incident_note(incident: Incident) -> str:
    """An incident's note as the reader reads it. A repair plan's own note is said in the
    reader's language, with the plan's review day as the plan holds it today; a note a
    person wrote (or rewrote) is theirs, as they wrote it."""
    number = incident.incident_id.removeprefix(REPAIR_INCIDENT)
    if incident.kind != "remediation" or number == incident.incident_id or not number.isdigit():
        return incident.note
    if not any(_says(incident.note, gettext_in(REPAIR_NOTE, lang)) for lang in LANGUAGES):
        return incident.note
    review = PlanStep.objects.filter(plan_id=int(number), key="review").first()
    if review is None or review.due_on is None:
        return incident.note
    return _(REPAIR_NOTE).format(day=letter_day(review.due_on))


def _says(note: str, template: str) -> bool:
    """Whether ``note`` is ``template`` with some day in place of ``{day}``."""
    before, _day, after = template.partition("{day}")
    return note.startswith(before) and note.endswith(after) and len(note) > len(before + after)


def _open_repair(verdict: ClientVerdict, start: date, user: Any) -> Plan:
    """A repair plan, and the remediation it is: logged as an incident on its first day, so
    the verdict judges the repair at its review date without anyone logging it by hand."""
    view = build_repair_plan(verdict, load_config(), start)
    actor = Actor.of(user)
    with transaction.atomic():
        plan: Plan = Plan.objects.create(
            client_id=verdict.client_id,
            verdict=REPAIR_VERDICT,
            main_sign=view.main_sign or "",
            start=start,
            facts={"verdict": _json(verdict.to_dict()), "log": []},
            opened_by=actor.user,
        )
        Incident.objects.create(
            incident_id=f"{REPAIR_INCIDENT}{plan.pk}",
            client_id=verdict.client_id,
            date=start,
            kind="remediation",
            staff=actor.name,
            note=_(REPAIR_NOTE).format(day=letter_day(view.review_on)),
            logged_by=actor.user,
        )
        PlanStep.objects.bulk_create(
            PlanStep(plan=plan, number=n, key=key, due_on=view.step(n).due_on, status="todo")
            for n, key, _title in REPAIR_STEPS
        )
        _sync(plan, view)
    return plan


def plan_view(
    plan: Plan, tables: Tables | None = None, config: Config | None = None
) -> ExitPlan | RepairPlan:
    """The plan as the core computes it today, with the progress recorded so far; from
    the client's ``tables`` and ``config`` when the caller has read them already."""
    verdict = ClientVerdict.from_dict(plan.facts["verdict"])
    latest = latest_verdict(plan.client_id)
    if latest is not None:
        # What is owed is the latest run's figure, as the client page shows it: a payment
        # scored since the plan opened frees the announcement.
        verdict.owed, verdict.overdue = owed_of(latest), overdue_of(latest)
    progress = _progress(plan.facts.get("log", []))
    config = config or load_config()
    if plan.verdict == REPAIR_VERDICT:
        return build_repair_plan(verdict, config, plan.start, progress, _outcome(plan, config))
    return build_plan(
        verdict,
        client_tables(verdict.client_id) if tables is None else tables,
        config,
        plan.start,
        progress,
        plan.facts.get("contract_notice_days"),
    )


def mark_step(
    plan: Plan, number: int | str, status: str, note: str = "", user: Any = None
) -> ExitPlan | RepairPlan:
    """Mark a step ``done``, ``skipped`` (a note is required) or back to ``todo``. The
    meeting and the announcement cannot be done while money is still to be collected."""
    number = repair_step_number(number) if plan.verdict == REPAIR_VERDICT else step_number(number)
    if status not in MARKS:
        raise InputError(
            _("A step can be marked {choices}, not {status}.").format(
                choices=", ".join(MARKS), status=status
            )
        )
    if status == "skipped" and not note.strip():
        raise InputError(
            _("Say why step {number} is skipped.").format(number=number),
            fix=_("Add a note that says why."),
        )
    # One read of the client's rows and settings for the plan before and after the mark.
    config = load_config()
    tables = None if plan.verdict == REPAIR_VERDICT else client_tables(plan.client_id)
    step = plan_view(plan, tables, config).step(number)
    if status == "done" and step.status == "blocked":
        raise InputError(
            _("Step {number} waits for step 4: money is still owed.").format(number=number),
            fix=_("Mark step 4 done once the money is in, or skip step 4 with a note."),
        )
    actor, now = Actor.of(user), timezone.now()
    entry = {"step": number, "status": status, "note": note, "by": actor.name}
    with transaction.atomic():
        plan.facts.setdefault("log", []).append(entry | {"at": now.isoformat()})
        plan.save(update_fields=["facts"])
        PlanStep.objects.filter(plan=plan, number=number).update(
            note=note,
            done_by=actor.user if status != "todo" else None,
            done_at=now if status != "todo" else None,
        )
        view = plan_view(plan, tables, config)
        _sync(plan, view)
    return view


def _outcome(plan: Plan, config: Config) -> str | None:
    """The reason of the latest verdict when it judged this repair at its review date."""
    now = scored_verdict(plan.client_id)
    if now.reviewed_repair != plan.start:
        return None
    return retold(now, config.currency)


def _progress(log: list[dict[str, Any]]) -> dict[int, StepProgress]:
    """The last mark of each step; a step reopened to ``todo`` has no progress."""
    progress: dict[int, StepProgress] = {}
    for entry in log:
        number = int(entry["step"])
        if entry["status"] == "todo":
            progress.pop(number, None)
            continue
        at = datetime.fromisoformat(entry["at"]) if entry.get("at") else None
        progress[number] = StepProgress(entry["status"], entry.get("note", ""), entry["by"], at)
    return progress


def _sync(plan: Plan, view: ExitPlan | RepairPlan) -> None:
    """Mirror the computed statuses and dates in ``plan_steps``; close a finished plan."""
    rows = {row.number: row for row in plan.steps.all()}
    for step in view.steps:
        row = rows[step.number]
        row.status, row.due_on = step.status, step.due_on
    PlanStep.objects.bulk_update(rows.values(), ["status", "due_on"])
    finished = all(s.status in ("done", "skipped") for s in view.steps)
    status = "done" if finished else "open"
    if plan.status != status:
        plan.status = status
        plan.save(update_fields=["status"])


def _json(value: Any) -> Any:
    """JSON has no NaN: a figure that is not finite is stored as missing."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


@dataclass(frozen=True)
class OpenPlanLine:
    """One open plan in the overview across clients: what comes next, and by when."""

    plan_id: int
    client_id: str
    client_name: str
    kind: str  # "exit" or "repair"
    verdict: str
    started_on: date
    steps: int
    finished: int  # done or skipped
    next_number: int | None
    next_key: str
    next_title: str  # untranslated (gettext_noop); the surface translates it
    next_due: date | None
    next_status: str  # todo or blocked
    overdue_steps: int

    @property
    def overdue(self) -> bool:
        return self.overdue_steps > 0


def open_plans(today: date) -> list[OpenPlanLine]:
    """Every open exit and repair plan with its next step, from the ``plan_steps`` mirror
    (two queries, however many plans): plans with an overdue step first, then each group
    by its next step's due date, earliest first."""
    titles = {("exit", n): t for n, _k, t in STEPS} | {
        ("repair", n): t for n, _k, t in REPAIR_STEPS
    }
    plans = list(
        Plan.objects.filter(status="open")
        .select_related("client")
        .only("pk", "verdict", "start", "client__client_id", "client__name")
    )
    steps: dict[int, list[PlanStep]] = {}
    for row in PlanStep.objects.filter(plan__status="open").order_by("plan_id", "number"):
        steps.setdefault(row.plan_id, []).append(row)
    lines = []
    for plan in plans:
        rows = steps.get(plan.pk, [])
        kind = "repair" if plan.verdict == REPAIR_VERDICT else "exit"
        waiting = [r for r in rows if r.status in ("todo", "blocked")]
        upcoming = waiting[0] if waiting else None
        lines.append(
            OpenPlanLine(
                plan_id=plan.pk,
                client_id=plan.client.client_id,
                client_name=plan.client.name,
                kind=kind,
                verdict=plan.verdict,
                started_on=plan.start,
                steps=len(rows),
                finished=len(rows) - len(waiting),
                next_number=upcoming.number if upcoming else None,
                next_key=upcoming.key if upcoming else "",
                next_title=titles.get((kind, upcoming.number), "") if upcoming else "",
                next_due=upcoming.due_on if upcoming else None,
                next_status=upcoming.status if upcoming else "",
                overdue_steps=sum(1 for r in waiting if r.due_on and r.due_on < today),
            )
        )
    far = date.max

    def order(line: OpenPlanLine) -> tuple[int, date, str]:
        return (0 if line.overdue else 1, line.next_due or far, line.client_name.casefold())

    return sorted(lines, key=order)
