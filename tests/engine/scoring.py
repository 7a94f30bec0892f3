"""Score a hand-made portfolio and look at one client."""

from __future__ import annotations

from typing import Any

from parting.config import Config
from parting.engine import score
from parting.engine.results import ClientVerdict, Sign, Triage

from .portfolio import Portfolio


def settings(**sections: dict[str, Any]) -> Config:
    return Config().merged(sections)


# Thresholds and verdict rules are one numpy layer above the engines, and the engines are
# proven to agree (test_engines_agree.py), so rule tests use the quickest engine.
RULES_ENGINE = "polars"


def triage(p: Portfolio, config: Config | None = None, engine: str = RULES_ENGINE) -> Triage:
    return score(p.tables(), config, as_of=p.as_of, engine=engine)


def verdict(p: Portfolio, client: str, config: Config | None = None) -> ClientVerdict:
    return triage(p, config).verdict_of(client)


def signs(p: Portfolio, client: str, config: Config | None = None) -> dict[str, Sign]:
    return {s.id: s for s in verdict(p, client, config).signs}
