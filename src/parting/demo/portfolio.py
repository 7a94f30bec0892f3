"""A made-up but realistic portfolio: a small studio's last three years with its clients.

``generate`` builds every Parting table for ``clients`` clients, the same way each time for
the same (clients, seed, as_of). Most clients are healthy; a few are *planted* with the
problems of DOMAIN §1 (every sign, some clients with several, a long-standing client, a
repair case, a recent one to watch), so a demo shows every kind of verdict. The bulk is
drawn with numpy for all clients at once — 200 000 clients (about ten million records)
take about ten seconds of CPU — and the planted clients are then edited one by one
(``parting.demo.plants``).

``write`` saves the tables as Parting CSV plus ``demo_settings.toml``, the settings the
planted signs rely on (a winding-down service line, excluded industries, partners);
``demo_config`` returns the same settings as a ``Config``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pv

from parting.config import Config
from parting.demo import names, plants
from parting.demo.book import (
    BUSINESS_TIMEZONE,
    DESCRIPTION_POOL,
    ENTRIES_PER_YEAR,
    HISTORY_DAYS,
    IN_KIND_SHARE,
    KIND_SHARE,
    MESSAGES_PER_YEAR,
    PAYMENT_TERMS_DAYS,
    PHRASE_POOL,
    PROJECT_POOL,
    SUBJECT_POOL,
    TAGS,
    US_PER_MINUTE,
    Book,
    weekday,
)
from parting.demo.phrases import KINDS
from parting.errors import InputError
from parting.i18n import _
from parting.schema import (
    CHANNELS,
    INCIDENT_KINDS,
    INVOICE_STATUSES,
    SEVERITIES,
    TABLES,
    TIME_KINDS,
    Tables,
    complete,
)

SETTINGS_FILE = "demo_settings.toml"


def demo_settings() -> dict[str, Any]:
    """The studio's settings: what the planted signs need, in the shape of the TOML file."""
    return {
        "business": {
            "name": "Studio Lumen",
            # a letter that speaks in the first person ("je regrette") is signed by a person
            "signatory": "Sophie Laurent",
            "currency": "EUR",
            "timezone": BUSINESS_TIMEZONE,
            "cost_rates": {person: rate for person, rate in names.STAFF},
            "core_service_lines": ["web design", "branding", "maintenance"],
            "winding_down_service_lines": ["print design"],
            "excluded_industries": ["gambling", "tobacco"],
            "referral_partners": [
                {
                    "service_line": "print design",
                    "name": "Atelier Papier",
                    "contact": "bonjour@atelierpapier.example",
                    # a French, Vietnamese or Slovenian letter names the line in its language
                    "service_line_names": {
                        "fr": "création de supports imprimés",
                        "vi": "thiết kế ấn phẩm in",
                        "sl": "oblikovanje tiskovin",
                    },
                },
                {
                    "service_line": "web design",
                    "name": "Northlight Web",
                    "contact": "hello@northlight.example",
                    "service_line_names": {
                        "fr": "création de sites web",
                        "vi": "thiết kế website",
                        "sl": "izdelava spletnih strani",
                    },
                },
                {
                    "service_line": "branding",
                    "name": "Studio Kanto",
                    "contact": "studio@kanto.example",
                    "service_line_names": {
                        "fr": "identité visuelle",
                        "vi": "xây dựng thương hiệu",
                        "sl": "celostna grafična podoba",
                    },
                },
            ],
        }
    }


def demo_config() -> Config:
    return Config().merged(demo_settings(), source=SETTINGS_FILE)


def generate(clients: int = 60, seed: int = 7, as_of: date | None = None) -> Tables:
    """The demo portfolio as Parting tables (see the module docstring)."""
    if clients < 1:
        raise InputError(
            _("the demo needs at least one client."), fix=_("Use --clients 1 or more.")
        )
    rng = np.random.default_rng(seed)
    today = (as_of or date.today()).toordinal() - date(1970, 1, 1).toordinal()
    people = _people(rng, clients, today)
    chosen = plants.choose(clients)
    for index, plant in chosen:
        plant.shape(people, index, today)
    book = Book()
    _work(rng, people, today, book)
    _billing(rng, people, today, book)
    _messages(rng, people, today, book)
    _referrals(rng, people, today, book, skip={i for i, p in chosen if p.no_referrals})
    planting = plants.Planting(rng, today, people, book)
    for index, plant in chosen:
        plant.plant(planting, index)
    return _tables(people, book)


