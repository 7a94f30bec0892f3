"""The watch commands as a person runs them, each a real ``parting`` process: connect, sync,
a sync killed with SIGKILL, and a password that never shows."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from store.conftest import parting_command, subprocess_env

from .mailservers import Dovecot
from .test_sync import inbound

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="SQLite workspaces; the SQLite pass runs it"
)


def parting(
    workspace: Path, *args: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = subprocess_env(workspace)
    if password is not None:
        env["PARTING_IMAP_PASSWORD"] = password
    return subprocess.run(
        parting_command(*args), env=env, capture_output=True, text=True, timeout=300
    )


def connect(workspace: Path, dovecot: Dovecot, password: str) -> subprocess.CompletedProcess[str]:
    return parting(
        workspace,
        "mail",
        "connect",
        "--imap",
        "127.0.0.1",
        "--port",
        str(dovecot.port_plain),
        "--user",
        dovecot.user,
        "--folder",
        "INBOX",
        "--insecure",
        password=password,
    )


def messages(workspace: Path) -> tuple[int, int]:
    with sqlite3.connect(workspace / "parting.sqlite3") as db:
        total, distinct = db.execute(
            "SELECT count(*), count(DISTINCT message_id) FROM messages"
        ).fetchone()
    return int(total), int(distinct)


def test_the_password_is_sealed_never_printed_and_never_exported(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    workspace = tmp_path / "studio"
    assert parting(workspace, "init").returncode == 0
    done = connect(workspace, dovecot, dovecot.password)
    assert done.returncode == 0, done.stderr
    assert "Connected to 127.0.0.1" in done.stdout
    dovecot.deliver("INBOX", inbound(5))
    synced = parting(workspace, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "INBOX: 5 new messages, 0 skipped." in synced.stdout
    exported = parting(workspace, "export", str(tmp_path / "backup"))
    assert exported.returncode == 0, exported.stderr
    secret = dovecot.password.encode()
    for output in (done, synced, exported):
        assert dovecot.password not in output.stdout + output.stderr
    for file in [*workspace.rglob("*"), *(tmp_path / "backup").rglob("*")]:
        if file.is_file():
            assert secret not in file.read_bytes(), file
    with sqlite3.connect(workspace / "parting.sqlite3") as db:
        (sealed,) = db.execute("SELECT password_sealed FROM mail_accounts").fetchone()
    assert sealed and dovecot.password not in sealed


def test_wrong_credentials_give_one_clear_line_and_exit_code_2(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    workspace = tmp_path / "studio"
    parting(workspace, "init")
    done = connect(workspace, dovecot, "not the password")
    assert done.returncode == 2
    assert "refused the user name or password" in done.stderr
    assert "not the password" not in done.stdout + done.stderr


def test_a_sync_killed_with_sigkill_is_completed_by_the_next_with_no_duplicate(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    workspace = tmp_path / "studio"
    parting(workspace, "init")
    assert connect(workspace, dovecot, dovecot.password).returncode == 0
    dovecot.deliver("INBOX", inbound(4000))
    env = subprocess_env(workspace)
    process = subprocess.Popen(
        parting_command("sync"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if messages(workspace)[0] > 0:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored, _distinct = messages(workspace)
    assert 0 < stored < 4000, "the kill should land in the middle of the sync"
    again = parting(workspace, "sync")
    assert again.returncode == 0, again.stderr
    assert messages(workspace) == (4000, 4000)
    assert f"INBOX: {4000 - stored:,} new messages" in again.stdout  # in English
