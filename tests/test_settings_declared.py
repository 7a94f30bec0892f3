"""Every threshold setting has a label, a unit, a range its default lies in and one line of
help, in every language; the settings page and ``parting settings show`` show them."""

from __future__ import annotations

import dataclasses
import tomllib
from typing import get_type_hints

import pytest

from parting.catalogs import merged_catalog
from parting.config import Config
from parting.i18n import LANGUAGES, _, activate
from parting.settings_declared import BUSINESS_SETTINGS, DECLARED, SETTINGS, UNIT_WORDS
from parting.settings_typed import Settings
from parting.web.settings_form import threshold_fields
from parting.words.settings import explained_toml, setting_help


def test_every_threshold_of_the_defaults_is_declared_and_nothing_else() -> None:
    in_defaults = {(section, key) for section, key, _value in threshold_fields(Config())}
    assert in_defaults == set(SETTINGS)
    assert len(DECLARED) == len(SETTINGS)  # no setting declared twice


def test_every_default_lies_in_its_declared_range() -> None:
    for (section, key), declared in SETTINGS.items():
        value = getattr(getattr(Config().settings, section), key)
        assert declared.minimum <= value, (section, key)
        assert declared.maximum is None or value <= declared.maximum, (section, key)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_label_help_and_unit_is_translated(lang: str) -> None:
    catalog = merged_catalog(lang)
    texts = [t for s in DECLARED for t in (s.label, s.help)] + list(UNIT_WORDS.values())
    missing = [t for t in texts if not (catalog.get(t) and catalog[t].string)]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_of_a_setting_says_its_unit_and_range(lang: str) -> None:
    activate(lang)
    try:
        for declared in DECLARED:
            text = setting_help(declared)
            assert "_" not in text and declared.key not in text, text
    finally:
        activate("en")


def test_settings_show_explains_each_setting_and_stays_toml() -> None:
    activate("en")
    text = explained_toml(Config().to_toml())
    assert tomllib.loads(text) == tomllib.loads(Config().to_toml())
    assert (
        "# Days of grace: A payment this many days after the due date is not yet late. "
        "Days, from 0 to 60.\ngrace_days = 7"
    ) in text


def _every_setting() -> list[tuple[str, str]]:
    """(section, key) of every typed setting (``settings_typed`` mirrors ``defaults.toml``),
    and the business's referral partners, an optional list of tables."""
    found = [("business", "referral_partners")]
    for name, section in get_type_hints(Settings).items():
        found += [(name, f.name) for f in dataclasses.fields(section)]
    return found


def _declared(section: str, key: str) -> tuple[str, str]:
    """The label and the help a person reads for a setting."""
    if section == "business":
        fact = BUSINESS_SETTINGS[key]
        return _(fact.label), _(fact.help)
    threshold = SETTINGS[(section, key)]
    return _(threshold.label), setting_help(threshold)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_setting_has_a_label_and_a_line_of_help_in_every_language(lang: str) -> None:
    catalog = merged_catalog(lang) if lang != "en" else None
    activate(lang)
    try:
        for section, key in _every_setting():
            label, help = _declared(section, key)
            assert label and help and "_" not in label, (section, key)
            if catalog is not None:
                source = (
                    BUSINESS_SETTINGS[key] if section == "business" else SETTINGS[(section, key)]
                )
                for text in (source.label, source.help):
                    assert catalog.get(text) and catalog[text].string, (lang, section, key)
    finally:
        activate("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_settings_show_says_above_every_setting_what_it_is(lang: str) -> None:
    partner = {"service_line": "web design", "name": "Atelier Nord", "contact": "a@n.example"}
    config = Config().merged({"business": {"referral_partners": [partner]}})
    activate(lang)
    try:
        lines = explained_toml(config.to_toml()).splitlines()
        for section, key in _every_setting():
            label, help = _declared(section, key)
            assert f"# {label}: {help}" in lines, (lang, section, key)
    finally:
        activate("en")
