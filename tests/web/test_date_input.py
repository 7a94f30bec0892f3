"""Date fields read and accept the reader's order in every language of the app: a French
reader sees and types 05/03/2026 for the fifth of March, an English one 03/05/2026, a
Slovenian one 5. 3. 2026 — whatever language the browser itself speaks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Incident
from parting.web.forms import IncidentForm

FIFTH_OF_MARCH = {
    "en": ("03/05/2026", "mm/dd/yyyy"),
    "fr": ("05/03/2026", "jj/mm/aaaa"),
    "vi": ("05/03/2026", "dd/mm/yyyy"),
    "sl": ("5. 3. 2026", "d. m. llll"),
}


@pytest.mark.parametrize("lang", list(FIFTH_OF_MARCH))
def test_a_staff_member_types_the_incident_date_in_their_own_order(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    staff: Any,
    log_in: Any,
    web_catalogs: Path,
    lang: str,
) -> None:
    typed, hint = FIFTH_OF_MARCH[lang]
    # The browser speaks American English: its own date picker would ask for mm/dd/yyyy.
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, staff.username)
    with page.expect_navigation():
        page.select_option("#language", lang)
    page.goto(live_server.url + reverse("client", args=["c-fine"]))
    field = page.locator("#id_date")
    assert field.get_attribute("placeholder") == hint
    today = date.today()
    shown = field.input_value()
    assert (
        shown
        == {
            "en": f"{today.month:02}/{today.day:02}/{today.year}",
            "fr": f"{today.day:02}/{today.month:02}/{today.year}",
            "vi": f"{today.day:02}/{today.month:02}/{today.year}",
            "sl": f"{today.day}. {today.month}. {today.year}",
        }[lang]
    )
    field.fill(typed)
    with page.expect_navigation():
        page.click("form[action*='/incidents/new/'] button[type=submit]")
    assert Incident.objects.get(client_id="c-fine").date == date(2026, 3, 5)
    context.close()


def test_a_date_that_is_no_date_is_refused_with_the_order_expected(
    staff_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    staff_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    response = staff_client.post(
        reverse("log_incident", args=["c-fine"]),
        {"kind": "public_criticism", "severity": "high", "date": "31/02/2026"},
    )
    assert response.status_code == 400
    assert "jj/mm/aaaa" in response.content.decode()
    assert not Incident.objects.filter(client_id="c-fine").exists()


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "3/5/26"),
        ("fr", "5.3.2026"),
        ("vi", "5-3-2026"),
        ("sl", "05.03.2026"),
        ("fr", "2026-03-05"),
    ],
)
def test_the_usual_ways_of_writing_a_date_are_read(lang: str, typed: str) -> None:
    from django.utils import translation

    with translation.override(lang):
        form = IncidentForm({"kind": "public_criticism", "severity": "high", "date": typed})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["date"] == date(2026, 3, 5)
