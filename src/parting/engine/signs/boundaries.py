"""``boundaries``: a busy client who writes outside working hours, or calls everything
urgent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw

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
    strongest,
    threshold,
    window_days,
)
from parting.engine.window import Window, count, earliest
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("boundaries")

DAYS_PER_MONTH = 30.0  # a window of 90 days is "3 months", as people count them
# An after-hours habit is dated over a year, not the window: a habit of long standing is
# not "recent".
HABIT_DAYS = 365


def aggregations(config: Config, w: Window) -> Aggregations:
    inbound = nw.col("inbound")
    in_w = inbound & w.within("day", config.settings.boundaries.window_days)
    year = inbound & w.usual.within("day", HABIT_DAYS)
    return {
        "messages": {
            "inbound_messages": count(in_w),
            "after_hours_messages": count(in_w & nw.col("after_hours")),
            "urgent_messages": count(in_w & nw.col("is_urgent")),
            "first_after_hours_day": earliest(year & nw.col("after_hours"), "day"),
        }
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {
        "messages": nw.col("after_hours") & w.within("day", config.settings.boundaries.window_days)
    }


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.boundaries
    inbound = f.num("inbound_messages")
    per_month = inbound / (window_days(f, cfg.window_days) / DAYS_PER_MONTH)
    busy = per_month >= float(cfg.min_messages_per_month)
    after_share = ratio(f.num("after_hours_messages"), inbound)
    urgent_share = ratio(f.num("urgent_messages"), inbound)
    late = at_least(after_share, float(cfg.after_hours_share))
    urgent = at_least(urgent_share, float(cfg.urgent_share))
    fired, strength, deciding = strongest(
        ("after_hours_share", (late[0] & busy, late[1])),
        ("urgent_share", (urgent[0] & busy, urgent[1])),
    )
    return Finding(
        ID,
        fired,
        strength,
        f["first_after_hours_day"],
        deciding=deciding,
        figures={
            "messages": inbound,
            "messages_per_month": per_month,
            "messages_per_month_threshold": threshold(f.size, cfg.min_messages_per_month),
            "after_hours_share": after_share,
            "after_hours_share_threshold": threshold(f.size, cfg.after_hours_share),
            "urgent_share": urgent_share,
            "urgent_share_threshold": threshold(f.size, cfg.urgent_share),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if deciding == "after_hours_share":
        return _("{share} of their {count} messages a month arrive outside working hours").format(
            share=f.share(g["after_hours_share"]), count=f.number(g.get("messages_per_month"))
        )
    return _("{share} of their messages call something urgent").format(
        share=f.share(g.get("urgent_share"))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Ignores boundaries"),
    severity="planned",
    rank=90,
    detect=detect,
    reason=reason,
    move="not_you_its_us",
    letter_facts=("after_hours",),
    aggregations=aggregations,
    evidence=evidence,
    figures=(
        Figure("messages", gettext_noop("Messages received"), "count"),
        Figure("messages_per_month", gettext_noop("Messages per month"), "ratio", 1),
        Figure("after_hours_share", gettext_noop("Messages outside working hours"), "share"),
        Figure("urgent_share", gettext_noop("Messages calling things urgent"), "share"),
    ),
    fix=gettext_noop("agree your working hours and one channel for real emergencies"),
    effort=gettext_noop("a fixed weekly slot when they have your full attention"),
    message_days=lambda config: max(config.settings.boundaries.window_days, HABIT_DAYS),
)
