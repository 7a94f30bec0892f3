"""A long output written by two processes at once: ``parting score`` on a large portfolio.

Turning a million verdicts into JSON or a text table is Python work, so it keeps one
core busy while the other idles (13 s of a 64 s run at a million clients). Here the
process forks once the verdicts are made: the copy renders the second part of the
clients into an unnamed temporary file while this process writes the first part to the
output, then the kernel appends the copy's bytes (``sendfile``). The fork shares the
verdicts page by page; the collector's objects are frozen first, so that neither process
touches every object's page (and so copies it) when it collects.

The bytes are the same whoever renders what: where there is no ``fork`` or only one
core, where the output is not a file, or when the copy fails for any reason, this
process renders everything itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable
from typing import IO

import numpy as np

# Below this many clients the whole text takes well under a second: one process.
SPLIT_FROM = 50_000

# ``render(start, stop)``: the text of the items ``start`` to ``stop`` (in output order),
# exactly as it reads between the items before and after them.
Render = Callable[[int, int], Iterable[str]]


def write_split(out: IO[str], count: int, render: Render, cost: np.ndarray | None = None) -> None:
    """Write ``render(0, count)`` to ``out``, on two cores when it is worth it.

    ``cost`` (optional, one number per item in output order) is what each item takes to
    render, relatively: the two parts are cut where each takes about half."""
    fd = _descriptor(out)
    encoding = getattr(out, "encoding", None)
    if count < SPLIT_FROM or fd is None or encoding is None or not _two_cores() or not _room():
        _write(out, render(0, count))
        return
    middle = _middle(count, cost)
    with tempfile.TemporaryFile() as spare:
        gc.freeze()
        try:
            child = os.fork()
            if child == 0:  # pragma: no cover - the copy ends with _exit; its bytes are tested
                errors = getattr(out, "errors", None)
                _render_and_exit(spare.fileno(), (encoding, errors), render, middle, count)
            try:
                _write(out, render(0, middle))
                _, status = os.waitpid(child, 0)
            except BaseException:
                # Interrupted (or failing) here: the copy's part is not wanted any more.
                with contextlib.suppress(OSError):
                    os.kill(child, signal.SIGKILL)
                    os.waitpid(child, 0)
                raise
        finally:
            gc.unfreeze()
        if os.waitstatus_to_exitcode(status) != 0:
            # Whatever stopped the copy (memory, a signal), the output is still whole.
            _write(out, render(middle, count))
            return
        out.flush()
        _append(spare.fileno(), fd)


def _render_and_exit(
    spare: int, codec: tuple[str, str | None], render: Render, start: int, stop: int
) -> None:
    # The copy never returns: ``_exit`` skips the parent's exit handlers and buffers
    # (``out`` may hold the parent's unwritten text), and any failure is an exit status.
    code = 1
    try:
        gc.disable()
        with open(spare, "w", encoding=codec[0], errors=codec[1], newline="", closefd=False) as f:
            _write(f, render(start, stop))
        code = 0
    finally:
        os._exit(code)


def _middle(count: int, cost: np.ndarray | None) -> int:
    if cost is None:
        return count // 2
    total = np.cumsum(cost, dtype=np.float64)
    return int(np.searchsorted(total, total[-1] / 2))


def _write(out: IO[str], pieces: Iterable[str]) -> None:
    for piece in pieces:
        out.write(piece)


def _append(source: int, target: int) -> None:
    size = os.fstat(source).st_size
    offset = 0
    try:
        while offset < size:
            sent = os.sendfile(target, source, offset, size - offset)
            if sent == 0:
                break
            offset += sent
    except OSError:
        if offset:
            raise
    if offset < size:
        # An output ``sendfile`` refuses (a terminal on an older kernel, a file opened to
        # append): the rest goes through this process.
        with open(source, "rb", closefd=False) as f, open(target, "wb", closefd=False) as t:
            f.seek(offset)
            shutil.copyfileobj(f, t)


def _descriptor(out: IO[str]) -> int | None:
    try:
        return out.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None


def _room() -> bool:
    """Whether the machine has memory free for a whole second copy of this process: the
    most the fork can come to need (each page either process writes to is copied)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            free = next(
                int(line.split()[1]) for line in meminfo if line.startswith("MemAvailable:")
            )
        with open("/proc/self/statm", encoding="ascii") as statm:
            resident = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, StopIteration, ValueError, IndexError):
        return False
    return free * 1024 > resident


def _two_cores() -> bool:
    if not hasattr(os, "fork") or not hasattr(os, "sendfile"):
        return False
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    return cores >= 2
