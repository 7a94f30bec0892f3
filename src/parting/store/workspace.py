"""Open, create and migrate a workspace: the folder (and database) a business's data lives in.

Django is configured once per process, from ``parting.site.settings``, which reads the
workspace folder from ``$PARTING_WORKSPACE``. Every command that touches the store calls
:func:`activate` (or :func:`open_existing`) first.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from parting.errors import NotFoundError, PartingError
from parting.i18n import _

SETTINGS_MODULE = "parting.site.settings"
SECRET_FILE = "secret.key"


def activate(workspace: Path | None = None) -> Path:
    """Point Django at ``workspace`` (default: ``$PARTING_HOME`` or the per-user data
    folder) and set it up. Idempotent; a process serves one workspace."""
    import django
    from django.conf import settings

    if workspace is not None:
        wanted = Path(workspace).expanduser().resolve()
        if settings.configured and _current(settings) != wanted:
            raise PartingError(
                _("This process already works on the workspace {current}.").format(
                    current=_current(settings)
                )
            )
        os.environ["PARTING_WORKSPACE"] = str(wanted)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    django.setup()
    return _current(settings)


def _current(settings: object) -> Path:
    return Path(settings.WORKSPACE_DIR).expanduser().resolve()  # type: ignore[attr-defined]


def init(workspace: Path | None = None) -> Path:
    """Create the workspace folder, its secret key and its database tables (migrate).
    Running it again on an existing workspace only applies new migrations."""
    folder = activate(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    write_secret(folder)
    migrate()
    return folder


def write_secret(folder: Path) -> Path:
    """The key that signs this workspace's sessions; written once, readable by the owner."""
    path = folder / SECRET_FILE
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50) + "\n")
        path.chmod(0o600)
        from django.conf import settings

        if str(settings.SECRET_KEY).startswith("parting-unset-"):
            settings.SECRET_KEY = path.read_text().strip()
    return path


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def pending_migrations() -> list[str]:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def open_existing(workspace: Path | None = None) -> Path:
    """Activate a workspace that ``parting init`` has created and whose tables are current."""
    folder = open_created(workspace)
    if pending_migrations():
        raise PartingError(_("The workspace needs an update of its tables. Run: parting migrate"))
    return folder


def open_created(workspace: Path | None = None) -> Path:
    """Activate a workspace that ``parting init`` has created, whatever its tables' version."""
    folder = activate(workspace)
    from django.db import connection

    if connection.vendor == "sqlite":
        name = str(connection.settings_dict["NAME"])
        if not name.startswith("file:") and name != ":memory:" and not Path(name).exists():
            raise NotFoundError(
                _("There is no workspace in {folder}. Create it with: parting init").format(
                    folder=folder
                )
            )
    return folder
