"""Settings: documented defaults, overridden by a TOML file, failing loudly on mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from parting.config import DEFAULTS_FILE, Config, load
from parting.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_threshold_has_a_documented_default() -> None:
    section = ""
    undocumented = []
    for line in DEFAULTS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[] ")
        elif line and not line.startswith("#") and "=" in line and "#" not in line:
            undocumented.append(f"{section}.{line.split('=')[0].strip()}")
    assert not undocumented, f"settings without a comment: {undocumented}"
    assert set(Config().values) >= {"business", "drain", "abuse", "payment_risk", "verdict"}


def test_a_settings_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    config = load(write(tmp_path, "[drain]\nrework_share = 0.4\n[business]\ncurrency = 'USD'\n"))
    assert config.settings.drain.rework_share == 0.4
    assert config.currency == "USD"
    assert (
        config.settings.drain.effort_to_revenue_ratio
        == Config().settings.drain.effort_to_revenue_ratio
    )


def test_referral_partners_and_cost_rates_are_read(tmp_path: Path) -> None:
    config = load(
        write(
            tmp_path,
            "[business]\ncost_rates = { Ana = 52.5 }\n"
            "[[business.referral_partners]]\nservice_line = 'web'\nname = 'Atelier Nord'\n",
        )
    )
    assert config.cost_rate("Ana") == 52.5
    assert config.cost_rate("Bo") == config.settings.business.default_cost_rate
    assert config.referral_partners[0].name == "Atelier Nord"


def test_a_partners_service_line_can_be_named_in_each_letter_language(tmp_path: Path) -> None:
    partner = "[[business.referral_partners]]\nservice_line = 'web design'\nname = 'Atelier Nord'\n"
    named = load(write(tmp_path, partner + "service_line_names = { fr = 'création de sites' }\n"))
    (nord,) = named.referral_partners
    assert nord.service_line_in("fr") == "création de sites"
    assert nord.service_line_in("sl") == "web design"  # not named: as the business wrote it
    with pytest.raises(ConfigError, match="service_line_names"):
        load(write(tmp_path, partner + "service_line_names = { de = 'Webdesign' }\n"))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[drain]\nrework_shar = 0.4\n", "drain.rework_shar"),
        ("[drain]\nrework_share = 'high'\n", "drain.rework_share"),
        ("[drain]\nrework_share = -1\n", "drain.rework_share"),
        ("[business]\nworking_days = 3\n", "business.working_days"),
        ("[drain\n", "not valid TOML"),
    ],
)
def test_a_wrong_setting_names_the_file_and_key(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load(path)
    assert str(path) in str(error.value)
    assert fragment in str(error.value)


def test_a_missing_settings_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load(tmp_path / "nope.toml")
