"""Keeping watch, end to end (``python -m benchmarks.watch``).

1. ``parting sync`` of 10,000 new messages from a throwaway Dovecot on loopback (the same
   server the tests start) into a SQLite workspace. Baseline in the same process: the
   importer on the same messages as a Maildir folder (``parting import``), so the ratio
   is what IMAP adds.
2. The monthly timeline of a 20k-client demo portfolio over 24 months. Baseline: one
   ``score`` of the same tables as of the last month end, so the ratio says how many full
   triages the timeline costs.

Options: ``--messages``, ``--clients``, ``--months``; ``--only sync|timeline``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

AS_OF = dt.date(2026, 6, 30)
ROOT = Path(__file__).resolve().parents[1]


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def load() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


def messages(n: int) -> list[bytes]:
    sys.path.insert(0, str(ROOT / "tests"))
    from watch.mailservers import letter

    start = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    return [
        letter(
            f"Client {i % 400} <client{i % 400}@firm{i % 400}.example>",
            "owner@studio.example",
            f"About the project, part {i}",
            f"Hello,\n\nA question about step {i} of the project. Could you look at it "
            f"this week?\n\nThanks,\nClient {i % 400}\n\n> earlier words\n> quoted",
            start + dt.timedelta(minutes=7 * i),
            message_id=f"<bench-{i}@firm.example>",
        )
        for i in range(n)
    ]


def sync(folder: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from parting.store.imports import import_paths
    from parting.store.mailbox import connect_imap
    from parting.store.mailbox import sync as run_sync
    from watch.mailservers import dovecot_server

    raws = messages(n)
    maildir = folder / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for i, raw in enumerate(raws):
        (maildir / "cur" / f"{i}.bench:2,S").write_bytes(raw)
    with dovecot_server() as server:
        server.deliver("INBOX", raws)
        connect_imap(
            "127.0.0.1",
            server.user,
            server.password,
            port=server.port_plain,
            security="insecure",
            folders=["INBOX"],
        )
        print(f"[{load()}]")
        spent, report = timed(run_sync)
        print(f"sync         {report.new:>7,} messages: {spent:6.2f} s, "
              f"{report.new / spent:>7,.0f} msg/s end to end [{load()}]")  # fmt: skip
    from parting.store.models import Message

    Message.objects.all().delete()
    base, _batches = timed(lambda: import_paths([maildir], format="maildir"))
    print(f"import of the same messages as a Maildir (baseline): {base:6.2f} s, "
          f"{n / base:>7,.0f} msg/s; ratio sync/import {spent / base:.2f} [{load()}]")  # fmt: skip


def timeline(clients: int, months: int) -> None:
    from parting.demo import demo_config, generate
    from parting.engine import score
    from parting.engine.timeline import timelines

    tables = generate(clients, as_of=AS_OF)
    config = demo_config()
    print(f"[{load()}]")
    spent, lines = timed(lambda: timelines(tables, config, as_of=AS_OF, months=months))
    print(f"timeline     {clients:>7,} clients x {len(lines[0].months)} months: {spent:6.2f} s "
          f"[{load()}]")  # fmt: skip
    base, _triage = timed(lambda: score(tables, config, as_of=AS_OF))
    print(f"one score as of {AS_OF} (baseline): {base:6.2f} s; ratio {spent / base:.1f} "
          f"full triages [{load()}]")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--only", choices=("sync", "timeline"), default=None)
    args = parser.parse_args()
    os.environ.pop("DATABASE_URL", None)
    if args.only is None:
        for part in ("sync", "timeline"):
            command = [sys.executable, "-m", "benchmarks.watch", "--only", part]
            command += ["--messages", str(args.messages), "--clients", str(args.clients)]
            subprocess.run([*command, "--months", str(args.months)], check=True)
        return
    if args.only == "timeline":
        timeline(args.clients, args.months)
        return
    with tempfile.TemporaryDirectory(prefix="parting-bench-") as folder:
        from parting.store.workspace import init

        init(Path(folder) / "workspace")
        sync(Path(folder), args.messages)


if __name__ == "__main__":
    main()
