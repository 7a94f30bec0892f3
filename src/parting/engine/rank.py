"""Ranking: the clients to act on first. Verdict, then several problems before one (the
number and weight of distinct signs), then the staff hours they drain. Clients with no
recent data (``parting.engine.recent``) come after every client with real figures."""

from __future__ import annotations

import numpy as np

from parting.engine.results import ClientVerdict
from parting.engine.verdict import ORDER, weight

PLACE = {verdict: -i for i, verdict in enumerate(ORDER)}


def keys(verdicts: list[ClientVerdict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What a verdict itself contributes to its rank, a column each: the verdict's place,
    the number of serious signs and their weight."""
    n = len(verdicts)
    serious = [0] * n
    weights = [0] * n
    for i, v in enumerate(verdicts):
        if v.signs:  # most clients have no sign to count
            serious[i] = sum(1 for s in v.signs if s.severity != "minor")
            weights[i] = weight(v.signs)
    place = np.array([PLACE[v.verdict] for v in verdicts], dtype=np.int64)
    return place, np.array(serious, dtype=np.int64), np.array(weights, dtype=np.int64)


def order(
    place: np.ndarray,
    serious: np.ndarray,
    weights: np.ndarray,
    hours: np.ndarray,
    apart: np.ndarray,
    by_id: np.ndarray,
) -> np.ndarray:
    """The positions of the clients in rank order, from their keys (``by_id``: each one's
    place in client id order, so the order is total). A stable lexsort, last key first:
    the same order as sorting by (apart, place, -serious, -weight, -hours, client_id)."""
    return np.lexsort(
        (
            by_id,
            -np.asarray(hours, dtype=np.float64),
            -weights,
            -serious,
            place,
            np.asarray(apart, dtype=np.int64),
        )
    )


def id_places(ids: list[str]) -> np.ndarray:
    """Each client's place among ``ids`` sorted (the last key of ``order``)."""
    n = len(ids)
    # Already in id order, as the engine's are? (Sorting a sorted list is one pass in C; the
    # stable sort below would give the same places, equal ids included.)
    if sorted(ids) == ids:
        return np.arange(n, dtype=np.int64)
    places = np.empty(n, dtype=np.int64)
    places[np.argsort(np.array(ids, dtype=np.str_), kind="stable")] = np.arange(n)
    return places


def rank(
    verdicts: list[ClientVerdict], hours: np.ndarray, apart: np.ndarray | None = None
) -> list[ClientVerdict]:
    """Sort ``verdicts`` in place of action and number them from 1; ``hours[i]`` is the
    staff hours of ``verdicts[i]``, ``apart[i]`` True when it has no recent data. Ties
    end with the client id, so the order is total."""
    n = len(verdicts)
    place, serious, weights = keys(verdicts)
    positions = order(
        place,
        serious,
        weights,
        hours,
        np.zeros(n) if apart is None else apart,
        id_places([v.client_id for v in verdicts]),
    )
    verdicts[:] = [verdicts[i] for i in positions.tolist()]
    for place_number, v in enumerate(verdicts, start=1):
        v.rank = place_number
    return verdicts
