"""Long work outside the request: rescoring the workspace after a person changed what the
triage reads (settings, an incident, a judgement, a merge, an import, or "Rescore now"),
and importing a large upload.

A request only queues a ``Job`` row and returns at once; the worker claims queued jobs,
scores, and writes its progress to the row, which the pages poll. ``parting serve`` runs
the worker as a process of its own (``parting worker``, started and stopped with the
server, so a laptop needs no other service): scoring is CPU-bound Python, and as a thread
of the web process it would hold the interpreter lock the readers' requests wait for.
Another server may still start it as a thread of its own process (``start_worker``).
It works the same on SQLite and PostgreSQL: claiming is one conditional UPDATE, so two
workers never run the same job.

Every rescore waiting when the worker starts is done by that one scoring: it reads the
data as it is then, which holds every change those requests were made for. Imports run
one at a time, before the rescores (each queues one when it has stored its rows). What
runs an import is registered by the web app (``register``): the store knows no pages.

An import writes in one transaction, so its progress cannot go through the database: on
PostgreSQL nobody would see it before the end, and on SQLite the import holds the one
write lock. The worker writes it instead to a small file of the workspace
(``progress/<job>.json``, replaced whole, so a reader never sees half of it), which the
import page reads whichever process serves it (``live_progress``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from django.db import DatabaseError, close_old_connections, connections, transaction
from django.db.models import F
from django.utils import timezone

from parting.errors import PartingError
from parting.files import write_whole
from parting.i18n import _
from parting.store.models import Job, TriageRun

log = logging.getLogger(__name__)

# Reading the workspace, scoring every client, storing the verdicts.
STEPS = 3
# A rescore's payload: the clients whose records changed (absent: anything may have).
CHANGED = "clients"
ACTIVE = ("queued", "running")
# How often an idle worker looks for jobs queued by another process (a query on a small
# table); a request in the worker's own process wakes it at once.
POLL_SECONDS = 1.0
# The import's progress file is written at most this often (and once at the end).
PROGRESS_EVERY_SECONDS = 0.25

_wake = threading.Event()
_worker: Worker | None = None
_worker_lock = threading.Lock()

# ``progress(label, done, total)``, as the importer reports it.
Progress = Callable[[str, int, "int | None"], None]
# Runs one job of a kind other than rescore; returns what the page shows once it is done.
Runner = Callable[[Job, Progress], dict[str, Any]]
_runners: dict[str, Runner] = {}
# What the worker prepares once for the latest run, so no page computes it: the charts
# (registered by the web app), then the timelines (``_timelines``); each returns at once
# when it is done.
Preparer = Callable[[TriageRun], None]
_preparers: dict[str, Preparer] = {}
# (run, preparer) that failed in this process: tried once, not every second.
_failed: set[tuple[int, str]] = set()
_timeline_thread: threading.Thread | None = None
# Set when the worker process is told to stop. DuckDB turns the stop signal into a
# "Query interrupted" error inside whatever query runs then; that is the stop itself,
# not a failure to log or to report on the job (which is queued again on the next start).
_stopping = threading.Event()


def _stop_if_stopping() -> None:
    if _stopping.is_set():
        raise SystemExit(0)


def register(kind: str, runner: Runner) -> None:
    _runners[kind] = runner


def prepare_after_run(name: str, preparer: Preparer) -> None:
    _preparers[name] = preparer


def _timelines(run: TriageRun, background: bool) -> None:
    from parting.store.timeline import could_not_compute, has_timelines, store_timelines

    global _timeline_thread
    if has_timelines(run) or (_timeline_thread is not None and _timeline_thread.is_alive()):
        return
    if not background:
        try:
            store_timelines(run)
        except Exception:
            could_not_compute(run)
            raise
        return

    def compute() -> None:
        # Beside the worker's loop, so a rescore asked for meanwhile (an incident logged)
        # does not wait for every client's history: it takes the longest of all.
        try:
            _leave_a_core()
            store_timelines(run)
        except Exception:
            if _stopping.is_set():
                return
            log.exception("computing the timelines of the latest run failed")
            _failed.add((run.pk, "timelines"))
            with contextlib.suppress(DatabaseError):  # the run itself may be gone
                could_not_compute(run)
        finally:
            connections.close_all()  # this thread's

    _timeline_thread = threading.Thread(target=compute, name="parting-timelines", daemon=True)
    _timeline_thread.start()


def prepare_latest_run(background: bool = False) -> None:
    """Prepare what the pages read of the latest run (its charts, then its timelines),
    once it is stored — whoever stored it (a rescore, ``parting triage``, the demo). A
    job queued meanwhile goes first; the worker computes the timelines in a thread of
    their own (``background``)."""
    from parting.store.triage import latest_run

    preparers = [*_preparers.items(), ("timelines", lambda run: _timelines(run, background))]
    for name, preparer in preparers:
        if Job.objects.filter(status="queued").exists():
            return
        run = latest_run()
        if run is None or (run.pk, name) in _failed:
            continue
        try:
            preparer(run)
        except Exception:  # the pages then say it is not ready; logged, not retried
            _stop_if_stopping()
            log.exception("preparing %s of the latest run failed", name)
            _failed.add((run.pk, name))


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


def _progress_file(job_id: int) -> Path:
    from django.conf import settings

    return Path(settings.WORKSPACE_DIR) / "progress" / f"{int(job_id)}.json"


def _write_progress(job_id: int, label: str, done: int, total: int | None) -> None:
    path = _progress_file(job_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, json.dumps([label, done, total]))


def live_progress(job_id: int) -> tuple[str, int, int | None] | None:
    """What a running job is doing, whichever process runs it: a label, rows done, rows in
    all (None before its first report)."""
    try:
        label, done, total = json.loads(_progress_file(job_id).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None
    return str(label), int(done), None if total is None else int(total)


def request_rescore(reason: str, user: Any = None, clients: Collection[str] | None = None) -> Job:
    """Queue a rescore (or join the one already waiting) and wake the worker. ``clients``
    names the clients whose records the change touched (an incident, a judgement: one; a
    merge: both), so only they need scoring again; None when anything may have changed
    (an import, the settings, "Rescore now")."""
    waiting = Job.objects.filter(kind="rescore", status="queued").order_by("pk").first()
    if waiting is not None and CHANGED in waiting.payload:
        # A waiting rescore of some clients: one of every client takes its place; a list
        # of clients is never written by two requests (one would lose the other's).
        widened = clients is None and Job.objects.filter(pk=waiting.pk, status="queued").update(
            payload={}
        )
        if not widened:
            waiting = None
    job = waiting or Job.objects.create(
        kind="rescore",
        reason=reason,
        requested_by=user if getattr(user, "is_authenticated", False) else None,
        steps=STEPS,
        payload={} if clients is None else {CHANGED: sorted(set(clients))},
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
    """One scoring for the claimed rescores ``ids``: of only the clients they name when
    every one of them names some (``store.rescore``), else of every client."""
    from parting.store.rescore import rescore

    return rescore(changed_clients(ids), progress=lambda step: _progress(ids, step))


def changed_clients(ids: list[int]) -> set[str] | None:
    """The clients the rescores ``ids`` were asked for; None if one is for every client."""
    found: set[str] = set()
    for payload in Job.objects.filter(pk__in=ids).values_list("payload", flat=True):
        if CHANGED not in (payload or {}):
            return None
        found.update(payload[CHANGED])
    return found


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


def progress_reporter(job_id: int) -> Progress:
    """What a job's runner calls as it goes: the progress file, written at most every
    ``PROGRESS_EVERY_SECONDS`` (and at the end of each step)."""
    last = -PROGRESS_EVERY_SECONDS

    def progress(label: str, done: int, total: int | None) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_SECONDS or (total is not None and done >= total):
            last = now
            _write_progress(job_id, label, done, total)

    return progress


def _run_one(job: Job) -> None:
    progress = progress_reporter(job.pk)
    runner = _runners.get(job.kind)
    try:
        if runner is None:
            raise PartingError(_("This server cannot run this kind of work."))
        result = runner(job, progress)
    except PartingError as error:
        _finish([job.pk], "failed", error=str(error))
    except Exception:  # the worker must outlive one bad job
        _stop_if_stopping()
        log.exception("the %s job failed", job.kind)
        _finish([job.pk], "failed", error=_("Something went wrong; nothing was stored."))
    else:
        Job.objects.filter(pk=job.pk).update(result=result)
        _finish([job.pk], "done")
    finally:
        _progress_file(job.pk).unlink(missing_ok=True)


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
            _stop_if_stopping()
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


def run_worker(stopping: threading.Event) -> None:
    """Wait for jobs (woken at once by a request of this process, or every ``POLL_SECONDS``
    for those another process queued) and run them one after another, until ``stopping``."""
    while not stopping.is_set():
        close_old_connections()
        try:
            work_pending()
            keep_watch()
            prepare_latest_run(background=True)
        except Exception:  # e.g. the database briefly unreachable
            _stop_if_stopping()
            log.exception("the worker could not read its jobs")
        finally:
            close_old_connections()
        _wake.wait(POLL_SECONDS)
        _wake.clear()
    # This thread's connection goes with it (a test database can then be dropped).
    connections.close_all()


def requeue_interrupted() -> None:
    """Jobs left "running" by a worker that stopped with its process are queued again, so
    no rescore is lost to a restart."""
    Job.objects.filter(status="running").update(status="queued", step=0)


def worker_threads() -> int:
    """How many threads the worker's scoring may use: all cores but one, which is left to
    the web server's requests (a rescore then takes a little longer; pages do not wait)."""
    return max(1, (os.cpu_count() or 2) - 1)


