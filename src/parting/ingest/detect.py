"""Which export a file or folder is, from its name, first bytes and header row.

A CSV export is recognised by the column names only that tool writes (its header may sit
below a few report lines); mail by its structure (``From `` lines, ``cur``/``new``
folders, RFC 5322 headers); a Parting CSV folder by its table file names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from parting.config import Config
from parting.errors import InputError, Location, place
from parting.i18n import _, gettext_noop
from parting.ingest.parsed import Parsed
from parting.ingest.sheet import DELIMITERS, HEAD_BYTES, header_key, sniff_encoding, split_line
from parting.schema import TABLES

Reader = Callable[[Path, Config, Callable[[int], None] | None], Parsed]

FORMATS = (
    "parting_csv", "toggl", "harvest", "clockify", "kimai", "stripe", "quickbooks", "xero",
    "freshbooks", "invoiceninja", "invoiceninja_payments", "mbox", "maildir", "eml",
)  # fmt: skip

# How each format is named to the person: product names are not translated, the words
# beside them are (``format_label``).
LABELS = {
    "parting_csv": "Parting CSV", "toggl": "Toggl Track", "harvest": "Harvest",
    "clockify": "Clockify", "kimai": "Kimai", "stripe": "Stripe",
    "quickbooks": "QuickBooks Online", "xero": "Xero", "freshbooks": "FreshBooks",
    "invoiceninja": "Invoice Ninja",
    "invoiceninja_payments": gettext_noop("Invoice Ninja (payments)"),
    "mbox": "mbox", "maildir": "Maildir", "eml": ".eml",
}  # fmt: skip


def format_label(fmt: str) -> str:
    """The format's name in the reader's language ("Invoice Ninja (paiements)")."""
    return _(LABELS[fmt]) if fmt in LABELS else fmt


# Each CSV format: groups of header names; every group must have one name present.
# Checked in order, so the more specific signatures come first.
SIGNATURES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("xero", (("contactname",), ("invoicenumber",), ("invoicedate",))),
    (
        "freshbooks",
        (("invoice #", "invoice number"), ("date issued",), ("client name", "organization")),
    ),
    ("quickbooks", (("num", "no."), ("open balance", "transaction type"), ("name", "customer"))),
    (
        "stripe",
        (
            ("id",),
            ("amount due", "amount paid", "total"),
            ("customer", "customer id", "customer name"),
        ),
    ),
    (
        "invoiceninja",
        (("invoice number", "number"), ("invoice date",), ("client", "client name"), ("amount",)),
    ),
    (
        "invoiceninja_payments",
        (("invoice number", "invoice"), ("amount",), ("date", "payment date")),
    ),
    ("clockify", (("start date",), ("duration (h)", "duration (decimal)"))),
    # Clockify lets a report hide its duration columns: its Group column tells it apart.
    ("clockify", (("start date",), ("start time",), ("end date",), ("end time",), ("group",))),
    ("toggl", (("start date",), ("start time",), ("duration",))),
    ("harvest", (("date", "spent date"), ("hours",), ("first name", "billable?", "project code"))),
    (
        "kimai",
        (
            ("date", "datum"),
            ("duration", "dauer", "durée"),
            ("from", "von", "début"),
            ("customer", "kunde", "client", "activity", "tätigkeit"),
        ),
    ),
)


def detect(path: Path) -> str:
    """The format of the export at ``path``; ``InputError`` when it is none we read."""
    path = Path(path)
    if path.is_dir():
        return _folder_format(path)
    if not path.is_file():
        raise InputError(
            _("there is no file or folder here."),
            fix=_("Check the path."),
            where=Location(path=str(path)),
        )
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    suffix = path.suffix.lower()
    if suffix == ".eml":
        return "eml"
    if suffix in (".mbox", ".mbx") or head.startswith(b"From "):
        return "mbox"
    found = csv_format(head)
    if found:
        return found
    if _looks_like_mail(head):
        return "eml"
    raise unknown(path)


def csv_format(head: bytes) -> str | None:
    lines = head.decode(sniff_encoding(head), errors="replace").splitlines()[:40]
    for line in lines:
        for delimiter in DELIMITERS:
            keys = {header_key(c) for c in split_line(line, delimiter)}
            if len(keys) < 2:
                continue
            for name, groups in SIGNATURES:
                if all(keys & set(group) for group in groups):
                    return name
    return None


def _looks_like_mail(head: bytes) -> bool:
    """RFC 5322 headers at the top: a From line and a Subject or Message-ID line."""
    text = "\n" + head[:4096].decode("latin-1").lower()
    return "\nfrom:" in text and ("\nsubject:" in text or "\nmessage-id:" in text)


def _folder_format(path: Path) -> str:
    if (path / "cur").is_dir() or (path / "new").is_dir():
        return "maildir"
    if any((path / spec.file_name).is_file() for spec in TABLES.values()):
        return "parting_csv"
    raise unknown(path)


def unknown(path: Path) -> InputError:
    return InputError(
        _("this is not an export Parting knows."),
        fix=_(
            "Give a Parting CSV folder, a CSV export from Toggl Track, Harvest, Clockify, "
            "Kimai, Stripe, QuickBooks Online, Xero, FreshBooks or Invoice Ninja, or an "
            "mbox, Maildir or .eml mail file; or name the format with --format."
        ),
        where=place(path),
    )


def reader(format: str) -> Reader:
    """The function reading ``format`` (imported on demand: mail needs no pyarrow.csv)."""
    from parting.ingest import (
        clockify,
        freshbooks,
        harvest,
        invoiceninja,
        kimai,
        mail,
        quickbooks,
        stripe,
        toggl,
        xero,
    )

    readers: dict[str, Reader] = {
        "parting_csv": _parting_csv,
        "toggl": toggl.read,
        "harvest": harvest.read,
        "clockify": clockify.read,
        "kimai": kimai.read,
        "stripe": stripe.read,
        "quickbooks": quickbooks.read,
        "xero": xero.read,
        "freshbooks": freshbooks.read,
        "invoiceninja": invoiceninja.read,
        "invoiceninja_payments": invoiceninja.read_payments,
        "mbox": mail.read_mbox,
        "maildir": mail.read_maildir,
        "eml": mail.read_eml,
    }
    if format not in readers:
        from parting.words.formats import quoted  # the value as the reader quotes it

        raise InputError(
            _("unknown format {format}.").format(format=quoted([format])),
            fix=_("Use one of: {formats}.").format(formats=", ".join(FORMATS)),
        )
    return readers[format]


def _parting_csv(path: Path, config: Config, progress: Callable[[int], None] | None) -> Parsed:
    """A Parting CSV folder, read by ``parting_csv`` and wrapped as a ``Parsed``."""
    from parting.ingest.parsed import ClientRef, finish
    from parting.ingest.parting_csv import read_folder

    loaded = read_folder(path, config)
    tables = loaded.tables
    refs: list[ClientRef] = []
    clients = tables.get("clients")
    if clients is not None and clients.num_rows:
        emails = clients["email"].to_pylist() if "email" in clients.column_names else []
        for i, (key, name) in enumerate(
            zip(clients["client_id"].to_pylist(), clients["name"].to_pylist(), strict=True)
        ):
            email = emails[i] if emails else None
            refs.append(ClientRef(str(key), name, (email.lower(),) if email else ()))
    rows = sum(t.num_rows for t in tables.values())
    if progress:
        progress(rows)
    return finish("parting_csv", str(path), tables, refs, [], list(loaded.notices), rows)