def _people(rng: np.random.Generator, n: int, today: int) -> dict[str, np.ndarray]:
    lang = rng.choice(len(names.LANGUAGES), n, p=[0.4, 0.2, 0.2, 0.2])
    old = rng.random(n) < 0.4
    age = np.where(old, rng.integers(HISTORY_DAYS, 9 * 365, n), rng.integers(120, HISTORY_DAYS, n))
    since = today - age
    size = rng.lognormal(-0.12, 0.5, n)
    people: dict[str, np.ndarray] = {
        "lang": lang,
        "since": since,
        "start": np.maximum(since, today - HISTORY_DAYS),
        "end": np.full(n, today),
        "size": size,
        "rate": rng.choice(np.array([70.0, 80.0, 85.0, 90.0, 95.0, 100.0, 110.0, 120.0]), n),
        "late": np.minimum(rng.beta(0.5, 25.0, n), 0.12),
        "period": np.where(size > 2.5, 1, np.where(size > 1.2, 2, 3)),
        "fit": rng.choice(np.array([2.0, 3.0, 3.0, 4.0, 4.0, 5.0]), n),
        "relationship": np.zeros(n, dtype=bool),
        "referred_by": np.where(rng.random(n) < 0.25, rng.integers(0, n, n), -1),
        "tags": rng.integers(0, len(TAGS), n),
    }
    people["referred_by"][people["referred_by"] == np.arange(n)] = -1
    people.update(_identities(rng, lang))
    return people


def _identities(rng: np.random.Generator, lang: np.ndarray) -> dict[str, np.ndarray]:
    """Company, contact, e-mail, time zone and industry, each as an object array."""
    n = len(lang)
    out = {
        k: np.empty(n, dtype=object) for k in ("name", "contact", "email", "timezone", "industry")
    }
    for code, language in enumerate(names.LANGUAGES):
        rows = np.flatnonzero(lang == code)
        if rows.size == 0:
            continue
        stem_idx = _pick(rng, names.STEMS[language], rows.size)
        sector_idx = _pick(rng, names.SECTORS[language], rows.size)
        first_idx = _pick(rng, names.FIRST_NAMES[language], rows.size)
        last_idx = _pick(rng, names.LAST_NAMES[language], rows.size)
        form_idx = _pick(rng, names.LEGAL_FORMS[language], rows.size)
        stems = _objects(names.STEMS[language])[stem_idx]
        sectors = _objects([s for s, _i in names.SECTORS[language]])[sector_idx]
        first = _objects(names.FIRST_NAMES[language])[first_idx]
        last = _objects(names.LAST_NAMES[language])[last_idx]
        out["name"][rows] = _company(
            language, stems, sectors, _objects(names.LEGAL_FORMS[language])[form_idx]
        )
        out["contact"][rows] = last + " " + first if language == "vi" else first + " " + last
        first_slug = _objects([names.slug(f) for f in names.FIRST_NAMES[language]])[first_idx]
        stem_slug = _objects([names.slug(f) for f in names.STEMS[language]])[stem_idx]
        out["email"][rows] = first_slug + "@" + stem_slug + names.DOMAINS[language]
        zones = names.TIMEZONES[language]
        out["timezone"][rows] = np.array(zones, dtype=object)[
            rng.integers(0, len(zones), rows.size)
        ]
        out["industry"][rows] = _objects([i for _s, i in names.SECTORS[language]])[sector_idx]
    return out


def _pick(rng: np.random.Generator, choices: tuple[Any, ...], n: int) -> np.ndarray:
    return rng.integers(0, len(choices), n)


