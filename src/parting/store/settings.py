"""The business's settings in the workspace: TOML overrides in one row, merged over the
defaults. Saving validates first, so a stored file always loads."""

from __future__ import annotations

import tomllib

from parting.config import Config
from parting.errors import ConfigError, Location
from parting.i18n import _

SOURCE = "workspace settings"


def parse(toml_text: str, source: str = SOURCE) -> Config:
    """Defaults overridden by ``toml_text``; ``ConfigError`` names the bad key."""
    try:
        overrides = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            _("the settings are not valid TOML ({detail}).").format(detail=exc),
            fix=_("Fix the syntax at the place named."),
            where=Location(file=source),
        ) from None
    return Config().merged(overrides, source=source)


def stored_toml() -> str:
    from parting.store.models import BusinessSettings

    row = BusinessSettings.objects.order_by("pk").first()
    return row.toml if row else ""


def load_config() -> Config:
    """The settings the workspace scores with: defaults, then the stored overrides."""
    return parse(stored_toml())


def save_settings(toml_text: str, source: str = SOURCE) -> None:
    """Replace the stored overrides with ``toml_text`` once it has been checked."""
    from django.db import transaction

    from parting.store.models import BusinessSettings

    parse(toml_text, source)
    with transaction.atomic():
        row = BusinessSettings.objects.select_for_update().order_by("pk").first()
        if row is None:
            BusinessSettings.objects.create(toml=toml_text)
        else:
            row.toml = toml_text
            row.save(update_fields=["toml", "updated_at"])
