"""The digest after a scheduled triage: only the clients whose verdict or signs changed,
with the reason and a link, in the owner's language; nothing sent when nothing changed."""

from __future__ import annotations

import email
from datetime import date
from email.message import Message
from pathlib import Path

import pytest

from parting.store.incidents import add_incident
from parting.store.triage import run_triage
from parting.store.watch import (
    changed_since_looked,
    connect_smtp,
    mark_seen,
    watch_once,
)

from .conftest import SignIn
from .mailservers import SmtpSink

pytestmark = pytest.mark.django_db(transaction=True)

AS_OF = date(2026, 3, 31)


@pytest.fixture
def mailer(smtp: SmtpSink, business: Path) -> SmtpSink:
    connect_smtp(
        "127.0.0.1",
        "",
        "",
        "owner@studio.example",
        sender="parting@studio.example",
        port=smtp.port,
        security="insecure",
    )
    return smtp


def received(sink: SmtpSink) -> list[Message]:
    return [email.message_from_bytes(m.data) for m in sink.messages]


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(message.get_content_charset() or "utf-8")


def test_nothing_is_sent_when_nothing_changed(mailer: SmtpSink) -> None:
    run_triage(AS_OF, "duckdb")
    report = watch_once(as_of=AS_OF)
    assert report.changed == []
    assert mailer.messages == []


def test_the_digest_lists_only_the_client_that_changed_with_reason_and_link(
    mailer: SmtpSink,
) -> None:
    run_triage(AS_OF, "duckdb")
    add_incident("bistro", "abuse", "high", "Threatened Luc", date(2026, 3, 1))
    report = watch_once(as_of=AS_OF, site="https://parting.studio.example")
    assert [c.client_id for c in report.changed] == ["bistro"]
    assert report.sent_to == "owner@studio.example"
    (message,) = received(mailer)
    assert mailer.messages[0].rcpt_tos == ["owner@studio.example"]
    assert message["Subject"] == "Parting: 1 client changed"
    text = body(message)
    assert "Bistro Lune" in text
    assert "Part ways now" in text
    assert "New sign: Abusive to staff" in text
    assert report.changed[0].reason in text
    assert "https://parting.studio.example/clients/bistro" in text
    assert "Acme" not in text and "Kolo" not in text
    again = watch_once(as_of=AS_OF)  # the next round compares with this digest
    assert again.changed == []
    assert len(mailer.messages) == 1


def test_the_digest_speaks_the_owner_s_language(mailer: SmtpSink) -> None:
    from django.contrib.auth.models import User

    from parting.store.models import Member

    owner = User.objects.create_user("vesna", password="x" * 12)
    Member.objects.create(user=owner, role="owner", language="sl")
    run_triage(AS_OF, "duckdb")
    add_incident("bistro", "abuse", "high", "Threatened Luc", date(2026, 3, 1))
    watch_once(as_of=AS_OF)
    (message,) = received(mailer)
    assert message["Content-Language"] == "sl"
    assert "Bistro Lune" in body(message)
    subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
    assert subject == "Parting: spremenila se je 1 stranka"


def test_a_dry_run_writes_the_digest_instead_of_sending_it(
    mailer: SmtpSink, tmp_path: Path
) -> None:
    run_triage(AS_OF, "duckdb")
    add_incident("kolo", "abuse", "high", "Shouted at Ana", date(2026, 3, 2))
    report = watch_once(as_of=AS_OF, dry_run=tmp_path / "digests")
    assert report.written is not None and report.written.suffix == ".eml"
    written = email.message_from_bytes(report.written.read_bytes())
    assert "Kolo d.o.o." in body(written)
    assert mailer.messages == []


def test_the_portfolio_lists_what_changed_since_the_owner_last_looked(business: Path) -> None:
    run_triage(AS_OF, "duckdb")
    mark_seen()
    assert changed_since_looked() == []
    add_incident("kolo", "abuse", "high", "Swore at Ana", date(2026, 3, 3))
    run_triage(AS_OF, "duckdb")
    assert [c.client_id for c in changed_since_looked()] == ["kolo"]
    mark_seen()
    assert changed_since_looked() == []


