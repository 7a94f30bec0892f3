"""Command: ``parting demo`` — generate a portfolio, save it as Parting CSV, print its triage."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from parting.cli.app import app, console, parse_day
from parting.errors import InputError
from parting.i18n import N_, _


@app.command(
    "demo",
    help=N_("Make up a small studio's clients, save them as Parting CSV, and print their triage."),
    example="parting demo --clients 200 --out demo-out",
)
def demo_command(
    clients: Annotated[
        int,
        typer.Option("--clients", help=N_("How many clients to make up."), metavar=N_("NUMBER")),
    ] = 60,
    seed: Annotated[
        int, typer.Option("--seed", help=N_("Same seed, same portfolio."), metavar=N_("NUMBER"))
    ] = 7,
    out: Annotated[
        Path,
        typer.Option(
            "--out", help=N_("Folder to write the Parting CSV files to."), metavar=N_("FOLDER")
        ),
    ] = Path("demo-out"),
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help=N_("The demo's today (YYYY-MM-DD); default today."), metavar=N_("DAY")
        ),
    ] = None,
) -> None:
    from parting import demo
    from parting.cli.scoring import render
    from parting.engine import score
    from parting.words.formats import number

    day = parse_day(as_of, "--as-of")
    if clients < 1:
        raise InputError(
            _("the demo needs at least one client."), fix=_("Use --clients 1 or more.")
        )
    with console.status(_("Making up {n} clients…").format(n=number(clients))):
        tables = demo.generate(clients, seed, day)
    with console.status(_("Writing Parting CSV to {folder}…").format(folder=out)):
        demo.write(tables, out)
    records = sum(t.num_rows for t in tables.values())
    console.print(
        _("Wrote {records} records of {n} clients to {folder}.").format(
            records=number(records), n=number(clients), folder=out
        ),
        highlight=False,
    )
    with console.status(_("Scoring the portfolio…")):
        triage = score(tables, demo.demo_config(), as_of=day, engine="duckdb")
    render(triage, "table", None)
    console.print(
        _("Score it again with: parting score --input {folder} --settings {settings}").format(
            folder=out, settings=out / demo.SETTINGS_FILE
        ),
        highlight=False,
        markup=False,
        soft_wrap=True,  # a command broken over two lines cannot be copied
    )
