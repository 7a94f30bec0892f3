"""The one plain sentence that says why a client got their verdict, from the main sign
and its figures, in the language of the person reading."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol

from parting.engine.results import ClientVerdict, Sign
from parting.engine.verdict import fit_only
from parting.i18n import _, current_language, ngettext

Figures = dict[str, Any]


@cache
def _locale_symbols(language: str, currency: str) -> tuple[str, str, str, bool]:
    """Group and decimal marks, currency symbol and whether it goes first, from Babel once
    (formatting each of a million figures with Babel would take minutes)."""
    locale = Locale.parse(language)
    group = get_group_symbol(locale)
    decimal = get_decimal_symbol(locale)
    symbol = get_currency_symbol(currency, locale)
    pattern = locale.currency_formats["standard"].pattern
    return group, decimal, symbol, pattern.lstrip("#,0.;").startswith("¤") or pattern[0] == "¤"


class Formats:
    """Numbers, money and shares in the reader's language."""

    def __init__(self, currency: str) -> None:
        group, decimal, symbol, first = _locale_symbols(current_language(), currency)
        self.group, self.decimal, self.symbol, self.symbol_first = group, decimal, symbol, first

    def number(self, value: Any, digits: int = 0) -> str:
        text = f"{float(value or 0):,.{digits}f}"
        if digits:
            text = text.rstrip("0").rstrip(".")
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def money(self, value: Any) -> str:
        amount = float(value or 0)
        digits = self.number(abs(amount))
        sign = "-" if amount < 0 else ""
        if self.symbol_first:
            return f"{sign}{self.symbol}{digits}"
        return f"{sign}{digits}\u00a0{self.symbol}"

    def day(self, value: Any) -> str:
        """A date (or its ISO text) in the reader's language, e.g. "3 March 2026"."""
        day = date.fromisoformat(value) if isinstance(value, str) else value
        return format_date(day, format="long", locale=current_language()) if day else "—"

    def share(self, value: Any) -> str:
        return (
            f"{self.number(100 * float(value or 0))}\u00a0%"
            if self.decimal == ","
            else (f"{self.number(100 * float(value or 0))}%")
        )


def _drain(g: Figures, f: Formats, deciding: str) -> str:
    if deciding == "rework_share":
        return _("{share} of the hours spent on them went to rework and revisions").format(
            share=f.share(g["rework_share"])
        )
    if deciding == "effective_rate":
        return _("They pay {rate} an hour, under half the usual {median}").format(
            rate=f.money(g.get("effective_rate")), median=f.money(g.get("median_rate"))
        )
    return _("They take {effort} of staff hours but bring {revenue} of revenue").format(
        effort=f.share(g["effort_share"]), revenue=f.share(g["revenue_share"])
    )


def _abuse(g: Figures, f: Formats, deciding: str) -> str:
    count = int((g.get("abusive_messages") or 0) + (g.get("abuse_incidents") or 0))
    return _("Abusive messages or incidents towards staff in the last {days} days: {count}").format(
        count=count, days=int(g.get("window_days") or 0)
    )


def _unethical(g: Figures, f: Formats, deciding: str) -> str:
    return _("Ethics incidents logged in the last year: {count}").format(
        count=int(g.get("ethics_incidents") or 0)
    )


def _days(value: Any) -> int:
    """A count of days as the sentence says it (for the plural of "day")."""
    return round(float(value or 0))


