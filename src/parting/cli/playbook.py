"""Commands: ``parting plan`` (the exit plan), ``parting letter`` (what to say, in the
client's language) and ``parting check-letter`` (review any draft before sending it).

Thin: they parse arguments, call ``parting.playbook`` / ``parting.store.plans`` and print.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import shlex
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from parting.cli.app import (
    ClientArgument,
    OutputOption,
    WorkspaceOption,
    app,
    client_named,
    console,
    err_console,
    parse_day,
    write_output,
)
from parting.errors import InputError, Location
from parting.files import write_whole
from parting.i18n import LANGUAGES, N_, _, gettext_noop, ngettext

if TYPE_CHECKING:
    from parting.playbook.checker import Finding
    from parting.playbook.letters import Letter
    from parting.playbook.plan import ExitPlan, PlanStep
    from parting.playbook.repair import RepairPlan

# The playbook (and through it the engine's Arrow and NumPy) is imported when a command
# runs, so that ``parting --help`` and the other commands start without it.

STATUS_STYLES = {"done": "green", "skipped": "dim", "blocked": "bold red", "todo": ""}
# The same words as the workspace's step statuses (store.models.PlanStep).
STATUS_LABELS = {
    "todo": gettext_noop("to do"),
    "done": gettext_noop("done"),
    "skipped": gettext_noop("skipped"),
    "blocked": gettext_noop("blocked"),
}


def _choice(
    value: str | None,
    choices: tuple[str, ...],
    option: str,
    labels: Mapping[str, str] | None = None,
) -> str | None:
    """The value a person typed, as the id it names (``payment-risk`` -> ``payment_risk``)."""
    from parting.words.choices import chosen, spoken_list

    if value is None:
        return None
    found = chosen(value, choices, labels)
    if found is None:
        raise InputError(
            _("unknown value."),
            fix=_("Choose one of: {choices}.").format(choices=spoken_list(choices)),
            where=Location(option=option, value=value),
        )
    return found


def _who() -> str:
    """The login name of the person at the terminal, recorded with each step."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "cli")


def _how_to(step: PlanStep, client_id: str) -> str | None:
    """The command that makes what helps with a step: the CLI's own how-to, which the
    step's words (shared with the web page) leave out."""
    client = shlex.quote(client_id)
    if step.aid == "calendar":
        command = f"parting plan {client} --ics meeting.ics"
        return _("Calendar file: {command}").format(command=command)
    if step.aid == "meeting-script":
        command = f"parting letter {client} --kind {step.aid}"
        return _("The script: {command}").format(command=command)
    if step.aid is not None:
        command = f"parting letter {client} --kind {step.aid}"
        return _("The letter: {command}").format(command=command)
    return None


def _step_text(step: PlanStep, client_id: str) -> str:
    lines = [escape(step.detail)]
    how_to = _how_to(step, client_id)
    if how_to is not None and step.status not in ("done", "skipped"):
        lines.append(f"[cyan]{escape(how_to)}[/cyan]")
    if step.note:
        lines.append(f"[dim]{escape(step.note)}[/dim]")
    return "\n".join(lines)


def _steps_table(steps: list[PlanStep], client_id: str) -> Table:
    from parting.words.formats import letter_day

    table = Table(show_lines=False)
    for title in (_("Step"), _("Due"), _("Status"), _("What to do")):
        table.add_column(title)
    for step in steps:
        status = _(STATUS_LABELS[step.status]) + (f" ({step.by})" if step.by else "")
        table.add_row(
            f"{step.number}. {step.title}",
            letter_day(step.due_on) if step.due_on else "—",
            f"[{STATUS_STYLES[step.status]}]{status}[/]" if STATUS_STYLES[step.status] else status,
            _step_text(step, client_id),
        )
    return table


def _print_repair_plan(plan: RepairPlan) -> None:
    from parting.words.formats import letter_day

    console.print(
        _("Repair plan for {client}, begun on {day}").format(
            client=plan.client_name, day=letter_day(plan.start)
        ),
        style="bold",
        highlight=False,
    )
    console.print(
        _("Follow up on {follow_up}; review on {review}.").format(
            follow_up=letter_day(plan.follow_up_on), review=letter_day(plan.review_on)
        ),
        highlight=False,
    )
    console.print(_steps_table(plan.steps, plan.client_id))


