"""``unethical``: a person logged an ethics incident (DOMAIN §1) — immediate. Messages that
read like questionable requests only flag the client for a person to review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import Aggregations, EvidenceRules, Features, Finding, SignSpec
from parting.engine.window import Window, count, earliest
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("unethical")


def aggregations(config: Config, w: Window) -> Aggregations:
    in_w = w.within("day", config.settings.unethical.window_days)
    ethics = (nw.col("kind") == "ethics") & in_w
    return {
        "messages": {
            "ethics_requests": count(nw.col("inbound") & in_w & nw.col("is_ethics_request"))
        },
        "incidents": {
            "ethics_incidents": count(ethics),
            "first_ethics_day": earliest(
                (nw.col("kind") == "ethics")
                & w.usual.within("day", config.settings.unethical.window_days),
                "day",
            ),
        },
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    in_w = w.within("day", config.settings.unethical.window_days)
    return {"incidents": (nw.col("kind") == "ethics") & in_w}


def detect(f: Features, config: Config) -> Finding:
    """Only a logged ``ethics`` incident fires it; text matches become a review flag."""
    fired = f.num("ethics_incidents") >= 1
    return Finding(
        ID,
        fired,
        np.where(fired, np.inf, 0.0),
        f["first_ethics_day"],
        {
            "ethics_incidents": f.num("ethics_incidents"),
            "flagged_requests": f.num("ethics_requests"),
        },
    )


def ethics_review(f: Features) -> np.ndarray:
    """Clients whose messages look like questionable requests, for a person to confirm."""
    return f.num("ethics_requests") >= 1


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    return _("Ethics incidents logged in the last year: {count}").format(
        count=f.number(int(g.get("ethics_incidents") or 0))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Questionable practices"),
    severity="immediate",
    rank=20,
    detect=detect,
    reason=reason,
    move="risk_averse",
    message_days=lambda config: config.settings.unethical.window_days,
    letter_facts=("request",),
    aggregations=aggregations,
    evidence=evidence,
    figures=(
        Figure("ethics_incidents", gettext_noop("Ethics incidents"), "count"),
        Figure("flagged_requests", gettext_noop("Requests flagged for review"), "count"),
    ),
)
