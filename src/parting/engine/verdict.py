"""The verdict rules of DOMAIN §2 for one client, from the signs that fired.

``decide`` is plain Python over a handful of signs; it runs only for clients with a sign,
so a large portfolio with few problem clients stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from parting.config import Config
from parting.engine.results import Severity, Sign, VerdictId

ORDER: tuple[VerdictId, ...] = ("keep", "watch", "repair", "part_ways", "part_ways_now")
SEVERITY_ORDER: dict[Severity, int] = {"immediate": 0, "urgent": 1, "planned": 2, "minor": 3}
SEVERITY_WEIGHT: dict[Severity, int] = {"immediate": 8, "urgent": 4, "planned": 2, "minor": 1}


@dataclass(frozen=True)
class Circumstances:
    """What tempers a verdict beyond the signs themselves."""

    as_of: date
    long_standing: bool = False
    will_pass: frozenset[str] = frozenset()  # signs a person judged likely to pass
    last_remediation: date | None = None
    last_incident: date | None = None  # last incident or abusive/complaining message
    recurring: bool = False  # incidents recur many times a month: no cooling off


# Signs of fit, not fault: the client did nothing a repair could put right. They lead to a
# planned, friendly exit (or a watch while the sign is weak or recent), never to a repair.
FIT_SIGNS = frozenset({"grown_apart", "off_mission"})


@dataclass
class Decision:
    verdict: VerdictId
    tempered_by: list[str] = field(default_factory=list)
    decision_not_before: date | None = None
    failed_repair: date | None = None  # the day a repair began that did not remove the sign
    reviewed_repair: date | None = None  # the day the repair judged at this scoring began


def decide(signs: list[Sign], c: Circumstances, config: Config) -> Decision:
    cfg = config.settings.verdict
    verdict, failed = _by_signs(signs, c, config)
    decision = Decision(verdict, failed_repair=failed)
    if failed is not None:
        decision.tempered_by.append("failed_repair")
    fired = {s.id for s in signs}
    if fired & c.will_pass and verdict != "keep":
        decision.verdict = ORDER[ORDER.index(verdict) - 1]
        decision.tempered_by.append("will_pass")
    reviewed = repair_under_review(c, config)
    if reviewed is not None and (failed is not None or verdict == "keep"):
        decision.reviewed_repair = reviewed
        if failed is None:
            decision.tempered_by.append("repair_worked")
    # A long-standing client whose repair failed has had the chance to repair first.
    if decision.verdict == "part_ways" and c.long_standing and failed is None:
        # An old friend is not dropped for a sudden misfit: a problem gets a repair first;
        # a misfit alone has nothing to repair, so it is watched.
        decision.verdict = "watch" if fit_only(signs) else "repair"
        decision.tempered_by.append("long_standing")
    if decision.verdict == "part_ways" and c.last_incident and not c.recurring:
        decision.decision_not_before = c.last_incident + timedelta(days=int(cfg.cool_off_days))
        if decision.decision_not_before > c.as_of:
            decision.tempered_by.append("cool_off")
    return decision


def fit_only(signs: list[Sign]) -> bool:
    """Whether every serious sign is one of fit (nothing a repair could put right)."""
    serious = [s for s in signs if s.severity != "minor"]
    return bool(serious) and all(s.id in FIT_SIGNS for s in serious)


def repair_under_review(c: Circumstances, config: Config) -> date | None:
    """The day the client's last repair began, once it has reached its review date
    (``verdict.repair_review_days`` later): from then on the signs read only the data
    since the repair (``features.Window``), so the verdict is the repair's review."""
    began = c.last_remediation
    if began is None or (c.as_of - began).days < int(config.settings.verdict.repair_review_days):
        return None
    return began


def failed_repair(sign: Sign, c: Circumstances, config: Config) -> date | None:
    """The day a repair began, when ``sign`` is still there at its review date, judged on
    the data since the repair, and its evidence began before it: the repair failed. A sign
    whose evidence begins after the repair is a new matter, not a failed repair."""
    began = repair_under_review(c, config)
    if began is None or sign.id in FIT_SIGNS:
        return None
    predates = sign.first_seen is None or sign.first_seen < began
    return began if predates else None


def _by_signs(signs: list[Sign], c: Circumstances, config: Config) -> tuple[VerdictId, date | None]:
    """The verdict the signs call for, before tempering; and the day a failed repair began."""
    cfg = config.settings.verdict
    serious = [s for s in signs if s.severity != "minor"]
    if not serious:
        return "keep", None
    if any(s.severity == "immediate" for s in serious):
        return "part_ways_now", None
    failed = failed_repair(serious[0], c, config)
    if any(s.id == "unpleasable" or s.severity == "urgent" for s in serious) or len(serious) >= 2:
        return "part_ways", failed
    sign = serious[0]
    if failed is not None:
        return "part_ways", failed
    recent = sign.first_seen is not None and (c.as_of - sign.first_seen).days < int(cfg.recent_days)
    if recent or sign.weak:
        return "watch", None
    return ("part_ways" if sign.id in FIT_SIGNS else "repair"), None


def weight(signs: list[Sign]) -> int:
    return sum(SEVERITY_WEIGHT[s.severity] for s in signs)
