"""``parting``: the command line. Each module below adds its commands to ``app``."""

from __future__ import annotations

from parting.cli import (  # noqa: F401  (imported for their commands)
    demo,
    playbook,
    scoring,
    serve,
    text,
    watch,
    workspace,
)
from parting.cli.app import app, run


def main() -> None:
    run()


__all__ = ["app", "main"]