def _print_plan(plan: ExitPlan | RepairPlan) -> None:
    from parting.playbook.repair import RepairPlan
    from parting.words.formats import letter_day, number, owed, owes
    from parting.words.labels import move_label, sign_label, verdict_label

    if isinstance(plan, RepairPlan):
        _print_repair_plan(plan)
        return

    facts = plan.facts
    console.print(
        _("Exit plan for {client} ({verdict}, main sign {sign}: {move})").format(
            client=plan.client_name,
            verdict=verdict_label(plan.verdict),
            sign=sign_label(plan.main_sign) if plan.main_sign else "—",
            move=move_label(plan.move),
        ),
        style="bold",
        highlight=False,
    )
    if plan.notice_days == 0:  # nothing in progress: no notice to count, "(0 days)" says none
        dates = (
            _("Act from {day}; meeting {meeting}, where the work together ends.")
            if plan.in_person
            else _("Act from {day}; call or letter {meeting}, where the work together ends.")
        )
    else:
        dates = (
            ngettext(
                "Act from {day}; meeting {meeting}; notice ends {end} ({days} day).",
                "Act from {day}; meeting {meeting}; notice ends {end} ({days} days).",
                plan.notice_days,
            )
            if plan.in_person
            else ngettext(
                "Act from {day}; call or letter {meeting}; notice ends {end} ({days} day).",
                "Act from {day}; call or letter {meeting}; notice ends {end} ({days} days).",
                plan.notice_days,
            )
        )
    lines = [
        dates.format(
            day=letter_day(plan.decision_on),
            meeting=letter_day(plan.meeting_on),
            end=letter_day(plan.notice_end),
            days=number(plan.notice_days),
        ),
        _("Money owed: {amount}.").format(amount=owed(facts.money_owed, facts.currency))
        if owes(facts.money_owed)
        else _("Nothing is owed."),
    ]
    if plan.immediate:
        lines.append(_("Immediate exit: steps 1, 4 and 7 are not needed."))
    for line in lines:
        console.print(line, highlight=False)
    console.print(_steps_table(plan.steps, plan.client_id))


@app.command(
    "plan",
    help=N_(
        "Open (or show) the plan of a client, and move it along.\n\n"
        "A client to part with gets an exit plan; a client to repair gets a repair plan "
        "(opening it logs the repair)."
    ),
    example=N_('parting plan acme --done 2 --note "notice clause: 30 days"'),
)
def plan_command(
    client: ClientArgument,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            help=N_("First day of the plan, YYYY-MM-DD (default: today)."),
            metavar=N_("DAY"),
        ),
    ] = None,
    done: Annotated[
        str | None,
        typer.Option(
            "--done",
            help=N_("Mark a step done (number or key, e.g. 4 or collect)."),
            metavar=N_("STEP"),
        ),
    ] = None,
    skip: Annotated[
        str | None,
        typer.Option("--skip", help=N_("Skip a step; --note says why."), metavar=N_("STEP")),
    ] = None,
    note: Annotated[
        str, typer.Option("--note", help=N_("A note kept with the step."), metavar=N_("TEXT"))
    ] = "",
    contract_notice: Annotated[
        int | None,
        typer.Option(
            "--contract-notice-days",
            help=N_("Notice this client's contract requires."),
            metavar=N_("DAYS"),
        ),
    ] = None,
    ics: Annotated[
        Path | None,
        typer.Option(
            "--ics", help=N_("Write the meeting and notice end as iCalendar."), metavar=N_("FILE")
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help=N_("table or json."), metavar=N_("FORMAT"))
    ] = "table",
    workspace: WorkspaceOption = None,
) -> None:
    fmt = _choice(fmt, ("table", "json"), "--format") or fmt
    from parting.store.workspace import open_existing

    open_existing(workspace)
    client = client_named(client)
    from parting.playbook.plan import ExitPlan, NoPlanForVerdict, step_number
    from parting.playbook.repair import RepairPlan
    from parting.store.plans import mark_step, open_plan, plan_view
    from parting.store.settings import load_config
    from parting.words.formats import letter_day

    day = parse_day(start, "--start")
    if skip is not None and not note.strip():
        # The workspace refuses it too; the CLI names its own option for the note.
        raise InputError(
            _("Say why step {number} is skipped.").format(number=step_number(skip)),
            fix=_("Add --note with the reason."),
        )
    try:
        plan = open_plan(client, day, _who(), contract_notice)
    except NoPlanForVerdict as error:
        command = f"parting letter {shlex.quote(error.client_id)} --kind repair"
        raise InputError(
            error.problem,
            fix=f"{error.fix} " + _("The letter: {command}").format(command=command),
        ) from None
    if day is not None and plan.start != day:
        err_console.print(
            _("This client's plan started on {day} and keeps its dates.").format(
                day=letter_day(plan.start)
            ),
            highlight=False,
        )
    if done is not None:
        mark_step(plan, done, "done", note, _who())
    if skip is not None:
        mark_step(plan, skip, "skipped", note, _who())
    view = plan_view(plan)
    if ics is not None and isinstance(view, RepairPlan):
        raise InputError(
            _("A repair plan has no meeting or notice to put in a calendar."),
            fix=_("Leave out --ics for a client to repair."),
        )
    if ics is not None and isinstance(view, ExitPlan):
        from parting.playbook.ics import plan_calendar

        write_whole(ics, plan_calendar(view, load_config()))
    if fmt == "json":
        write_output(json.dumps(view.to_dict(), ensure_ascii=False, indent=2) + "\n", None)
        return
    _print_plan(view)
    if ics is not None:
        console.print(_("Calendar written to {file}.").format(file=ics), highlight=False)


