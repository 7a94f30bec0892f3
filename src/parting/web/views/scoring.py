"""The scoring strip: when the verdicts were last scored, the rescore under way (polled
by HTMX every second while it runs), and the owner's "Rescore now"."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from parting.web import triage
from parting.web.access import member_required, owner_required
from parting.web.http import HtmxHttpRequest


def _strip(request: HtmxHttpRequest, seen: str) -> HttpResponse:
    state = triage.scoring()
    # The page was drawn from run ``seen``; a newer one is ready to be shown.
    fresh = bool(seen) and state.job is None and state.run is not None and str(state.run.pk) != seen
    page_url = request.htmx.current_url if request.htmx else ""
    return render(
        request,
        "parting/scoring.html",
        {"scoring": state, "fresh": fresh, "seen": seen, "page_url": page_url or ""},
    )


@member_required
@require_GET
def status(request: HtmxHttpRequest) -> HttpResponse:
    return _strip(request, request.GET.get("seen", "")[:20])


@owner_required
@require_POST
def rescore_now(request: HtmxHttpRequest) -> HttpResponse:
    state = triage.scoring()
    if request.htmx:
        from parting.store.jobs import request_rescore

        request_rescore("button", request.user)
        return _strip(request, state.seen)
    triage.rescore(request, "button")
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("portfolio")
