"""The owner manages the people of the workspace: invites staff with a one-time link,
removes them, changes a role, gives a new-password link; everyone changes their own
password. Each change is in the log; the throttled log-in keeps working."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import AuditEntry, Member

NEW_PASSWORD = "another-long-passphrase-77"


def _link(html: str) -> str:
    found = re.search(r'value="(http://testserver/password/set/[^"]+)"', html)
    assert found, "no one-time link on the page"
    return found.group(1).replace("http://testserver", "")


def _logs_in(username: str, password: str) -> bool:
    response = WebClient().post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def _set_password(link: str, password: str = NEW_PASSWORD) -> Any:
    web = WebClient()
    page = web.get(link, follow=True)  # Django moves the token out of the address
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    return web.post(form_url, {"new_password1": password, "new_password2": password}, follow=True)


def test_an_invited_person_sets_a_password_once_and_logs_in_as_staff(
    owner_client: WebClient,
) -> None:
    html = owner_client.post(reverse("invite_member"), {"username": "nina"}).content.decode()
    link = _link(html)
    nina = get_user_model().objects.get(username="nina")
    assert nina.member.role == "staff" and not nina.has_usable_password()

    done = _set_password(link)
    assert "Your password is set. Log in with it." in done.content.decode()
    web = WebClient()
    assert (
        web.post(reverse("login"), {"username": "nina", "password": NEW_PASSWORD}).status_code
        == 302
    )
    again = WebClient().get(link, follow=True).content.decode()
    assert "This link has been used already or is too old." in again
    assert AuditEntry.objects.get().action == "staff_invited"


def test_owner_removes_a_staff_member_who_then_cannot_log_in(
    owner_client: WebClient, staff: Any, password: str
) -> None:
    owner_client.post(reverse("remove_member", args=[staff.pk]))
    staff.refresh_from_db()
    assert not staff.is_active and not Member.objects.filter(user=staff).exists()
    assert not _logs_in("sam", password)
    html = owner_client.get(reverse("people")).content.decode()
    assert "Removed sam: they can no longer log in." in html


def test_the_last_owner_can_neither_leave_nor_step_down(
    owner_client: WebClient, owner: Any
) -> None:
    owner_client.post(reverse("remove_member", args=[owner.pk]))
    owner.refresh_from_db()
    assert owner.is_active
    second = get_user_model().objects.create_user("oscar", password="x-long-pass-99")
    Member.objects.create(user=second, role="owner")
    owner_client.post(reverse("change_role", args=[second.pk]), {"role": "staff"})
    assert Member.objects.get(user=second).role == "staff"
    owner_client.post(reverse("change_role", args=[owner.pk]), {"role": "staff"})
    assert Member.objects.get(user=owner).role == "owner"


def test_owner_makes_staff_an_owner_and_the_log_says_so(
    owner_client: WebClient, staff: Any
) -> None:
    owner_client.post(reverse("change_role", args=[staff.pk]), {"role": "owner"})
    assert Member.objects.get(user=staff).role == "owner"
    html = owner_client.get(reverse("people")).content.decode()
    assert "Made sam owner." in html


def test_a_locked_out_person_gets_back_in_with_a_new_password_link(
    owner_client: WebClient, staff: Any, settings: Any
) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        WebClient().post(reverse("login"), {"username": "sam", "password": "wrong"})
    locked = WebClient().post(reverse("login"), {"username": "sam", "password": "wrong"})
    assert locked.status_code in (403, 429)
    link = _link(owner_client.post(reverse("password_link", args=[staff.pk])).content.decode())
    _set_password(link)
    web = WebClient()
    assert (
        web.post(reverse("login"), {"username": "sam", "password": NEW_PASSWORD}).status_code == 302
    )


def test_everyone_changes_their_own_password_and_stays_logged_in(
    staff_client: WebClient, password: str
) -> None:
    response = staff_client.post(
        reverse("change_password"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert "Your password is changed." in response.content.decode()
    assert staff_client.get(reverse("portfolio")).status_code == 200
    web = WebClient()
    assert (
        web.post(reverse("login"), {"username": "sam", "password": NEW_PASSWORD}).status_code == 302
    )


def test_a_wrong_old_password_changes_nothing(staff_client: WebClient, password: str) -> None:
    response = staff_client.post(
        reverse("change_password"),
        {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert (
        response.status_code == 200 and "errorlist" in response.content.decode()
    ) or "error" in response.content.decode()
    web = WebClient()
    assert web.post(reverse("login"), {"username": "sam", "password": password}).status_code == 302


def test_owner_invites_and_removes_staff_in_the_browser(
    live_server: Any, browser: Any, owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.goto(live_server.url + "/people/")
    page.fill("form[action$='/people/invite'] input[name=username]", "nina")
    page.get_by_role("button", name="Invite").click()
    page.wait_for_selector("#password-link")
    link = page.input_value("#password-link input")
    assert "/password/set/" in link
    other = browser.new_page()
    other.goto(link)
    other.fill("#id_new_password1", NEW_PASSWORD)
    other.fill("#id_new_password2", NEW_PASSWORD)
    other.get_by_role("button", name="Set the password").click()
    other.wait_for_load_state()
    assert "Your password is set." in other.inner_text("main")
    other.close()
    nina = get_user_model().objects.get(username="nina")
    page.goto(live_server.url + "/people/")
    page.locator(f"#member-{nina.pk} button", has_text="Remove").click()
    page.wait_for_load_state()
    assert "nina can no longer log in." in page.inner_text("main")
    page.close()
