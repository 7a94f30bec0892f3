"""Every importer, fed random or truncated input, returns a valid Parsed or an InputError."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parting.config import Config
from parting.errors import InputError
from parting.ingest import (
    Parsed,
    clockify,
    freshbooks,
    harvest,
    invoiceninja,
    kimai,
    quickbooks,
    read,
    stripe,
    toggl,
    xero,
)
from parting.schema import TABLES

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
HEADERS = {
    "toggl": (*toggl.KNOWN, "Amount (EUR)"),
    "harvest": harvest.KNOWN,
    "clockify": (*clockify.KNOWN, "Billable Rate (USD)"),
    "kimai": kimai.KNOWN,
    "stripe": stripe.KNOWN,
    "quickbooks": quickbooks.KNOWN,
    "xero": xero.KNOWN,
    "freshbooks": freshbooks.KNOWN,
    "invoiceninja": invoiceninja.KNOWN,
    "invoiceninja_payments": invoiceninja.PAYMENT_KNOWN,
}
SAMPLES = sorted(p for p in EXPORTS.rglob("*") if p.is_file() and p.suffix != ".md")
FORMAT_OF = {
    "toggl": "toggl", "harvest": "harvest", "clockify": "clockify", "kimai": "kimai",
    "stripe": "stripe", "quickbooks": "quickbooks", "xero": "xero", "freshbooks": "freshbooks",
    "invoiceninja_invoices": "invoiceninja", "invoiceninja_payments": "invoiceninja_payments",
}  # fmt: skip

# Cells that look like the real thing, plus anything at all.
CELLS = st.one_of(
    st.sampled_from(
        [
            "", "Yes", "No", "2024-03-04", "03/04/2024", "13/04/2024", "04.03.2024", "01:30:00",
            "18:25 min", "1,5", "2.000,0", "$1,234.50", "($400.00)", "1.234,50 €", "paid",
            "Draft", "Partial", "Acme Ltd", "INV-1", "TOTAL", "ACCREC", "n/a", "-", "0",
        ]
    ),
    st.text(max_size=12),
)  # fmt: skip


def check(parsed: Parsed) -> None:
    assert set(parsed.tables) == set(TABLES)
    for name, table in parsed.tables.items():
        assert table.schema == TABLES[name].arrow_schema
    keys = {c.key for c in parsed.clients}
    for name in ("time_entries", "invoices", "messages"):
        assert set(parsed.tables[name]["client_id"].to_pylist()) <= keys


def attempt(path: Path, format: str) -> None:
    try:
        parsed = read(path, Config(), format=format)
    except InputError:
        return
    check(parsed)


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, str]:
    format = draw(st.sampled_from(sorted(HEADERS)))
    names = draw(st.lists(st.sampled_from(HEADERS[format]), min_size=1, max_size=12, unique=True))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(names) + 1), max_size=5))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ";"])))
    for line in draw(st.lists(st.sampled_from(["Report", "", "Dates: all"]), max_size=2)):
        out.write(line + "\n")
    writer.writerow(names)
    writer.writerows(rows)
    return format, out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exports())
def test_random_csv_exports_give_parsed_or_input_error(export: tuple[str, str]) -> None:
    format, text = export
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_text(text, encoding="utf-8")
        attempt(path, format)


def sample_format(path: Path) -> str:
    if path.suffix == ".eml":
        return "eml"
    if path.suffix == ".mbox":
        return "mbox"
    if "Maildir" in path.parts:
        return "eml"
    stem = path.stem
    return next(f for prefix, f in FORMAT_OF.items() if stem.startswith(prefix))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SAMPLES), st.floats(0, 1), st.binary(max_size=8))
def test_truncated_samples_give_parsed_or_input_error(
    sample: Path, fraction: float, tail: bytes
) -> None:
    data = sample.read_bytes()
    cut = data[: int(len(data) * fraction)] + tail
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / sample.name
        path.write_bytes(cut)
        attempt(path, sample_format(sample))


MAIL_LINES = st.sampled_from(
    [
        "From x@y Mon Jan  1 00:00:00 2024", "From: A <a@x.example>", "To: b@y.example",
        "Date: Mon, 1 Jan 2024 10:00:00 +0000", "Date: garbage", "Subject: =?utf-8?B?w6k=?=",
        "Content-Type: multipart/alternative; boundary=b", "--b", "--b--",
        "Content-Type: text/html; charset=x-unknown", "Content-Transfer-Encoding: base64",
        "Received: by mx; Tue, 2 Jan 2024 10:00:00 +0100", "", "> quoted", "-- ", "Hello",
        "Message-ID: <1@x>", "Content-Type: message/rfc822",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(MAIL_LINES, st.text(max_size=20)), max_size=30))
def test_random_mail_gives_parsed_or_input_error(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        for format, name in (("mbox", "m.mbox"), ("eml", "m.eml")):
            path = Path(folder) / name
            path.write_bytes(data)
            attempt(path, format)
