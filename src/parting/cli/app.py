"""The Typer application every command module registers on, and its error handling.

Commands are thin: they parse arguments, call the library, and print. Library errors
(``PartingError``) become one line on stderr with the fix, and exit code 2.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from parting.cli.help import Commands
from parting.cli.wrapping import keep_no_break_spaces
from parting.errors import MESSAGE_LIMIT, InputError, Location, PartingError, shown
from parting.files import write_whole
from parting.i18n import N_, _

app = Commands(
    name="parting",
    help=N_("See which clients cost more than they bring, decide, and part ways well."),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

keep_no_break_spaces()  # before anything is printed: French wraps at its breakable spaces
console = Console()
err_console = Console(stderr=True)

_process_of_its_own = False


def running_alone() -> None:
    """Say that the program runs as a process of its own (``parting.cli.command``), which
    ends when its command does."""
    global _process_of_its_own
    _process_of_its_own = True


def process_of_its_own() -> bool:
    """Whether the command may make choices for the whole process: not when a test or
    another program calls the commands in its own process."""
    return _process_of_its_own


def _print_version(asked: bool) -> None:
    if asked:
        from parting import __version__

        console.print(f"Parting {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help=N_("Print the version and stop."),
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """The program's own options, given before any command."""


# Options several commands share, declared once.
SettingsOption = Annotated[
    Path | None,
    typer.Option(
        "--settings",
        help=N_("TOML file overriding the default settings."),
        metavar=N_("FILE"),
        exists=False,
    ),
]
ProfileOption = Annotated[
    bool, typer.Option("--profile", help=N_("Say on stderr where the time went, step by step."))
]


def _writable(output: Path | None) -> Path | None:
    """Refuse a file that cannot be written before any work is done, not with a traceback
    after it."""
    if output is None:
        return None
    folder = output.parent
    if output.is_dir():
        raise InputError(
            _("this is a folder, not a file."),
            fix=_("Give the name of a file to write, in this folder or another."),
            where=Location(folder=str(output)),
        )
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise InputError(
            _("this file cannot be written."),
            fix=_("Give the name of a new or existing file in a folder you may write to."),
            where=Location(file=str(output)),
        )
    return output


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=N_("Write to this file instead of the screen."),
        metavar=N_("FILE"),
        callback=_writable,
    ),
]
# A client named on the command line: by its id, or by its name (``client_named``).
ClientArgument = Annotated[
    str, typer.Argument(help=N_("The client's id or name."), metavar=N_("CLIENT"))
]
WorkspaceOption = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        help=N_("Workspace folder (default: $PARTING_HOME or the per-user data folder)."),
        metavar=N_("FOLDER"),
    ),
]


def client_named(text: str) -> str:
    """The id of the client a person named on the command line by its id or its name
    (``store.clients.client_named``) — the one way every command finds it."""
    from parting.store.clients import client_named as named

    return named(text)


def client_name(client_id: str) -> str:
    """The name a person knows the client ``client_id`` by (its id when it has none)."""
    from parting.store.clients import get_client

    return get_client(client_id).name or client_id


def write_output(data: str | bytes, output: Path | None) -> None:
    """``data`` to stdout, or to ``output`` whole: written beside it, then moved in place,
    so an interrupted write never leaves half a file."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
        return
    write_whole(output, raw)


def parse_day(value: str | None, option: str) -> date | None:
    """The date a user typed for ``option`` (YYYY-MM-DD), or None when none was given."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            _("this is not a date."),
            fix=_("Write dates as YYYY-MM-DD, e.g. 2024-03-31."),
            where=Location(option=option, value=value),
        ) from None


def run() -> None:
    try:
        app()
    except PartingError as error:  # an InputError's text names file, row, column and fix
        # Not inside the f-string: message extraction would miss it and leave it English.
        label = _("Error:")  # the colon too: French sets it apart ("Erreur :")
        err_console.print(f"[bold red]{label}[/] ", end="")
        err_console.print(shown(str(error), MESSAGE_LIMIT), markup=False, highlight=False)
        sys.exit(2)
