"""``parting serve``: the web app on this machine, for the owner and their staff.

Django's threaded development server on 127.0.0.1 only; it serves its own static files.
A team that shares a workspace puts a real server in front of ``parting.web.wsgi``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from parting.cli.app import WorkspaceOption, app, console
from parting.errors import PartingError
from parting.i18n import _

HOST = "127.0.0.1"


def _workspace_for(workspace: Path | None, demo: bool) -> Path | None:
    if demo and workspace is None:
        # A demo never mixes made-up clients into the person's real workspace.
        return Path(tempfile.mkdtemp(prefix="parting-demo-"))
    return workspace


@app.command("serve")
def serve_command(
    workspace: WorkspaceOption = None,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8000,
    demo: Annotated[
        bool,
        typer.Option("--demo", help="Fill a fresh workspace with made-up clients first."),
    ] = False,
    watch: Annotated[
        str | None,
        typer.Option(
            "--watch", help="Also sync, score and send the digest every so often (e.g. 1h)."
        ),
    ] = None,
) -> None:
    """Open the web app on this machine and print its address.

    Example: parting serve --demo
    """
    import os

    from parting.store.workspace import init

    if watch:
        from parting.store.watch import interval_seconds

        interval_seconds(watch)  # a wrong interval is refused before anything starts
        os.environ["PARTING_WATCH_EVERY"] = watch  # read by the worker (parting.store.jobs)
    folder = init(_workspace_for(workspace, demo))
    if demo:
        from parting.web import demo as demo_data

        if demo_data.has_clients():
            console.print(_("The workspace already has clients; the demo data was not added."))
        else:
            with console.status(_("Generating the demo portfolio…")):
                scored = demo_data.fill(clients=demo_data.DEMO_CLIENTS)
            console.print(_("Demo portfolio ready: {n} clients scored.").format(n=scored))
    _run(folder, port)


def _run(folder: Path, port: int) -> None:
    """Django's threaded development server, bound before the address is printed (so
    whoever reads the address can connect at once)."""
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

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
