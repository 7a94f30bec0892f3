"""Each client's verdict month by month: the verdict it would have had at each month end
over the history the data covers, and since when each sign has fired.

One pass over the data, not one triage per month: the messages are classified once for
every month (the classifier is the costliest step), the figures of every client at every
month end come out of one query grouped by (client, month end) (``features.collect`` with
several as-of days), and the signs and the verdict rules then run over all clients at once
for each month end — the same code as ``score``, so a month of the timeline is exactly the
verdict ``score(as_of=that month end)`` gives. The evidence behind each sign, which a timeline does
not show, is not gathered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from parting.config import Config
from parting.engine import features, judgements, triage
from parting.engine.frames import prepare
from parting.engine.signs import Features, detect

EPOCH = date(1970, 1, 1)
MAX_MONTHS = 60
# Where a portfolio's history starts: the earliest dated record of these tables.
DATED = {"time_entries": "date", "invoices": "issued_on", "messages": "sent_at"}


@dataclass(frozen=True)
class Month:
    end: date
    verdict: str
    signs: tuple[str, ...]  # the sign ids that fired at this month end, sorted


@dataclass
class ClientTimeline:
    client_id: str
    name: str
    months: list[Month] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return self.months[-1].verdict if self.months else "keep"

    def since(self) -> date | None:
        """The first month end of the latest unbroken run of the current verdict."""
        if not self.months:
            return None
        start = self.months[-1].end
        for month in reversed(self.months):
            if month.verdict != self.verdict:
                break
            start = month.end
        return start

    def sign_since(self) -> dict[str, date]:
        """For each sign firing now, the first month end of its latest unbroken run."""
        if not self.months:
            return {}
        found: dict[str, date] = {}
        for sign in self.months[-1].signs:
            start = self.months[-1].end
            for month in reversed(self.months):
                if sign not in month.signs:
                    break
                start = month.end
            found[sign] = start
        return dict(sorted(found.items(), key=lambda kv: (kv[1], kv[0])))

    def months_in_verdict(self) -> int:
        """How many month ends in a row, up to the last, carry the current verdict."""
        count = 0
        for month in reversed(self.months):
            if month.verdict != self.verdict:
                break
            count += 1
        return count


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from ``first``'s month to ``last``'s; ``last`` itself
    stands for its own (unfinished) month."""
    ends: list[date] = []
    year, month = first.year, first.month
    while (year, month) < (last.year, last.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        ends.append(following - timedelta(days=1))
        year, month = following.year, following.month
    ends.append(last)
    return ends


def first_day(tables: Mapping[str, Any]) -> date | None:
    """The earliest dated record in Arrow ``tables`` (None when nothing is dated)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found: list[date] = []
    for name, column in DATED.items():
        table = tables.get(name)
        if not isinstance(table, pa.Table) or column not in table.column_names:
            continue
        if table.num_rows == 0:
            continue
        low = pc.min(table[column]).as_py()
        if low is None:
            continue
        found.append(low.date() if hasattr(low, "date") else low)
    return min(found) if found else None


def timelines(
    tables: Mapping[str, Any],
    config: Config | None = None,
    *,
    as_of: date | None = None,
    months: int | None = None,
    engine: str = "duckdb",
) -> list[ClientTimeline]:
    """Every client's verdict at each month end up to ``as_of`` (default today), over the
    last ``months`` months or, without it, from the month of the earliest record (at most
    ``MAX_MONTHS``)."""
    config = config or Config()
    as_of = as_of or date.today()
    start = first_day(tables) or as_of
    ends = month_ends(min(start, as_of), as_of)
    keep = months if months is not None else MAX_MONTHS
    ends = ends[-max(1, keep) :]
    days = [(end - EPOCH).days for end in ends]
    frames = prepare(tables, engine, config.timezone)
    try:
        said = judgements.read(frames)
        table = features.collect(frames, config, days)
    finally:
        frames.release()
    # One row per client and month end. Some signs weigh a client against the portfolio
    # of the same day (a median rate, a share of the hours, a fitted purchase model), so
    # the detectors run over all clients at once, one month end at a time.
    at = table[features.AS_OF].to_numpy()
    every = Features.from_arrow(table.drop_columns([features.AS_OF]), days[-1])
    out: dict[str, ClientTimeline] = {}
    for end, day in zip(ends, days, strict=True):
        rows = np.flatnonzero(at == day)
        feats = Features({k: v[rows] for k, v in every.columns.items()}, day)
        decided = triage.verdicts_only(feats, detect(feats, config), said, config)
        for client, name, (verdict, signs) in zip(
            feats["client_id"], feats["name"], decided, strict=True
        ):
            line = out.get(client)
            if line is None:
                line = out[client] = ClientTimeline(client, name or client)
            line.months.append(Month(end, verdict, signs))
    return sorted(out.values(), key=lambda t: t.client_id)