def _objects(values: tuple[str, ...] | list[str]) -> np.ndarray:
    return np.array(values, dtype=object)


def _company(language: str, stem: np.ndarray, sector: np.ndarray, form: np.ndarray) -> np.ndarray:
    if language == "fr":
        return np.asarray(sector + " " + stem + " " + form)
    if language == "vi":
        return np.asarray(form + " " + sector + " " + stem)
    return np.asarray(stem + " " + sector + " " + form)


def _spread(
    rng: np.random.Generator, count: np.ndarray, start: np.ndarray, span: np.ndarray
) -> tuple[np.ndarray, ...]:
    """``count[c]`` days for each client, evenly spread over [start, start + span): each
    client's activity is steady, so a healthy client shows no falling trend by chance."""
    total = int(count.sum())
    client = np.repeat(np.arange(len(count)), count)
    k = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    frac = (k + rng.random(total)) / np.repeat(count, count)
    day = np.repeat(start, count) + (frac * np.repeat(span, count)).astype(np.int64)
    return client, k, day


def _to_weekday(day: np.ndarray) -> np.ndarray:
    wd = weekday(day)
    return np.asarray(day - (wd == 5) + (wd == 6))  # Saturday -> Friday, Sunday -> Monday


def _work(rng: np.random.Generator, people: dict[str, np.ndarray], today: int, book: Book) -> None:
    span = np.maximum(people["end"] - people["start"], 30)
    # Bigger clients get more entries and longer ones; a floor of entries keeps a small
    # client's year-on-year revenue steady enough not to look like a falling trend.
    yearly = ENTRIES_PER_YEAR * (0.5 + 0.5 * people["size"])
    count = rng.poisson(yearly * span / 365) + 3
    client, k, day = _spread(rng, count, people["start"], span)
    day = np.minimum(_to_weekday(day), today - 1)
    total = len(client)
    n_projects = np.minimum(1 + count // 15, count)
    first_project = np.cumsum(n_projects) - n_projects
    project = np.repeat(first_project, count) + (k * np.repeat(n_projects, count)) // np.repeat(
        count, count
    )
    kind = rng.choice(len(TIME_KINDS), total, p=KIND_SHARE)
    typical = np.log(2.0 * np.sqrt(people["size"][client]))
    hours = np.maximum(0.25, np.round(rng.lognormal(typical, 0.35, total) * 4) / 4)
    hours = np.where(kind == TIME_KINDS.index("meeting"), np.minimum(hours, 1.5), hours)
    person = rng.choice(len(names.STAFF), total, p=names.STAFF_SHARE)
    billable = (kind != TIME_KINDS.index("admin")) & (rng.random(total) < 0.97)
    book.add(
        "time_entries",
        client=client,
        project=project,
        person=person,
        day=day,
        hours=hours,
        billable=billable,
        rate=people["rate"][client],
        kind=kind,
        description=DESCRIPTION_POOL.draw(rng, kind),
    )
    _projects(rng, people, today, book, n_projects, project, day, hours)


def _projects(
    rng: np.random.Generator,
    people: dict[str, np.ndarray],
    today: int,
    book: Book,
    n_projects: np.ndarray,
    project: np.ndarray,
    day: np.ndarray,
    hours: np.ndarray,
) -> None:
    total = int(n_projects.sum())
    ids = np.arange(total)
    service = rng.choice(len(names.SERVICE_LINES), total, p=names.SERVICE_SHARE)
    # An old client's first project may be print design, the line the studio winds down.
    first = np.cumsum(n_projects) - n_projects
    old_print = first[(n_projects >= 3) & (rng.random(len(n_projects)) < 0.3)]
    service[old_print] = names.SERVICE_LINES.index("print design")
    started = day[np.searchsorted(project, ids, "left")]
    ended = day[np.searchsorted(project, ids, "right") - 1]
    worked = np.bincount(project, weights=hours, minlength=total)
    maintenance = service == names.SERVICE_LINES.index("maintenance")
    budget = np.where(maintenance, np.nan, np.ceil(worked * rng.uniform(1.0, 1.3, total)))
    book.add(
        "projects",
        client=np.repeat(np.arange(len(n_projects)), n_projects),
        service=service,
        name=PROJECT_POOL.draw(rng, service),
        budget=budget,
        started=started,
        ended=np.where(ended >= today - 45, -1, ended),
        recurring=maintenance,
    )


