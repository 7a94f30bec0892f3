"""Importer speed: a 1M-row Toggl export and a 100k-message mbox (``python -m benchmarks.ingest``).

Both files are generated first. Each figure is set against a baseline run in the same
process on the same file, so the ratio holds across machines:
- Toggl: ``pyarrow.csv.read_csv`` reading every column as text (the floor: just parsing);
- mbox: the standard library's ``mailbox.mbox`` parsing every message with
  ``email.policy.default`` (what a plain Python importer would do, before any cleaning).

Options: ``--rows N`` and ``--messages N`` for smaller or larger runs.
"""

from __future__ import annotations

import argparse
import csv
import mailbox
import resource
import tempfile
import time
from collections.abc import Callable
from email import policy
from email.parser import BytesParser
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from parting.config import Config
from parting.ingest import read

CLIENTS = ["Northwind Ltd", "Bistro Lune SARL", "Kava d.o.o.", "Công ty TNHH Sao Mai", ""]
PROJECTS = ["Website", "Menu cards", "Brand book", "App", "Internal"]
WORDS = ["Homepage layout", "Bug fix on checkout", "Weekly call", "Révision logo", "Support"]


def toggl_export(path: Path, rows: int, seed: int = 7) -> None:
    """A Toggl detailed report with ``rows`` entries, written column-wise."""
    rng = np.random.default_rng(seed)
    day = rng.integers(0, 730, rows)
    dates = (np.datetime64("2023-01-01") + day).astype(str)
    start = rng.integers(8 * 3600, 17 * 3600, rows)
    length = rng.integers(60, 4 * 3600, rows)

    def clock(seconds: np.ndarray) -> np.ndarray:
        h, rest = np.divmod(seconds, 3600)
        m, s = np.divmod(rest, 60)
        return np.char.add(
            np.char.add(np.char.zfill(h.astype(str), 2), ":"),
            np.char.add(
                np.char.add(np.char.zfill(m.astype(str), 2), ":"), np.char.zfill(s.astype(str), 2)
            ),
        )

    pick = rng.integers(0, 5, rows)
    table = pa.table(
        {
            "User": np.array(["Ana Kovač", "Minh Trần", "Jure Novak"])[pick % 3],
            "Email": np.array(["ana@s.example", "minh@s.example", "jure@s.example"])[pick % 3],
            "Client": np.array(CLIENTS)[pick],
            "Project": np.array(PROJECTS)[pick],
            "Task": np.array(["Design", "", "Meetings", "", "Admin"])[rng.integers(0, 5, rows)],
            "Description": np.array(WORDS)[rng.integers(0, 5, rows)],
            "Billable": np.array(["Yes", "No"])[rng.integers(0, 2, rows)],
            "Start date": dates,
            "Start time": clock(start),
            "End date": dates,
            "End time": clock(start + length),
            "Duration": clock(length),
            "Tags": np.array(["", "web, design", "revision"])[rng.integers(0, 3, rows)],
            "Amount (EUR)": np.round(length / 3600 * 75, 2).astype(str),
        }
    )
    pacsv.write_csv(table, path)


MESSAGE = (
    "From sender@example Mon Jan  1 00:00:00 2024\n"
    "From: {name} <{sender}>\nTo: {recipient}\nSubject: =?utf-8?q?R=C3=A9vision_{i}?=\n"
    "Date: Mon, {day} Jan 2024 10:{minute:02d}:00 +0100\nMessage-ID: <{i}@bench.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n\n"
    "Bonjour,\n\nLa version {i} n'est pas encore =C3=A7a, merci de refaire la page.\n\n"
    "Cordialement,\n{name}\n\nLe lun. 1 janv. 2024, Ana <ana@studio.example> a =C3=A9crit :\n"
    "> Voici la version {i}.\n\n"
)


def mbox_export(path: Path, messages: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(messages):
            client = i % 200
            outgoing = i % 3 == 0
            sender = "ana@studio.example" if outgoing else f"c{client}@client{client}.example"
            recipient = f"c{client}@client{client}.example" if outgoing else "ana@studio.example"
            f.write(
                MESSAGE.format(
                    name=f"Client {client}",
                    sender=sender,
                    recipient=recipient,
                    i=i,
                    day=1 + i % 28,
                    minute=i % 60,
                )
            )


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def baseline_csv(path: Path) -> pa.Table:
    with path.open(encoding="utf-8") as f:
        names = next(csv.reader(f))
    convert = pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()))
    return pacsv.read_csv(path, convert_options=convert)


def baseline_mbox(path: Path) -> int:
    parser = BytesParser(policy=policy.default)
    box = mailbox.mbox(str(path), factory=parser.parse, create=False)
    return sum(1 for message in box if message.get_body() is not None)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    config = Config()
    with tempfile.TemporaryDirectory() as folder:
        # Warm up: first use of pyarrow's conversions and DuckDB costs start-up time once.
        small = Path(folder) / "small.mbox"
        mbox_export(small, 10)
        read(small, config, format="mbox")
        mbox = Path(folder) / "mail.mbox"
        mbox_export(mbox, args.messages)
        size = mbox.stat().st_size / 2**20
        ours, parsed = timed(lambda: read(mbox, config, format="mbox"))
        base, _count = timed(lambda: baseline_mbox(mbox))
        rows = parsed.tables["messages"].num_rows  # type: ignore[attr-defined]
        print(f"mbox  {args.messages:>9,} messages ({size:.0f} MiB): {ours:6.2f} s, "
              f"{args.messages / ours:>9,.0f} msg/s; stdlib mailbox+email baseline "
              f"{base:6.2f} s; ratio {ours / base:.2f}; {rows:,} imported; "
              f"peak RSS so far {peak_mib():,.0f} MiB")  # fmt: skip

        toggl = Path(folder) / "toggl.csv"
        toggl_export(toggl, args.rows)
        size = toggl.stat().st_size / 2**20
        base, _t = timed(lambda: baseline_csv(toggl))
        ours, parsed = timed(lambda: read(toggl, config, format="toggl"))
        rows = parsed.tables["time_entries"].num_rows  # type: ignore[attr-defined]
        print(f"toggl {args.rows:>9,} rows ({size:.0f} MiB): {ours:6.2f} s, "
              f"{args.rows / ours:>9,.0f} rows/s; pyarrow.csv all-text baseline "
              f"{base:6.2f} s; ratio {ours / base:.2f}; {rows:,} imported; "
              f"peak RSS {peak_mib():,.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