def _payment_risk(g: Figures, f: Formats, deciding: str) -> str:
    late = int(g.get("invoices_late") or 0)
    due = int(g.get("invoices_due") or 0)
    overdue = g.get("overdue") or 0
    oldest = _days(g.get("oldest_overdue_days"))
    if deciding == "late_share" and overdue:
        return ngettext(
            "Paid {late} of the last {due} invoices late; {amount} is {days} day overdue",
            "Paid {late} of the last {due} invoices late; {amount} is {days} days overdue",
            oldest,
        ).format(late=late, due=due, amount=f.money(overdue), days=oldest)
    if deciding == "late_share":
        average = _days(g.get("average_days_late"))
        return ngettext(
            "Paid {late} of the last {due} invoices late, {days} day late on average",
            "Paid {late} of the last {due} invoices late, {days} days late on average",
            average,
        ).format(late=late, due=due, days=average)
    if deciding in ("oldest_overdue_days", "overdue_months_of_revenue") and overdue:
        return ngettext(
            "{amount} is overdue, the oldest part {days} day",
            "{amount} is overdue, the oldest part {days} days",
            oldest,
        ).format(amount=f.money(overdue), days=oldest)
    if deciding == "payment_excuses":
        return _("Excuses for late payment in their messages this year: {count}").format(
            count=int(g.get("payment_excuses") or 0)
        )
    return _("Payment reminders we had to send this year: {count}").format(
        count=int(g.get("reminders") or 0)
    )


def _grown_apart(g: Figures, f: Formats, deciding: str) -> str:
    if deciding == "winding_down_share":
        return _("{share} of their work is in service lines we are winding down").format(
            share=f.share(g["winding_down_share"])
        )
    if deciding == "strategic_fit" and g.get("strategic_fit") is not None:
        return _("Their strategic fit is rated {fit} out of 5").format(
            fit=f.number(g["strategic_fit"], 1)
        )
    return _("Their yearly revenue of {amount} is outside our target segment").format(
        amount=f.money(g.get("yearly_revenue"))
    )


def _complainer(g: Figures, f: Formats, deciding: str) -> str:
    return _("Complaints in the last 6 months: {count}, {minor} of them about small things").format(
        count=int(g.get("complaints") or 0), minor=f.share(g.get("minor_share"))
    )


def _no_potential(g: Figures, f: Formats, deciding: str) -> str:
    days = g.get("days_since_last_invoice")
    if deciding == "revenue_drop" and (g.get("revenue_period_before") or 0) > 0:
        return _("Revenue fell by {drop} from {before} to {now} over the last year").format(
            drop=f.share(g["revenue_drop"]),
            before=f.money(g["revenue_period_before"]),
            now=f.money(g.get("revenue_last_period")),
        )
    if deciding == "predicted_value" and g.get("predicted_value") is not None:
        return _("Expected to bring only {amount} over the next year").format(
            amount=f.money(g["predicted_value"])
        )
    return _("No invoice for {days} days").format(days=int(days or 0))


def _no_referrals(g: Figures, f: Formats, deciding: str) -> str:
    return _("No referrals in {years} years together").format(
        years=f.number((g.get("tenure_days") or 0) / 365.25, 1)
    )


def _unprofitable(g: Figures, f: Formats, deciding: str) -> str:
    if (g.get("margin") or 0) < 0:
        return _("We lose money on them: {margin} on {revenue} of revenue this year").format(
            margin=f.money(g["margin"]), revenue=f.money(g.get("revenue"))
        )
    return _("Margin of only {share} of revenue ({margin}) this year").format(
        share=f.share(g.get("margin_share")), margin=f.money(g.get("margin"))
    )


def _off_mission(g: Figures, f: Formats, deciding: str) -> str:
    if g.get("excluded_industry"):
        return _("Their industry is one we no longer serve")
    return _("They carry a tag that conflicts with our values")


def _boundaries(g: Figures, f: Formats, deciding: str) -> str:
    if deciding == "after_hours_share":
        return _("{share} of their {count} messages a month arrive outside working hours").format(
            share=f.share(g["after_hours_share"]), count=f.number(g.get("messages_per_month"))
        )
    return _("{share} of their messages call something urgent").format(
        share=f.share(g.get("urgent_share"))
    )


def _scope_creep(g: Figures, f: Formats, deciding: str) -> str:
    if deciding == "revision_rounds":
        return _("{rounds} rounds of revisions on one deliverable").format(
            rounds=int(g["revision_rounds"])
        )
    beyond = g.get("hours_beyond_budget")
    if deciding == "hours_beyond_budget" and beyond is not None:
        return _("{share} more hours than the agreed budget").format(share=f.share(beyond))
    return _("Requests beyond the agreed scope this year: {count}").format(
        count=int(g.get("change_requests") or 0)
    )


