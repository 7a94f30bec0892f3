"""Keeping watch: sync the mailbox, score the workspace, and tell the owner what changed.

What changed is read from the verdict history (a row is kept only when a client's verdict
or signs change): a client is listed when its latest verdict differs from the one it had
at the baseline run — the run of the previous digest, or the run the owner last marked as
seen on the portfolio. A client that changed and changed back is not listed.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, cast

from django.db import transaction
from django.utils import timezone

from parting.errors import InputError, Location, NotFoundError, PartingError
from parting.files import write_whole
from parting.i18n import _, ngettext
from parting.store.history import Change, changes
from parting.store.models import MailAccount, TriageRun, VerdictRecord, WatchState

if TYPE_CHECKING:
    from parting.store.mailbox import SyncReport

DEFAULT_SITE = "http://127.0.0.1:8000"
SMTP_PORTS = {"tls": 465, "starttls": 587, "insecure": 25}


@dataclass
class ClientChange:
    """One client whose verdict or signs moved since the baseline."""

    client_id: str
    name: str
    verdict: str
    before: str  # the verdict at the baseline ("" for a client new since then)
    changes: list[Change]
    reason: str


@dataclass
class WatchReport:
    sync: SyncReport | None
    run: TriageRun
    changed: list[ClientChange] = field(default_factory=list)
    sent_to: str = ""  # the digest's recipient, when it was sent
    written: Path | None = None  # the digest's .eml, on a dry run


def state() -> WatchState:
    row = WatchState.objects.order_by("pk").first()
    return row or WatchState.objects.create()


def signatures_at(run: TriageRun | None) -> dict[str, tuple[str, str]]:
    """Each client's (signature, verdict) as it stood after ``run`` (empty before any)."""
    if run is None:
        return {}
    rows = (
        VerdictRecord.objects.filter(changed=True, run__computed_at__lte=run.computed_at)
        .order_by("client_id", "-run__computed_at", "-run_id")
        .values_list("client_id", "signature", "verdict")
    )
    found: dict[str, tuple[str, str]] = {}
    for client_id, sig, verdict in rows.iterator():
        found.setdefault(client_id, (sig, verdict))
    return found


def changed_since(baseline: TriageRun | None) -> list[ClientChange]:
    """Clients whose latest verdict differs from the one they had after ``baseline``, the
    most serious first. Without a baseline, nothing is "changed": there is nothing to
    compare with yet."""
    from parting.engine.reasons import retold
    from parting.store.settings import load_config
    from parting.store.triage import client_verdict

    if baseline is None:
        return []
    before = signatures_at(baseline)
    newer = (
        VerdictRecord.objects.filter(changed=True, run__computed_at__gt=baseline.computed_at)
        .select_related("client", "run")
        .order_by("client_id", "-run__computed_at", "-run_id")
    )
    currency = load_config().currency
    latest: dict[str, VerdictRecord] = {}
    for record in newer.iterator():
        latest.setdefault(record.client_id, record)
    found = []
    for client_id, record in latest.items():
        old_sig, old_verdict = before.get(client_id, ("", ""))
        moved = changes(old_sig, record.signature) if old_sig else [{"kind": "first"}]
        if old_sig and not moved:
            continue  # changed, then changed back
        found.append(
            ClientChange(
                client_id,
                record.client.name,
                record.verdict,
                old_verdict,
                moved,  # type: ignore[arg-type]
                retold(client_verdict(record), currency),
            )
        )
    order = {"part_ways_now": 0, "part_ways": 1, "repair": 2, "watch": 3, "keep": 4}
    return sorted(found, key=lambda c: (order.get(c.verdict, 5), c.name.lower()))


# -- the digest -------------------------------------------------------------------------


def owner_language() -> str:
    from parting.i18n import current_language
    from parting.store.models import Member

    member = Member.objects.filter(role="owner").exclude(language="").first()
    return member.language if member else current_language()


def change_lines(change: ClientChange) -> list[str]:
    from parting.web.labels import change_label, verdict_label

    lines = []
    if change.before and change.before != change.verdict:
        lines.append(f"{verdict_label(change.before)} → {verdict_label(change.verdict)}")
    else:
        lines.append(verdict_label(change.verdict))
    lines += [
        change_label(cast(dict[str, str], c)) for c in change.changes if c.get("kind") != "verdict"
    ]
    return lines


