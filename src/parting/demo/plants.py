"""The demo's problem clients: each one planted with the records that make a sign true.

A ``Plant`` first *shapes* a client before the bulk is drawn (who they are, since when, how
they pay), then *plants* the extra records: abusive messages, an ethics incident, late
payments, complaints after a remediation… Between them the plants cover every sign of
DOMAIN §1, clients with several signs, a long-standing client, a repair case and a recent
one to watch. Staff notes are written in the studio's working language, English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from parting.demo import names
from parting.demo.book import (
    DESCRIPTION_POOL,
    HISTORY_DAYS,
    PHRASE_POOL,
    SUBJECT_POOL,
    US_PER_MINUTE,
    Book,
    phrase_group,
    weekday,
)
from parting.schema import CHANNELS, INCIDENT_KINDS, INVOICE_STATUSES, SEVERITIES, TIME_KINDS


@dataclass
class Planting:
    """What a plant needs to add records: the random source, the day, the book."""

    rng: np.random.Generator
    today: int
    people: dict[str, np.ndarray]
    book: Book

    def days(self, newest: int, oldest: int, n: int, weekdays: bool = True) -> np.ndarray:
        """``n`` sorted days between ``oldest`` and ``newest`` days ago."""
        days = np.sort(self.today - self.rng.integers(newest, oldest + 1, n))
        if weekdays:
            wd = weekday(days)
            days = days - (wd == 5) - 2 * (wd == 6)
        return np.minimum(days, self.today - 1)

    def work(self, c: int, days: np.ndarray, kinds: list[str], **extra: Any) -> None:
        n = days.size
        kind = np.array([TIME_KINDS.index(k) for k in kinds])[self.rng.integers(0, len(kinds), n)]
        columns = {
            "client": c,
            "project": -1,
            "person": self.rng.choice(len(names.STAFF), n, p=names.STAFF_SHARE),
            "day": days,
            "hours": np.round(self.rng.uniform(1.0, 4.5, n) * 4) / 4,
            "billable": True,
            "rate": self.people["rate"][c],
            "kind": kind,
            "description": DESCRIPTION_POOL.draw(self.rng, kind),
        }
        columns.update(extra)
        self.book.add("time_entries", **columns)

    def say(
        self,
        c: int,
        days: np.ndarray,
        kind: str,
        *,
        after_hours: float = 0.0,
        channel: str = "email",
    ) -> None:
        """Messages of ``kind`` from the client (or, for reply/reminder, from the studio)."""
        n = days.size
        late = self.rng.random(n) < after_hours
        night = np.where(
            self.rng.random(n) < 0.5,
            self.rng.integers(20 * 60, 24 * 60, n),
            self.rng.integers(0, 6 * 60, n),
        )
        minute = np.where(late, night, self.rng.integers(9 * 60, 17 * 60, n))
        # Half the after-hours ones land on a Saturday or Sunday.
        weekend = late & (self.rng.random(n) < 0.5)
        days = np.where(weekend, days + (5 - weekday(days)), days)
        days = np.minimum(days, self.today - 1)
        lang = self.people["lang"][c]
        code = CHANNELS.index(channel)
        self.book.add(
            "messages",
            client=c,
            local=(days * 1440 + minute) * US_PER_MINUTE,
            incoming=kind not in ("reply", "reminder"),
            channel=code,
            subject=SUBJECT_POOL.draw(self.rng, np.full(n, lang)) if channel == "email" else -1,
            body=PHRASE_POOL.draw(self.rng, np.full(n, phrase_group(lang, kind))),
            staff=self.rng.integers(0, len(names.STAFF), n),
            reminder=kind == "reminder",
        )

    def incident(
        self,
        c: int,
        days_ago: int,
        kind: str,
        note: str,
        severity: str | None = None,
        staff: str | None = None,
    ) -> None:
        people = [p for p, _c in names.STAFF]
        self.book.add(
            "incidents",
            client=c,
            day=self.today - days_ago,
            kind=INCIDENT_KINDS.index(kind),
            severity=SEVERITIES.index(severity) if severity else -1,
            staff=people.index(staff) if staff else -1,
            note=self.book.note(note),
        )

    def project(self, c: int, service: str, budget: float, started_ago: int) -> int:
        index = self.book.count("projects")
        self.book.add(
            "projects",
            client=c,
            service=names.SERVICE_LINES.index(service),
            name=0,
            budget=budget,
            started=self.today - started_ago,
            ended=-1,
            recurring=False,
        )
        return index

    def bulk(self, table: str, c: int) -> tuple[dict[str, np.ndarray], slice]:
        """The client's rows among the bulk rows of ``table`` (sorted by client), to edit."""
        part = self.book.parts[table][0]
        lo, hi = np.searchsorted(part["client"], [c, c + 1])
        return part, slice(int(lo), int(hi))


