"""``parting serve``: the web app on this machine, for the owner and their staff.

Django's threaded development server on 127.0.0.1 only; it serves its own static files.
Beside it runs the worker (``parting worker``, a process of its own started and stopped
with the server): rescoring and large imports never slow the pages down by sharing the
server's interpreter. A team that shares a workspace puts a real server in front of
``parting.web.wsgi`` and runs ``parting worker`` beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Annotated

import typer

from parting.cli.app import WorkspaceOption, app, console, err_console
from parting.errors import PartingError
from parting.i18n import N_, _

HOST = "127.0.0.1"


def _workspace_for(workspace: Path | None, demo: bool) -> Path | None:
    if demo and workspace is None:
        # A demo never mixes made-up clients into the person's real workspace.
        return Path(tempfile.mkdtemp(prefix="parting-demo-"))
    return workspace


@app.command(
    "serve",
    help=N_("Open the web app on this machine and print its address."),
    example="parting serve --demo",
)
def serve_command(
    workspace: WorkspaceOption = None,
    port: Annotated[
        int, typer.Option("--port", help=N_("Port on 127.0.0.1."), metavar=N_("PORT"))
    ] = 8000,
    demo: Annotated[
        bool,
        typer.Option("--demo", help=N_("Fill a fresh workspace with made-up clients first.")),
    ] = False,
    watch: Annotated[
        str | None,
        typer.Option(
            "--watch",
            help=N_("Also sync, score and send the digest every so often (e.g. 1h)."),
            metavar=N_("INTERVAL"),
        ),
    ] = None,
) -> None:
    from parting.store.workspace import init

    if watch:
        from parting.store.watch import interval_seconds

        interval_seconds(watch)  # a wrong interval is refused before anything starts
        os.environ["PARTING_WATCH_EVERY"] = watch  # read by the worker (parting.store.jobs)
    folder = init(_workspace_for(workspace, demo))
    if demo:
        from parting.web import demo as demo_data
        from parting.words.formats import number

        if demo_data.has_clients():
            console.print(_("The workspace already has clients; the demo data was not added."))
        else:
            with console.status(_("Generating the demo portfolio…")):
                scored = demo_data.fill(clients=demo_data.DEMO_CLIENTS)
            console.print(_("Demo portfolio ready: {n} clients scored.").format(n=number(scored)))
    _run(folder, port)


def _start_worker(folder: Path) -> subprocess.Popen[bytes]:
    """The worker process of this workspace (it reads ``PARTING_WATCH_EVERY`` from the
    environment it inherits). In a session of its own, so Ctrl+C reaches the server only,
    which then stops it; and it stops by itself if the server is ever killed."""
    from parting.store.jobs import worker_threads

    command = [sys.executable, "-m", "parting", "worker", "--workspace", str(folder)]
    threads = str(worker_threads())  # read by the libraries as they load
    return subprocess.Popen(
        [*command, "--parent", str(os.getpid())],
        env={
            **os.environ,
            "PARTING_WORKSPACE": str(folder),
            "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", threads),
            "POLARS_MAX_THREADS": os.environ.get("POLARS_MAX_THREADS", threads),
        },
        start_new_session=True,
    )


class _Worker:
    """The server's worker process, started again if it ever ends while the server runs
    (a crash must not leave every rescore waiting), and stopped with the server."""

    RESTART_AFTER_SECONDS = 2.0

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stopping = threading.Event()
        self.process = _start_worker(folder)
        self.watching = threading.Thread(target=self._watch, name="parting-worker", daemon=True)
        self.watching.start()

    def _watch(self) -> None:
        while not self.stopping.is_set():
            self.process.wait()
            if self.stopping.wait(self.RESTART_AFTER_SECONDS):
                return
            err_console.print(_("The background worker stopped; it is being started again."))
            self.process = _start_worker(self.folder)

    def stop(self) -> None:
        """Ask the worker to stop; a rescore it leaves unfinished is done on the next start."""
        self.stopping.set()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _exit(*_: object) -> None:
    raise SystemExit(0)


def _run(folder: Path, port: int) -> None:
    """Django's threaded development server, bound before the address is printed (so
    whoever reads the address can connect at once)."""
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    os.environ["PARTING_WORKER"] = "off"  # the worker is the process started below
    from parting.web.wsgi import application

    try:
        server = ThreadedWSGIServer((HOST, port), WSGIRequestHandler)
    except OSError as error:
        raise PartingError(
            _("Port {port} cannot be used ({error}). Try another with --port.").format(
                port=port, error=error.strerror
            )
        ) from None
    server.daemon_threads = True
    server.set_app(application)
    worker = _Worker(folder)
    # A service manager stops the server with SIGTERM: it stops its worker on the way out.
    signal.signal(signal.SIGTERM, _exit)
    console.print(_("Workspace: {folder}").format(folder=folder))
    console.print(
        _("Parting is running at {url} — press Ctrl+C to stop.").format(
            url=f"http://{HOST}:{port}/"
        )
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        console.print(_("Stopped."))
    finally:
        server.server_close()
        worker.stop()


@app.command(
    "worker",
    help=N_(
        "Rescore and import in the background for a web server started otherwise.\n\n"
        "parting serve starts its own. Runs until stopped."
    ),
    example="parting worker --workspace ~/parting",
)
def worker_command(
    workspace: WorkspaceOption = None,
    parent: Annotated[
        int | None,
        typer.Option(
            "--parent",
            hidden=True,
            help=N_("Stop when this process is gone."),
            metavar=N_("NUMBER"),
        ),
    ] = None,
) -> None:
    from parting.store.workspace import open_existing

    open_existing(workspace)
    from parting.store.jobs import serve_jobs

    serve_jobs(parent)
