"""Uploaded files imported: written to a private temporary folder under a cleaned name
(importers read the name: ``clients.csv`` is a Parting CSV table), parsed by the
importers, then deleted; never executed or served back. A small upload is imported in
the request; a large one by the worker (``parting.store.jobs``), while the page shows
its progress.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from parting.errors import PartingError
from parting.schema import TABLES
from parting.store.models import ImportBatch, Job
from parting.web.import_report import for_the_owner

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
PARTING_FILES = frozenset(table.file_name for table in TABLES.values())
# Uploads larger than this (in all) are imported by the worker, with progress on the page.
INLINE_BYTES = 2_000_000
# A batch's figures, kept on the job of a dry run (whose batches were rolled back).
BATCH_FIELDS = ("format", "source", "rows_read", "added", "updated", "skipped", "summary")


class ImportRefused(PartingError):
    """An import error already worded for the page."""


def safe_name(name: str, index: int) -> str:
    """The upload's base name with every unusual character replaced; never a path."""
    base = SAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).lstrip(".")
    return base[:120] or f"upload-{index}"


def inline_limit() -> int:
    return int(getattr(settings, "PARTING_IMPORT_INLINE_BYTES", INLINE_BYTES))


@dataclass
class Saved:
    """Uploads written to ``folder``: the paths to import, and the name the owner gave
    each (the temporary path never reaches a page)."""

    folder: str
    paths: list[str]
    names: dict[str, str]
    format: str
    dry_run: bool
    language: str = ""  # the owner's, for the messages of a job run by the worker


def save(
    files: list[UploadedFile[Any]], fmt: str | None, dry_run: bool, language: str = ""
) -> Saved:
    """Parting CSV tables (``clients.csv`` …) go together into one folder, the way the
    importer reads them; any other export is imported file by file."""
    folder = Path(tempfile.mkdtemp(prefix="parting-upload-"))
    try:
        tables = folder / "parting-csv"
        tables.mkdir()
        paths: list[str] = []
        names: dict[str, str] = {}
        for index, upload in enumerate(files):
            name = safe_name(upload.name or "", index)
            is_table = name.lower() in PARTING_FILES and fmt in (None, "", "parting_csv")
            target = (tables if is_table else folder) / name
            with target.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            names[str(target)] = Path((upload.name or name).replace("\\", "/")).name
            if not is_table:
                paths.append(str(target))
        if any(tables.iterdir()):
            paths.insert(0, str(tables))
            names[str(tables)] = ", ".join(
                names[str(t)] for t in sorted(tables.iterdir(), key=lambda p: p.name)
            )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Saved(str(folder), paths, names, fmt or "", dry_run, language)


def run(saved: Saved, user: object, progress: Any = None) -> list[ImportBatch]:
    """Import what ``save`` wrote, all or nothing, then delete it. Each batch keeps the
    name the owner gave the file."""
    from parting.store.imports import import_paths

    try:
        batches = import_paths(
            [Path(p) for p in saved.paths],
            format=saved.format or None,
            dry_run=saved.dry_run,
            user=user,
            progress=progress,
        )
    except PartingError as error:
        raise ImportRefused(for_the_owner(error, saved.names)) from error
    finally:
        shutil.rmtree(saved.folder, ignore_errors=True)
    for batch in batches:
        batch.source = saved.names.get(batch.source, Path(batch.source).name)
        if not saved.dry_run:
            batch.save(update_fields=["source"])
    return batches


def run_job(job: Job, progress: Any) -> dict[str, Any]:
    """The worker's part: import the uploads the job names, then queue a rescore."""
    from django.utils import translation

    from parting.i18n import activate, current_language
    from parting.store.jobs import request_rescore

    saved = Saved(**job.payload)
    before = current_language()
    activate(saved.language or "en")
    try:
        with translation.override(saved.language or None):
            batches = run(saved, job.requested_by, progress)
    finally:
        activate(before)
    if not saved.dry_run:
        request_rescore("import", job.requested_by)
    return {
        "batches": [b.pk for b in batches] if not saved.dry_run else [],
        "checked": [{name: getattr(b, name) for name in BATCH_FIELDS} for b in batches]
        if saved.dry_run
        else [],
    }


def payload(saved: Saved) -> dict[str, Any]:
    return asdict(saved)


def job_batches(job: Job) -> list[ImportBatch]:
    """The batches a finished import job stored, or (a dry run) their figures."""
    if job.result.get("checked"):
        return [ImportBatch(**fields) for fields in job.result["checked"]]
    found = {b.pk: b for b in ImportBatch.objects.filter(pk__in=job.result.get("batches", []))}
    return [found[pk] for pk in job.result.get("batches", []) if pk in found]
