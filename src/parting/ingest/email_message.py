"""One e-mail message read into the facts Parting keeps: who, when, about what, and the
words the sender wrote.

Parsed with the standard library's ``compat32`` policy, which reads the MIME tree ten
times faster than ``policy.default`` (whose header objects are rebuilt on every access);
headers are decoded with the same standard-library functions: RFC 2047 encoded words,
address lists, RFC 5322 dates. A malformed Date falls back to the date a mail server
stamped in a Received header. The body is the first plain-text part, else the first HTML
part turned into text (html2text); attachments and forwarded ``message/rfc822`` parts are
counted, not read; quoted replies and signatures are cut (``strip_quoted``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from zoneinfo import ZoneInfo

from parting.i18n import _
from parting.text.quotes import strip_quoted


@dataclass
class Email:
    """One message's facts, before the business's own addresses are known."""

    message_id: str
    sent_at: datetime
    sender: tuple[str, str]  # (display name, lower-case address)
    recipients: list[tuple[str, str]]
    subject: str | None
    body: str
    file: str  # the mbox, or the message's own file in a Maildir
    row: int | None  # the message's number in an mbox


@dataclass
class Tally:
    """What a mail source held besides the messages themselves."""

    attachments: int = 0
    forwarded: int = 0
    fallback_dates: int = 0


# More multipart or message/rfc822 containers than any real mail holds (a reply thread
# forwarded many times has a few dozen): the standard parser recurses once per level and
# would exhaust Python's stack, so such a message is refused before it is parsed.
MAX_CONTAINERS = 100
_CONTAINER = re.compile(
    rb"^content-type:[ \t]*(?:multipart/|message/)", re.IGNORECASE | re.MULTILINE
)


def too_deep(raw: bytes) -> bool:
    """True when ``raw`` declares more MIME containers than a message can safely nest."""
    return len(_CONTAINER.findall(raw, 0, len(raw))) > MAX_CONTAINERS


def too_deep_reason() -> str:
    return _("the message nests too many parts inside one another to be read safely")


def parse_email(
    raw: bytes, file: str, row: int | None, zone: ZoneInfo, tally: Tally
) -> Email | str:
    """The message's facts, or the reason it cannot be used."""
    # compat32 reads the MIME tree ten times faster than policy.default, whose header
    # objects are rebuilt on every access; headers are decoded below with the same
    # standard-library functions (RFC 2047 words, address lists, RFC 5322 dates).
    if too_deep(raw):
        return too_deep_reason()
    try:
        return read_email(raw, file, row, zone, tally)
    except RecursionError:  # nesting the count above did not see (folded headers)
        return too_deep_reason()
    except Exception:  # a message the standard library cannot take apart: skip, go on
        return _("the message could not be read (malformed)")


def read_email(raw: bytes, file: str, row: int | None, zone: ZoneInfo, tally: Tally) -> Email | str:
    msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    sender = first_address(msg, "from") or first_address(msg, "sender")
    if sender is None:
        return _("no sender address")
    sent_at = message_date(msg, zone, tally)
    if sent_at is None:
        return _("no readable date (Date header missing or malformed)")
    recipients = addresses(msg, "to") + addresses(msg, "cc")
    subject = header_text(msg, "subject")
    body, attachments, forwarded = body_text(msg)
    tally.attachments += attachments
    tally.forwarded += forwarded
    message_id = (header_text(msg, "message-id") or "").strip().strip("<>").strip()
    if not message_id:
        seed = f"{sender[1]}\x1f{sent_at.isoformat()}\x1f{subject or ''}"
        message_id = "mail:" + hashlib.blake2b(seed.encode(), digest_size=12).hexdigest()
    # NFC, so text typed with combining accents matches the classifier's word lists.
    body = unicodedata.normalize("NFC", strip_quoted(body))
    return Email(message_id, sent_at, sender, recipients, subject, body, file, row)


def decode_words(value: object) -> str:
    """A header value with its RFC 2047 encoded words (``=?utf-8?q?…?=``) decoded."""
    try:
        return str(make_header(decode_header(value)))  # type: ignore[arg-type]
    except Exception:  # a malformed encoded word: keep the text as it came
        return str(value)


def raw_values(msg: Message, name: str) -> list[str]:
    try:
        values = msg.get_all(name) or []
    except Exception:
        return []
    return [v if isinstance(v, str) else decode_words(v) for v in values]


def header_text(msg: Message, name: str) -> str | None:
    values = raw_values(msg, name)
    if not values:
        return None
    return " ".join(decode_words(values[0]).split()) or None


def addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    try:
        pairs = getaddresses(raw_values(msg, name))
    except Exception:  # malformed address lists: nothing usable in them
        return []
    return [(decode_words(n).strip(), a.strip().lower()) for n, a in pairs if "@" in a]


def first_address(msg: Message, name: str) -> tuple[str, str] | None:
    found = addresses(msg, name)
    return found[0] if found else None


def message_date(msg: Message, zone: ZoneInfo, tally: Tally) -> datetime | None:
    """The Date header, else the date a server stamped in a Received header."""
    when = to_datetime(header_text(msg, "date"), zone)
    if when is not None:
        return when
    for hop in raw_values(msg, "received"):
        when = to_datetime(hop.rpartition(";")[2], zone)
        if when is not None:
            tally.fallback_dates += 1
            return when
    return None


def to_datetime(text: str | None, zone: ZoneInfo) -> datetime | None:
    if not text or not text.strip():
        return None
    try:
        when = parsedate_to_datetime(" ".join(text.split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" or no zone: the business's local time
        when = when.replace(tzinfo=zone)
    try:
        return when.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def body_text(msg: Message) -> tuple[str, int, int]:
    """(the text to read, attachments skipped, forwarded messages skipped).

    The first plain-text part is the text; without one, the first HTML part as text."""
    attachments = forwarded = 0
    plain: Message | None = None
    html: Message | None = None
    for part in leaf_parts(msg):
        kind = part.get_content_type()
        if part.get_content_maintype() == "message":
            forwarded += 1
        elif part.get_content_disposition() == "attachment" or not kind.startswith("text/"):
            attachments += 1
        elif kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    if plain is not None:
        return decoded(plain), attachments, forwarded
    if html is not None:
        return html_to_text(decoded(html)), attachments, forwarded
    return "", attachments, forwarded


def leaf_parts(part: Message) -> Iterator[Message]:
    """Leaf MIME parts, not descending into forwarded messages."""
    if part.get_content_maintype() == "message":
        yield part
        return
    if part.is_multipart():
        for child in part.get_payload() or []:
            if isinstance(child, Message):
                yield from leaf_parts(child)
        return
    yield part


def decoded(part: Message) -> str:
    """A text part's content: transfer encoding undone, then its charset (or UTF-8, or the
    Windows code page) decoded."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: the raw text is better than nothing
        payload = str(part.get_payload()).encode("utf-8", "replace")
    if not isinstance(payload, bytes):
        return ""
    for charset in (part.get_content_charset() or "utf-8", "utf-8", "cp1252"):
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def html_to_text(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.body_width = 0
    try:
        return converter.handle(html)
    except Exception:  # html2text on hostile markup: fall back to no text, not a crash
        return ""
