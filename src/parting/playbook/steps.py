"""What each step of an exit plan asks of the person, with the plan's own figures.

Text here is for the person using Parting (their language, through ``_``), never for the
client: the client's words are the letter templates.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from parting.i18n import _, ngettext
from parting.words.formats import letter_day, money, number, owed, owes

if TYPE_CHECKING:
    from parting.playbook.plan import ExitPlan, Schedule


def _collect(plan: ExitPlan) -> str:
    facts = plan.facts
    if plan.immediate or not owes(facts.money_owed):
        return _("Nothing is owed; the announcement need not wait.")
    return _(
        "{amount} is still owed ({invoices}). Do not announce the decision before it is paid."
    ).format(
        amount=owed(facts.money_owed, facts.currency),
        invoices=", ".join(facts.owed_invoices),
    )


def _fulfil(plan: ExitPlan) -> str:
    if not plan.facts.undelivered:
        return _("No paid work is waiting to be delivered; check the contract for other duties.")
    items = ", ".join(
        f"{u.name} ({money(u.fixed_fee, plan.facts.currency, decimals=2)})"
        for u in plan.facts.undelivered
    )
    return _("Deliver what was invoiced but not yet delivered: {items}.").format(items=items)


def _say_it(plan: ExitPlan) -> str:
    facts = plan.facts
    text = (
        _(
            "One reason, the documented facts, thanks and an apology: the meeting script sets "
            "them out in the client's language."
        )
        if plan.in_person
        else _(
            "One reason and the documented facts, calmly and briefly: the script for the call "
            "sets them out in the client's language."
        )
    )
    if plan.move in ("not_you_its_us", "open_ended") and facts.goodwill_invoice:
        text += " " + _(
            "Goodwill you could extend: cancel or refund invoice {invoice} ({amount})."
        ).format(
            invoice=facts.goodwill_invoice,
            amount=money(facts.goodwill_amount, facts.currency, decimals=2),
        )
    if plan.main_sign == "abuse":
        return text + " " + _("Offer no referral: the client was abusive.")
    if facts.partners:
        names = ", ".join(p.name for p in facts.partners)
        return text + " " + _("Referral partners to offer: {names}.").format(names=names)
    return text + " " + _("Point them to the kind of provider who would serve them better.")


def _notice(plan: ExitPlan) -> str:
    days, end = plan.notice_days, letter_day(plan.notice_end)
    if plan.notice_rule == "contract_notice":
        return ngettext(
            "{days} day of notice, until {end}: the notice their contract requires.",
            "{days} days of notice, until {end}: the notice their contract requires.",
            days,
        ).format(days=number(days), end=end)
    if plan.notice_rule == "deliverable":
        return _(
            "Notice until {end}: finish the deliverable in progress, and the work ends with it."
        ).format(end=end)
    if plan.notice_rule == "immediate":
        return _(
            "No notice to run: an immediate exit ends the work on {end}, the day you tell them."
        ).format(end=end)
    if plan.notice_rule == "nothing_open" and not plan.in_person:
        return _(
            "No notice to run: the work was a one-off and nothing is in progress, so the "
            "engagement ends the day you tell them."
        )
    if plan.notice_rule == "nothing_open":
        return _(
            "No notice to run: the work was a one-off and nothing is in progress, so the "
            "engagement ends with the meeting."
        )
    return ngettext(
        "{days} day of notice, until {end}: your usual notice for a client who relies on "
        "regular work.",
        "{days} days of notice, until {end}: your usual notice for a client who relies on "
        "regular work.",
        days,
    ).format(days=number(days), end=end)


def _meet(plan: ExitPlan) -> str:
    if not plan.in_person:
        return _(
            "Do not meet in person: the client was abusive. Tell them by phone or video call "
            "with a colleague present, or in writing; keep it short and calm."
        )
    return _(
        "Meet in person, or by phone or video if you work remotely; never end by silence. "
        "Put the meeting in your calendar."
    )


def describe(number: int, plan: ExitPlan, dates: Schedule) -> tuple[date | None, str]:
    """The due date and the instructions of step ``number``."""
    if number == 1:
        last = plan.facts.last_incident
        detail = (
            _("Act no earlier than {day}: decisions made in anger are the ones regretted.").format(
                day=letter_day(dates.decision_on)
            )
            if last is None
            else _("The last incident was on {last}; act no earlier than {day}.").format(
                last=letter_day(last), day=letter_day(dates.decision_on)
            )
        )
        return dates.decision_on, detail
    texts: dict[int, tuple[date | None, str]] = {
        2: (
            dates.decision_on,
            _(
                "Find the termination clause, the notice required, open obligations and work paid "
                "for but not delivered. No contract? Gather the first messages that set the scope."
            ),
        ),
        3: (plan.facts.deliverable_end or dates.meeting_on, _fulfil(plan)),
        4: (dates.meeting_on, _collect(plan)),
        5: (dates.meeting_on, _meet(plan)),
        6: (dates.meeting_on, _say_it(plan)),
        7: (dates.notice_end, _notice(plan)),
        8: (
            dates.confirm_on,
            _("After the meeting, send the letter that confirms it in writing.")
            if plan.in_person
            else _(
                "After the call, send the letter that confirms it in writing; if you told "
                "them in writing, that letter is the confirmation."
            ),
        ),
        9: (
            dates.notice_end,
            _("Hand over files, credentials and whatever the next provider needs."),
        ),
        10: (
            dates.close_on,
            _(
                "Send the final invoice, stop recurring billing, archive, and note which "
                "expectation set at the start would have prevented this."
            ),
        ),
    }
    return texts[number]