@dataclass
class Plant:
    key: str
    language: str
    name: str
    contact: str
    industry: str
    plant_records: Callable[[Planting, int], None]
    profile: dict[str, Any] = field(default_factory=dict)
    no_referrals: bool = False

    def shape(self, people: dict[str, np.ndarray], c: int, today: int) -> None:
        lang = names.LANGUAGES.index(self.language)
        people["lang"][c] = lang
        people["name"][c] = self.name
        people["contact"][c] = self.contact
        vi = self.language == "vi"  # Vietnamese: given name and company name come last
        first = names.slug(self.contact.split()[-1 if vi else 0])
        company = names.slug(self.name.split()[-1 if vi else 0])
        people["email"][c] = f"{first}@{company}{names.DOMAINS[self.language]}"
        people["timezone"][c] = names.TIMEZONES[self.language][0]
        people["industry"][c] = self.industry
        profile = self.profile
        # A controlled tenure: under five years unless the plant says otherwise, so only the
        # long-standing plant is tempered as an old friend.
        people["since"][c] = today - int(profile.get("since_years", 2.5) * 365)
        people["start"][c] = max(people["since"][c], today - HISTORY_DAYS)
        people["end"][c] = today - profile.get("quiet_days", 0)
        for key in ("relationship", "fit", "rate", "late", "size", "period"):
            if key in profile:
                people[key][c] = profile[key]
        if self.no_referrals:
            people["referred_by"][people["referred_by"] == c] = -1

    def plant(self, planting: Planting, c: int) -> None:
        self.plant_records(planting, c)


# --- what each problem client did ----------------------------------------------------


def _drain(p: Planting, c: int) -> None:
    days = p.days(3, 360, 100)
    p.work(c, days, ["support", "support", "rework", "revision", "meeting"], billable=False)


def _abuse(p: Planting, c: int) -> None:
    p.say(c, p.days(3, 60, 3), "abusive", after_hours=0.3)
    p.incident(c, 12, "abuse", "Shouted at Linh on a call and called her useless.", "high", "Linh")


def _unethical(p: Planting, c: int) -> None:
    p.say(c, p.days(38, 45, 1), "ethics_request")
    p.incident(
        c,
        35,
        "ethics",
        "Asked us to back-date invoices into last year; we refused.",
        "high",
        "Marc",
    )


def _review_flag(p: Planting, c: int) -> None:
    p.say(c, p.days(18, 25, 1), "ethics_request")


def _late_payer(p: Planting, c: int, lo: int, hi: int) -> None:
    invoices, rows = p.bulk("invoices", c)
    recent = np.flatnonzero(invoices["issued"][rows] >= p.today - 400) + rows.start
    invoices["paid"][recent] = invoices["due"][recent] + p.rng.integers(lo, hi, recent.size)
    paid = invoices["paid"][recent] <= p.today
    invoices["status"][recent] = np.where(
        paid, INVOICE_STATUSES.index("paid"), INVOICE_STATUSES.index("open")
    )


