"""Rescoring is a job: a request only queues it, the worker (a thread of the web app's own
process, no other service) scores, and every page shows when the verdicts were last scored
and the progress of a rescore under way."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.errors import InputError
from parting.store import jobs
from parting.store.jobs import request_rescore, start_worker, stop_worker, work_pending
from parting.store.models import Job, TriageRun
from parting.store.settings import load_config
from parting.web.settings_form import SettingsForm

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/?sort=name"}


def test_every_page_says_when_the_verdicts_were_last_scored(
    staff_client: WebClient, portfolio: dict[str, Any]
) -> None:
    html = staff_client.get(reverse("portfolio")).content.decode()
    assert "Last scored:" in html and '<time datetime="' in html
    assert "Rescore now" not in html  # staff cannot start one


def test_rescore_now_queues_a_job_and_the_strip_polls_its_progress(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    old = portfolio["run"]
    html = owner_client.post(reverse("rescore_now"), **HTMX).content.decode()
    assert TriageRun.objects.count() == 1  # nothing scored inside the request
    assert 'hx-trigger="every 1s"' in html and "Waiting to start" in html
    html = owner_client.get(reverse("scoring"), {"seen": old.pk}, **HTMX).content.decode()
    assert "<progress" in html
    work_pending()
    html = owner_client.get(reverse("scoring"), {"seen": old.pk}, **HTMX).content.decode()
    assert "every 1s" not in html  # polling stops
    assert "Show the new verdicts" in html and 'href="http://testserver/?sort=name"' in html


def test_settings_saved_are_scored_by_the_worker(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    form = SettingsForm(load_config())
    data = {name: form.initial.get(name, f.initial) for name, f in form.fields.items()}
    data = {k: "" if v is None else v for k, v in data.items()}
    response = owner_client.post(reverse("settings"), data, follow=True)
    assert "The verdicts are being brought up to date" in response.content.decode()
    assert Job.objects.get().reason == "settings"
    assert work_pending() == 1
    assert TriageRun.objects.count() == 2


def test_requests_made_while_a_rescore_waits_join_it(owner: Any, portfolio: dict[str, Any]) -> None:
    first = request_rescore("incident", owner)
    second = request_rescore("judgement", owner)
    assert first.pk == second.pk
    assert work_pending() == 1
    assert TriageRun.objects.count() == 2
    third = request_rescore("merge", owner)
    assert third.pk != first.pk  # the first one has already read the data


def test_a_failed_rescore_is_told_to_the_owner_in_words(
    owner_client: WebClient, portfolio: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ids: list[int]) -> TriageRun:
        raise InputError("invoices.csv has no column amount.", fix="Add the column.")

    monkeypatch.setattr(jobs, "_rescore", broken)
    request_rescore("button")
    work_pending()
    job = Job.objects.get()
    assert job.status == "failed" and job.finished_at is not None
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert "The last scoring failed:" in html
    assert "invoices.csv has no column amount. Add the column." in html


def test_a_rescore_left_running_by_a_stopped_server_is_done_on_the_next_start(
    transactional_db: None, portfolio: dict[str, Any]
) -> None:
    Job.objects.create(status="running", steps=jobs.STEPS, step=1)
    start_worker()
    try:
        deadline = time.monotonic() + 120
        while Job.objects.filter(status="done").count() < 1:
            assert time.monotonic() < deadline, "the worker never finished the job"
            time.sleep(0.2)
    finally:
        stop_worker()
    assert TriageRun.objects.count() == 2


def test_owner_rescores_in_the_browser_and_sees_the_progress(
    live_server: Any, browser: Any, portfolio: dict[str, Any], owner: Any, log_in: Any
) -> None:
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.click("#scoring button")
    page.wait_for_selector("#scoring progress")
    assert "Waiting to start" in page.inner_text("#scoring")
    work_pending()  # the worker's part, run here so the test does not depend on timing
    page.wait_for_selector("#scoring a:text('Show the new verdicts')", timeout=10_000)
    page.click("#scoring a")
    page.wait_for_load_state()
    assert "Last scored:" in page.inner_text("#scoring")
    assert TriageRun.objects.count() == 2
