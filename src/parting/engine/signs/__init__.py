"""The thirteen signs of DOMAIN §1: one module each, registered by defining ``SIGN``.

Every module of this package that defines ``SIGN = SignSpec(...)`` is a sign; ``common``
holds the per-client columns several signs read, ``base`` the spec and the detector
helpers. The feature pass, the evidence lookup, the reasons, the labels and the playbook
read ``SIGNS``; nothing else lists the signs (see ``docs/how-a-sign-is-built.md``).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from parting.config import Config
from parting.engine.results import SIGN_IDS, Severity, SignId
from parting.engine.signs.base import Features, Finding, SignDeclarationError, SignSpec
from parting.figures import Figure

Detector = Callable[[Features, Config], Finding]


def _registered() -> tuple[SignSpec, ...]:
    """Every sign module's ``SIGN``, in the order ties are broken (``rank``)."""
    found: list[SignSpec] = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SIGN", None)
        if isinstance(spec, SignSpec):
            found.append(spec)
    found.sort(key=lambda s: s.rank)
    ids = [s.id for s in found]
    if sorted(ids) != sorted(SIGN_IDS) or len({s.rank for s in found}) != len(found):
        raise SignDeclarationError(f"signs {ids} do not match SignId {SIGN_IDS}, or share a rank")
    return tuple(found)


# In the order a tie between equally severe signs is broken (main sign of a verdict).
SIGNS: tuple[SignSpec, ...] = _registered()
BY_ID: dict[SignId, SignSpec] = {s.id: s for s in SIGNS}
DETECTORS: dict[SignId, Detector] = {s.id: s.detect for s in SIGNS}
BASE_SEVERITY: dict[SignId, Severity] = {s.id: s.severity for s in SIGNS}


def _figures() -> dict[str, Figure]:
    """The figures the signs declare; one id declared by two signs must say the same."""
    declared: dict[str, Figure] = {}
    for spec in SIGNS:
        for figure in spec.figures:
            if declared.setdefault(figure.id, figure) != figure:
                raise SignDeclarationError(f"figure {figure.id!r} is declared twice, differently")
    return declared


SIGN_FIGURES: dict[str, Figure] = _figures()


def detect(features: Features, config: Config) -> list[Finding]:
    """Every sign for every client."""
    return [spec.detect(features, config) for spec in SIGNS]


__all__ = [
    "BASE_SEVERITY",
    "BY_ID",
    "DETECTORS",
    "SIGNS",
    "SIGN_FIGURES",
    "Features",
    "Finding",
    "SignSpec",
    "detect",
]
