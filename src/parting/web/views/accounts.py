"""First run (create the owner), log in and out, and the people of the workspace: the
owner adds or invites staff, removes them, changes a role, and gives a person a one-time
link to set a new password; everyone changes their own password. Each change to an
account is kept in the audit log."""

from __future__ import annotations

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from parting.store import audit
from parting.store.models import Member
from parting.web import workspace
from parting.web.access import OWNER, STAFF, member_required, needs_setup, owner_required
from parting.web.forms import InviteForm, NewUserForm


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


ACCOUNT_ACTIONS = ("staff_added", "staff_invited", "staff_removed", "role_changed", "password_link")


def _people(
    request: HttpRequest,
    form: NewUserForm | None = None,
    invite: InviteForm | None = None,
    link: tuple[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    members = (
        Member.objects.select_related("user")
        .filter(user__is_active=True)
        .order_by("role", "user__username")
    )
    context = {
        "form": form or NewUserForm(),
        "invite": invite or InviteForm(),
        "members": members,
        "link": link,
        "roles": Member.ROLES,
        "changes": audit.for_workspace(actions=ACCOUNT_ACTIONS),
        "timezone": workspace.config().timezone,
        "section": "people",
    }
    return render(request, "parting/people.html", context, status=status)


def _log(request: HttpRequest, action: str, user: User, **what: str) -> None:
    audit.record(action, user=request.user, what={"user": user.get_username(), **what})


def _set_password_link(request: HttpRequest, user: User) -> tuple[str, str]:
    """A link that sets ``user``'s password once (Django's reset token: it stops working
    when the password changes, and after PASSWORD_RESET_TIMEOUT)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("password_set", kwargs={"uidb64": uid, "token": token})
    return user.get_username(), request.build_absolute_uri(path)


@owner_required
@require_http_methods(["GET", "POST"])
def people(request: HttpRequest) -> HttpResponse:
    """Add a staff member with a password the owner passes on."""
    form = NewUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = _create_user(form, STAFF)
            _log(request, "staff_added", user)
        messages.success(request, _("The staff account is ready."))
        return redirect("people")
    return _people(request, form=form, status=400 if request.method == "POST" else 200)


@owner_required
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    """Add a staff member who sets their own password with a one-time link."""
    form = InviteForm(request.POST)
    if not form.is_valid():
        return _people(request, invite=form, status=400)
    with transaction.atomic():
        user = get_user_model().objects.create_user(username=form.cleaned_data["username"])
        user.set_unusable_password()
        user.save()
        Member.objects.create(user=user, role=STAFF)
        _log(request, "staff_invited", user)
    return _people(request, link=_set_password_link(request, user))


def _member(user_pk: int) -> Member:
    return get_object_or_404(Member.objects.select_related("user"), user__pk=user_pk)


def _last_owner(member: Member) -> bool:
    owners = Member.objects.filter(role=OWNER, user__is_active=True)
    return member.role == OWNER and owners.count() <= 1


@owner_required
@require_POST
def remove_member(request: HttpRequest, user_pk: int) -> HttpResponse:
    """The person can no longer log in; what they logged stays, under their name."""
    member = _member(user_pk)
    if member.user == request.user or _last_owner(member):
        messages.error(request, _("You cannot remove yourself or the last owner."))
        return redirect("people")
    with transaction.atomic():
        user = member.user
        user.is_active = False
        user.set_unusable_password()
        user.save()
        member.delete()
        _log(request, "staff_removed", user)
    messages.success(request, _("%(name)s can no longer log in.") % {"name": user.get_username()})
    return redirect("people")


@owner_required
@require_POST
def change_role(request: HttpRequest, user_pk: int) -> HttpResponse:
    member = _member(user_pk)
    role = request.POST.get("role", "")
    if role not in (OWNER, STAFF):
        messages.error(request, _("Choose owner or staff."))
    elif role == STAFF and _last_owner(member):
        messages.error(request, _("The workspace needs an owner: make someone else owner first."))
    elif role != member.role:
        with transaction.atomic():
            member.role = role
            member.save(update_fields=["role"])
            _log(request, "role_changed", member.user, role=role)
        messages.success(
            request,
            _("%(name)s is now %(role)s.")
            % {
                "name": member.user.get_username(),
                "role": _("owner") if role == OWNER else _("staff"),
            },
        )
    return redirect("people")


@owner_required
@require_POST
def password_link(request: HttpRequest, user_pk: int) -> HttpResponse:
    """A one-time link for a person who forgot their password (or was locked out)."""
    member = _member(user_pk)
    from axes.utils import reset as unlock

    unlock(username=member.user.get_username())
    _log(request, "password_link", member.user)
    return _people(request, link=_set_password_link(request, member.user))


class SetPassword(auth_views.PasswordResetConfirmView):
    """The one-time link: the person chooses a password, then logs in with it."""

    template_name = "parting/password_set.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is set. Log in with it."))
        return response


class ChangePassword(auth_views.PasswordChangeView):
    """Every person changes their own password (they stay logged in)."""

    template_name = "parting/password_change.html"
    success_url = reverse_lazy("portfolio")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is changed."))
        return response


@member_required
def change_password(request: HttpRequest) -> HttpResponse:
    return cast(HttpResponse, ChangePassword.as_view()(request))
