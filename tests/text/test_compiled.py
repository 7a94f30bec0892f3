"""Patterns compiled once per machine are the very patterns ``re.compile`` makes.

Python compares two compiled patterns by their text, flags and the program the matching
engine runs, so ``==`` below checks that a pattern read back from the kept programs is
the one compiling would have given, for every pattern ``explain`` reads.
"""

from __future__ import annotations

import importlib
import marshal
import re
from pathlib import Path
from types import ModuleType

import pytest

from parting.text import compiled

PATTERNS = [r"\b(?:late|again)\b", r"(?P<who>vous|tu) (?:avez|as)", "đã|chưa", "x{2,}!!!"]


@pytest.fixture
def explain_module(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    """``parting.text.classify`` with its compiled patterns forgotten, keeping them in
    ``tmp_path``."""
    module = importlib.import_module("parting.text.classify")
    monkeypatch.setenv(compiled.FOLDER_VARIABLE, str(tmp_path))
    monkeypatch.setattr(module, "_COMPILED", {})
    return module


def test_every_pattern_explain_reads_is_compiled_alike_from_the_kept_programs(
    explain_module: ModuleType, tmp_path: Path
) -> None:
    explain_module.compile_patterns()
    [kept] = tmp_path.glob("patterns-*.marshal")
    written = kept.stat().st_mtime_ns
    explain_module._COMPILED.clear()

    explain_module.compile_patterns()

    patterns = explain_module._COMPILED
    assert len(patterns) > 50
    assert all(found == re.compile(text) for text, found in patterns.items())
    assert kept.stat().st_mtime_ns == written  # read back, not compiled and written again


def test_a_pattern_read_back_finds_what_the_compiled_one_finds(tmp_path: Path) -> None:
    compiled.compile_all(PATTERNS, tmp_path)
    again = compiled.compile_all(PATTERNS, tmp_path)
    text = "Vous avez encore été late again — đã chưa? xxx!!!"
    for pattern in PATTERNS:
        assert again[pattern] == re.compile(pattern)
        assert [m.span() for m in again[pattern].finditer(text)] == [
            m.span() for m in re.finditer(pattern, text)
        ]
    assert again[PATTERNS[1]].groupindex == {"who": 1}


def test_a_damaged_file_is_compiled_over_and_written_again(tmp_path: Path) -> None:
    (tmp_path / compiled.FILE).write_bytes(b"\x00not marshal at all")
    found = compiled.compile_all(PATTERNS, tmp_path)
    assert all(found[p] == re.compile(p) for p in PATTERNS)
    assert set(marshal.loads((tmp_path / compiled.FILE).read_bytes())) == set(PATTERNS)


def test_a_program_the_engine_refuses_falls_back_to_compiling(tmp_path: Path) -> None:
    program = compiled._compiled(PATTERNS[0])[1]
    assert program is not None
    flags, _code, groups, index, names = program
    broken = {PATTERNS[0]: (flags, b"\xff\xff\xff\x7f" * 3, groups, index, names)}
    (tmp_path / compiled.FILE).write_bytes(marshal.dumps(broken))
    assert compiled.compile_all(PATTERNS[:1], tmp_path)[PATTERNS[0]] == re.compile(PATTERNS[0])


def test_a_folder_that_cannot_be_made_only_costs_the_compiling(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    found = compiled.compile_all(PATTERNS, blocked / "parting")
    assert all(found[p] == re.compile(p) for p in PATTERNS)
    assert compiled.compile_all(PATTERNS, None)[PATTERNS[2]] == re.compile(PATTERNS[2])


@pytest.mark.parametrize("refused", ["tempfile.mkstemp", "os.replace"])
def test_a_read_only_cache_folder_only_costs_the_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: str
) -> None:
    """A folder one may read but not write: the programs already kept are read, the
    others compiled; nothing is written, nothing half-written is left behind."""
    compiled.compile_all(PATTERNS[:2], tmp_path)
    kept = (tmp_path / compiled.FILE).read_bytes()

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    module, name = refused.split(".")
    monkeypatch.setattr(importlib.import_module(module), name, read_only)
    found = compiled.compile_all(PATTERNS, tmp_path)

    assert all(found[p] == re.compile(p) for p in PATTERNS)
    assert (tmp_path / compiled.FILE).read_bytes() == kept
    assert [p.name for p in tmp_path.iterdir()] == [compiled.FILE]


def test_the_tests_never_keep_patterns_in_the_user_cache_directory() -> None:
    assert "pytest" in str(compiled.cache_folder())


def test_only_the_patterns_asked_for_are_kept(tmp_path: Path) -> None:
    compiled.compile_all(PATTERNS, tmp_path)
    compiled.compile_all([*PATTERNS[:2], "new|pattern"], tmp_path)
    kept = marshal.loads((tmp_path / compiled.FILE).read_bytes())
    assert set(kept) == {*PATTERNS[:2], "new|pattern"}
