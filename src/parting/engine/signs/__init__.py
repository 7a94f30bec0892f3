"""The signs of DOMAIN §1: one module each, registered by defining ``SIGN``.

Every module of this package that defines ``SIGN = SignSpec(...)`` is a sign, its id the
module's name; ``common`` holds the per-client columns several signs read, ``base`` the
spec and the detector helpers. The feature pass, the evidence lookup, the reasons, the
labels, the playbook and the sign ids (``SIGN_IDS``) come from ``SIGNS``; nothing else
lists the signs (see ``docs/how-a-sign-is-built.md``).

>>> SIGN_IDS[:3]
('abuse', 'unethical', 'payment_risk')
>>> sign_id("drain")
'drain'
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from parting.config import Config
from parting.engine.results import Severity, SignId
from parting.engine.signs.base import Features, Finding, SignDeclarationError, SignSpec
from parting.figures import Figure

Detector = Callable[[Features, Config], Finding]


def _registered() -> tuple[SignSpec, ...]:
    """Every sign module's ``SIGN``, in the order ties are broken (``rank``)."""
    found: list[SignSpec] = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SIGN", None)
        if not isinstance(spec, SignSpec):
            continue
        if spec.id != module.name:
            raise SignDeclarationError(f"the sign of module {module.name} says it is {spec.id}")
        found.append(spec)
    found.sort(key=lambda s: s.rank)
    if len({s.rank for s in found}) != len(found):
        raise SignDeclarationError(f"signs share a rank: {[(s.id, s.rank) for s in found]}")
    return tuple(found)


# In the order a tie between equally severe signs is broken (main sign of a verdict).
SIGNS: tuple[SignSpec, ...] = _registered()
SIGN_IDS: tuple[SignId, ...] = tuple(s.id for s in SIGNS)
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


def sign_id(text: str) -> SignId:
    """``text`` as a sign id, once it is checked to name a registered sign."""
    if text not in BY_ID:
        from parting.errors import InputError
        from parting.i18n import _

        raise InputError(
            _("{value} is not a sign.").format(value=text),
            fix=_("Use one of: {choices}.").format(choices=", ".join(SIGN_IDS)),
        )
    return SignId(text)


def detect(features: Features, config: Config) -> list[Finding]:
    """Every sign for every client."""
    return [spec.detect(features, config) for spec in SIGNS]


__all__ = [
    "BASE_SEVERITY",
    "BY_ID",
    "DETECTORS",
    "SIGNS",
    "SIGN_FIGURES",
    "SIGN_IDS",
    "Features",
    "Finding",
    "SignSpec",
    "detect",
    "sign_id",
]