def _payment_risk(p: Planting, c: int) -> None:
    _late_payer(p, c, 35, 80)
    for issued_ago, amount in ((130, 3480.0), (100, 2950.0)):  # long overdue and still open
        p.book.add(
            "invoices",
            client=c,
            issued=p.today - issued_ago,
            due=p.today - issued_ago + 30,
            amount=amount,
            status=INVOICE_STATUSES.index("open"),
            paid=-1,
            discount=np.nan,
        )
    p.say(c, p.days(5, 95, 4), "reminder")
    p.say(c, p.days(4, 90, 3), "payment_excuse")


def _print_projects(p: Planting, c: int) -> None:
    projects, rows = p.bulk("projects", c)
    projects["service"][rows] = names.SERVICE_LINES.index("print design")
    projects["recurring"][rows] = False


def _complainer(p: Planting, c: int) -> None:
    p.say(c, p.days(2, 175, 6), "minor_complaint")
    p.say(c, p.days(2, 175, 20), "complaint")


def _no_potential(p: Planting, c: int) -> None:
    p.say(c, p.days(335, 400, 2), "friendly")  # parted on good terms; simply stopped buying


def _no_referrals(p: Planting, c: int) -> None:
    p.say(c, p.days(5, 200, 3), "neutral")


def _senior_on_a_cheap_rate(p: Planting, c: int) -> None:
    entries, rows = p.bulk("time_entries", c)
    entries["person"][rows] = [s for s, _r in names.STAFF].index("Sophie")
    invoices, rows = p.bulk("invoices", c)
    invoices["discount"][rows] = np.round(invoices["amount"][rows] * 0.15, 2)
    recent = np.flatnonzero(invoices["issued"][rows] >= p.today - 300) + rows.start
    if recent.size:
        invoices["status"][recent[0]] = INVOICE_STATUSES.index("written_off")


def _off_mission(p: Planting, c: int) -> None:
    p.say(c, p.days(5, 120, 2), "neutral")


def _boundaries(p: Planting, c: int) -> None:
    p.say(c, p.days(1, 85, 22, weekdays=False), "urgent", after_hours=0.7, channel="chat")
    p.say(c, p.days(1, 85, 22, weekdays=False), "neutral", after_hours=0.6, channel="sms")


def _unpleasable(p: Planting, c: int) -> None:
    p.incident(
        c,
        160,
        "remediation",
        "Apology call and a free extra revision round after their complaint.",
        staff="Sophie",
    )
    p.say(c, p.days(5, 150, 6), "complaint")
    p.say(c, p.days(5, 170, 6), "change_request")
    p.incident(
        c, 40, "public_criticism", "Posted a review calling Marc incompetent.", "medium", "Marc"
    )


def _late_and_complaining(p: Planting, c: int) -> None:
    _late_payer(p, c, 20, 45)
    p.say(c, p.days(2, 170, 8), "complaint")
    p.say(c, p.days(2, 170, 6), "minor_complaint")


def _overrun(
    p: Planting,
    c: int,
    budget: float,
    started_ago: int,
    entries: int,
    kinds: list[str],
    requests: int,
) -> None:
    """A fixed-budget project that ran far over, with rounds of revisions and extras. The
    budget is invoiced (half at the start, half at the end); the hours beyond it are not."""
    project = p.project(c, "web design", budget, started_ago)
    days = p.days(5, started_ago - 5, entries)
    p.work(c, days, kinds, project=project)
    p.say(c, p.days(10, started_ago - 10, requests), "change_request")
    half = round(budget * float(p.people["rate"][c]) / 2, 2)
    for issued_ago in (started_ago - 10, 20):
        issued = p.today - issued_ago
        p.book.add(
            "invoices",
            client=c,
            issued=issued,
            due=issued + 30,
            amount=half,
            status=INVOICE_STATUSES.index("paid"),
            paid=issued + 25,
            discount=np.nan,
        )


def _drain_and_scope_creep(p: Planting, c: int) -> None:
    _overrun(p, c, 60.0, 200, 45, ["work", "revision", "revision", "rework", "rework"], 5)


