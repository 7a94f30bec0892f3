"""Commands on the workspace: create it, import into it, resolve clients, score it, log
what the data cannot see, and export it back.

Every command takes ``--workspace DIR`` (default: ``$PARTING_HOME`` or the per-user data
folder) and only parses arguments, calls ``parting.store`` and prints.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from parting.cli.app import (
    ClientArgument,
    OutputOption,
    ProfileOption,
    WorkspaceOption,
    app,
    client_name,
    client_named,
    console,
    err_console,
    parse_day,
)
from parting.cli.help import Commands
from parting.errors import InputError, Location
from parting.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from rich.progress import Progress

NEW_CLIENTS_SHOWN = 20


def tell_no_clients_yet() -> None:
    # On stderr: a script reading ``--format json`` still gets its (empty) list on stdout.
    err_console.print(
        _(
            "The workspace has no clients yet. Import your data first: parting import, "
            "followed by your files or folders."
        ),
        highlight=False,
        markup=False,
        soft_wrap=True,  # the terminal wraps it: never "parting" and "import" on two lines
    )


clients_app = Commands(help=N_("List clients, and resolve the ones an import could not match."))
settings_app = Commands(help=N_("Show or replace the business settings stored in the workspace."))
incident_app = Commands(help=N_("Log, list and remove incidents (what the data cannot see)."))
judgement_app = Commands(help=N_("Record a judgement that tempers a verdict."))
app.add_typer(clients_app, name="clients")
app.add_typer(settings_app, name="settings")
app.add_typer(incident_app, name="incident")
app.add_typer(judgement_app, name="judgement")

DateOption = Annotated[
    str | None,
    typer.Option(
        "--date", help=N_("Day it happened, YYYY-MM-DD (default: today)."), metavar=N_("DAY")
    ),
]


def _open(workspace: Path | None) -> Path:
    from parting.store.workspace import open_existing

    return open_existing(workspace)


@app.command(
    "init",
    help=N_("Create a workspace (or bring an existing one up to date)."),
    example="parting init --workspace ~/parting-studio",
)
def init_command(workspace: WorkspaceOption = None) -> None:
    from django.db import connection

    from parting.store.workspace import init

    folder = init(workspace)
    where = connection.settings_dict["NAME"] if connection.vendor != "sqlite" else folder
    console.print(_("Workspace ready in {folder}.").format(folder=where), highlight=False)


@app.command(
    "migrate",
    help=N_("Apply new database migrations to the workspace."),
    example="parting migrate",
)
def migrate_command(workspace: WorkspaceOption = None) -> None:
    from parting.store.workspace import migrate, open_created, pending_migrations
    from parting.words.formats import number

    open_created(workspace)
    todo = pending_migrations()
    migrate()
    console.print(
        ngettext("Applied {n} migration.", "Applied {n} migrations.", len(todo)).format(
            n=number(len(todo))
        )
        if todo
        else _("Nothing to migrate.")
    )


class ImportProgress:
    """A Rich progress bar per stage of an import (reading a file, storing a table)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if what not in self.tasks:
            self.tasks[what] = self.progress.add_task(what, total=total)
        self.progress.update(self.tasks[what], completed=done, total=total)


