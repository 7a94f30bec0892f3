"""Untrusted text stays text; every form needs its CSRF token; uploads are only parsed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import Client, Message, TriageRun, VerdictRecord
from parting.web.highlight import highlight

HOSTILE_NAME = '<script>alert("name")</script><img src=x onerror=alert(1)>'
HOSTILE_BODY = 'Pay later <script>alert("body")</script> or <b onclick="x()">else</b> idiot'


def _hostile_client(run: TriageRun) -> Client:
    client = Client.objects.create(client_id="evil/<id>", name=HOSTILE_NAME)
    Message.objects.create(
        message_id="m-evil",
        client=client,
        sent_at=datetime(2026, 2, 1, 10, tzinfo=UTC),
        direction="in",
        subject="<i>subject</i>",
        body=HOSTILE_BODY,
        author='"><svg onload=alert(2)>',
    )
    VerdictRecord.objects.create(
        run=run,
        client=client,
        verdict="part_ways_now",
        rank=0,
        reason="abuse",
        main_sign="abuse",
        signs=[
            {
                "id": "abuse",
                "severity": "immediate",
                "evidence": {
                    "figures": {"<b>x</b>": "<script>"},
                    "records": {"messages": ["m-evil"]},
                    "words": {"m-evil": ["idiot", "<script>"]},
                },
                "first_seen": "2026-02-01",
                "weak": False,
            }
        ],
        metrics={"revenue": 1.0, "hours": 1.0, "margin": 0.0, "effective_rate": 1.0},
    )
    return client


def test_hostile_client_name_and_message_are_escaped_everywhere(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    client = _hostile_client(portfolio["run"])
    pages = [
        owner_client.get(reverse("portfolio")).content.decode(),
        owner_client.get(reverse("client", args=[client.client_id])).content.decode(),
        owner_client.get(reverse("client_print", args=[client.client_id])).content.decode(),
    ]
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;" in page
    client_page = pages[1]
    assert "<svg onload" not in client_page
    assert '<b onclick="x()">' not in client_page
    assert "<i>subject</i>" not in client_page
    # The matched word is marked, and the hostile "word" is marked only as escaped text.
    assert "<mark>idiot</mark>" in client_page
    assert "<mark>&lt;script&gt;</mark>" in client_page


def test_highlight_escapes_first_and_marks_only_the_matches() -> None:
    marked = highlight("You <b>IDIOT</b> & fool", ["idiot", "fool"])
    assert marked == "You &lt;b&gt;<mark>IDIOT</mark>&lt;/b&gt; &amp; <mark>fool</mark>"


def test_highlight_prefers_the_longest_phrase() -> None:
    assert highlight("pay later please", ["pay", "pay later"]) == ("<mark>pay later</mark> please")


def test_highlight_marks_a_quoted_phrase_across_a_line_break_or_spaces() -> None:
    marked = highlight("We CANT\npay, c'est  inacceptable", ["CANT pay", "c'est inacceptable"])
    assert marked == "We <mark>CANT\npay</mark>, <mark>c&#x27;est  inacceptable</mark>"


def test_highlight_without_words_only_escapes() -> None:
    assert highlight("<a>", []) == "&lt;a&gt;"


def test_forms_refuse_a_post_without_the_csrf_token(portfolio: dict[str, Any], owner: Any) -> None:
    web = WebClient(enforce_csrf_checks=True)
    web.force_login(owner)
    posts = [
        (reverse("log_incident", args=["c-late"]), {"kind": "other", "date": "2026-03-01"}),
        (reverse("record_judgement", args=["c-late"]), {"kind": "will_pass"}),
        (reverse("what_if"), {"verdict": "part_ways"}),
        (reverse("settings"), {"name": "x"}),
        (reverse("people"), {"username": "eve"}),
        (reverse("open_plan", args=["c-late"]), {}),
    ]
    for url, data in posts:
        assert web.post(url, data).status_code == 403, url


def test_forms_accept_a_post_with_the_csrf_token(portfolio: dict[str, Any], owner: Any) -> None:
    web = WebClient(enforce_csrf_checks=True)
    web.force_login(owner)
    page = web.get(reverse("portfolio"))
    token = page.cookies["csrftoken"].value
    response = web.post(reverse("what_if"), {"verdict": "part_ways", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_log_in_needs_the_csrf_token(owner: Any) -> None:
    web = WebClient(enforce_csrf_checks=True)
    response = web.post(reverse("login"), {"username": "olivia", "password": "x"})
    assert response.status_code == 403


def test_pages_carry_the_security_headers(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = owner_client.get(reverse("portfolio"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_production_settings_make_cookies_secure(monkeypatch: Any) -> None:
    import importlib

    import parting.site.settings as web_settings

    monkeypatch.setenv("PARTING_PRODUCTION", "true")
    production = importlib.reload(web_settings)
    try:
        assert production.SESSION_COOKIE_SECURE is True
        assert production.CSRF_COOKIE_SECURE is True
        assert production.SECURE_HSTS_SECONDS > 0
    finally:
        monkeypatch.delenv("PARTING_PRODUCTION")
        importlib.reload(web_settings)


def test_no_script_can_read_the_session_or_csrf_cookie(owner: Any) -> None:
    web = WebClient()
    web.get(reverse("login"))
    assert web.cookies["csrftoken"]["httponly"] is True
    web.post(reverse("login"), {"username": "olivia", "password": "a-long-test-passphrase-42"})
    assert web.cookies["sessionid"]["httponly"] is True


def test_every_page_carries_a_content_security_policy_without_inline_script(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    for url in (reverse("portfolio"), reverse("client", args=["c-rude"]), reverse("login")):
        response = owner_client.get(url)
        policy = dict(
            part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
        )
        assert policy["script-src"] == "'self'", url
        assert "unsafe-inline" not in policy["script-src"]
        assert "unsafe-eval" not in policy["script-src"]
        assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]
        assert response["Referrer-Policy"] == "same-origin"
        body = response.content.decode()
        assert " onchange=" not in body and " onclick=" not in body
        assert "<script>" not in body  # every script is a file of Parting's own


def test_templates_carry_no_inline_script_or_event_handler() -> None:
    from pathlib import Path

    import parting.web

    templates = Path(parting.web.__file__).parent / "templates"
    for page in templates.rglob("*.html"):
        text = page.read_text()
        for handler in ("onchange=", "onclick=", "onsubmit=", "onload=", "javascript:"):
            assert handler not in text, (page.name, handler)
        for script in text.split("<script")[1:]:
            assert script.lstrip().startswith("src="), page.name


def _log_in(web: WebClient, password: str, address: str = "10.0.0.1") -> int:
    response = web.post(
        reverse("login"), {"username": "olivia", "password": password}, REMOTE_ADDR=address
    )
    return response.status_code


def test_log_in_is_paused_after_five_wrong_passwords_for_one_account(
    owner: Any, password: str
) -> None:
    web = WebClient()
    # The fifth wrong password is answered with the pause already.
    assert [_log_in(web, "wrong", f"10.0.0.{i}") for i in range(5)] == [200] * 4 + [429]
    # From yet another address, even the right password is refused for now.
    locked = web.post(
        reverse("login"), {"username": "olivia", "password": password}, REMOTE_ADDR="10.9.9.9"
    )
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert "_auth_user_id" not in web.session


def test_log_in_is_paused_for_an_address_trying_many_accounts(
    owner: Any, staff: Any, password: str
) -> None:
    web = WebClient()
    for i in range(5):
        web.post(
            reverse("login"), {"username": f"guess{i}", "password": "x"}, REMOTE_ADDR="10.1.1.1"
        )
    refused = web.post(
        reverse("login"), {"username": "sam", "password": password}, REMOTE_ADDR="10.1.1.1"
    )
    assert refused.status_code == 429
    welcome = WebClient().post(
        reverse("login"), {"username": "sam", "password": password}, REMOTE_ADDR="10.2.2.2"
    )
    assert welcome.status_code == 302  # another address is not punished


def test_a_right_password_before_the_limit_logs_in_and_clears_the_count(
    owner: Any, password: str
) -> None:
    from axes.models import AccessAttempt

    web = WebClient()
    for _ in range(3):
        _log_in(web, "wrong")
    assert _log_in(web, password) == 302
    assert not AccessAttempt.objects.filter(username="olivia").exists()


def test_behind_the_proxy_the_address_counted_is_the_one_the_proxy_appended() -> None:
    from django.test import RequestFactory

    from parting.web.middleware import forwarded_address

    request = RequestFactory().get(
        "/login/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="127.0.0.1"
    )
    assert forwarded_address(request) == "203.0.113.7"
    assert forwarded_address(RequestFactory().get("/", REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"
