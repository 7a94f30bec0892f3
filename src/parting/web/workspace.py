"""The web's view of the workspace settings: the business's config, read once per request."""

from __future__ import annotations

from parting.config import Config

DAYS_PER_MONTH = 365.25 / 12


def config() -> Config:
    from parting.store.settings import load_config

    return load_config()


def window_months(config: Config) -> float:
    """How many months the stored metrics cover: the window the engine measures revenue,
    hours and margin over (as ``parting.engine.what_if`` does)."""
    return float(config["unprofitable"]["window_days"]) / DAYS_PER_MONTH
