"""The vignette portfolio: hand-made clients with the verdict a careful agency owner would
give, and one line saying why. It measures the judgement as a whole, where the sign tests
measure one threshold each.

Each vignette is a few lines of data in a small portfolio of its own (eight steady clients
beside it, so medians and shares are those of a real studio), read with the real text
classifier. Half the vignettes are *held out*: they were written together with the others,
before any rule was tuned, and were not looked at while the rules changed; their score is
the honest one.

Score them all (the tuning half, the held-out half, and every miss with its reason):

    PYTHONPATH=src python -m tests.engine.vignettes
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from parting.engine import score
from parting.engine.results import ClientVerdict, VerdictId

from .portfolio import Portfolio

C = "vignette"  # the client each vignette is about


@dataclass(frozen=True)
class Vignette:
    name: str
    expected: VerdictId
    why: str
    build: Callable[[Portfolio], object]
    held_out: bool


VIGNETTES: list[Vignette] = []


Build = Callable[[Portfolio], object]


def vignette(expected: VerdictId, why: str) -> Callable[[Build], Build]:
    """Register a vignette; every second one (in the order written) is held out."""

    def register(build: Build) -> Build:
        held_out = len(VIGNETTES) % 2 == 1
        VIGNETTES.append(Vignette(build.__name__, expected, why, build, held_out))
        return build

    return register


def pays(p: Portfolio, days_late: list[int], amount: float = 1000.0, **client: object) -> None:
    """Ten hours of work a month; one invoice a month, each paid ``days_late`` days after
    its due date (negative: early), the newest first."""
    p.regular(C, revenue=None, **client)  # type: ignore[arg-type]
    for n, late in enumerate(days_late):
        p.invoice(C, 40 + 30 * n, amount, paid_after=30 + late)


def about(p: Portfolio, **values: object) -> None:
    """Set facts of the vignette's client (language, industry, strategic fit...)."""
    next(r for r in p.rows["clients"] if r["client_id"] == C).update(values)


def writes(
    p: Portfolio, bodies: list[str], first: int = 5, every: int = 9, **values: object
) -> None:
    """Messages from the client, ``every`` weekdays apart (from ``first`` days ago), the
    newest first."""
    days = [d for d in p.weekdays(every * len(bodies) + 10, first=first)]
    for n, body in enumerate(bodies):
        p.message(C, days[min(n * every, len(days) - 1)], body, **values)  # type: ignore[arg-type]


# --- healthy clients with the noise of real life: keep --------------------------------


@vignette("keep", "pays on time, ten hours a month for two years")
def steady(p: Portfolio) -> None:
    p.regular(C)


@vignette("keep", "7 of 12 invoices a day or two late: bank-transfer noise, not a trait")
def bank_transfer_lag(p: Portfolio) -> None:
    pays(p, [1, 2, 1, 0, 2, 1, -3, 1, 0, -2, 2, 0])


@vignette("keep", "every invoice about four days late: their weekly payment run")
def weekly_payment_run(p: Portfolio) -> None:
    pays(p, [4, 3, 5, 4, 2, 4, 5, 3, 4, 4, 3, 5])


@vignette("keep", "one complaint in six months, about a real bug, then thanks")
def single_complaint(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["The contact form does not work on mobile, can you look?", "Thanks, all fixed."])


@vignette("keep", "a summer dip every year: fewer hours and smaller invoices in July-August")
def seasonal_dip(p: Portfolio) -> None:
    p.client(C, since_ago=800)
    p.incident(C, 500, "referral")
    for month in range(24):
        ago = 15 + 30 * month
        summer = p.day(ago).month in (7, 8)
        p.hours(C, ago, 4.0 if summer else 10.0)
        p.invoice(C, ago, 400.0 if summer else 1000.0, paid_after=20)


@vignette("keep", "one reminder this year, paid the next day")
def one_reminder(p: Portfolio) -> None:
    p.regular(C)
    p.message(C, 60, "Friendly reminder: invoice due", direction="out", kind="payment_reminder")


@vignette("keep", "one honest excuse in a year ('cash flow is tight, we pay next week')")
def one_excuse(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["Cash flow is tight this month, we will pay next week. Sorry!"], first=70)


@vignette("keep", "a new client, two months in, both invoices on time")
def new_client(p: Portfolio) -> None:
    p.regular(C, months=2, since_ago=70, referral=False)


@vignette("keep", "an open invoice 15 days past due, half a month of their revenue")
def small_recent_overdue(p: Portfolio) -> None:
    p.regular(C)
    p.invoice(C, 45, 500.0)


