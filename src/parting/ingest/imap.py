"""A mailbox on an IMAP server, read a batch of new messages at a time.

The client only reads: folders are opened with EXAMINE (read-only), bodies fetched with
``BODY.PEEK[]`` so nothing is marked as seen. What is new is told by the folder's
UIDVALIDITY and the highest UID already read (RFC 3501 §2.3.1.1): the same UIDVALIDITY
and a UID above the bookmark is a message not read yet; a different UIDVALIDITY means
the server renumbered the folder, and the whole folder is read again (messages are
stored by Message-ID, so nothing is stored twice).

Folder names travel in modified UTF-7 (RFC 3501 §5.1.3): "Éléments envoyés" is
"&AMk-l&AOk-ments envoy&AOk-s" on the wire. People give and see the names as they read
them; ``encode_folder``/``decode_folder`` translate at the protocol's edge.

Every network or protocol failure becomes a :class:`MailServerError` that names the
server and says what to do; the caller keeps whatever batches it had already stored.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal, cast

from parting.errors import PartingError
from parting.i18n import _

Security = Literal["tls", "starttls", "insecure"]
SECURITIES: tuple[Security, ...] = ("tls", "starttls", "insecure")
DEFAULT_PORTS: dict[Security, int] = {"tls": 993, "starttls": 143, "insecure": 143}
TIMEOUT_SECONDS = 60
BATCH = 500
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class MailServerError(PartingError):
    """The mail server could not be reached, refused us, or broke off."""


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str
    password: str
    security: Security = "tls"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class FolderState:
    """What the server says of a folder when it is opened."""

    name: str
    uidvalidity: int
    sent: bool  # the business's own outgoing mail


def connect(server: Server) -> imaplib.IMAP4:
    """A logged-in session, or a :class:`MailServerError` saying why not."""
    try:
        if server.security == "tls":
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                server.host,
                server.port,
                ssl_context=ssl.create_default_context(),
                timeout=TIMEOUT_SECONDS,
            )
        else:
            conn = imaplib.IMAP4(server.host, server.port, timeout=TIMEOUT_SECONDS)
            if server.security == "starttls":
                conn.starttls(ssl.create_default_context())
    except ssl.SSLCertVerificationError as exc:
        raise MailServerError(
            _(
                "The certificate of {server} could not be verified ({detail}). Check the "
                "server name; a server with its own certificate needs it trusted on this "
                "computer."
            ).format(server=server.where, detail=exc.verify_message or exc.reason)
        ) from None
    except ssl.SSLError as exc:
        raise MailServerError(
            _(
                "A secure connection to {server} could not be set up ({detail}). Check the "
                "port, and whether the server expects TLS from the start or STARTTLS."
            ).format(server=server.where, detail=exc.reason or exc)
        ) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise unreachable(server, exc) from None
    try:
        conn.login(server.user, server.password)
    except imaplib.IMAP4.abort as exc:
        raise dropped(server, exc) from None
    except imaplib.IMAP4.error as exc:
        close_quietly(conn)
        detail = (
            exc.args[0].decode(errors="replace")
            if exc.args and isinstance(exc.args[0], bytes)
            else str(exc)
        )
        if quota_code(detail):
            raise over_quota(server, detail) from None
        if limit_code(detail):
            raise at_limit(server, detail) from None
        raise MailServerError(
            _(
                "{server} refused the user name or password for {user}. Check them; many "
                "providers need an app password for IMAP."
            ).format(server=server.where, user=server.user)
        ) from None
    except OSError as exc:
        raise dropped(server, exc) from None
    return conn


def unreachable(server: Server, exc: BaseException) -> MailServerError:
    if isinstance(exc, socket.gaierror):
        detail = _("the name is not known")
    elif isinstance(exc, TimeoutError | socket.timeout):
        detail = _("no answer in time")
    elif isinstance(exc, ConnectionRefusedError):
        detail = _("the connection was refused")
    else:
        detail = str(getattr(exc, "strerror", None) or exc)
    return MailServerError(
        _(
            "The mail server {server} cannot be reached ({detail}). Check the host and port, "
            "and your network."
        ).format(server=server.where, detail=detail)
    )


def dropped(server: Server, exc: BaseException) -> MailServerError:
    return MailServerError(
        _(
            "The connection to {server} was lost ({detail}). What was already fetched is "
            "kept; run the sync again to fetch the rest."
        ).format(server=server.where, detail=str(exc) or type(exc).__name__)
    )


def over_quota(server: Server, detail: str) -> MailServerError:
    return MailServerError(
        _(
            "{server} refused because the mailbox is over its quota ({detail}). Free space "
            "on the server, then sync again."
        ).format(server=server.where, detail=detail)
    )


def at_limit(server: Server, detail: str) -> MailServerError:
    return MailServerError(
        _(
            "{server} cannot take the request now ({detail}). Close other mail programs "
            "using this account, or try again later."
        ).format(server=server.where, detail=detail)
    )


def quota_code(text: str) -> bool:
    """The server's answer says the mailbox is full (RFC 9208 ``OVERQUOTA``)."""
    return "[OVERQUOTA]" in text.upper()


