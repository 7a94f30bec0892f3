"""A small portfolio stored the way the triage stores it; the three actors of every access
test (an anonymous visitor, a staff member and the owner); and Chromium for the browser
tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client as WebClient

from parting.store.models import (
    Client,
    Incident,
    Invoice,
    Member,
    Message,
    Payment,
    TimeEntry,
    TriageRun,
    VerdictRecord,
)

PASSWORD = "a-long-test-passphrase-42"
AS_OF = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    """Hashing a password properly takes a third of a second; tests need no such strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def core_language_back_to_english() -> Iterator[None]:
    """A page in another language switches the core's language too (CoreLanguageMiddleware)
    and nothing switches it back between requests: tests after this one start in English."""
    yield
    from parting.i18n import activate

    activate("en")


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    """The portfolio caches rows and charts per run; each test starts without them."""
    from django.core.cache import caches

    from parting.web import charts

    for cache in caches.all():
        cache.clear()
    charts.forget_drawn()
    yield
    for cache in caches.all():
        cache.clear()
    charts.forget_drawn()


def make_user(username: str, role: str) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Member.objects.create(user=user, role=role)
    return user


@pytest.fixture
def password() -> str:
    """The password of every test account."""
    return PASSWORD


@pytest.fixture
def owner(db: None) -> Any:
    return make_user("olivia", "owner")


@pytest.fixture
def staff(db: None) -> Any:
    return make_user("sam", "staff")


@pytest.fixture
def owner_client(owner: Any) -> WebClient:
    web = WebClient()
    web.force_login(owner)
    return web


@pytest.fixture
def staff_client(staff: Any) -> WebClient:
    web = WebClient()
    web.force_login(staff)
    return web


def metrics(
    client_id: str,
    revenue: float,
    hours: float,
    cost_rate: float = 40.0,
    overdue: float = 0.0,
    total_revenue: float = 1.0,
    total_hours: float = 1.0,
    owed: float | None = None,
) -> dict[str, Any]:
    """A client's stored figures; what it owes is its overdue part unless said."""
    cost = hours * cost_rate
    return {
        "client_id": client_id,
        "revenue": revenue,
        "hours": hours,
        "cost": cost,
        "margin": revenue - cost,
        "effective_rate": revenue / hours if hours else None,
        "overdue": overdue,
        "owed": overdue if owed is None else owed,
        "effort_share": hours / total_hours,
        "revenue_share": revenue / total_revenue,
    }


def sign(
    sign_id: str,
    severity: str = "planned",
    records: dict[str, list[str]] | None = None,
    words: dict[str, list[str]] | None = None,
    figures: dict[str, Any] | None = None,
    deciding: str = "",
) -> dict[str, Any]:
    return {
        "id": sign_id,
        "severity": severity,
        "evidence": {"figures": figures or {}, "records": records or {}, "words": words or {}},
        "first_seen": "2025-10-01",
        "weak": False,
        "deciding": deciding,
    }


def store_verdict(
    run: TriageRun,
    client: Client,
    verdict: str,
    rank: int,
    signs: list[dict[str, Any]],
    figures: dict[str, Any],
) -> VerdictRecord:
    return VerdictRecord.objects.create(
        run=run,
        client=client,
        verdict=verdict,
        rank=rank,
        reason=f"{client.name}: {verdict}",
        main_sign=signs[0]["id"] if signs else "",
        signs=signs,
        metrics=figures,
        changes=[{"kind": "first"}],
    )


