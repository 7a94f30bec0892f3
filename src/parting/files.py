"""Files written whole: a reader never meets half of one, and a run that stops half-way
leaves the old file (or none) in place.

Everything Parting writes for a person or for another process to read — an output file,
a letter, a calendar, a job's progress, the compiled-pattern cache — goes through here,
so the rule lives in one place."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@functools.cache
def _umask() -> int:
    # The process's umask can only be read by setting it; done once, at the first write.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def whole(path: Path, mode: str = "wb", *, newline: str | None = None) -> Iterator[IO[Any]]:
    """A file to write ``path`` through: it is filled beside ``path`` under a hidden name and
    moved in place in one step when the block ends without an error; on an error (or an
    interrupt) the partial file is removed and ``path`` is left as it was. Text mode is UTF-8."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        # mkstemp makes a private file; the finished one gets the mode a plain open() would.
        os.fchmod(handle, 0o666 & ~_umask())
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: str | bytes) -> None:
    """``data`` (text as UTF-8) written to ``path`` whole."""
    with whole(path) as file:
        file.write(data.encode("utf-8") if isinstance(data, str) else data)