def client_link(site: str, client_id: str) -> str:
    from urllib.parse import quote

    return f"{site.rstrip('/')}/clients/{quote(client_id, safe='')}"


def digest(
    changed: list[ClientChange], site: str, sender: str, recipient: str, *, test: bool = False
) -> EmailMessage:
    """The digest e-mail in the owner's language: each changed client with its verdict,
    what changed, the reason and a link to its page. A ``test`` digest (sent from the
    settings page) says so, and may list nobody."""
    from django.utils import translation

    from parting.i18n import activate, current_language
    from parting.words.formats import number

    language = owner_language()
    previous = current_language()
    activate(language)
    try:
        with translation.override(language):
            subject = ngettext(
                "Parting: {n} client changed",
                "Parting: {n} clients changed",
                len(changed),
            ).format(n=number(len(changed)))
            parts = [
                ngettext(
                    "Since the last digest, the verdict or signs of {n} client changed.",
                    "Since the last digest, the verdict or signs of {n} clients changed.",
                    len(changed),
                ).format(n=number(len(changed)))
                if changed
                else _("Since the last digest, no client's verdict or signs changed."),
                "",
            ]
            if test:
                subject = _("Test: {subject}").format(subject=subject)
                parts[:0] = [
                    _(
                        "This is a test of the digest, sent from the settings page. The next "
                        "scheduled digest will list these clients again."
                    ),
                    "",
                ]
            for change in changed:
                parts.append(f"{change.name}: " + "; ".join(change_lines(change)))
                parts.append("  " + change.reason)
                parts.append("  " + client_link(site, change.client_id))
                parts.append("")
            parts.append(_("This message was sent by Parting after its scheduled triage."))
    finally:
        activate(previous)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = format_datetime(timezone.now())
    message["Message-ID"] = make_msgid(domain=(sender.rpartition("@")[2] or "parting.local"))
    message.set_content("\n".join(parts))
    message["Content-Language"] = language  # after set_content, which drops Content-*
    return message


def connect_smtp(
    host: str,
    user: str,
    password: str,
    recipient: str,
    *,
    sender: str = "",
    port: int | None = None,
    security: str = "tls",
) -> MailAccount:
    """Check the SMTP server takes our log-in, then keep it (the password sealed)."""
    from parting.store.mailbox import check_security
    from parting.store.vault import seal

    mode = check_security(security)
    if "@" not in recipient:
        raise InputError(
            _("the digest needs an address to go to."),
            fix=_("Give the owner's e-mail address, e.g. --to you@example.com."),
            where=Location(option="--to", value=recipient),
        )
    account = MailAccount.objects.filter(kind="smtp").first() or MailAccount(kind="smtp")
    account.host, account.port = host.strip(), port or SMTP_PORTS[mode]
    account.user, account.security = user.strip(), mode
    account.sender = sender or (user if "@" in user else recipient)
    account.recipient = recipient
    account.password_sealed = seal(password) if password else ""
    with smtp_session(account, password):
        pass
    account.save()
    return account


