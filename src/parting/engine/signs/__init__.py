"""The thirteen signs of DOMAIN §1, each a vectorised detector over the feature arrays."""

from __future__ import annotations

from collections.abc import Callable

from parting.config import Config
from parting.engine.results import Severity, SignId
from parting.engine.signs import conduct, effort, fit, money
from parting.engine.signs.base import Features, Finding

Detector = Callable[[Features, Config], Finding]

# In the order a tie between equally severe signs is broken (main sign of a verdict).
DETECTORS: dict[SignId, Detector] = {
    "abuse": conduct.abuse,
    "unethical": conduct.unethical,
    "payment_risk": money.payment_risk,
    "unpleasable": conduct.unpleasable,
    "drain": effort.drain,
    "unprofitable": money.unprofitable,
    "scope_creep": effort.scope_creep,
    "complainer": conduct.complainer,
    "boundaries": conduct.boundaries,
    "grown_apart": fit.grown_apart,
    "off_mission": fit.off_mission,
    "no_potential": money.no_potential,
    "no_referrals": fit.no_referrals,
}

BASE_SEVERITY: dict[SignId, Severity] = {
    sign: "immediate"
    if sign in ("abuse", "unethical")
    else "minor"
    if sign == "no_referrals"
    else "planned"
    for sign in DETECTORS
}


def detect(features: Features, config: Config) -> list[Finding]:
    """Every sign for every client."""
    return [detector(features, config) for detector in DETECTORS.values()]


__all__ = ["BASE_SEVERITY", "DETECTORS", "Features", "Finding", "detect"]