@pytest.fixture
def portfolio(db: None) -> dict[str, Any]:
    """Three clients: one abusive (part ways now), one that pays late (part ways), one
    fine (keep), with the records their signs cite."""
    run = TriageRun.objects.create(as_of=AS_OF, clients=3)
    rude = Client.objects.create(
        client_id="c-rude", name="Rude & Co", language="en", email="boss@rude.example"
    )
    late = Client.objects.create(client_id="c-late", name="Late Payers Ltd", language="fr")
    fine = Client.objects.create(client_id="c-fine", name="Fine Folk", language="sl")
    Message.objects.create(
        message_id="m1",
        client=rude,
        sent_at=datetime(2026, 2, 20, 22, 15, tzinfo=UTC),
        direction="in",
        channel="email",
        subject="Again!",
        author="Boss",
        body="This is USELESS work, you idiots. Fix it tonight.",
    )
    Incident.objects.create(
        incident_id="i1",
        client=rude,
        date=date(2026, 2, 21),
        kind="abuse",
        severity="high",
        staff="Ana",
        note="Shouted at Ana on the phone.",
    )
    Invoice.objects.create(
        invoice_id="inv-1",
        client=late,
        issued_on=date(2025, 11, 1),
        due_on=date(2025, 12, 1),
        amount=1200.0,
        currency="EUR",
        status="paid",
    )
    Payment.objects.create(
        payment_id="p1", invoice_id="inv-1", paid_on=date(2026, 1, 15), amount=1200.0
    )
    Invoice.objects.create(
        invoice_id="inv-2",
        client=late,
        issued_on=date(2025, 12, 1),
        due_on=date(2026, 1, 1),
        amount=900.0,
        currency="EUR",
        status="open",
    )
    TimeEntry.objects.create(
        entry_id="t1",
        client=late,
        date=date(2026, 1, 5),
        hours=6.5,
        person="Ana",
        kind="rework",
        description="Redo the layout",
    )
    total_r, total_h = 30000.0, 600.0
    store_verdict(
        run,
        rude,
        "part_ways_now",
        1,
        [
            sign(
                "abuse",
                "immediate",
                {"messages": ["m1"], "incidents": ["i1"]},
                {"m1": ["useless", "idiots"]},
                {"abusive_messages": 1},
            )
        ],
        metrics("c-rude", 5000, 250, total_revenue=total_r, total_hours=total_h),
    )
    store_verdict(
        run,
        late,
        "part_ways",
        2,
        [
            sign(
                "payment_risk",
                "urgent",
                {"invoices": ["inv-1", "inv-2"]},
                figures={
                    "late_share": 1.0,
                    "late_share_threshold": 0.5,
                    "invoices_late": 2,
                    "invoices_due": 2,
                    "overdue": 900.0,
                    "oldest_overdue_days": 60,
                },
                deciding="late_share",
            ),
            sign("drain", "planned", {"time_entries": ["t1"]}, deciding="rework_share"),
        ],
        metrics("c-late", 7000, 200, overdue=900, total_revenue=total_r, total_hours=total_h),
    )
    store_verdict(
        run,
        fine,
        "keep",
        3,
        [],
        metrics("c-fine", 18000, 150, total_revenue=total_r, total_hours=total_h),
    )
    return {"run": run, "rude": rude, "late": late, "fine": fine}


# --- the browser: Playwright driving Debian's Chromium (never `playwright install`) ---

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the test
    # makes between page actions are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def save_screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def screenshot() -> Any:
    """``screenshot(page, name)`` saves a full-page PNG to test-artifacts/screenshots/."""
    return save_screenshot


@pytest.fixture
def log_in() -> Any:
    """``log_in(page, base_url, username)`` fills the log-in form as a person would."""

    def fill(page: Any, base_url: str, username: str) -> None:
        page.goto(base_url + "/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_load_state()

    return fill


@pytest.fixture
def web_catalogs(tmp_path: Path, settings: Any) -> Path:
    """The fr/vi/sl catalogs built from every ``parts/*.po`` (as the lead's merge does),
    compiled to ``django.mo`` in a temporary folder Django reads first."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from parting.i18n import LOCALE_DIR

    for lang in ("fr", "vi", "sl"):
        merged = Catalog(locale=lang)
        for part in sorted((LOCALE_DIR / lang / "LC_MESSAGES" / "parts").glob("*.po")):
            with part.open("rb") as f:
                catalog = read_po(f, locale=lang)
            for message in catalog:
                if message.id and message.string:
                    merged[message.id] = message
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        with (folder / "django.mo").open("wb") as f:
            write_mo(f, merged)
    settings.LOCALE_PATHS = [str(tmp_path)]
    return tmp_path
