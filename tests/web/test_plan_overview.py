"""The owner's list of every open plan across clients: each plan's next step and its due
date, overdue plans first, one click from the navigation."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.plans import mark_step, open_plan, open_plans

LONG_AGO = date(2020, 1, 6)
FAR_AHEAD = date(2100, 1, 4)


def test_overdue_plans_come_first_with_their_next_step(portfolio: dict[str, Any]) -> None:
    on_track = open_plan("c-late", start=FAR_AHEAD)
    late = open_plan("c-rude", start=LONG_AGO)
    lines = open_plans(today=date(2026, 3, 2))
    assert [line.client_name for line in lines] == ["Rude & Co", "Late Payers Ltd"]
    first, second = lines
    assert first.plan_id == late.pk and first.overdue and first.overdue_steps > 0
    assert second.plan_id == on_track.pk and not second.overdue
    assert second.next_number == 1 and second.next_title == "Cool off"
    assert second.next_due is not None and second.next_due >= FAR_AHEAD


def test_the_next_step_moves_on_when_a_step_is_done(portfolio: dict[str, Any]) -> None:
    plan = open_plan("c-late", start=FAR_AHEAD)
    mark_step(plan, 1, "done")
    (line,) = open_plans(today=date(2026, 3, 2))
    assert line.next_number == 2 and line.finished == 1
    assert line.steps == plan.steps.count()


def test_a_finished_plan_leaves_the_list(portfolio: dict[str, Any]) -> None:
    plan = open_plan("c-late", start=FAR_AHEAD)
    plan.status = "done"
    plan.save()
    assert open_plans(today=date(2026, 3, 2)) == []


def test_the_page_lists_plans_in_words_with_links_to_each_plan(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    open_plan("c-late", start=FAR_AHEAD)
    open_plan("c-rude", start=LONG_AGO)
    html = owner_client.get(reverse("plan_overview")).content.decode()
    assert html.index("Rude &amp; Co") < html.index("Late Payers Ltd")
    assert reverse("plan", args=["c-late"]) in html
    assert "Cool off" in html and "Exit plan" in html and "overdue" in html
    assert "cool_off" not in html and "part_ways" not in html.replace("verdict-part_ways", "")


def test_the_navigation_leads_the_owner_to_the_plans(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert f'href="{reverse("plan_overview")}"' in html


def test_an_empty_overview_says_where_plans_come_from(owner_client: WebClient, db: None) -> None:
    html = owner_client.get(reverse("plan_overview")).content.decode()
    assert "No plan is open." in html


def test_in_the_browser_the_owner_goes_from_the_menu_to_an_overdue_plan(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    open_plan("c-late", start=FAR_AHEAD)
    open_plan("c-rude", start=LONG_AGO)
    page = browser.new_page(viewport={"width": 1360, "height": 800})
    log_in(page, live_server.url, owner.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Plans").click()
    page.wait_for_url("**/plans/")
    rows = page.locator("table.plans tbody tr")
    assert rows.count() == 2
    assert "overdue" in rows.first.inner_text()
    rows.first.get_by_role("link", name="Rude & Co").click()
    page.wait_for_url("**/plans/c-rude")
    assert page.get_by_role("heading", level=1).inner_text() == "Exit plan for Rude & Co"
    page.close()