def _billing(
    rng: np.random.Generator, people: dict[str, np.ndarray], today: int, book: Book
) -> None:
    """One invoice per client and billing period (1–3 months) with billable work."""
    work = book.frame("time_entries")
    client, day = work["client"], work["day"]
    month = day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    period = people["period"][client]
    bucket = month // period
    value = work["hours"] * work["rate"] * work["billable"]
    key = client.astype(np.int64) * 100_000 + bucket
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])  # entries are sorted by client, day
    amount = np.round(np.add.reduceat(value, starts), 2)
    owner = client[starts]
    issued = (
        ((bucket[starts] + 1) * period[starts])
        .astype("datetime64[M]")
        .astype("datetime64[D]")
        .astype(np.int64)
    )
    keep = (issued <= today) & (amount > 0)
    owner, issued, amount = owner[keep], issued[keep], amount[keep]
    n = len(owner)
    due = issued + PAYMENT_TERMS_DAYS
    late = rng.random(n) < people["late"][owner]
    paid = due + np.where(late, rng.integers(1, 28, n), -rng.integers(0, 26, n))
    status = np.full(n, INVOICE_STATUSES.index("open"))
    status[paid <= today] = INVOICE_STATUSES.index("paid")
    status[rng.random(n) < 0.004] = INVOICE_STATUSES.index("void")
    book.add(
        "invoices",
        client=owner,
        issued=issued,
        due=due,
        amount=amount,
        status=status,
        paid=paid,
        discount=np.nan,
    )


def _messages(
    rng: np.random.Generator, people: dict[str, np.ndarray], today: int, book: Book
) -> None:
    span = np.maximum(people["end"] - people["start"], 30)
    count = rng.poisson(MESSAGES_PER_YEAR * np.sqrt(people["size"]) * span / 365) + 1
    client, _k, day = _spread(rng, count, people["start"], span)
    total = len(client)
    odd = rng.random(total) < 0.08  # sent at night or at the weekend
    day = np.where(odd, day, _to_weekday(day))
    minute = np.where(odd, rng.integers(0, 24 * 60, total), rng.integers(9 * 60, 18 * 60, total))
    incoming = rng.random(total) < 0.55
    in_kinds = list(IN_KIND_SHARE)
    in_kind = np.array([KINDS.index(k) for k in in_kinds])[
        rng.choice(len(in_kinds), total, p=list(IN_KIND_SHARE.values()))
    ]
    out_kind = np.where(rng.random(total) < 0.03, KINDS.index("reminder"), KINDS.index("reply"))
    kind = np.where(incoming, in_kind, out_kind)
    lang = people["lang"][client]
    channel = rng.choice(len(CHANNELS), total, p=[0.7, 0.2, 0.05, 0.05])
    book.add(
        "messages",
        client=client,
        local=(np.minimum(day, today - 1) * 1440 + minute) * US_PER_MINUTE,
        incoming=incoming,
        channel=channel,
        subject=np.where(channel == 0, SUBJECT_POOL.draw(rng, lang), -1),
        body=PHRASE_POOL.draw(rng, lang * len(KINDS) + kind),
        staff=rng.choice(len(names.STAFF), total, p=names.STAFF_SHARE),
        reminder=kind == KINDS.index("reminder"),
    )


def _referrals(
    rng: np.random.Generator, people: dict[str, np.ndarray], today: int, book: Book, skip: set[int]
) -> None:
    """Most clients of two years or more have sent someone our way."""
    n = len(people["since"])
    tenure = today - people["since"]
    chosen = (tenure >= 730) & (rng.random(n) < 0.85)
    chosen[list(skip)] = False
    who = np.flatnonzero(chosen)
    span = people["end"][who] - people["start"][who]
    book.add(
        "incidents",
        client=who,
        day=people["start"][who] + (rng.random(who.size) * span).astype(np.int64),
        kind=INCIDENT_KINDS.index("referral"),
        severity=-1,
        staff=rng.integers(0, len(names.STAFF), who.size),
        note=book.note("Recommended us to a new client."),
    )


