"""French text in the command line's tables wraps at its breakable spaces only: a closing
quote, a colon or a currency sign never starts a line on its own."""

from __future__ import annotations

import io
from pathlib import Path

import rich._wrap
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from parting.cli import app
from parting.cli.wrapping import WORD
from parting.words.formats import money, quoted

from .test_checker import letter

# What a French line may not start with, and what it may not end with.
STRANDED_START = ("»", ":", ";", "?", "!", "€", "%")
STRANDED_END = ("«",)


def _cells(output: str) -> list[str]:
    """The text of every cell line of a table drawn with Rich's box characters."""
    cells = []
    for line in output.splitlines():
        for cell in line.split("│")[1:-1]:
            if cell.strip():
                cells.append(cell.strip())
    return cells


def _stranded(output: str) -> list[str]:
    return [
        cell
        for cell in _cells(output)
        if cell.startswith(STRANDED_START) or cell.endswith(STRANDED_END)
    ]


def test_the_cli_keeps_rich_from_breaking_lines_at_a_no_break_space() -> None:
    # If a Rich upgrade renames the pattern, this fails rather than French tables
    # silently breaking again.
    assert rich._wrap.re_word is WORD


def test_a_french_quote_and_amount_stay_whole_in_a_table_of_any_width() -> None:
    sentence = (
        "Par exemple\u00a0: "
        + quoted(["Merci de la confiance que vous nous avez accordée"], "fr")
        + ", reste dû "
        + money(12345, "EUR", "fr")
        + "\u00a0!"
    )
    for width in range(24, 90):
        console = Console(width=width, record=True, file=io.StringIO())
        table = Table()
        table.add_column("Problème")
        table.add_column("Une meilleure formulation")
        table.add_row("Aucun remerciement", sentence)
        console.print(table)
        output = console.export_text()
        assert _stranded(output) == [], (width, output)
        assert "12\u202f345\u00a0€" in output.replace("\n", " ") or width < 40


def test_check_letter_in_french_never_leaves_a_closing_quote_alone(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.txt"
    draft.write_text(
        letter("fr", without="thanks", extra="Vous êtes nuls et vous ne payez jamais."),
        encoding="utf-8",
    )
    for width in (60, 70, 80, 90, 100, 120):
        done = CliRunner(env={"PARTING_LANG": "fr", "COLUMNS": str(width)}).invoke(
            app, ["check-letter", str(draft)]
        )
        assert done.exit_code == 1, done.output
        assert "«\u00a0" in done.output  # French quotes were drawn at all
        assert _stranded(done.output) == [], (width, done.output)
