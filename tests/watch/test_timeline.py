"""``parting timeline``: a client's verdict month by month, the sentence that says since
when, and who has held a verdict for months."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting.cli import app
from parting.store.timeline import held_for, summary, workspace_timelines

from .conftest import SignIn

pytestmark = pytest.mark.django_db(transaction=True)
runner = CliRunner()
AS_OF = "2026-04-30"


def parting(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_timeline_says_since_when_the_verdict_and_each_sign_hold(business: Path) -> None:
    from datetime import date

    lines = {t.client_id: t for t in workspace_timelines(date(2026, 4, 30))}
    acme = lines["acme"]
    assert acme.months[0].end == date(2025, 11, 30)  # the first record's month
    assert acme.verdict == "part_ways_now"
    assert summary(acme, "en").startswith(
        "Part ways now since February 2026 (never refers anyone since November 2025, "
        "payment risk since December 2025"
    )
    assert summary(acme, "sl").startswith("Takojšen razhod od februarja 2026")
    assert [t.client_id for t in held_for(list(lines.values()), "part_ways_now", 3)] == ["acme"]
    assert held_for(list(lines.values()), "part_ways_now", 4) == []


def test_the_command_shows_a_client_month_by_month(business: Path) -> None:
    out = parting("timeline", "acme", "--as-of", AS_OF)
    assert "Acme Ltd: Part ways now since February 2026" in out
    for month in ("November 2025", "December 2025", "January 2026", "April 2026"):
        assert month in out


def test_the_portfolio_answers_who_has_been_a_part_ways_for_months(business: Path) -> None:
    out = parting("timeline", "--verdict", "part-ways-now", "--at-least", "3", "--as-of", AS_OF)
    assert "Acme Ltd" in out and "Bistro" not in out and "Kolo" not in out
    old = parting("timeline", "--verdict", "part_ways_now", "--at-least", "3", "--as-of", AS_OF)
    assert old == out  # the id scripts were written with still works


def test_no_client_held_that_long_is_said_in_a_sentence_not_an_empty_table(
    business: Path,
) -> None:
    out = parting("timeline", "--verdict", "keep", "--at-least", "60", "--as-of", AS_OF)
    assert "No client has had the verdict “Keep” for 60 months or more." in " ".join(out.split())


def test_an_unknown_verdict_is_a_clear_error(business: Path) -> None:
    result = runner.invoke(app, ["timeline", "--verdict", "gone"])
    assert result.exit_code != 0
    assert "this is not a verdict" in str(result.exception) + result.output
    assert "part-ways-now" in result.exception.fix  # type: ignore[union-attr]
    assert "part_ways" not in result.exception.fix  # type: ignore[union-attr]


def test_the_client_page_shows_the_verdict_month_by_month_in_words(
    business: Path, signed_in: SignIn
) -> None:
    from django.urls import reverse

    from parting.store.jobs import prepare_latest_run
    from parting.store.triage import run_triage

    web = signed_in("staff")
    run_triage(date(2026, 4, 30), "duckdb")
    page = web.get("/clients/acme").content.decode()
    assert 'hx-get="/clients-timeline/acme"' in page  # loaded after the page
    part = web.get("/clients-timeline/acme", headers={"HX-Request": "true"}).content.decode()
    # The worker computes the run's timelines, never the page: until then the part says
    # so and asks again.
    assert "being prepared" in part and 'hx-trigger="every 2s"' in part
    prepare_latest_run()
    part = web.get("/clients-timeline/acme", headers={"HX-Request": "true"}).content.decode()
    assert "every 2s" not in part
    assert "<html" not in part
    assert (
        "Part ways now since February 2026 (never refers anyone since November 2025, "
        "payment risk since December 2025" in part
    )
    strip = part.split('class="verdict-strip"')[1].split("</ol>")[0]
    months = strip.split("<li>")[1:]
    assert len(months) == 6  # November 2025 to April 2026
    assert "November 2025" in months[0] and "April 2026" in months[-1]
    # Each month says its verdict in words, not only by colour.
    assert "Part ways now</span>" in months[-1]
    web.post(reverse("set_language"), {"language": "fr", "next": "/"})
    try:
        french = web.get("/clients-timeline/acme").content.decode()  # a page of its own
    finally:
        from django.utils import translation

        from parting.i18n import activate

        activate("en")  # the page switched this thread's language: later tests start in English
        translation.activate("en")
    assert "<html" in french
    assert "Le verdict mois par mois" in french
    # The client is named once on its page, in the crumbs; the heading names the page
    # and is not said again by the section below it.
    shown = french.split("<main")[1].split("</main>")[0]
    assert shown.count("Acme Ltd") == 1
    assert shown.count("Le verdict mois par mois") == 1
    assert "Se séparer maintenant depuis février 2026" in french
    assert "Avril 2026" in french


def test_when_the_history_cannot_be_computed_the_client_page_says_so_and_stops_asking(
    business: Path, signed_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parting.store import jobs, timeline
    from parting.store.jobs import prepare_latest_run
    from parting.store.triage import run_triage

    monkeypatch.setattr(jobs, "_failed", set())  # what fails here is not remembered after

    def broken(*_: object, **__: object) -> list[object]:
        raise RuntimeError("a bug in the history")

    web = signed_in("staff")
    run_triage(date(2026, 4, 30), "duckdb")
    monkeypatch.setattr(timeline, "workspace_timelines", broken)
    prepare_latest_run()
    part = web.get("/clients-timeline/acme", headers={"HX-Request": "true"}).content.decode()
    assert "could not be computed for the latest scoring" in part
    assert "every 2s" not in part
