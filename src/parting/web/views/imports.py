"""The import page (owner only): upload exports, see what each import did, and link the
names no client matched.

Uploads are saved and imported by ``parting.web.uploads``: a small one in the request,
a large one by the worker while the page shows its progress.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from parting.errors import PartingError
from parting.store import audit
from parting.store.jobs import live_progress, request_job
from parting.store.models import AuditEntry, Client, ImportBatch, Job, UnmatchedRef
from parting.web import formats, triage, uploads, workspace
from parting.web.access import owner_required
from parting.web.forms import UploadForm
from parting.web.http import HtmxHttpRequest
from parting.web.import_report import format_label, report
from parting.web.search import choices, resolve

MAX_FILES = 20


def _limit() -> int:
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


def _declared_size(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _size(files: list[UploadedFile[Any]]) -> int:
    return sum(f.size or 0 for f in files)


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
            elif _size(files) > _limit():
                form.add_error("files", _("These files are too large to import at once."))
            else:
                dry_run = form.cleaned_data["dry_run"]
                fmt = form.cleaned_data["format"]
                saved = uploads.save(files, fmt, dry_run, get_language() or "")
                if _size(files) > uploads.inline_limit():
                    # Large: the worker imports it while the page shows the progress.
                    job = request_job("import", uploads.payload(saved), request.user)
                    return redirect("import_job", job_pk=job.pk)
                try:
                    result = uploads.run(saved, request.user)
                except uploads.ImportRefused as error:
                    form.add_error("files", str(error))
                else:
                    _tell_done(request, dry_run)
                    return _page(request, UploadForm(), result, 200)
        status = 400
    return _page(request, form, [], status)


def _tell_done(request: HttpRequest, dry_run: bool) -> None:
    if dry_run:
        messages.info(request, _("Checked: nothing was changed."))
    else:
        messages.success(request, _("Imported."))
        triage.rescore(request, "import")


@owner_required
@require_GET
def import_job(request: HtmxHttpRequest, job_pk: int) -> HttpResponse:
    """A large import the worker runs: its progress, polled by HTMX every second, then
    what it did (or why nothing was stored)."""
    job = get_object_or_404(Job, pk=job_pk, kind="import")
    live = live_progress(job.pk)
    names = job.payload.get("names", {})
    context: dict[str, Any] = {
        "job": job,
        "live": live,
        "files": ", ".join(names.get(p, "") for p in job.payload.get("paths", [])),
        "result": [],
    }
    if job.status == "done":
        config = workspace.config()
        checked = bool(job.result.get("checked"))
        context["result"] = [
            report(b, config, checked_only=checked) for b in uploads.job_batches(job)
        ]
    if request.htmx:
        return render(request, "parting/import_job.html", context)
    return _page(request, UploadForm(), [], 200, job=context)


def _page(
    request: HttpRequest,
    form: UploadForm,
    result: list[ImportBatch],
    status: int,
    problem: str = "",
    job: dict[str, Any] | None = None,
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
        "changes": audit.for_workspace(actions=("import_deleted", "demo_removed")),
        "links": _links_and_merges(),
        "job": job,
        "timezone": config.timezone,
        "section": "import",
    }
    return render(request, "parting/import.html", context, status=status)


def _links_and_merges(limit: int = 20) -> list[tuple[AuditEntry, str]]:
    """The latest links and merges made here, each said with the client it went to, so
    the owner can take one back where it was made."""
    entries = list(
        AuditEntry.objects.filter(action__in=audit.UNDOABLE).select_related("user")[:limit]
    )
    names = dict(
        Client.objects.filter(pk__in={e.client_id for e in entries}).values_list("pk", "name")
    )
    said = []
    for entry in entries:
        client = names.get(entry.client_id, "")
        if entry.action == "merged":
            label = _("Merged %(other)s into %(into)s.") % {
                "other": entry.what.get("other", ""),
                "into": client,
            }
        else:
            label = _("Linked “%(name)s” to %(client)s.") % {
                "name": entry.what.get("name", ""),
                "client": client,
            }
        said.append((entry, label))
    return said


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
        # The rows that waited now count in the portfolio's totals: every client again.
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
        triage.rescore(request, "merge", [into.client_id, other.client_id])
    return redirect("import")


def _why(request: HttpRequest) -> str:
    return request.POST.get("why", "").strip()[:500]


@owner_required
@require_POST
def undo_change(request: HttpRequest, entry_pk: int) -> HttpResponse:
    """Take back a merge (the merged client comes back with what it brought) or a link
    (the name waits again with its rows), from the log entry that recorded it."""
    from parting.store import undo

    entry = get_object_or_404(AuditEntry, pk=entry_pk, action__in=audit.UNDOABLE)
    # Back to where the owner pressed it: the import page, or the client's log.
    back = (
        redirect("import")
        if request.POST.get("back") == "import"
        else redirect("client", client_id=entry.client_id)
    )
    why = _why(request)
    if not why:
        messages.error(request, _("Say why, for the log."))
        return back
    if not audit.can_undo(entry):
        messages.error(request, _("This change cannot be undone any more."))
        return back
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
                # Only these two clients' records moved (the portfolio's totals did not).
                changed: list[str] | None = [entry.client_id, restored.client_id]
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
                changed = None  # rows leave the portfolio's totals: every client again
            undo.mark_undone(entry)
    except PartingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
        triage.rescore(request, "undo", changed)
    return back


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
    if facts["restored"]:
        messages.info(
            request,
            _("Rows it had changed, back as they were: %(rows)s.")
            % {"rows": formats.number(facts["restored"])},
        )
    triage.rescore(request, "import")
    return redirect("import")


@owner_required
@require_POST
def load_demo(request: HttpRequest) -> HttpResponse:
    """The empty workspace's button: made-up clients to look around with, loaded by the
    worker while the page shows the progress."""
    from parting.web import demo

    if demo.has_clients():
        messages.error(request, _("The workspace already has clients; the demo was not added."))
        return redirect("portfolio")
    waiting = Job.objects.filter(kind="import", status__in=("queued", "running"))
    job = waiting.filter(payload__demo=True).first() or request_job(
        "import", {"demo": True, "language": get_language() or ""}, request.user
    )
    return redirect("import_job", job_pk=job.pk)


@owner_required
@require_POST
def remove_demo(request: HttpRequest) -> HttpResponse:
    """Take the demo out again: its clients, rows and settings; the owner's data stays."""
    from parting.web import demo

    batch = demo.loaded()
    if batch is not None:
        with transaction.atomic():
            facts = demo.remove(batch)
            audit.record("demo_removed", user=request.user, what=facts)
        messages.success(request, _("The demo is removed."))
        from parting.store.models import Client

        if Client.objects.exists():
            triage.rescore(request, "import")
    return redirect("portfolio")
