"""``parting serve``: the web app on 127.0.0.1, serving its own static files."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from parting.cli.serve import HOST, _workspace_for


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def test_serve_prints_its_address_answers_on_loopback_and_runs_the_worker(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PARTING_LANG": "en", "PYTHONUNBUFFERED": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "parting",
            "serve",
            "--workspace",
            str(tmp_path / "ws"),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        printed = ""
        deadline = time.monotonic() + 60
        while f"http://{HOST}:{port}/" not in printed and time.monotonic() < deadline:
            line = server.stdout.readline() if server.stdout else ""
            if not line and server.poll() is not None:
                break
            printed += line
        assert f"http://{HOST}:{port}/" in printed, printed
        with urllib.request.urlopen(f"http://{HOST}:{port}/setup/", timeout=10) as page:
            assert page.status == 200
            assert b"Welcome to Parting" in page.read()
        with urllib.request.urlopen(
            f"http://{HOST}:{port}/static/parting/htmx.min.js", timeout=10
        ) as script:
            assert script.status == 200 and b"htmx" in script.read(200)
        database = tmp_path / "ws" / "parting.sqlite3"
        assert database.exists()
        assert _worker_takes_a_queued_rescore(database) in ("done", "failed")
    finally:
        server.terminate()
        server.wait(timeout=10)


def _worker_takes_a_queued_rescore(database: Path) -> str:
    """Queue a rescore the way another process of the workspace would (a row in the jobs
    table) and wait for the server's worker to finish it."""
    with sqlite3.connect(database) as db:
        db.execute(
            "INSERT INTO jobs (kind, status, reason, requested_at, step, steps, error,"
            " payload, result)"
            " VALUES ('rescore', 'queued', 'button', '2026-03-02 09:00:00', 0, 3, '', '{}', '{}')"
        )
    deadline = time.monotonic() + 60
    status = "queued"
    while status in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.5)
        with sqlite3.connect(database) as db:
            status = db.execute("SELECT status FROM jobs").fetchone()[0]
    return status


def test_a_demo_without_a_workspace_gets_a_fresh_folder_of_its_own() -> None:
    first, second = _workspace_for(None, demo=True), _workspace_for(None, demo=True)
    try:
        assert first is not None and second is not None and first != second
        assert first.is_dir() and not any(first.iterdir())
    finally:
        for folder in (first, second):
            if folder is not None:
                folder.rmdir()


def test_without_demo_the_workspace_is_the_one_asked_for(tmp_path: Path) -> None:
    assert _workspace_for(tmp_path, demo=False) == tmp_path
    assert _workspace_for(None, demo=False) is None
