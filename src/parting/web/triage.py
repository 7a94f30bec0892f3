"""Re-running the triage from the web, after a person changed what it reads."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext as _

from parting.errors import PartingError


def rescore(request: HttpRequest) -> bool:
    """Score the whole workspace again and tell the person how it went. The portfolio's
    cached charts are keyed by run, so the new run draws its own."""
    from parting.store.triage import run_triage

    try:
        run_triage()
    except PartingError as error:
        messages.error(
            request, _("The verdicts could not be updated: %(error)s") % {"error": error}
        )
        return False
    messages.info(request, _("Every verdict has been brought up to date."))
    return True
