"""What makes a cue pattern heavy for an engine's regex automaton: each long pattern the
classifier reads, cut into parts at several limits, each part timed alone over the view
it is read on (the benchmark messages of ``benchmarks.text``), with the measures of the
part that might predict its cost: characters, alternatives, character classes, counted
repeats, and the word gaps (``classify.pattern_gaps``) by which ``classify`` cuts
patterns.

Run from the repository root: ``python -m benchmarks.text_parts [--messages N] [--limits
4000,8000] [--gaps 64] [--kinds COMPLAINT] [--engine duckdb]``: Polars's engine by default,
or DuckDB's (RE2), each pass a query over the views held in a DuckDB table. Prints, per
pattern and limit, the processor seconds of all its parts, then one line per part. Ratios
only (the machine is shared): a part that has left the fast automaton costs several times
what a like part costs.
"""

from __future__ import annotations

import argparse
import importlib
import re
import time
from collections.abc import Callable

import duckdb
import narwhals as nw
import polars as pl
from benchmarks.text import messages

from parting.text.lexicon import (
    LANGUAGES,
    SCOPED_KINDS,
    accented_pattern_in,
    folded_pattern_in,
)

# The module (``parting.text`` names its function ``classify`` too).
c = importlib.import_module("parting.text.classify")
REPEATS = 3


def views(bodies: list[str]) -> pl.DataFrame:
    """The views the classifier reads, one column each (per language: null elsewhere)."""
    frame = nw.from_native(pl.DataFrame({"body": bodies}))
    text = nw.col("body").cast(nw.String)
    out = c._with_language(c._with_views(frame, text), None)
    return out.to_native()


# One pass of a pattern over a view: ``pass_(view, pattern)``.
Pass = Callable[[str, str], object]


def polars_pass(frame: pl.DataFrame) -> Pass:
    return lambda view, pattern: frame[view].str.contains(pattern)


def duckdb_pass(frame: pl.DataFrame) -> Pass:
    """A pass as DuckDB reads it (``regexp_matches``, the pattern a constant compiled once)."""
    connection = duckdb.connect()
    connection.register("views", frame.to_arrow())

    def one(view: str, pattern: str) -> object:
        quoted = pattern.replace("'", "''")
        query = f"select count(*) from views where regexp_matches(\"{view}\", '{quoted}')"
        return connection.execute(query).fetchone()

    return one


def seconds(pass_: Pass, view: str, pattern: str) -> float:
    """Processor seconds of one pass of ``pattern`` over ``view`` (best of a few)."""
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        pass_(view, pattern)
        best = min(best, time.process_time() - start)
    return best


def measures(pattern: str) -> str:
    classes = len(re.findall(r"(?<!\\)\[", pattern))
    counted = len(re.findall(r"(?<!\\)\{\d*,?\d*\}", pattern))
    bars = pattern.count("|")
    return (
        f"{len(pattern):>6} chars {bars:>5} bars {classes:>4} classes {counted:>4} counted"
        f" {c.pattern_gaps(pattern):>5} gaps"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=40_000)
    parser.add_argument("--limits", default="4000,6000,8000,12000,100000000")
    parser.add_argument("--kinds", default="")
    parser.add_argument("--gaps", type=int, default=None, help="cut by word gaps too")
    parser.add_argument("--engine", choices=("polars", "duckdb"), default="polars")
    args = parser.parse_args()
    frame = views(messages(args.messages))
    pass_ = (duckdb_pass if args.engine == "duckdb" else polars_pass)(frame)
    limits = [int(limit) for limit in args.limits.split(",")]
    kinds = args.kinds.split(",") if args.kinds else SCOPED_KINDS
    for kind in kinds:
        for code in LANGUAGES:
            for view, pattern_in in (
                (c._FOLDED, folded_pattern_in),
                (c._ACCENTED, accented_pattern_in),
            ):
                pattern = pattern_in(kind, code)
                if pattern is None or len(pattern) < 3_000:
                    continue
                column = c._scoped(view, code)
                for limit in limits:
                    parts = c.pattern_parts(pattern, limit, args.gaps)
                    spent = [seconds(pass_, column, part) for part in parts]
                    print(
                        f"{kind:16} {code} {view[-8:]:8} limit {limit:>9}: {len(parts)} parts"
                        f" {sum(spent):.3f} s"
                    )
                    for part, one in zip(parts, spent, strict=True):
                        print(f"    {measures(part)} {one * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
