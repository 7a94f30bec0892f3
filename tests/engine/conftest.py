"""The engine's tests classify messages with a tiny fake of ``parting.text.classify`` so
each test says exactly which words make a message abusive, a complaint, and so on. Tests
marked ``real_text`` (the demo portfolio) use the real classifier."""

from __future__ import annotations

import pytest

from parting.engine import messages

from . import fake_text


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_text: use the real text classifier")


@pytest.fixture(autouse=True)
def fake_classifier(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_text"):
        return
    monkeypatch.setattr(messages, "classifier", lambda: fake_text.classify)
    monkeypatch.setattr(messages, "explainer", lambda: fake_text.explain)
