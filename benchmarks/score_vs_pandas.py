"""``parting score`` against a minimal pandas script on the same demo folder:
``python -m benchmarks.score_vs_pandas --clients 40000``.

The baseline is the kind of script a person writes in ten minutes: read the CSV folder
with pandas, a few group-bys per client (revenue, hours, cost, late share, overdue,
after-hours share) and one regular expression for abusive words. It computes no sign,
evidence, verdict, reason or rank; ``parting score`` does all of that, reads the same
files with every value checked, and writes the JSON. The figure that matters is
``score`` time ÷ baseline time, both run as fresh processes, one after the other, in
the same run (the machine is shared: each run prints the load average beside it).
``--profile`` adds the breakdown ``parting score --profile`` prints.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-06-30"
DATA = Path(os.environ.get("PARTING_BENCH_DATA", Path(tempfile.gettempdir()) / "parting-bench"))
ABUSE = r"idiot|stupid|incompetent|useless|crap|merde|connard|ngu|kreten|bedak"


def baseline(folder: Path) -> None:
    """The minimal pandas script (run in its own process by ``main``)."""
    import pandas as pd

    day = pd.Timestamp(AS_OF)
    start = day - pd.Timedelta(days=365)
    entries = pd.read_csv(folder / "time_entries.csv", parse_dates=["date"])
    invoices = pd.read_csv(folder / "invoices.csv", parse_dates=["issued_on", "due_on"])
    payments = pd.read_csv(folder / "payments.csv", parse_dates=["paid_on"])
    messages = pd.read_csv(folder / "messages.csv", parse_dates=["sent_at"])
    clients = pd.read_csv(folder / "clients.csv")

    entries = entries[(entries["date"] > start) & (entries["date"] <= day)]
    entries = entries.assign(cost=entries["hours"] * entries["cost_rate"].fillna(40.0))
    work = entries.groupby("client_id")[["hours", "cost"]].sum()

    invoices = invoices[(invoices["issued_on"] > start) & (invoices["issued_on"] <= day)]
    paid = payments.groupby("invoice_id")["paid_on"].max()
    invoices = invoices.join(paid, on="invoice_id")
    late = invoices["paid_on"] > invoices["due_on"]
    overdue = invoices["paid_on"].isna() & (invoices["due_on"] < day)
    invoices = invoices.assign(late=late, overdue=invoices["amount"].where(overdue, 0.0))
    money = invoices.groupby("client_id").agg(
        revenue=("amount", "sum"), late_share=("late", "mean"), overdue=("overdue", "sum")
    )

    local = messages["sent_at"].dt.tz_convert("Europe/Paris").dt.tz_localize(None)
    messages = messages.assign(sent_at=local)
    inbound = messages[(messages["direction"] == "in") & (local > start) & (local <= day)]
    hour = inbound["sent_at"].dt.hour
    after = (hour < 8) | (hour >= 19) | (inbound["sent_at"].dt.day_of_week >= 5)
    abusive = inbound["body"].fillna("").str.contains(ABUSE, case=False, regex=True)
    inbound = inbound.assign(after_hours=after, abusive=abusive)
    talk = inbound.groupby("client_id").agg(
        after_hours_share=("after_hours", "mean"), abusive=("abusive", "sum")
    )

    out = clients[["client_id"]].join(work, on="client_id").join(money, on="client_id")
    out = out.join(talk, on="client_id").fillna(0)
    out.to_json(Path(tempfile.gettempdir()) / "parting-baseline.json", orient="records")


def demo_folder(clients: int) -> Path:
    folder = DATA / f"demo-csv-{clients}"
    if not (folder / "demo_settings.toml").exists():
        subprocess.run(
            [sys.executable, "-m", "parting", "demo", "--clients", str(clients), "--out", folder],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system, every thread) and stderr of ``command``.
    CPU time moves less than wall time when others load the machine."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime - cpu.ru_utime + after.ru_stime - cpu.ru_stime
    return wall, used, done.stderr


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=40_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--format", default="json", choices=("json", "csv", "parquet", "table"))
    ap.add_argument("--profile", action="store_true")
    ap.add_argument(
        "--before", type=Path, help="An older source tree (its src/) to time in the same run."
    )
    args = ap.parse_args()
    folder = demo_folder(args.clients)
    out = Path(tempfile.gettempdir()) / f"parting-score.{args.format}"
    score = [sys.executable, "-m", "parting", "score", "--input", str(folder)]
    score += ["--settings", str(folder / "demo_settings.toml"), "--as-of", AS_OF]
    score += ["--format", args.format, "--output", str(out)]
    if args.profile:
        score.append("--profile")
    pandas = [sys.executable, "-m", "benchmarks.score_vs_pandas", "--baseline", str(folder)]
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    print(f"{args.clients} clients, {folder}; score --format {args.format}")
    print("wall s (CPU s); ratio = score / pandas, wall (CPU)")
    for run in range(1, args.runs + 1):
        before = load()
        base, base_cpu, _ = timed(pandas)
        ours, ours_cpu, profile = timed(score)
        ratios.append(ours / base)
        cpu_ratios.append(ours_cpu / base_cpu)
        line = (
            f"run {run}: pandas {base:.2f} ({base_cpu:.2f}), score {ours:.2f} ({ours_cpu:.2f}),"
            f" ratio {ours / base:.2f} ({ours_cpu / base_cpu:.2f})"
        )
        if args.before:
            env = {**os.environ, "PYTHONPATH": str(args.before / "src")}
            old, old_cpu, _ = timed([a for a in score if a != "--profile"], env)
            line += (
                f"; before: score {old:.2f} ({old_cpu:.2f}),"
                f" ratio {old / base:.2f} ({old_cpu / base_cpu:.2f})"
            )
        print(f"{line}; load {before} -> {load()}", flush=True)
        if profile:
            print(profile.rstrip(), flush=True)
    print(
        f"median ratio score / pandas: wall {statistics.median(ratios):.2f},"
        f" CPU {statistics.median(cpu_ratios):.2f}"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--baseline":
        baseline(Path(sys.argv[2]))
    else:
        main()
