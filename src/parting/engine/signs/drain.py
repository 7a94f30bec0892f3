"""``drain``: the client takes far more of the team than they bring — a large share of the
hours for a small share of the revenue, a rate far under the portfolio's, or much rework."""

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
    pro_rata,
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

ID = SignId("drain")

REWORK_KINDS = ("rework", "revision")


def aggregations(config: Config, w: Window) -> Aggregations:
    in_w = w.within("day", config.settings.drain.window_days)
    rework = in_w & nw.col("kind").is_in(REWORK_KINDS)
    return {"time_entries": {"rework_hours": total(rework, nw.col("hours").fill_null(0.0))}}


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {"time_entries": w.within("day", config.settings.drain.window_days)}


def effort_shares(f: Features) -> tuple[np.ndarray, np.ndarray]:
    """Each client's share of the portfolio's hours and of its revenue."""
    hours, revenue = f.num("hours"), f.num("revenue")
    h_total, r_total = hours.sum(), revenue.sum()
    effort = hours / h_total if h_total > 0 else np.zeros_like(hours)
    money = revenue / r_total if r_total > 0 else np.zeros_like(revenue)
    return effort, money


def in_top_by_hours(hours: np.ndarray, share: float) -> np.ndarray:
    """Among the top ``share`` of working clients by hours (ties count as the same place)."""
    worked = np.sort(hours[hours > 0])
    ahead = len(worked) - np.searchsorted(worked, hours, side="right")
    return (hours > 0) & (ahead < np.ceil(share * len(worked)))


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.drain
    hours, revenue = f.num("hours"), f.num("revenue")
    effort, money = effort_shares(f)
    with np.errstate(divide="ignore", invalid="ignore"):
        pull = np.where(money > 0, effort / np.where(money > 0, money, 1), np.inf)
    pull = np.where(effort > 0, pull, np.nan)
    enough = hours >= pro_rata(f, cfg.min_hours, cfg.window_days, count=False)
    # Ranked by their pace over the whole window: a repair's review covers fewer days.
    pace = hours * float(cfg.window_days) / window_days(f, cfg.window_days)
    pareto = at_least(pull, float(cfg.effort_to_revenue_ratio))
    pareto = (
        pareto[0] & enough & in_top_by_hours(pace, float(cfg.top_effort_share)),
        pareto[1],
    )
    rate = ratio(revenue, hours)
    worked_rates = rate[hours > 0]
    median = float(np.nanmedian(worked_rates)) if np.isfinite(worked_rates).any() else np.nan
    floor = float(cfg.min_rate_vs_median) * median if np.isfinite(median) else -np.inf
    cheap = at_most(np.where(hours > 0, rate, np.nan), floor)
    cheap = (cheap[0] & enough, cheap[1])
    rework = at_least(ratio(f.num("rework_hours"), hours), float(cfg.rework_share))
    rework = (rework[0] & enough, rework[1])
    fired, strength, deciding = strongest(
        ("effort_to_revenue", pareto), ("effective_rate", cheap), ("rework_share", rework)
    )
    return Finding(
        ID,
        fired,
        strength,
        f["first_work_day"],
        deciding=deciding,
        figures={
            "hours": hours,
            "effort_share": effort,
            "revenue_share": money,
            "effort_to_revenue": pull,
            "effort_to_revenue_threshold": threshold(f.size, cfg.effort_to_revenue_ratio),
            "effective_rate": rate,
            "effective_rate_threshold": threshold(f.size, floor),
            "median_rate": threshold(f.size, median),
            "rework_share": ratio(f.num("rework_hours"), hours),
            "rework_share_threshold": threshold(f.size, cfg.rework_share),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if deciding == "rework_share":
        return _("{share} of the hours spent on them went to rework and revisions").format(
            share=f.share(g["rework_share"])
        )
    if deciding == "effective_rate":
        return _("They pay {rate} an hour, under half the usual {median}").format(
            rate=f.money(g.get("effective_rate")), median=f.money(g.get("median_rate"))
        )
    return _("They take {effort} of staff hours but bring {revenue} of revenue").format(
        effort=f.share(g["effort_share"]), revenue=f.share(g["revenue_share"])
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Drains the team"),
    severity="planned",
    rank=50,
    detect=detect,
    reason=reason,
    move="not_you_its_us",
    letter_facts=("rework", "over_budget", "hours"),
    aggregations=aggregations,
    evidence=evidence,
    figures=(
        Figure("effort_to_revenue", gettext_noop("Effort ÷ revenue share"), "ratio", 2),
        Figure("median_rate", gettext_noop("Portfolio median rate"), "money"),
        Figure("rework_share", gettext_noop("Rework and revision share"), "share"),
    ),
    fix=gettext_noop(
        "agree the brief and a number of revision rounds before work starts, and bill rework "
        "beyond them"
    ),
    effort=gettext_noop("a short kick-off call for each new deliverable to settle the brief"),
)
