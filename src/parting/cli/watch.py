"""Commands that keep watch: connect a mailbox, sync it, and run sync + triage on a
schedule with a digest of what changed.

Passwords come from a prompt (or ``PARTING_IMAP_PASSWORD`` / ``PARTING_SMTP_PASSWORD``)
and are never printed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from parting.cli.app import (
    WorkspaceOption,
    app,
    client_named,
    console,
    err_console,
    parse_day,
)
from parting.cli.help import Commands
from parting.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from parting.store.mailbox import SyncReport
    from parting.store.watch import WatchReport

mail_app = Commands(help=N_("Connect the mailbox Parting reads, and the server it sends through."))
app.add_typer(mail_app, name="mail")

SecurityOption = Annotated[
    bool, typer.Option("--starttls", help=N_("Start plain, then switch to TLS (port 143/587)."))
]
InsecureOption = Annotated[
    bool,
    typer.Option(
        "--insecure", help=N_("No encryption at all: only for a server on this computer.")
    ),
]


def _open(workspace: Path | None) -> None:
    from parting.store.workspace import open_existing

    open_existing(workspace)


def security_of(starttls: bool, insecure: bool) -> str:
    if starttls and insecure:
        from parting.errors import InputError

        raise InputError(
            _("a connection is either STARTTLS or unencrypted, not both."),
            fix=_("Choose one of the two options."),
        )
    return "starttls" if starttls else "insecure" if insecure else "tls"


def password_from(variable: str) -> str:
    """The password from the environment, else typed (hidden) at a prompt."""
    given = os.environ.get(variable)
    if given:
        return given
    return str(typer.prompt(_("Password"), hide_input=True))


@mail_app.command(
    "connect",
    help=N_(
        "Connect the mailbox to read (--imap) or the server that sends the digest (--smtp).\n\n"
        "The password is asked, or read from PARTING_IMAP_PASSWORD / PARTING_SMTP_PASSWORD, and "
        "kept encrypted."
    ),
    example="parting mail connect --imap imap.example.com --user me@example.com --folder Sent",
)
def mail_connect(
    user: Annotated[
        str, typer.Option("--user", help=N_("User name, usually the address."), metavar=N_("USER"))
    ],
    imap_host: Annotated[
        str | None,
        typer.Option(
            "--imap", help=N_("IMAP server to read, e.g. imap.example.com."), metavar=N_("SERVER")
        ),
    ] = None,
    smtp_host: Annotated[
        str | None,
        typer.Option(
            "--smtp",
            help=N_("SMTP server the digest is sent through, e.g. smtp.example.com."),
            metavar=N_("SERVER"),
        ),
    ] = None,
    folders: Annotated[
        list[str] | None,
        typer.Option(
            "--folder",
            help=N_("IMAP: a folder to read; repeat for several (default: INBOX)."),
            metavar=N_("FOLDER"),
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help=N_("IMAP: skip mail older than this day, YYYY-MM-DD."),
            metavar=N_("DAY"),
        ),
    ] = None,
    to: Annotated[
        str,
        typer.Option(
            "--to", help=N_("SMTP: the address the digest goes to."), metavar=N_("ADDRESS")
        ),
    ] = "",
    sender: Annotated[
        str,
        typer.Option(
            "--from", help=N_("SMTP: the digest's sender address."), metavar=N_("ADDRESS")
        ),
    ] = "",
    port: Annotated[
        int | None,
        typer.Option("--port", help=N_("Port (default: by protocol)."), metavar=N_("PORT")),
    ] = None,
    starttls: SecurityOption = False,
    insecure: InsecureOption = False,
    workspace: WorkspaceOption = None,
) -> None:
    from parting.errors import InputError

    if bool(imap_host) == bool(smtp_host):
        raise InputError(
            _("connect one server at a time: the mailbox to read, or the one that sends."),
            fix=_("Give either --imap HOST or --smtp HOST."),
        )
    _open(workspace)
    security = security_of(starttls, insecure)
    if smtp_host:
        from parting.store.watch import connect_smtp

        account = connect_smtp(
            smtp_host,
            user,
            password_from("PARTING_SMTP_PASSWORD"),
            to,
            sender=sender,
            port=port,
            security=security,
        )
        console.print(
            _("The digest will be sent through {server} to {to}.").format(
                server=f"{account.host}:{account.port}", to=account.recipient
            ),
            highlight=False,
            markup=False,
        )
        return
    from parting.store.mailbox import connect_imap

    account = connect_imap(
        str(imap_host),
        user,
        password_from("PARTING_IMAP_PASSWORD"),
        port=port,
        security=security,
        folders=folders,
        since=parse_day(since, "--since"),
    )
    console.print(
        _(
            "Connected to {server} as {user}; folders: {folders}. Fetch mail with: parting sync"
        ).format(
            server=f"{account.host}:{account.port}",
            user=account.user,
            folders=", ".join(account.folders),
        ),
        highlight=False,
        markup=False,
    )


@app.command(
    "sync",
    help=N_("Fetch the mail that is new since the last sync and store it."),
    example="parting sync",
)
def sync_command(workspace: WorkspaceOption = None) -> None:
    _open(workspace)
    from parting.store.mailbox import sync

    with err_console.status(_("Fetching new mail…")) as status:

        def progress(folder: str, done: int, total: int) -> None:
            status.update(
                _("{folder}: {done} of {total} messages").format(
                    folder=folder, done=done, total=total
                )
            )

        report = sync(progress)
    print_sync(report)


def print_sync(report: SyncReport) -> None:
    from parting.words.formats import number

    for folder in report.folders:
        console.print(
            ngettext(
                "{folder}: {n} new message, {skipped} skipped.",
                "{folder}: {n} new messages, {skipped} skipped.",
                folder.new,
            ).format(folder=folder.name, n=number(folder.new), skipped=number(folder.skipped)),
            highlight=False,
            markup=False,
        )
        if folder.renumbered:
            console.print(
                "  "
                + _(
                    "The server renumbered this folder; it was read again (nothing is "
                    "stored twice)."
                ),
                highlight=False,
                markup=False,
            )
        for reason, count in folder.reasons.items():
            console.print(
                "  " + _("skipped {n}: {reason}").format(n=number(count), reason=reason),
                highlight=False,
                markup=False,
            )


@app.command(
    "watch",
    help=N_(
        "Sync the mailbox, score the workspace and send a digest of what changed.\n\n"
        "With --every, again and again until stopped (or run it from cron)."
    ),
    example="parting watch --every 1h",
)
def watch_command(
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            help=N_("Run again after this interval (30m, 1h, 1d); else once."),
            metavar=N_("INTERVAL"),
        ),
    ] = None,
    dry_run: Annotated[
        Path | None,
        typer.Option(
            "--dry-run",
            help=N_("Write the digest as a .eml file into this folder."),
            metavar=N_("FOLDER"),
        ),
    ] = None,
    site: Annotated[
        str,
        typer.Option(
            "--site",
            help=N_("The web app's address, for the links in the digest."),
            metavar=N_("ADDRESS"),
        ),
    ] = "http://127.0.0.1:8000",
    workspace: WorkspaceOption = None,
) -> None:
    import time

    _open(workspace)
    from parting.store.watch import interval_seconds, watch_once

    interval = interval_seconds(every) if every else None
    while True:
        report = watch_once(dry_run=dry_run, site=site)
        if report.sync is not None:
            print_sync(report.sync)
        print_watch(report)
        if interval is None:
            return
        try:
            time.sleep(interval)
        except KeyboardInterrupt:
            console.print(_("Stopped."))
            return


@contextmanager
def speaking() -> Iterator[None]:
    """The web's labels (signs, verdicts) in the language the command line speaks."""
    from django.utils import translation

    from parting.i18n import current_language

    with translation.override(current_language()):
        yield


