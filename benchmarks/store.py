"""Workspace speed, end to end into SQLite (``python -m benchmarks.store``).

1. ``parting import`` of a 1M-row Toggl export and of a 100k-message mbox: parse, link
   clients, write in one transaction. Baseline in the same process: the parse alone
   (``parting.ingest.read``), so the ratio is what the store adds.
2. Importing the same Toggl file again (nothing changes: the idempotence check's cost).
3. ``parting triage`` on a 20k-client demo workspace: read every table through ADBC, score,
   store the verdicts. Baseline: scoring the same tables held in memory.
4. Rescoring after one incident, one judgement and one merge (the web worker's
   ``store.rescore``), against the full rescore that keeps its state; wall and CPU time.

Options: ``--rows``, ``--messages``, ``--clients`` for smaller or larger runs;
``--only rescore --workspace WS`` runs 4 on an existing workspace (which it changes).
``--only keeping --workspace WS [--runs N]`` keeps one scoring's verdicts of a copy of WS
again and again, with the writer thread and without, in turn (same process).
``--only triage --workspace WS [--before TREE] [--runs N]`` times the ``parting triage``
command end to end, as a fresh process, on a fresh copy of WS each time (WS itself is
left as it is): wall and CPU seconds (the process and the one that reads the workspace),
the load average, and — with ``--before``, an older source tree timed in the same run —
whether both trees stored the same verdicts and printed the same JSON. With the ``model``
extra, a workspace that was never triaged has none of the vectors the model reads yet:
one untimed triage of a copy embeds them first (its time printed apart), and each timed
copy starts with them, as every triage after a workspace's first does; the same goes for
the compiled patterns kept in the user cache directory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

AS_OF = date(2026, 6, 30)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def imports(folder: Path, rows: int, messages: int) -> None:
    from benchmarks.ingest import mbox_export, toggl_export

    from parting.config import Config
    from parting.ingest import read
    from parting.store.imports import import_paths

    config = Config()
    toggl = folder / "toggl.csv"
    toggl_export(toggl, rows)
    base, parsed = timed(lambda: read(toggl, config, format="toggl"))
    ours, [batch] = timed(lambda: import_paths([toggl], format="toggl"))
    print(f"import toggl {rows:>9,} rows: {ours:6.2f} s, {rows / ours:>9,.0f} rows/s end to end "
          f"({batch.added:,} rows added); parse-only baseline {base:6.2f} s; "
          f"ratio {ours / base:.2f}")  # fmt: skip
    again, [batch] = timed(lambda: import_paths([toggl], format="toggl"))
    print(f"import toggl again (no change): {again:6.2f} s, {rows / again:>9,.0f} rows/s; "
          f"{batch.added} added, {batch.updated} updated; "
          f"ratio to first {again / ours:.2f}")  # fmt: skip
    del parsed

    mbox = folder / "mail.mbox"
    mbox_export(mbox, messages)
    base, _parsed = timed(lambda: read(mbox, config, format="mbox"))
    ours, [batch] = timed(lambda: import_paths([mbox], format="mbox"))
    print(f"import mbox  {messages:>9,} messages: {ours:6.2f} s, {messages / ours:>9,.0f} msg/s "
          f"end to end ({batch.added:,} rows added); parse-only baseline {base:6.2f} s; "
          f"ratio {ours / base:.2f}")  # fmt: skip


def demo_workspace(folder: Path, clients: int) -> dict[str, Any]:
    """The demo portfolio of ``clients`` imported as Parting CSV; its tables."""
    import pyarrow.csv as pv

    from parting.demo import generate
    from parting.schema import TABLES
    from parting.store.export import csv_ready
    from parting.store.imports import import_paths

    tables = generate(clients, as_of=AS_OF)
    demo = folder / "demo"
    demo.mkdir()
    for name, table in tables.items():
        pv.write_csv(csv_ready(table, name), demo / TABLES[name].file_name)
    rows = sum(t.num_rows for t in tables.values())
    spent, _batches = timed(lambda: import_paths([demo]))
    print(f"import demo  {clients:>9,} clients, {rows:,} rows: {spent:6.2f} s, "
          f"{rows / spent:>9,.0f} rows/s")  # fmt: skip
    return dict(tables)


def triage(folder: Path, clients: int) -> None:
    from parting.engine import score
    from parting.store.settings import load_config
    from parting.store.tables import read_tables
    from parting.store.triage import store

    tables = demo_workspace(folder, clients)
    config = load_config()
    reading, stored = timed(read_tables)
    scoring, result = timed(lambda: score(stored, config, as_of=AS_OF))
    keeping, _run = timed(lambda: store(result, "duckdb"))
    base, _same = timed(lambda: score(tables, config, as_of=AS_OF))
    total = reading + scoring + keeping
    print(f"triage       {clients:>9,} clients: {total:6.2f} s (ADBC read {reading:.2f} s, "
          f"score {scoring:.2f} s, store verdicts {keeping:.2f} s); in-memory score baseline "
          f"{base:6.2f} s; ratio {total / base:.2f}")  # fmt: skip


def triage_command(workspace: Path, before: Path | None, runs: int) -> None:
    """``parting triage`` end to end on copies of ``workspace``, this tree and ``before``."""
    from benchmarks.score_vs_pandas import load, timed

    from parting.text.classify import compile_patterns

    trees = {"now": Path(__file__).resolve().parents[1]}
    if before is not None:
        trees = {"before": before.resolve(), **trees}
    print(f"parting triage --workspace {workspace} --as-of {AS_OF} --format json --profile")
    with tempfile.TemporaryDirectory(prefix="parting-bench-") as tmp:
        copy = Path(tmp) / "workspace"

        def command(tree: Path, out: Path) -> tuple[list[str], dict[str, str]]:
            line = [sys.executable, "-m", "parting", "triage", "--workspace", str(copy)]
            line += ["--as-of", AS_OF.isoformat(), "--format", "json"]
            line += ["--output", str(out), "--profile"]
            return line, {**os.environ, "PYTHONPATH": str(tree / "src"), "PARTING_LANG": "en"}

        vectors = _embedded_once(workspace, copy, command(trees["now"], Path(tmp) / "first.json"))
        # Every triage but a machine's first reads the explaining patterns' compiled
        # programs from the user cache directory (``text.compiled``): as the timed runs do.
        compile_patterns()
        for run in range(1, runs + 1):
            seen: dict[str, tuple[bytes, list[Any]]] = {}
            for name, tree in trees.items():
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(workspace, copy)
                if vectors is not None:
                    shutil.copy2(vectors, copy / vectors.name)
                out = Path(tmp) / f"{name}.json"
                load_before = load()
                wall, cpu, profile = timed(*command(tree, out))
                print(f"run {run}, {name}: {wall:.2f} s wall, {cpu:.2f} s CPU "
                      f"(load {load_before} -> {load()})")  # fmt: skip
                print(profile.rstrip(), flush=True)
                seen[name] = (out.read_bytes(), _latest_verdicts(copy / "parting.sqlite3"))
            if len(seen) == 2:
                (json_before, rows_before), (json_now, rows_now) = seen.values()
                print(f"run {run}: same JSON {json_before == json_now}, same stored verdicts "
                      f"{rows_before == rows_now} ({len(rows_now):,} rows)")  # fmt: skip


def _embedded_once(
    workspace: Path, copy: Path, command: tuple[list[str], dict[str, str]]
) -> Path | None:
    """With the ``model`` extra, the vectors of the messages the model reads, as the
    workspace keeps them after its first triage (each distinct sentence is embedded once,
    ever): when ``workspace`` has none yet, one untimed triage of a copy makes them, and its
    time is printed apart. The timed runs then measure every later triage."""
    from benchmarks.score_vs_pandas import load, timed

    from parting.text import embed

    kept = workspace / embed.CACHE_FILE
    if not embed.available() or kept.exists():
        return None
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(workspace, copy)
    load_before = load()
    wall, cpu, _profile = timed(*command)
    print(f"first triage of this workspace, which embeds the messages the model reads: "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU (load {load_before} -> {load()}); the timed "
          f"runs read those vectors from the copy's cache, as later triages do")  # fmt: skip
    made = copy.parent / embed.CACHE_FILE
    shutil.copy2(copy / embed.CACHE_FILE, made)
    return Path(made)


def keeping(workspace: Path, runs: int) -> None:
    """Keeping the verdicts of one scoring of a copy of ``workspace``, ``runs`` times each
    way, in turn: as ``parting triage`` keeps them (each batch written on a writer thread
    while the next is made, ``upsert.insert_batches``) and with the same batches written
    one after the other on the calling thread. Wall and processor seconds, and the calling
    thread's own: on two free cores the wall time tends to the larger of the calling
    thread's and the writer's (the rest of the processor time)."""
    from parting.engine import load, score
    from parting.store import upsert
    from parting.store.settings import load_config
    from parting.store.tables import read_tables
    from parting.store.triage import store

    load("duckdb")
    result = score(read_tables(), load_config(), as_of=AS_OF)
    on_a_thread = upsert.insert_batches

    def one_after_the_other(
        cursor: Any, table: str, columns: list[str], batches: Any, stored: Any = None
    ) -> None:
        for rows in batches:
            upsert.insert_rows(cursor, table, columns, rows)

    ways = {"writer thread": on_a_thread, "one thread": one_after_the_other}
    for run in range(1, runs + 1):
        for name, way in ways.items():
            upsert.insert_batches = way
            load_before = os.getloadavg()[0]
            wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
            store(result, "duckdb")
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            own = time.thread_time() - own
            print(f"run {run}, keeping {len(result.verdicts):,} verdicts, {name}: {wall:.2f} s "
                  f"wall, {cpu:.2f} s CPU (calling thread {own:.2f} s, other threads "
                  f"{cpu - own:.2f} s; load {load_before:.1f})")  # fmt: skip
    upsert.insert_batches = on_a_thread


def _latest_verdicts(database: Path) -> list[Any]:
    """Every stored column of the latest run's verdicts but the ids, by client."""
    with sqlite3.connect(database) as db:
        return db.execute(
            "SELECT client_id, verdict, rank, reason, main_sign, signs, review_flags, "
            "tempered_by, decision_not_before, metrics, signature, changed, changes "
            "FROM verdicts WHERE run_id = (SELECT MAX(id) FROM triage_runs) ORDER BY client_id"
        ).fetchall()