@vignette("keep", "calm mail that mentions debts and urgency without meaning anything by it")
def calm_mail(p: Portfolio) -> None:
    p.regular(C)
    writes(
        p,
        [
            "We owe you a big thank-you for the launch, the team loved it.",
            "For what it is worth, our board was impressed by the new site.",
            "No rush at all on the report, whenever suits you.",
            "You know this field better than we do, so we trust your call on the layout.",
            "Merci pour tout, vous avez fait un travail remarquable.",
        ],
    )


@vignette("keep", "one sharp line after a missed deadline is not a pattern")
def one_sharp_line(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["For what we pay you I expected the banner on Monday, not Wednesday."], first=40)


@vignette("keep", "no referral in three years, otherwise a model client: a minor sign only")
def never_refers(p: Portfolio) -> None:
    p.regular(C, since_ago=1100, referral=False)


@vignette("keep", "a busy month of evening mails during their launch, quiet since")
def launch_rush(p: Portfolio) -> None:
    p.regular(C)
    for ago in p.weekdays(6, first=150):
        p.message(C, ago, "Launch checklist update", hour=20)


@vignette("keep", "the strategic fit was rated 3 of 5: middling, not a misfit")
def middling_fit(p: Portfolio) -> None:
    p.regular(C)
    about(p, strategic_fit=3)


# --- payment: noise, a problem to repair, a pattern to end ----------------------------


@vignette("repair", "7 of 12 invoices two to three weeks late for a year: reset the terms")
def late_by_weeks(p: Portfolio) -> None:
    pays(p, [15, 0, 20, 0, 14, 12, 18, 0, 16, 0, 15, 0])


@vignette("part_ways", "all 12 late, 50 days on average, 3 months overdue, reminders, excuses")
def chronic_late_payer(p: Portfolio) -> None:
    pays(p, [50] * 12, amount=2000.0)
    p.invoice(C, 95, 2000.0)
    p.invoice(C, 80, 2000.0)
    p.invoice(C, 65, 2000.0)
    for ago in (70, 50, 30, 10):
        p.message(C, ago, "Reminder: invoices overdue", direction="out", kind="payment_reminder")
    writes(p, ["Cash flow is tight, sorry.", "Our accountant is away, we pay next month."])


@vignette("part_ways", "an invoice 100 days overdue: the money is at risk")
def severely_overdue(p: Portfolio) -> None:
    p.regular(C)
    p.invoice(C, 130, 800.0)


@vignette("part_ways", "three months of their revenue 70 days overdue")
def large_overdue(p: Portfolio) -> None:
    p.regular(C)
    p.invoice(C, 100, 3300.0)


@vignette("watch", "a month and a half of revenue just overdue: recent, keep an eye on it")
def fresh_large_overdue(p: Portfolio) -> None:
    p.regular(C)
    p.invoice(C, 50, 1700.0)


@vignette("part_ways", "11 of 12 invoices a month late on average: chronic and long")
def chronic_and_long(p: Portfolio) -> None:
    pays(p, [30, 28, 35, 25, 30, 40, 26, 31, 29, 33, 0, 30])


@vignette("repair", "11 of 12 invoices ten days late: a habit to correct, not a crisis")
def chronic_but_short(p: Portfolio) -> None:
    pays(p, [10, 11, 9, 12, 10, 10, 13, 9, 10, 0, 11, 10])


@vignette("repair", "a six-year client, every invoice a month late: repair before parting")
def loyal_late_payer(p: Portfolio) -> None:
    pays(p, [30] * 12, since_ago=2300)


@vignette("watch", "late payment from a client whose hardship the owner judged temporary")
def hardship_will_pass(p: Portfolio) -> None:
    pays(p, [15, 0, 20, 0, 14, 12, 18, 0, 16, 0, 15, 0])
    p.judgement(C, "will_pass", "payment_risk")


# --- conduct ------------------------------------------------------------------------


@vignette("part_ways_now", "a threat to a member of staff")
def threat(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["If the site is down again I will find you and break your legs."], first=20)


@vignette("part_ways_now", "called the designer an idiot twice this quarter")
def repeated_insults(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["Your designer is an idiot.", "What kind of idiot sends this?"], first=10)


@vignette("part_ways_now", "a logged incident of a client shouting at staff, high severity")
def abuse_incident(p: Portfolio) -> None:
    p.regular(C)
    p.incident(C, 20, "abuse", severity="high")


