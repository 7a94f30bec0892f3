"""Whatever a folder holds, the reader either loads it cleanly or says what is wrong:
random, garbled and truncated files give an ``InputError`` or valid tables, nothing else."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pv
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parting import demo
from parting.config import Config
from parting.errors import InputError
from parting.ingest.parting_csv import read_folder
from parting.schema import TABLES

# pyarrow reports a malformed row that is not UTF-8 by an error (which we turn into an
# InputError) after failing to show the row to our handler; that hiccup is only a warning.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

NAMES = sorted(n for n in TABLES if n != "judgements")
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(files: dict[str, bytes]) -> str:
    """'loaded' or 'refused'; any other exception fails the test."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            (Path(tmp) / f"{name}.csv").write_bytes(content)
        try:
            loaded = read_folder(Path(tmp), Config())
        except InputError as error:
            assert error.problem and str(error)
            return "refused"
    for name, table in loaded.tables.items():
        assert table.schema == TABLES[name].arrow_schema
    return "loaded"


@cache
def demo_csv() -> dict[str, bytes]:
    """A small demo portfolio as Parting CSV bytes, one entry per table."""
    tables = demo.generate(clients=4, seed=3, as_of=date(2026, 6, 30))
    out = {}
    for name in NAMES:
        sink = pa.BufferOutputStream()
        pv.write_csv(demo.as_text(tables[name]), sink)
        out[name] = sink.getvalue().to_pybytes()
    return out


@PROPERTY
@given(name=st.sampled_from(NAMES), content=st.binary(max_size=400))
@example(name="clients", content=b"\xef")  # a cut byte-order mark once escaped as a traceback
@example(name="clients", content=b"\xef\xbb")
def test_random_bytes_are_loaded_or_refused(name: str, content: bytes) -> None:
    outcome({name: content})


@PROPERTY
@given(name=st.sampled_from(NAMES), data=st.data())
def test_random_cells_under_a_real_header_are_loaded_or_refused(
    name: str, data: st.DataObject
) -> None:
    columns = [c.name for c in TABLES[name].columns]
    header = data.draw(
        st.lists(st.sampled_from(columns), min_size=1, max_size=len(columns), unique=True)
    )
    cell = st.one_of(
        st.text(max_size=12),
        st.sampled_from(
            [
                "",
                "true",
                "FALSE",
                "2024-02-29",
                "2024-13-01",
                "1.5",
                "-0",
                "1e400",
                "2024-03-31T02:30:00",
                "2024-03-31T02:30:00+25:00",
                "in",
                "C1",
                "nan",
            ]
        ),
    )
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(header), max_size=len(header)), max_size=6)
    )
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    outcome({name: text.getvalue().encode("utf-8", errors="surrogatepass")})


@PROPERTY
@given(name=st.sampled_from(NAMES), cut=st.floats(min_value=0.0, max_value=1.0))
def test_a_truncated_file_is_loaded_or_refused(name: str, cut: float) -> None:
    content = demo_csv()[name]
    outcome({name: content[: int(len(content) * cut)]})


@PROPERTY
@given(cut=st.floats(min_value=0.0, max_value=1.0), garble=st.binary(min_size=1, max_size=8))
def test_a_garbled_portfolio_is_loaded_or_refused(cut: float, garble: bytes) -> None:
    files = dict(demo_csv())
    content = files["invoices"]
    at = int(len(content) * cut)
    files["invoices"] = content[:at] + garble + content[at:]
    outcome(files)


def test_the_untouched_demo_portfolio_loads() -> None:
    assert outcome(dict(demo_csv())) == "loaded"