# --------------------------------------------------------------------------------------


def _ids(prefix: str, n: int) -> pa.Array:
    width = max(4, len(str(n)))
    numbers = pc.cast(pa.array(np.arange(1, n + 1)), pa.string())
    return pc.binary_join_element_wise(prefix, pc.utf8_lpad(numbers, width, "0"), "")


def _dates(days: np.ndarray) -> pa.Array:
    return pa.array(days.astype(np.int32), pa.date32(), mask=days < 0)


def _codes(values: tuple[str, ...] | list[str], codes: np.ndarray) -> pa.Array:
    return pc.take(pa.array(values, pa.string()), pa.array(codes, mask=codes < 0))


def _tables(people: dict[str, np.ndarray], book: Book) -> Tables:
    n = len(people["lang"])
    client_ids = _ids("C", n)
    staff = [p for p, _c in names.STAFF]
    clients = {
        "client_id": client_ids,
        "name": pa.array(people["name"], pa.string()),
        "contact_name": pa.array(people["contact"], pa.string()),
        "contact_salutation": pa.array(
            [
                names.salutation(contact, names.LANGUAGES[code])
                for contact, code in zip(people["contact"], people["lang"], strict=True)
            ],
            pa.string(),
        ),
        "email": pa.array(people["email"], pa.string()),
        "language": _codes(names.LANGUAGES, people["lang"]),
        "timezone": pa.array(people["timezone"], pa.string()),
        "industry": pa.array(people["industry"], pa.string()),
        "tags": _codes(TAGS, people["tags"]),
        "since": _dates(people["since"]),
        "relationship": pa.array(people["relationship"]),
        "referred_by": pc.take(
            client_ids, pa.array(people["referred_by"], mask=people["referred_by"] < 0)
        ),
        "strategic_fit": pa.array(people["fit"], pa.float64()),
    }
    p = book.frame("projects")
    projects = {
        "project_id": _ids("P", len(p["client"])),
        "client_id": pc.take(client_ids, p["client"]),
        "name": PROJECT_POOL.take(p["name"]),
        "service_line": _codes(names.SERVICE_LINES, p["service"]),
        "budget_hours": pa.array(p["budget"], pa.float64(), from_pandas=True),
        "fixed_fee": pa.nulls(len(p["client"]), pa.float64()),
        "started_on": _dates(p["started"]),
        "ended_on": _dates(p["ended"]),
        "recurring": pa.array(p["recurring"]),
    }
    tables = {
        "clients": clients,
        "projects": projects,
        "time_entries": _time_entries(book, client_ids, projects["project_id"], staff),
        **_invoices_and_payments(book, client_ids),
        "messages": _message_table(people, book, client_ids, staff),
        "incidents": _incident_table(book, client_ids, staff),
    }
    return complete({name: pa.table(cols) for name, cols in tables.items()})


def _time_entries(
    book: Book, client_ids: pa.Array, project_ids: pa.Array, staff: list[str]
) -> dict[str, pa.Array]:
    t = book.frame("time_entries")
    cost = np.array([c for _p, c in names.STAFF])
    return {
        "entry_id": _ids("E", len(t["client"])),
        "client_id": pc.take(client_ids, t["client"]),
        "project_id": pc.take(project_ids, pa.array(t["project"], mask=t["project"] < 0)),
        "person": _codes(staff, t["person"]),
        "date": _dates(t["day"]),
        "hours": pa.array(t["hours"], pa.float64()),
        "billable": pa.array(t["billable"]),
        "bill_rate": pa.array(t["rate"], pa.float64()),
        "cost_rate": pa.array(cost[t["person"]], pa.float64()),
        "kind": _codes(TIME_KINDS, t["kind"]),
        "description": DESCRIPTION_POOL.take(t["description"]),
    }


