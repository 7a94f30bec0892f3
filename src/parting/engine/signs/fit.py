"""Signs about fit: ``grown_apart``, ``off_mission`` and ``no_referrals``."""

from __future__ import annotations

import numpy as np

from parting.config import Config
from parting.engine.signs.base import (
    Features,
    Finding,
    at_least,
    at_most,
    first_of,
    ratio,
    strongest,
    threshold,
    undated,
    window_days,
)


def tenure_days(f: Features) -> np.ndarray:
    """Days since the client's start (``since``, else their first time entry or invoice)."""
    start = np.where(
        np.isnan(f["since_day"]),
        first_of(f["first_day_ever"], f["first_invoice_day"]),
        f["since_day"],
    )
    return f.as_of - start


def grown_apart(f: Features, config: Config) -> Finding:
    cfg, business = config["grown_apart"], config.business
    winding_share = ratio(f.num("winding_hours"), f.num("hours"))
    winding = at_least(winding_share, float(cfg["winding_down_share"]))
    declared = at_most(f["strategic_fit"], float(cfg["max_strategic_fit"]))
    declared = (declared[0], np.where(declared[0], np.inf, -np.inf))  # a person said so
    low, high = (float(v) for v in business["target_segment_revenue"])
    yearly = f.num("revenue") * 365.0 / window_days(f, config["unprofitable"]["window_days"])
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
        "grown_apart",
        fired,
        strength,
        np.where(winding[0], f["first_work_day"], np.nan),
        deciding=deciding,
        figures={
            "winding_down_share": winding_share,
            "winding_down_share_threshold": threshold(f.size, cfg["winding_down_share"]),
            "strategic_fit": f["strategic_fit"],
            "strategic_fit_threshold": threshold(f.size, cfg["max_strategic_fit"]),
            "yearly_revenue": yearly,
            # The edge of the target segment that was crossed: above it, or below it.
            "yearly_revenue_threshold": np.where(below[0], low or np.nan, high or np.nan),
        },
    )


def off_mission(f: Features, config: Config) -> Finding:
    fired = f["excluded_industry"].astype(bool) | f["excluded_tag"].astype(bool)
    return Finding(
        "off_mission",
        fired,
        np.where(fired, np.inf, 0.0),
        undated(f.size),
        {
            "excluded_industry": f["excluded_industry"].astype(float),
            "excluded_tag": f["excluded_tag"].astype(float),
        },
    )


def no_referrals(f: Features, config: Config) -> Finding:
    tenure = tenure_days(f)
    referrals = f.num("referral_incidents") + f.num("referred_clients")
    old_enough = at_least(tenure, float(config["no_referrals"]["min_tenure_days"]))
    fired = old_enough[0] & (referrals == 0)
    return Finding(
        "no_referrals",
        fired,
        np.where(fired, old_enough[1], 0.0),
        undated(f.size),
        deciding="tenure_days",
        figures={
            "tenure_days": tenure,
            "tenure_days_threshold": threshold(f.size, config["no_referrals"]["min_tenure_days"]),
            "referrals": referrals,
        },
    )


def _never(size: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(size, dtype=bool), np.full(size, -np.inf)
