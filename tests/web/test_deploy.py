"""A team's server, as docs/deploy.md sets it up: gunicorn behind a reverse proxy that ends
TLS, with ``PARTING_PRODUCTION=true``, on SQLite and on PostgreSQL.

The test plays the proxy: it sends the ``Host`` and ``X-Forwarded-Proto`` headers a proxy
such as nginx sends.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

GUNICORN = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
HOST = "parting.example.test"

pytestmark = pytest.mark.skipif(GUNICORN is None, reason="gunicorn (the 'server' extra) is absent")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None
        return
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set")
    import psycopg

    name = f"parting_deploy_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server(tmp_path: Path, database_url: str | None) -> Iterator[int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PARTING_"))}
    env.pop("DATABASE_URL", None)
    env.update(
        PARTING_HOME=str(tmp_path / "ws"),
        PARTING_PRODUCTION="true",
        PARTING_BEHIND_PROXY="true",
        PARTING_ALLOWED_HOSTS=HOST,
        PARTING_SECRET_KEY="a-test-secret-" + uuid.uuid4().hex,
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    subprocess.run(
        [sys.executable, "-m", "parting", "init"], env=env, check=True, capture_output=True
    )
    port = _free_port()
    command = [GUNICORN or "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    process = subprocess.Popen(
        [*command, "parting.web.wsgi:application"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _get(port: int, path: str, proxied: bool = True, **headers: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    sent = {"Host": HOST, **headers}
    if proxied:
        sent["X-Forwarded-Proto"] = "https"
    connection.request("GET", path, headers=sent)
    return connection.getresponse()


def test_behind_a_proxy_static_files_are_served_and_pages_are_https_only(server: int) -> None:
    script = _get(server, "/static/parting/htmx.min.js")
    assert script.status == 200
    assert "javascript" in (script.getheader("Content-Type") or "")
    assert b"htmx" in script.read(200)

    plain = _get(server, "/setup/", proxied=False)
    assert plain.status == 301
    assert plain.getheader("Location") == f"https://{HOST}/setup/"

    page = _get(server, "/setup/")
    assert page.status == 200
    assert "max-age=31536000" in (page.getheader("Strict-Transport-Security") or "")


def test_behind_a_proxy_the_first_owner_signs_up_with_secure_cookies(server: int) -> None:
    page = _get(server, "/setup/")
    cookie = (page.getheader("Set-Cookie") or "").split(";")[0]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.read())
    assert token and cookie.startswith("csrftoken=")
    connection = http.client.HTTPConnection("127.0.0.1", server, timeout=30)
    body = urlencode(
        {
            "csrfmiddlewaretoken": token.group(1).decode(),
            "username": "owner",
            "password": "a long and private passphrase",
            "password_again": "a long and private passphrase",
        }
    )
    connection.request(
        "POST",
        "/setup/",
        body=body,
        headers={
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{HOST}",
            "Referer": f"https://{HOST}/setup/",
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    answer = connection.getresponse()
    assert answer.status == 302, answer.read()[:500]
    session = [c for c in answer.headers.get_all("Set-Cookie") or [] if "sessionid=" in c]
    assert session and "Secure" in session[0] and "HttpOnly" in session[0]
