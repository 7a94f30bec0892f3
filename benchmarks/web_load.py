"""The web app under load: ``python -m benchmarks.web_load [--clients 5000] [--readers 20]``.

Fills a fresh workspace with the demo portfolio (``--clients`` made-up clients, imported
and scored as a business would), starts ``parting serve`` on a free port of 127.0.0.1 (the
server people run, with its rescoring worker), and lets ``--readers`` people read it at
once for ``--seconds``: each opens the portfolio or a client page, reads it for a moment
(``--think`` seconds on average, drawn from a seeded exponential law), and opens the next.
A rescore is kept running the whole time ("Rescore now", pressed again as soon as the
previous one is done), so the readers share the machine with the scoring.

Reports, per page, the number of views, p50/p95/max in milliseconds and the errors (any
answer but 200, or no answer); how long a rescore was running; and the load average of
the machine before and after. Loopback only; bounded in readers, time and requests.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
TARGETS_MS = {"portfolio": 300.0, "client page": 200.0}
MAX_REQUESTS = 20_000  # a bound on the whole run, whatever the flags say
TIMEOUT_S = 30.0


@dataclass
class Tally:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, page: str, ms: float | None) -> None:
        with self.lock:
            if ms is None:
                self.errors[page] = self.errors.get(page, 0) + 1
            else:
                self.times.setdefault(page, []).append(ms)

    @property
    def requests(self) -> int:
        return sum(len(t) for t in self.times.values()) + sum(self.errors.values())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _request(
    port: int, method: str, path: str, cookies: str, body: str = "", headers: Any = None
) -> tuple[int, bytes, list[tuple[str, str]]]:
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT_S)
    try:
        sent = {"Cookie": cookies, **(headers or {})}
        if body:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body or None, headers=sent)
        response = connection.getresponse()
        return response.status, response.read(), response.getheaders()
    finally:
        connection.close()


def _prepare(folder: Path, clients: int) -> tuple[str, list[str]]:
    """The workspace filled and scored; a signed-in owner's cookie; every client's page."""
    os.environ["PARTING_WORKSPACE"] = str(folder)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parting.site.settings")
    from parting.store.workspace import init

    init(folder)
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client as WebClient
    from django.urls import reverse

    from parting.store.models import Client, Member
    from parting.web import demo

    if not demo.has_clients():
        started = time.perf_counter()
        scored = demo.fill(clients=clients)
        print(f"demo portfolio: {scored} clients scored in {time.perf_counter() - started:.0f} s")
    user = get_user_model().objects.filter(username="reader").first()
    if user is None:
        user = get_user_model().objects.create_user("reader", password="reader-pass-123456")
        Member.objects.create(user=user, role="owner")
    web = WebClient()
    web.force_login(user)
    session = web.cookies[settings.SESSION_COOKIE_NAME].value
    pages = [reverse("client", args=[c]) for c in Client.objects.values_list("pk", flat=True)]
    return f"{settings.SESSION_COOKIE_NAME}={session}", pages


def _serve(folder: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PARTING_WORKSPACE=str(folder))
    server = subprocess.Popen(
        [sys.executable, "-m", "parting", "serve", "--workspace", str(folder), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _request(port, "GET", "/login/", "")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 60 s")


def _reader(
    n: int,
    port: int,
    cookies: str,
    pages: list[str],
    args: argparse.Namespace,
    stop: threading.Event,
    tally: Tally,
) -> None:
    rng = random.Random(args.seed * 1000 + n)
    while not stop.is_set() and tally.requests < MAX_REQUESTS:
        page, path = (
            ("portfolio", "/") if rng.random() < 0.5 else ("client page", rng.choice(pages))
        )
        started = time.perf_counter()
        try:
            status = _request(port, "GET", path, cookies)[0]
            ms: float | None = (time.perf_counter() - started) * 1000 if status == 200 else None
        except OSError:
            ms = None
        tally.add(page, ms)
        stop.wait(min(rng.expovariate(1 / args.think), 5 * args.think) if args.think else 0)


def _csrf(port: int, cookies: str) -> str:
    for name, value in _request(port, "GET", "/", cookies)[2]:
        if name.lower() == "set-cookie" and value.startswith("csrftoken="):
            return value.split(";")[0].split("=", 1)[1]
    raise SystemExit("no CSRF cookie on the portfolio page")


def _keep_rescoring(port: int, cookies: str, stop: threading.Event) -> tuple[int, float]:
    """Press "Rescore now" whenever no rescore is waiting or running; returns how many
    were asked for and for how many seconds one was running or waiting."""
    from parting.store.jobs import active

    token = _csrf(port, cookies)
    with_token = f"{cookies}; csrftoken={token}"
    asked, busy, last = 0, 0.0, time.monotonic()
    while not stop.is_set():
        job = active()
        now = time.monotonic()
        if job is not None:
            busy += now - last
        last = now
        if job is None:
            status = _request(
                port, "POST", "/scoring/rescore", with_token, "next=/", {"X-CSRFToken": token}
            )[0]
            if status not in (200, 302):
                raise SystemExit(f"Rescore now answered {status}")
            asked += 1
        stop.wait(0.25)
    return asked, busy


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=2.0, help="mean reading time, s")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workspace", type=Path, help="reuse this workspace (kept)")
    parser.add_argument(
        "--no-rescore", action="store_true", help="readers only, to compare (no rescore runs)"
    )
    args = parser.parse_args()
    args.readers = max(1, min(args.readers, 100))
    args.seconds = max(5.0, min(args.seconds, 600.0))

    folder = args.workspace or Path(tempfile.mkdtemp(prefix="parting-bench-load-"))
    try:
        _run(folder, args)
    finally:
        if args.workspace is None:
            shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, args: argparse.Namespace) -> None:
    cookies, pages = _prepare(folder, args.clients)
    port = _free_port()
    server = _serve(folder, port)
    try:
        for path in ("/", pages[0]):  # warm-up: imports, templates, the run's charts
            _request(port, "GET", path, cookies)
        load_before = os.getloadavg()
        stop, tally = threading.Event(), Tally()
        readers = [
            threading.Thread(
                target=_reader, args=(n, port, cookies, pages, args, stop, tally), daemon=True
            )
            for n in range(args.readers)
        ]
        rescoring: list[tuple[int, float]] = []
        scorer = threading.Thread(
            target=lambda: rescoring.append(_keep_rescoring(port, cookies, stop)), daemon=True
        )
        if not args.no_rescore:
            scorer.start()
        for reader in readers:
            reader.start()
        stop.wait(args.seconds)
        stop.set()
        for thread in [*readers, scorer] if not args.no_rescore else readers:
            thread.join(timeout=TIMEOUT_S + 5)
        load_after = os.getloadavg()
    finally:
        server.terminate()
        server.wait(timeout=30)

    asked, busy = rescoring[0] if rescoring else (0, 0.0)
    print(
        f"{args.readers} readers for {args.seconds:.0f} s (mean reading time {args.think} s) "
        f"on {len(pages)} clients; rescores asked: {asked}, one running "
        f"{busy / args.seconds:.0%} of the time"
    )
    print(
        f"{'page':<14} {'views':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7} target"
    )
    for page in ("portfolio", "client page"):
        times, errors = tally.times.get(page, []), tally.errors.get(page, 0)
        if not times:
            print(f"{page:<14} {0:>6} {'':>8} {'':>8} {'':>8} {errors:>7}")
            continue
        p95 = _percentile(times, 0.95)
        target = TARGETS_MS[page]
        print(
            f"{page:<14} {len(times) + errors:>6} {statistics.median(times):>8.0f} "
            f"{p95:>8.0f} {max(times):>8.0f} {errors:>7} "
            f"p95 ≤{target:.0f} {'ok' if p95 <= target and not errors else 'MISSED'}"
        )
    print(
        "load average (1, 5, 15 min): before "
        + ", ".join(f"{v:.2f}" for v in load_before)
        + "; after "
        + ", ".join(f"{v:.2f}" for v in load_after)
        + f"; {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    main()
