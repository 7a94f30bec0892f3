"""What the engine hands to everyone else: per-client signs with evidence, and verdicts.

These plain dataclasses are the contract with the workspace, the playbook, the CLI and
the web app. ``to_dict`` gives the JSON shape of ``parting score --format json``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, NewType

# The id of a sign: the name of its module in ``parting.engine.signs``, which registers
# it (``SIGN = SignSpec(id=SignId("drain"), ...)``). The registry is the one list of signs
# (``parting.engine.signs.SIGN_IDS``); a text from outside (a CLI option, a form) becomes a
# ``SignId`` only through ``parting.engine.signs.sign_id``, which checks it is registered.
SignId = NewType("SignId", str)

Severity = Literal["immediate", "urgent", "planned", "minor"]
VerdictId = Literal["keep", "watch", "repair", "part_ways", "part_ways_now"]
VERDICT_IDS: tuple[VerdictId, ...] = VerdictId.__args__  # type: ignore[attr-defined]


@dataclass
class Evidence:
    """Why a sign fired: the figures compared with their thresholds, and the records.

    ``figures``: name -> value (e.g. ``{"late_share": 0.67, "late_share_threshold": 0.5}``).
    ``records``: table name -> ids of the rows that made it fire (``{"invoices": [...]}``).
    ``words``: message id -> the words or phrases that matched in that message.
    """

    figures: dict[str, float | int | str | None] = field(default_factory=dict)
    records: dict[str, list[str]] = field(default_factory=dict)
    words: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Sign:
    id: SignId
    severity: Severity
    evidence: Evidence = field(default_factory=Evidence)
    first_seen: date | None = None  # earliest evidence date; drives "recent" and "persists"
    weak: bool = False  # only just past its threshold (the deciding figure's)
    # The figure whose threshold made the sign fire (the strongest criterion that fired),
    # e.g. "late_share"; "" for a sign that fires on a fact (an incident, a tag).
    deciding: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sign:
        """A sign as ``to_dict`` (and so the workspace and the plans) stores it."""
        evidence = data.get("evidence") or {}
        first_seen = data.get("first_seen")
        return cls(
            id=SignId(data["id"]),
            severity=data["severity"],
            evidence=Evidence(
                figures=dict(evidence.get("figures") or {}),
                records={k: list(v) for k, v in (evidence.get("records") or {}).items()},
                words={k: list(v) for k, v in (evidence.get("words") or {}).items()},
            ),
            first_seen=date.fromisoformat(first_seen) if first_seen else None,
            weak=bool(data.get("weak", False)),
            deciding=str(data.get("deciding") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a sign (``parting score --format json``, the stored verdict),
        built field by field: ``dataclasses.asdict`` deep-copies every value, and a
        portfolio has hundreds of thousands of them."""
        e = self.evidence
        return {
            "id": self.id,
            "severity": self.severity,
            "evidence": {
                "figures": dict(e.figures),
                "records": {k: list(v) for k, v in e.records.items()},
                "words": {k: list(v) for k, v in e.words.items()},
            },
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "weak": self.weak,
            "deciding": self.deciding,
        }


@dataclass
class ClientVerdict:
    client_id: str
    name: str
    verdict: VerdictId
    rank: int  # 1 = first to act on
    reason: str  # one plain, translated sentence
    signs: list[Sign] = field(default_factory=list)
    review_flags: list[str] = field(default_factory=list)  # e.g. "ethics" for a person to confirm
    tempered_by: list[str] = field(default_factory=list)  # long_standing, will_pass, cool_off …
    decision_not_before: date | None = None  # cool-off: the earliest day to act
    language: str = "en"
    reviewed_repair: date | None = None  # the day the repair this verdict judges began
    # What the client owes on the invoices issued by the scoring day, due or not, and the
    # part past its due date (and grace): computed once by the engine, shown as they are
    # on the client page, the plan, the letter, ``parting score`` and the exports.
    owed: float = 0.0
    overdue: float = 0.0

    @property
    def main_sign(self) -> Sign | None:
        return self.signs[0] if self.signs else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``parting score --format json`` for this client."""
        return {
            "client_id": self.client_id,
            "name": self.name,
            "verdict": self.verdict,
            "rank": self.rank,
            "reason": self.reason,
            "signs": [s.to_dict() for s in self.signs],
            "review_flags": list(self.review_flags),
            "tempered_by": list(self.tempered_by),
            "decision_not_before": (
                self.decision_not_before.isoformat() if self.decision_not_before else None
            ),
            "language": self.language,
            "reviewed_repair": (self.reviewed_repair.isoformat() if self.reviewed_repair else None),
            "owed": self.owed,
            "overdue": self.overdue,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClientVerdict:
        """The inverse of ``to_dict``: the one reader of a stored or exported verdict."""
        not_before = data.get("decision_not_before")
        reviewed = data.get("reviewed_repair")
        return cls(
            client_id=data["client_id"],
            name=data.get("name", ""),
            verdict=data["verdict"],
            rank=int(data.get("rank", 0)),
            reason=data.get("reason", ""),
            signs=[Sign.from_dict(s) for s in data.get("signs", [])],
            review_flags=list(data.get("review_flags", [])),
            tempered_by=list(data.get("tempered_by", [])),
            decision_not_before=date.fromisoformat(not_before) if not_before else None,
            language=data.get("language") or "en",
            reviewed_repair=date.fromisoformat(reviewed) if reviewed else None,
            owed=float(data.get("owed") or 0.0),
            overdue=float(data.get("overdue") or 0.0),
        )


@dataclass
class ClientMetrics:
    """The figures the portfolio shows for one client over the scoring window."""

    client_id: str
    revenue: float
    hours: float
    cost: float
    margin: float
    effective_rate: float | None
    overdue: float  # the part of ``owed`` past its due date (``ClientVerdict.overdue``)
    effort_share: float
    revenue_share: float
    owed: float = 0.0  # what the client owes, due or not (``ClientVerdict.owed``)


@dataclass
class Triage:
    """The engine's answer for a portfolio on one day: a verdict per client (best-first by
    rank) and the portfolio figures behind them."""

    as_of: date
    # Sorted by rank (1 first); from the engine, ``parting.engine.verdicts.Verdicts``.
    verdicts: Sequence[ClientVerdict]
    metrics: Mapping[str, ClientMetrics]  # by client_id, over the scoring window
    window_days: int = 365

    def to_json(self) -> list[dict[str, Any]]:
        """The ``parting score --format json`` shape: one object per client, by rank."""
        return [v.to_dict() for v in self.verdicts]

    def verdict_of(self, client_id: str) -> ClientVerdict:
        for v in self.verdicts:
            if v.client_id == client_id:
                return v
        from parting.errors import NotFoundError

        raise NotFoundError(client_id)


@dataclass
class WhatIf:
    """What the business gains by letting ``dropped`` clients go (per month and window)."""

    dropped: list[str]
    hours_freed_per_month: float
    revenue_lost: float  # over the scoring window
    revenue_lost_per_month: float
    margin_before: float
    margin_after: float
    effective_rate_before: float | None
    effective_rate_after: float | None
    revenue_before: float
    revenue_after: float
    hours_before: float
    hours_after: float

    @property
    def margin_share_before(self) -> float | None:
        return self.margin_before / self.revenue_before if self.revenue_before else None

    @property
    def margin_share_after(self) -> float | None:
        return self.margin_after / self.revenue_after if self.revenue_after else None