def _unpleasable(g: Figures, f: Formats, deciding: str) -> str:
    if deciding == "public_criticism":
        return _("Criticised our staff in public")
    if deciding == "entitled_messages":
        return _(
            "Messages acting as if we owe them, or as if they knew our trade better: {count}"
        ).format(count=int(g.get("entitled_messages") or 0))
    if deciding == "complaints_after_remediation":
        return _("Complaints since we put things right: {count}").format(
            count=int(g["complaints_after_remediation"])
        )
    return _("Custom demands on a small engagement: {count}").format(
        count=int(g.get("change_requests") or 0)
    )


SENTENCES: dict[str, Callable[[Figures, Formats, str], str]] = {
    "drain": _drain,
    "abuse": _abuse,
    "unethical": _unethical,
    "payment_risk": _payment_risk,
    "grown_apart": _grown_apart,
    "complainer": _complainer,
    "no_potential": _no_potential,
    "no_referrals": _no_referrals,
    "unprofitable": _unprofitable,
    "off_mission": _off_mission,
    "boundaries": _boundaries,
    "scope_creep": _scope_creep,
    "unpleasable": _unpleasable,
}


def sentence(sign: Sign, formats: Formats) -> str:
    """The main fact behind ``sign``, without a final full stop."""
    return SENTENCES[sign.id](dict(sign.evidence.figures), formats, sign.deciding)


def nothing_to_do() -> str:
    return _("No sign calls for action.")


def repair_worked(began: date, formats: Formats) -> str:
    """The reason of a client kept because the repair begun on ``began`` worked."""
    return _("The repair begun on {day} worked: no sign calls for action since.").format(
        day=formats.day(began)
    )


def reason(
    signs: list[Sign], tempered_by: list[str], formats: Formats, repair: date | None = None
) -> str:
    """One sentence: the main sign's fact, and why the verdict was tempered, if it was;
    ``repair`` is the day the repair judged by the verdict began."""
    serious = [s for s in signs if s.severity != "minor"]
    if not serious:
        if "repair_worked" in tempered_by and repair is not None:
            return repair_worked(repair, formats)
        return nothing_to_do()
    fact = sentence(serious[0], formats)
    if "failed_repair" in tempered_by:
        began = repair or serious[0].evidence.figures.get("repair_started_on")
        return _("{fact}; still there after the repair begun on {day}.").format(
            fact=fact, day=formats.day(began)
        )
    if "long_standing" in tempered_by and fit_only(signs):
        return _(
            "{fact}; as a long-standing client, they are not dropped for a misfit: "
            "keep an eye on how it develops."
        ).format(fact=fact)
    if "long_standing" in tempered_by:
        return _("{fact}; as a long-standing client, they get a chance to repair first.").format(
            fact=fact
        )
    if "will_pass" in tempered_by:
        return _("{fact}; judged likely to pass, so the verdict is one step lighter.").format(
            fact=fact
        )
    if "cool_off" in tempered_by:
        return _("{fact}; let a few days pass before acting.").format(fact=fact)
    return _("{fact}.").format(fact=fact)


# Signs that fire on a fact (an incident, a tag), not on a figure past its threshold.
FACT_SIGNS = frozenset({"abuse", "unethical", "off_mission"})


def retold(verdict: ClientVerdict, currency: str) -> str:
    """``verdict``'s reason told again in the reader's language of now: a stored verdict
    keeps the language of the run that made it, but its signs carry every figure."""
    if any(not s.deciding and s.id not in FACT_SIGNS for s in verdict.signs):
        # Stored by an older version, which did not say which threshold was crossed.
        return verdict.reason
    try:
        return reason(
            verdict.signs, verdict.tempered_by, Formats(currency), verdict.reviewed_repair
        )
    except (KeyError, TypeError, ValueError):
        # A verdict stored by an older version may lack a figure a sentence now uses:
        # its own words are still right, only in the language of its run.
        return verdict.reason