def limit_code(text: str) -> bool:
    """The server refuses for now: too many connections or commands (RFC 5530)."""
    return bool(re.search(r"\[(LIMIT|UNAVAILABLE|INUSE)\]", text, re.IGNORECASE))


def close_quietly(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error):
        conn.logout()


class Session:
    """A logged-in session that turns protocol failures into :class:`MailServerError`."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.conn = connect(server)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        close_quietly(self.conn)

    def call(self, name: str, *args: str) -> list[bytes | tuple[bytes, bytes]]:
        """One IMAP command; its data, or the error a person can act on."""
        try:
            typ, data = getattr(self.conn, name)(*args)
        except imaplib.IMAP4.abort as exc:
            raise dropped(self.server, exc) from None
        except (OSError, EOFError) as exc:
            raise dropped(self.server, exc) from None
        except imaplib.IMAP4.error as exc:
            raise self.refused(str(exc)) from None
        if typ != "OK":
            text = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
            raise self.refused(text)
        return cast(list[bytes | tuple[bytes, bytes]], data)

    def refused(self, detail: str) -> MailServerError:
        if quota_code(detail):
            return over_quota(self.server, detail)
        if limit_code(detail):
            return at_limit(self.server, detail)
        return MailServerError(
            _("{server} refused a request ({detail}).").format(
                server=self.server.where, detail=detail
            )
        )

    def sent_folders(self) -> set[str]:
        """Folders the server marks as sent mail (RFC 6154 ``\\Sent``), else by name."""
        found: set[str] = set()
        names: list[str] = []
        for line in self.call("list", '""', "*"):
            if not isinstance(line, bytes):
                continue
            match = re.match(rb'\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$', line)
            if not match:
                continue
            name = decode_folder(unquote(match["name"].decode(errors="replace").strip()))
            names.append(name)
            if b"\\sent" in match["flags"].lower():
                found.add(name)
        if not found:
            found = {n for n in names if n.rsplit("/", 1)[-1].lower() in SENT_NAMES}
        return found

    def open(self, folder: str, sent: bool) -> FolderState:
        """EXAMINE the folder (read-only) and read its UIDVALIDITY."""
        self.call("select", quote(encode_folder(folder)), "True")
        _typ, values = self.conn.response("UIDVALIDITY")
        value = values[0] if values and values[0] else b"0"
        return FolderState(folder, int(value), sent)

    def new_uids(self, after: int, since: date | None) -> list[int]:
        """UIDs above ``after``, in order (``UID n:*`` also answers the last message when
        nothing is newer, hence the filter)."""
        criteria = [f"UID {after + 1}:*"]
        if since is not None:
            criteria.append(f"SINCE {since.day}-{MONTHS[since.month - 1]}-{since.year}")
        data = self.call("uid", "SEARCH", *criteria)
        uids = [int(u) for line in data if isinstance(line, bytes) for u in line.split()]
        return sorted(u for u in uids if u > after)

    def fetch(self, uids: list[int]) -> Iterator[tuple[int, bytes]]:
        """(UID, raw message) for each UID the server still has."""
        data = self.call("uid", "FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        for item in data:
            if not isinstance(item, tuple):
                continue
            match = re.search(rb"UID (\d+)", item[0])
            if match:
                yield int(match[1]), item[1]


SENT_NAMES = {
    "sent", "sent items", "sent messages", "sent mail",
    "envoyés", "éléments envoyés", "messages envoyés",
    "đã gửi", "thư đã gửi", "poslano", "poslana pošta",
}  # fmt: skip


def quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unquote(name: str) -> str:
    """A folder name as LIST gives it: quoted (with escapes) or an atom."""
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def encode_folder(name: str) -> str:
    """``name`` in modified UTF-7: printable ASCII as is ("&" as "&-"), every other run
    of characters as UTF-16 in base64 with "," for "/", between "&" and "-"."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            raw = "".join(run).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode().rstrip("=").replace("/", ",") + "-")
            run.clear()

    for char in name:
        if " " <= char <= "~":
            flush()
            out.append("&-" if char == "&" else char)
        else:
            run.append(char)
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    """A modified UTF-7 folder name as people read it; a name that is not valid modified
    UTF-7 (some servers send raw UTF-8) is kept as it is."""

    def shifted(match: re.Match[str]) -> str:
        body = match[1]
        if not body:
            return "&"
        data = body.replace(",", "/")
        try:
            raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
            return raw.decode("utf-16-be")
        except ValueError:
            return match[0]

    return re.sub(r"&([A-Za-z0-9+,]*)-", shifted, name)


def batches(uids: list[int], size: int = BATCH) -> Iterator[list[int]]:
    for start in range(0, len(uids), size):
        yield uids[start : start + size]
