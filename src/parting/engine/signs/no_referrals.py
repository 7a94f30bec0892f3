"""``no_referrals``: a client of long standing who never referred anyone (minor)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.frames import Frames
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations,
    Features,
    Finding,
    SignSpec,
    at_least,
    first_of,
    threshold,
    undated,
)
from parting.engine.window import LF, Window, count
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("no_referrals")


def referred_clients(frames: Frames, config: Config, w: Window) -> LF:
    """One row per client another client names as their referrer."""
    referred = frames["clients"].filter(~nw.col("referred_by").is_null())
    return w.rows(referred.select(nw.col("referred_by").alias("client_id")))


def aggregations(config: Config, w: Window) -> Aggregations:
    referral = (nw.col("kind") == "referral") & (nw.col("day") <= w.as_of)
    return {
        "referred_clients": {"referred_clients": nw.len()},
        "incidents": {"referral_incidents": count(referral)},
    }


def tenure_days(f: Features) -> np.ndarray:
    """Days since the client's start (``since``, else their first time entry or invoice)."""
    start = np.where(
        np.isnan(f["since_day"]),
        first_of(f["first_day_ever"], f["first_invoice_day"]),
        f["since_day"],
    )
    return f.as_of - start


def detect(f: Features, config: Config) -> Finding:
    least = config.settings.no_referrals.min_tenure_days
    tenure = tenure_days(f)
    referrals = f.num("referral_incidents") + f.num("referred_clients")
    old_enough = at_least(tenure, float(least))
    fired = old_enough[0] & (referrals == 0)
    return Finding(
        ID,
        fired,
        np.where(fired, old_enough[1], 0.0),
        undated(f.size),
        deciding="tenure_days",
        figures={
            "tenure_days": tenure,
            "tenure_days_threshold": threshold(
                f.size, config.settings.no_referrals.min_tenure_days
            ),
            "referrals": referrals,
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    return _("No referrals in {years} years together").format(
        years=f.number((g.get("tenure_days") or 0) / 365.25, 1)
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Never refers anyone"),
    severity="minor",
    rank=130,
    detect=detect,
    reason=reason,
    move="open_ended",
    letter_facts=("since",),
    aggregations=aggregations,
    derived={"referred_clients": referred_clients},
    figures=(
        Figure("tenure_days", gettext_noop("Time as a client"), "days"),
        Figure("referrals", gettext_noop("Referrals"), "count"),
    ),
)
