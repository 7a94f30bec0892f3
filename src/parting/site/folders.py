"""Where a workspace lives and which database it uses, known before Django is set up.

``parting.site.settings`` reads these once, when Django starts; ``parting triage`` reads
them before that, to start reading the workspace's tables while Django starts.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_FILE = "parting.sqlite3"


def workspace_dir() -> Path:
    """``$PARTING_WORKSPACE`` (set by ``--workspace``), else ``$PARTING_HOME``, else the
    per-user data folder."""
    explicit = os.environ.get("PARTING_WORKSPACE") or os.environ.get("PARTING_HOME")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("parting", appauthor=False))


def sqlite_file(workspace: Path | None = None) -> Path | None:
    """The SQLite file the workspace ``workspace`` (else the one ``workspace_dir`` names)
    keeps its data in; None when ``DATABASE_URL`` names another database."""
    if os.environ.get("DATABASE_URL", ""):
        return None
    folder = Path(workspace).expanduser().resolve() if workspace is not None else workspace_dir()
    return folder / DATABASE_FILE
