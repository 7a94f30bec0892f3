"""Keep the core's language (``parting.i18n``: verdict reasons, plan steps, checker
findings) in step with the language Django chose for this request; and make every
changing request all or nothing."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from parting import i18n


class CoreLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        i18n.activate(get_language() or "en")
        return self.get_response(request)


class AllOrNothingMiddleware:
    """A request that changes something (POST, PUT, PATCH, DELETE) runs in one transaction,
    rolled back when the answer is a server error: the error page's "nothing was changed"
    is then true, and a person never retries a change that was in fact saved."""

    SAFE = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in self.SAFE:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response


class PermissionsPolicyMiddleware:
    """Sends ``settings.PERMISSIONS_POLICY``: the browser features no page may use."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def forwarded_address(request: HttpRequest) -> str | None:
    """The client's address behind Parting's own reverse proxy: the last entry of
    X-Forwarded-For, the one the proxy appended (the entries before it are whatever the
    client sent, and cannot be trusted)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    last = forwarded.split(",")[-1].strip()
    return last or request.META.get("REMOTE_ADDR")
