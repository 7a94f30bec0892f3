"""Every client's verdict in rank order, most of them held as columns.

Most clients of a portfolio raise no sign: their verdict is "keep", their reason one of
two sentences, their evidence empty. Such a client is a row of a few columns here, made
into a ``ClientVerdict`` only when someone reads it as one (the workspace, the web). The
clients the rules judged (a sign that counts, a repair looked at) are ``ClientVerdict``
objects from the start. So ``parting score`` writes JSON, CSV and Parquet straight from
the columns, and a million clients are not a million Python objects.

Read as a sequence, ``Verdicts`` gives ``ClientVerdict`` objects best-first by rank; a
plain client's object is made anew at each read, so change the verdicts of the judged
clients only (``judged``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

import numpy as np

from parting.engine.rank import PLACE, id_places, keys, order
from parting.engine.results import ClientVerdict

if TYPE_CHECKING:
    import pyarrow as pa

KEEP_PLACE = PLACE["keep"]
# A client as a list shows it: rank, name, verdict, the ids of its signs, reason.
Summary = tuple[int, str, str, tuple[str, ...], str]


class Verdicts(Sequence[ClientVerdict]):
    """The verdicts of ``len(ids)`` clients, given in the engine's order (client id): the
    ``judged`` ones by position, and for the others their id, name, language, money owed,
    reason and review flags. Ranked by ``rank_by``; until then in the engine's order,
    every rank 0. ``rank_keys``: what the judged verdicts contribute to their rank
    (``rank.keys`` of ``judged.values()``, in that order) when the caller has them as
    columns already."""

    def __init__(
        self,
        judged: dict[int, ClientVerdict],
        ids: list[str],
        names: list[str],
        languages: list[str],
        owed: list[float],
        overdue: list[float],
        reasons: list[str],
        flags: list[tuple[str, ...]],
        rank_keys: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> None:
        self.judged = judged
        self.ids, self.names, self.languages = ids, names, languages
        self.owed, self.overdue = owed, overdue
        self.reasons, self.flags = reasons, flags
        n = len(ids)
        self.order: np.ndarray = np.arange(n, dtype=np.int64)  # positions, best first
        self.ranks: np.ndarray = np.zeros(n, dtype=np.int64)  # by position
        # What each verdict contributes to its rank (``rank.keys``), by position: a
        # rescore of a few clients ranks them among the others with these.
        self.place = np.full(n, KEEP_PLACE, dtype=np.int64)
        self.serious = np.zeros(n, dtype=np.int64)
        self.weights = np.zeros(n, dtype=np.int64)
        self.apart = np.zeros(n, dtype=bool)  # no recent data: ranked after the others
        if judged:
            at = np.fromiter(judged, dtype=np.int64, count=len(judged))
            made = keys(list(judged.values())) if rank_keys is None else rank_keys
            self.place[at], self.serious[at], self.weights[at] = made

    @classmethod
    def of(cls, verdicts: Sequence[ClientVerdict]) -> Verdicts:
        """Verdicts already made as objects, in rank order, ranks as they are."""
        if isinstance(verdicts, Verdicts):
            return verdicts
        n = len(verdicts)
        made = cls(
            dict(enumerate(verdicts)),
            [v.client_id for v in verdicts],
            [v.name for v in verdicts],
            [v.language for v in verdicts],
            [v.owed for v in verdicts],
            [v.overdue for v in verdicts],
            [""] * n,
            [()] * n,
        )
        made.ranks = np.array([v.rank for v in verdicts], dtype=np.int64)
        return made

    def rank_by(self, hours: np.ndarray, apart: np.ndarray) -> None:
        """Put the verdicts in the order of action and number them from 1 (``rank.order``:
        ``hours`` and ``apart`` by position)."""
        n = len(self.ids)
        self.apart = np.asarray(apart, dtype=bool)
        self.order = order(
            self.place, self.serious, self.weights, hours, apart, id_places(self.ids)
        )
        self.ranks = np.empty(n, dtype=np.int64)
        self.ranks[self.order] = np.arange(1, n + 1, dtype=np.int64)
        for i, verdict in self.judged.items():
            verdict.rank = int(self.ranks[i])

    def at(self, i: int) -> ClientVerdict:
        """The verdict of the client at position ``i`` (the engine's order)."""
        judged = self.judged.get(i)
        if judged is not None:
            return judged
        return ClientVerdict(
            self.ids[i],
            self.names[i],
            "keep",
            int(self.ranks[i]),
            self.reasons[i],
            [],
            list(self.flags[i]),
            language=self.languages[i],
            owed=self.owed[i],
            overdue=self.overdue[i],
        )

    def in_engine_order(self) -> list[ClientVerdict]:
        return [self.at(i) for i in range(len(self.ids))]

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, k: int) -> ClientVerdict: ...
    @overload
    def __getitem__(self, k: slice) -> list[ClientVerdict]: ...
    def __getitem__(self, k: int | slice) -> ClientVerdict | list[ClientVerdict]:
        if isinstance(k, slice):
            return [self.at(i) for i in self.order[k].tolist()]
        return self.at(int(self.order[k]))

    def __iter__(self) -> Iterator[ClientVerdict]:
        for i in self.order.tolist():
            yield self.at(i)

    def judged_by_rank(self) -> np.ndarray:
        """Whether each client, best first, is one the rules judged (an object)."""
        judged = np.zeros(len(self.ids), dtype=bool)
        judged[list(self.judged)] = True
        return judged[self.order]

    def summaries(self, start: int = 0, stop: int | None = None) -> Iterator[Summary]:
        """Each client's rank, name, verdict, sign ids and reason, best first (from the
        ``start``-th to before the ``stop``-th): what a list of clients shows, without an
        object per client."""
        judged = self.judged
        for rank, i in enumerate(self.order[start:stop].tolist(), start=start + 1):
            v = judged.get(i)
            if v is None:
                yield rank, self.names[i], "keep", (), self.reasons[i]
            else:
                yield v.rank, v.name, v.verdict, tuple(s.id for s in v.signs), v.reason

    def flat(self) -> pa.Table:
        """One row per client in rank order, lists joined with ';' as in Parting CSV: the
        rows of ``parting score --format csv`` and ``parquet`` (``output.flat_schema``)."""
        import pyarrow as pa

        from parting.engine.output import flat_schema

        n = len(self.ids)
        verdict: list[str] = ["keep"] * n
        reason = list(self.reasons)
        joined = {flags: ";".join(flags) for flags in set(self.flags)}
        review_flags = [joined[flags] for flags in self.flags]
        signs = [""] * n
        tempered = [""] * n
        not_before: list[object] = [None] * n
        for i, v in self.judged.items():
            verdict[i], reason[i] = v.verdict, v.reason
            signs[i] = ";".join(s.id for s in v.signs)
            review_flags[i] = ";".join(v.review_flags)
            tempered[i] = ";".join(v.tempered_by)
            not_before[i] = v.decision_not_before
        columns = [
            pa.array(self.ranks, pa.int64()),
            pa.array(self.ids, pa.string()),
            pa.array(self.names, pa.string()),
            pa.array(verdict, pa.string()),
            pa.array(reason, pa.string()),
            pa.array(signs, pa.string()),
            pa.array(review_flags, pa.string()),
            pa.array(tempered, pa.string()),
            pa.array(not_before, pa.date32()),
            pa.array(self.owed, pa.float64()),
            pa.array(self.overdue, pa.float64()),
        ]
        return pa.Table.from_arrays(columns, schema=flat_schema()).take(pa.array(self.order))
