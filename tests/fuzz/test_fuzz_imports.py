"""Every importer kind and every mail kind, fed valid files damaged by Hypothesis: each is
loaded, or refused with a message naming the file (the command line then exits 2). Never
a traceback, never a hang, never a message that does not say which file.

Seeded (the "ci" profile of tests/conftest.py) and bounded to run in CI in under two
minutes; ``make fuzz`` sets PARTING_FUZZ_SCALE=10 to try ten times as many inputs."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pv
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parting import demo, ingest
from parting.config import Config
from parting.errors import InputError
from parting.ingest.parting_csv import read_folder
from parting.schema import TABLES

from .conftest import SCALE, TALLY
from .mutations import Mutation, damaged, mutations

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"
CSV_EXPORTS = sorted(p.name for p in EXPORTS.glob("*.csv"))
MAIL_FILES = [*sorted(p.name for p in (EXPORTS / "mail").glob("*.eml")), "mixed.mbox"]
TABLE_NAMES = sorted(n for n in TABLES if n != "judgements")

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def fuzz(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            # ``cli`` resets its capture and argv on every call, so one per test is right.
            HealthCheck.function_scoped_fixture,
        ],
    )


def outcome(path: Path, read: Callable[[], object]) -> str:
    """'loaded' or 'refused'; any other exception, or a refusal that does not name the
    file, fails the case."""
    try:
        read()
    except InputError as error:
        assert path.name in str(error), str(error)
        assert len(str(error)) <= 1000
        TALLY["refused"] += 1
        return "refused"
    TALLY["loaded"] += 1
    return "loaded"


@cache
def parting_csv() -> dict[str, bytes]:
    """A small demo portfolio as Parting CSV bytes, one entry per table."""
    tables = demo.generate(clients=4, seed=3, as_of=date(2026, 6, 30))
    out = {}
    for name in TABLE_NAMES:
        sink = pa.BufferOutputStream()
        pv.write_csv(demo.as_text(tables[name]), sink)
        out[name] = sink.getvalue().to_pybytes()
    return out


@fuzz(150)
@given(name=st.sampled_from(CSV_EXPORTS), steps=mutations(), detected=st.booleans())
def test_a_damaged_export_of_every_tool_is_loaded_or_refused_naming_the_file(
    name: str, steps: list[Mutation], detected: bool
) -> None:
    content = damaged((EXPORTS / name).read_bytes(), steps)
    kind = ingest.detect(EXPORTS / name)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        outcome(path, lambda: ingest.read(path, Config(), format=None if detected else kind))


@fuzz(100)
@given(table=st.sampled_from(TABLE_NAMES), steps=mutations())
def test_a_damaged_parting_csv_table_is_loaded_or_refused_naming_the_file(
    table: str, steps: list[Mutation]
) -> None:
    files = dict(parting_csv())
    files[table] = damaged(files[table], steps)
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            (Path(tmp) / f"{name}.csv").write_bytes(content)
        outcome(Path(tmp) / f"{table}.csv", lambda: read_folder(Path(tmp), Config()))


@fuzz(120)
@given(name=st.sampled_from(MAIL_FILES), steps=mutations(mail=True), detected=st.booleans())
def test_a_damaged_mail_file_is_loaded_or_refused_naming_the_file(
    name: str, steps: list[Mutation], detected: bool
) -> None:
    content = damaged((EXPORTS / "mail" / name).read_bytes(), steps)
    kind = "mbox" if name.endswith(".mbox") else "eml"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        outcome(path, lambda: ingest.read(path, Config(), format=None if detected else kind))


@fuzz(30)
@given(steps=mutations(mail=True), which=st.integers(0, 100))
def test_a_maildir_with_a_damaged_message_is_loaded_or_refused_naming_it(
    steps: list[Mutation], which: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Maildir"
        shutil.copytree(EXPORTS / "mail" / "Maildir", folder)
        messages = sorted(p for p in folder.rglob("*") if p.is_file())
        victim = messages[which % len(messages)]
        victim.write_bytes(damaged(victim.read_bytes(), steps))
        outcome(folder, lambda: ingest.read(folder, Config(), format="maildir"))


SPECIAL_NAMES = ["with space.csv", "ünïcödé-Ð.csv", "-starts-with-dash.csv", "x" * 200 + ".csv",
                 ".hidden.csv", "no_suffix", "two.dots.csv.csv"]  # fmt: skip


@pytest.mark.parametrize("name", SPECIAL_NAMES)
@pytest.mark.parametrize("sample", ["toggl_detailed.csv", "stripe_invoices.csv"])
def test_an_export_under_an_odd_name_is_loaded_or_refused_naming_it(
    tmp_path: Path, name: str, sample: str
) -> None:
    path = tmp_path / name
    shutil.copy(EXPORTS / sample, path)
    assert outcome(path, lambda: ingest.read(path, Config())) == "loaded"


@pytest.mark.parametrize("make", ["empty", "folder", "loop", "dangling"])
def test_an_empty_or_special_path_is_refused_naming_it(tmp_path: Path, make: str) -> None:
    path = tmp_path / "toggl.csv"
    if make == "empty":
        path.write_bytes(b"")
    elif make == "folder":
        path.mkdir()
    elif make == "loop":
        os.symlink(path, path)
    else:
        os.symlink(tmp_path / "gone.csv", path)
    assert outcome(path, lambda: ingest.read(path, Config())) == "refused"


@pytest.mark.parametrize("make", ["folder", "loop", "empty"])
def test_a_parting_csv_table_that_is_no_file_is_refused_naming_it(
    tmp_path: Path, make: str
) -> None:
    (tmp_path / "clients.csv").write_bytes(parting_csv()["clients"])
    table = tmp_path / "invoices.csv"
    if make == "folder":
        table.mkdir()
    elif make == "loop":
        os.symlink(table, table)
    else:
        table.write_bytes(b"")
    assert outcome(table, lambda: read_folder(tmp_path, Config())) == "refused"


@fuzz(10)
@given(table=st.sampled_from(TABLE_NAMES), steps=mutations())
def test_the_command_line_exits_2_naming_the_file_or_scores(
    cli: Any, tmp_path_factory: pytest.TempPathFactory, table: str, steps: list[Mutation]
) -> None:
    folder = tmp_path_factory.mktemp("fuzzed")
    for name, content in parting_csv().items():
        (folder / f"{name}.csv").write_bytes(damaged(content, steps) if name == table else content)
    ran = cli("score", "--input", str(folder), "--format", "json", "--as-of", "2026-06-30")
    assert ran.code in (0, 2), (ran.code, ran.stderr[-500:])
    if ran.code == 2:
        assert f"{table}.csv" in ran.stderr or str(folder) in ran.stderr
        TALLY["refused"] += 1
    else:
        assert ran.stdout.lstrip().startswith("[")
        TALLY["loaded"] += 1
