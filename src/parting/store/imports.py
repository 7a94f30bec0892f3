"""``parting import``: read files, link their clients, and store everything in one
transaction.

Every path is parsed (and so validated) before anything is written; then one
``transaction.atomic`` block writes them all, so a bad file, an error or a killed process
leaves the workspace as it was. Rows are keyed by their natural ids, so importing the same
file again adds and updates nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from django.db import transaction
from django.utils import timezone

from parting.config import Config
from parting.errors import InputError, Location, shown
from parting.i18n import _
from parting.ingest.parsed import ClientRef, Parsed
from parting.schema import TABLES, Tables, complete
from parting.store import pending
from parting.store.client_refs import PARTING_CSV, Resolution, resolve
from parting.store.models import ImportBatch, Invoice, Project
from parting.store.settings import load_config
from parting.store.upsert import Progress, Written, upsert

# Parents before children, so every reference is written before what refers to it.
WRITE_ORDER = (
    "clients",
    "projects",
    "invoices",
    "payments",
    "time_entries",
    "messages",
    "incidents",
    "judgements",
)
# Ids that only mean something inside one source get the source's name in front, so a
# Harvest project "Website" never collides with a Toggl one. The importers already write
# most of them that way ("toggl:…"); an id holding a ':' is taken as named already.
# Invoice numbers are the business's own and shared across tools (a payments export
# names the invoices of an invoicing export), so they are kept as they are.
SOURCE_IDS = (
    ("projects", "project_id"),
    ("time_entries", "entry_id"),
    ("time_entries", "project_id"),
    ("payments", "payment_id"),
    ("incidents", "incident_id"),
)
MAX_SKIPS_KEPT = 200


def import_paths(
    paths: list[Path],
    *,
    format: str | None = None,
    dry_run: bool = False,
    user: Any = None,
    progress: Progress | None = None,
) -> list[ImportBatch]:
    """Import each path (a file, or a Parting CSV folder) and return one batch per path,
    with what was read, added, updated and skipped. ``dry_run`` rolls everything back."""
    config = load_config()
    parsed = [parse_path(Path(p), config, format, progress) for p in paths]
    batches: list[ImportBatch] = []
    with transaction.atomic():
        for one in parsed:
            batches.append(store_parsed(one, user=user, progress=progress))
        if dry_run:
            transaction.set_rollback(True)
    return batches


def last_batch_id() -> int:
    """The id of the newest import batch (0 when there is none): an interrupted import
    compares with it to learn what was stored."""
    return ImportBatch.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def stored_after(batch_id: int, paths: list[Path]) -> list[ImportBatch]:
    """The finished batches of ``paths`` stored after ``batch_id``: asked of the database
    itself, so the answer is true whenever an interrupt came."""
    sources = [str(p) for p in paths]
    return list(
        ImportBatch.objects.filter(
            pk__gt=batch_id, source__in=sources, finished_at__isnull=False
        ).order_by("pk")
    )


def parse_path(
    path: Path, config: Config, format: str | None, progress: Progress | None = None
) -> Parsed:
    if not path.exists():
        raise InputError(
            _("this file or folder does not exist."),
            fix=_("Check the path."),
            where=Location(path=str(path)),
        )
    from parting import ingest

    chosen = format or ingest.detect(path)
    if chosen == PARTING_CSV:
        return parting_folder(path, config)
    label = _("Reading {file}").format(file=path.name)

    def read_progress(done: int) -> None:
        if progress:
            progress(label, done, None)

    return ingest.read(path, config, format=chosen, progress=read_progress)


def parting_folder(path: Path, config: Config) -> Parsed:
    """A Parting CSV folder: its ids are the workspace's own."""
    from parting.ingest.parting_csv import read_folder

    loaded = read_folder(path, config)
    tables = loaded.tables
    clients = tables["clients"]
    refs = {
        cid: ClientRef(cid, name, (email,) if email else ())
        for cid, name, email in zip(
            clients["client_id"].to_pylist(),
            clients["name"].to_pylist(),
            clients["email"].to_pylist(),
            strict=True,
        )
    }
    for name in TABLES:
        if name != "clients" and "client_id" in tables[name].column_names:
            for cid in pc.unique(tables[name]["client_id"].drop_null()).to_pylist():
                refs.setdefault(cid, ClientRef(cid, None))
    rows = sum(t.num_rows for t in tables.values())
    notices = list(loaded.notices)
    if demo_settings_in(path) is not None:
        # The demo's verdicts depend on its studio's settings (excluded industries, service
        # lines); imported without them, the same clients are judged by this business's own.
        notices.append(
            _(
                "This folder also holds the demo studio's settings. An import stores data "
                "only, so this workspace keeps its own settings: load the studio's as the "
                "business settings to see the demo's verdicts."
            )
        )
    return Parsed(PARTING_CSV, str(path), tables, list(refs.values()), [], notices, rows)


