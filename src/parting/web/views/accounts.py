"""First run (create the owner), log in and out, and the owner's list of people."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.models import User
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from parting.store.models import Member
from parting.web.access import OWNER, STAFF, needs_setup, owner_required
from parting.web.forms import NewUserForm


def _create_user(form: NewUserForm, role: str) -> User:
    user = get_user_model().objects.create_user(
        username=form.cleaned_data["username"], password=form.cleaned_data["password"]
    )
    Member.objects.create(user=user, role=role)
    return user


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Shown only while nobody has an account: the first person becomes the owner."""
    if not needs_setup():
        raise Http404
    form = NewUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not needs_setup():  # two browsers racing through set-up
                raise Http404
            user = _create_user(form, OWNER)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome. You are the owner of this workspace."))
        return redirect("portfolio")
    return render(request, "parting/setup.html", {"form": form})


@owner_required
@require_http_methods(["GET", "POST"])
def people(request: HttpRequest) -> HttpResponse:
    form = NewUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _create_user(form, STAFF)
        messages.success(request, _("The staff account is ready."))
        return redirect("people")
    members = Member.objects.select_related("user").order_by("role", "user__username")
    return render(
        request, "parting/people.html", {"form": form, "members": members, "section": "people"}
    )
