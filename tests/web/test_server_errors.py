"""A server error is logged with its traceback, and a change that failed half-way is
rolled back, so the error page's "nothing was changed" is true."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Incident


@pytest.mark.django_db(transaction=True)
def test_a_failure_after_a_write_rolls_it_back_and_is_logged(
    owner: Any, portfolio: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    from parting.web import triage

    def broken(*args: object) -> None:
        raise RuntimeError("the rescoring queue is unreachable")

    monkeypatch.setattr(triage, "rescore", broken)
    web = WebClient(raise_request_exception=False)
    web.force_login(owner)
    before = Incident.objects.count()
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = web.post(
            reverse("log_incident", args=["c-fine"]),
            {"kind": "other", "severity": "low", "date": "2026-03-01", "note": "half-way"},
        )
    assert response.status_code == 500
    assert "nothing was changed" in response.content.decode()
    assert Incident.objects.count() == before
    assert not Incident.objects.filter(note="half-way").exists()
    logged = [r for r in caplog.records if r.name == "django.request"]
    assert logged and logged[0].exc_info is not None
    assert "unreachable" in str(logged[0].exc_info[1])
