"""The business settings as typed objects: one frozen dataclass per section of
``defaults.toml``, loaded once per ``Config`` (``config.settings``).

Code reads ``config.settings.drain.window_days``, never ``config["drain"]["window_days"]``:
a misspelt setting is a type error (mypy), not a ``KeyError`` while scoring. The sections
mirror ``defaults.toml``; ``tests/test_settings_typed.py`` fails when they drift apart.

>>> from parting.config import Config
>>> Config().settings.complainer.window_days
180
>>> Config().merged({"drain": {"rework_share": 0.3}}).settings.drain.rework_share
0.3
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, get_type_hints


@dataclass(frozen=True)
class Business:
    """``[business]`` of ``defaults.toml``."""

    name: str  # shown in letters as the sender
    currency: str  # ISO 4217 code of the business currency
    timezone: str  # IANA name; naive timestamps are read in this zone
    language: str  # language of the person using Parting (en, fr, vi, sl)
    email: str  # sender address of letter drafts (parting letter --format eml)
    signatory: str  # who signs letters; empty = the business name alone
    working_days: tuple[int, ...]  # Monday = 0
    working_hours: tuple[int, ...]  # [start, end) in local hours
    default_cost_rate: float  # cost of one staff hour when a time entry has none
    cost_rates: Mapping[str, float]  # person -> cost rate, e.g. { "Ana" = 45.0 }
    payment_terms_days: int  # due date for invoices whose export has none
    date_order: str  # imported dates like 03/04/2024: "dmy", "mdy", or "auto"
    own_domains: tuple[str, ...]  # the business's mail domains, e.g. ["studio.example"]
    core_service_lines: tuple[str, ...]  # service lines the business means to grow
    winding_down_service_lines: tuple[str, ...]  # service lines being phased out
    excluded_industries: tuple[str, ...]  # industries the business no longer serves
    excluded_tags: tuple[str, ...]  # client tags that conflict with its values
    staff_see_margins: bool  # staff see margins and the what-if (the owner always does)
    target_segment_revenue: tuple[float, ...]


@dataclass(frozen=True)
class Drain:
    """``[drain]`` of ``defaults.toml``."""

    effort_to_revenue_ratio: float  # effort share ÷ revenue share at or above this …
    top_effort_share: float  # … and among the top 20 % of clients by hours
    min_rate_vs_median: float  # effective hourly rate below 50 % of the portfolio median
    rework_share: float  # rework + revision hours ≥ 25 % of their hours
    min_hours: float  # clients with fewer hours in the window are too small to judge
    window_days: int  # the period the drain figures cover


@dataclass(frozen=True)
class Abuse:
    """``[abuse]`` of ``defaults.toml``."""

    window_days: int  # abusive messages and incidents counted over this many days
    min_count: int  # abusive messages or incidents in the window …
    min_severe: int  # … or this many severe ones


@dataclass(frozen=True)
class Unethical:
    """``[unethical]`` of ``defaults.toml``."""

    window_days: int  # ethics incidents and flagged requests looked at


@dataclass(frozen=True)
class PaymentRisk:
    """``[payment_risk]`` of ``defaults.toml``."""

    window_days: int  # invoices of the last 12 months
    late_share: float  # share of invoices paid late …
    min_invoices: int  # … out of at least this many
    grace_days: int  # a payment up to a week after the due date is not late: a
    oldest_overdue_days: int  # an open invoice this old past due
    overdue_months_of_revenue: float  # overdue balance ≥ this many months of their revenue
    severe_overdue_days: int  # an invoice a quarter overdue: the money itself is at risk
    severe_overdue_months_of_revenue: float  # or this many months of their revenue overdue (and the
    chronic_late_share: float  # or nearly every invoice paid late …
    chronic_days_late: float  # … by three weeks or more on average …
    chronic_min_invoices: int  # … over at least this many invoices: a habit, not a bad month
    min_reminders: int  # payment reminders sent in the window
    min_excuses: int  # payment excuses in their messages


@dataclass(frozen=True)
class GrownApart:
    """``[grown_apart]`` of ``defaults.toml``."""

    winding_down_share: float  # share of their hours in winding-down service lines
    max_strategic_fit: float  # declared fit (0–5) at or below this


@dataclass(frozen=True)
class Complainer:
    """``[complainer]`` of ``defaults.toml``."""

    window_days: int  # complaints counted over the last 6 months
    complaints_per_month: float  # complaint messages per month at or above this


@dataclass(frozen=True)
class NoPotential:
    """``[no_potential]`` of ``defaults.toml``."""

    window_days: int  # the trend compares the last 12 months with the 12 before
    revenue_drop: float  # last 12 months vs the 12 before fell by ≥ 30 %
    recency_days: int  # no invoice for this long
    clv_min_clients: int  # BG/NBD + Gamma-Gamma when this many repeat clients
    clv_horizon_days: int  # predicted value over the next year
    clv_low_quantile: float  # bottom 20 % predicted value
    clv_fit_sample: int  # fit the value model on about this many clients (a sample)


@dataclass(frozen=True)
class NoReferrals:
    """``[no_referrals]`` of ``defaults.toml``."""

    min_tenure_days: int  # only after 24 months as a client; a minor sign, never decisive


@dataclass(frozen=True)
class Unprofitable:
    """``[unprofitable]`` of ``defaults.toml``."""

    min_margin: float  # margin share of revenue below this; < 0 is severe
    window_days: int  # margin over the last 12 months


@dataclass(frozen=True)
class OffMission:
    """``[off_mission]``: no setting of its own."""


@dataclass(frozen=True)
class Boundaries:
    """``[boundaries]`` of ``defaults.toml``."""

    window_days: int  # messages of the last 90 days
    after_hours_share: float  # share of their messages outside working hours or at weekends …
    min_messages_per_month: float  # … when they send at least this many a month
    urgent_share: float  # share of their messages calling things urgent


@dataclass(frozen=True)
class ScopeCreep:
    """``[scope_creep]`` of ``defaults.toml``."""

    window_days: int  # revisions and change requests of the last 12 months
    revision_rounds: int  # revision entries/requests per deliverable
    over_estimate: float  # hours beyond budget
    min_change_requests: int  # out-of-scope change requests in the window


@dataclass(frozen=True)
class Unpleasable:
    """``[unpleasable]`` of ``defaults.toml``."""

    complaints_after_remediation: int  # complaints within the window after a remediation
    window_days: int  # complaints counted this long after a logged remediation
    custom_demands: int  # change requests while the engagement is small
    min_public_criticism: int  # public criticism of staff (incident kind public_criticism)
    min_entitled_messages: int  # messages in the window acting as if we owe them ("you owe


@dataclass(frozen=True)
class Verdict:
    """``[verdict]`` of ``defaults.toml``."""

    recent_days: int  # a sign first seen this recently is "recent" → watch
    weak_margin: float  # within 10 % of its threshold is "weak" → watch
    repair_review_days: int  # a repair (a logged remediation) is judged this long after it
    long_standing_years: int  # clients this long with us are not dropped for a sudden misfit
    cool_off_days: int  # no planned decision sooner than this after the last incident
    recurring_incidents_per_month: int  # a pattern this frequent needs no cooling off
    message_lookback_days: int  # messages older than this are not read at all (never less


@dataclass(frozen=True)
class Evidence:
    """``[evidence]`` of ``defaults.toml``."""

    max_records: int  # record ids kept per sign and client; a count gives the rest


@dataclass(frozen=True)
class Plan:
    """``[plan]`` of ``defaults.toml``."""

    notice_days: int  # the least notice a client relying on regular work gets
    contract_notice_days: int
    meeting_after_days: int  # the meeting is set this many days after the cool-off date
    confirmation_after_days: int  # the written confirmation follows the meeting by this many days
    close_out_after_days: int  # final invoice and archive, this many days after the notice ends
    meeting_hour: int  # local hour (business time zone) of the meeting in the calendar file
    meeting_minutes: int  # length of the meeting in the calendar file


@dataclass(frozen=True)
class Letters:
    """``[letters]`` of ``defaults.toml``."""

    max_words: int  # the letter checker flags a draft longer than this
    vi_word_factor: float  # Vietnamese writes every syllable as a word: its limit is scaled


@dataclass(frozen=True)
class Settings:
    """Every section, typed."""

    business: Business
    drain: Drain
    abuse: Abuse
    unethical: Unethical
    payment_risk: PaymentRisk
    grown_apart: GrownApart
    complainer: Complainer
    no_potential: NoPotential
    no_referrals: NoReferrals
    unprofitable: Unprofitable
    off_mission: OffMission
    boundaries: Boundaries
    scope_creep: ScopeCreep
    unpleasable: Unpleasable
    verdict: Verdict
    evidence: Evidence
    plan: Plan
    letters: Letters


def _value(kind: Any, value: Any) -> Any:
    """A TOML value as its field's type: numbers as int or float, lists as tuples, tables
    as mappings (read-only to the type checker)."""
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    if kind is bool or kind is str:
        return value
    if str(kind).startswith("tuple"):
        return tuple(value)
    return dict(value)


def _section(cls: type[Any], values: Mapping[str, Any]) -> Any:
    hints = get_type_hints(cls)
    return cls(**{f.name: _value(hints[f.name], values[f.name]) for f in dataclasses.fields(cls)})


def typed(values: Mapping[str, Any]) -> Settings:
    """``values`` (a ``Config``'s checked mapping) as typed sections."""
    hints = get_type_hints(Settings)
    return Settings(**{name: _section(hints[name], values[name]) for name in hints})