@app.command(
    "import",
    help=N_("Import data into the workspace: all files or none."),
    example="parting import toggl-2024.csv invoices.csv --format toggl",
)
def import_command(
    paths: Annotated[
        list[Path], typer.Argument(help=N_("Files, or Parting CSV folders."), metavar=N_("FILE..."))
    ],
    format: Annotated[
        str | None,
        typer.Option(
            "--format", help=N_("Format of the files (default: detected)."), metavar=N_("FORMAT")
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help=N_("Show what would change; change nothing."))
    ] = False,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from parting.store.imports import demo_settings_in, import_paths, last_batch_id, stored_after

    before = last_batch_id()
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    try:
        with bar:
            batches = import_paths(
                paths, format=format, dry_run=dry_run, progress=ImportProgress(bar)
            )
    except KeyboardInterrupt:
        # Ctrl+C: the transaction either committed or rolled back as a whole; the
        # database says which, and the person is told.
        stored = [] if dry_run else stored_after(before, paths)
        if not stored:
            err_console.print(_("Interrupted before the import was stored: nothing changed."))
            raise typer.Exit(130) from None
        err_console.print(_("Interrupted after the import was stored: it is complete."))
        batches = stored
        for batch in batches:
            print_summary(batch)
        raise typer.Exit(130) from None
    for batch in batches:
        print_summary(batch)
    if dry_run:
        console.print(_("Dry run: nothing was stored."))
    for path in paths:
        demo_settings = demo_settings_in(path)
        if demo_settings is not None:
            err_console.print(
                _("To judge the demo as its studio does: parting settings set {file}").format(
                    file=demo_settings
                ),
                highlight=False,
                markup=False,
                soft_wrap=True,  # a path broken over two lines cannot be copied
            )


def print_summary(batch: Any) -> None:
    from parting.ingest.detect import format_label
    from parting.words.formats import number

    console.print(
        _(
            "{source} ({format}): {read} rows read, {added} added, {updated} updated, "
            "{skipped} skipped."
        ).format(
            source=batch.source,
            format=format_label(batch.format),
            read=number(batch.rows_read),
            added=number(batch.added),
            updated=number(batch.updated),
            skipped=number(batch.skipped),
        ),
        highlight=False,
        markup=False,
    )
    summary = batch.summary
    for reason, count in summary.get("skip_reasons", {}).items():
        console.print(
            "  " + _("skipped {n}: {reason}").format(n=number(count), reason=reason),
            highlight=False,
            markup=False,
        )
    for notice in summary.get("notices", []):
        console.print("  " + notice, highlight=False, markup=False)
    new = summary.get("new_clients", [])
    if new:
        from parting.store.models import Client

        # A first import can create thousands of clients: name a few, count the rest. By
        # their names, as the import page shows them; a dry run kept only their ids.
        shown = new[:NEW_CLIENTS_SHOWN]
        known = dict(Client.objects.filter(pk__in=shown).values_list("client_id", "name"))
        names = ", ".join(known.get(c) or c for c in shown)
        if len(new) > NEW_CLIENTS_SHOWN:
            names += " " + _("and {n} more (see them with: parting clients list)").format(
                n=number(len(new) - NEW_CLIENTS_SHOWN)
            )
        console.print(
            "  " + _("New clients: {names}").format(names=names),
            highlight=False,
            markup=False,
        )
    open_refs = summary.get("unmatched", [])
    if open_refs:
        console.print(
            "  "
            + ngettext(
                "{n} name could not be matched to a client; its rows wait. "
                "See it with: parting clients unmatched",
                "{n} names could not be matched to a client; their rows wait. "
                "See them with: parting clients unmatched",
                len(open_refs),
            ).format(n=number(len(open_refs))),
            highlight=False,
            markup=False,
        )


@clients_app.command(
    "list",
    help=N_("List the clients with their latest verdict."),
    example="parting clients list",
)
def clients_list(workspace: WorkspaceOption = None) -> None:
    _open(workspace)
    from parting.store.models import Client, VerdictRecord
    from parting.store.triage import latest_run

    run = latest_run()
    verdicts = (
        dict(VerdictRecord.objects.filter(run=run).values_list("client_id", "verdict"))
        if run
        else {}
    )
    from parting.words.labels import verdict_label

    clients = Client.objects.order_by("name", "client_id")
    if not clients.exists():
        tell_no_clients_yet()
        return
    table = Table(_("Client id"), _("Name"), _("E-mail"), _("Verdict"))
    for client in clients:
        verdict = verdicts.get(client.pk)
        table.add_row(
            client.client_id, client.name, client.email, verdict_label(verdict) if verdict else ""
        )
    console.print(table)


@clients_app.command(
    "set",
    help=N_("Say how letters address a client's contact."),
    example="parting clients set acme --salutation ms --formality usual",
)
def clients_set(
    client: ClientArgument,
    salutation: Annotated[
        str | None,
        typer.Option(
            help=N_("How letters greet the contact: Mr, Ms (or Madame, gospod, chị…), or none."),
            metavar=N_("SALUTATION"),
        ),
    ] = None,
    formality: Annotated[
        str | None,
        typer.Option(
            help=N_("usual, senior (ông/bà) or familiar (tu, tikanje, em)."),
            metavar=N_("FORMALITY"),
        ),
    ] = None,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    client = client_named(client)
    from parting.store.clients import set_address

    if salutation is None and formality is None:
        raise InputError(_("Nothing to set."), fix=_("Give --salutation, --formality or both."))
    from parting.i18n import LANGUAGES
    from parting.playbook.address import Address, greeting

    found = set_address(client, salutation, formality)
    lang = (found.language or "en").split("-")[0].lower()
    row = {
        "contact_name": found.contact_name,
        "contact_salutation": found.contact_salutation,
        "contact_formality": found.contact_formality,
    }
    opening = greeting(Address.of(row, found.name), lang if lang in LANGUAGES else "en")
    console.print(
        _("Letters to {client} will open with: {greeting}").format(
            client=found.name, greeting=opening
        ),
        highlight=False,
        markup=False,
    )


@clients_app.command(
    "unmatched",
    help=N_("List the names and addresses no client could be matched to."),
    example="parting clients unmatched",
)
def clients_unmatched(workspace: WorkspaceOption = None) -> None:
    _open(workspace)
    from parting.store import clients, pending

    refs = clients.unmatched()
    if not refs:
        console.print(_("Every name and address is matched to a client."))
        return
    from parting.ingest.detect import format_label
    from parting.words.formats import number

    table = Table(_("No."), _("Source"), _("Name or address"), _("Could be"), _("Records waiting"))
    for ref in refs:
        waiting = pending.count(ref) + clients.unmatched_messages(ref)
        table.add_row(
            str(ref.pk),
            format_label(ref.source),
            ref.name or ref.key,
            ", ".join(ref.candidates),
            number(waiting),
        )
    console.print(table)
    # soft_wrap: a command broken over two lines cannot be copied.
    console.print(_("Link one with: parting clients link NO CLIENT_ID"), soft_wrap=True)


@clients_app.command(
    "merge",
    help=N_("Merge two clients that are one: everything of OTHER moves to CLIENT."),
    example="parting clients merge acme acme-ltd",
)
def clients_merge(
    into: Annotated[str, typer.Argument(help=N_("The client to keep."), metavar=N_("CLIENT"))],
    other: Annotated[
        str,
        typer.Argument(help=N_("The client merged into it, then removed."), metavar=N_("OTHER")),
    ],
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    into, other = client_named(into), client_named(other)
    from parting.store.clients import merge

    # Named as a person knows them, read before the merge removes the other one.
    kept, gone = client_name(into), client_name(other)
    merge(into, other)
    if kept.casefold() == gone.casefold():
        said = _("The two clients named {name} are now one.").format(name=kept)
    else:
        said = _("Merged {other} into {into}.").format(other=gone, into=kept)
    console.print(said, highlight=False, markup=False)


@clients_app.command(
    "link",
    help=N_("Say which client an unmatched name or address is."),
    example="parting clients link 3 acme",
)
def clients_link(
    key: Annotated[
        str,
        typer.Argument(
            help=N_("The number (or name) from 'clients unmatched'."), metavar=N_("NUMBER")
        ),
    ],
    client: ClientArgument,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    client = client_named(client)
    from parting.store.clients import find_unmatched, link

    ref = find_unmatched(key)
    link(ref.pk, client)
    console.print(
        _("Linked {name} to {client}.").format(
            name=ref.name or ref.key, client=client_name(client)
        ),
        highlight=False,
        markup=False,
    )


@app.command(
    "triage",
    help=N_("Score every client of the workspace and keep the verdicts."),
    example="parting triage --as-of 2026-06-30 --format json",
)
def triage_command(
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help=N_("Score as of this day (default: today)."), metavar=N_("DAY")
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help=N_("table, json, csv or parquet."), metavar=N_("FORMAT"))
    ] = "table",
    engine: Annotated[
        str, typer.Option("--engine", help=N_("duckdb, polars or spark."), metavar=N_("ENGINE"))
    ] = "duckdb",
    output: OutputOption = None,
    workspace: WorkspaceOption = None,
    profile: ProfileOption = False,
) -> None:
    from parting.cli.scoring import profiled, render

    def triage() -> None:
        from parting.site.folders import sqlite_file
        from parting.store.tables import reading_tables

        # The workspace's file is read in a child process while Django starts here.
        database = sqlite_file(workspace)
        with reading_tables(database) if database else nullcontext(None) as early:
            folder = _open(workspace)
            from django.db import connection

            from parting.store.triage import score_and_store
            from parting.text.embed import use_cache_dir

            use_cache_dir(folder)
            if str(database) != connection.settings_dict["NAME"]:
                early = None  # not the database Django opened: read that one instead
            _run, triage = score_and_store(parse_day(as_of, "--as-of"), engine, early)
        if not len(triage.verdicts):
            tell_no_clients_yet()
            if format == "table" and output is None:
                return  # an empty table says nothing the line above has not
        render(triage, format, output)

    profiled(triage, profile)


@settings_app.command(
    "show",
    help=N_("Print the stored overrides (or, with --all, every setting in force) as TOML."),
    example="parting settings show --all",
)
def settings_show(
    all_values: Annotated[
        bool, typer.Option("--all", help=N_("Show every setting, defaults included."))
    ] = False,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    from parting.store.settings import load_config, stored_toml
    from parting.words.settings import explained_toml

    text = load_config().to_toml() if all_values else stored_toml()
    text = explained_toml(text)
    # soft_wrap: a comment wrapped onto a second line would no longer be TOML.
    console.print(
        text or _("# No overrides: the defaults are in force."),
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


@settings_app.command(
    "set",
    help=N_("Replace the stored overrides with a TOML file, once it has been checked."),
    example="parting settings set studio.toml",
)
def settings_set(
    file: Annotated[
        Path,
        typer.Argument(help=N_("TOML file with the settings to override."), metavar=N_("FILE")),
    ],
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    from parting.store.settings import save_settings

    try:
        text = file.read_text(encoding="utf-8")
    except OSError:
        raise InputError(
            _("the settings file cannot be read."),
            fix=_("Give the path of an existing TOML file."),
            where=Location(file=str(file)),
        ) from None
    save_settings(text, source=str(file))
    console.print(_("Settings saved."))


@incident_app.command(
    "add",
    help=N_("Log an incident for a client."),
    example=N_('parting incident add acme --kind abuse --severity high --note "Shouted at Ana"'),
)
def incident_add(
    client: ClientArgument,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help=N_(
                "abuse, ethics, public-criticism, remediation, referral, scope-dispute or other."
            ),
            metavar=N_("KIND"),
        ),
    ],
    severity: Annotated[
        str, typer.Option("--severity", help=N_("low, medium or high."), metavar=N_("SEVERITY"))
    ] = "",
    note: Annotated[
        str, typer.Option("--note", help=N_("What happened."), metavar=N_("TEXT"))
    ] = "",
    day: DateOption = None,
    staff: Annotated[
        str, typer.Option("--staff", help=N_("Who it happened to."), metavar=N_("NAME"))
    ] = "",
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    client = client_named(client)
    from parting.store.incidents import add_incident

    incident = add_incident(client, kind, severity, note, parse_day(day, "--date"), staff)
    console.print(_("Logged incident {id}.").format(id=incident.incident_id), highlight=False)


@incident_app.command(
    "list",
    help=N_("List incidents, newest first."),
    example="parting incident list acme",
)
def incident_list(
    client: Annotated[
        str | None, typer.Argument(help=N_("Only this client."), metavar=N_("CLIENT"))
    ] = None,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    client = client_named(client) if client is not None else None
    from parting.store.incidents import list_incidents
    from parting.words.labels import incident_label, incident_severity_label

    incidents = list_incidents(client)
    if not incidents:  # an empty table says less than a sentence with the next step
        console.print(
            _("No incident is logged yet. Log one with: parting incident add CLIENT --kind KIND"),
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
        return
    from parting.words.formats import day

    table = Table(
        _("Incident"), _("Client"), _("Date"), _("What happened"), _("Severity"),
        _("Staff involved"), _("Note"),
    )  # fmt: skip
    for i in incidents:
        table.add_row(
            i.incident_id,
            i.client.name or i.client_id,
            day(i.date),
            incident_label(i.kind),
            incident_severity_label(i.severity),
            i.staff,
            i.shown_note,
        )
    console.print(table)


@incident_app.command(
    "remove",
    help=N_("Remove an incident logged by mistake."),
    example="parting incident remove logged:3f2a9c0d1e2b",
)
def incident_remove(
    incident_id: Annotated[
        str, typer.Argument(help=N_("The id from 'incident list'."), metavar=N_("INCIDENT"))
    ],
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    from parting.store.incidents import remove_incident

    remove_incident(incident_id)
    console.print(_("Removed incident {id}.").format(id=incident_id), highlight=False)


@judgement_app.command(
    "add",
    help=N_("Record that a sign's cause will pass, or that a relationship is worth protecting."),
    example=N_(
        'parting judgement add acme --kind will-pass --sign payment-risk --note "Cash-flow dip"'
    ),
)
def judgement_add(
    client: ClientArgument,
    kind: Annotated[
        str, typer.Option("--kind", help=N_("will-pass or relationship."), metavar=N_("KIND"))
    ],
    sign: Annotated[
        str,
        typer.Option(
            "--sign",
            help=N_("The sign whose cause will pass (for will-pass), e.g. payment-risk."),
            metavar=N_("SIGN"),
        ),
    ] = "",
    note: Annotated[str, typer.Option("--note", help=N_("Why."), metavar=N_("TEXT"))] = "",
    day: DateOption = None,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    client = client_named(client)
    from parting.store.incidents import add_judgement

    add_judgement(client, kind, sign, note, parse_day(day, "--date"))
    console.print(_("Judgement recorded."))


@app.command(
    "export",
    help=N_("Write the whole workspace as a Parting CSV folder."),
    example="parting export backup-2026-06",
)
def export_command(
    folder: Annotated[
        Path,
        typer.Argument(
            help=N_("Folder to write the Parting CSV files into."), metavar=N_("FOLDER")
        ),
    ],
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    from parting.store.export import export_workspace

    counts = export_workspace(folder)
    console.print(
        _("Exported {rows} rows in {files} files to {folder}.").format(
            rows=sum(counts.values()), files=len(counts), folder=folder
        ),
        highlight=False,
        markup=False,
    )
