"""The exit plan (DOMAIN §3): ten dated steps from the cool-off to the close-out.

``build_plan`` is pure: a verdict, the business's tables, the settings and a start date in,
an ``ExitPlan`` out. What a person has already done comes in as ``progress`` (step number
-> ``StepProgress``), so the workspace stores only that and the view is always recomputed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

from parting.config import Config
from parting.engine.results import ClientVerdict
from parting.errors import InputError
from parting.i18n import _, gettext_noop
from parting.playbook.facts import PlanFacts, plan_facts
from parting.playbook.moves import IMMEDIATE_SIGNS, MoveId, move_for
from parting.playbook.records import client_records
from parting.playbook.steps import describe
from parting.schema import Tables
from parting.words.formats import owes, quoted
from parting.words.labels import verdict_label

StepStatus = Literal["todo", "done", "skipped", "blocked"]
STEP_STATUSES: tuple[StepStatus, ...] = StepStatus.__args__  # type: ignore[attr-defined]

# Number, key and title of each step, in the order of DOMAIN §3.
STEPS: tuple[tuple[int, str, str], ...] = (
    (1, "cool_off", gettext_noop("Cool off")),
    (2, "review_contract", gettext_noop("Review the contract line by line")),
    (3, "fulfil_obligations", gettext_noop("Fulfil obligations")),
    (4, "collect", gettext_noop("Collect before telling")),
    (5, "meet", gettext_noop("Meet")),
    (6, "say_it", gettext_noop("Say it briefly, with one reason")),
    (7, "notice", gettext_noop("Give notice")),
    (8, "confirm", gettext_noop("Confirm in writing")),
    (9, "hand_over", gettext_noop("Hand over")),
    (10, "close_out", gettext_noop("Close out")),
)
STEP_KEYS: dict[str, int] = {key: number for number, key, _title in STEPS}
# What Parting makes to help with a step: the meeting's calendar file or a letter (by its
# kind). The step's words name no command or button; each surface shows its own way to the
# aid (the CLI prints the command, the web page a link), so the words read right on both.
StepAid = Literal["calendar", "meeting-script", "confirmation", "expectations", "repair"]
STEP_AIDS: dict[int, StepAid] = {5: "calendar", 6: "meeting-script", 8: "confirmation"}
COLLAPSED_WHEN_IMMEDIATE = frozenset({1, 4, 7})
# Which rule gave the notice's end: the contract, the business's usual notice (recurring
# work), the deliverable in progress, nothing in progress (a finished one-off), or none at
# all (an immediate exit).
NoticeRule = Literal[
    "contract_notice", "business_notice", "deliverable", "nothing_open", "immediate"
]
ANNOUNCEMENT_STEPS = frozenset({5, 6})
PARTING_VERDICTS = ("part_ways", "part_ways_now")


@dataclass
class StepProgress:
    status: StepStatus
    note: str = ""
    by: str | None = None
    at: datetime | None = None


@dataclass
class PlanStep:
    number: int
    key: str
    title: str
    detail: str
    due_on: date | None
    status: StepStatus = "todo"
    note: str = ""
    by: str | None = None
    at: datetime | None = None
    blocked_by: int | None = None  # the step that must be done first
    aid: StepAid | None = None  # what Parting makes to help with it (see STEP_AIDS)


@dataclass
class ExitPlan:
    client_id: str
    client_name: str
    verdict: str
    main_sign: str | None
    move: MoveId
    immediate: bool
    start: date
    decision_on: date  # the first day to act: never inside the cool-off
    meeting_on: date
    notice_end: date
    facts: PlanFacts
    steps: list[PlanStep] = field(default_factory=list)
    language: str = "en"
    notice_rule: NoticeRule = "business_notice"
    in_person: bool = True  # never for an abusive or threatening client

    @property
    def notice_days(self) -> int:
        return (self.notice_end - self.meeting_on).days

    @property
    def announcement_blocked(self) -> bool:
        return any(s.status == "blocked" for s in self.steps if s.number in ANNOUNCEMENT_STEPS)

    def step(self, number: int) -> PlanStep:
        return self.steps[number - 1]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["facts"] = self.facts.to_dict()
        data["notice_days"] = self.notice_days
        for key in ("start", "decision_on", "meeting_on", "notice_end"):
            data[key] = data[key].isoformat()
        for step in data["steps"]:
            step["due_on"] = step["due_on"].isoformat() if step["due_on"] else None
            step["at"] = step["at"].isoformat() if step["at"] else None
        return data


def step_number(step: str | int) -> int:
    """A step given as its number (``4``) or its key (``collect``)."""
    text = str(step).strip()
    number = int(text) if text.isdigit() else STEP_KEYS.get(text.replace("-", "_"), 0)
    if not 1 <= number <= len(STEPS):
        raise InputError(
            _("There is no step {step} in an exit plan.").format(step=step),
            fix=_("Give a number from 1 to 10 or a key such as {example}.").format(
                example="collect"
            ),
        )
    return number


class NoPlanForVerdict(InputError):
    """An exit plan was asked for a client who is not one to part with. It carries the
    client's id so each surface can point to the repair letters its own way."""

    def __init__(self, verdict: ClientVerdict) -> None:
        self.client_id = verdict.client_id
        super().__init__(
            _(
                "{name} has the verdict {verdict}: an exit plan is only for clients to part with."
            ).format(name=verdict.name, verdict=verdict_named(verdict.verdict)),
            fix=_("Reset expectations instead, with the repair letter or the expectations letter."),
        )


