"""The values a person types for a text, flag or path parameter reach the command as Typer
itself would hand them over — the same value, or the same refusal in the same words —
without Typer's Pydantic adapters (``parting.cli.help._thin``), so a command starts
without loading Pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import typer.main
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from typer import _click
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.core import _TyperParameter

from parting.cli import app
from parting.cli.help import _thin

ROOT = Path(__file__).resolve().parents[1]


def parameters(command: _click.Command | None = None) -> Iterator[_TyperParameter]:
    """Every parameter of every command and group of the program."""
    command = command or typer.main.get_command(app)
    for param in command.params:
        if isinstance(param, _TyperParameter):
            yield param
    for sub in getattr(command, "commands", {}).values():
        yield from parameters(sub)


EVERY_PARAMETER = list(parameters())
THIN = [p for p in EVERY_PARAMETER if _thin(p.type_descriptor) is not None]


def outcome(coerce: Any, value: Any, param: _TyperParameter) -> tuple[str, Any]:
    """What a coercion makes of ``value``: the value, or the refusal's words."""
    try:
        return "value", coerce(value, param=param, ctx=None)
    except BadParameter as refused:
        return "refused", refused.format_message()


def typers(param: _TyperParameter, descriptor: Any = None) -> Any:
    return build_runtime_param(descriptor or param.type_descriptor).coerce


def test_the_programs_text_flag_and_path_parameters_are_coerced_thinly() -> None:
    kinds = {p.type_descriptor.annotation for p in THIN}
    assert kinds == {str, bool, Path}
    # Every --input, --output, --settings, --as-of, --format … of the program.
    assert len(THIN) > 100


@seed(16)
@settings(max_examples=150, deadline=None)
@given(st.sampled_from(THIN), st.text() | st.booleans() | st.none())
def test_every_typed_value_comes_out_as_typers_own_coercion_gives_it(
    param: _TyperParameter, value: Any
) -> None:
    thin = _thin(param.type_descriptor)
    assert thin is not None
    if isinstance(value, str) and "\0" in value and param.type_descriptor.annotation is Path:
        value = value.replace("\0", "")  # no file name holds one: the system refuses it
    assert outcome(thin.coerce, value, param) == outcome(typers(param), value, param)


CHECKS = [
    {},
    {"exists": True},
    {"exists": True, "file_okay": False},
    {"exists": True, "dir_okay": False},
    {"writable": True},
    {"readable": False},
]


@pytest.mark.parametrize("asked", CHECKS, ids=lambda asked: ",".join(asked) or "default")
def test_a_path_is_checked_and_refused_in_typers_own_words(
    tmp_path: Path, asked: dict[str, bool]
) -> None:
    param = next(p for p in THIN if p.type_descriptor.annotation is Path)
    info = replace_info(param.type_descriptor.parameter_info, asked)
    descriptor = replace(param.type_descriptor, parameter_info=info)
    thin = _thin(descriptor)
    assert thin is not None
    (tmp_path / "a file.csv").write_text("client_id\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o000)
    try:
        typed = ["a file.csv", "folder", "folder/", "folder//", "./folder/.", "missing", ""]
        typed += ["a file.csv/", "locked", "-"]
        for value in [str(tmp_path / name) for name in typed] + ["", "."]:
            ours = outcome(thin.coerce, value, param)
            assert ours == outcome(typers(param, descriptor), value, param), value
    finally:
        locked.chmod(0o700)


def replace_info(info: Any, asked: dict[str, bool]) -> Any:
    copied = type(info).__new__(type(info))
    copied.__dict__.update({**info.__dict__, **asked})
    return copied


def test_a_command_starts_without_pydantic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from parting.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pydantic' in sys.modules)\n"
    )
    missing = tmp_path / "no such folder"
    args = ["score", "--input", str(missing), "--as-of", "2026-06-30", "--format", "json"]
    args += ["--output", str(tmp_path / "triage.json")]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PARTING_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Error:" in done.stderr  # the folder is refused by Parting, not by Typer
    assert done.stdout.strip() == "False"