def smtp_session(account: MailAccount, password: str) -> smtplib.SMTP:
    where = f"{account.host}:{account.port}"
    try:
        if account.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                account.host, account.port, timeout=60, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(account.host, account.port, timeout=60)
            if account.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if account.user and password:
            server.login(account.user, password)
    except smtplib.SMTPAuthenticationError:
        raise PartingError(
            _("{server} refused the user name or password for {user}.").format(
                server=where, user=account.user
            )
        ) from None
    except ssl.SSLError as exc:
        raise PartingError(
            _("A secure connection to {server} could not be set up ({detail}).").format(
                server=where, detail=exc.reason or exc
            )
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise PartingError(
            _("The mail server {server} cannot be reached ({detail}).").format(
                server=where, detail=getattr(exc, "strerror", None) or exc
            )
        ) from None
    return server


def send_test_digest(site: str = DEFAULT_SITE) -> str:
    """The digest of what changed since the last one, marked as a test, sent now through
    the connected server; the next scheduled digest is not changed by it. Returns the
    address it went to."""
    from parting.store.triage import latest_run

    account = MailAccount.objects.filter(kind="smtp").first()
    sender, recipient = (account.sender, account.recipient) if account else ("", "")
    changed = changed_since(state().digest_run or latest_run())
    return send(digest(changed, site, sender, recipient, test=True))


def send(message: EmailMessage) -> str:
    from parting.store.vault import unseal

    account = MailAccount.objects.filter(kind="smtp").first()
    if account is None:
        raise NotFoundError(
            _(
                "No server is set up to send the digest. Set one up with: parting mail "
                "connect --smtp HOST --user USER --to ADDRESS (or use --dry-run)"
            )
        )
    password = unseal(account.password_sealed) if account.password_sealed else ""
    with smtp_session(account, password) as server:
        try:
            server.send_message(message)
        except smtplib.SMTPException as exc:
            raise PartingError(
                _("The digest could not be sent ({detail}).").format(detail=exc)
            ) from None
    return str(message["To"])


# -- one round of the watch -------------------------------------------------------------


def watch_once(
    *,
    dry_run: Path | None = None,
    site: str = DEFAULT_SITE,
    engine: str = "duckdb",
    as_of: date | None = None,
) -> WatchReport:
    """Sync (when a mailbox is connected), score, and send the digest of what changed
    (or, with ``dry_run``, write it as a .eml file into that folder). Nothing is sent
    when nothing changed."""
    from parting.store.mailbox import sync
    from parting.store.triage import latest_run, run_triage

    synced = sync() if MailAccount.objects.filter(kind="imap").exists() else None
    baseline = state().digest_run or latest_run()
    run = run_triage(as_of, engine)
    report = WatchReport(synced, run, changed_since(baseline))
    if report.changed:
        smtp = MailAccount.objects.filter(kind="smtp").first()
        sender = smtp.sender if smtp else "parting@localhost"
        recipient = smtp.recipient if smtp else "owner@localhost"
        message = digest(report.changed, site, sender, recipient)
        if dry_run is not None:
            dry_run.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            report.written = dry_run / f"parting-digest-{stamp}-{run.pk}.eml"
            write_whole(report.written, bytes(message))
        else:
            report.sent_to = send(message)
    with transaction.atomic():
        row = state()
        row.digest_run = run
        row.save(update_fields=["digest_run"])
    return report


def interval_seconds(text: str) -> int:
    """Seconds in "30m", "1h", "6h", "1d"."""
    units = {"m": 60, "h": 3600, "d": 86400}
    number, unit = text[:-1], text[-1:].lower()
    if unit not in units or not number.isdigit() or int(number) == 0:
        raise InputError(
            _("this is not an interval."),
            fix=_("Write it as minutes, hours or days, e.g. 30m, 1h or 1d."),
            where=Location(option="--every", value=text),
        )
    return int(number) * units[unit]


def due(every: int, now: datetime | None = None) -> bool:
    """True when no round has run yet, or the last one started ``every`` seconds ago or
    more (a round's start is kept in ``last_sync_at``, its end is the digest's run)."""
    row = WatchState.objects.select_related("digest_run").order_by("pk").first()
    if row is None:
        return True
    times = [t for t in (row.last_sync_at, row.digest_run and row.digest_run.computed_at) if t]
    return not times or (now or timezone.now()) - max(times) >= timedelta(seconds=every)


def watch_if_due(every: int, site: str = DEFAULT_SITE) -> WatchReport | None:
    """One round of the watch when it is due (the web app's worker calls this). Several
    server processes each run a worker: the round is claimed with one conditional UPDATE,
    so only one of them runs it."""
    if not due(every):
        return None
    row = state()
    claimed = WatchState.objects.filter(pk=row.pk, last_sync_at=row.last_sync_at).update(
        last_sync_at=timezone.now()
    )
    if not claimed:
        return None  # another process took this round
    return watch_once(site=os.environ.get("PARTING_SITE", site))


def mark_seen() -> None:
    """The owner has looked: the portfolio's "changed since" starts again from now."""
    from parting.store.triage import latest_run

    row = state()
    row.looked_run = latest_run()
    row.save(update_fields=["looked_run"])


def changed_since_looked() -> list[ClientChange]:
    row = WatchState.objects.select_related("looked_run").order_by("pk").first()
    return changed_since(row.looked_run if row else None)
