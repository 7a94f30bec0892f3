"""The Typer application every command module registers on, and its error handling.

Commands are thin: they parse arguments, call the library, and print. Library errors
(``PartingError``) become one line on stderr with the fix, and exit code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from parting.errors import InputError, PartingError
from parting.i18n import _

app = typer.Typer(
    name="parting",
    help="See which clients cost more than they bring, decide, and part ways well.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)

# Options several commands share, declared once.
SettingsOption = Annotated[
    Path | None,
    typer.Option("--settings", help="TOML file overriding the default settings.", exists=False),
]
WorkspaceOption = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        help="Workspace folder (default: $PARTING_HOME or the per-user data folder).",
    ),
]


def fail(error: PartingError) -> None:
    """Print a library error as one clear message and exit with code 2."""
    prefix = _("Error")
    err_console.print(f"[bold red]{prefix}:[/] {error}", highlight=False, markup=True)
    raise typer.Exit(2)


def run() -> None:
    try:
        app()
    except InputError as error:
        err_console.print(f"[bold red]{_('Error')}:[/] ", end="")
        err_console.print(error.message(), markup=False, highlight=False)
        sys.exit(2)
    except PartingError as error:
        err_console.print(f"[bold red]{_('Error')}:[/] ", end="")
        err_console.print(str(error), markup=False, highlight=False)
        sys.exit(2)
