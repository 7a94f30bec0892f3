"""Who may do what: every view asks one of these small named helpers (DOMAIN: owner, staff).

The owner does everything; staff see clients and log incidents, but never settings,
plans, imports or the people list. Anonymous visitors go to the log-in page — or, while
nobody has an account yet, to the one-time set-up page that creates the owner.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, Literal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from parting.store.models import Client, Member

Role = Literal["owner", "staff"]
OWNER: Role = "owner"
STAFF: Role = "staff"

View = Callable[..., HttpResponse]


def role_of(user: AbstractBaseUser | AnonymousUser) -> Role | None:
    """The user's role in the workspace, or None for a visitor without one."""
    if not user.is_authenticated or not user.is_active:
        return None
    try:
        member: Member | None = getattr(user, "member")  # noqa: B009 (a reverse one-to-one the stubs do not know)
    except Member.DoesNotExist:
        member = None
    if member is not None:
        return OWNER if member.role == OWNER else STAFF
    # A Django superuser made with `createsuperuser` is the owner of a local workspace.
    return OWNER if getattr(user, "is_superuser", False) else None


def is_owner(user: AbstractBaseUser | AnonymousUser) -> bool:
    return role_of(user) == OWNER


def sees_margins(user: AbstractBaseUser | AnonymousUser) -> bool:
    """The owner always; staff only when the owner allows it in the settings."""
    role = role_of(user)
    if role == OWNER:
        return True
    if role is None:
        return False
    from parting.store.settings import load_config

    return load_config().settings.business.staff_see_margins


def needs_setup() -> bool:
    """True until the first account (the owner) exists."""
    return not get_user_model().objects.exists()


def _to_login(request: HttpRequest) -> HttpResponse:
    if needs_setup():
        return HttpResponseRedirect(reverse("setup"))
    from django.contrib.auth.views import redirect_to_login

    return redirect_to_login(request.get_full_path(), reverse("login"))


def _require(allowed: tuple[Role, ...]) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return _to_login(request)
            if role_of(request.user) not in allowed:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapper.parting_roles = allowed  # type: ignore[attr-defined]
        return wrapper

    return decorator


member_required = _require((OWNER, STAFF))
"""Owner or staff: see clients, log incidents."""

owner_required = _require((OWNER,))
"""The owner only: plans, letters, imports, settings, people."""


def client_or_404(client_id: str) -> Client:
    return get_object_or_404(Client, client_id=client_id)
