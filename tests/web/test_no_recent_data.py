"""A client with nothing inside the scoring window (a Toggl export from 2017) has no
figures to judge: it is shown apart as "no recent data", never ranked above a client
with real figures, and the command line ranks it the same way."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import VerdictRecord
from parting.store.triage import score_and_store

AS_OF = date(2026, 3, 2)
HEADER = (
    "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
    "End date,End time,Duration\n"
)
OLD_AND_NEW = HEADER + (
    "Ana,ana@studio.example,Brockwell Motors Ltd,Website,,Design,Yes,2017-03-01,09:00:00,"
    "2017-03-01,11:00:00,02:00:00\n"
    "Ana,ana@studio.example,Café Lune,Menu,,Layout,Yes,2017-04-02,09:00:00,"
    "2017-04-02,10:30:00,01:30:00\n"
    "Ana,ana@studio.example,Orchard Bakery,Menu,,Layout,Yes,2026-02-02,09:00:00,"
    "2026-02-02,10:30:00,01:30:00\n"
)


def _import_and_score(web: WebClient) -> list[VerdictRecord]:
    # The scoring reads the tables through its own connection (on PostgreSQL): the tests
    # that score use a committed database (transactional_db).
    upload = SimpleUploadedFile("Toggl.csv", OLD_AND_NEW.encode(), "text/csv")
    web.post(reverse("import"), {"files": [upload]})
    run, _triage = score_and_store(AS_OF)
    return list(VerdictRecord.objects.filter(run=run).select_related("client").order_by("rank"))


def test_clients_with_only_old_data_are_ranked_last_and_flagged(
    transactional_db: None, owner_client: WebClient
) -> None:
    records = _import_and_score(owner_client)
    assert [r.client.name for r in records] == [
        "Orchard Bakery",
        "Brockwell Motors Ltd",
        "Café Lune",
    ]
    old = records[1]
    assert old.verdict == "keep" and old.signs == []
    assert old.review_flags == ["no_recent_data"]
    assert old.reason.startswith("No data from the last 365 days")
    assert records[0].review_flags == []


def test_the_portfolio_lists_them_apart_and_never_in_the_ranked_table(
    transactional_db: None, owner_client: WebClient
) -> None:
    _import_and_score(owner_client)
    html = owner_client.get(reverse("portfolio") + "?sort=revenue&dir=asc").content.decode()
    table = html[html.index('id="client-table"') : html.index('id="no-recent-data"')]
    apart = html[html.index('id="no-recent-data"') :]
    assert "Orchard Bakery" in table
    assert "Café Lune" not in table and "Brockwell Motors Ltd" not in table
    assert re.search(r"No recent data <span class=\"chip\">2</span>", apart)
    assert "Café Lune" in apart and "Brockwell Motors Ltd" in apart
    # The verdict strip counts the ranked clients, and those apart on their own.
    strip = html[html.index('class="verdict-strip"') :]
    strip = strip[: strip.index("</section>")]
    assert sum(int(n) for n in re.findall(r"<b>(\d+)</b>", strip)) == 3
    assert re.search(r"No recent data <b>2</b>", strip)


def test_the_command_line_ranks_them_last_too(
    transactional_db: None, owner_client: WebClient
) -> None:
    from typer.testing import CliRunner

    from parting.cli import app

    _import_and_score(owner_client)
    result = CliRunner().invoke(
        app, ["triage", "--as-of", AS_OF.isoformat(), "--format", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    clients = json.loads(result.stdout)
    assert [c["name"] for c in clients] == ["Orchard Bakery", "Brockwell Motors Ltd", "Café Lune"]
    assert clients[2]["review_flags"] == ["no_recent_data"]


def test_the_portfolio_shows_them_apart_in_the_browser(
    live_server: Any, browser: Any, owner: Any, log_in: Any
) -> None:
    web = WebClient()
    web.force_login(owner)
    _import_and_score(web)
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/?sort=hours&dir=asc")
    first = page.locator("#client-table tbody tr").first.inner_text()
    assert "Orchard Bakery" in first
    assert "Café Lune" in page.inner_text("#no-recent-data")
    page.close()