def rescoring(workspace_clients: int) -> None:
    """A full scoring (which keeps its state), then one incident, one judgement and one
    merge, each followed by a rescore of only the clients it touched."""
    from datetime import timedelta

    from parting.store.clients import merge
    from parting.store.incidents import add_incident, add_judgement
    from parting.store.models import VerdictRecord
    from parting.store.rescore import rescore
    from parting.timing import measuring

    def profiled(work: Callable[[], Any]) -> str:
        cpu = time.process_time()
        with measuring() as watch:
            spent, _run = timed(work)
        cpu = time.process_time() - cpu
        steps = [(n, s) for n, s in watch.seconds.items() if n != "start"]
        parts = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps)
        return f"{spent:6.2f} s wall, {cpu:.2f} s CPU ({parts}; load {os.getloadavg()[0]:.1f})"

    print(f"rescore every client ({workspace_clients:,}, keeps its state): "
          f"{profiled(lambda: rescore(as_of=AS_OF))}")  # fmt: skip
    busiest = list(VerdictRecord.objects.order_by("-pk").values_list("client_id", flat=True)[:3])
    day = AS_OF - timedelta(days=3)
    add_incident(busiest[0], "abuse", "high", "Shouted at the designer", day)
    print(f"rescore after one incident:  {profiled(lambda: rescore({busiest[0]}, as_of=AS_OF))}")
    add_judgement(busiest[1], "relationship", note="Our first client", date=AS_OF)
    print(f"rescore after one judgement: {profiled(lambda: rescore({busiest[1]}, as_of=AS_OF))}")
    merge(busiest[0], busiest[2])
    print(f"rescore after one merge:     "
          f"{profiled(lambda: rescore({busiest[0], busiest[2]}, as_of=AS_OF))}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--only", choices=("imports", "triage", "rescore", "keeping"), default=None)
    parser.add_argument(
        "--workspace",
        type=Path,
        help="with --only rescore: an existing workspace to use (it gains runs, an incident, "
        "a judgement and a merge) instead of a fresh one with the demo imported; with "
        "--only triage: the workspace whose copies the command scores",
    )
    parser.add_argument("--before", type=Path, help="with --only triage --workspace: an older "
                        "source tree (its src/) timed in the same run")  # fmt: skip
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    os.environ.pop("DATABASE_URL", None)
    if args.only is None:
        # One workspace per process (Django is set up once): the triage runs in its own.
        for part in ("imports", "triage", "rescore"):
            command = [sys.executable, "-m", "benchmarks.store", "--only", part]
            command += ["--rows", str(args.rows), "--messages", str(args.messages)]
            subprocess.run([*command, "--clients", str(args.clients)], check=True)
        return
    from parting.store.workspace import init

    if args.workspace is not None and args.only == "triage":
        triage_command(args.workspace, args.before, args.runs)
        return
    if args.only == "keeping":
        if args.workspace is None:
            parser.error("--only keeping needs --workspace")
        with tempfile.TemporaryDirectory(prefix="parting-bench-") as folder:
            shutil.copytree(args.workspace, Path(folder) / "workspace")
            init(Path(folder) / "workspace")
            keeping(Path(folder) / "workspace", args.runs)
        return
    if args.workspace is not None:
        init(args.workspace)
        rescoring(_clients())
        return
    with tempfile.TemporaryDirectory(prefix="parting-bench-") as folder:
        init(Path(folder) / "workspace")
        if args.only == "imports":
            imports(Path(folder), args.rows, args.messages)
        elif args.only == "triage":
            triage(Path(folder), args.clients)
        else:
            demo_workspace(Path(folder), args.clients)
            rescoring(args.clients)


def _clients() -> int:
    from parting.store.models import Client

    return int(Client.objects.count())


if __name__ == "__main__":
    main()
