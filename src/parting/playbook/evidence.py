"""The one documented fact a letter cites (DOMAIN §4: "framed around documented facts").

A letter cites the engine's evidence figures, the very numbers the client page shows; a
fact the verdict carries no figure for is not cited (the letter cites the next one), so a
letter never states a number computed another way, over another period. Values are
formatted for the letter's language; the sentence itself is in the templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parting.engine.results import ClientVerdict, Sign
from parting.playbook.records import ClientRecords
from parting.words import formats


@dataclass
class Fact:
    # rework, over_budget, hours, complaints, after_hours, late, late_all, owed, behaviour,
    # request, winding_down, focus, since: each has its sentence in every language's
    # templates (common.txt, fact_sentence)
    key: str
    values: dict[str, str] = field(default_factory=dict)


def _figure(sign: Sign, name: str) -> float | None:
    value = sign.evidence.figures.get(name)
    return float(value) if isinstance(value, int | float) else None


def _any_figure(verdict: ClientVerdict, name: str) -> float | None:
    """A figure of the main sign, or else of another sign: an unprofitable client's rework
    share is a figure of its drain sign, the one the client page shows."""
    for sign in verdict.signs:
        value = _figure(sign, name)
        if value is not None:
            return value
    return None


def _effort_fact(
    sign: Sign, records: ClientRecords, start: date, lang: str, verdict: ClientVerdict | None = None
) -> Fact | None:
    def figure(name: str) -> float | None:
        return _any_figure(verdict, name) if verdict else _figure(sign, name)

    share = figure("rework_share")
    if share and share > 0:
        return Fact("rework", {"share": formats.share(share, lang=lang)})
    # The figure is a share of the budget (0.3: 30 % over); the letter says hours.
    beyond, budget = _figure(sign, "hours_beyond_budget"), _figure(sign, "budget_hours")
    if beyond and beyond > 0 and budget:
        hours_over = beyond * budget
        return Fact("over_budget", {"hours": formats.number(hours_over, 1, lang, trim=True)})
    hours = figure("hours")
    return (
        Fact("hours", {"hours": formats.number(hours, 1, lang, trim=True)})
        if hours and hours > 0
        else None
    )


def _complaint_fact(sign: Sign, records: ClientRecords, start: date, lang: str) -> Fact | None:
    count = _figure(sign, "complaints") or len(sign.evidence.records.get("messages", []))
    if count >= 1:
        return Fact("complaints", {"count": str(int(count))})
    return _effort_fact(sign, records, start, lang)


def _payment_fact(
    sign: Sign, records: ClientRecords, start: date, lang: str, currency: str
) -> Fact | None:
    late, due = _figure(sign, "invoices_late") or 0.0, _figure(sign, "invoices_due") or 0.0
    if late >= 1 and due > late:
        return Fact("late", {"late": str(int(late)), "total": str(int(due))})
    if late >= 1 and due == late:
        return Fact("late_all", {"total": str(int(due))})
    overdue = _figure(sign, "overdue")
    if overdue and overdue > 0:
        return Fact("owed", {"amount": formats.money(overdue, currency, lang, decimals=2)})
    return None


def _dated(records: ClientRecords, sign: Sign, kind: str) -> date | None:
    days = [i["date"] for i in records.incidents if i["kind"] == kind and i["date"]]
    wanted = set(sign.evidence.records.get("messages", []))
    days += [
        m["sent_at"].date() for m in records.messages if m["message_id"] in wanted and m["sent_at"]
    ]
    return max(days, default=None)


def _fit_fact(sign: Sign, records: ClientRecords, lang: str) -> Fact | None:
    """Grown apart or off mission: the part of their work in services we are winding down,
    or their industry no longer being one we serve; else how long we have worked together."""
    winding = _figure(sign, "winding_down_share")
    if winding and winding > 0:
        return Fact("winding_down", {"share": formats.share(winding, lang=lang)})
    if sign.evidence.figures.get("excluded_industry"):
        return Fact("focus")
    return _since_fact(records, lang)


def payment_reminders(verdict: ClientVerdict) -> int:
    """The payment reminders sent this year: what was tried before parting (0 when the data
    does not say)."""
    sign = verdict.main_sign
    value = _figure(sign, "reminders") if sign and sign.id == "payment_risk" else None
    return int(value) if value and value > 0 else 0


def working_since(records: ClientRecords) -> date | None:
    """When the work together began: the client's "since", or the first project."""
    starts = [records.client.get("since")] + [p["started_on"] for p in records.projects]
    return min((d for d in starts if d), default=None)


def _since_fact(records: ClientRecords, lang: str) -> Fact | None:
    first = working_since(records)
    return Fact("since", {"year": str(first.year)}) if first else None


def documented_fact(
    verdict: ClientVerdict, records: ClientRecords, start: date, lang: str, currency: str
) -> Fact | None:
    """The fact behind the main sign, ready for the letter in ``lang``; None when the data
    holds nothing citable (the templates then speak of the fit in general terms)."""
    sign = verdict.main_sign
    if sign is None:
        return _since_fact(records, lang)
    if sign.id in ("drain", "scope_creep", "unprofitable"):
        return _effort_fact(sign, records, start, lang, verdict)
    if sign.id in ("complainer", "unpleasable"):
        return _complaint_fact(sign, records, start, lang)
    if sign.id == "boundaries":
        share = _figure(sign, "after_hours_share")
        return Fact("after_hours", {"share": formats.share(share, lang=lang)}) if share else None
    if sign.id == "payment_risk":
        return _payment_fact(sign, records, start, lang, currency)
    if sign.id in ("abuse", "unethical"):
        day = _dated(records, sign, "abuse" if sign.id == "abuse" else "ethics")
        key = "behaviour" if sign.id == "abuse" else "request"
        return Fact(key, {"date": formats.letter_day(day, lang)}) if day else None
    if sign.id in ("grown_apart", "off_mission"):
        return _fit_fact(sign, records, lang)
    return _since_fact(records, lang)
