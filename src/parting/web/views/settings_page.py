"""The settings page (owner only): the business's facts and every threshold."""

from __future__ import annotations

from itertools import groupby

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from parting.errors import ConfigError
from parting.web import triage, workspace
from parting.web.access import owner_required
from parting.web.settings_form import SettingsForm


@owner_required
@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    from parting.store.settings import save_settings

    form = SettingsForm(workspace.config(), request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                save_settings(form.to_toml())
            except ConfigError as error:
                form.add_error(None, error.message())
            else:
                messages.success(request, _("Settings saved."))
                triage.rescore(request, "settings")
                return redirect("settings")
        status = 400
    sections = [
        (section, list(fields))
        for section, fields in groupby(
            form.threshold_bound_fields(), key=lambda f: f.name.split(".")[0]
        )
    ]
    return render(
        request,
        "parting/settings.html",
        {"form": form, "sections": sections, "section": "settings"},
        status=status,
    )
