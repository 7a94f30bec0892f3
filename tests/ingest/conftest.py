"""Fixtures for the importer tests: the sample exports and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from parting.config import Config

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"


@pytest.fixture
def exports() -> Path:
    return EXPORTS


@pytest.fixture
def business_settings() -> Callable[..., Config]:
    """Default settings with some ``[business]`` values changed: ``business_settings(x=1)``."""

    def make(**business: Any) -> Config:
        return Config().merged({"business": business})

    return make
