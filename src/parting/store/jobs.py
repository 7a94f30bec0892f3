"""Long work outside the request: rescoring the workspace after a person changed what the
triage reads (settings, an incident, a judgement, a merge, an import, or "Rescore now"),
and importing a large upload.

A request only queues a ``Job`` row and returns at once; the worker — a thread the web
app starts in its own process (``start_worker``), so a laptop needs no other service —
claims queued jobs, scores, and writes its progress to the row, which the pages poll.
It works the same on SQLite and PostgreSQL: claiming is one conditional UPDATE, so two
workers (two server processes) never run the same job.

Every rescore waiting when the worker starts is done by that one scoring: it reads the
data as it is then, which holds every change those requests were made for. Imports run
one at a time, before the rescores (each queues one when it has stored its rows). What
runs an import is registered by the web app (``register``): the store knows no pages.

An import writes in one transaction, so its progress cannot go through the database
(nobody else would see it before the end): the worker keeps it in memory
(``live_progress``), which the import page of the same server process polls.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from django.db import close_old_connections, connections, transaction
from django.db.models import F
from django.utils import timezone

from parting.errors import PartingError
from parting.i18n import _
from parting.store.models import Job, TriageRun

log = logging.getLogger(__name__)

# Reading the workspace, scoring every client, storing the verdicts.
STEPS = 3
ACTIVE = ("queued", "running")
POLL_SECONDS = 2.0

_wake = threading.Event()
_worker: Worker | None = None
_worker_lock = threading.Lock()

# ``progress(label, done, total)``, as the importer reports it.
Progress = Callable[[str, int, "int | None"], None]
# Runs one job of a kind other than rescore; returns what the page shows once it is done.
Runner = Callable[[Job, Progress], dict[str, Any]]
_runners: dict[str, Runner] = {}
_live: dict[int, tuple[str, int, int | None]] = {}


def register(kind: str, runner: Runner) -> None:
    _runners[kind] = runner


def request_job(kind: str, payload: dict[str, Any], user: Any = None) -> Job:
    """Queue a job of ``kind`` (an import) and wake the worker."""
    job = Job.objects.create(
        kind=kind,
        reason=kind,
        payload=payload,
        requested_by=user if getattr(user, "is_authenticated", False) else None,
    )
    transaction.on_commit(_wake.set)
    return job


def live_progress(job_id: int) -> tuple[str, int, int | None] | None:
    """What a job running in this process is doing: a label, rows done, rows in all."""
    return _live.get(job_id)


def request_rescore(reason: str, user: Any = None) -> Job:
    """Queue a rescore (or join the one already waiting) and wake the worker."""
    waiting = Job.objects.filter(kind="rescore", status="queued").order_by("pk").first()
    job = waiting or Job.objects.create(
        kind="rescore",
        reason=reason,
        requested_by=user if getattr(user, "is_authenticated", False) else None,
        steps=STEPS,
    )
    # Woken once the request's transaction is committed, so the worker sees the job.
    transaction.on_commit(_wake.set)
    return job


def active() -> Job | None:
    """The rescore running or waiting now, if any (the one a page shows progress of)."""
    rescores = Job.objects.filter(kind="rescore", status__in=ACTIVE)
    return rescores.order_by("-status", "pk").first()


def last_failure(after: TriageRun | None) -> Job | None:
    """A rescore that failed since ``after`` was stored: the owner must hear why."""
    failed = Job.objects.filter(kind="rescore", status="failed")
    if after is not None:
        failed = failed.filter(finished_at__gt=after.computed_at)
    return failed.order_by("-finished_at").first()


def _claim() -> list[int]:
    """Take every queued rescore (one scoring serves them all); [] if another worker did."""
    ids = list(Job.objects.filter(kind="rescore", status="queued").values_list("pk", flat=True))
    if not ids:
        return []
    now = timezone.now()
    claimed = Job.objects.filter(pk__in=ids, status="queued").update(
        status="running", started_at=now
    )
    if not claimed:
        return []
    # The ones this worker took (another may have taken some between the two queries).
    mine = Job.objects.filter(pk__in=ids, status="running", started_at=now)
    return list(mine.values_list("pk", flat=True))


def _progress(ids: list[int], step: int) -> None:
    Job.objects.filter(pk__in=ids).update(step=step)


def _rescore(ids: list[int]) -> TriageRun:
    from parting.engine import score
    from parting.store.settings import load_config
    from parting.store.tables import read_tables
    from parting.store.triage import store

    tables = read_tables()
    _progress(ids, 1)
    triage = score(tables, load_config(), engine="duckdb")
    _progress(ids, 2)
    return store(triage, "duckdb")


def _claim_one() -> Job | None:
    """Take the oldest queued job that is not a rescore; None if there is none (or another
    worker took it first)."""
    pk = (
        Job.objects.filter(status="queued")
        .exclude(kind="rescore")
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    if pk is None:
        return None
    if not Job.objects.filter(pk=pk, status="queued").update(
        status="running", started_at=timezone.now()
    ):
        return None
    return Job.objects.get(pk=pk)


def _run_one(job: Job) -> None:
    def progress(label: str, done: int, total: int | None) -> None:
        _live[job.pk] = (label, done, total)

    runner = _runners.get(job.kind)
    try:
        if runner is None:
            raise PartingError(_("This server cannot run this kind of work."))
        result = runner(job, progress)
    except PartingError as error:
        _finish([job.pk], "failed", error=str(error))
    except Exception:  # the worker must outlive one bad job
        log.exception("the %s job failed", job.kind)
        _finish([job.pk], "failed", error=_("Something went wrong; nothing was stored."))
    else:
        Job.objects.filter(pk=job.pk).update(result=result)
        _finish([job.pk], "done")
    finally:
        _live.pop(job.pk, None)


def work_pending() -> int:
    """Run every queued job now, in this thread; how many were done or failed."""
    handled = 0
    while job := _claim_one():
        handled += 1
        _run_one(job)
    while ids := _claim():
        handled += len(ids)
        try:
            run = _rescore(ids)
        except PartingError as error:
            _finish(ids, "failed", error=str(error))
        except Exception:  # the worker must outlive one bad scoring
            log.exception("rescoring failed")
            _finish(ids, "failed", error=_("Something went wrong while scoring; see the log."))
        else:
            _finish(ids, "done", run=run)
    return handled


def _finish(ids: list[int], status: str, run: TriageRun | None = None, error: str = "") -> None:
    done = {"step": F("steps")} if status == "done" else {}
    Job.objects.filter(pk__in=ids).update(
        status=status, finished_at=timezone.now(), run=run, error=error, **done
    )


def keep_watch() -> None:
    """Sync, score and send the digest when a round is due (``parting serve --watch 1h``
    sets ``PARTING_WATCH_EVERY``); a failed round is logged and tried again next time."""
    every = os.environ.get("PARTING_WATCH_EVERY")
    if not every:
        return
    from parting.store.watch import interval_seconds, watch_if_due

    try:
        watch_if_due(interval_seconds(every))
    except PartingError as error:
        log.error("keeping watch failed: %s", error)


class Worker(threading.Thread):
    """Waits for jobs (woken at once by a request in this process, or every few seconds
    for those queued by another) and runs them one after another."""

    def __init__(self) -> None:
        super().__init__(name="parting-worker", daemon=True)
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            close_old_connections()
            try:
                work_pending()
                keep_watch()
            except Exception:  # e.g. the database briefly unreachable
                log.exception("the worker could not read its jobs")
            finally:
                close_old_connections()
            _wake.wait(POLL_SECONDS)
            _wake.clear()
        # This thread's connection goes with it (a test database can then be dropped).
        connections.close_all()

    def stop(self) -> None:
        self.stopping.set()
        _wake.set()


def start_worker() -> Worker:
    """Start this process's worker once. Jobs left "running" by a worker that stopped
    with its process are queued again, so no rescore is lost to a restart."""
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            Job.objects.filter(status="running").update(status="queued", step=0)
            _worker = Worker()
            _worker.start()
        return _worker


def stop_worker() -> None:
    global _worker
    with _worker_lock:
        if _worker is not None:
            _worker.stop()
            _worker.join(timeout=30)
            _worker = None
