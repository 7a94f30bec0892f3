"""Benchmark of the triage engine: ``python -m benchmarks.engine --clients 200000``.

1. Makes the demo portfolio at the asked size (``parting.demo.generate`` in chunks of
   200 000 clients, ids prefixed per chunk) and writes it as Parquet, once, under
   ``$PARTING_BENCH_DATA/<clients>/`` (default: the temporary folder's ``parting-bench``),
   in a separate process, so its memory is not counted.
2. Scores it with DuckDB reading the Parquet files lazily, in a fresh process, and
   reports the wall time, the time of each step of ``score`` and the peak resident memory
   (``getrusage``).
3. Computes the same per-client features with a straightforward pandas implementation on
   the same data (also in a fresh process) and reports two ratios: against the whole
   ``score``, and against its features step alone (messages included), like for like.

Messages are classified with the product's classifier, ``parting.text.classify``, in
the engine and in the pandas baseline alike. ``--keyword-text`` swaps in a STAND-IN (a
dozen literal keywords per class), for timing the engine without the text step; figures
taken with it are not the product's. ``--unique-bodies`` appends each message's id to its
body, so no two bodies are the same (the demo's are templates; real mail is not).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import narwhals as nw

AS_OF = date(2026, 6, 30)
CHUNK = 200_000
# Generated data lives outside the source tree (gigabytes at a million clients).
DATA = Path(os.environ.get("PARTING_BENCH_DATA", Path(tempfile.gettempdir()) / "parting-bench"))
ID_COLUMNS = {
    "clients": ("client_id", "referred_by"),
    "projects": ("project_id", "client_id"),
    "time_entries": ("entry_id", "client_id", "project_id"),
    "invoices": ("invoice_id", "client_id"),
    "payments": ("payment_id", "invoice_id"),
    "messages": ("message_id", "client_id"),
    "incidents": ("incident_id", "client_id"),
    "judgements": ("client_id",),
}
RECORD_TABLES = ("time_entries", "invoices", "payments", "messages")

# Lower-case literal alternations: the benchmark times the engine, not a regex engine.
KEYWORDS: dict[str, str] = {
    "is_abusive": "idiot|stupid|incompetent|useless|crap|merde|connard|ngu ngốc|kreten",
    "is_severe_abuse": "kill you|destroy you|i will hurt",
    "is_complaint": "unhappy|disappointed|not what we|déçu|pas content|thất vọng|nezadovolj",
    "is_minor_complaint": "typo|font|colour|color|faute|lỗi chính tả|tipkarsk",
    "is_payment_excuse": "cash flow|next week|trésorerie|semaine prochaine|tuần sau",
    "is_change_request": "could you also|one more change|pourriez-vous aussi|thêm một|še ena",
    "is_ethics_request": "backdate|off the books|antidater|au noir|trốn thuế",
    "is_urgent": "urgent|asap|khẩn|nujno",
    "is_entitled": "you owe us|vous nous devez|dolžni ste nam",
    "is_know_better": "doing it all wrong|tout de travers|vse delate narobe",
}


def keyword_classify(frame: Any, body: str = "body", language: str | None = None) -> Any:
    """The benchmark's STAND-IN classifier (``--keyword-text``), not the product's."""
    lowered = frame.with_columns(nw.col(body).fill_null("").str.to_lowercase().alias("_text"))
    flags = [nw.col("_text").str.contains(p).alias(k) for k, p in KEYWORDS.items()]
    return lowered.with_columns(flags).drop("_text")


# -------------------------------------------------------------------------------- data


def make_data(clients: int) -> Path:
    """Write the demo portfolio of ``clients`` clients as Parquet (once)."""
    folder = DATA / str(clients)
    if (folder / "done").exists():
        return folder
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from parting.demo import generate

    for chunk, start in enumerate(range(0, clients, CHUNK)):
        tables = generate(min(CHUNK, clients - start), seed=7 + chunk, as_of=AS_OF)
        for name, table in tables.items():
            if chunk:
                for column in ID_COLUMNS[name]:
                    i = table.schema.get_field_index(column)
                    prefixed = pc.binary_join_element_wise(f"k{chunk}-", table[column], "")
                    table = table.set_column(i, column, prefixed.cast(pa.string()))
            (folder / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, folder / name / f"part-{chunk}.parquet")
        del tables
    (folder / "done").write_text("ok")
    return folder


def unique_bodies(folder: Path) -> Path:
    """A copy of ``folder`` whose message bodies end in their message id (all distinct),
    so deduplicating bodies cannot help; the other tables are linked, not copied."""
    import duckdb

    out = folder.with_name(folder.name + "-unique-bodies")
    if (out / "done").exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for table in folder.iterdir():
        if table.is_dir() and table.name != "messages" and not (out / table.name).exists():
            (out / table.name).symlink_to(table)
    (out / "messages").mkdir(exist_ok=True)
    source = str(folder / "messages" / "*.parquet")
    duckdb.sql(
        "COPY (SELECT * REPLACE (body || ' #' || message_id AS body)"
        f" FROM read_parquet('{source}'))"
        f" TO '{out / 'messages' / 'part-0.parquet'}' (FORMAT parquet)"
    )
    (out / "done").write_text("ok")
    return out


def records(folder: Path) -> int:
    import pyarrow.parquet as pq

    return sum(
        pq.ParquetFile(f).metadata.num_rows
        for name in RECORD_TABLES
        for f in sorted((folder / name).glob("*.parquet"))
    )


# -------------------------------------------------------------------------------- runs


def timed(steps: dict[str, float], name: str, function: Any) -> Any:
    """``function`` adding its wall time to ``steps[name]`` at every call."""

    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            steps[name] = steps.get(name, 0.0) + time.perf_counter() - start

    return run


def time_steps() -> dict[str, float]:
    """Time the steps of ``score`` (the same calls, wrapped): ``features`` includes
    ``messages`` (filtering, classifying and keeping the messages), the part a pandas
    baseline also does; ``signs``, ``evidence`` and ``build`` (verdicts, reasons, ranks
    and objects) are the engine's own."""
    import parting.engine as engine_package
    from parting.engine import evidence, features, triage
    from parting.engine.frames import Frames

    steps: dict[str, float] = {}
    features.collect = timed(steps, "features", features.collect)  # type: ignore[method-assign]
    engine_package.detect = timed(steps, "signs", engine_package.detect)  # type: ignore[attr-defined]
    evidence.collect = timed(steps, "evidence", evidence.collect)  # type: ignore[method-assign]
    triage.build = timed(steps, "build", triage.build)  # type: ignore[method-assign]
    Frames.classified_messages = timed(  # type: ignore[method-assign]
        steps, "messages", Frames.classified_messages
    )
    return steps


