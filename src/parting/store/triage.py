"""Score the workspace and keep the verdicts, dated, so each client's history can be shown."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import nullcontext
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from django.db import connections, router, transaction

from parting.errors import NotFoundError
from parting.i18n import _
from parting.store.history import changes, signature
from parting.store.models import TriageRun, VerdictRecord
from parting.timing import step

if TYPE_CHECKING:
    from django.db.models import Field

    from parting.engine.results import ClientVerdict, Triage
    from parting.engine.verdicts import Verdicts
    from parting.schema import Tables

# The engine (Arrow, NumPy, narwhals) is imported by the functions that score or rebuild
# verdicts, so that commands which only read the stored runs start without it.

BULK_ROWS = 2_000


def run_triage(as_of: date | None = None, engine: str = "duckdb") -> TriageRun:
    """Score every client as of ``as_of`` (default today) and store the verdicts."""
    return score_and_store(as_of, engine)[0]


def score_and_store(
    as_of: date | None = None, engine: str = "duckdb", reading: Callable[[], Tables] | None = None
) -> tuple[TriageRun, Triage]:
    """``run_triage``, and the scoring itself. ``reading``: the tables of a read the caller
    started already (``tables.reading_tables``), else one is started here."""
    from parting.engine import load, score
    from parting.store.settings import load_config
    from parting.store.tables import reading_tables

    with step("read"), nullcontext(reading) if reading else reading_tables() as read:
        load(engine)  # while the tables are being read
        tables = read()
    triage = score(tables, load_config(), as_of=as_of, engine=engine)
    with step("store"):
        return store(triage, engine), triage


# Newest first: the one order in which a client's verdicts are read (latest, history).
LATEST_FIRST = ("-run__computed_at", "-run_id")


def store(triage: Triage, engine: str) -> TriageRun:
    from parting.engine.verdicts import Verdicts

    verdicts = Verdicts.of(triage.verdicts)
    with transaction.atomic():
        before = previous_signatures(verdicts.ids)
        run = TriageRun.objects.create(as_of=triage.as_of, engine=engine, clients=len(verdicts))
        _insert(_records(run, verdicts, triage.metrics, before))
    return run


def _records(
    run: TriageRun, verdicts: Verdicts, metrics: Mapping[str, Any], before: dict[str, str]
) -> Iterator[list[Any]]:
    """The verdict rows best-first by rank. A plain "keep" client (no sign, nothing
    judged: most of a portfolio) is written from the columns of ``verdicts``, without the
    ``ClientVerdict`` it would be read as, through the same ``_row``."""
    kept = signature("keep", ())
    run_id = run.pk
    for i in verdicts.order.tolist():
        judged = verdicts.judged.get(i)
        client_id = verdicts.ids[i]
        figures = metrics.get(client_id)
        if judged is not None:
            yield _record(run, judged, figures, before.get(client_id, ""))
            continue
        yield _row(
            run_id,
            client_id,
            verdict="keep",
            rank=int(verdicts.ranks[i]),
            reason=verdicts.reasons[i],
            main_sign="",
            signs=[],
            review_flags=list(verdicts.flags[i]),
            tempered_by=[],
            decision_not_before=None,
            metrics=figures,
            sig=kept,
            before=before.get(client_id, ""),
        )


def _insert(rows: Iterable[list[Any]]) -> None:
    """Add verdict rows (``_row``) in batches of ``BULK_ROWS``: one prepared ``INSERT``
    per batch on SQLite, written while the next batch is made (``insert_batches``), and
    ``COPY`` on PostgreSQL.

    Each row is already what the database takes, as ``bulk_create`` would prepare it; what
    is skipped is a model instance per client and the per-object work around it, which
    was most of the time of storing 20 000 verdicts."""
    from parting.store.upsert import insert_batches

    meta = VerdictRecord._meta
    alias = router.db_for_write(VerdictRecord)
    connection = connections[alias]
    quote = connection.ops.quote_name
    fields = [cast("Field[Any, Any]", meta.get_field(name)) for name in _COLUMNS]
    columns = [quote(str(f.column)) for f in fields]
    # A date has a database form of its own (text on SQLite); the few rows with one get it.
    adapt_date = connection.ops.adapt_datefield_value
    day = _COLUMNS.index("decision_not_before")

    def prepared() -> Iterator[list[list[Any]]]:
        for batch in batched(rows, BULK_ROWS):
            for row in batch:
                if row[day] is not None:
                    row[day] = adapt_date(row[day])
            yield batch

    with connection.cursor() as cursor:
        insert_batches(cursor, quote(meta.db_table), columns, prepared())


def _as_json(value: Any, prepared: bool = True) -> str:
    """``value`` as the JSON text Django's ``JSONField`` writes (``json.dumps``), with
    NaN and infinity as missing (``_finite``); an empty list, most rows' flags and
    changes, without the encoder."""
    if isinstance(value, list) and not value:
        return "[]"
    try:
        return _strict_json(value)
    except (ValueError, TypeError):
        return json.dumps(_finite(value))


# ``json.dumps(value, allow_nan=False)`` without making an encoder for each value.
_strict_json = json.JSONEncoder(allow_nan=False).encode


_COLUMNS = (
    "run",
    "client",
    "verdict",
    "rank",
    "reason",
    "main_sign",
    "signs",
    "review_flags",
    "tempered_by",
    "decision_not_before",
    "metrics",
    "signature",
    "changed",
    "changes",
)


def previous_signatures(client_ids: list[str]) -> dict[str, str]:
    """Each client's latest verdict signature before this rescore (none for a new client).

    The latest run holds nearly every client, so one query over it answers most; the few
    it lacks (scored in an older run only) are looked up by id."""
    found: dict[str, str] = {}
    run = latest_run()
    if run is not None:
        latest = VerdictRecord.objects.filter(run=run)
        if len(client_ids) <= BULK_ROWS:  # a few clients scored again: only theirs
            latest = latest.filter(client_id__in=client_ids)
        found.update(latest.values_list("client_id", "signature"))
    missing = [c for c in client_ids if c not in found]
    for start in range(0, len(missing), BULK_ROWS):
        rows = (
            VerdictRecord.objects.filter(client_id__in=missing[start : start + BULK_ROWS])
            .order_by("client_id", *LATEST_FIRST)
            .values_list("client_id", "signature")
        )
        for client_id, sig in rows:
            found.setdefault(client_id, sig)
    return found


def _record(run: TriageRun, verdict: ClientVerdict, metrics: Any, before: str) -> list[Any]:
    """One verdict row (``_row``) of a ``ClientVerdict``."""
    return _row(
        run.pk,
        verdict.client_id,
        verdict=verdict.verdict,
        rank=verdict.rank,
        reason=verdict.reason,
        main_sign=verdict.main_sign.id if verdict.main_sign else "",
        signs=[s.to_dict() for s in verdict.signs],
        review_flags=list(verdict.review_flags),
        tempered_by=list(verdict.tempered_by),
        decision_not_before=verdict.decision_not_before,
        metrics=metrics,
        sig=signature(verdict.verdict, (s.id for s in verdict.signs)),
        before=before,
    )


def _row(
    run_id: int,
    client_id: str,
    *,
    verdict: str,
    rank: int,
    reason: str,
    main_sign: str,
    signs: list[Any],
    review_flags: list[str],
    tempered_by: list[str],
    decision_not_before: date | None,
    metrics: Any,
    sig: str,
    before: str,
) -> list[Any]:
    """A verdict row, its values in the order of ``_COLUMNS``: the verdict's own fields,
    its signature, what changed since ``before``, and the figures (a flat dataclass: its
    fields are its figures; ``asdict`` would deep-copy each). JSON goes as the text
    ``_as_json`` writes (the one encoding of each value), which PostgreSQL reads as
    ``jsonb``; ids, text, numbers and booleans go as they are, a date as ``_insert``
    prepares it."""
    what_changed = changes(before, sig)
    return [
        run_id,
        client_id,
        verdict,
        rank,
        reason,
        main_sign,
        _as_json(signs),
        _as_json(review_flags),
        _as_json(tempered_by),
        decision_not_before,
        _as_json(vars(metrics) if metrics is not None else {}),
        sig,
        bool(what_changed),
        _as_json(what_changed),
    ]


def batched(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such figures are stored as missing."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def latest_run() -> TriageRun | None:
    return TriageRun.objects.order_by("-computed_at", "-pk").first()


def latest_verdict(client_id: str) -> VerdictRecord | None:
    return (
        VerdictRecord.objects.filter(client_id=client_id)
        .select_related("run", "client")
        .order_by(*LATEST_FIRST)
        .first()
    )


def scored_verdict(client_id: str) -> ClientVerdict:
    """The client's latest stored verdict, or an error saying how to get one."""
    record = latest_verdict(client_id)
    if record is None:
        from parting.store.clients import get_client

        # A misspelt id is named as such, not as "not scored yet"; a client, by its name.
        client = get_client(client_id)
        raise NotFoundError(
            _("{client} has no verdict yet. Score the workspace first: parting triage").format(
                client=client.name or client_id
            )
        )
    return client_verdict(record)


