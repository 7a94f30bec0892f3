"""``abuse``: abusive messages or logged incidents towards staff (DOMAIN §1) — immediate."""

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
    first_of,
)
from parting.engine.window import Window, count, earliest
from parting.figures import Figure
from parting.i18n import gettext_noop, ngettext

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("abuse")


def aggregations(config: Config, w: Window) -> Aggregations:
    in_w = w.within("day", config.settings.abuse.window_days)
    abusive = nw.col("inbound") & in_w & nw.col("is_abusive")
    severe_msg = nw.col("inbound") & in_w & nw.col("is_severe_abuse")
    incident = (nw.col("kind") == "abuse") & in_w
    # Where the evidence starts: over the usual window, a repair's review aside.
    usual = w.usual.within("day", config.settings.abuse.window_days)
    return {
        "messages": {
            "abusive_messages": count(abusive),
            "severe_abusive_messages": count(severe_msg),
            "first_abuse_message_day": earliest(
                nw.col("inbound") & usual & nw.col("is_abusive"), "day"
            ),
        },
        "incidents": {
            "abuse_incidents": count(incident),
            "severe_abuse_incidents": count(incident & (nw.col("severity") == "high")),
            "first_abuse_incident_day": earliest((nw.col("kind") == "abuse") & usual, "day"),
        },
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    in_w = w.within("day", config.settings.abuse.window_days)
    return {
        "messages": nw.col("inbound") & nw.col("is_abusive") & in_w,
        "incidents": (nw.col("kind") == "abuse") & in_w,
    }


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.abuse
    total = f.num("abusive_messages") + f.num("abuse_incidents")
    severe = f.num("severe_abusive_messages") + f.num("severe_abuse_incidents")
    fired = (severe >= int(cfg.min_severe)) | (total >= int(cfg.min_count))
    return Finding(
        ID,
        fired,
        np.where(fired, np.inf, 0.0),  # immediate: never "weak"
        first_of(f["first_abuse_message_day"], f["first_abuse_incident_day"]),
        {
            "abusive_messages": f.num("abusive_messages"),
            "abuse_incidents": f.num("abuse_incidents"),
            "severe": severe,
            "window_days": np.full(f.size, float(cfg.window_days)),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    count = int((g.get("abusive_messages") or 0) + (g.get("abuse_incidents") or 0))
    days = int(g.get("window_days") or 0)
    return ngettext(
        "Abusive messages or incidents towards staff in the last {days} day: {count}",
        "Abusive messages or incidents towards staff in the last {days} days: {count}",
        days,
    ).format(count=f.number(count), days=f.number(days))


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Abusive to staff"),
    severity="immediate",
    rank=10,
    detect=detect,
    reason=reason,
    move="name_the_behaviour",
    message_days=lambda config: config.settings.abuse.window_days,
    letter_facts=("behaviour",),
    aggregations=aggregations,
    evidence=evidence,
    shows_words=True,
    figures=(
        Figure("abusive_messages", gettext_noop("Abusive messages"), "count"),
        Figure("abuse_incidents", gettext_noop("Abuse incidents"), "count"),
        Figure("severe", gettext_noop("Severe ones"), "count"),
        Figure("window_days", gettext_noop("Period looked at"), "days"),
    ),
)
