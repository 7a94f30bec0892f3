"""The portfolio page: sorted and filtered on the server, charts inline, and the what-if
of letting a set of clients go computed from the stored metrics."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.engine.whatif import whale_points, what_if_of
from parting.web.charts import thin_curve
from parting.web.portfolio import Row


def _names_in_order(html: str) -> list[str]:
    return re.findall(r'<a href="/clients/[^"]+">([^<]+)</a>', html)


def test_portfolio_lists_every_client_in_rank_order(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert _names_in_order(html) == ["Rude &amp; Co", "Late Payers Ltd", "Fine Folk"]
    assert "<svg" in html  # both charts are inlined, drawn on the server


def test_portfolio_sorts_by_revenue_largest_first(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = owner_client.get(reverse("portfolio"), {"sort": "revenue"}).content.decode()
    assert _names_in_order(html) == ["Fine Folk", "Late Payers Ltd", "Rude &amp; Co"]


def test_portfolio_filters_by_verdict_and_search(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = owner_client.get(reverse("portfolio"), {"verdict": "keep"}).content.decode()
    assert _names_in_order(html) == ["Fine Folk"]
    html = owner_client.get(reverse("portfolio"), {"q": "late"}).content.decode()
    assert _names_in_order(html) == ["Late Payers Ltd"]


def test_htmx_request_gets_only_the_table(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = owner_client.get(
        reverse("portfolio"),
        {"sort": "name"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="client-table",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="client-table"')
    assert "<svg" not in html
    assert _names_in_order(html) == ["Fine Folk", "Late Payers Ltd", "Rude &amp; Co"]


def test_what_if_ticks_every_part_ways_client_and_shows_before_and_after(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = owner_client.post(
        reverse("what_if"), {"verdict": "part_ways"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response["HX-Trigger"] == "whatIfChanged"
    assert "1 client ticked" in html
    # Late Payers: 7,000 revenue over 200 hours in a year -> 16.7 hours a month freed,
    # written as hours are written on every page.
    assert "16.7 h</dd>" in html
    assert "€7,000" in html
    page = owner_client.get(reverse("portfolio")).content.decode()
    total = re.search(r"Staff hours</span><span class=\"kpi-value\">([^<]+)<", page)
    assert total and f'<td class="num">{total[1]}</td>' in html  # the same total, one form


def test_what_if_toggle_keeps_the_choice_across_requests(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    owner_client.post(reverse("what_if"), {"toggle": "c-rude", "on": "1"})
    owner_client.post(reverse("what_if"), {"toggle": "c-late", "on": "1"})
    owner_client.post(reverse("what_if"), {"toggle": "c-rude"})
    assert owner_client.session["what_if"] == ["c-late"]
    owner_client.post(reverse("what_if"), {"toggle": "not-a-client", "on": "1"})
    assert owner_client.session["what_if"] == ["c-late"]


def _row(client_id: str, revenue: float, hours: float, margin: float) -> Row:
    return Row(
        client_id,
        client_id,
        "keep",
        1,
        "",
        0,
        revenue,
        hours,
        margin,
        revenue / hours,
        0.0,
        0.0,
        0.0,
    )


def test_dropping_a_loss_making_client_raises_margin_and_rate() -> None:
    rows = [_row("good", 10000, 100, 6000), _row("bad", 2000, 100, -2000)]
    result = what_if_of(rows, {"bad"}, window_days=365.25)
    assert result.revenue_lost == 2000
    assert result.hours_freed_per_month == pytest.approx(100 / 12)
    assert result.margin_before == 4000 and result.margin_after == 6000
    assert result.effective_rate_before == 60 and result.effective_rate_after == 100


def test_whale_curve_peaks_above_total_profit_when_some_clients_lose_money() -> None:
    points = whale_points([500.0, 300.0, -200.0, -100.0])
    assert points[0] == (0.0, 0.0)
    assert max(y for _x, y in points) == pytest.approx(800 / 500)
    assert points[-1] == (1.0, pytest.approx(1.0))


def test_whale_curve_keeps_its_peak_when_thinned() -> None:
    margins = [1000.0 - i * 0.3 for i in range(5000)]
    points = thin_curve(whale_points(margins))
    assert len(points) <= 304
    full_peak = sum(m for m in margins if m > 0) / sum(margins)
    assert max(y for _x, y in points) == pytest.approx(full_peak)


def test_empty_workspace_invites_the_owner_to_import(owner_client: WebClient) -> None:
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert reverse("import") in html


def _queries(web: WebClient, url: str) -> int:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert web.get(url).status_code == 200
    return len(captured.captured_queries)


def test_portfolio_queries_do_not_grow_with_the_number_of_clients(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from parting.store.models import Client, VerdictRecord

    before = _queries(owner_client, reverse("portfolio"))
    run = portfolio["run"]
    for i in range(60):
        client = Client.objects.create(client_id=f"extra-{i}", name=f"Extra {i}")
        VerdictRecord.objects.create(
            run=run,
            client=client,
            verdict="keep",
            rank=10 + i,
            reason="-",
            metrics={"revenue": 100.0 + i, "hours": 2.0, "margin": 20.0},
        )
    assert _queries(owner_client, reverse("portfolio")) == before


def test_client_page_queries_do_not_grow_with_the_evidence(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from datetime import date, timedelta

    from parting.store.models import TimeEntry, VerdictRecord

    url = reverse("client", args=["c-late"])
    before = _queries(owner_client, url)
    entries = [
        TimeEntry(
            entry_id=f"x{i}",
            client_id="c-late",
            date=date(2025, 6, 1) + timedelta(i),
            hours=1.0,
            kind="rework",
        )
        for i in range(80)
    ]
    TimeEntry.objects.bulk_create(entries)
    record = VerdictRecord.objects.get(client_id="c-late")
    record.signs[1]["evidence"]["records"]["time_entries"] += [e.entry_id for e in entries]
    record.save()
    html = owner_client.get(url).content.decode()
    assert "older records" in html  # the newest 30 are shown, the rest counted
    assert _queries(owner_client, url) == before


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_nothing_owed_reads_the_same_on_the_portfolio_and_the_client_page(
    owner_client: WebClient, portfolio: dict[str, Any], lang: str
) -> None:
    # Fine Folk owes nothing: the portfolio showed "—" where its page said "€0.00".
    owner_client.post(reverse("set_language"), {"language": lang, "next": "/"})
    table = owner_client.get(reverse("portfolio")).content.decode()
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*Fine Folk.*?</tr>", table, re.S)
    assert row is not None
    overdue = re.findall(r'<td class="num[^"]*" data-label="[^"]*">([^<]*)</td>', row.group(0))
    assert overdue[-1] == "—"
    page = owner_client.get(reverse("client", args=["c-fine"])).content.decode()
    figures = re.findall(r"<dd>([^<]*)</dd>", page)
    assert figures[-2:] == ["—", "—"]  # still owed, of which overdue
    # Late Payers owe €900: to the cent on both, as the plan and the letters state it.
    late = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    owed = re.findall(r"<dd>([^<]*)</dd>", late)[-1]
    assert owed != "—" and owed in table and ("900.00" in owed or "900,00" in owed)
