"""``--profile``: each step's time and processor time, for a person reading stderr."""

from __future__ import annotations

import time

from parting.timing import measuring, report, step


def test_each_step_says_its_time_and_its_processor_time() -> None:
    with measuring() as watch:
        with step("read"):
            end = time.process_time() + 0.06
            while time.process_time() < end:  # busy: the processor time is spent here
                pass
        with step("write"):
            time.sleep(0.05)  # waiting: time passes, the processor rests
    # A margin below the 0.06 s spent: the process's processor clock, read from another
    # place, can lag its own reading by a tick.
    assert watch.cpu["read"] >= 0.05 and watch.seconds["read"] >= 0.05
    assert watch.seconds["write"] >= 0.05 and watch.cpu["write"] < watch.seconds["write"]
    lines = report(watch)
    assert "processor time" in lines[0]
    (read,) = [line for line in lines if "Reading and checking the data files" in line]
    assert read.count("\u00a0s") == 2 and read.rstrip().endswith("%")
