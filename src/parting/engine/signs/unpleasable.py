"""``unpleasable``: nothing satisfies them — complaints after we put things right, public
criticism of staff, custom demands on a small engagement, or messages as if we owed them."""

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
    first_of,
    strongest,
    threshold,
)
from parting.engine.window import Window, count, earliest
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("unpleasable")


def aggregations(config: Config, w: Window) -> Aggregations:
    days = int(config.settings.unpleasable.window_days)
    inbound = nw.col("inbound")
    remed = nw.col("last_remediation_day")  # joined onto the messages by the feature pass
    after_remed = (
        inbound
        & nw.col("is_complaint")
        & ~remed.is_null()
        & (nw.col("day") > remed)
        & (nw.col("day") <= remed + days)
        & (nw.col("day") <= w.as_of)
    )
    # Seed 002's problem client: "you owe us", "I know this field better than you".
    entitled = inbound & w.within("day", days) & (nw.col("is_entitled") | nw.col("is_know_better"))
    public = (nw.col("kind") == "public_criticism") & w.within("day", days)
    # Where the evidence starts: over the usual window, a repair's review aside.
    usual = w.usual.within("day", days)
    entitled_first = inbound & usual & (nw.col("is_entitled") | nw.col("is_know_better"))
    return {
        "messages": {
            "complaints_after_remediation": count(after_remed),
            "entitled_messages": count(entitled),
            "first_entitled_day": earliest(entitled_first, "day"),
        },
        "incidents": {
            "public_criticism": count(public),
            "first_public_criticism_day": earliest(
                (nw.col("kind") == "public_criticism") & usual, "day"
            ),
        },
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    remed = nw.col("last_remediation_day")
    complaint_after = nw.col("is_complaint") & ~remed.is_null() & (nw.col("day") > remed)
    entitled = (nw.col("is_entitled") | nw.col("is_know_better")) & w.within(
        "day", config.settings.unpleasable.window_days
    )
    return {
        "messages": nw.col("inbound") & (complaint_after | entitled) & (nw.col("day") <= w.as_of),
        "incidents": nw.col("kind").is_in(("public_criticism", "remediation"))
        & (nw.col("day") <= w.as_of),
    }


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.unpleasable
    after = at_least(f.num("complaints_after_remediation"), float(cfg.complaints_after_remediation))
    public = at_least(f.num("public_criticism"), float(cfg.min_public_criticism))
    revenue = f.num("revenue")
    paying = revenue[revenue > 0]
    modest = revenue < (float(np.median(paying)) if paying.size else 0.0)
    # Change requests over the scope window, as ``scope_creep`` counts them.
    demands = at_least(f.num("change_requests"), float(cfg.custom_demands))
    entitled = at_least(f.num("entitled_messages"), float(cfg.min_entitled_messages))
    fired, strength, deciding = strongest(
        ("complaints_after_remediation", after),
        ("public_criticism", public),
        ("change_requests", (demands[0] & modest, demands[1])),
        ("entitled_messages", entitled),
    )
    return Finding(
        ID,
        fired,
        strength,
        first_of(
            f["last_remediation_day"], f["first_public_criticism_day"], f["first_entitled_day"]
        ),
        deciding=deciding,
        figures={
            "complaints_after_remediation": f.num("complaints_after_remediation"),
            "complaints_after_remediation_threshold": threshold(
                f.size, cfg.complaints_after_remediation
            ),
            "public_criticism": f.num("public_criticism"),
            "public_criticism_threshold": threshold(f.size, cfg.min_public_criticism),
            "change_requests": f.num("change_requests"),
            "change_requests_threshold": threshold(f.size, cfg.custom_demands),
            "entitled_messages": f.num("entitled_messages"),
            "entitled_messages_threshold": threshold(f.size, cfg.min_entitled_messages),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if deciding == "public_criticism":
        return _("Criticised our staff in public")
    if deciding == "entitled_messages":
        return _(
            "Messages acting as if we owe them, or as if they knew our trade better: {count}"
        ).format(count=f.number(int(g.get("entitled_messages") or 0)))
    if deciding == "complaints_after_remediation":
        return _("Complaints since we put things right: {count}").format(
            count=f.number(int(g["complaints_after_remediation"]))
        )
    return _("Custom demands on a small engagement: {count}").format(
        count=f.number(int(g.get("change_requests") or 0))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Nothing satisfies them"),
    severity="planned",
    rank=40,
    detect=detect,
    reason=reason,
    move="not_you_its_us",
    message_days=lambda config: config.settings.unpleasable.window_days,
    letter_facts=("complaints", "rework", "over_budget", "hours"),
    aggregations=aggregations,
    evidence=evidence,
    shows_words=True,
    figures=(
        Figure(
            "complaints_after_remediation", gettext_noop("Complaints after a remediation"), "count"
        ),
        Figure("public_criticism", gettext_noop("Public criticism"), "count"),
        Figure(
            "entitled_messages",
            gettext_noop("Messages as if we owe them, or knowing our trade better"),
            "count",
        ),
    ),
)
