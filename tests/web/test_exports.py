"""The portfolio as a CSV download: the rows the page shows (search, filters, sort), in
the reader's language, with money only for those who may see margins, and names that a
spreadsheet can never run as a formula."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Client


def _rows(web: WebClient, **query: str) -> list[list[str]]:
    response = web.get(reverse("portfolio_csv"), query)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="portfolio-')
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_owner_downloads_every_client_in_rank_order(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    rows = _rows(owner_client)
    assert rows[0][:4] == ["Rank", "Client", "Verdict", "Main sign"] and "Margin" in rows[0]
    assert [r[1] for r in rows[1:]] == ["Rude & Co", "Late Payers Ltd", "Fine Folk"]
    assert rows[1][2] == "Part ways now"
    revenue = rows[0].index("Revenue")
    assert rows[1][revenue] == "5000.00"


def test_the_download_keeps_the_pages_search_and_filters(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    assert [r[1] for r in _rows(owner_client, q="late")[1:]] == ["Late Payers Ltd"]
    assert [r[1] for r in _rows(owner_client, verdict="keep")[1:]] == ["Fine Folk"]


def test_staff_download_has_no_margins(staff_client: WebClient, portfolio: dict[str, Any]) -> None:
    header = _rows(staff_client)[0]
    assert "Margin" not in header and "Effective hourly rate" not in header


def test_a_name_that_looks_like_a_formula_stays_text(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    Client.objects.filter(pk="c-fine").update(name='=HYPERLINK("http://x.example","Fine")')
    from django.core.cache import cache

    cache.clear()
    names = [r[1] for r in _rows(owner_client)[1:]]
    assert '\'=HYPERLINK("http://x.example","Fine")' in names


def test_the_download_writes_figures_as_the_readers_spreadsheet_reads_them(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    # A comma is the decimal mark in French, Vietnamese and Slovenian: the cells are then
    # separated by semicolons, as their spreadsheet programs expect; English keeps both dots
    # and commas (the test above). Names, not figures, may hold either mark.
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    response = owner_client.get(reverse("portfolio_csv"))
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:2] == ["Rang", "Client"]
    assert rows[1][rows[0].index("Chiffre d’affaires")] == "5000,00"
    assert all(len(row) == len(rows[0]) for row in rows)
