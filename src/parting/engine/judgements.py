"""People's recorded judgements that temper verdicts: "this will pass" for a sign, and
"a long-standing relationship" for a client (``judgements`` table)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import narwhals as nw

from parting.engine.frames import Frames


def read(frames: Frames) -> dict[str, Any]:
    """``{"will_pass": client -> set of signs, "relationship": set of clients}``."""
    rows = (
        frames["judgements"]
        .select("client_id", "kind", nw.col("sign").fill_null(""))
        .collect()
        .to_arrow()
    )
    will_pass: dict[str, set[str]] = defaultdict(set)
    friends: set[str] = set()
    for client, kind, sign in zip(
        rows["client_id"].to_pylist(),
        rows["kind"].to_pylist(),
        rows["sign"].to_pylist(),
        strict=True,
    ):
        if kind == "will_pass" and sign:
            will_pass[client].add(sign)
        elif kind == "relationship":
            friends.add(client)
    return {"will_pass": dict(will_pass), "relationship": friends}
