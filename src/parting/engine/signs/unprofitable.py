"""``unprofitable``: the margin (revenue less staff cost, write-offs and discounts) is under
the business's minimum share of revenue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import (
    EvidenceRules,
    Features,
    Finding,
    SignSpec,
    at_most,
    ratio,
    threshold,
)
from parting.engine.window import Window
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("unprofitable")


def evidence(config: Config, w: Window) -> EvidenceRules:
    days = config.settings.unprofitable.window_days
    given_away = nw.col("written_off") | (nw.col("discount").fill_null(0.0) > 0)
    return {
        "time_entries": w.within("day", days),
        "invoices": w.within("issued_day", days) & given_away,
    }


def margins(f: Features) -> tuple[np.ndarray, np.ndarray]:
    """Margin (revenue − staff cost − write-offs − discounts) and its share of revenue."""
    revenue = f.num("revenue")
    margin = revenue - f.num("cost") - f.num("written_off") - f.num("discounts")
    share = np.where(revenue > 0, ratio(margin, revenue), np.where(margin < 0, -np.inf, np.nan))
    return margin, share


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.unprofitable
    margin, share = margins(f)
    fired, strength = at_most(share, float(cfg.min_margin))
    return Finding(
        ID,
        fired,
        np.where(fired, strength, 0.0),
        f["first_work_day"],
        deciding="margin_share",
        figures={
            "revenue": f.num("revenue"),
            "cost": f.num("cost"),
            "write_offs_and_discounts": f.num("written_off") + f.num("discounts"),
            "margin": margin,
            "margin_share": share,
            "margin_share_threshold": threshold(f.size, cfg.min_margin),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if (g.get("margin") or 0) < 0:
        return _("We lose money on them: {margin} on {revenue} of revenue this year").format(
            margin=f.money(g["margin"]), revenue=f.money(g.get("revenue"))
        )
    return _("Margin of only {share} of revenue ({margin}) this year").format(
        share=f.share(g.get("margin_share")), margin=f.money(g.get("margin"))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Not profitable"),
    severity="planned",
    rank=60,
    detect=detect,
    reason=reason,
    move="not_you_its_us",  # "it's not you, it's us", never "you moved on"
    letter_facts=("rework", "over_budget", "hours"),
    evidence=evidence,
    figures=(
        Figure("write_offs_and_discounts", gettext_noop("Write-offs and discounts"), "money"),
        Figure("margin_share", gettext_noop("Margin as a share of revenue"), "share"),
    ),
    fix=gettext_noop("review the price or the scope so the work pays for itself"),
    effort=gettext_noop("a clear monthly report of the hours spent and on what"),
)
