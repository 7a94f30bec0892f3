"""Commands: ``parting score`` and ``parting what-if`` on a Parting CSV (or Parquet)
folder, with no database; and ``render``, which prints a triage in every format."""

from __future__ import annotations

import contextlib
import importlib.abc
import json
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from parting import config as settings
from parting.cli.app import (
    OutputOption,
    ProfileOption,
    SettingsOption,
    app,
    console,
    err_console,
    parse_day,
    process_of_its_own,
)
from parting.errors import InputError, Location
from parting.files import whole
from parting.i18n import N_, _
from parting.timing import measuring, report, step

if TYPE_CHECKING:
    from parting.engine import Triage
    from parting.ingest.duckdb_folder import Read

# The engine (DuckDB, Polars, PyArrow, SciPy) is imported when a command scores, so that
# every other command, and ``--help``, starts without it.

FORMATS = ("table", "json", "csv", "parquet")
VERDICT_STYLES = {
    "part_ways_now": "bold red",
    "part_ways": "red",
    "repair": "yellow",
    "watch": "cyan",
    "keep": "green",
}

InputOption = Annotated[
    Path,
    typer.Option(
        "--input", help=N_("Folder of Parting CSV (or Parquet) files."), metavar=N_("FOLDER")
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", help=N_("Score as of this day (YYYY-MM-DD); default today."), metavar=N_("DAY")
    ),
]
EngineOption = Annotated[
    str,
    typer.Option("--engine", help=N_("duckdb, polars or spark."), metavar=N_("ENGINE")),
]


