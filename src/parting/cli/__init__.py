"""``parting``: the command line. Each module below adds its commands to ``app``."""

from __future__ import annotations

import atexit
import os
import sys
import threading

# The only matrix algebra of a scoring is the lifetime-value fit's, on matrices of four
# rows: there OpenBLAS's threads only wait on one another, spinning on cores that DuckDB
# and the other processes need (0.3 s of processor time in a triage of 20k clients).
# Read when NumPy loads, so set before any command imports it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from parting.cli import (  # noqa: F401  (imported for their commands)
    demo,
    playbook,
    scoring,
    serve,
    text,
    watch,
    workspace,
)
from parting.cli.app import app, run, running_alone


def main() -> None:
    run()


def command() -> None:
    """The ``parting`` program: ``main``, then the process ends without the interpreter
    taking apart, one object at a time, every module a scoring loaded (NumPy, pandas,
    SciPy, DuckDB, Django: a third of a second of processor time after the last line is
    printed); the system frees the memory at once. What Python does at exit otherwise
    still happens first: the functions registered to run then (``atexit``: logging,
    temporary folders) and the flushing of the output. Another thread still running, a
    message instead of an exit code, or output that cannot be flushed: the usual exit."""
    code: object = 0
    running_alone()
    try:
        main()
    except SystemExit as done:
        code = 0 if done.code is None else done.code
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    if not isinstance(code, int) or any(t.is_alive() and not t.daemon for t in others):
        raise SystemExit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        raise SystemExit(code) from None
    os._exit(code)


__all__ = ["app", "command", "main"]