def demo_settings_in(path: Path) -> Path | None:
    """The demo studio's settings file that ``parting demo`` writes beside its tables,
    unless the workspace already holds those very settings."""
    from parting.demo.portfolio import SETTINGS_FILE
    from parting.store.settings import stored_toml

    file = path / SETTINGS_FILE
    if not (path.is_dir() and file.is_file()):
        return None
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return None if text.strip() == stored_toml().strip() else file


def store_parsed(
    parsed: Parsed, *, user: Any = None, progress: Progress | None = None
) -> ImportBatch:
    """Write one parsed source inside the caller's transaction."""
    batch = ImportBatch.objects.create(
        format=parsed.format, source=parsed.source, rows_read=parsed.rows_read, user=user
    )
    tables = prepare(parsed)
    provided = frozenset(tables["clients"]["client_id"].drop_null().to_pylist())
    if parsed.format == PARTING_CSV:
        _check_known_clients(parsed, provided)
    resolution = resolve(parsed.clients, parsed.format, batch, provided)
    tables = _link_clients(tables, resolution, parsed.format)
    tables, held = pending.hold(tables, resolution.unmatched)
    _check_references(tables, parsed)
    written = write_tables(tables, batch.pk, progress=progress)
    _finish(batch, parsed, resolution, written, held)
    return batch


def prepare(parsed: Parsed) -> Tables:
    """Every table complete, source-local ids named after the source, missing ids made."""
    tables = complete(parsed.tables)
    if parsed.format != PARTING_CSV:
        prefix = f"{parsed.format}:"
        for table, column in SOURCE_IDS:
            tables[table] = _prefixed(tables[table], column, prefix)
    for name, spec in TABLES.items():
        if spec.key and tables[name].num_rows:
            tables[name] = _with_keys(tables[name], spec.key, parsed.format)
    return tables


def _prefixed(table: pa.Table, column: str, prefix: str) -> pa.Table:
    values = table[column]
    if table.num_rows == 0:
        return table
    named = pc.binary_join_element_wise(prefix, values, "")
    keep = pc.fill_null(pc.match_substring(values, ":"), True)
    return table.set_column(
        table.column_names.index(column), column, pc.if_else(keep, values, named)
    )


def _with_keys(table: pa.Table, key: str, source: str) -> pa.Table:
    """Rows without an id get one from a hash of their values (and their position among
    identical rows), so the same file gives the same ids every time."""
    missing = pc.is_null(table[key])
    if not pc.any(missing).as_py():
        return table
    others = [c for c in table.column_names if c != key]
    text = [pc.fill_null(table[c].cast(pa.string()), "") for c in others]
    joined = pc.binary_join_element_wise(*text, "\x1f").to_pylist()
    seen: dict[str, int] = {}
    made: list[str | None] = []
    for value, absent in zip(joined, missing.to_pylist(), strict=True):
        if not absent:
            made.append(None)
            continue
        digest = hashlib.blake2b(value.encode(), digest_size=10).hexdigest()
        seen[digest] = seen.get(digest, 0) + 1
        n = seen[digest]
        made.append(f"{source}:{digest}" if n == 1 else f"{source}:{digest}#{n}")
    filled = pc.coalesce(table[key], pa.array(made, pa.string()))
    return table.set_column(table.column_names.index(key), key, filled)


def _check_known_clients(parsed: Parsed, provided: frozenset[str]) -> None:
    """A Parting CSV row naming a client that neither its clients.csv nor the workspace
    knows cannot be stored."""
    from parting.store.models import Client, ClientAlias

    named = {r.key for r in parsed.clients} - provided
    if not named:
        return
    known = set(Client.objects.filter(client_id__in=named).values_list("client_id", flat=True))
    known |= set(
        ClientAlias.objects.filter(source=PARTING_CSV, key__in=named).values_list("key", flat=True)
    )
    for name in WRITE_ORDER[1:]:
        table = parsed.tables.get(name)
        if table is None or "client_id" not in table.column_names:
            continue
        for row, value in enumerate(table["client_id"].to_pylist()):
            if value is not None and value not in provided and value not in known:
                from parting.ingest.parting_csv import locate

                raise InputError(
                    _("the client {value} is not in clients.csv nor in the workspace.").format(
                        value=shown(value)
                    ),
                    fix=_("Add the client to clients.csv, or correct the id."),
                    where=locate(Path(parsed.source), name, row, "client_id", value),
                )


