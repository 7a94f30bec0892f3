"""The web's view of the workspace settings: the business's config, read once per request."""

from __future__ import annotations

from parting.config import Config


def config() -> Config:
    from parting.store.settings import load_config

    return load_config()


def window_days(config: Config) -> float:
    """How many days the stored metrics cover: the window the engine measures revenue,
    hours and margin over (``Triage.window_days``)."""
    return float(config.settings.unprofitable.window_days)