@app.command(
    "letter",
    help=N_("Write the script or letter for a client, personalised and in their language."),
    example="parting letter acme --kind confirmation --format eml --output acme.eml",
)
def letter_command(
    client: ClientArgument,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help=N_(
                "meeting-script, confirmation, repair or expectations (default: from the verdict)."
            ),
            metavar=N_("KIND"),
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help=N_("en, fr, vi or sl (default: the client's)."), metavar=N_("LANGUAGE")
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help=N_("txt, html or eml."), metavar=N_("FORMAT"))
    ] = "txt",
    output: OutputOption = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            help=N_("Date the letter from this day (default: the plan's)."),
            metavar=N_("DAY"),
        ),
    ] = None,
    goodwill: Annotated[
        str | None,
        typer.Option(
            "--goodwill",
            help=N_("cancel or refund: announce that gesture for the last invoice."),
            metavar=N_("GESTURE"),
        ),
    ] = None,
    workspace: WorkspaceOption = None,
) -> None:
    from parting.playbook.checker import LETTER_KINDS
    from parting.playbook.letters import FORMATS, GOODWILL

    kind = _choice(kind, LETTER_KINDS, "--kind")
    goodwill = _choice(goodwill, GOODWILL, "--goodwill")
    fmt = _choice(fmt, FORMATS, "--format") or fmt
    _check_suffix(output, fmt)
    from parting.store.workspace import open_existing

    open_existing(workspace)
    client = client_named(client)
    from parting.playbook.letters import render_letter
    from parting.store.plans import current_plan
    from parting.store.settings import load_config
    from parting.store.tables import read_client_tables
    from parting.store.triage import scored_verdict

    verdict = scored_verdict(client)
    plan = current_plan(client)
    day = parse_day(start, "--start") or (plan.start if plan else date.today())
    override = plan.facts.get("contract_notice_days") if plan else None
    config = load_config()
    letter = render_letter(
        kind,
        verdict,
        read_client_tables(client),
        config,
        lang,
        fmt,  # type: ignore[arg-type]  # checked against FORMATS above
        start=day,
        contract_notice_days=override,
        goodwill=goodwill,
    )
    _write_letter(letter, fmt, output)
    if not (config.settings.business.signatory or config.settings.business.name):
        from parting.settings_declared import BUSINESS_SETTINGS

        signs, business = (BUSINESS_SETTINGS[key].label for key in ("signatory", "name"))
        # On stderr, so a letter piped to a file stays the letter alone. The settings are
        # named by their labels, as the settings page shows them; the file's keys follow.
        err_console.print(
            _(
                "No name is set to sign letters yet, so they close with a general team "
                "signature. Fill in “{signatory}” and “{name}” on the settings page "
                "(parting serve), or write them in a settings file under [business] as "
                "signatory and name, then: parting settings set FILE"
            ).format(signatory=_(signs), name=_(business)),
            highlight=False,
            markup=False,
        )