def _link_clients(tables: Tables, resolution: Resolution, source: str) -> Tables:
    """Replace each source key by its workspace client id; unmatched keys stay (they are
    held back below). Rows of clients.csv linked to another client are not written over
    that client's record."""
    mapping = dict(resolution.clients)
    for key in resolution.unmatched:
        mapping.setdefault(key, key)
    keys = pa.array(list(mapping), pa.string())
    ids = pa.array(list(mapping.values()), pa.string())
    out: Tables = {}
    for name, table in tables.items():
        if "client_id" not in table.column_names or table.num_rows == 0:
            out[name] = table
            continue
        column = table["client_id"]
        mapped = pc.take(ids, pc.index_in(column, value_set=keys))
        if name == "clients":
            own = pc.fill_null(pc.equal(mapped, column), False)
            if source != PARTING_CSV:
                own = pa.array([False] * table.num_rows)
            out[name] = table.filter(own)
            continue
        out[name] = table.set_column(table.column_names.index("client_id"), "client_id", mapped)
    return out


def _check_references(tables: Tables, parsed: Parsed) -> None:
    """Projects and invoices a row names must be in this import or already stored."""
    for table, column, model, target in (
        ("time_entries", "project_id", Project, "projects"),
        ("payments", "invoice_id", Invoice, "invoices"),
    ):
        values = tables[table][column]
        here = tables[target][column]
        outside = pc.and_(pc.is_valid(values), pc.invert(pc.is_in(values, here)))
        unknown = pc.unique(values.filter(outside)).to_pylist()
        if not unknown:
            continue
        stored = set(model.objects.filter(pk__in=unknown).values_list("pk", flat=True))
        missing = [v for v in unknown if v not in stored]
        if missing:
            raise InputError(
                _("{value} is not a {column} in this import nor in the workspace.").format(
                    value=shown(missing[0]), column=column
                ),
                fix=_("Import the {target} it belongs to first, or correct the id.").format(
                    target=target
                ),
                where=_where(parsed, table, column, missing[0]),
            )


def _where(parsed: Parsed, table: str, column: str, value: str) -> Location:
    """The file and line of the first row of a Parting CSV table holding ``value``; an
    export's rows were reshaped on the way in, so its file and the value are named."""
    from parting.ingest.parting_csv import locate

    if parsed.format != PARTING_CSV:
        return Location(parsed.source, column=column, value=value)
    index = pc.index(parsed.tables[table][column], value).as_py()
    return locate(Path(parsed.source), table, index, column, value)


def write_tables(
    tables: Tables, batch_id: int | None, progress: Progress | None = None
) -> dict[str, Written]:
    written: dict[str, Written] = {}
    for name in WRITE_ORDER:
        label = _("Storing {table}").format(table=name)
        written[name] = upsert(
            name, tables[name], batch_id=batch_id, progress=progress, label=label
        )
    return written


def _finish(
    batch: ImportBatch,
    parsed: Parsed,
    resolution: Resolution,
    written: dict[str, Written],
    held: int,
) -> None:
    reasons: dict[str, int] = {}
    for skip in parsed.skipped:
        reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
    batch.added = sum(w.added for w in written.values())
    batch.updated = sum(w.updated for w in written.values())
    batch.skipped = len(parsed.skipped)
    batch.finished_at = timezone.now()
    batch.summary = {
        "tables": {n: {"added": w.added, "updated": w.updated} for n, w in written.items()},
        "skipped": [
            {"file": s.file, "row": s.row, "reason": s.reason}
            for s in parsed.skipped[:MAX_SKIPS_KEPT]
        ],
        "skip_reasons": reasons,
        "notices": parsed.notices,
        "new_clients": resolution.new,
        "unmatched": [
            {"id": ref.pk, "key": ref.key, "name": ref.name, "candidates": ref.candidates}
            for ref in resolution.unmatched.values()
        ],
        "held_rows": held,
    }
    batch.save()
