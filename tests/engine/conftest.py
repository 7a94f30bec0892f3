"""The engine's tests classify messages with a tiny fake of ``parting.text.classify`` so
each test says exactly which words make a message abusive, a complaint, and so on."""

from __future__ import annotations

import pytest
from . import fake_text

from parting.engine import messages


@pytest.fixture(autouse=True)
def fake_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "classifier", lambda: fake_text.classify)
    monkeypatch.setattr(messages, "explainer", lambda: fake_text.explain)
