"""The ranking of DOMAIN §2: verdict first, then several problems before one, then the
staff hours drained; the client id settles full ties, whatever order the clients come in."""

from __future__ import annotations

import numpy as np

from parting.engine.rank import rank
from parting.engine.results import ClientVerdict, Sign


def _verdict(client: str, verdict: str, *severities: str) -> ClientVerdict:
    signs = [Sign("drain", severity) for severity in severities]  # type: ignore[arg-type]
    return ClientVerdict(client, client, verdict, 0, "", signs)  # type: ignore[arg-type]


def test_clients_are_ranked_by_verdict_signs_hours_then_id_in_any_input_order() -> None:
    verdicts = [
        _verdict("d", "keep"),
        _verdict("c", "part_ways", "planned", "planned"),
        _verdict("b", "keep"),
        _verdict("a", "part_ways", "urgent"),
        _verdict("e", "part_ways", "planned", "planned", "minor"),
        _verdict("f", "part_ways_now", "immediate"),
    ]
    hours = np.array([5.0, 10.0, 5.0, 50.0, 1.0, 0.0])
    ranked = rank(verdicts, hours)
    # e outweighs c with the same number of serious signs; a has one sign, so comes after
    # both despite its hours; b and d tie on everything but the id.
    assert [v.client_id for v in ranked] == ["f", "e", "c", "a", "b", "d"]
    assert [v.rank for v in ranked] == [1, 2, 3, 4, 5, 6]


def test_a_client_with_no_recent_data_comes_after_every_client_with_real_figures() -> None:
    verdicts = [
        _verdict("idle", "keep"),
        _verdict("busy", "keep"),
        _verdict("late", "part_ways", "urgent"),
    ]
    hours = np.array([0.0, 3.0, 1.0])
    apart = np.array([True, False, False])
    assert [v.client_id for v in rank(verdicts, hours, apart)] == ["late", "busy", "idle"]
