"""``parting serve --demo``: fill a fresh workspace with the generated portfolio, so a
newcomer sees real-looking clients, evidence and plans at once."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

DEMO_CLIENTS = 120
DEMO_SEED = 7


def has_clients() -> bool:
    from parting.store.models import Client

    return Client.objects.exists()


def fill(clients: int = DEMO_CLIENTS, seed: int = DEMO_SEED, as_of: date | None = None) -> int:
    """Generate ``clients`` made-up clients, import them as a business would (Parting CSV
    through the importer) and score them. Returns the number of clients scored."""
    import tomli_w

    from parting import demo
    from parting.store.imports import import_paths
    from parting.store.settings import save_settings
    from parting.store.triage import run_triage

    as_of = as_of or date.today()
    # The made-up studio's own settings (its service lines, partners, staff rates) make
    # the planted signs fire the way the demo means them to.
    save_settings(tomli_w.dumps(demo.demo_settings()))
    tables = demo.generate(clients=clients, seed=seed, as_of=as_of)
    with tempfile.TemporaryDirectory(prefix="parting-demo-") as folder:
        out = Path(folder) / "demo"
        demo.write(tables, out)
        import_paths([out])
    return run_triage(as_of=as_of).clients
