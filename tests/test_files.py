"""Files are written whole: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from parting.files import whole, write_whole


def test_a_file_is_written_and_readable_like_any_other(tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    write_whole(target, "Chère Madame,\n")
    assert target.read_text(encoding="utf-8") == "Chère Madame,\n"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "verdicts.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), whole(target, "w") as file:
        file.write("new, half")
        raise RuntimeError("the run stopped")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["verdicts.csv"]


def test_text_is_utf8_and_keeps_its_line_endings_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with whole(target, "w", newline="") as file:
        file.write("Đà Nẵng\r\n")
    assert target.read_bytes() == "Đà Nẵng\r\n".encode()