def run_engine(folder: Path, engine: str, keyword_text: bool = False) -> dict[str, Any]:
    """Score the Parquet folder; DuckDB reads the files itself (nothing in Python first)."""
    from parting import schema
    from parting.demo import demo_config
    from parting.engine import messages, score

    if keyword_text:
        messages.classifier = lambda: keyword_classify  # type: ignore[assignment]
    steps = time_steps()
    cpu = cpu_seconds()
    start = time.perf_counter()
    if engine == "duckdb":
        import duckdb

        tables: dict[str, Any] = {
            name: duckdb.read_parquet(str(folder / name / "*.parquet")) for name in schema.TABLES
        }
    else:
        import pyarrow.parquet as pq

        tables = {name: pq.read_table(folder / name) for name in schema.TABLES}
    triage = score(tables, demo_config(), as_of=AS_OF, engine=engine)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    verdicts: dict[str, int] = {}
    for v in triage.verdicts:
        verdicts[v.verdict] = verdicts.get(v.verdict, 0) + 1
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "steps": {name: round(value, 2) for name, value in steps.items()},
        "peak_rss_gib": peak_rss_gib(),
        "verdicts": verdicts,
    }


def run_pandas(folder: Path, keyword_text: bool = False) -> dict[str, Any]:
    from benchmarks.engine_pandas import features

    from parting.text.classify import classify

    cpu = cpu_seconds()
    start = time.perf_counter()
    frame = features(folder, AS_OF, keyword_classify if keyword_text else classify)
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": cpu_seconds() - cpu,
        "peak_rss_gib": peak_rss_gib(),
        "clients": len(frame),
    }


