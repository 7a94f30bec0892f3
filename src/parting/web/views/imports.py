"""The import page (owner only): upload exports, see what each import did, and link the
names no client matched.

Uploads are written to a private temporary folder under a cleaned name (importers read
the name: ``clients.csv`` is a Parting CSV table), parsed by the importers, then deleted;
they are never executed or served back.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from parting.errors import PartingError
from parting.schema import TABLES
from parting.store import audit
from parting.store.models import AuditEntry, Client, ImportBatch, UnmatchedRef
from parting.web import triage, workspace
from parting.web.access import owner_required
from parting.web.forms import UploadForm
from parting.web.import_report import for_the_owner, format_label, report
from parting.web.search import choices, resolve

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_FILES = 20
PARTING_FILES = frozenset(table.file_name for table in TABLES.values())


def safe_name(name: str, index: int) -> str:
    """The upload's base name with every unusual character replaced; never a path."""
    base = SAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).lstrip(".")
    return base[:120] or f"upload-{index}"


def _limit() -> int:
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


def _declared_size(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _too_big(files: list[UploadedFile[Any]]) -> bool:
    return sum(f.size or 0 for f in files) > _limit()


def _import(
    files: list[UploadedFile[Any]], fmt: str | None, dry_run: bool, user: object
) -> list[ImportBatch]:
    """Parting CSV tables (``clients.csv`` …) go together into one folder, the way the
    importer reads them; any other export is imported file by file. Each batch keeps the
    name the owner gave the file, never the temporary path it was read from."""
    from parting.store.imports import import_paths

    with tempfile.TemporaryDirectory(prefix="parting-upload-") as folder:
        tables = Path(folder) / "parting-csv"
        tables.mkdir()
        paths: list[Path] = []
        names: dict[str, str] = {}
        for index, upload in enumerate(files):
            name = safe_name(upload.name or "", index)
            is_table = name.lower() in PARTING_FILES and fmt in (None, "", "parting_csv")
            target = (tables if is_table else Path(folder)) / name
            with target.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            names[str(target)] = Path((upload.name or name).replace("\\", "/")).name
            if not is_table:
                paths.append(target)
        if any(tables.iterdir()):
            paths.insert(0, tables)
            names[str(tables)] = ", ".join(
                names[str(t)] for t in sorted(tables.iterdir(), key=lambda p: p.name)
            )
        try:
            batches = import_paths(paths, format=fmt or None, dry_run=dry_run, user=user)
        except PartingError as error:
            raise ImportRefused(for_the_owner(error, names)) from error
    for batch in batches:
        batch.source = names.get(batch.source, Path(batch.source).name)
        if not dry_run:
            batch.save(update_fields=["source"])
    return batches


class ImportRefused(PartingError):
    """An import error already worded for the page."""


@owner_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and _declared_size(request) > _limit():
        # Refused before Django reads the body into temporary files.
        problem = _("These files are too large to import at once.")
        return _page(request, UploadForm(), [], 413, problem)
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            files = form.cleaned_data["files"]
            if len(files) > MAX_FILES:
                form.add_error("files", _("At most %(n)d files at once.") % {"n": MAX_FILES})
            elif _too_big(files):
                form.add_error("files", _("These files are too large to import at once."))
            else:
                dry_run = form.cleaned_data["dry_run"]
                try:
                    result = _import(files, form.cleaned_data["format"], dry_run, request.user)
                except ImportRefused as error:
                    form.add_error("files", str(error))
                else:
                    if dry_run:
                        messages.info(request, _("Checked: nothing was changed."))
                    else:
                        messages.success(request, _("Imported."))
                        triage.rescore(request, "import")
                    return _page(request, UploadForm(), result, 200)
        status = 400
    return _page(request, form, [], status)


def _page(
    request: HttpRequest,
    form: UploadForm,
    result: list[ImportBatch],
    status: int,
    problem: str = "",
) -> HttpResponse:
    config = workspace.config()
    recent = ImportBatch.objects.order_by("-started_at", "-pk")[:10]
    reports = [report(b, config, checked_only=bool(result) and not _stored(b)) for b in result]
    unmatched = list(UnmatchedRef.objects.filter(resolved_to__isnull=True).order_by("pk")[:200])
    clients = choices(Client.objects.order_by("name")[:5000])
    labels = {c.client_id: c.label for c in clients}
    context = {
        "form": form,
        "problem": problem,
        "result": reports,
        "batches": [(b, format_label(b.format)) for b in recent],
        "unmatched": unmatched,
        # The one client an unmatched name most likely means, filled in for the owner.
        "suggested": {
            ref.pk: labels.get(ref.candidates[0], "") if len(ref.candidates) == 1 else ""
            for ref in unmatched
        },
        "clients": clients,
        "changes": audit.for_workspace(),
        "timezone": config.timezone,
        "section": "import",
    }
    return render(request, "parting/import.html", context, status=status)


def _stored(batch: ImportBatch) -> bool:
    """False for a batch a dry run rolled back."""
    return ImportBatch.objects.filter(pk=batch.pk).exists()


@owner_required
@require_POST
def link(request: HttpRequest, ref_id: int) -> HttpResponse:
    """Link a name or address no client matched to the client the owner picks."""
    ref = get_object_or_404(UnmatchedRef, pk=ref_id)
    from parting.store.clients import link as link_ref

    try:
        client = resolve(request.POST.get("client", ""))
        with transaction.atomic():
            note = link_ref(ref.pk, client.client_id)
            audit.record(
                "linked",
                user=request.user,
                client_id=client.client_id,
                what={"name": ref.name or ref.key, "source": ref.source},
                undo=note,
            )
    except PartingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Linked to %(name)s.") % {"name": client.name})
        triage.rescore(request, "link")
    return redirect("import")


@owner_required
@require_POST
def merge(request: HttpRequest) -> HttpResponse:
    """Two clients that are the same business (an import spelt its name differently):
    everything of ``other`` moves to ``into``, and later imports remember it."""
    from parting.store.clients import merge as merge_clients

    try:
        into = resolve(request.POST.get("into", ""))
        other = resolve(request.POST.get("other", ""))
        with transaction.atomic():
            note = merge_clients(into.client_id, other.client_id)
            audit.record(
                "merged",
                user=request.user,
                client_id=into.client_id,
                what={"other": other.name, "other_id": other.client_id},
                undo=note,
            )
    except PartingError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(other)s is now part of %(into)s.") % {"other": other.name, "into": into.name},
        )
        triage.rescore(request, "merge")
    return redirect("import")


