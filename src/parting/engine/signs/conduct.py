"""Signs about how a client behaves: ``abuse``, ``unethical``, ``complainer``,
``boundaries`` and ``unpleasable``."""

from __future__ import annotations

import numpy as np

from parting.config import Config
from parting.engine.signs.base import (
    Features,
    Finding,
    at_least,
    first_of,
    ratio,
    strongest,
    threshold,
    window_days,
)

DAYS_PER_MONTH = 30.0  # a window of 180 days is "6 months", as people count them


def abuse(f: Features, config: Config) -> Finding:
    cfg = config["abuse"]
    total = f.num("abusive_messages") + f.num("abuse_incidents")
    severe = f.num("severe_abusive_messages") + f.num("severe_abuse_incidents")
    fired = (severe >= int(cfg["min_severe"])) | (total >= int(cfg["min_count"]))
    return Finding(
        "abuse",
        fired,
        np.where(fired, np.inf, 0.0),  # immediate: never "weak"
        first_of(f["first_abuse_message_day"], f["first_abuse_incident_day"]),
        {
            "abusive_messages": f.num("abusive_messages"),
            "abuse_incidents": f.num("abuse_incidents"),
            "severe": severe,
            "window_days": np.full(f.size, float(cfg["window_days"])),
        },
    )


def unethical(f: Features, config: Config) -> Finding:
    """Only a logged ``ethics`` incident fires it; text matches become a review flag."""
    fired = f.num("ethics_incidents") >= 1
    return Finding(
        "unethical",
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


def complainer(f: Features, config: Config) -> Finding:
    cfg = config["complainer"]
    months = window_days(f, cfg["window_days"]) / DAYS_PER_MONTH
    complaints = f.num("complaints")
    per_month = complaints / months
    fired, strength = at_least(per_month, float(cfg["complaints_per_month"]))
    return Finding(
        "complainer",
        fired,
        np.where(fired, strength, 0.0),
        f["first_complaint_day"],
        deciding="complaints_per_month",
        figures={
            "complaints": complaints,
            "complaints_per_month": per_month,
            "complaints_per_month_threshold": threshold(f.size, cfg["complaints_per_month"]),
            "minor_share": ratio(f.num("minor_complaints"), complaints),
            "hours_per_complaint": ratio(f.num("hours"), complaints),
        },
    )


def boundaries(f: Features, config: Config) -> Finding:
    cfg = config["boundaries"]
    inbound = f.num("inbound_messages")
    per_month = inbound / (window_days(f, cfg["window_days"]) / DAYS_PER_MONTH)
    busy = per_month >= float(cfg["min_messages_per_month"])
    after_share = ratio(f.num("after_hours_messages"), inbound)
    urgent_share = ratio(f.num("urgent_messages"), inbound)
    late = at_least(after_share, float(cfg["after_hours_share"]))
    urgent = at_least(urgent_share, float(cfg["urgent_share"]))
    fired, strength, deciding = strongest(
        ("after_hours_share", (late[0] & busy, late[1])),
        ("urgent_share", (urgent[0] & busy, urgent[1])),
    )
    return Finding(
        "boundaries",
        fired,
        strength,
        f["first_after_hours_day"],
        deciding=deciding,
        figures={
            "messages": inbound,
            "messages_per_month": per_month,
            "messages_per_month_threshold": threshold(f.size, cfg["min_messages_per_month"]),
            "after_hours_share": after_share,
            "after_hours_share_threshold": threshold(f.size, cfg["after_hours_share"]),
            "urgent_share": urgent_share,
            "urgent_share_threshold": threshold(f.size, cfg["urgent_share"]),
        },
    )


def unpleasable(f: Features, config: Config) -> Finding:
    cfg = config["unpleasable"]
    after = at_least(
        f.num("complaints_after_remediation"), float(cfg["complaints_after_remediation"])
    )
    public = at_least(f.num("public_criticism"), float(cfg["min_public_criticism"]))
    revenue = f.num("revenue")
    paying = revenue[revenue > 0]
    modest = revenue < (float(np.median(paying)) if paying.size else 0.0)
    demands = at_least(f.num("change_requests"), float(cfg["custom_demands"]))
    entitled = at_least(f.num("entitled_messages"), float(cfg["min_entitled_messages"]))
    fired, strength, deciding = strongest(
        ("complaints_after_remediation", after),
        ("public_criticism", public),
        ("change_requests", (demands[0] & modest, demands[1])),
        ("entitled_messages", entitled),
    )
    return Finding(
        "unpleasable",
        fired,
        strength,
        first_of(
            f["last_remediation_day"], f["first_public_criticism_day"], f["first_entitled_day"]
        ),
        deciding=deciding,
        figures={
            "complaints_after_remediation": f.num("complaints_after_remediation"),
            "complaints_after_remediation_threshold": threshold(
                f.size, cfg["complaints_after_remediation"]
            ),
            "public_criticism": f.num("public_criticism"),
            "public_criticism_threshold": threshold(f.size, cfg["min_public_criticism"]),
            "change_requests": f.num("change_requests"),
            "change_requests_threshold": threshold(f.size, cfg["custom_demands"]),
            "entitled_messages": f.num("entitled_messages"),
            "entitled_messages_threshold": threshold(f.size, cfg["min_entitled_messages"]),
        },
    )
