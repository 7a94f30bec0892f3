"""Regular expressions compiled once per machine, not once per run.

Python compiles a regular expression in Python itself: it parses the text, then writes
the program its matching engine runs, a list of integers. The patterns that say which
words raised a flag (``classify.explain``) are about a megabyte of alternations in four
languages: half a second of compiling at the start of every ``parting triage`` or
``parting score``, for the same programs each time. So the programs are kept in the user
cache directory and handed straight to the engine on the next run (a hundredth of the
time).

The kept programs can make compiling faster, never different: they are found by the
exact text of the pattern, in a file named after the Python release and its matching
engine's version, and anything unexpected — another Python, a damaged or unreadable file,
a program the engine refuses — means the pattern is compiled by ``re.compile`` as
before. Nothing here ever fails a command. The classifier keeps the parts it cuts its
long cue patterns into in the same folder (``read_kept``, ``keep``).
"""

from __future__ import annotations

import array
import marshal
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from parting.files import write_whole

try:  # CPython's own pieces of ``re``; elsewhere every pattern is compiled as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = None

# One file per Python release and matching-engine version: a program written by one is
# never handed to another.
FILE = (
    f"patterns-{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}"
    f"-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}.marshal"
)

# Another folder for the kept programs than the user cache directory (the tests' own).
FOLDER_VARIABLE = "PARTING_PATTERN_CACHE"


def cache_folder() -> Path:
    """Where the programs are kept: the user cache directory, or ``$PARTING_PATTERN_CACHE``."""
    named = os.environ.get(FOLDER_VARIABLE)
    if named:
        return Path(named)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("parting"))


# What is kept of a pattern: its flags, its program (as bytes), its group count, its
# named groups both ways — exactly the arguments ``re._compiler.compile`` hands the engine.
Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def compile_all(patterns: Iterable[str], folder: Path | None) -> dict[str, re.Pattern[str]]:
    """Each of ``patterns`` compiled, from the programs kept in ``folder`` where there
    are; the file is written again (with exactly these patterns) when one was missing.
    Without ``folder``, or where CPython's pieces are missing, ``re.compile`` each."""
    wanted = list(dict.fromkeys(patterns))
    if folder is None or _sre is None:
        return {pattern: re.compile(pattern) for pattern in wanted}
    kept = read_kept(folder / FILE)
    compiled: dict[str, re.Pattern[str]] = {}
    now: dict[str, Kept] = {}
    missing = False
    for pattern in wanted:
        found = _from_kept(pattern, kept.get(pattern))
        if found is None:
            missing = True
            found, program = _compiled(pattern)
            if program is not None:
                now[pattern] = program
        else:
            now[pattern] = kept[pattern]
        compiled[pattern] = found
    if missing:
        keep(folder, FILE, now)
    return compiled


def _compiled(pattern: str) -> tuple[re.Pattern[str], Kept | None]:
    """``re.compile(pattern)``, done as ``re._compiler.compile`` does it so its program
    can be kept (None where this Python's pieces differ from what is expected)."""
    try:
        tree = _parser.parse(pattern, 0)
        code = _compiler._code(tree, 0)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: Kept = (
            tree.state.flags,
            array.array("I", code).tobytes(),
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except (AttributeError, TypeError, ValueError, OverflowError):
        return re.compile(pattern), None
    found = _from_kept(pattern, program)
    return (found, program) if found is not None else (re.compile(pattern), None)


def _from_kept(pattern: str, kept: Any) -> re.Pattern[str] | None:
    """The pattern made from its kept program, or None if it cannot be (the engine checks
    every program it is given and refuses one that is not well formed)."""
    if kept is None:
        return None
    try:
        flags, code, groups, groupindex, indexgroup = kept
        program = array.array("I")
        program.frombytes(code)
        made: re.Pattern[str] = _sre.compile(
            pattern, flags, program.tolist(), groups, groupindex, indexgroup
        )
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None
    return made


def read_kept(path: Path) -> dict[Any, Any]:
    """What ``keep`` wrote to ``path``; empty when it is missing, unreadable or damaged."""
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def keep(folder: Path, name: str, kept: dict[Any, Any]) -> None:
    """``kept`` written to ``folder``/``name`` in one step, so a run reading it at the same
    time sees the old or the new file, never half of one. A folder that cannot be written
    is left alone."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_whole(folder / name, marshal.dumps(kept))
    except OSError:
        return
