"""The settings page names the working days by their names, ticked in boxes: the numbers
the settings file writes them with (Monday 0 … Sunday 6) are not shown to the person."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client as WebClient
from django.urls import reverse


@pytest.mark.parametrize(
    ("language", "help_text", "file_numbers"),
    [
        ("en", "Tick the days you work", "Monday is 0"),
        ("fr", "Cochez les jours où vous travaillez", "lundi = 0"),
        ("vi", "Đánh dấu những ngày bạn làm việc", "thứ Hai là 0"),
        ("sl", "Označite dneve, ko delate", "ponedeljek je 0"),
    ],
)
def test_the_working_days_are_ticked_by_name_without_their_numbers(
    owner_client: WebClient, web_catalogs: Path, language: str, help_text: str, file_numbers: str
) -> None:
    page = owner_client.get(reverse("settings"), HTTP_ACCEPT_LANGUAGE=language)
    html = page.content.decode()
    assert page.status_code == 200
    assert help_text in html and file_numbers not in html
