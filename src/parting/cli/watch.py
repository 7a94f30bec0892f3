"""Commands that keep watch: connect a mailbox, sync it, and run sync + triage on a
schedule with a digest of what changed.

Passwords come from a prompt (or ``PARTING_IMAP_PASSWORD`` / ``PARTING_SMTP_PASSWORD``)
and are never printed.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from parting.cli.app import WorkspaceOption, app, console, err_console, parse_day
from parting.i18n import _, ngettext

if TYPE_CHECKING:
    from parting.store.mailbox import SyncReport

mail_app = typer.Typer(help="Connect the mailbox Parting reads, and the server it sends through.")
app.add_typer(mail_app, name="mail")

SecurityOption = Annotated[
    bool, typer.Option("--starttls", help="Start plain, then switch to TLS (port 143/587).")
]
InsecureOption = Annotated[
    bool,
    typer.Option("--insecure", help="No encryption at all: only for a server on this computer."),
]


def _open(workspace: object) -> None:
    from parting.store.workspace import open_existing

    open_existing(workspace)  # type: ignore[arg-type]


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


@mail_app.command("connect")
def mail_connect(
    imap_host: Annotated[str, typer.Option("--imap", help="IMAP server, e.g. imap.example.com.")],
    user: Annotated[str, typer.Option("--user", help="User name, usually the address.")],
    folders: Annotated[
        list[str] | None,
        typer.Option("--folder", help="A folder to read; repeat for several (default: INBOX)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Skip mail older than this day, YYYY-MM-DD.")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default 993, or 143).")] = None,
    starttls: SecurityOption = False,
    insecure: InsecureOption = False,
    workspace: WorkspaceOption = None,
) -> None:
    """Connect the mailbox to read (the password is asked, or read from
    PARTING_IMAP_PASSWORD, and kept encrypted).

    Example: parting mail connect --imap imap.example.com --user me@example.com --folder Sent
    """
    _open(workspace)
    from parting.store.mailbox import connect_imap

    account = connect_imap(
        imap_host,
        user,
        password_from("PARTING_IMAP_PASSWORD"),
        port=port,
        security=security_of(starttls, insecure),
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


@app.command("sync")
def sync_command(workspace: WorkspaceOption = None) -> None:
    """Fetch the mail that is new since the last sync and store it.

    Example: parting sync
    """
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
    for folder in report.folders:
        console.print(
            ngettext(
                "{folder}: {n} new message, {skipped} skipped.",
                "{folder}: {n} new messages, {skipped} skipped.",
                folder.new,
            ).format(folder=folder.name, n=folder.new, skipped=folder.skipped),
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
                "  " + _("skipped {n}: {reason}").format(n=count, reason=reason),
                highlight=False,
                markup=False,
            )
