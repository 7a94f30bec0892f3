"""One metric code path: DuckDB, Polars and PySpark give the same triage, figure for
figure and record for record, on the demo portfolio and on a portfolio with every sign."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from parting.engine import Triage, score

from .portfolio import Portfolio

AS_OF = date(2026, 6, 30)


def every_sign() -> Portfolio:
    p = Portfolio()
    p.regular("drain", hours=5.0)
    for month in range(12):
        p.hours("drain", 16 + 30 * month, 5.0, kind="rework")
    p.regular("abuse")
    for day in p.weekdays(3, first=4):
        p.message("abuse", day, "You idiot")
    p.regular("ethics").incident("ethics", 10, "ethics")
    p.regular("payer")
    p.invoice("payer", 130, 700.0)
    p.regular("night")
    for n, day in enumerate(p.weekdays(30)):
        p.message("night", day, "urgent!" if n % 3 else "hi", hour=21 if n % 2 else 9)
    p.regular("moaner")
    for day in p.weekdays(14, first=2):
        p.message("moaner", day, "Unhappy, another typo")
    p.regular("critic").incident("critic", 30, "public_criticism")
    p.regular("quiet", hours=0.0, start=300)
    p.regular("old", since_ago=2000, referral=False)
    p.regular("cheap", revenue=300.0)
    p.regular("creep").project("x", "creep", budget_hours=10.0)
    for day in (5, 9, 14, 20):
        p.hours("creep", day, 6.0, kind="revision", project_id="x")
    p.regular("review")
    p.message("review", 3, "Could you backdate it?")
    return p


def comparable(triage: Triage) -> tuple[list[dict[str, Any]], dict[str, tuple[float, ...]]]:
    metrics = {
        k: tuple(round(float(x or 0), 6) for x in (m.revenue, m.hours, m.cost, m.margin))
        for k, m in triage.metrics.items()
    }
    return triage.to_json(), metrics


@pytest.fixture(scope="module")
def demo_tables() -> Any:
    demo = pytest.importorskip("parting.demo")
    return demo.generate(60, 7, AS_OF), demo.demo_config()


@pytest.fixture(scope="module")
def demo_on_duckdb(demo_tables: Any) -> Triage:
    tables, config = demo_tables
    return score(tables, config, as_of=AS_OF, engine="duckdb")


@pytest.mark.real_text
@pytest.mark.parametrize("other", ["polars", pytest.param("spark", marks=pytest.mark.spark)])
def test_engines_agree_on_the_demo_portfolio(
    other: str, demo_tables: Any, demo_on_duckdb: Triage, request: pytest.FixtureRequest
) -> None:
    if other == "spark":
        request.getfixturevalue("spark_session")
    tables, config = demo_tables
    result = score(tables, config, as_of=AS_OF, engine=other)
    assert comparable(result) == comparable(demo_on_duckdb)
    assert {v.verdict for v in result.verdicts} >= {"keep", "part_ways", "part_ways_now"}


def test_engines_agree_on_every_sign(engine: str) -> None:
    p = every_sign()
    reference = score(p.tables(), as_of=p.as_of, engine="duckdb")
    fired = {s.id for v in reference.verdicts for s in v.signs}
    assert fired == {
        "drain",
        "abuse",
        "unethical",
        "payment_risk",
        "complainer",
        "boundaries",
        "unpleasable",
        "no_potential",
        "no_referrals",
        "unprofitable",
        "scope_creep",
    }
    result = score(p.tables(), as_of=p.as_of, engine=engine)
    assert comparable(result) == comparable(reference)


def test_native_frames_choose_their_engine() -> None:
    import polars as pl

    p = every_sign()
    native = {name: pl.from_arrow(t) for name, t in p.tables().items()}
    from_polars = score(native, as_of=p.as_of, engine="duckdb")
    assert comparable(from_polars) == comparable(score(p.tables(), as_of=p.as_of))


def test_native_frames_may_leave_out_optional_columns() -> None:
    import duckdb

    p = every_sign()
    tables = p.tables()
    slim = {n: duckdb.from_arrow(t) for n, t in tables.items()}
    slim["clients"] = duckdb.from_arrow(tables["clients"].select(["client_id", "name", "since"]))
    result = score(slim, as_of=p.as_of)
    assert len(result.verdicts) == tables["clients"].num_rows


def test_eager_frames_of_other_libraries_are_read_as_arrow() -> None:
    pandas = pytest.importorskip("pandas")
    p = every_sign()
    tables = {name: t.to_pandas() for name, t in p.tables().items() if t.num_rows}
    assert isinstance(tables["clients"], pandas.DataFrame)
    result = score(tables, as_of=p.as_of, engine="polars")
    assert comparable(result) == comparable(score(p.tables(), as_of=p.as_of, engine="polars"))
