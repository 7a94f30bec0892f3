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


@dataclass
class Decision:
    verdict: VerdictId
    tempered_by: list[str] = field(default_factory=list)
    decision_not_before: date | None = None
    failed_remediation: bool = False


def decide(signs: list[Sign], c: Circumstances, config: Config) -> Decision:
    cfg = config["verdict"]
    verdict, failed = _by_signs(signs, c, config)
    decision = Decision(verdict, failed_remediation=failed)
    fired = {s.id for s in signs}
    if fired & c.will_pass and verdict != "keep":
        decision.verdict = ORDER[ORDER.index(verdict) - 1]
        decision.tempered_by.append("will_pass")
    if decision.verdict == "part_ways" and c.long_standing:
        decision.verdict = "repair"
        decision.tempered_by.append("long_standing")
    if decision.verdict == "part_ways" and c.last_incident and not c.recurring:
        decision.decision_not_before = c.last_incident + timedelta(days=int(cfg["cool_off_days"]))
        if decision.decision_not_before > c.as_of:
            decision.tempered_by.append("cool_off")
    return decision


def _by_signs(signs: list[Sign], c: Circumstances, config: Config) -> tuple[VerdictId, bool]:
    """The verdict the signs call for, before tempering; and whether a remediation failed."""
    cfg = config["verdict"]
    serious = [s for s in signs if s.severity != "minor"]
    if not serious:
        return "keep", False
    if any(s.severity == "immediate" for s in serious):
        return "part_ways_now", False
    if any(s.id == "unpleasable" or s.severity == "urgent" for s in serious) or len(serious) >= 2:
        return "part_ways", False
    persisted = c.last_remediation is not None and (c.as_of - c.last_remediation).days >= int(
        cfg["persist_after_remediation_days"]
    )
    if persisted:
        return "part_ways", True
    sign = serious[0]
    recent = sign.first_seen is not None and (c.as_of - sign.first_seen).days < int(
        cfg["recent_days"]
    )
    return ("watch" if recent or sign.weak else "repair"), False


def weight(signs: list[Sign]) -> int:
    return sum(SEVERITY_WEIGHT[s.severity] for s in signs)