def _leave_a_core() -> None:
    import pyarrow

    from parting.engine.backends import duckdb_connection

    threads = worker_threads()
    duckdb_connection().execute(f"SET threads TO {threads}")
    pyarrow.set_cpu_count(threads)


def serve_jobs(parent: int | None = None) -> None:
    """The worker process (``parting worker``): runs jobs until it is told to stop
    (SIGTERM, SIGINT) or, when started by a server (``parent``), that server is gone —
    even killed, it leaves no worker behind. It stops at once, mid-job too: the job's
    transaction is rolled back and the job is queued again on the next start."""

    def stop(*_: object) -> None:
        _stopping.set()
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if parent is not None:

        def watch_parent() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os.kill(os.getpid(), signal.SIGTERM)

        threading.Thread(target=watch_parent, name="parting-parent", daemon=True).start()
    with contextlib.suppress(OSError):  # the readers' requests come first
        os.nice(5)
    _leave_a_core()
    requeue_interrupted()
    run_worker(_stopping)


class Worker(threading.Thread):
    """The worker as a thread of a web process that has no worker process beside it."""

    def __init__(self) -> None:
        super().__init__(name="parting-worker", daemon=True)
        self.stopping = threading.Event()

    def run(self) -> None:
        run_worker(self.stopping)

    def stop(self) -> None:
        self.stopping.set()
        _wake.set()


def start_worker() -> Worker:
    """Start this process's worker thread once (see ``requeue_interrupted``)."""
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            requeue_interrupted()
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
        if _timeline_thread is not None:
            _timeline_thread.join(timeout=120)
