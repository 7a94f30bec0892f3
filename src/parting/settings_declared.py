"""Every threshold setting of ``defaults.toml``, declared once: its label, its unit, the
range it may take and one line of help, for the settings page and ``parting settings show``.

The labels and help are English message ids, translated when shown. A test walks
``defaults.toml`` and fails on a setting without a declaration or a translation.

>>> setting("payment_risk", "late_share").unit
'share'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from parting.errors import PartingError
from parting.i18n import gettext_noop

SettingUnit = Literal[
    "days",
    "share",
    "ratio",
    "count",
    "money",
    "hours",
    "years",
    "score",
    "hour",
    "minutes",
    "words",
]


@dataclass(frozen=True)
class Setting:
    section: str
    key: str
    label: str
    unit: SettingUnit
    minimum: float
    maximum: float | None  # None: no upper bound
    help: str


def _s(
    section: str, key: str, label: str, unit: SettingUnit, lo: float, hi: float | None, help: str
) -> Setting:
    return Setting(section, key, label, unit, lo, hi, help)


DAY, YEAR = 3650.0, 50.0  # generous upper bounds: ten years of days, fifty years
DECLARED: tuple[Setting, ...] = (
    _s(
        "drain",
        "effort_to_revenue_ratio",
        gettext_noop("Effort ÷ revenue share"),
        "ratio",
        1,
        20,
        gettext_noop(
            "Fires when their share of staff hours is this many times their share of revenue."
        ),
    ),
    _s(
        "drain",
        "top_effort_share",
        gettext_noop("Among the busiest clients"),
        "share",
        0,
        1,
        gettext_noop("…and they are among this share of clients with the most hours."),
    ),
    _s(
        "drain",
        "min_rate_vs_median",
        gettext_noop("Hourly rate against the median"),
        "share",
        0,
        1,
        gettext_noop("Fires when they pay less an hour than this share of the usual rate."),
    ),
    _s(
        "drain",
        "rework_share",
        gettext_noop("Rework share"),
        "share",
        0,
        1,
        gettext_noop("Fires when rework and revisions take this share of their hours."),
    ),
    _s(
        "drain",
        "min_hours",
        gettext_noop("Fewest hours to judge"),
        "hours",
        0,
        None,
        gettext_noop("Clients with fewer hours in the period are too small to judge."),
    ),
    _s(
        "drain",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("The hours and revenue of this many days are compared."),
    ),
    _s(
        "abuse",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Abusive messages and incidents of this many days count."),
    ),
    _s(
        "abuse",
        "min_count",
        gettext_noop("Abusive messages or incidents"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many in the period…"),
    ),
    _s(
        "abuse",
        "min_severe",
        gettext_noop("Severe ones"),
        "count",
        1,
        None,
        gettext_noop("…or at this many severe ones."),
    ),
    _s(
        "unethical",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Ethics incidents and flagged requests of this many days count."),
    ),
    _s(
        "payment_risk",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Invoices due in this many days count."),
    ),
    _s(
        "payment_risk",
        "late_share",
        gettext_noop("Share paid late"),
        "share",
        0,
        1,
        gettext_noop("Fires when this share of their invoices was paid late…"),
    ),
    _s(
        "payment_risk",
        "min_invoices",
        gettext_noop("Fewest invoices"),
        "count",
        1,
        None,
        gettext_noop("…out of at least this many invoices."),
    ),
    _s(
        "payment_risk",
        "grace_days",
        gettext_noop("Days of grace"),
        "days",
        0,
        60,
        gettext_noop("A payment this many days after the due date is not yet late."),
    ),
    _s(
        "payment_risk",
        "oldest_overdue_days",
        gettext_noop("Oldest overdue invoice"),
        "days",
        1,
        DAY,
        gettext_noop("Fires when an open invoice is this many days past due."),
    ),
    _s(
        "payment_risk",
        "overdue_months_of_revenue",
        gettext_noop("Overdue, in months of revenue"),
        "ratio",
        0,
        60,
        gettext_noop("Fires when what is overdue equals this many months of their revenue."),
    ),
    _s(
        "payment_risk",
        "severe_overdue_days",
        gettext_noop("Urgent: oldest overdue invoice"),
        "days",
        1,
        DAY,
        gettext_noop("An invoice this many days overdue makes the sign urgent."),
    ),
    _s(
        "payment_risk",
        "severe_overdue_months_of_revenue",
        gettext_noop("Urgent: overdue in months"),
        "ratio",
        0,
        60,
        gettext_noop("So does this many months of their revenue overdue."),
    ),
    _s(
        "payment_risk",
        "chronic_late_share",
        gettext_noop("Urgent: share paid late"),
        "share",
        0,
        1,
        gettext_noop("So does nearly every invoice paid late…"),
    ),
    _s(
        "payment_risk",
        "chronic_days_late",
        gettext_noop("Urgent: average days late"),
        "days",
        0,
        DAY,
        gettext_noop("…by this many days on average…"),
    ),
    _s(
        "payment_risk",
        "chronic_min_invoices",
        gettext_noop("Urgent: fewest invoices"),
        "count",
        1,
        None,
        gettext_noop("…over at least this many invoices."),
    ),
    _s(
        "payment_risk",
        "min_reminders",
        gettext_noop("Payment reminders"),
        "count",
        1,
        None,
        gettext_noop("Fires when you sent this many payment reminders in the period."),
    ),
    _s(
        "payment_risk",
        "min_excuses",
        gettext_noop("Payment excuses"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many excuses for late payment in their messages."),
    ),
    _s(
        "grown_apart",
        "winding_down_share",
        gettext_noop("Work in lines winding down"),
        "share",
        0,
        1,
        gettext_noop(
            "Fires when this share of their hours is in service lines you are winding down."
        ),
    ),
    _s(
        "grown_apart",
        "max_strategic_fit",
        gettext_noop("Strategic fit at or below"),
        "score",
        0,
        5,
        gettext_noop("Fires when you rated their fit (0 to 5) this low."),
    ),
    _s(
        "complainer",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Complaints of this many days count."),
    ),
    _s(
        "complainer",
        "complaints_per_month",
        gettext_noop("Complaints per month"),
        "ratio",
        0,
        100,
        gettext_noop("Fires at this many complaint messages a month."),
    ),
    _s(
        "no_potential",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Revenue of this many days is compared with the same length before."),
    ),
    _s(
        "no_potential",
        "revenue_drop",
        gettext_noop("Drop in revenue"),
        "share",
        0,
        1,
        gettext_noop("Fires when their revenue fell by this share."),
    ),
    _s(
        "no_potential",
        "recency_days",
        gettext_noop("Days without an invoice"),
        "days",
        1,
        DAY,
        gettext_noop("Fires when nothing was invoiced for this many days."),
    ),
    _s(
        "no_potential",
        "clv_min_clients",
        gettext_noop("Clients for the value model"),
        "count",
        1,
        None,
        gettext_noop("The lifetime value model is used when this many clients bought again."),
    ),
    _s(
        "no_potential",
        "clv_horizon_days",
        gettext_noop("Value predicted over"),
        "days",
        1,
        DAY,
        gettext_noop("The predicted value covers this many days ahead."),
    ),
    _s(
        "no_potential",
        "clv_low_quantile",
        gettext_noop("Lowest predicted values"),
        "share",
        0,
        1,
        gettext_noop("Fires for this share of clients with the lowest predicted value."),
    ),
    _s(
        "no_potential",
        "clv_fit_sample",
        gettext_noop("Clients the model learns from"),
        "count",
        10,
        None,
        gettext_noop("The value model is fitted on a sample of about this many clients."),
    ),
    _s(
        "no_referrals",
        "min_tenure_days",
        gettext_noop("Time as a client"),
        "days",
        1,
        DAY,
        gettext_noop("Clients this long with you who never referred anyone get this minor sign."),
    ),
    _s(
        "unprofitable",
        "min_margin",
        gettext_noop("Lowest margin"),
        "share",
        -1,
        1,
        gettext_noop("Fires when the margin is below this share of their revenue."),
    ),
    _s(
        "unprofitable",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("The margin of this many days counts."),
    ),
    _s(
        "boundaries",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Messages of this many days count."),
    ),
    _s(
        "boundaries",
        "after_hours_share",
        gettext_noop("Messages outside working hours"),
        "share",
        0,
        1,
        gettext_noop("Fires when this share of their messages arrives outside working hours…"),
    ),
    _s(
        "boundaries",
        "min_messages_per_month",
        gettext_noop("Fewest messages a month"),
        "ratio",
        0,
        None,
        gettext_noop("…when they send at least this many a month."),
    ),
    _s(
        "boundaries",
        "urgent_share",
        gettext_noop("Messages calling things urgent"),
        "share",
        0,
        1,
        gettext_noop("Fires when this share of their messages calls something urgent."),
    ),
    _s(
        "scope_creep",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Revisions and change requests of this many days count."),
    ),
    _s(
        "scope_creep",
        "revision_rounds",
        gettext_noop("Revision rounds"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many rounds of revision on one deliverable."),
    ),
    _s(
        "scope_creep",
        "over_estimate",
        gettext_noop("Hours beyond budget"),
        "share",
        0,
        10,
        gettext_noop("Fires when the hours exceed the budget by this share."),
    ),
    _s(
        "scope_creep",
        "min_change_requests",
        gettext_noop("Change requests"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many requests beyond the agreed scope."),
    ),
    _s(
        "unpleasable",
        "complaints_after_remediation",
        gettext_noop("Complaints after a remediation"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many complaints after you put things right."),
    ),
    _s(
        "unpleasable",
        "window_days",
        gettext_noop("Period looked at"),
        "days",
        1,
        DAY,
        gettext_noop("Complaints this many days after a remediation count."),
    ),
    _s(
        "unpleasable",
        "custom_demands",
        gettext_noop("Custom demands"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many change requests on a small engagement."),
    ),
    _s(
        "unpleasable",
        "min_public_criticism",
        gettext_noop("Public criticism"),
        "count",
        1,
        None,
        gettext_noop("Fires at this many logged criticisms of your staff in public."),
    ),
    _s(
        "unpleasable",
        "min_entitled_messages",
        gettext_noop("Messages of entitlement"),
        "count",
        1,
        None,
        gettext_noop(
            "Fires at this many messages acting as if we owed them, or knew our trade less well."
        ),
    ),
    _s(
        "verdict",
        "recent_days",
        gettext_noop("A sign is recent for"),
        "days",
        0,
        DAY,
        gettext_noop("A sign first seen this recently gives a watch, not more."),
    ),
    _s(
        "verdict",
        "weak_margin",
        gettext_noop("Just past its threshold"),
        "share",
        0,
        1,
        gettext_noop("A sign within this share of its threshold is weak and gives a watch."),
    ),
    _s(
        "verdict",
        "repair_review_days",
        gettext_noop("Repair judged after"),
        "days",
        1,
        DAY,
        gettext_noop("A repair is judged this many days after it began."),
    ),
    _s(
        "verdict",
        "long_standing_years",
        gettext_noop("Long-standing after"),
        "years",
        0,
        YEAR,
        gettext_noop("Clients this many years with you get a repair before a planned exit."),
    ),
    _s(
        "verdict",
        "cool_off_days",
        gettext_noop("Cool-off"),
        "days",
        0,
        60,
        gettext_noop("No planned decision sooner than this after the last incident."),
    ),
    _s(
        "verdict",
        "recurring_incidents_per_month",
        gettext_noop("Incidents a month with no cool-off"),
        "count",
        1,
        None,
        gettext_noop("Incidents this frequent need no cooling off."),
    ),
    _s(
        "verdict",
        "message_lookback_days",
        gettext_noop("Messages read back"),
        "days",
        1,
        DAY,
        gettext_noop("Messages older than this many days are not read."),
    ),
    _s(
        "evidence",
        "max_records",
        gettext_noop("Records kept per sign"),
        "count",
        1,
        1000,
        gettext_noop("The newest records kept per client and sign; a count gives the rest."),
    ),
    _s(
        "plan",
        "notice_days",
        gettext_noop("Least notice"),
        "days",
        0,
        DAY,
        gettext_noop("The least notice a client who relies on regular work gets."),
    ),
    _s(
        "plan",
        "contract_notice_days",
        gettext_noop("Notice in the contract"),
        "days",
        0,
        DAY,
        gettext_noop(
            "The notice your contracts require (0: none); a plan may change it per client."
        ),
    ),
    _s(
        "plan",
        "meeting_after_days",
        gettext_noop("Meeting after the cool-off"),
        "days",
        0,
        60,
        gettext_noop("The meeting is set this many days after the cool-off ends."),
    ),
    _s(
        "plan",
        "confirmation_after_days",
        gettext_noop("Written confirmation after"),
        "days",
        0,
        60,
        gettext_noop("The written confirmation follows the meeting by this many days."),
    ),
    _s(
        "plan",
        "close_out_after_days",
        gettext_noop("Close-out after the notice"),
        "days",
        0,
        DAY,
        gettext_noop(
            "The final invoice and the archive come this many days after the notice ends."
        ),
    ),
    _s(
        "plan",
        "meeting_hour",
        gettext_noop("Hour of the meeting"),
        "hour",
        0,
        23,
        gettext_noop("The local hour of the meeting in the calendar file."),
    ),
    _s(
        "plan",
        "meeting_minutes",
        gettext_noop("Length of the meeting"),
        "minutes",
        5,
        480,
        gettext_noop("How long the meeting in the calendar file lasts."),
    ),
    _s(
        "letters",
        "max_words",
        gettext_noop("Longest letter"),
        "words",
        20,
        5000,
        gettext_noop("The letter checker flags a draft longer than this many words."),
    ),
    _s(
        "letters",
        "vi_word_factor",
        gettext_noop("Vietnamese word count factor"),
        "ratio",
        1,
        5,
        gettext_noop(
            "Vietnamese writes each syllable apart, so its word limit is this many times longer."
        ),
    ),
)

SETTINGS: dict[tuple[str, str], Setting] = {(s.section, s.key): s for s in DECLARED}


@dataclass(frozen=True)
class BusinessSetting:
    """A fact of ``[business]``: a name, a code, a list or a choice rather than a number on
    a scale, so its one line of help says what it may be."""

    key: str
    label: str
    help: str


def _b(key: str, label: str, help: str) -> BusinessSetting:
    return BusinessSetting(key, label, help)


BUSINESS: tuple[BusinessSetting, ...] = (
    _b(
        "name",
        gettext_noop("Business name"),
        gettext_noop("Shown in letters as the sender; left empty, letters say “we”."),
    ),
    _b(
        "currency",
        gettext_noop("Currency (ISO code)"),
        gettext_noop("The currency of your invoices and figures: a code such as EUR or VND."),
    ),
    _b(
        "timezone",
        gettext_noop("Time zone"),
        gettext_noop("An IANA name such as Europe/Paris or Asia/Ho_Chi_Minh."),
    ),
    _b(
        "language",
        gettext_noop("Your language"),
        gettext_noop(
            "The language Parting speaks to you in: English, French, Vietnamese or Slovenian."
        ),
    ),
    _b(
        "email",
        gettext_noop("Sender address"),
        gettext_noop("The e-mail address letter drafts are sent from."),
    ),
    _b(
        "signatory",
        gettext_noop("Who signs the letters"),
        gettext_noop("A person's name; left empty, letters are signed by the business."),
    ),
    _b(
        "working_days",
        gettext_noop("Working days"),
        gettext_noop(
            "The days you work (Monday is 0, Sunday 6); mail on other days is out of hours."
        ),
    ),
    _b(
        "working_hours",
        gettext_noop("Working hours"),
        gettext_noop("When the working day starts and ends: two hours of the day, from 0 to 24."),
    ),
    _b(
        "default_cost_rate",
        gettext_noop("Cost of one staff hour"),
        gettext_noop("For time entries without a cost of their own: an amount, at least 0."),
    ),
    _b(
        "cost_rates",
        gettext_noop("Cost per person"),
        gettext_noop("One person a line: name = cost of their hour."),
    ),
    _b(
        "payment_terms_days",
        gettext_noop("Payment terms (days)"),
        gettext_noop(
            "Days from invoice to due date when the export gives no due date; at least 0."
        ),
    ),
    _b(
        "date_order",
        gettext_noop("Order of day and month"),
        gettext_noop(
            "How dates like 03/04/2024 are read: day first, month first, or as the data shows."
        ),
    ),
    _b(
        "own_domains",
        gettext_noop("Your mail domains"),
        gettext_noop("Such as studio.example; left empty, the domain seen most on both sides."),
    ),
    _b(
        "core_service_lines",
        gettext_noop("Core service lines"),
        gettext_noop("What you mean to grow; one a line."),
    ),
    _b(
        "winding_down_service_lines",
        gettext_noop("Service lines winding down"),
        gettext_noop("Services you are phasing out; one a line."),
    ),
    _b(
        "excluded_industries",
        gettext_noop("Industries you no longer serve"),
        gettext_noop("One industry a line, written as your client list writes it."),
    ),
    _b(
        "excluded_tags",
        gettext_noop("Client tags that conflict with your values"),
        gettext_noop("One tag a line, written as your client list writes it."),
    ),
    _b(
        "staff_see_margins",
        gettext_noop("Staff see margins and the what-if"),
        gettext_noop("Off: staff see each client's verdict, signs and revenue, not its margin."),
    ),
    _b(
        "target_segment_revenue",
        gettext_noop("Yearly revenue of the clients you aim for"),
        gettext_noop("The lowest and the highest, as amounts; 0 means no bound."),
    ),
    _b(
        "referral_partners",
        gettext_noop("Referral partners"),
        gettext_noop(
            "One a line: service line | name | contact | the service line in other "
            "languages (fr: …; vi: …; sl: …)."
        ),
    ),
)
BUSINESS_SETTINGS: dict[str, BusinessSetting] = {b.key: b for b in BUSINESS}

UNIT_WORDS: dict[SettingUnit, str] = {
    "days": gettext_noop("Days"),
    "share": gettext_noop("A share (0.25 is 25 %)"),
    "ratio": gettext_noop("A multiple"),
    "count": gettext_noop("A number of times"),
    "money": gettext_noop("An amount"),
    "hours": gettext_noop("Hours"),
    "years": gettext_noop("Years"),
    "score": gettext_noop("A score out of 5"),
    "hour": gettext_noop("An hour of the day"),
    "minutes": gettext_noop("Minutes"),
    "words": gettext_noop("Words"),
}


class UnknownSetting(PartingError):
    """A threshold no declaration names: a programming error, caught by the tests."""


def setting(section: str, key: str) -> Setting:
    try:
        return SETTINGS[(section, key)]
    except KeyError:
        raise UnknownSetting(f"no setting is declared as {section}.{key}") from None
