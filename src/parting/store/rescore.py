"""Bringing the verdicts up to date after a change: every client, or only the clients a
change touched (``parting.engine.incremental``) when this process scored the latest run.

The worker (``parting.store.jobs``) keeps the state of the scoring it stored last, in
memory. A rescore naming the clients that changed starts from it when it is still the
state of the latest run — same settings, same scoring day, same database — and stores a
run like any other: the verdicts of the clients judged again are written anew, every
other client's verdict is copied from the previous run with its new rank, in one
statement. Anything else (no state kept yet, another process scored since, the settings
or the day changed, a change that names no clients: an import, the settings, "Rescore
now") scores every client.

Whoever changes records must name every client whose records changed (and, when a
referrer changes, the client named before and after); a change made outside the web app
(the command line) is picked up by the next full scoring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from django.db import connection, transaction

from parting.store.models import TriageRun, VerdictRecord
from parting.store.triage import (
    _COLUMNS,
    _insert,
    _record,
    latest_run,
    previous_signatures,
    store,
)
from parting.timing import step

if TYPE_CHECKING:
    from django.db.models import Field

    from parting.engine.incremental import Portfolio, Rescored

Step = Callable[[int], None]
# The kept state is about 2 kB a client (figures, signs, metrics): beyond this many
# clients the worker keeps none, and every rescore scores every client.
KEEP_AT_MOST = 100_000

# The database, run (id and time) and state of the last scoring this process stored.
_kept: tuple[tuple[str, int, Any], Portfolio] | None = None


def rescore(
    changed: Collection[str] | None = None,
    *,
    as_of: date | None = None,
    engine: str = "duckdb",
    progress: Step | None = None,
) -> TriageRun:
    """Score the workspace again after a change of the ``changed`` clients' records (None:
    anything may have changed) and store the run; ``progress(step)`` is told when the data
    is read (1) and scored (2)."""
    global _kept
    from parting.engine.incremental import rescore as rescore_some
    from parting.engine.incremental import score_kept
    from parting.store.settings import load_config
    from parting.store.tables import read_related_tables, read_tables

    config = load_config()
    day = as_of or date.today()
    tell = progress or (lambda step: None)
    kept = _kept_for(latest_run())
    if changed is not None and kept is not None and kept.fits(config, day, engine):
        again = rescore_some(kept, changed, read_related_tables)
        if again is not None:
            tell(2)
            with step("store"):
                run = _store_rescored(again, engine)
            _kept = (_key(run), again.portfolio)
            return run
    _kept = None
    with step("read"):
        tables = read_tables()
    tell(1)
    triage, portfolio = score_kept(tables, config, day, engine)
    tell(2)
    with step("store"):
        run = store(triage, engine)
    if portfolio.features.size <= KEEP_AT_MOST:
        _kept = (_key(run), portfolio)
    return run


def forget() -> None:
    """Drop the kept state: the next rescore scores every client."""
    global _kept
    _kept = None


def _key(run: TriageRun) -> tuple[str, int, Any]:
    return (str(connection.settings_dict["NAME"]), run.pk, run.computed_at)


def _kept_for(run: TriageRun | None) -> Portfolio | None:
    if run is None or _kept is None or _kept[0] != _key(run):
        return None
    return _kept[1]


def _store_rescored(again: Rescored, engine: str) -> TriageRun:
    """A new run: the verdicts judged again, and every other client's copied from the
    latest run with its new rank (unchanged, so not marked as a change)."""
    judged = {v.client_id for v in again.verdicts}
    with transaction.atomic():
        previous = latest_run()
        assert previous is not None
        before = previous_signatures(sorted(judged))
        run = TriageRun.objects.create(as_of=again.as_of, engine=engine, clients=len(again.ranks))
        metrics = again.metrics.only(judged)
        _insert(
            _record(run, v, metrics.get(v.client_id), before.get(v.client_id, ""))
            for v in again.verdicts
        )
        others = {c: r for c, r in again.ranks.items() if c not in judged}
        _copy(previous, run, others)
    return run


# Every stored column but those a new run sets itself.
COPIED = tuple(c for c in _COLUMNS if c not in ("run", "rank", "changed", "changes"))


def _copy(previous: TriageRun, run: TriageRun, ranks: dict[str, int]) -> None:
    """Copy the verdicts of the clients of ``ranks`` from ``previous`` into ``run``."""
    meta = VerdictRecord._meta

    def field(name: str) -> Field[Any, Any]:
        return cast("Field[Any, Any]", meta.get_field(name))

    changed = field("changed").get_db_prep_value(False, connection)
    changes = field("changes").get_db_prep_value([], connection)
    quote = connection.ops.quote_name
    columns = [quote(str(field(n).column)) for n in COPIED]
    targets = ", ".join(["run_id", *columns, "rank", "changed", "changes"])
    picked = ", ".join(f"v.{c}" for c in columns)
    pairs = "json_each(%s)" if connection.vendor == "sqlite" else "jsonb_each_text(%s::jsonb)"
    with connection.cursor() as cursor:
        # The ranks lead (SQLite takes a CROSS JOIN's order as written): each finds its
        # client's row of the previous run through the (client, run) index.
        cursor.execute(
            f"INSERT INTO {quote(meta.db_table)} ({targets}) "
            f"SELECT %s, {picked}, CAST(r.value AS INTEGER), %s, %s "
            f"FROM {pairs} AS r CROSS JOIN {quote(meta.db_table)} AS v "
            "WHERE v.client_id = r.key AND v.run_id = %s",
            [run.pk, changed, changes, json.dumps(ranks), previous.pk],
        )
