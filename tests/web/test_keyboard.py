"""Everything is reachable and operable with the keyboard alone, and the focus is always
visible: the Tab key walks the main pages, Enter and Space work every action, and a part
of the page redrawn by HTMX gives the focus back to the control that had it."""

from __future__ import annotations

from typing import Any

import pytest

from parting.store.plans import open_plan

# What has the focus, as a person would name it; and whether its focus ring shows.
FOCUSED = """() => {
  const el = document.activeElement;
  const shape = el.querySelector && el.querySelector('[aria-label]');
  const name = el.getAttribute('aria-label') || (shape && shape.getAttribute('aria-label'))
    || (el.labels && el.labels[0] && el.labels[0].innerText) || el.innerText || el.value || '';
  const style = getComputedStyle(el);
  const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {tag: el.tagName.toLowerCase(), name: name.trim().split('\\n')[0], ring: ring,
          chart: !!el.closest('figure.chart-links')};
}"""


# The focus is put back once htmx has settled the redrawn steps, a moment after the swap.
FOCUS_BACK_ON_A_STEP = (
    "document.activeElement.tagName === 'BUTTON'"
    " && document.activeElement.closest('#plan-steps li.step')"
)


def _tab_through(page: Any, presses: int) -> list[dict[str, Any]]:
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
    return seen


def _once_round(page: Any) -> list[dict[str, Any]]:
    """Every stop of the Tab key, from the top of the page until the focus leaves it."""
    seen = []
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "body":
            return seen
        seen.append(focused)
    raise AssertionError("the Tab key never leaves the page")


def _until(page: Any, condition: str) -> None:
    """Wait until ``condition`` (a JavaScript expression) is true. Polled from here: the
    page's Content-Security-Policy refuses the evaluated strings a waiting helper uses."""
    for _ in range(100):
        if page.evaluate(f"() => Boolean({condition})"):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"still false after 5 s: {condition}")


def _new_page(browser: Any, width: int = 1360) -> Any:
    return browser.new_page(viewport={"width": width, "height": 900})


def test_tab_reaches_every_control_of_the_portfolio_with_a_visible_focus(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    seen = _once_round(page)
    names = [f["name"].casefold() for f in seen]
    assert names[0] == "skip to the content"
    for wanted in (
        "Portfolio",
        "Plans",
        "Import",
        "Settings",
        "People",
        "Log out olivia",
        "Search",
        "Rank",
        "Rude & Co",
        "Let Rude & Co go",
        "Tick every “part ways now”",
    ):
        assert wanted.casefold() in names, (wanted, "; ".join(names))
    assert any(f["chart"] for f in seen)  # the effort chart is one stop
    assert sum(f["chart"] for f in seen) == 1
    assert [f for f in seen if not f["ring"] and not f["chart"]] == []
    page.close()


@pytest.mark.parametrize(
    ("path", "action"),
    [
        ("/clients/c-rude", "Log the incident"),
        ("/plans/c-late", "Done"),
        ("/plans/", "Late Payers Ltd"),
        ("/import/", "Import"),
        ("/settings/", "Save"),
        ("/people/", "Add"),
    ],
)
def test_tab_reaches_the_actions_of_every_main_page_with_a_visible_focus(
    live_server: Any,
    browser: Any,
    portfolio: dict[str, Any],
    owner: Any,
    log_in: Any,
    path: str,
    action: str,
) -> None:
    open_plan("c-late", start=portfolio["run"].as_of)
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + path)
    seen = _once_round(page)
    names = [f["name"] for f in seen]
    assert any(name.startswith(action) for name in names), (action, "; ".join(names))
    assert [f for f in seen if not f["ring"]] == []
    page.close()


def test_the_skip_link_takes_the_focus_past_the_menu(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["name"] not in ("Portfolio", "Plans", "Import", "Settings", "People")
    page.close()


def test_a_what_if_tick_by_keyboard_keeps_the_focus_on_its_box(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    box = page.get_by_role("checkbox", name="Let Rude & Co go")
    box.focus()
    with page.expect_response(lambda r: "/?" in r.url or r.url.endswith("/")) as redraw:
        page.keyboard.press("Space")
    assert redraw.value.ok
    page.wait_for_selector("#what-if table")
    _until(page, "document.activeElement && document.activeElement.type === 'checkbox'")
    assert page.evaluate(FOCUSED)["name"] == "Let Rude & Co go"
    assert page.get_by_role("checkbox", name="Let Rude & Co go").is_checked()
    page.keyboard.press("Space")  # and the focus is where the person left it: untick
    _until(page, "!document.querySelector('#what-if table')")
    page.close()


def test_plan_steps_are_marked_by_keyboard_and_the_focus_stays_on_the_step(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    open_plan("c-late", start=portfolio["run"].as_of)
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/plans/c-late")
    first = page.locator("#plan-steps li.step").first
    first.get_by_role("button", name="Done").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#plan-steps li.step.done")
    _until(page, FOCUS_BACK_ON_A_STEP)
    focused = page.evaluate(FOCUSED)
    assert focused == {"tag": "button", "name": "Undo", "ring": True, "chart": False}
    page.keyboard.press("Enter")  # undone, from where the focus is
    _until(page, "!document.querySelector('#plan-steps li.step.done')")
    _until(page, FOCUS_BACK_ON_A_STEP)
    assert page.evaluate(FOCUSED)["name"] == "Done"
    page.close()


def test_browsing_the_language_list_with_arrows_changes_nothing_until_enter(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    page.focus("#language")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.activeElement.id") == "language"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.lang") != "en"
    page.close()


def test_an_undo_opens_and_is_confirmed_by_keyboard(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser)
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/clients/c-rude")
    summary = page.locator("details.undo summary").first
    summary.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.type("Logged on the wrong client.")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("details.undo").count() == 0
    page.close()


def test_on_a_phone_the_menu_opens_from_the_keyboard(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = _new_page(browser, width=390)
    log_in(page, live_server.url, owner.username)
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["name"] == "Menu"
    page.keyboard.press("Enter")
    assert page.get_by_role("button", name="Menu").get_attribute("aria-expanded") == "true"
    names = [f["name"] for f in _tab_through(page, 3)]
    assert names == ["Portfolio", "Plans", "Import"]
    page.close()
