"""How fast ``parting.text.classify`` reads messages, on Polars and on DuckDB.

Run from the repository root: ``python -m benchmarks.text [--messages N]``.

The messages are the shipped labelled business sets and the Slovenian abuse set
(four languages), joined two or three at a time (one per line) so that a message is a few
sentences long, like an e-mail; N of them are drawn with a fixed seed. The baseline, timed in the
same process, is the pure-Python reading of one message at a time (``flags_of``, what
``explain`` does) on a sample, so the ratio says what vectorising bought.

The machine is shared, so each line also gives the CPU seconds of the median run (summed
over threads: less disturbed by other jobs than wall time) and the load average. The
``duckdb`` line hands DuckDB the messages in Arrow batches of 8,192 rows, the way they
reach it in Parting (``read_folder`` reads CSV with pyarrow, which yields batches of a few
thousand rows; Parquet is read in row groups), and DuckDB scans them on every core. The
``duckdb-one-batch`` line hands it a single Arrow batch, which DuckDB scans on one thread:
the figure earlier pages reported, kept for comparison.

The ``polars+model`` line (only with the ``model`` extra) runs the classifier Parting
uses with the model's second opinions: on messages about groups (``parting.text.veto``:
each distinct body that names a group is embedded) and on business flags
(``parting.text.calm``: each distinct sentence of a flagged message, in the languages
and classes where the veto applies). Vectors are kept in a cache (a temporary folder
here), so the first run of a portfolio pays for the embeddings and the timed runs read
them back; the line says how many texts were embedded, and how long that first run took.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import narwhals as nw
import polars as pl
import pyarrow as pa

from parting.text import datasets
from parting.text.classify import CLASSES, classify, flags_of

SEED = 7
BASELINE_SAMPLE = 2_000
# The machine is shared: the best of a few runs is the least disturbed one.
REPEATS = 3
BATCH_ROWS = 8_192


def messages(count: int) -> list[str]:
    """``count`` e-mail-sized messages in four languages, the same for every run."""
    sentences = [e.text for language in ("en", "fr", "vi", "sl")
                 for e in datasets.own(f"business_{language}.csv")]  # fmt: skip
    sentences += [e.text for e in datasets.own("abuse_sl.csv")]
    rng = random.Random(SEED)
    # One line per message joined, as an e-mail's paragraphs: the model's veto reads a
    # flagged message sentence by sentence, and a line break ends a sentence even where
    # the client wrote no full stop (joined by spaces, every body is new to the model:
    # 31,000 pieces to embed in the first run instead of the 1,323 sentences of the sets).
    return ["\n".join(rng.sample(sentences, rng.choice((2, 3)))) for _ in range(count)]


# Wall and CPU seconds of one run.
Timing = tuple[float, float]


def time_polars(bodies: list[str]) -> Timing:
    frame = nw.from_native(pl.DataFrame({"body": bodies}))
    start, cpu = time.perf_counter(), time.process_time()
    out = classify(frame).select(CLASSES).to_native()
    assert out.height == len(bodies)
    return time.perf_counter() - start, time.process_time() - cpu


def time_polars_lazy(bodies: list[str]) -> Timing:
    frame = nw.from_native(pl.DataFrame({"body": bodies}).lazy())
    start, cpu = time.perf_counter(), time.process_time()
    out = classify(frame).select(CLASSES).to_native().collect()
    assert out.height == len(bodies)
    return time.perf_counter() - start, time.process_time() - cpu


def time_duckdb_one_batch(bodies: list[str]) -> Timing:
    return _time_duckdb(bodies, pl.DataFrame({"body": bodies}).to_arrow())


def time_duckdb(bodies: list[str]) -> Timing:
    table = pl.DataFrame({"body": bodies}).to_arrow()
    return _time_duckdb(bodies, pa.Table.from_batches(table.to_batches(max_chunksize=BATCH_ROWS)))


def _time_duckdb(bodies: list[str], table: pa.Table) -> Timing:
    relation = duckdb.connect().from_arrow(table)
    start, cpu = time.perf_counter(), time.process_time()
    out = classify(nw.from_native(relation)).select(CLASSES).to_native().to_arrow_table()
    assert out.num_rows == len(bodies)
    return time.perf_counter() - start, time.process_time() - cpu


def time_polars_model(bodies: list[str]) -> Timing:
    from parting.engine.messages import classifier

    frame = nw.from_native(pl.DataFrame({"body": bodies, "language": [""] * len(bodies)}))
    start, cpu = time.perf_counter(), time.process_time()
    out = classifier()(frame.lazy(), body="body", language="language").select(CLASSES)
    assert out.collect().to_native().height == len(bodies)
    return time.perf_counter() - start, time.process_time() - cpu


def time_python(bodies: list[str]) -> float:
    start = time.perf_counter()
    for body in bodies:
        flags_of(body)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    count = parser.parse_args().messages
    bodies = messages(count)
    mean_length = sum(map(len, bodies)) / len(bodies)
    flags_of("warm up: compile the patterns once")
    baseline = BASELINE_SAMPLE / time_python(bodies[:BASELINE_SAMPLE])
    print(f"{count} messages, {mean_length:.0f} characters on average")
    print(f"baseline, Python one message at a time: {baseline:,.0f} messages/s (load {_load()})")
    engines: tuple[tuple[str, Callable[[list[str]], Timing]], ...] = (
        ("polars", time_polars),
        ("polars-lazy", time_polars_lazy),
        ("duckdb", time_duckdb),
        ("duckdb-one-batch", time_duckdb_one_batch),
    )
    from parting.text import embed, veto

    if veto.name() != "patterns":
        cache = Path(tempfile.mkdtemp(prefix="parting-bench-"))
        embed.use_cache_dir(cache)
        first, _ = time_polars_model(bodies)  # the first reading embeds each text once
        stored = embed.Embedder(cache).stored()
        print(
            f"model: {stored} distinct texts (bodies about a group, sentences of flagged"
            f" messages) embedded and cached in a first run of {first:.0f} s (load {_load()})"
        )
        engines += (("polars+model", time_polars_model),)
    for name, timer in engines:
        timer(bodies[:1_000])  # warm up
        runs = sorted(timer(bodies) for _ in range(REPEATS))
        (best, _), (median, cpu) = runs[0], runs[len(runs) // 2]
        print(
            f"{name:16} best {count / best:>8,.0f} messages/s, median {count / median:>8,.0f}"
            f"  ({count / best / baseline:.0f}x baseline; median run {cpu:.2f} s CPU;"
            f" load {_load()})"
        )


def _load() -> str:
    """The 1-minute load average: how busy the shared machine was."""
    with open("/proc/loadavg") as averages:
        return averages.read().split()[0]


if __name__ == "__main__":
    main()
