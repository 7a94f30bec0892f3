"""Rescoring from the web: a person changed what the triage reads, so the verdicts are
brought up to date by the worker (``parting.store.jobs``), never inside the request; the
scoring strip at the top of each page (``scoring.html``) shows its progress."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext as _

from parting.store.models import Job, TriageRun


def rescore(request: HttpRequest, reason: str, clients: Collection[str] | None = None) -> Job:
    """Queue a rescore for ``reason`` (settings, incident, judgement, merge, link, import,
    button) and tell the person it is under way. ``clients``: the only clients whose
    records changed, when the change says (then only they are scored again)."""
    from parting.store.jobs import request_rescore

    job = request_rescore(reason, request.user, clients)
    messages.info(
        request, _("The verdicts are being brought up to date; the bar above shows the progress.")
    )
    return job


@dataclass(frozen=True)
class Scoring:
    """What the scoring strip says: the rescore under way, or when the verdicts were last
    scored and whether the last attempt failed."""

    job: Job | None
    run: TriageRun | None
    failure: Job | None

    @property
    def seen(self) -> str:
        """Names the run a page was drawn from, so a poll can tell a newer one is ready."""
        return str(self.run.pk) if self.run is not None else "new"

    @property
    def last_scored(self) -> str:
        """When the verdicts shown were computed, in the business's time zone, written as
        every other time of day on the pages (``words.formats.moment``)."""
        from parting.web import formats, workspace

        if self.run is None:
            return ""
        return formats.moment(self.run.computed_at, workspace.config().timezone)

    @property
    def step_label(self) -> str:
        if self.job is None:
            return ""
        if self.job.status == "queued":
            return _("Waiting to start…")
        return (
            _("Reading your data…"),
            _("Scoring every client…"),
            _("Saving the verdicts…"),
        )[min(self.job.step, 2)]


def scoring() -> Scoring:
    from parting.store.jobs import active, last_failure
    from parting.store.triage import latest_run

    run = latest_run()
    job = active()
    return Scoring(job=job, run=run, failure=None if job else last_failure(run))