def run_text(folder: Path, sample: int) -> dict[str, Any]:
    """The real classifier's time per message on DuckDB, on ``sample`` demo messages."""
    import duckdb

    from parting.text.classify import classify

    rel = duckdb.read_parquet(str(folder / "messages" / "*.parquet")).limit(sample)
    start = time.perf_counter()
    classify(nw.from_native(rel).lazy().with_columns(nw.col("body").fill_null("")), "body").select(
        "is_abusive"
    ).collect()
    seconds = time.perf_counter() - start
    return {"messages": sample, "seconds": seconds, "ms_per_message": 1000 * seconds / sample}


def cpu_seconds() -> float:
    """User + system CPU time of this process: less at the mercy of the shared machine's
    load than the wall time (both cores count, so it can exceed the wall time)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux


def in_fresh_process(step: str, *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.engine", "--step", step, *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpus = os.cpu_count()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    chip = platform.processor() or platform.machine()
    return f"{chip}, {cpus} cores, {mem:.0f} GiB, {platform.platform()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--engine", default="duckdb")
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas baseline")
    parser.add_argument("--text-sample", type=int, default=0, help="time the real classifier")
    parser.add_argument(
        "--keyword-text",
        action="store_true",
        help="STAND-IN keyword classifier instead of parting.text.classify (not the product)",
    )
    parser.add_argument(
        "--unique-bodies", action="store_true", help="make every message body distinct"
    )
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        folder = Path(args.folder)
        result = {
            "data": lambda: {"folder": str(make_data(args.clients))},
            "engine": lambda: run_engine(folder, args.engine, args.keyword_text),
            "pandas": lambda: run_pandas(folder, args.keyword_text),
            "text": lambda: run_text(folder, args.text_sample),
        }[args.step]()
        print(json.dumps(result))
        return
    folder = Path(
        in_fresh_process("data", "--clients", str(args.clients), "--folder", "-")["folder"]
    )
    report: dict[str, Any] = {
        "clients": args.clients,
        "records": records(folder),
        "machine": machine(),
    }
    if args.unique_bodies:
        folder = unique_bodies(folder)
    text = ["--keyword-text"] if args.keyword_text else []
    report["classifier"] = "keyword STAND-IN" if args.keyword_text else "parting.text.classify"
    report["load_before"] = [round(x, 1) for x in os.getloadavg()]
    report[args.engine] = in_fresh_process(
        "engine", "--engine", args.engine, "--folder", str(folder), *text
    )
    report["load_after_engine"] = [round(x, 1) for x in os.getloadavg()]
    if not args.no_pandas:
        report["pandas"] = in_fresh_process("pandas", "--folder", str(folder), *text)
        report["load_after_pandas"] = [round(x, 1) for x in os.getloadavg()]
        pandas_seconds = report["pandas"]["seconds"]
        report["speed-up"] = round(pandas_seconds / report[args.engine]["seconds"], 1)
        # Like for like: the pandas baseline computes the features only (messages included).
        features_seconds = report[args.engine]["steps"]["features"]
        report["speed-up, features only"] = round(pandas_seconds / features_seconds, 1)
    if args.text_sample:
        report["text"] = in_fresh_process(
            "text", "--folder", str(folder), "--text-sample", str(args.text_sample)
        )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
