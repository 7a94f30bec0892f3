"""``parting serve`` runs the rescoring worker as a process of its own, started and stopped
with the server: scoring never holds the web process's interpreter while people read.
Progress the worker writes is seen by the pages whichever process serves them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from parting.cli.serve import HOST
from parting.store.models import Job

PASSPHRASE = "a long and private passphrase"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[tuple[int, str]]:
    """The processes ``pid`` started, with their command lines (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            found.append((int(entry.name), command))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``parting serve --demo`` on a fresh workspace, as a person starts it."""
    port = _free_port()
    env = {**os.environ, "PARTING_LANG": "en", "PYTHONUNBUFFERED": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "parting", "serve", "--demo", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workspace", str(tmp_path / "ws")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    url = f"http://{HOST}:{port}/"
    printed = ""
    deadline = time.monotonic() + 180
    while url not in printed and time.monotonic() < deadline:
        line = server.stdout.readline() if server.stdout else ""
        if not line and server.poll() is not None:
            break
        printed += line
    try:
        assert url in printed, printed
        yield url, server
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=30)


def test_serve_scores_in_a_worker_process_that_stops_with_it(
    served: tuple[str, subprocess.Popen[str]], browser: Any
) -> None:
    url, server = served
    workers = [pid for pid, command in _children(server.pid) if " worker " in command]
    assert len(workers) == 1, _children(server.pid)
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    page.goto(url + "setup/")
    page.fill("#id_username", "owner")
    page.fill("#id_password", PASSPHRASE)
    page.fill("#id_password_again", PASSPHRASE)
    page.click("main button[type=submit]")
    page.wait_for_selector("#scoring button")
    page.click("#scoring button")  # Rescore now: the worker process does it
    page.wait_for_selector("#scoring a:text('Show the new verdicts')", timeout=120_000)
    page.click("#scoring a")
    page.wait_for_load_state()
    assert "Last scored:" in page.inner_text("#scoring")
    page.close()

    server.send_signal(signal.SIGTERM)  # how a service manager stops the server
    server.wait(timeout=30)
    deadline = time.monotonic() + 15
    while _alive(workers[0]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(workers[0]), "the worker outlived the server"


def test_a_killed_server_leaves_no_worker_behind(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    _, server = served
    workers = [pid for pid, command in _children(server.pid) if " worker " in command]
    assert workers
    server.kill()
    server.wait(timeout=10)
    deadline = time.monotonic() + 15
    while _alive(workers[0]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(workers[0]), "the worker outlived the server"


def test_the_import_page_shows_the_progress_a_worker_process_reports(
    live_server: Any,
    browser: Any,
    owner: Any,
    log_in: Any,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.WORKSPACE_DIR = tmp_path
    job = Job.objects.create(
        kind="import",
        status="running",
        payload={"paths": ["/x/hours.csv"], "names": {"/x/hours.csv": "hours.csv"}},
    )
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + reverse("import_job", args=[job.pk]))
    assert "Importing…" in page.inner_text("#import-job")
    # What the worker's progress callback does, from another process of the workspace.
    report = (
        "import django; django.setup();"
        "from parting.store.jobs import progress_reporter;"
        f"progress_reporter({job.pk})('Storing time entries', 1200, 5000)"
    )
    env = {
        **os.environ,
        "PARTING_WORKSPACE": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "parting.site.settings",
    }
    subprocess.run([sys.executable, "-c", report], env=env, check=True)
    page.wait_for_selector("#import-job :text('1,200 of 5,000 rows')", timeout=10_000)
    assert page.get_attribute("#import-job progress", "value") == "1200"
    Job.objects.filter(pk=job.pk).update(status="failed", error="stopped by the test")
    page.wait_for_selector("#import-job .errors")
    page.close()


def test_a_worker_that_dies_is_started_again(
    served: tuple[str, subprocess.Popen[str]],
) -> None:
    _, server = served
    first = [pid for pid, command in _children(server.pid) if " worker " in command]
    assert first
    os.kill(first[0], signal.SIGKILL)  # as a crash would end it
    deadline = time.monotonic() + 30
    again: list[int] = []
    while not again and time.monotonic() < deadline:
        time.sleep(0.2)
        again = [
            pid
            for pid, command in _children(server.pid)
            if " worker " in command and pid != first[0] and _alive(pid)
        ]
    assert again, "no worker runs beside the server any more"
