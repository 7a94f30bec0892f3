"""The demo portfolio: ``parting serve --demo``, or the button of an empty workspace,
fills it with generated clients, so a newcomer sees real-looking clients, evidence and
plans at once. It is marked as a demo (its import batch), shown as such on every page,
and removed in one click: its rows, its clients and its settings go, the owner's stay."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parting.store.models import ImportBatch

DEMO_CLIENTS = 120
DEMO_SEED = 7


def has_clients() -> bool:
    from parting.store.models import Client

    return Client.objects.exists()


def fill(
    clients: int = DEMO_CLIENTS,
    seed: int = DEMO_SEED,
    as_of: date | None = None,
    progress: Any = None,
) -> int:
    """Generate ``clients`` made-up clients, import them as a business would (Parting CSV
    through the importer) and score them. Returns the number of clients scored."""
    import tomli_w

    from parting import demo
    from parting.store.imports import import_paths
    from parting.store.settings import save_settings, stored_toml
    from parting.store.triage import run_triage

    as_of = as_of or date.today()
    before = stored_toml()
    # The made-up studio's own settings (its service lines, partners, staff rates) make
    # the planted signs fire the way the demo means them to.
    save_settings(tomli_w.dumps(demo.demo_settings()))
    tables = demo.generate(clients=clients, seed=seed, as_of=as_of)
    with tempfile.TemporaryDirectory(prefix="parting-demo-") as folder:
        out = Path(folder) / "demo"
        demo.write(tables, out)
        batches = import_paths([out], progress=progress)
    for batch in batches:
        batch.source = "demo"
        batch.summary = {**batch.summary, "demo": True, "settings_before": before}
        batch.save(update_fields=["source", "summary"])
    return run_triage(as_of=as_of).clients


def loaded() -> ImportBatch | None:
    """The demo's import, while the demo is in the workspace."""
    from parting.store.models import ImportBatch

    return ImportBatch.objects.filter(summary__demo=True).order_by("pk").first()


def run_job(job: Any, progress: Any) -> dict[str, Any]:
    """The worker's part of the empty workspace's demo button."""
    if has_clients():
        from parting.errors import InputError
        from parting.i18n import _

        raise InputError(_("The workspace already has clients; the demo was not added."))
    return {"clients": fill(progress=progress)}


def remove(batch: ImportBatch) -> dict[str, Any]:
    """Take the demo out: its rows and clients, and its settings (the owner's come back).
    Verdicts of an emptied workspace go too, so the page invites an import again."""
    from django.db import transaction

    from parting.store.models import Client, TriageRun
    from parting.store.settings import save_settings
    from parting.store.undo import delete_import

    before = (batch.summary or {}).get("settings_before", "")
    with transaction.atomic():
        facts = delete_import(batch, every_client=True)
        save_settings(before)
        if not Client.objects.exists():
            TriageRun.objects.all().delete()
    return facts