@app.command(
    "prospect-letter",
    help=N_("Write the expectations letter for a prospect, before any of their data is imported."),
    example='parting prospect-letter "Acme Ltd" --contact "Ana Kovač" --salutation ms --lang sl',
)
def prospect_letter_command(
    name: Annotated[
        str, typer.Argument(help=N_("The prospect's company name."), metavar=N_("NAME"))
    ],
    contact: Annotated[
        str, typer.Option("--contact", help=N_("The person's full name."), metavar=N_("NAME"))
    ] = "",
    salutation: Annotated[
        str,
        typer.Option(
            "--salutation",
            help=N_("Mr, Ms (or Madame, gospod, chị…), or none."),
            metavar=N_("SALUTATION"),
        ),
    ] = "",
    formality: Annotated[
        str,
        typer.Option(
            "--formality", help=N_("usual, senior (ông/bà) or familiar."), metavar=N_("FORMALITY")
        ),
    ] = "",
    lang: Annotated[
        str, typer.Option("--lang", help=N_("en, fr, vi or sl."), metavar=N_("LANGUAGE"))
    ] = "en",
    fmt: Annotated[
        str, typer.Option("--format", help=N_("txt, html or eml."), metavar=N_("FORMAT"))
    ] = "txt",
    output: OutputOption = None,
    workspace: WorkspaceOption = None,
) -> None:
    from parting.playbook.address import formality_of, salutation_of
    from parting.playbook.letters import FORMATS, prospect_letter

    fmt = _choice(fmt, FORMATS, "--format") or fmt
    lang = _choice(lang, LANGUAGES, "--lang") or lang
    _check_suffix(output, fmt)
    if salutation_of(salutation) is None and salutation.casefold() != "none":
        raise InputError(
            _("{value} is not a salutation.").format(value=salutation),
            fix=_("Give one of: Mr, Ms (or Monsieur, Madame, gospod, gospa, anh, chị), or none."),
        )
    if formality_of(formality) is None:
        raise InputError(
            _("{value} is not a formality.").format(value=formality),
            fix=_("Give one of: usual, senior (ông/bà), familiar (tu, tikanje, em)."),
        )
    from parting.store.workspace import open_existing

    open_existing(workspace)
    from parting.store.settings import load_config

    letter = prospect_letter(
        name,
        load_config(),
        lang,
        fmt,  # type: ignore[arg-type]  # checked against FORMATS above
        contact=contact,
        salutation=salutation_of(salutation) or "",
        formality=formality_of(formality) or "",
    )
    _write_letter(letter, fmt, output)


def _write_letter(letter: Letter, fmt: str, output: Path | None) -> None:
    write_output(f"{letter.subject}\n\n{letter.body}" if fmt == "txt" else letter.body, output)
    if output is not None:
        console.print(_("Letter written to {file}.").format(file=output), highlight=False)


# The file names each letter format may be written to: a letter saved as letter.csv would
# open in the wrong program, so the name must fit the format.
SUFFIXES = {"txt": ("", ".txt", ".text", ".md"), "html": (".html", ".htm"), "eml": (".eml",)}


def _check_suffix(output: Path | None, fmt: str) -> None:
    if output is None or output.suffix.lower() in SUFFIXES[fmt]:
        return
    raise InputError(
        _("this file name does not fit the {format} format.").format(format=fmt),
        fix=_("Name the file with {suffix}, or choose the --format that fits it.").format(
            suffix=" ".join(s for s in SUFFIXES[fmt] if s)
        ),
        where=Location(file=str(output)),
    )


# The file name that stands for standard input, as in most command-line tools.
STDIN = "-"
# A draft piped in is HTML when it opens with one of these tags (a mail client's
# "copy as HTML"); otherwise it is plain text.
_HTML_START = re.compile(r"\s*<(!doctype\s+html|html|head|body|div|p|table)\b", re.IGNORECASE)


