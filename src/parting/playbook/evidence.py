"""The one documented fact a letter cites (DOMAIN §4: "framed around documented facts").

Which facts a sign's letter may cite, in the order tried, is part of the sign's declaration
(``SignSpec.letter_facts``); this module says what each fact is. A fact reads the stored
verdict — the figures of its signs and what the client owes — so a letter states the very
numbers the client page shows, never a number computed another way, over another period.
A fact the verdict carries no figure for is not cited (the letter cites the next one).
Values are formatted for the letter's language; the sentence itself is in the templates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from parting.engine.results import ClientVerdict, Sign
from parting.playbook.records import ClientRecords
from parting.words import formats


@dataclass
class Fact:
    # A key of ``FACTS``; each has its sentence in every language's templates
    # (common.txt, fact_sentence).
    key: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Cited:
    """What a fact may read: the stored verdict and its main sign, the client's records
    (for the day a documented incident or message happened), and how to format."""

    verdict: ClientVerdict
    sign: Sign
    records: ClientRecords
    lang: str
    currency: str

    def figure(self, name: str) -> float | None:
        """A figure of the main sign."""
        return _figure(self.sign, name)

    def any_figure(self, name: str) -> float | None:
        """A figure of the main sign, or else of another sign: an unprofitable client's
        rework share is a figure of its drain sign, the one the client page shows."""
        for sign in [self.sign, *self.verdict.signs]:
            value = _figure(sign, name)
            if value is not None:
                return value
        return None


def _figure(sign: Sign, name: str) -> float | None:
    value = sign.evidence.figures.get(name)
    return float(value) if isinstance(value, int | float) else None


def _rework(c: Cited) -> Fact | None:
    share = c.any_figure("rework_share")
    return Fact("rework", {"share": formats.share(share, lang=c.lang)}) if share else None


def _over_budget(c: Cited) -> Fact | None:
    # The figure is a share of the budget (0.3: 30 % over); the letter says hours.
    beyond, budget = c.figure("hours_beyond_budget"), c.figure("budget_hours")
    if beyond and beyond > 0 and budget:
        return Fact("over_budget", {"hours": formats.number(beyond * budget, 1, c.lang, trim=True)})
    return None


def _rounds(c: Cited) -> Fact | None:
    rounds = c.figure("revision_rounds")
    return Fact("rounds", {"rounds": str(int(rounds))}) if rounds and rounds >= 2 else None


def _hours(c: Cited) -> Fact | None:
    hours = c.any_figure("hours")
    if hours and hours > 0:
        return Fact("hours", {"hours": formats.number(hours, 1, c.lang, trim=True)})
    return None


def _complaints(c: Cited) -> Fact | None:
    count = c.figure("complaints") or len(c.sign.evidence.records.get("messages", []))
    return Fact("complaints", {"count": str(int(count))}) if count >= 1 else None


def _after_hours(c: Cited) -> Fact | None:
    share = c.figure("after_hours_share")
    return Fact("after_hours", {"share": formats.share(share, lang=c.lang)}) if share else None


def _late(c: Cited) -> Fact | None:
    late, due = c.figure("invoices_late") or 0.0, c.figure("invoices_due") or 0.0
    return (
        Fact("late", {"late": str(int(late)), "total": str(int(due))}) if 1 <= late < due else None
    )


def _late_all(c: Cited) -> Fact | None:
    late, due = c.figure("invoices_late") or 0.0, c.figure("invoices_due") or 0.0
    return Fact("late_all", {"total": str(int(due))}) if late >= 1 and due == late else None


def _owed(c: Cited) -> Fact | None:
    """What has stayed unpaid past its due date: the verdict's overdue figure."""
    overdue = c.verdict.overdue
    if formats.owes(overdue):
        return Fact("owed", {"amount": formats.owed(overdue, c.currency, c.lang)})
    return None


def _dated(c: Cited, kind: str) -> date | None:
    """The latest day of the sign's documented incidents of ``kind`` or of its messages."""
    days = [i["date"] for i in c.records.incidents if i["kind"] == kind and i["date"]]
    wanted = set(c.sign.evidence.records.get("messages", []))
    days += [
        m["sent_at"].date()
        for m in c.records.messages
        if m["message_id"] in wanted and m["sent_at"]
    ]
    return max(days, default=None)


def _behaviour(c: Cited) -> Fact | None:
    day = _dated(c, "abuse")
    return Fact("behaviour", {"date": formats.letter_day(day, c.lang)}) if day else None


def _request(c: Cited) -> Fact | None:
    day = _dated(c, "ethics")
    return Fact("request", {"date": formats.letter_day(day, c.lang)}) if day else None


def _winding_down(c: Cited) -> Fact | None:
    winding = c.figure("winding_down_share")
    if winding and winding >= 0.995:  # shown as 100 %: say "all of the work" instead
        return Fact("winding_down_all")
    if winding and winding > 0:
        return Fact("winding_down", {"share": formats.share(winding, lang=c.lang)})
    return None


def _focus(c: Cited) -> Fact | None:
    return Fact("focus") if c.sign.evidence.figures.get("excluded_industry") else None


def _since(c: Cited) -> Fact | None:
    return _since_fact(c.records)


# Every fact a letter can cite, by key; a sign names the ones its letter may cite
# (``SignSpec.letter_facts``) and ``tests/playbook/test_letters.py`` checks each key has
# its sentence in every language.
FACTS: dict[str, Callable[[Cited], Fact | None]] = {
    "rework": _rework,
    "over_budget": _over_budget,
    "rounds": _rounds,
    "hours": _hours,
    "complaints": _complaints,
    "after_hours": _after_hours,
    "late": _late,
    "late_all": _late_all,
    "owed": _owed,
    "behaviour": _behaviour,
    "request": _request,
    "winding_down": _winding_down,
    "winding_down_all": _winding_down,  # cited by way of "winding_down"
    "focus": _focus,
    "since": _since,
}


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


def _since_fact(records: ClientRecords) -> Fact | None:
    first = working_since(records)
    return Fact("since", {"year": str(first.year)}) if first else None


def documented_fact(
    verdict: ClientVerdict, records: ClientRecords, lang: str, currency: str
) -> Fact | None:
    """The first fact the main sign's letter may cite (the one for the figure that decided
    the sign, ``SignSpec.decided_facts``, then ``SignSpec.letter_facts``) that the verdict
    documents, ready for the letter in ``lang``; None when it documents none (the
    templates then speak of the fit in general terms)."""
    from parting.engine.signs import BY_ID

    sign = verdict.main_sign
    if sign is None:
        return _since_fact(records)
    cited = Cited(verdict, sign, records, lang, currency)
    spec = BY_ID[sign.id]
    decided = spec.decided_facts.get(sign.deciding)
    for key in (decided, *spec.letter_facts) if decided else spec.letter_facts:
        fact = FACTS[key](cited)
        if fact is not None:
            return fact
    return None
