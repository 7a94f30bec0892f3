"""Several people writing at once, while a triage runs, each get a truthful answer, and
every write is stored exactly once — on the real server (``parting serve``: one thread per
request, the rescoring worker, and a command-line triage in another process), on SQLite
and on PostgreSQL."""

from __future__ import annotations

import html
import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from store.business import write_business  # noqa: E402

WRITERS = 4
INCIDENTS_EACH = 3
PASSWORD = "a-long-test-passphrase-42"
SETUP = f"""
import sys
from pathlib import Path
from parting.store.workspace import init
init()
from parting.store.imports import import_paths
import_paths([Path(sys.argv[1])])
from django.contrib.auth import get_user_model
from parting.store.models import Member
user = get_user_model().objects.create_user(username="olivia", password="{PASSWORD}")
Member.objects.create(user=user, role="owner")
from parting.store.triage import run_triage
run_triage()
"""
COUNT = """
from parting.store.workspace import activate
activate()
from parting.store.models import Incident
for note in Incident.objects.values_list("note", flat=True):
    print(note)
"""


class Browser:
    """One person's session: cookies, and the CSRF token Django checks on every POST."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def get(self, path: str) -> tuple[int, str]:
        return self._send(urllib.request.Request(self.base + path))

    def post(self, path: str, data: dict[str, str]) -> tuple[int, str]:
        token = next(c.value for c in self.jar if c.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(self.base + path, body, {"Referer": self.base + path})
        return self._send(request)

    def _send(self, request: urllib.request.Request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def log_in(self) -> None:
        self.get("/login/")
        status, _ = self.post("/login/", {"username": "olivia", "password": PASSWORD})
        assert status == 302, status


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is the answer itself (302 after a saved form)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_url() -> str | None:
    base = os.environ.get("TEST_DATABASE_URL", "")
    if not base:
        return None
    import psycopg

    name = f"parting_concurrency_{os.getpid()}"
    server = base.rsplit("/", 1)[0]
    with psycopg.connect(server + "/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def environment(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PARTING_HOME")}
    env.update(
        PARTING_WORKSPACE=str(tmp_path / "ws"),
        PARTING_LANG="en",
        PYTHONPATH=str(ROOT / "src"),
        PYTHONUNBUFFERED="1",
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if request.param == "postgresql":
        url = postgres_url()
        if url is None:
            pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL server to write to")
        env["DATABASE_URL"] = url
    yield env
    if "DATABASE_URL" in env:
        import psycopg

        server, name = env["DATABASE_URL"].rsplit("/", 1)
        with psycopg.connect(server + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def serve(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "parting", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise AssertionError(log.read_text())


def test_writers_and_a_triage_at_once_get_truthful_answers_and_lose_nothing(
    environment: dict[str, str], tmp_path: Path
) -> None:
    business = write_business(tmp_path / "business")
    code = [sys.executable, "-c"]
    subprocess.run([*code, SETUP, str(business)], env=environment, check=True, timeout=300)
    port, log = free_port(), tmp_path / "server.log"
    server = serve(environment, port, log)
    answers: list[tuple[str, int, str]] = []
    try:
        people = [Browser(f"http://127.0.0.1:{port}") for _ in range(WRITERS + 1)]
        for person in people:
            person.log_in()
        start = threading.Barrier(len(people) + 1)

        def write(n: int, person: Browser) -> None:
            start.wait()
            for i in range(INCIDENTS_EACH):
                note = f"writer {n} incident {i}"
                status, page = person.post(
                    "/incidents/new/acme",
                    {"kind": "other", "severity": "low", "date": "2026-03-01", "note": note},
                )
                answers.append((note, status, page))

        def rescore(person: Browser) -> None:
            start.wait()
            for _ in range(3):
                status, page = person.post("/scoring/rescore", {"next": "/"})
                answers.append(("rescore", status, page))

        threads = [threading.Thread(target=write, args=(n, p)) for n, p in enumerate(people[1:])]
        threads.append(threading.Thread(target=rescore, args=(people[0],)))
        for t in threads:
            t.start()
        triage = subprocess.Popen(
            [sys.executable, "-m", "parting", "triage", "--format", "json"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        start.wait()
        for t in threads:
            t.join(timeout=600)
        assert triage.wait(timeout=600) == 0, triage.stderr.read() if triage.stderr else ""
    finally:
        server.terminate()
        server.wait(timeout=30)
    failed = [(what, status, html.unescape(re.sub(r"<[^>]+>", " ", page))[:300])
              for what, status, page in answers if status != 302]  # fmt: skip
    assert failed == [], log.read_text()[-3000:]
    assert len(answers) == WRITERS * INCIDENTS_EACH + 3
    stored = subprocess.run(
        [*code, COUNT], env=environment, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    written = [f"writer {n} incident {i}" for n in range(WRITERS) for i in range(INCIDENTS_EACH)]
    assert sorted(n for n in stored if n.startswith("writer")) == sorted(written)
    assert "Traceback" not in log.read_text()
