"""Marking a step of the exit plan redraws only the checklist (HTMX): no page reload, and
the owner stays where they were on the page."""

from __future__ import annotations

from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.plans import open_plan


def test_marking_a_step_with_htmx_returns_only_the_checklist(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    response = owner_client.post(
        reverse("mark_step", args=[plan.pk, 1]), {"status": "done"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<ol class="steps" id="plan-steps">')
    assert "<html" not in html
    assert '<li class="step done">' in html


def test_without_htmx_the_page_comes_back_as_before(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    plan = open_plan("c-late", start=portfolio["run"].as_of)
    response = owner_client.post(reverse("mark_step", args=[plan.pk, 1]), {"status": "done"})
    assert response.status_code == 302


def test_in_the_browser_a_step_is_marked_in_place(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    open_plan("c-late", start=portfolio["run"].as_of)
    page = browser.new_page(viewport={"width": 1360, "height": 700})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/plans/c-late")
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    first = page.locator("#plan-steps li.step").first
    first.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 200)")
    before = page.evaluate("window.scrollY")
    first.locator("button[value=done]").click()
    page.wait_for_selector("#plan-steps li.step.done")
    assert navigations == []  # no reload
    assert page.evaluate("window.scrollY") == before
    page.close()
