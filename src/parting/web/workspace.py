"""The web's view of the workspace settings: the business's config."""

from __future__ import annotations

import threading

from parting.config import Config

# The config parsed from the stored settings, kept while they stay the same: a page asks
# for it several times, and parsing the TOML over the defaults costs milliseconds each.
# Pages only read it.
_parsed: tuple[str, Config] | None = None
_parsing = threading.Lock()


def config() -> Config:
    global _parsed
    from parting.store.settings import parse, stored_toml

    text = stored_toml()
    with _parsing:
        if _parsed is None or _parsed[0] != text:
            _parsed = (text, parse(text))
        return _parsed[1]


def window_days(config: Config) -> float:
    """How many days the stored metrics cover: the window the engine measures revenue,
    hours and margin over (``Triage.window_days``)."""
    return float(config.settings.unprofitable.window_days)
