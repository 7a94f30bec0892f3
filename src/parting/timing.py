"""Where the seconds of a command go: ``parting score --profile`` prints it on stderr.

The library marks its steps with ``step("features")``; when nobody asked for a profile
that costs one context-variable read. A ``Stopwatch`` made active with ``measuring()``
adds up the wall time of each step, and ``report`` turns it into sentences for a person.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from parting.i18n import _, current_language, gettext_noop

# What each step does, in the words of a person who runs the command.
STEPS: dict[str, str] = {
    "start": gettext_noop("Starting Parting and loading its libraries"),
    "read": gettext_noop("Reading and checking the data files"),
    "prepare": gettext_noop("Starting the engine and handing it the tables"),
    "features": gettext_noop("Computing each client's figures, messages included"),
    "signs": gettext_noop("Checking each client for the signs"),
    "evidence": gettext_noop("Gathering the records behind each sign"),
    "verdicts": gettext_noop("Deciding verdicts, reasons and ranks"),
    "store": gettext_noop("Keeping the verdicts in the workspace"),
    "write": gettext_noop("Writing the results"),
}

_active: ContextVar[Stopwatch | None] = ContextVar("parting_stopwatch", default=None)


class Stopwatch:
    """Wall seconds and processor seconds (every thread, so several cores can give more
    than the wall time) per step, in the order the steps first ran. On a busy machine
    the processor time moves much less than the wall time."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        before = since_process_start()
        if before is not None:
            self.started -= before
            self.seconds["start"] = before
            self.cpu["start"] = processor_time()  # counted from the process's start

    def add(self, name: str, seconds: float, cpu: float = 0.0) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu

    def total(self) -> float:
        return time.perf_counter() - self.started


def since_process_start() -> float | None:
    """Seconds since this process began (Linux), so interpreter start-up and the imports
    before the command ran are counted too; None where the system does not say."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            # Field 22 (start time, in clock ticks after boot) counted after the ")" of the
            # command name, which may itself hold spaces.
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def processor_time() -> float:
    """Processor seconds of this process and of the child processes it has waited for
    (the workspace is read by one)."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


@contextmanager
def measuring() -> Iterator[Stopwatch]:
    """Make a new ``Stopwatch`` the one ``step`` adds to, for the ``with`` block."""
    watch = Stopwatch()
    token = _active.set(watch)
    try:
        yield watch
    finally:
        _active.reset(token)


@contextmanager
def step(name: str) -> Iterator[None]:
    """Count the wall time of the block as step ``name`` (a key of ``STEPS``)."""
    watch = _active.get()
    if watch is None:
        yield
        return
    began, cpu = time.perf_counter(), processor_time()
    try:
        yield
    finally:
        watch.add(name, time.perf_counter() - began, processor_time() - cpu)


def report(watch: Stopwatch) -> list[str]:
    """The lines of a profile: the whole time, then each step with its share."""
    total, total_cpu = watch.total(), processor_time()
    lines = [
        _(
            "Where the time went, {seconds} in all ({cpu} of processor time, every core"
            " counted); each step with its time, its processor time and its share:"
        ).format(seconds=_seconds(total), cpu=_seconds(total_cpu))
    ]
    rows: list[tuple[str, float, float]] = []
    for name, seconds in watch.seconds.items():
        rows.append((_(STEPS[name]), seconds, watch.cpu.get(name, 0.0)))
    rest = total - sum(r[1] for r in rows)
    if rest >= 0.005:
        rows.append((_("Everything else"), rest, max(0.0, total_cpu - sum(r[2] for r in rows))))
    width = max(len(label) for label, _s, _c in rows)
    for label, seconds, cpu in rows:
        share = seconds / total if total > 0 else 0.0
        lines.append(
            f"  {label.ljust(width)}  {_seconds(seconds):>9}  {_seconds(cpu):>9}"
            f"  {_share(share):>6}"
        )
    return lines


def _seconds(seconds: float) -> str:
    from babel.numbers import format_decimal

    return format_decimal(seconds, format="#,##0.00", locale=current_language()) + "\u00a0s"


def _share(share: float) -> str:
    from babel.numbers import format_percent

    return format_percent(share, locale=current_language())
