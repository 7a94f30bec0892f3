"""Each verdict's timeline: the verdict at every month end is the one a triage as of that
day gives, and the summary says since when the verdict and each sign have held."""

from __future__ import annotations

from datetime import date

from parting.demo import demo_config, generate
from parting.engine import score
from parting.engine.timeline import ClientTimeline, Month, month_ends, timelines

AS_OF = date(2026, 6, 30)


def test_month_ends_run_from_the_first_month_to_the_day_asked() -> None:
    assert month_ends(date(2025, 11, 14), date(2026, 2, 10)) == [
        date(2025, 11, 30),
        date(2025, 12, 31),
        date(2026, 1, 31),
        date(2026, 2, 10),
    ]


def test_every_month_is_the_verdict_a_triage_as_of_that_day_gives(engine: str) -> None:
    # A year: long enough that the portfolio of the first month end differs from the
    # last (a median rate or a fitted purchase model is of each day's portfolio).
    tables = generate(clients=40, seed=11, as_of=AS_OF)
    config = demo_config()
    lines = timelines(tables, config, as_of=AS_OF, months=12, engine=engine)
    assert len(lines) == 40
    ends = [m.end for m in lines[0].months]
    assert ends == [*month_ends(date(2025, 7, 1), date(2026, 5, 31)), AS_OF]
    for end in ends:
        triage = score(tables, config, as_of=end, engine=engine)
        expected = {
            v.client_id: (v.verdict, tuple(sorted(s.id for s in v.signs))) for v in triage.verdicts
        }
        for line in lines:
            month = next(m for m in line.months if m.end == end)
            assert (month.verdict, month.signs) == expected[line.client_id], (line.client_id, end)
    assert any(line.verdict != "keep" for line in lines)


def test_since_reads_the_latest_unbroken_run_of_the_verdict_and_of_each_sign() -> None:
    line = ClientTimeline(
        "acme",
        "Acme",
        [
            Month(date(2025, 12, 31), "part_ways", ("payment_risk",)),
            Month(date(2026, 1, 31), "watch", ("payment_risk",)),
            Month(date(2026, 2, 28), "repair", ("payment_risk", "scope_creep")),
            Month(date(2026, 3, 31), "part_ways", ("drain", "payment_risk")),
            Month(date(2026, 4, 30), "part_ways", ("drain", "payment_risk")),
        ],
    )
    assert line.verdict == "part_ways"
    assert line.since() == date(2026, 3, 31)
    assert line.months_in_verdict() == 2
    assert line.sign_since() == {"payment_risk": date(2025, 12, 31), "drain": date(2026, 3, 31)}
