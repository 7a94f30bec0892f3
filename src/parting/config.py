"""The business's settings: defaults from ``defaults.toml``, overridden by a TOML file.

Values are checked against the type of their default, so a typo fails loudly with the
file and key instead of silently scoring with the wrong threshold.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, cast

from parting.errors import ConfigError, Location
from parting.i18n import _
from parting.settings_typed import Settings, typed

DEFAULTS_FILE = Path(__file__).parent / "defaults.toml"


@cache
def _defaults() -> dict[str, Any]:
    with DEFAULTS_FILE.open("rb") as f:
        return tomllib.load(f)


@dataclass
class ReferralPartner:
    service_line: str
    name: str
    contact: str = ""
    # The service line as a letter in another language names it: {"fr": "conception print"}.
    service_line_names: dict[str, str] = field(default_factory=dict)

    def service_line_in(self, language: str) -> str:
        """The service line in ``language``, or as the business wrote it."""
        return self.service_line_names.get(language) or self.service_line


@dataclass
class Config:
    """The business's settings: ``values`` is the checked nested mapping (what a settings
    file holds, written back with ``to_toml``); code reads them typed, through
    ``settings`` (``config.settings.drain.rework_share``), so a misspelt name is a type
    error, not a ``KeyError`` while scoring."""

    values: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(_defaults()))

    @cached_property
    def settings(self) -> Settings:
        """The settings as typed objects, built once (``config.settings.drain.window_days``)."""
        return typed(self.values)

    @property
    def timezone(self) -> str:
        return self.settings.business.timezone

    @property
    def currency(self) -> str:
        return self.settings.business.currency

    @property
    def referral_partners(self) -> list[ReferralPartner]:
        """The partners a parting client may be introduced to (an optional list of tables,
        so not among the typed defaults)."""
        listed = cast(list[dict[str, Any]], self.values["business"].get("referral_partners", []))
        return [ReferralPartner(**p) for p in listed]

    def cost_rate(self, person: str | None) -> float:
        business = self.settings.business
        return float(business.cost_rates.get(person or "", business.default_cost_rate))

    def merged(self, overrides: dict[str, Any], source: str = "settings") -> Config:
        values = copy.deepcopy(self.values)
        _merge(values, overrides, source, prefix="")
        return Config(values)

    def to_toml(self) -> str:
        import tomli_w

        return tomli_w.dumps(self.values)


def _merge(base: dict[str, Any], overrides: dict[str, Any], source: str, prefix: str) -> None:
    for key, value in overrides.items():
        path = f"{prefix}{key}"
        if key not in base:
            if prefix == "business." and key == "referral_partners":
                base[key] = _partners(value, source)
                continue
            raise ConfigError(
                _("unknown setting {key}.").format(key=path),
                fix=_("Check the spelling against the documented defaults (parting settings)."),
                where=Location(file=source, column=path),
            )
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise _type_error(source, path, value, _("{key} must be a table."))
            if key == "cost_rates" or not default:
                base[key] = {str(k): _number(source, f"{path}.{k}", v) for k, v in value.items()}
            else:
                _merge(default, value, source, prefix=f"{path}.")
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise _type_error(source, path, value, _("{key} must be true or false."))
            base[key] = value
        elif isinstance(default, int | float):
            base[key] = _number(source, path, value, integer=isinstance(default, int))
        elif isinstance(default, list):
            if not isinstance(value, list):
                raise _type_error(source, path, value, _("{key} must be a list."))
            base[key] = value
        else:
            base[key] = str(value)


def _number(source: str, path: str, value: Any, integer: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _type_error(source, path, value, _("{key} must be a number."))
    if value < 0:
        raise ConfigError(
            _("{key} cannot be negative.").format(key=path),
            fix=_("Use zero or a positive number."),
            where=Location(file=source, column=path, value=str(value)),
        )
    return int(value) if integer and float(value).is_integer() else value


def _partners(value: Any, source: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(p, dict) for p in value):
        raise _type_error(
            source,
            "business.referral_partners",
            value,
            _("{key} must be a list of tables ([[business.referral_partners]])."),
        )
    for p in value:
        if not p.get("name") or not p.get("service_line"):
            raise ConfigError(
                _("a referral partner needs a name and a service line."),
                fix=_('Add name = "…" and service_line = "…" to each partner.'),
                where=Location(file=source, column="business.referral_partners"),
            )
    return [
        {
            "service_line": str(p["service_line"]),
            "name": str(p["name"]),
            "contact": str(p.get("contact", "")),
            **_line_names(p.get("service_line_names"), source),
        }
        for p in value
    ]


def _line_names(value: Any, source: str) -> dict[str, dict[str, str]]:
    """A partner's service line in the languages letters are written in (optional)."""
    from parting.i18n import LANGUAGES

    if value is None:
        return {}
    column = "business.referral_partners.service_line_names"
    if not isinstance(value, dict) or not all(
        lang in LANGUAGES and isinstance(name, str) for lang, name in value.items()
    ):
        raise ConfigError(
            _("a partner's service line names must be a table of languages and names."),
            fix=_('Write it as service_line_names = { fr = "…", vi = "…", sl = "…" }.'),
            where=Location(file=source, column=column, value=str(value)),
        )
    names = {lang: name.strip() for lang, name in value.items() if name.strip()}
    return {"service_line_names": names} if names else {}


def _type_error(source: str, path: str, value: Any, problem: str) -> ConfigError:
    return ConfigError(
        problem.format(key=path),
        fix=_("Correct the value in the settings file."),
        where=Location(file=source, column=path, value=str(value)),
    )


def load(path: str | Path | None = None) -> Config:
    """Defaults, overridden by the TOML file at ``path`` when one is given."""
    config = Config()
    if path is None:
        return config
    path = Path(path)
    try:
        with path.open("rb") as f:
            overrides = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(
            _("the settings file does not exist."),
            fix=_("Give the path of an existing TOML file."),
            where=Location(file=str(path)),
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            _("the settings file is not valid TOML ({detail}).").format(detail=exc),
            fix=_("Fix the syntax at the place named."),
            where=Location(file=str(path)),
        ) from None
    return config.merged(overrides, source=str(path))
