"""Commands: demo (being written)."""

from parting.cli.app import app  # noqa: F401