def history(client_id: str, length: int | None = None) -> list[VerdictRecord]:
    """The client's verdict changes, newest first: a row only where the verdict or the signs
    changed, each with the run (date and time) it came from and what changed."""
    rows = (
        VerdictRecord.objects.filter(client_id=client_id, changed=True)
        .select_related("run")
        .order_by(*LATEST_FIRST)
    )
    return list(rows[:length] if length is not None else rows)


def client_verdict(record: VerdictRecord) -> ClientVerdict:
    """A stored verdict as the engine's dataclass, for the playbook and the pages."""
    from parting.engine.results import ClientVerdict, Sign

    return ClientVerdict(
        client_id=record.client_id,
        name=record.client.name,
        verdict=record.verdict,  # type: ignore[arg-type]
        rank=record.rank,
        reason=record.reason,
        signs=[Sign.from_dict(s) for s in record.signs],
        review_flags=list(record.review_flags),
        tempered_by=list(record.tempered_by),
        decision_not_before=record.decision_not_before,
        language=record.client.language or "en",
        reviewed_repair=_reviewed_repair(record),
        owed=owed_of(record),
        overdue=overdue_of(record),
    )


def owed_of(record: VerdictRecord) -> float:
    """What the client owes, due or not, as the run stored it with the verdict."""
    return float(record.metrics.get("owed") or 0.0)


def overdue_of(record: VerdictRecord) -> float:
    """The part of ``owed_of`` past its due date, as the run stored it."""
    return float(record.metrics.get("overdue") or 0.0)


def _reviewed_repair(record: VerdictRecord) -> date | None:
    """The day the repair a verdict judged began: the client's last remediation up to the
    run's scoring day (the engine's ``last_remediation``), read only for such a verdict."""
    if not {"repair_worked", "failed_repair"} & set(record.tempered_by):
        return None
    from parting.store.models import Incident

    last = (
        Incident.objects.filter(
            client_id=record.client_id, kind="remediation", date__lte=record.run.as_of
        )
        .order_by("-date")
        .values_list("date", flat=True)
        .first()
    )
    return last