def _invoices_and_payments(book: Book, client_ids: pa.Array) -> dict[str, dict[str, pa.Array]]:
    v = book.frame("invoices")
    invoice_ids = _ids("INV-", len(v["client"]))
    paid = np.flatnonzero(v["status"] == INVOICE_STATUSES.index("paid"))
    invoices = {
        "invoice_id": invoice_ids,
        "client_id": pc.take(client_ids, v["client"]),
        "issued_on": _dates(v["issued"]),
        "due_on": _dates(v["due"]),
        "amount": pa.array(v["amount"], pa.float64()),
        "currency": pa.array(np.full(len(v["client"]), "EUR", dtype=object), pa.string()),
        "status": _codes(INVOICE_STATUSES, v["status"]),
        "discount": pa.array(v["discount"], pa.float64(), from_pandas=True),
    }
    payments = {
        "payment_id": _ids("PAY-", paid.size),
        "invoice_id": pc.take(invoice_ids, paid),
        "paid_on": _dates(v["paid"][paid]),
        "amount": pa.array(v["amount"][paid], pa.float64()),
    }
    return {"invoices": invoices, "payments": payments}


def _message_table(
    people: dict[str, np.ndarray], book: Book, client_ids: pa.Array, staff: list[str]
) -> dict[str, pa.Array]:
    m = book.frame("messages")
    local = pa.array(m["local"], pa.timestamp("us"))
    sent = pc.assume_timezone(local, BUSINESS_TIMEZONE, ambiguous="earliest", nonexistent="latest")
    contacts = pa.array(people["contact"], pa.string())
    author = pc.if_else(
        pa.array(m["incoming"]), pc.take(contacts, m["client"]), _codes(staff, m["staff"])
    )
    return {
        "message_id": _ids("M", len(m["client"])),
        "client_id": pc.take(client_ids, m["client"]),
        "sent_at": sent.cast(pa.timestamp("us", tz="UTC")),
        "direction": pc.if_else(pa.array(m["incoming"]), "in", "out"),
        "channel": _codes(CHANNELS, m["channel"]),
        "subject": SUBJECT_POOL.take(m["subject"]),
        "body": PHRASE_POOL.take(m["body"]),
        "author": author,
        "kind": pc.if_else(
            pa.array(m["reminder"]), "payment_reminder", pa.scalar(None, pa.string())
        ),
    }


def _incident_table(book: Book, client_ids: pa.Array, staff: list[str]) -> dict[str, pa.Array]:
    i = book.frame("incidents")
    return {
        "incident_id": _ids("INC-", len(i["client"])),
        "client_id": pc.take(client_ids, i["client"]),
        "date": _dates(i["day"]),
        "kind": _codes(INCIDENT_KINDS, i["kind"]),
        "severity": _codes(SEVERITIES, i["severity"]),
        "staff": _codes(staff, i["staff"]),
        "note": _codes(book.notes, i["note"]),
    }


# --------------------------------------------------------------------------------------


def write(tables: Tables, out: Path) -> None:
    """Save ``tables`` as Parting CSV files in ``out``, with ``demo_settings.toml``."""
    import tomli_w

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        if name not in TABLES or (table.num_rows == 0 and name == "judgements"):
            continue
        pv.write_csv(as_text(table), out / TABLES[name].file_name)
    (out / SETTINGS_FILE).write_text(tomli_w.dumps(demo_settings()), encoding="utf-8")


def as_text(table: pa.Table) -> pa.Table:
    """Booleans as true/false, timestamps as ISO 8601 with an offset (Parting CSV, §6)."""
    columns = []
    for column in table.columns:
        if pa.types.is_boolean(column.type):
            column = pc.if_else(column, "true", "false")
        elif pa.types.is_timestamp(column.type):
            seconds = column.cast(pa.timestamp("s", tz="UTC"), safe=False)
            column = pc.strftime(seconds, format="%Y-%m-%dT%H:%M:%SZ")
        columns.append(column)
    return pa.table(columns, names=table.column_names)
