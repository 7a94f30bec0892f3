"""``complainer``: constant complaints — more complaints a month than the business accepts."""

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
    ratio,
    threshold,
    window_days,
)
from parting.engine.window import Window, count, earliest
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("complainer")

DAYS_PER_MONTH = 30.0  # a window of 180 days is "6 months", as people count them


def _complaints(config: Config, w: Window) -> nw.Expr:
    in_w = w.within("day", config.settings.complainer.window_days)
    return nw.col("inbound") & in_w & nw.col("is_complaint")


def aggregations(config: Config, w: Window) -> Aggregations:
    complaint = _complaints(config, w)
    return {
        "messages": {
            "complaints": count(complaint),
            "minor_complaints": count(complaint & nw.col("is_minor_complaint")),
            "first_complaint_day": earliest(_complaints(config, w.usual), "day"),
        }
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {"messages": _complaints(config, w)}


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.complainer
    months = window_days(f, cfg.window_days) / DAYS_PER_MONTH
    complaints = f.num("complaints")
    per_month = complaints / months
    fired, strength = at_least(per_month, float(cfg.complaints_per_month))
    return Finding(
        ID,
        fired,
        np.where(fired, strength, 0.0),
        f["first_complaint_day"],
        deciding="complaints_per_month",
        figures={
            "complaints": complaints,
            "complaints_per_month": per_month,
            "complaints_per_month_threshold": threshold(f.size, cfg.complaints_per_month),
            "minor_share": ratio(f.num("minor_complaints"), complaints),
            "hours_per_complaint": ratio(f.num("hours"), complaints),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    return _("Complaints in the last 6 months: {count}, {minor} of them about small things").format(
        count=f.number(int(g.get("complaints") or 0)), minor=f.share(g.get("minor_share"))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Constant complaints"),
    severity="planned",
    rank=80,
    detect=detect,
    reason=reason,
    move="not_you_its_us",
    message_days=lambda config: config.settings.complainer.window_days,
    letter_facts=("complaints", "rework", "over_budget", "hours"),
    aggregations=aggregations,
    evidence=evidence,
    shows_words=True,
    figures=(
        Figure("complaints", gettext_noop("Complaints"), "count"),
        Figure("complaints_per_month", gettext_noop("Complaints per month"), "ratio", 1),
        Figure("minor_share", gettext_noop("Share about minor matters"), "share"),
        Figure("hours_per_complaint", gettext_noop("Hours of work per complaint"), "hours", 1),
    ),
    fix=gettext_noop(
        "name one contact person on each side and send a weekly summary of open points"
    ),
    effort=gettext_noop("a short check-in call every fortnight"),
)
