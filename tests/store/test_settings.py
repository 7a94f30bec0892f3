"""The business settings stored in the workspace: checked before they are saved."""

from __future__ import annotations

import pytest

from parting.errors import ConfigError
from parting.store.settings import load_config, save_settings, stored_toml

pytestmark = pytest.mark.django_db


def test_without_overrides_the_defaults_are_in_force() -> None:
    assert stored_toml() == ""
    assert load_config().values == load_config().__class__().values


def test_saved_overrides_are_merged_over_the_defaults() -> None:
    save_settings('[business]\ncurrency = "CHF"\n[drain]\nrework_share = 0.4\n')
    config = load_config()
    assert (config.currency, config.settings.drain.rework_share) == ("CHF", 0.4)
    assert config.settings.drain.window_days == 365


def test_saving_again_replaces_the_overrides() -> None:
    save_settings('[business]\ncurrency = "CHF"\n')
    save_settings("[drain]\nrework_share = 0.3\n")
    assert load_config().currency == "EUR"
    assert stored_toml() == "[drain]\nrework_share = 0.3\n"


def test_an_unknown_key_is_refused_and_nothing_is_saved() -> None:
    save_settings("[drain]\nrework_share = 0.3\n")
    with pytest.raises(ConfigError) as caught:
        save_settings("[drain]\nrework_shares = 0.5\n")
    assert caught.value.where.column == "drain.rework_shares"
    assert stored_toml() == "[drain]\nrework_share = 0.3\n"


def test_text_that_is_not_toml_is_refused() -> None:
    with pytest.raises(ConfigError):
        save_settings("[drain\n")
    assert stored_toml() == ""