def _read_draft(path: Path) -> str:
    """The words of a draft: plain text, an .eml (its text part) or an HTML file; ``-``:
    the text (or HTML) on standard input."""
    if str(path) == STDIN:
        text = sys.stdin.buffer.read().decode("utf-8-sig", errors="replace")
        if not text.strip():
            raise InputError(
                _("the draft on standard input is empty."),
                fix=_("Pipe the draft in, for example: cat draft.txt | parting check-letter -"),
            )
        return _html_text(text) if _HTML_START.match(text) else text
    try:
        raw = path.read_bytes()
    except OSError:
        raise InputError(
            _("the file cannot be read."),
            fix=_("Give the path of a text, HTML or .eml draft."),
            where=Location(file=str(path)),
        ) from None
    if path.suffix.lower() == ".eml":
        import email
        from email.policy import default as default_policy

        from parting.ingest.email_message import too_deep, too_deep_reason

        try:
            if too_deep(raw):
                raise RecursionError
            message = email.message_from_bytes(raw, policy=default_policy)
            part = message.get_body(("plain", "html"))
        except RecursionError:
            raise InputError(
                too_deep_reason() + ".",
                fix=_("Save the draft as plain text and check that file."),
                where=Location(file=str(path)),
            ) from None
        text = part.get_content() if part is not None else ""
        return (
            _html_text(text) if part is not None and part.get_content_subtype() == "html" else text
        )
    text = raw.decode("utf-8-sig", errors="replace")
    return _html_text(text) if path.suffix.lower() in (".html", ".htm") else text


def _html_text(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(html)


def _print_findings(findings: list[Finding]) -> None:
    from parting.words.formats import quoted

    if not findings:
        console.print(_("No problem found: the letter is ready to send."), highlight=False)
        return
    # The rule and the advice are in the reader's language; the words are quoted from the
    # draft as written, and the example is in the draft's language, ready to paste.
    table = Table(show_lines=True)
    for title in (_("Problem"), _("Words in the draft"), _("A better way")):
        table.add_column(title)
    for finding in findings:
        table.add_row(finding.label, quoted(finding.words) or "—", finding.suggestion)
    console.print(table, highlight=False)


@app.command(
    "check-letter",
    help=N_("Review a draft before sending it; exit code 1 when it has a problem."),
    example="parting check-letter draft.txt --lang fr",
)
def check_letter_command(
    file: Annotated[
        Path,
        typer.Argument(
            help=N_("The draft: text, HTML or .eml; - reads it from standard input."),
            metavar=N_("FILE"),
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help=N_("en, fr, vi or sl (default: detected)."), metavar=N_("LANGUAGE")
        ),
    ] = None,
    sign: Annotated[
        str | None,
        typer.Option(
            "--sign",
            help=N_("The main sign, e.g. abuse (no alternatives) or payment-risk."),
            metavar=N_("SIGN"),
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", help=N_("The letter kind (default: read from the words)."), metavar=N_("KIND")
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help=N_("table or json."), metavar=N_("FORMAT"))
    ] = "table",
) -> None:
    from parting.i18n import LANGUAGES, current_language
    from parting.playbook.checker import LETTER_KINDS, check_letter
    from parting.playbook.language import guess_language
    from parting.playbook.meaning import checked_with, checker_id
    from parting.words.labels import sign_labels

    lang = _choice(lang, LANGUAGES, "--lang")
    sign = _choice(sign, tuple(sign_labels()), "--sign", sign_labels())
    kind = _choice(kind, LETTER_KINDS, "--kind")
    fmt = _choice(fmt, ("table", "json"), "--format") or fmt
    text = _read_draft(file)
    language = lang or guess_language(text)
    findings = check_letter(text, language, sign=sign, kind=kind)
    if fmt == "json":
        data = {
            "file": None if str(file) == STDIN else str(file),  # null: standard input
            "language": language,  # the draft's, which the checker read it in
            "reader_language": current_language(),  # labels and advice
            "checker": checker_id(),
            "checked_with": checked_with(),
            "findings": [f.to_dict() for f in findings],
        }
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        _print_findings(findings)
        console.print(checked_with(), highlight=False)
    if findings:
        raise typer.Exit(1)