def require_parting_verdict(verdict: ClientVerdict) -> None:
    if verdict.verdict not in PARTING_VERDICTS:
        raise NoPlanForVerdict(verdict)


@dataclass
class Schedule:
    decision_on: date
    meeting_on: date
    notice_end: date
    confirm_on: date
    close_on: date
    notice_rule: NoticeRule


def schedule(
    verdict: ClientVerdict, facts: PlanFacts, config: Config, start: date, immediate: bool
) -> Schedule:
    """The plan's dates. A planned decision waits out the cool-off counted from the decision
    (the day the plan opens) or the last clash, whichever is later, and never comes before
    the engine's ``decision_not_before``; an immediate exit acts on ``start``."""
    plan = config.settings.plan
    decision = start
    if not immediate:
        cool = timedelta(days=int(config.settings.verdict.cool_off_days))
        calm_from = max(d for d in (start, facts.last_incident) if d is not None)
        decision = max(d for d in (calm_from + cool, verdict.decision_not_before) if d)
    meeting = decision + timedelta(days=0 if immediate else int(plan.meeting_after_days))
    ending: tuple[date, NoticeRule] = (
        (meeting, "immediate") if immediate else notice(facts, config, meeting)
    )
    notice_end, rule = ending
    return Schedule(
        decision_on=decision,
        meeting_on=meeting,
        notice_end=notice_end,
        confirm_on=meeting + timedelta(days=int(plan.confirmation_after_days)),
        close_on=notice_end + timedelta(days=int(plan.close_out_after_days)),
        notice_rule=rule,
    )


def notice(facts: PlanFacts, config: Config, meeting: date) -> tuple[date, NoticeRule]:
    """The notice's end by engagement, and the rule that gave it. Recurring work: the
    business's usual notice; one-off work: the end of the deliverable in progress (nothing
    in progress: it ends with the meeting). The contract's notice, and a deliverable in
    progress, always count when they run longer. On a tie the contract is named."""
    options: list[tuple[date, NoticeRule]] = []
    if facts.contract_notice_days > 0:
        options.append((meeting + timedelta(days=facts.contract_notice_days), "contract_notice"))
    if facts.deliverable_end:
        options.append((facts.deliverable_end, "deliverable"))
    open_work = bool(facts.undelivered) or facts.deliverable_end is not None
    if facts.engagement == "recurring" or (open_work and facts.deliverable_end is None):
        # A one-off whose open work has no end date gets the usual notice to finish it.
        options.append(
            (meeting + timedelta(days=int(config.settings.plan.notice_days)), "business_notice")
        )
    options.append((meeting, "nothing_open"))
    latest = max(day for day, _rule in options)
    return next(option for option in options if option[0] == latest)


