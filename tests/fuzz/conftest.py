"""The fuzz suite's tally: how many mutated inputs were tried, loaded and refused. Printed
at the end of the run (``make fuzz`` runs ten times as many, ``PARTING_FUZZ_SCALE=10``)."""

from __future__ import annotations

import os
from collections import Counter

import pytest

TALLY: Counter[str] = Counter()
SCALE = int(os.environ.get("PARTING_FUZZ_SCALE", "1"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY:
        cases = TALLY["loaded"] + TALLY["refused"]
        terminalreporter.write_line(
            f"fuzz: {cases} mutated inputs ({TALLY['loaded']} loaded, {TALLY['refused']} "
            f"refused with a message naming the file), scale {SCALE}"
        )