def print_watch(report: WatchReport) -> None:
    with speaking():
        print_watch_in_language(report)


def print_watch_in_language(report: WatchReport) -> None:
    from parting.web.labels import verdict_label
    from parting.words.formats import number

    console.print(
        ngettext(
            "Scored {clients} client; {n} changed since the last digest.",
            "Scored {clients} clients; {n} changed since the last digest.",
            report.run.clients,
        ).format(clients=number(report.run.clients), n=number(len(report.changed))),
        highlight=False,
        markup=False,
    )
    for change in report.changed:
        console.print(
            f"  {change.name}: {verdict_label(change.verdict)} — {change.reason}",
            highlight=False,
            markup=False,
        )
    if report.written is not None:
        console.print(
            _("Digest written to {file}.").format(file=report.written),
            highlight=False,
            markup=False,
        )
    elif report.sent_to:
        console.print(
            _("Digest sent to {to}.").format(to=report.sent_to), highlight=False, markup=False
        )
    elif not report.changed:
        console.print(_("Nothing changed: no digest was sent."))


@app.command(
    "timeline",
    help=N_("Each client's verdict month by month, and since when each sign has fired."),
    example="parting timeline --verdict part-ways --at-least 6",
)
def timeline_command(
    client: Annotated[
        str | None,
        typer.Argument(
            help=N_("A client's id or name (default: every client)."), metavar=N_("CLIENT")
        ),
    ] = None,
    months: Annotated[
        int | None,
        typer.Option(
            "--months", help=N_("Months to go back (default: all the data)."), metavar=N_("MONTHS")
        ),
    ] = None,
    verdict: Annotated[
        str | None,
        typer.Option(
            "--verdict",
            help=N_("Only clients with this verdict now, e.g. part-ways."),
            metavar=N_("VERDICT"),
        ),
    ] = None,
    at_least: Annotated[
        int,
        typer.Option(
            "--at-least",
            help=N_("With --verdict: held for at least N months."),
            metavar=N_("MONTHS"),
        ),
    ] = 1,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help=N_("The last month end, YYYY-MM-DD (default: today)."),
            metavar=N_("DAY"),
        ),
    ] = None,
    workspace: WorkspaceOption = None,
) -> None:
    _open(workspace)
    day = parse_day(as_of, "--as-of")
    if verdict is not None:
        from parting.errors import InputError, Location
        from parting.words.choices import chosen, spoken_list
        from parting.words.labels import VERDICT_LABELS

        typed, verdict = verdict, chosen(verdict, tuple(VERDICT_LABELS), VERDICT_LABELS)
        if verdict is None:
            raise InputError(
                _("this is not a verdict."),
                fix=_("Use one of: {choices}.").format(choices=spoken_list(VERDICT_LABELS)),
                where=Location(option="--verdict", value=typed),
            )
    with speaking():
        timeline_table(client, day, months, verdict, at_least)


