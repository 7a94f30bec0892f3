"""The workspace's live mailbox: the IMAP account it reads, and ``sync``, which stores
what is new through the same mail importer as files.

Each batch of messages is parsed, matched to clients and stored in one transaction
together with the folder's bookmark (UIDVALIDITY, highest UID). A sync stopped at any
point — Ctrl+C, a lost connection, ``kill -9`` — leaves every batch either stored with
its bookmark or not at all, so the next sync resumes where the last stored batch ended;
a message fetched twice is stored once (messages are keyed by Message-ID).

Sent folders are read first: their senders are the business's own addresses, which tells
the direction of the messages in the other folders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from parting.errors import InputError, Location, NotFoundError
from parting.i18n import _
from parting.ingest import imap
from parting.store.models import MailAccount, MailFolder
from parting.store.vault import seal, unseal

if TYPE_CHECKING:
    from parting.config import Config
    from parting.ingest.mail import Own

DEFAULT_FOLDERS = ("INBOX",)
SyncProgress = Callable[[str, int, int], None]
"""``progress(folder, done, total)`` after each stored batch."""


@dataclass
class FolderReport:
    name: str
    new: int = 0  # messages fetched in this sync
    stored: int = 0  # rows added or updated
    skipped: int = 0
    renumbered: bool = False  # UIDVALIDITY changed: the folder was read again
    reasons: dict[str, int] = field(default_factory=dict)


@dataclass
class SyncReport:
    folders: list[FolderReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.folders)


def server_of(account: MailAccount) -> imap.Server:
    return imap.Server(
        account.host,
        account.port,
        account.user,
        unseal(account.password_sealed),
        account.security,  # type: ignore[arg-type]
    )


def check_security(security: str) -> imap.Security:
    if security not in imap.SECURITIES:
        raise InputError(
            _("this is not a way to connect."),
            fix=_("Use tls, starttls or insecure."),
            where=Location(column="security", value=security),
        )
    return security


def connect_imap(
    host: str,
    user: str,
    password: str,
    *,
    port: int | None = None,
    security: str = "tls",
    folders: list[str] | None = None,
    since: date | None = None,
) -> MailAccount:
    """Log in once to check the account, then keep it (the password sealed). Folders the
    server does not have are refused before anything is stored."""
    mode = check_security(security)
    if not host.strip() or not user.strip():
        raise InputError(
            _("a mail account needs a server and a user name."),
            fix=_("Give both, e.g. imap.example.com and you@example.com."),
        )
    if not password:
        raise InputError(
            _("a mail account needs a password."),
            fix=_("Type it when asked, or set PARTING_IMAP_PASSWORD."),
        )
    server = imap.Server(
        host.strip(), port or imap.DEFAULT_PORTS[mode], user.strip(), password, mode
    )
    chosen = list(dict.fromkeys(folders or DEFAULT_FOLDERS))
    with imap.Session(server) as session:
        for folder in chosen:
            session.open(folder, sent=False)
    with transaction.atomic():
        account = MailAccount.objects.filter(kind="imap").first() or MailAccount(kind="imap")
        moved = account.pk and (account.host, account.user) != (server.host, server.user)
        account.host, account.port, account.user = server.host, server.port, server.user
        account.security = mode
        account.password_sealed = seal(password)
        account.folders = chosen
        account.since = since
        account.save()
        if moved:  # another mailbox: its UIDs mean nothing here
            MailFolder.objects.filter(account=account).delete()
            account.own_addresses = []
            account.save(update_fields=["own_addresses"])
    return account


def imap_account() -> MailAccount:
    account = MailAccount.objects.filter(kind="imap").first()
    if account is None:
        raise NotFoundError(
            _(
                "No mail account is connected. Connect one with: "
                "parting mail connect --imap HOST --user USER"
            )
        )
    return account


def sync(progress: SyncProgress | None = None, batch_size: int = imap.BATCH) -> SyncReport:
    """Fetch and store what is new in every folder of the connected account."""
    from parting.ingest.mail import Own
    from parting.store.settings import load_config

    account = imap_account()
    server = server_of(account)
    config = load_config()
    report = SyncReport()
    domains = frozenset(d.lower().lstrip("@") for d in config.settings.business.own_domains)
    with imap.Session(server) as session:
        sent = session.sent_folders()
        order = sorted(account.folders, key=lambda f: f not in sent)  # Sent first
        for name in order:
            own = Own(domains, frozenset(own_of(account)))
            report.folders.append(
                sync_folder(session, account, name, name in sent, own, config, progress, batch_size)
            )
    account.refresh_from_db()
    return report


def own_of(account: MailAccount) -> set[str]:
    mine = {a.lower() for a in account.own_addresses}
    if "@" in account.user:
        mine.add(account.user.lower())
    return mine


def sync_folder(
    session: imap.Session,
    account: MailAccount,
    name: str,
    sent: bool,
    own: Own,
    config: Config,
    progress: SyncProgress | None,
    batch_size: int,
) -> FolderReport:
    from parting.ingest.mail import Own, read_fetched
    from parting.store.imports import store_parsed

    report = FolderReport(name)
    state = session.open(name, sent)
    bookmark, _new = MailFolder.objects.get_or_create(account=account, name=name)
    if bookmark.uidvalidity and bookmark.uidvalidity != state.uidvalidity:
        report.renumbered = True
        bookmark.last_uid = 0
    bookmark.uidvalidity = state.uidvalidity
    uids = session.new_uids(bookmark.last_uid, account.since)
    source = f"imap://{account.user}@{account.host}/{name}"
    done = 0
    for chunk in imap.batches(uids, batch_size):
        fetched = list(session.fetch(chunk))
        raws = ((source, uid, raw) for uid, raw in fetched)
        parsed, letters = read_fetched(source, raws, config, own, sent=sent)
        with transaction.atomic():
            batch = store_parsed(parsed)
            if sent:
                learned = {x.sender[1] for x in letters}
                if learned - set(account.own_addresses):
                    account.own_addresses = sorted(learned | set(account.own_addresses))
                    account.save(update_fields=["own_addresses"])
                own = Own(own.domains, own.addresses | learned)
            bookmark.last_uid = max(chunk)
            bookmark.fetched += len(fetched)
            bookmark.skipped += batch.skipped
            bookmark.synced_at = timezone.now()
            bookmark.save()
        report.new += len(fetched)
        report.stored += batch.added + batch.updated
        report.skipped += batch.skipped
        for reason, count in batch.summary.get("skip_reasons", {}).items():
            report.reasons[reason] = report.reasons.get(reason, 0) + count
        done += len(chunk)
        if progress:
            progress(name, done, len(uids))
    if not uids:
        bookmark.synced_at = timezone.now()
        bookmark.save()
    return report
