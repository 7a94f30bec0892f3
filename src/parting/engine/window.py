"""The scoring window and the conditional aggregates every sign's aggregations are made of.

Every date is an integer day number (see ``backends``); a conditional aggregate is a
``when/then`` sum, min or max, so all the signs reading one table are computed in one
``group_by`` over it, on every engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import narwhals as nw

from parting.config import Config
from parting.engine.backends import join
from parting.engine.frames import Frames

LF = nw.LazyFrame[Any]
AS_OF = "as_of"
# The first day of a repair under review (see ``remediation_days``), a column per client.
REVIEW_START = "review_start"


@dataclass(frozen=True)
class Window:
    """The scoring day ``as_of`` (an integer day number) and window helpers; or, for
    several as-of days, the column ``as_of`` of each record's copy for each day in
    ``days`` (a frame of one column, one row per day).

    With ``since`` (a column: ``REVIEW_START``), a client whose repair is under review has
    its windows start at the repair: they read only the days after it began, so the review
    judges the client on what happened since. The day a sign's evidence starts is still
    read over the ``usual`` window: it tells a sign that was there before the repair from
    a new one."""

    as_of: Any  # int, or nw.col(AS_OF) over several days
    days: LF | None = None
    span: tuple[int, int] = (0, 0)  # the first and last of several days
    since: str | None = None
    # Each client's last remediation and ``REVIEW_START`` (``remediation_days``), built
    # once per feature pass for every table that reads them.
    review: LF | None = None

    @property
    def usual(self) -> Window:
        """The same scoring days with the usual windows, a repair's start ignored."""
        return Window(self.as_of, self.days, self.span)

    @property
    def keys(self) -> list[str]:
        """What the figures are grouped by: the client, and the as-of day if several."""
        return ["client_id"] if self.days is None else ["client_id", AS_OF]

    def rows(self, frame: LF) -> LF:
        """``frame``'s records, each once per as-of day."""
        return frame if self.days is None else join(frame, self.days, [], "cross")

    def earlier(self, days: int) -> Window:
        return Window(self.as_of - int(days), self.days, self.span)

    def within(self, column: str, days: int) -> nw.Expr:
        day = nw.col(column)
        inside = (day > self.as_of - int(days)) & (day <= self.as_of)
        if self.since is None:
            return inside
        start = nw.col(self.since)
        return inside & (start.is_null() | (day > start))


def remediation_days(frames: Frames, config: Config, w: Window) -> LF:
    """The last logged remediation (repair) of each client up to the scoring day, and
    ``REVIEW_START``: that same day once the repair has reached its review date
    (``verdict.repair_review_days`` after it began), else null. From then on the client's
    windows start at the repair (``Window``): the review judges what happened since."""
    done = (nw.col("kind") == "remediation") & (nw.col("day") <= w.as_of)
    last = nw.col("last_remediation_day")
    reviewed = last <= w.as_of - int(config.settings.verdict.repair_review_days)
    return (
        w.rows(frames["incidents"])
        .filter(done)
        .group_by(*w.keys)
        .agg(nw.col("day").max().alias("last_remediation_day"))
        .with_columns(nw.when(reviewed).then(last).alias(REVIEW_START))
    )


def with_review(table: LF, frames: Frames, config: Config, w: Window) -> LF:
    """``table`` (one row per record and as-of day) with the client's ``REVIEW_START``
    (from ``remediation_days``) as of that day."""
    review = w.review if w.review is not None else remediation_days(frames, config, w)
    return join(table, review.select(*w.keys, REVIEW_START), w.keys, "left")


def count(condition: nw.Expr) -> nw.Expr:
    return nw.when(condition).then(nw.lit(1)).otherwise(nw.lit(0)).sum()


def total(condition: nw.Expr, value: nw.Expr) -> nw.Expr:
    return nw.when(condition).then(value).otherwise(nw.lit(0.0)).sum()


def earliest(condition: nw.Expr, column: str) -> nw.Expr:
    return nw.when(condition).then(nw.col(column)).min()


def latest(condition: nw.Expr, column: str) -> nw.Expr:
    return nw.when(condition).then(nw.col(column)).max()