def build_plan(
    verdict: ClientVerdict,
    tables: Tables,
    config: Config,
    start: date,
    progress: dict[int, StepProgress] | None = None,
    contract_notice_days: int | None = None,
) -> ExitPlan:
    """The exit plan for a client to part with, as of ``start``.

    >>> import pyarrow as pa
    >>> from parting.engine.results import ClientVerdict, Sign
    >>> from parting.schema import complete
    >>> acme = ClientVerdict("acme", "Acme", "part_ways", 1, "", [Sign("drain", "planned")])
    >>> tables = complete({"clients": pa.table({"client_id": ["acme"], "name": ["Acme"]})})
    >>> plan = build_plan(acme, tables, Config(), date(2026, 3, 2))
    >>> plan.decision_on, plan.meeting_on  # after the cool-off, then two days to meet
    (datetime.date(2026, 3, 5), datetime.date(2026, 3, 7))
    """
    require_parting_verdict(verdict)
    sign = verdict.main_sign.id if verdict.main_sign else None
    immediate = verdict.verdict == "part_ways_now" or sign in IMMEDIATE_SIGNS
    records = client_records(tables, verdict.client_id)
    facts = plan_facts(verdict, records, config, start, contract_notice_days)
    dates = schedule(verdict, facts, config, start, immediate)
    plan = ExitPlan(
        client_id=verdict.client_id,
        client_name=verdict.name,
        verdict=verdict.verdict,
        main_sign=sign,
        move=move_for(sign),
        immediate=immediate,
        start=start,
        decision_on=dates.decision_on,
        meeting_on=dates.meeting_on,
        notice_end=dates.notice_end,
        facts=facts,
        language=verdict.language,
        notice_rule=dates.notice_rule,
        in_person=in_person(verdict),
    )
    plan.steps = _steps(plan, dates, progress or {})
    return plan


def in_person(verdict: ClientVerdict) -> bool:
    """Whether the decision is told at a meeting: never to an abusive or threatening client
    (``abuse`` among the signs), who is told by a call with a colleague present, or in
    writing — in the steps, the script, the calendar file and on every page alike."""
    return not any(s.id == "abuse" for s in verdict.signs)


def _steps(plan: ExitPlan, dates: Schedule, progress: dict[int, StepProgress]) -> list[PlanStep]:
    owed = owes(plan.facts.money_owed) and not plan.immediate
    steps = []
    for number, key, title in STEPS:
        due, detail = describe(number, plan, dates)
        if number == 5 and not plan.in_person:
            title = gettext_noop("Tell them, not in person")
        step = PlanStep(number, key, _(title), detail, due, aid=STEP_AIDS.get(number))
        if plan.immediate and number in COLLAPSED_WHEN_IMMEDIATE:
            step.status, step.due_on = "skipped", None
            step.note = _("Not needed: an immediate exit separates now.")
        elif number == 4 and not owed:
            step.status = "done"  # its words say why ("Nothing is owed; …"): no note again
        recorded = progress.get(number)
        if recorded is not None:
            step.status, step.note = recorded.status, recorded.note
            step.by, step.at = recorded.by, recorded.at
        steps.append(step)
    collected = steps[3].status in ("done", "skipped")
    for step in steps:
        # Announcing while money is owed loses the money: the meeting waits for step 4.
        if step.number in ANNOUNCEMENT_STEPS and owed and not collected:
            if step.status == "todo":
                step.status = "blocked"
            step.blocked_by = 4
    return steps


def verdict_named(verdict: str) -> str:
    """A verdict as a sentence names it: its label, quoted (“Part ways”), never its key."""
    return quoted([verdict_label(verdict)])
