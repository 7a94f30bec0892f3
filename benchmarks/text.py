"""How fast ``parting.text.classify`` reads messages, on Polars and on DuckDB.

Run from the repository root: ``python -m benchmarks.text [--messages N]``.

The messages are the shipped labelled business sets and the Slovenian abuse set
(four languages), joined two or three at a time so that a message is a few sentences
long, like an e-mail; N of them are drawn with a fixed seed. The baseline, timed in the
same process, is the pure-Python reading of one message at a time (``flags_of``, what
``explain`` does) on a sample, so the ratio says what vectorising bought.
"""

from __future__ import annotations

import argparse
import random
import time

import duckdb
import narwhals as nw
import polars as pl

from parting.text import datasets
from parting.text.classify import CLASSES, classify, flags_of

SEED = 7
BASELINE_SAMPLE = 2_000
# The machine is shared: the best of a few runs is the least disturbed one.
REPEATS = 3


def messages(count: int) -> list[str]:
    """``count`` e-mail-sized messages in four languages, the same for every run."""
    sentences = [e.text for language in ("en", "fr", "vi", "sl")
                 for e in datasets.own(f"business_{language}.csv")]  # fmt: skip
    sentences += [e.text for e in datasets.own("abuse_sl.csv")]
    rng = random.Random(SEED)
    return [" ".join(rng.sample(sentences, rng.choice((2, 3)))) for _ in range(count)]


def time_polars(bodies: list[str]) -> float:
    frame = nw.from_native(pl.DataFrame({"body": bodies}))
    start = time.perf_counter()
    out = classify(frame).select(CLASSES).to_native()
    assert out.height == len(bodies)
    return time.perf_counter() - start


def time_polars_lazy(bodies: list[str]) -> float:
    frame = nw.from_native(pl.DataFrame({"body": bodies}).lazy())
    start = time.perf_counter()
    out = classify(frame).select(CLASSES).to_native().collect()
    assert out.height == len(bodies)
    return time.perf_counter() - start


def time_duckdb(bodies: list[str]) -> float:
    connection = duckdb.connect()
    relation = connection.from_arrow(pl.DataFrame({"body": bodies}).to_arrow())
    start = time.perf_counter()
    out = classify(nw.from_native(relation)).select(CLASSES).to_native().to_arrow_table()
    assert out.num_rows == len(bodies)
    return time.perf_counter() - start


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
    print(f"baseline, Python one message at a time: {baseline:,.0f} messages/s")
    engines = (("polars", time_polars), ("polars-lazy", time_polars_lazy), ("duckdb", time_duckdb))
    for name, timer in engines:
        timer(bodies[:1_000])  # warm up
        rates = sorted(count / timer(bodies) for _ in range(REPEATS))
        best, median = rates[-1], rates[len(rates) // 2]
        print(
            f"{name:11} best {best:>8,.0f} messages/s, median {median:>8,.0f}"
            f"  ({best / baseline:.0f}x baseline)"
        )


if __name__ == "__main__":
    main()
