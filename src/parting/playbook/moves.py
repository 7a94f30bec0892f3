"""The goodbye move for each main sign (DOMAIN §4): what a script says, and what it may offer.

Signs share a move when the conversation is the same: the kinds of "costly to serve"
(drain, unprofitable, scope creep, complaints, boundaries) become "it's not you, it's us";
the kinds of drifting apart become the open-ended talk about fit.
"""

from __future__ import annotations

from typing import Literal, cast

from parting.engine.results import SignId
from parting.engine.signs import SIGNS

MoveId = Literal["not_you_its_us", "name_the_behaviour", "risk_averse", "payment", "open_ended"]
MOVE_IDS: tuple[MoveId, ...] = MoveId.__args__  # type: ignore[attr-defined]

# Each sign names its move (``SignSpec.move``).
MOVES: dict[SignId, MoveId] = {spec.id: cast(MoveId, spec.move) for spec in SIGNS}
_unknown = {m for m in MOVES.values() if m not in MOVE_IDS}
if _unknown:
    raise ValueError(f"signs name moves that do not exist: {sorted(_unknown)}")

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