def test_the_portfolio_page_shows_the_changes_until_they_are_marked_as_seen(
    business: Path, signed_in: SignIn
) -> None:
    web = signed_in("owner")
    run_triage(AS_OF, "duckdb")
    mark_seen()
    add_incident("kolo", "abuse", "high", "Swore at Ana", date(2026, 3, 3))
    run_triage(AS_OF, "duckdb")
    page = web.get("/").content.decode()
    assert "Changed since you last looked" in page
    section = page.split("Changed since you last looked")[1].split("</section>")[0]
    assert "Kolo d.o.o." in section and "Bistro" not in section
    assert "New sign: Abusive to staff" in section
    assert web.post("/seen/").status_code == 302
    assert "Changed since you last looked" not in web.get("/").content.decode()


def test_the_web_app_s_worker_keeps_watch_when_a_round_is_due(
    mailer: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from parting.store.jobs import keep_watch
    from parting.store.models import TriageRun
    from parting.store.watch import due

    keep_watch()  # not asked to keep watch: nothing runs
    assert not TriageRun.objects.exists()
    monkeypatch.setenv("PARTING_WATCH_EVERY", "1h")
    assert due(3600)
    keep_watch()
    assert TriageRun.objects.count() == 1
    assert not due(3600)
    keep_watch()  # not due yet
    assert TriageRun.objects.count() == 1
    assert due(3600, now=timezone.now() + timedelta(hours=1))


def test_a_round_that_just_ran_is_not_run_again_by_the_next_worker_tick(mailer: SmtpSink) -> None:
    from parting.store.models import TriageRun
    from parting.store.watch import watch_if_due

    assert watch_if_due(3600) is not None
    assert watch_if_due(3600) is None  # the round just ran: the next is not due
    assert TriageRun.objects.count() == 1


def test_the_owner_sets_up_the_digest_server_on_the_settings_page_and_sends_a_test(
    business: Path, signed_in: SignIn, workspace_key: str
) -> None:

    from parting.store.models import MailAccount

    web = signed_in("owner")
    run_triage(AS_OF, "duckdb")
    watch_once(as_of=AS_OF, dry_run=business / "eml")  # the last digest
    add_incident("bistro", "abuse", "high", "Threatened Luc", date(2026, 3, 1))
    run_triage(AS_OF, "duckdb")
    with SmtpSink(user="digest", password="s3cret-smtp-pass") as sink:
        form = {
            "action": "connect",
            "host": "127.0.0.1",
            "user": "digest",
            "password": "wrong",
            "security": "insecure",
            "port": str(sink.port),
            "sender": "parting@studio.example",
            "recipient": "ana@studio.example",
        }
        refused = web.post("/settings/digest/", form)
        assert refused.status_code == 400
        assert "refused the user name or password for digest" in refused.content.decode()
        assert not MailAccount.objects.filter(kind="smtp").exists()
        form["password"] = "s3cret-smtp-pass"
        assert web.post("/settings/digest/", form).status_code == 302
        account = MailAccount.objects.get(kind="smtp")
        assert "s3cret-smtp-pass" not in account.password_sealed
        page = web.get("/settings/digest/").content.decode()
        assert "ana@studio.example" in page and "s3cret-smtp-pass" not in page
        sent = web.post("/settings/digest/", {"action": "test"}, follow=True)
        assert "A test digest was sent to ana@studio.example." in sent.content.decode()
    (message,) = received(sink)
    assert sink.messages[0].rcpt_tos == ["ana@studio.example"]
    assert message["Subject"] == "Test: Parting: 1 client changed"
    text = body(message)
    assert text.startswith("This is a test of the digest")
    assert "Bistro Lune" in text and "http://testserver/clients/bistro" in text
    # A test changes nothing for the scheduled digest: it still lists Bistro.
    assert [c.client_id for c in watch_once(as_of=AS_OF, dry_run=business / "eml").changed] == [
        "bistro"
    ]


def test_a_test_digest_without_a_server_says_how_to_set_one_up(
    business: Path, signed_in: SignIn
) -> None:
    web = signed_in("owner")
    page = web.post("/settings/digest/", {"action": "test"}, follow=True).content.decode()
    assert "No server is set up to send the digest" in page