def timeline_table(
    client: str | None, day: date | None, months: int | None, verdict: str | None, at_least: int
) -> None:
    from rich.table import Table

    from parting.store.timeline import client_timeline, held_for, month_name, summary
    from parting.store.timeline import workspace_timelines as all_timelines
    from parting.web.labels import sign_label, verdict_label

    if client is not None:
        line = client_timeline(client_named(client), day, months)
        console.print(f"{line.name}: {summary(line)}", highlight=False, markup=False)
        table = Table(_("Month"), _("Verdict"), _("Signs"))
        for month in line.months:
            table.add_row(
                month_name(month.end),
                verdict_label(month.verdict),
                ", ".join(sign_label(s) for s in month.signs),
            )
        console.print(table)
        return
    with err_console.status(_("Scoring every month…")):
        lines = all_timelines(day, months)
    if not lines:
        from parting.cli.workspace import tell_no_clients_yet

        tell_no_clients_yet()
        return
    if verdict is not None:
        lines = held_for(lines, verdict, at_least)
        if not lines:
            from parting.words.formats import number
            from parting.words.labels import verdict_label

            console.print(
                ngettext(
                    "No client has had the verdict “{verdict}” for {n} month or more.",
                    "No client has had the verdict “{verdict}” for {n} months or more.",
                    at_least,
                ).format(verdict=verdict_label(verdict), n=number(at_least)),
                highlight=False,
                markup=False,
            )
            return
    table = Table(_("Client id"), _("Name"), _("Verdict"))
    for line in lines:
        table.add_row(line.client_id, line.name, summary(line))
    console.print(table)
