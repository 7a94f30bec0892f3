"""Template context every page needs: the visitor's role, for the menu."""

from __future__ import annotations

from django.http import HttpRequest

from parting.web.access import OWNER, role_of


def roles(request: HttpRequest) -> dict[str, object]:
    role = role_of(request.user) if hasattr(request, "user") else None
    return {"role": role, "is_owner": role == OWNER}


def scoring(request: HttpRequest) -> dict[str, object]:
    """The scoring strip's state, read only by pages that draw it (members' pages)."""
    if not hasattr(request, "user") or role_of(request.user) is None:
        return {}
    from django.utils.functional import SimpleLazyObject

    from parting.web.triage import scoring as current

    return {"scoring": SimpleLazyObject(current)}
