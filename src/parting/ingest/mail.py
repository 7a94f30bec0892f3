"""Mail — mbox files, Maildir folders and single ``.eml`` files -> messages, clients.

Each message is read by ``parting.ingest.email_message`` (headers decoded, the plain or HTML
body as text, attachments and forwarded messages counted, quoted replies and signatures
cut).

Direction: ``out`` when the sender is the business — its domains are
``business.own_domains``, or, when that is empty, the domain seen most often both as
sender and as recipient (a notice names it; a free-mail domain stands for the one
address seen in both roles). The counterpart (the sender of an ``in`` message, the
first outside recipient of an ``out`` one) becomes a ``ClientRef`` keyed
``mail:<address>``; matching links it to a stored client, never creates one.

mbox is streamed: one message is in memory at a time (the parsed text is kept).

Fatal (InputError): a file or folder that cannot be read, an mbox that does not start
with a ``From `` line. Skipped (with the reason): a message without sender, without a
usable Date (when no Received header gives one either), a message between the business's
own addresses only, a second copy of the same Message-ID.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa

from parting.config import Config
from parting.errors import InputError, Location, place
from parting.i18n import _, ngettext
from parting.ingest.email_message import Email, Tally, parse_email
from parting.ingest.matching import FREE_MAIL
from parting.ingest.parsed import ClientRef, Parsed, Skip, finish

PROGRESS_EVERY = 1000
Progress = Callable[[int], None] | None


# -- reading sources ------------------------------------------------------------------


def mbox_messages(path: Path) -> Iterator[bytes]:
    """Each message of an mbox file, read line by line (``>From `` lines unescaped)."""
    try:
        f = path.open("rb")
    except OSError as exc:
        raise unreadable(path, exc) from None
    with f:
        first = f.readline()
        if not first.startswith(b"From "):
            raise InputError(
                _("this is not an mbox file (it does not start with a From line)."),
                fix=_("Export the mailbox as mbox, or give a single message as .eml."),
                where=Location(file=str(path), row=1, value=first[:60].decode("latin-1")),
            )
        lines: list[bytes] = []
        for line in f:
            if line.startswith(b"From "):
                yield b"".join(lines)
                lines = []
                continue
            if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
                line = line[1:]
            lines.append(line)
        yield b"".join(lines)


def maildir_files(path: Path) -> list[Path]:
    """Every message file in a Maildir and its sub-folders (``cur`` and ``new``)."""
    files: list[Path] = []
    for folder in sorted(p for p in path.rglob("*") if p.is_dir() and p.name in ("cur", "new")):
        files.extend(sorted(f for f in folder.iterdir() if f.is_file()))
    return files


Source = Iterable[tuple[str, int | None, bytes]]  # (file, message number, raw message)


def file_bytes(files: Iterable[Path]) -> Source:
    for file in files:
        try:
            yield str(file), None, file.read_bytes()
        except OSError as exc:
            raise unreadable(file, exc) from None


def unreadable(path: Path, exc: OSError) -> InputError:
    return InputError(
        _("the file cannot be read ({detail}).").format(detail=exc.strerror or exc),
        fix=_("Check the path and that you may read the file."),
        where=Location(file=str(path)),
    )


def read_mbox(path: Path, config: Config, progress: Progress = None) -> Parsed:
    numbered = ((str(path), n, raw) for n, raw in enumerate(mbox_messages(path), start=1))
    return read_messages("mbox", path, numbered, config, progress)


def read_maildir(path: Path, config: Config, progress: Progress = None) -> Parsed:
    if not path.is_dir():
        raise InputError(
            _("a Maildir is a folder with cur and new sub-folders."),
            fix=_("Give the Maildir folder itself."),
            where=place(path),
        )
    return read_messages("maildir", path, file_bytes(maildir_files(path)), config, progress)


def read_eml(path: Path, config: Config, progress: Progress = None) -> Parsed:
    return read_messages("eml", path, file_bytes([path]), config, progress)


# -- the business's own addresses -------------------------------------------------------


@dataclass
class Own:
    domains: frozenset[str]
    addresses: frozenset[str]

    def __contains__(self, address: str) -> bool:
        return address in self.addresses or domain(address) in self.domains


def domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def own_addresses(emails: list[Email], config: Config, notices: list[str]) -> Own:
    configured = [d.lower().lstrip("@") for d in config.settings.business.own_domains]
    if configured:
        return Own(frozenset(configured), frozenset())
    as_sender = Counter(domain(x.sender[1]) for x in emails)
    as_recipient = Counter(d for x in emails for d in {domain(a) for _n, a in x.recipients})
    both = [d for d in as_sender if as_recipient[d]]
    if not both:
        return Own(frozenset(), frozenset())
    best = max(both, key=lambda d: (as_sender[d] + as_recipient[d], d))
    if best in FREE_MAIL:
        senders = Counter(x.sender[1] for x in emails if domain(x.sender[1]) == best)
        received = {a for x in emails for _n, a in x.recipients}
        mine = [a for a, _c in senders.most_common() if a in received][:1]
        notices.append(own_notice(mine[0] if mine else best))
        return Own(frozenset(), frozenset(mine))
    notices.append(own_notice(best))
    return Own(frozenset([best]), frozenset())


def own_notice(found: str) -> str:
    from parting.settings_declared import BUSINESS_SETTINGS

    # The setting is named by its label, as the settings page shows it.
    own = BUSINESS_SETTINGS["own_domains"].label
    return _(
        "Messages from {found} were read as sent by the business; to name other addresses "
        "as yours, fill in the setting “{setting}”."
    ).format(found=found, setting=_(own))


# -- building the tables --------------------------------------------------------------


def read_messages(
    format: str, path: Path, raws: Source, config: Config, progress: Progress
) -> Parsed:
    emails, skipped, tally, rows = parse_emails(raws, config, progress)
    notices: list[str] = []
    own = own_addresses(emails, config, notices)
    table, refs = message_table(emails, own, skipped)
    notices.extend(tally_notices(tally))
    if progress:
        progress(rows)
    return finish(format, str(path), {"messages": table}, refs, skipped, notices, rows)


def parse_emails(
    raws: Source, config: Config, progress: Progress = None
) -> tuple[list[Email], list[Skip], Tally, int]:
    """Each message read; the ones that cannot be used, with the reason; and the count."""
    zone = ZoneInfo(config.timezone)
    emails: list[Email] = []
    skipped: list[Skip] = []
    tally = Tally()
    rows = 0
    for rows, (file, number, raw) in enumerate(raws, start=1):
        result = parse_email(raw, file, number, zone, tally)
        if isinstance(result, str):
            skipped.append(Skip(file, number, result))
        else:
            emails.append(result)
        if progress and rows % PROGRESS_EVERY == 0:
            progress(rows)
    return emails, skipped, tally, rows


def read_fetched(
    source: str, raws: Source, config: Config, own: Own, *, sent: bool = False
) -> tuple[Parsed, list[Email]]:
    """Messages fetched from a mail server, whose own addresses are known (the account's,
    the configured domains, the senders of its Sent folder). In a Sent folder every
    sender is the business."""
    emails, skipped, tally, rows = parse_emails(raws, config)
    if sent:
        own = Own(own.domains, own.addresses | {x.sender[1] for x in emails})
    table, refs = message_table(emails, own, skipped)
    parsed = finish("imap", source, {"messages": table}, refs, skipped, tally_notices(tally), rows)
    return parsed, emails


def message_table(
    emails: list[Email], own: Own, skipped: list[Skip]
) -> tuple[pa.Table, list[ClientRef]]:
    columns: dict[str, list[object]] = {
        k: [] for k in ("message_id", "client_id", "sent_at", "direction", "subject", "body")
    }
    columns["author"] = []
    names: dict[str, str] = {}
    seen: set[str] = set()
    for email in emails:
        outgoing = email.sender[1] in own
        if outgoing:
            outside = [r for r in email.recipients if r[1] not in own]
            if not outside:
                reason = _("a message between your own addresses")
                skipped.append(Skip(email.file, email.row, reason))
                continue
            counterpart = outside[0]
        else:
            counterpart = email.sender
        if email.message_id in seen:
            reason = _("a second copy of the same message")
            skipped.append(Skip(email.file, email.row, reason))
            continue
        seen.add(email.message_id)
        key = f"mail:{counterpart[1]}"
        if counterpart[0] or key not in names:
            names[key] = counterpart[0]
        columns["message_id"].append(email.message_id)
        columns["client_id"].append(key)
        columns["sent_at"].append(email.sent_at)
        columns["direction"].append("out" if outgoing else "in")
        columns["subject"].append(email.subject)
        columns["body"].append(email.body)
        columns["author"].append(email.sender[0] or email.sender[1])
    table = pa.table(
        {
            **{k: pa.array(v, pa.string()) for k, v in columns.items() if k != "sent_at"},
            "sent_at": utc_timestamps(columns["sent_at"]),
            "channel": pa.array(["email"] * len(columns["message_id"]), pa.string()),
        }
    )
    refs = [
        ClientRef(key, name or None, (key.removeprefix("mail:"),))
        for key, name in sorted(names.items())
    ]
    return table, refs


def utc_timestamps(values: list[object]) -> pa.Array:
    """Aware datetimes as an Arrow UTC column, via integers (pyarrow would otherwise
    import pandas, seconds of start-up, to convert datetime objects)."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    micros = [(v - epoch) // timedelta(microseconds=1) for v in values]  # type: ignore[operator]
    return pa.array(micros, pa.int64()).cast(pa.timestamp("us", tz="UTC"))


def tally_notices(tally: Tally) -> list[str]:
    from parting.words.formats import number

    notices: list[str] = []
    if tally.attachments:
        notices.append(
            ngettext(
                "{n} attachment was not imported (only the message text is).",
                "{n} attachments were not imported (only the message text is).",
                tally.attachments,
            ).format(n=number(tally.attachments))
        )
    if tally.forwarded:
        notices.append(
            ngettext(
                "{n} forwarded message inside another was not imported as the client's words.",
                "{n} forwarded messages inside others were not imported as the client's words.",
                tally.forwarded,
            ).format(n=number(tally.forwarded))
        )
    if tally.fallback_dates:
        notices.append(
            ngettext(
                "{n} message had no readable Date; the date its mail server received it was used.",
                "{n} messages had no readable Date; the date their mail server received them "
                "was used.",
                tally.fallback_dates,
            ).format(n=number(tally.fallback_dates))
        )
    return notices
