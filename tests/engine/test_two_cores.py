"""A long output written by two processes is, byte for byte, the output one process
writes; when the second process fails, the first one writes its part too."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from parting.engine import two_cores


@pytest.fixture(autouse=True)
def always_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(two_cores, "SPLIT_FROM", 0)


def items(start: int, stop: int) -> Iterator[str]:
    """Numbered lines, some of them not ASCII, the first without a separator."""
    for i in range(start, stop):
        yield ("" if i == 0 else ",\n") + f"{i}: {'é😠' * (i % 3)}"


def whole(count: int) -> str:
    return "".join(items(0, count))


def written(path: Path, count: int, cost: np.ndarray | None = None) -> str:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("[\n")
        two_cores.write_split(out, count, items, cost)
        out.write("\n]\n")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("count", [1, 2, 3, 1000])
def test_two_processes_write_what_one_writes(tmp_path: Path, count: int) -> None:
    assert written(tmp_path / "out.txt", count) == "[\n" + whole(count) + "\n]\n"


def test_the_parts_are_cut_by_what_the_items_cost(tmp_path: Path) -> None:
    cost = np.ones(1000)
    cost[:100] = 20  # the first items cost the most: the cut comes early
    assert two_cores._middle(1000, cost) < 300
    assert written(tmp_path / "out.txt", 1000, cost) == "[\n" + whole(1000) + "\n]\n"


def test_when_the_second_process_fails_the_first_writes_its_part(tmp_path: Path) -> None:
    parent = os.getpid()

    def failing_in_the_copy(start: int, stop: int) -> Iterator[str]:
        if os.getpid() != parent:
            raise MemoryError
        return items(start, stop)

    with (tmp_path / "out.txt").open("w", encoding="utf-8", newline="") as out:
        two_cores.write_split(out, 500, failing_in_the_copy)
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == whole(500)


def test_when_this_process_fails_the_copy_is_stopped_and_the_error_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    copies: list[int] = []
    fork = os.fork

    def recorded_fork() -> int:
        child = fork()
        if child:
            copies.append(child)
        return child

    monkeypatch.setattr(os, "fork", recorded_fork)

    def failing_here(start: int, stop: int) -> Iterator[str]:
        if os.getpid() == parent:
            raise KeyboardInterrupt
        return items(start, stop)

    path = tmp_path / "out.txt"
    with path.open("w", encoding="utf-8") as out, pytest.raises(KeyboardInterrupt):
        two_cores.write_split(out, 500, failing_here)
    # The copy was stopped and waited for: it is no child of this process any more (other
    # tests may leave children of their own, so only this one is asked about).
    assert len(copies) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(copies[0], os.WNOHANG)


def test_an_output_that_is_no_file_is_written_by_this_process() -> None:
    calls: list[tuple[int, int]] = []

    def counted(start: int, stop: int) -> Iterator[str]:
        calls.append((start, stop))
        return items(start, stop)

    out = io.StringIO()
    two_cores.write_split(out, 100, counted)
    assert out.getvalue() == whole(100) and calls == [(0, 100)]


def test_an_output_sendfile_refuses_gets_the_bytes_all_the_same(tmp_path: Path) -> None:
    # Opened to append, a file makes sendfile fail: the bytes go through this process.
    path = tmp_path / "out.txt"
    path.write_text("before\n", encoding="utf-8")
    with path.open("a", encoding="utf-8", newline="") as out:
        two_cores.write_split(out, 300, items)
    assert path.read_text(encoding="utf-8") == "before\n" + whole(300)


def test_without_memory_for_a_copy_this_process_writes_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert two_cores._room()  # the machine the tests run on has room for a copy
    monkeypatch.setattr(two_cores, "_room", lambda: False)
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked without room"))
    assert written(tmp_path / "out.txt", 300) == "[\n" + whole(300) + "\n]\n"