@vignette("keep", "asked once to backdate an invoice: a review flag for a person, no verdict")
def ethics_text_only(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["Could you backdate the invoice to March?"], first=30)


@vignette("part_ways_now", "a logged ethics incident: asked for fake reviews, confirmed")
def ethics_incident(p: Portfolio) -> None:
    p.regular(C)
    p.incident(C, 25, "ethics", severity="high")


@vignette("part_ways", "criticised a designer by name on social media")
def public_criticism(p: Portfolio) -> None:
    p.regular(C)
    p.incident(C, 40, "public_criticism")


@vignette("repair", "complaints every fortnight for six months: expectations never set")
def persistent_complainer(p: Portfolio) -> None:
    p.regular(C)
    writes(
        p,
        ["I am disappointed with the mockups."] * 8 + ["This is unacceptable, still broken."] * 8,
        first=3,
        every=7,
    )


@vignette("watch", "a burst of complaints this month after a rough release: recent")
def complaint_burst(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["I am disappointed with the release."] * 12, first=3, every=2)


@vignette("part_ways", "keeps saying we owe them, 'for what we pay you', in English")
def entitled_en(p: Portfolio) -> None:
    p.regular(C)
    writes(
        p,
        [
            "You owe us a free redesign after all this.",
            "For what we pay you, I expect answers within the hour.",
            "Frankly you owe us this; we are paying your salaries.",
        ],
    )


@vignette("part_ways", "tells the team it does everything wrong and knows the trade better (fr)")
def knows_better_fr(p: Portfolio) -> None:
    p.regular(C)
    about(p, language="fr")
    writes(
        p,
        [
            "Vous faites tout de travers, comme d'habitude.",
            "Je connais ce métier mieux que vous, faites ce que je dis.",
            "Encore une fois vous faites tout de travers.",
        ],
    )


@vignette("part_ways", "a Slovenian client who says we owe them and know nothing")
def entitled_sl(p: Portfolio) -> None:
    p.regular(C)
    about(p, language="sl")
    writes(
        p,
        [
            "Dolžni ste nam brezplačen popravek.",
            "Za to, kar vam plačujemo, pričakujem več.",
            "Ta posel poznam bolje kot vi.",
        ],
    )


@vignette("part_ways", "a Vietnamese client: 'you owe us', 'we know this field better'")
def entitled_vi(p: Portfolio) -> None:
    p.regular(C)
    about(p, language="vi")
    writes(
        p,
        [
            "Các anh nợ chúng tôi một bản sửa miễn phí.",
            "Với số tiền chúng tôi trả, các anh phải làm nhanh hơn.",
            "Tôi hiểu lĩnh vực này hơn các anh, các anh làm sai hết rồi.",
        ],
    )


# --- effort, scope and boundaries -----------------------------------------------------


@vignette("repair", "40 % of the hours on rework for a year: a brief that needs resetting")
def rework_drain(p: Portfolio) -> None:
    p.regular(C, hours=6.0)
    for month in range(12):
        p.hours(C, 16 + 30 * month, 4.0, kind="rework")


@vignette("part_ways", "heavy rework and months of late payment together: two problems")
def drain_and_late(p: Portfolio) -> None:
    pays(p, [15, 0, 20, 0, 14, 12, 18, 0, 16, 0, 15, 0])
    for month in range(12):
        p.hours(C, 16 + 30 * month, 8.0, kind="rework")


@vignette("repair", "mails at night and at weekends, ten a month, for months")
def after_hours(p: Portfolio) -> None:
    p.regular(C)
    for ago in range(2, 200, 3):
        p.message(C, ago, "Quick question about the page", hour=21)


@vignette("repair", "a margin of 5 % all year: the price needs a talk")
def thin_margin(p: Portfolio) -> None:
    p.regular(C, cost_rate=95.0)  # type: ignore[arg-type]


# --- fit, not fault -------------------------------------------------------------------


@vignette("part_ways", "in an industry the studio no longer serves: a friendly planned exit")
def off_mission(p: Portfolio) -> None:
    p.regular(C)
    about(p, industry="tobacco")


@vignette("part_ways", "strategic fit rated 1 of 5 for a year: grown apart, part as friends")
def grown_apart(p: Portfolio) -> None:
    p.regular(C)
    about(p, strategic_fit=1)


@vignette("watch", "just over half their work is in a service line being wound down: weak")
def winding_down_weak(p: Portfolio) -> None:
    p.regular(C, hours=4.9, project_id="core")  # type: ignore[arg-type]
    p.project("core", C, service_line="web")
    p.project("print", C, service_line="print")
    for month in range(12):
        p.hours(C, 16 + 30 * month, 5.1, project_id="print")


