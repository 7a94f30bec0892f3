"""Ranking: the clients to act on first. Verdict, then several problems before one (the
number and weight of distinct signs), then the staff hours they drain."""

from __future__ import annotations

from parting.engine.results import ClientVerdict
from parting.engine.verdict import ORDER, weight


def rank(verdicts: list[ClientVerdict], hours: dict[str, float]) -> list[ClientVerdict]:
    """Sort ``verdicts`` in place of action and number them from 1."""

    place_of = {verdict: -i for i, verdict in enumerate(ORDER)}

    def key(v: ClientVerdict) -> tuple[int, int, int, float, str]:
        if not v.signs:  # most clients: no sign to count
            return (place_of[v.verdict], 0, 0, -hours.get(v.client_id, 0.0), v.client_id)
        serious = [s for s in v.signs if s.severity != "minor"]
        return (
            place_of[v.verdict],
            -len(serious),
            -weight(v.signs),
            -hours.get(v.client_id, 0.0),
            v.client_id,
        )

    verdicts.sort(key=key)
    for place, v in enumerate(verdicts, start=1):
        v.rank = place
    return verdicts
