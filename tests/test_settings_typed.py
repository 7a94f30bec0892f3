"""The business settings load once into typed sections that mirror ``defaults.toml``: code
reads ``config.settings.drain.window_days``, and a misspelt name is a type error."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from typing import Any, get_origin, get_type_hints

import pytest

from parting.config import DEFAULTS_FILE, Config
from parting.settings_typed import Settings


def _expected(value: Any) -> Any:
    """The annotation a default's value calls for: its own type, a tuple, a mapping."""
    if isinstance(value, list):
        return tuple
    if isinstance(value, dict):
        return Mapping
    return type(value)


def test_every_section_and_setting_of_the_defaults_is_a_typed_field_and_no_other() -> None:
    defaults = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    sections = get_type_hints(Settings)
    assert list(sections) == list(defaults)
    for name, cls in sections.items():
        hints = get_type_hints(cls)
        assert list(hints) == list(defaults[name]), name
        for key, value in defaults[name].items():
            kind = get_origin(hints[key]) or hints[key]
            assert kind is _expected(value), (name, key, hints[key])


def test_the_typed_settings_carry_the_business_overrides() -> None:
    config = Config().merged(
        {"drain": {"window_days": 200}, "business": {"excluded_tags": ["tobacco"]}}
    )
    assert config.settings.drain.window_days == 200
    assert config.settings.business.excluded_tags == ("tobacco",)
    assert Config().settings.drain.window_days == 365


def test_numbers_have_their_declared_type_whatever_the_file_wrote() -> None:
    config = Config().merged({"drain": {"rework_share": 1}, "complainer": {"window_days": 90.0}})
    assert config.settings.drain.rework_share == 1.0
    assert isinstance(config.settings.drain.rework_share, float)
    assert isinstance(config.settings.complainer.window_days, int)


def test_the_typed_settings_are_read_only_and_built_once() -> None:
    config = Config()
    assert config.settings is config.settings
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.settings.drain.window_days = 1  # type: ignore[misc]