def render(triage: Triage, fmt: str, output: Path | None) -> None:
    """Print ``triage`` as a Rich table, JSON, CSV or Parquet, to ``output`` or stdout."""
    if fmt not in FORMATS:
        from parting.words.formats import quoted  # the value as the reader quotes it

        raise InputError(
            _("unknown format {format}.").format(format=quoted([fmt])),
            fix=_("Choose one of: table, json, csv, parquet."),
        )
    if fmt == "parquet" and output is None:
        raise InputError(
            _("Parquet needs a file to write to."), fix=_("Add --output FILE.parquet.")
        )
    from parting.engine import output as written

    with step("write"):
        if fmt == "table":
            _write_table(triage, output)
        elif fmt == "json":
            if output is None:
                written.write_json(triage, sys.stdout)
            else:
                with whole(output, "w", newline="") as f:
                    written.write_json(triage, f)
        elif fmt == "csv":
            if output is None:
                sys.stdout.flush()
                written.write_csv(triage, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                with whole(output) as b:
                    written.write_csv(triage, b)
        else:
            assert output is not None  # refused above: Parquet is never written to a terminal
            with whole(output) as b:
                written.write_parquet(triage, b)


def _write_table(triage: Triage, output: Path | None) -> None:
    from parting.cli.verdict_table import write_table

    if output is not None:
        with whole(output, "w") as f:
            write_table(triage, f, 160, lambda text, _verdict: text)
        return
    from rich.text import Text

    shown: dict[str, str] = {}

    def styled(text: str, verdict: str) -> str:
        # The five labels are coloured once each, by Rich, for this terminal (or not at all).
        if text not in shown:
            with console.capture() as captured:
                console.print(Text(text, VERDICT_STYLES[verdict]), end="")
            shown[text] = captured.get()
        return shown[text]

    console.file.flush()
    # Piped, the table is as wide as COLUMNS says when it is set at run time (Rich read it
    # once, when the console was made).
    width = (
        console.width
        if console.is_terminal
        else shutil.get_terminal_size((console.width, 24)).columns
    )
    write_table(triage, console.file, width, styled)


def _triage(folder: Path, as_of: str | None, engine: str, settings_file: Path | None) -> Triage:
    with step("start"):
        from parting.engine import load, score
        from parting.ingest.parting_csv import read_folder

    config = settings.load(settings_file)
    day = parse_day(as_of, "--as-of")
    if engine != "spark" and process_of_its_own():
        _arrow_without_pandas()
    # The reader keeps about one core busy; the pipeline, the classifier's patterns and
    # the libraries the scoring needs load meanwhile on the other one.
    loading = threading.Thread(target=_preload, args=(load, engine))
    loading.start()
    try:
        clean = _read_clean(folder, config, engine)
        if clean is not None:
            tables, notices = clean.tables, clean.notices
        else:
            with step("read"):
                loaded = read_folder(folder, config)
            tables, notices = loaded.tables, loaded.notices
    finally:
        loading.join()
    _tell(notices)
    return score(tables, config, as_of=day, engine=engine)


def _arrow_without_pandas() -> None:
    """Tell pyarrow, before it asks, that this process holds no pandas objects.

    On its first conversion of Python values pyarrow asks whether each value is a pandas
    object, and imports pandas to know: about 0.4 s of processor time, on the loading
    that the reading waits for — the largest library a scoring would load, and one it
    never uses. A scoring on DuckDB or Polars makes no pandas object, and a process of its
    own (``process_of_its_own``) holds no one else's, so pyarrow is answered "no pandas"
    once. Asked later for a conversion to pandas (``to_pandas``), pyarrow still imports
    it then. Not on Spark, whose exchange with Arrow goes through pandas."""
    if "pandas" in sys.modules:
        return  # already loaded: pyarrow's answer would be wrong, and saves nothing

    class _NotNow(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            if name == "pandas":
                raise ImportError(name)

    finder = _NotNow()
    sys.meta_path.insert(0, finder)
    try:
        import pyarrow as pa

        pa.array([0])  # pyarrow's one question, answered now
    finally:
        sys.meta_path.remove(finder)


def _preload(load: Callable[..., None], engine: str) -> None:
    # A failure here (a library missing) is met again, and explained, when the scoring
    # itself needs what failed to load: a thread must not print it as a traceback.
    with contextlib.suppress(Exception):
        load(engine, connect=False)


def _read_clean(folder: Path, config: settings.Config, engine: str) -> Read | None:
    """A clean Parquet folder read by the engine itself, lazily (``duckdb_folder``) or on
    the Spark cluster (``spark_folder``); None when the careful reader must read it."""
    if engine == "duckdb":
        from parting.engine.backends import duckdb_connection
        from parting.ingest import duckdb_folder

        con = duckdb_connection()
        with step("read"):
            return duckdb_folder.read_clean(folder, config, con)
    if engine == "spark":
        from parting.engine.backends import spark_session
        from parting.ingest import spark_folder

        with step("start"):
            session = spark_session()
        with step("read"):
            return spark_folder.read_clean(folder, config, session)
    return None


def _tell(notices: list[str]) -> None:
    for notice in notices:
        # On stderr, so that stdout carries only the triage (``--format json | jq`` works).
        err_console.print(notice, style="dim", highlight=False, markup=False)


@app.command(
    "score",
    help=N_("Score every client of a Parting CSV folder: signs, verdict, reason and rank."),
    example="parting score --input my-data --format json --output triage.json",
)
def score_command(
    input: InputOption,
    as_of: AsOfOption = None,
    engine: EngineOption = "duckdb",
    format: Annotated[
        str, typer.Option("--format", help=N_("table, json, csv or parquet."), metavar=N_("FORMAT"))
    ] = "table",
    output: OutputOption = None,
    settings_file: SettingsOption = None,
    profile: ProfileOption = False,
) -> None:
    profiled(lambda: render(_triage(input, as_of, engine, settings_file), format, output), profile)


def profiled(work: Callable[[], None], profile: bool) -> None:
    """Run ``work``; with ``profile``, then say on stderr where its time went."""
    if not profile:
        work()
        return
    with measuring() as watch:
        work()
    for line in report(watch):
        err_console.print(line, markup=False, highlight=False, soft_wrap=True)


def _clients_named(triage: Triage, typed: str) -> list[str]:
    """The ids of the clients ``typed`` names, comma-separated, each by its id or its name
    (whatever its case) — a person knows their clients by name, and a name may hold a
    comma ("Hartley & Sons, Ltd"): the longest run of parts that names a client is one.
    An unknown or shared name is an error quoting what was typed."""
    ids_known = {v.client_id for v in triage.verdicts}
    by_name: dict[str, list[str]] = {}
    for verdict in triage.verdicts:
        if verdict.name:
            key = " ".join(verdict.name.split()).casefold()
            by_name.setdefault(key, []).append(verdict.client_id)

    def named(text: str) -> list[str]:
        if text in ids_known:
            return [text]
        return by_name.get(" ".join(text.split()).casefold(), [])

    parts = typed.split(",")
    ids: list[str] = []
    start = 0
    while start < len(parts):
        if not parts[start].strip():
            start += 1
            continue
        end = next(
            (e for e in range(len(parts), start, -1) if named(",".join(parts[start:e]).strip())),
            start + 1,
        )
        text = ",".join(parts[start:end]).strip()
        found = named(text)
        if len(found) != 1:
            where = Location(option="--drop", value=text)
            if found:
                raise InputError(
                    _("several clients bear this name."),
                    fix=_("Give the id of the one you mean: {ids}.").format(
                        ids=", ".join(sorted(found))
                    ),
                    where=where,
                )
            raise InputError(
                _("no client in these files has this name or id."),
                fix=_("Give a name or an id as the portfolio shows it."),
                where=where,
            )
        ids.append(found[0])
        start = end
    return ids


@app.command(
    "what-if",
    help=N_("What letting some clients go would change: hours, revenue, margin, hourly rate."),
    example='parting what-if --input my-data --drop "Acme Ltd,C-042"',
)
def what_if_command(
    input: InputOption,
    drop: Annotated[
        str,
        typer.Option(
            "--drop",
            help=N_("Clients to let go, by name or id, comma-separated."),
            metavar=N_("CLIENTS"),
        ),
    ],
    as_of: AsOfOption = None,
    engine: EngineOption = "duckdb",
    format: Annotated[
        str, typer.Option("--format", help=N_("table or json."), metavar=N_("FORMAT"))
    ] = "table",
    settings_file: SettingsOption = None,
) -> None:
    from parting.engine import what_if

    triage = _triage(input, as_of, engine, settings_file)
    result = what_if(triage, _clients_named(triage, drop))
    if format == "json":
        from dataclasses import asdict

        typer.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    from parting.words.figures import value
    from parting.words.formats import money

    def hours(figure: float) -> str:
        return value("hours", figure, currency)

    currency = settings.load(settings_file).currency
    # Clients are named as a person knows them; the ids were only how they were typed.
    names = {v.client_id: v.name or v.client_id for v in triage.verdicts}
    dropped = ", ".join(names.get(c, c) for c in result.dropped)
    table = Table(title=_("Letting go of {clients}").format(clients=dropped))
    table.add_column(_("Figure"))
    table.add_column(_("Before"), justify="right")
    table.add_column(_("After"), justify="right")
    # Each figure in the one form the pages write it in: hours as the figure "hours"
    # ("26.9 h"), a rate in whole units like every other rate.
    rows: list[tuple[str, str, str]] = [
        (_("Staff hours freed per month"), "", hours(result.hours_freed_per_month)),
        (_("Revenue lost over the year"), "", money(result.revenue_lost, currency)),
        (_("Margin"), money(result.margin_before, currency), money(result.margin_after, currency)),
        (
            _("Effective hourly rate"),
            money(result.effective_rate_before, currency),
            money(result.effective_rate_after, currency),
        ),
    ]
    for row in rows:
        table.add_row(*row)
    console.print(table)