def _why(request: HttpRequest) -> str:
    return request.POST.get("why", "").strip()[:500]


@owner_required
@require_POST
def undo_change(request: HttpRequest, entry_pk: int) -> HttpResponse:
    """Take back a merge (the merged client comes back with what it brought) or a link
    (the name waits again with its rows), from the log entry that recorded it."""
    from parting.store import undo

    entry = get_object_or_404(AuditEntry, pk=entry_pk)
    why = _why(request)
    if not why:
        messages.error(request, _("Say why, for the log."))
        return redirect("client", client_id=entry.client_id)
    if not audit.can_undo(entry):
        messages.error(request, _("This change cannot be undone any more."))
        return redirect("client", client_id=entry.client_id)
    try:
        with transaction.atomic():
            if entry.action == "merged":
                restored = undo.undo_merge(entry.undo)
                for client_id in (entry.client_id, restored.client_id):
                    audit.record(
                        "merge_undone",
                        user=request.user,
                        client_id=client_id,
                        what={"other": restored.name, "into": entry.undo["kept"]["name"]},
                        why=why,
                    )
                done = _("%(name)s is a client of its own again.") % {"name": restored.name}
            else:
                undo.undo_link(entry.undo)
                audit.record(
                    "link_undone",
                    user=request.user,
                    client_id=entry.client_id,
                    what=entry.what,
                    why=why,
                )
                done = _("“%(name)s” waits to be linked again.") % {
                    "name": entry.what.get("name", "")
                }
            undo.mark_undone(entry)
    except PartingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
        triage.rescore(request, "undo")
    return redirect("client", client_id=entry.client_id)


@owner_required
@require_POST
def delete_import(request: HttpRequest, batch_pk: int) -> HttpResponse:
    """Remove an import: its rows, the names it left unmatched and the clients it created
    (those nothing else was stored on since)."""
    from parting.store.undo import delete_import as remove

    batch = get_object_or_404(ImportBatch, pk=batch_pk)
    why = _why(request)
    if not why:
        messages.error(request, _("Say why, for the log."))
        return redirect("import")
    with transaction.atomic():
        facts = remove(batch)
        audit.record("import_deleted", user=request.user, what=facts, why=why)
    messages.success(request, _("The import of %(file)s is deleted.") % {"file": facts["source"]})
    triage.rescore(request, "import")
    return redirect("import")
