"""Staff see each client's verdict, signs and revenue; its margin and the what-if only
when the owner allows it in the settings."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.settings import save_settings

MARGIN = re.compile(r">\s*Margin\b")


def _pages(web: WebClient) -> str:
    return (
        web.get(reverse("portfolio")).content.decode()
        + web.get(reverse("client", args=["c-late"])).content.decode()
    )


def test_staff_see_no_margin_and_no_what_if_unless_allowed(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = _pages(staff_client)
    assert not MARGIN.search(html)
    assert "What if we let them go?" not in html
    assert "Revenue" in html  # the rest stays
    response = staff_client.post(reverse("what_if"), {"toggle": "c-late", "on": "1"})
    assert response.status_code == 403


def test_sorting_by_margin_tells_staff_nothing(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    by_margin = staff_client.get(reverse("portfolio"), {"sort": "margin"}).content.decode()
    by_rank = staff_client.get(reverse("portfolio")).content.decode()
    order = re.compile(r'<a href="/clients/[^"]+">([^<]+)</a>')
    assert order.findall(by_margin) == order.findall(by_rank)


def test_staff_see_margins_and_the_what_if_once_the_owner_allows_it(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    save_settings("[business]\nstaff_see_margins = true\n")
    html = _pages(staff_client)
    assert MARGIN.search(html) and "What if we let them go?" in html
    response = staff_client.post(reverse("what_if"), {"toggle": "c-late", "on": "1"})
    assert response.status_code == 302


def test_the_owner_always_sees_margins(owner_client: WebClient, portfolio: dict[str, Any]) -> None:
    html = _pages(owner_client)
    assert MARGIN.search(html) and "What if we let them go?" in html
