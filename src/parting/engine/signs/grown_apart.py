"""``grown_apart``: the client's work is mostly in service lines being wound down, a
person rated their strategic fit low, or their revenue is outside the target segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations,
    EvidenceRules,
    Features,
    Finding,
    SignSpec,
    at_least,
    at_most,
    ratio,
    strongest,
    threshold,
    window_days,
)
from parting.engine.window import Window, total
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("grown_apart")


def _winding(config: Config) -> nw.Expr:
    lines = [str(s) for s in config.settings.business.winding_down_service_lines]
    return nw.col("service_line").is_in(lines)


def aggregations(config: Config, w: Window) -> Aggregations:
    in_w = w.within("day", config.settings.drain.window_days)  # the hours' window
    hours = nw.col("hours").fill_null(0.0)
    return {"time_entries": {"winding_hours": total(in_w & _winding(config), hours)}}


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {"projects": _winding(config)}


def detect(f: Features, config: Config) -> Finding:
    cfg, business = config.settings.grown_apart, config.settings.business
    winding_share = ratio(f.num("winding_hours"), f.num("hours"))
    winding = at_least(winding_share, float(cfg.winding_down_share))
    declared = at_most(f["strategic_fit"], float(cfg.max_strategic_fit))
    declared = (declared[0], np.where(declared[0], np.inf, -np.inf))  # a person said so
    low, high = (float(v) for v in business.target_segment_revenue)
    yearly = f.num("revenue") * 365.0 / window_days(f, config.settings.unprofitable.window_days)
    outgrew = at_least(yearly, high) if high > 0 else _never(f.size)
    below = at_most(yearly, low) if low > 0 else _never(f.size)
    below = (below[0] & (yearly > 0) & (yearly < low), below[1])
    fired, strength, deciding = strongest(
        ("winding_down_share", winding),
        ("strategic_fit", declared),
        ("yearly_revenue", outgrew),
        ("yearly_revenue", below),
    )
    return Finding(
        ID,
        fired,
        strength,
        np.where(winding[0], f["first_work_day"], np.nan),
        deciding=deciding,
        figures={
            "winding_down_share": winding_share,
            "winding_down_share_threshold": threshold(f.size, cfg.winding_down_share),
            "strategic_fit": f["strategic_fit"],
            "strategic_fit_threshold": threshold(f.size, cfg.max_strategic_fit),
            "yearly_revenue": yearly,
            # The edge of the target segment that was crossed: above it, or below it.
            "yearly_revenue_threshold": np.where(below[0], low or np.nan, high or np.nan),
        },
    )


def _never(size: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(size, dtype=bool), np.full(size, -np.inf)


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if deciding == "winding_down_share":
        return _("{share} of their work is in service lines we are winding down").format(
            share=f.share(g["winding_down_share"])
        )
    if deciding == "strategic_fit" and g.get("strategic_fit") is not None:
        return _("Their strategic fit is rated {fit} out of 5").format(
            fit=f.number(g["strategic_fit"], 1)
        )
    return _("Their yearly revenue of {amount} is outside our target segment").format(
        amount=f.money(g.get("yearly_revenue"))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Grown apart"),
    severity="planned",
    rank=100,
    detect=detect,
    reason=reason,
    move="open_ended",
    letter_facts=("winding_down", "focus", "since"),
    aggregations=aggregations,
    evidence=evidence,
    figures=(
        Figure("winding_down_share", gettext_noop("Share of work in lines winding down"), "share"),
        Figure("strategic_fit", gettext_noop("Strategic fit (0–5)"), "score", 1),
        Figure("yearly_revenue", gettext_noop("Yearly revenue"), "money"),
    ),
)
