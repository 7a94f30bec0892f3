"""The repair plan (DOMAIN §2, *repair*): for a client with a problem, not a problem client.

Five dated steps: reset expectations (the expectations letter), apologise and make one
concrete fix, go the extra mile for a while, follow up, and review. Opening the plan is the
remediation the verdict later judges: at the review date (``verdict.repair_review_days``
after the start) a sign that is gone leaves a client to keep, and a sign still there (and
there before the repair) means the repair failed.

``build_repair_plan`` is pure, like ``build_plan``: a verdict, the settings, a start date
and the recorded progress in; a ``RepairPlan`` out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from parting.config import Config
from parting.engine.results import ClientVerdict
from parting.engine.signs import SIGNS
from parting.errors import InputError
from parting.i18n import _, gettext_noop
from parting.playbook.plan import PlanStep, StepAid, StepProgress, verdict_named
from parting.words.formats import letter_day

REPAIR_VERDICT = "repair"

REPAIR_STEPS: tuple[tuple[int, str, str], ...] = (
    (1, "reset_expectations", gettext_noop("Reset expectations")),
    (2, "apologise_and_fix", gettext_noop("Apologise and make one concrete fix")),
    (3, "extra_effort", gettext_noop("Go the extra mile for a while")),
    (4, "follow_up", gettext_noop("Follow up")),
    (5, "review", gettext_noop("Review the repair")),
)
REPAIR_AIDS: dict[int, StepAid] = {1: "expectations", 2: "repair"}

# The concrete fix and the extra effort that answer each main sign. A sign of fit never
# gets a repair (see ``parting.engine.verdict.FIT_SIGNS``); others share the general ones.
FIXES: dict[str, str] = {spec.id: spec.fix for spec in SIGNS if spec.fix}
EFFORTS: dict[str, str] = {spec.id: spec.effort for spec in SIGNS if spec.effort}
GENERAL_FIX = gettext_noop("agree in writing what will change, and by when")
GENERAL_EFFORT = gettext_noop("a short check-in call every fortnight")


@dataclass
class RepairPlan:
    client_id: str
    client_name: str
    main_sign: str | None
    start: date  # the day the repair began: the remediation the verdict judges
    follow_up_on: date
    review_on: date
    steps: list[PlanStep] = field(default_factory=list)
    language: str = "en"
    verdict: str = REPAIR_VERDICT
    kind: str = "repair"  # tells a repair plan from an exit plan on every surface

    def step(self, number: int) -> PlanStep:
        return self.steps[number - 1]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("start", "follow_up_on", "review_on"):
            data[key] = data[key].isoformat()
        for step in data["steps"]:
            step["due_on"] = step["due_on"].isoformat() if step["due_on"] else None
            step["at"] = step["at"].isoformat() if step["at"] else None
        return data


class NoRepairForVerdict(InputError):
    """A repair plan was asked for a client whose verdict is not *repair*."""

    def __init__(self, verdict: ClientVerdict) -> None:
        self.client_id = verdict.client_id
        super().__init__(
            _(
                "{name} has the verdict {verdict}: a repair plan is only for clients to repair."
            ).format(name=verdict.name, verdict=verdict_named(verdict.verdict))
        )


def repair_step_number(step: str | int) -> int:
    """A repair step given as its number (``2``) or its key (``follow_up``)."""
    text = str(step).strip()
    keys = {key: number for number, key, _title in REPAIR_STEPS}
    number = int(text) if text.isdigit() else keys.get(text.replace("-", "_"), 0)
    if not 1 <= number <= len(REPAIR_STEPS):
        raise InputError(
            _("There is no step {step} in a repair plan.").format(step=step),
            fix=_("Give a number from 1 to 5 or a key such as {example}.").format(
                example="follow_up"
            ),
        )
    return number


def build_repair_plan(
    verdict: ClientVerdict,
    config: Config,
    start: date,
    progress: dict[int, StepProgress] | None = None,
    outcome: str | None = None,
) -> RepairPlan:
    """The repair plan of a client to repair, begun on ``start``; ``outcome`` is the
    reason of the verdict that judged it at its review date, once there is one.

    >>> from parting.engine.results import ClientVerdict, Sign
    >>> acme = ClientVerdict("acme", "Acme", "repair", 1, "", [Sign("complainer", "planned")])
    >>> build_repair_plan(acme, Config(), date(2026, 3, 2)).review_on  # 60 days, by default
    datetime.date(2026, 5, 1)
    """
    if verdict.verdict != REPAIR_VERDICT:
        raise NoRepairForVerdict(verdict)
    review_days = int(config.settings.verdict.repair_review_days)
    sign = verdict.main_sign.id if verdict.main_sign else None
    plan = RepairPlan(
        client_id=verdict.client_id,
        client_name=verdict.name,
        main_sign=sign,
        start=start,
        follow_up_on=start + timedelta(days=review_days // 2),
        review_on=start + timedelta(days=review_days),
        language=verdict.language,
    )
    plan.steps = _steps(plan, progress or {}, outcome)
    return plan


def _steps(
    plan: RepairPlan, progress: dict[int, StepProgress], outcome: str | None
) -> list[PlanStep]:
    sign = plan.main_sign or ""
    details: dict[int, tuple[date, str]] = {
        1: (
            plan.start,
            _(
                "Send the expectations letter: how the work runs, what to expect and when, how "
                "and when to reach you, and how changes are handled."
            ),
        ),
        2: (
            plan.start + timedelta(days=2),
            _(
                "Apologise for what went wrong, without excuses, and make one concrete fix: {fix}."
            ).format(fix=_(FIXES.get(sign, GENERAL_FIX))),
        ),
        3: (
            plan.follow_up_on,
            _("Until the review, give them some extra effort: {effort}.").format(
                effort=_(EFFORTS.get(sign, GENERAL_EFFORT))
            ),
        ),
        4: (
            plan.follow_up_on,
            _("Ask them how it is going: is the fix working, and is anything still in the way?"),
        ),
        5: (
            plan.review_on,
            _(
                "On {day}, score again. If the sign is gone, the client stays; if it is still "
                "there, the repair has failed and the verdict becomes part ways."
            ).format(day=letter_day(plan.review_on)),
        ),
    }
    steps = []
    for number, key, title in REPAIR_STEPS:
        due, detail = details[number]
        step = PlanStep(number, key, _(title), detail, due, aid=REPAIR_AIDS.get(number))
        if number == len(REPAIR_STEPS) and outcome:
            # The scoring at the review date judged the repair: the review is done.
            step.status, step.note = "done", outcome
        recorded = progress.get(number)
        if recorded is not None:
            step.status, step.note = recorded.status, recorded.note
            step.by, step.at = recorded.by, recorded.at
        steps.append(step)
    return steps
