"""The goodbye move for each main sign (DOMAIN §4): what a script says, and what it may offer.

Signs share a move when the conversation is the same: the kinds of "costly to serve"
(drain, unprofitable, scope creep, complaints, boundaries) become "it's not you, it's us";
the kinds of drifting apart become the open-ended talk about fit.
"""

from __future__ import annotations

from typing import Literal

from parting.engine.results import SignId

MoveId = Literal["not_you_its_us", "name_the_behaviour", "risk_averse", "payment", "open_ended"]
MOVE_IDS: tuple[MoveId, ...] = MoveId.__args__  # type: ignore[attr-defined]

MOVES: dict[SignId, MoveId] = {
    "drain": "not_you_its_us",
    "complainer": "not_you_its_us",
    "scope_creep": "not_you_its_us",
    "unpleasable": "not_you_its_us",
    "boundaries": "not_you_its_us",
    "abuse": "name_the_behaviour",
    "unethical": "risk_averse",
    "payment_risk": "payment",
    "grown_apart": "open_ended",
    "off_mission": "open_ended",
    "no_potential": "open_ended",
    "unprofitable": "not_you_its_us",  # "it's not you, it's us", never "you moved on"
    "no_referrals": "open_ended",
}

IMMEDIATE_SIGNS: frozenset[str] = frozenset({"abuse", "unethical"})
# A client whose industry we no longer serve is not kept by clearer processes: no repair
# letter apologises to them for how we work.
NO_REPAIR_SIGNS: frozenset[str] = IMMEDIATE_SIGNS | {"off_mission"}


def move_for(sign: str | None) -> MoveId:
    """The move for a main sign; a client without a sign gets the open-ended talk."""
    if sign is None:
        return "open_ended"
    return MOVES.get(sign, "open_ended")  # type: ignore[call-overload]


def offers_referrals(sign: str | None) -> bool:
    """Named partners are never offered to an abusive client, nor handed a client whose
    practices we found questionable (DOMAIN §3, step 6)."""
    return sign not in IMMEDIATE_SIGNS


def needs_alternatives(sign: str | None) -> bool:
    """Every parting letter points somewhere better, except to an abusive client."""
    return sign != "abuse"