@vignette("watch", "an eight-year client in an excluded industry: no repair fixes fit")
def old_friend_off_mission(p: Portfolio) -> None:
    p.regular(C, since_ago=3000)
    about(p, industry="tobacco")


# --- a repair, and what became of it --------------------------------------------------


@vignette("repair", "rework persists, a repair begun 30 days ago: too soon to judge it")
def repair_under_way(p: Portfolio) -> None:
    rework_drain(p)
    p.incident(C, 30, "remediation")


@vignette("keep", "a repair 90 days ago, and the rework stopped since")
def repair_worked(p: Portfolio) -> None:
    p.regular(C, hours=6.0)
    for month in range(9, 12):
        p.hours(C, 16 + 30 * month, 4.0, kind="rework")
    p.incident(C, 90, "remediation")


@vignette("part_ways", "rework since last year, still there 100 days after a repair")
def repair_failed(p: Portfolio) -> None:
    rework_drain(p)
    p.incident(C, 100, "remediation")


@vignette("repair", "a repair 200 days ago for another matter; the night mails began since")
def new_sign_after_old_repair(p: Portfolio) -> None:
    p.regular(C)
    for ago in range(2, 150, 3):
        p.message(C, ago, "Quick question about the page", hour=21)
    p.incident(C, 200, "remediation")


# --- written for the second round of #11 (held out alternating, as above) ---------------


@vignette("keep", "paid two weeks late all last year; on time since the repair 70 days ago")
def payment_repair_worked(p: Portfolio) -> None:
    pays(p, [0, 0] + [16] * 10)
    p.incident(C, 70, "remediation")


@vignette("part_ways", "paid two weeks late all year, and still since the repair 70 days ago")
def payment_repair_failed(p: Portfolio) -> None:
    pays(p, [16] * 12)
    p.incident(C, 70, "remediation")


@vignette("keep", "complained every week for months; not once since the repair 80 days ago")
def complaints_stopped_after_repair(p: Portfolio) -> None:
    p.regular(C)
    writes(p, ["I am disappointed with the mockups."] * 14, first=85, every=5)
    p.incident(C, 80, "remediation")


@vignette("part_ways", "a six-year client; rework every month, still there 100 days after a repair")
def long_standing_repair_failed(p: Portfolio) -> None:
    p.regular(C, hours=6.0, since_ago=2200)
    for month in range(12):
        p.hours(C, 16 + 30 * month, 4.0, kind="rework")
    p.incident(C, 100, "remediation")


@vignette("keep", "an annual report every spring for four years, paid on time: quiet months")
def yearly_client(p: Portfolio) -> None:
    p.client(C, since_ago=1500)
    p.incident(C, 1400, "referral")
    for year in range(4):
        ago = 300 + 365 * year
        p.hours(C, ago + 20, 30.0)
        p.invoice(C, ago, 3000.0, paid_after=25)


@vignette("part_ways", "on time since the repair, but last year's invoice still unpaid 100 days on")
def repair_leaves_old_debt(p: Portfolio) -> None:
    pays(p, [0, 0] + [16] * 9)
    p.invoice(C, 130, 1000.0)  # due 100 days ago, before the repair, never paid
    p.incident(C, 70, "remediation")


SETTINGS = {
    "business": {"excluded_industries": ["tobacco"], "winding_down_service_lines": ["print"]}
}


def verdict_of(v: Vignette, engine: str = "polars") -> ClientVerdict:
    from parting.config import Config

    p = Portfolio(steady=8)
    v.build(p)
    triage = score(p.tables(), Config().merged(SETTINGS), as_of=p.as_of, engine=engine)
    return triage.verdict_of(C)


def main() -> int:
    halves = {False: [0, 0], True: [0, 0]}
    for v in VIGNETTES:
        got = verdict_of(v)
        right = got.verdict == v.expected
        halves[v.held_out][0] += right
        halves[v.held_out][1] += 1
        if not right and (v.held_out is False or "--all" in sys.argv):
            print(f"miss {v.name}: {got.verdict} (expected {v.expected}) — {got.reason}")
    tuned, held = halves[False], halves[True]
    print(f"tuning half: {tuned[0]}/{tuned[1]}   held-out half: ", end="")
    print(f"{held[0]}/{held[1]}" if "--held-out" in sys.argv else "(hidden; --held-out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
