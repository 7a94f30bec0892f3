"""Signs about the work a client takes: ``drain`` and ``scope_creep``."""

from __future__ import annotations

import numpy as np

from parting.config import Config
from parting.engine.signs.base import (
    Features,
    Finding,
    at_least,
    at_most,
    first_of,
    pro_rata,
    ratio,
    strongest,
    threshold,
    window_days,
)


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


def drain(f: Features, config: Config) -> Finding:
    cfg = config["drain"]
    hours, revenue = f.num("hours"), f.num("revenue")
    effort, money = effort_shares(f)
    with np.errstate(divide="ignore", invalid="ignore"):
        pull = np.where(money > 0, effort / np.where(money > 0, money, 1), np.inf)
    pull = np.where(effort > 0, pull, np.nan)
    enough = hours >= pro_rata(f, cfg["min_hours"], cfg["window_days"], count=False)
    # Ranked by their pace over the whole window: a repair's review covers fewer days.
    pace = hours * float(cfg["window_days"]) / window_days(f, cfg["window_days"])
    pareto = at_least(pull, float(cfg["effort_to_revenue_ratio"]))
    pareto = (
        pareto[0] & enough & in_top_by_hours(pace, float(cfg["top_effort_share"])),
        pareto[1],
    )
    rate = ratio(revenue, hours)
    worked_rates = rate[hours > 0]
    median = float(np.nanmedian(worked_rates)) if np.isfinite(worked_rates).any() else np.nan
    floor = float(cfg["min_rate_vs_median"]) * median if np.isfinite(median) else -np.inf
    cheap = at_most(np.where(hours > 0, rate, np.nan), floor)
    cheap = (cheap[0] & enough, cheap[1])
    rework = at_least(ratio(f.num("rework_hours"), hours), float(cfg["rework_share"]))
    rework = (rework[0] & enough, rework[1])
    fired, strength, deciding = strongest(
        ("effort_to_revenue", pareto), ("effective_rate", cheap), ("rework_share", rework)
    )
    return Finding(
        "drain",
        fired,
        strength,
        f["first_work_day"],
        deciding=deciding,
        figures={
            "hours": hours,
            "effort_share": effort,
            "revenue_share": money,
            "effort_to_revenue": pull,
            "effort_to_revenue_threshold": threshold(f.size, cfg["effort_to_revenue_ratio"]),
            "effective_rate": rate,
            "effective_rate_threshold": threshold(f.size, floor),
            "median_rate": threshold(f.size, median),
            "rework_share": ratio(f.num("rework_hours"), hours),
            "rework_share_threshold": threshold(f.size, cfg["rework_share"]),
        },
    )


def scope_creep(f: Features, config: Config) -> Finding:
    cfg = config["scope_creep"]
    rounds = at_least(f.num("revision_rounds"), float(cfg["revision_rounds"]))
    budget = f.num("budget_hours")
    beyond = ratio(f.num("budgeted_project_hours") - budget, budget)
    over = at_least(beyond, float(cfg["over_estimate"]))
    changes_n = f.num("change_requests") + f.num("scope_disputes")
    min_changes = pro_rata(f, cfg["min_change_requests"], cfg["window_days"])
    changes = at_least(changes_n, min_changes)
    fired, strength, deciding = strongest(
        ("revision_rounds", rounds), ("hours_beyond_budget", over), ("change_requests", changes)
    )
    return Finding(
        "scope_creep",
        fired,
        strength,
        first_of(f["first_revision_day"], f["first_change_day"]),
        deciding=deciding,
        figures={
            "revision_rounds": f.num("revision_rounds"),
            "revision_rounds_threshold": threshold(f.size, cfg["revision_rounds"]),
            "hours_beyond_budget": beyond,
            "hours_beyond_budget_threshold": threshold(f.size, cfg["over_estimate"]),
            "budget_hours": budget,
            "change_requests": changes_n,
            "change_requests_threshold": min_changes,
        },
    )
