"""Keep the core's language (``parting.i18n``: verdict reasons, plan steps, checker
findings) in step with the language Django chose for this request."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from parting import i18n


class CoreLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        i18n.activate(get_language() or "en")
        return self.get_response(request)
