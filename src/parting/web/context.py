"""Template context every page needs: the visitor's role, for the menu."""

from __future__ import annotations

from django.http import HttpRequest

from parting.web.access import OWNER, role_of, sees_margins


def roles(request: HttpRequest) -> dict[str, object]:
    role = role_of(request.user) if hasattr(request, "user") else None
    if role is None:
        return {"role": role, "is_owner": False, "sees_margins": False}
    from django.utils.functional import SimpleLazyObject

    return {
        "role": role,
        "is_owner": role == OWNER,
        # Read only by pages that show margins (it loads the settings for staff).
        "sees_margins": SimpleLazyObject(lambda: _Flag(sees_margins(request.user))),
        "demo_loaded": SimpleLazyObject(lambda: _Flag(_demo_loaded())),
    }


def _demo_loaded() -> bool:
    from parting.web.demo import loaded

    return loaded() is not None


class _Flag:
    """A yes/no a template can test through a lazy object."""

    def __init__(self, value: bool) -> None:
        self.value = value

    def __bool__(self) -> bool:
        return self.value


def scoring(request: HttpRequest) -> dict[str, object]:
    """The scoring strip's state, read only by pages that draw it (members' pages)."""
    if not hasattr(request, "user") or role_of(request.user) is None:
        return {}
    from django.utils.functional import SimpleLazyObject

    from parting.web.triage import scoring as current

    return {"scoring": SimpleLazyObject(current)}