def _long_standing(p: Planting, c: int) -> None:
    _print_projects(p, c)
    _senior_on_a_cheap_rate(p, c)


def _repair(p: Planting, c: int) -> None:
    _overrun(p, c, 40.0, 260, 20, ["work", "work", "work", "work", "revision"], 4)


def _watch(p: Planting, c: int) -> None:
    p.say(c, p.days(2, 55, 3), "minor_complaint")
    p.say(c, p.days(2, 55, 11), "complaint")


PLANTS: tuple[Plant, ...] = (
    Plant("drain", "en", "Greyfield Logistics Ltd", "Peter Greyfield", "logistics", _drain),
    Plant("abuse", "en", "Brockwell Motors Ltd", "Gary Brockwell", "retail", _abuse),
    Plant("unethical", "fr", "Vernier Import SARL", "Didier Vernier", "retail", _unethical),
    Plant("review_flag", "sl", "Kovač Trade d.o.o.", "Boris Kovač", "retail", _review_flag),
    Plant(
        "payment_risk",
        "vi",
        "Công ty TNHH Thương mại Phúc Hưng",
        "Lê Văn Phúc",
        "retail",
        _payment_risk,
        {"period": 1, "size": 1.6},
    ),
    Plant(
        "grown_apart",
        "fr",
        "Imprimerie Duval SAS",
        "Sylvie Duval",
        "printing",
        _print_projects,
        {"fit": 1.0, "since_years": 4.0},
    ),
    Plant("complainer", "en", "Marlow & Finch Ltd", "Rachel Marlow", "legal", _complainer),
    Plant(
        "no_potential",
        "sl",
        "Zupan Gradnje d.o.o.",
        "Marko Zupan",
        "construction",
        _no_potential,
        {"since_years": 4.0, "quiet_days": 330, "size": 1.2},
    ),
    Plant(
        "no_referrals",
        "vi",
        "Công ty Cổ phần Du lịch Sao Mai",
        "Trần Thị Mai",
        "tourism",
        _no_referrals,
        {"since_years": 3.5},
        no_referrals=True,
    ),
    Plant(
        "unprofitable",
        "en",
        "Pennant Dental Ltd",
        "Claire Pennant",
        "health",
        _senior_on_a_cheap_rate,
        {"rate": 70.0},
    ),
    Plant("off_mission", "fr", "Casino du Lac SAS", "Franck Moreau", "gambling", _off_mission),
    Plant("boundaries", "sl", "Horvat Media s.p.", "Tina Horvat", "media", _boundaries),
    Plant("unpleasable", "en", "Ashdown Interiors Ltd", "Victoria Ashdown", "retail", _unpleasable),
    Plant(
        "payment_risk+complainer",
        "fr",
        "Boulangerie Morel SARL",
        "Jacques Morel",
        "food",
        _late_and_complaining,
        {"period": 1, "size": 1.6},
    ),
    Plant(
        "drain+scope_creep",
        "vi",
        "Cong ty TNHH Xay dung Minh Khoa",
        "Pham Minh Khoa",
        "construction",
        _drain_and_scope_creep,
    ),
    Plant(
        "long_standing",
        "en",
        "Hartley & Sons Ltd",
        "Edward Hartley",
        "retail",
        _long_standing,
        {"since_years": 7.0, "relationship": True, "rate": 70.0, "fit": 4.0},
    ),
    Plant("repair", "sl", "Mlinar Oprema d.o.o.", "Jana Mlinar", "retail", _repair),
    Plant("watch", "fr", "Atelier Fontaine SARL", "Élodie Fontaine", "construction", _watch),
)


def choose(clients: int) -> list[tuple[int, Plant]]:
    """Which clients are planted: all the plants when there are three clients per plant or
    more (most clients stay healthy), else the first third of the list."""
    k = min(len(PLANTS), clients // 3)
    step = clients // max(k, 1)
    return [(j * step + step // 2, PLANTS[j]) for j in range(k)]
