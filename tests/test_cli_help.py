"""``parting --help`` and the help of every command speak the reader's language (English,
French, Vietnamese, Slovenian, from PARTING_LANG or LANG), name each value in words
(FILE..., DAY) rather than by a Python type, and say a mistyped command line's problem in
that language too, with the exit code 2 of a usage error."""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from functools import cache
from typing import TypeVar

import pytest
import typer.main
from typer import _click
from typer.testing import CliRunner

from parting import catalogs
from parting.cli import app
from parting.i18n import activate, deactivate

TRANSLATED = catalogs.TARGET_LANGUAGES  # fr, vi, sl
LANGUAGES = ("en", *TRANSLATED)
PYTHON_TYPES = ("<str>", "<bool>", "<int>", "<float>", "<path>", "<Path>", "list[", "{", "}")

Result = TypeVar("Result")


@pytest.fixture(autouse=True)
def language_from_the_environment() -> Iterator[None]:
    """As in a fresh process: no language chosen in code (a test before may have chosen
    one), so the command line's PARTING_LANG or LANG decides."""
    deactivate()
    yield
    deactivate()


def speaking(language: str, read: Callable[[], Result]) -> Result:
    """What ``read`` returns while the program speaks ``language``."""

    def spoken() -> Result:
        activate(language)
        return read()

    return contextvars.copy_context().run(spoken)


def commands(
    group: _click.Command | None = None, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], _click.Command]]:
    """Every command and group of the program, by the words that call it."""
    group = group or typer.main.get_command(app)
    yield path, group
    for name, command in getattr(group, "commands", {}).items():
        yield from commands(command, (*path, name))


EVERY_COMMAND = [path for path, _command in commands()]


def run(language: str, *args: str) -> tuple[int, str]:
    """``parting ARGS`` for a person speaking ``language``: exit code and what it printed
    (on a terminal wide enough that no sentence is broken over two lines)."""
    done = CliRunner(env={"PARTING_LANG": language, "COLUMNS": "1000"}).invoke(app, list(args))
    return done.exit_code, done.output


@cache
def help_page(language: str, path: tuple[str, ...]) -> str:
    """The help of the command ``path`` (``()``: the program's), in ``language``."""
    code, page = run(language, *path, "--help")
    assert code == 0, (language, path, page)
    return page


def english_texts(path: tuple[str, ...]) -> list[str]:
    """The help of a command and of the arguments and options it shows, as written in
    English, paragraph by paragraph."""
    command = dict(commands())[path]

    def read() -> list[str]:
        shown = [p for p in command.params if not getattr(p, "hidden", False)]
        texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in shown]
        return [paragraph for text in texts for paragraph in text.split("\n\n") if paragraph]

    return speaking("en", read)


def test_every_command_has_help_in_english() -> None:
    for path in EVERY_COMMAND:
        page = help_page("en", path)
        assert page.lstrip().startswith("Usage: "), path
        for text in english_texts(path):
            assert " ".join(text.split()) in " ".join(page.split()), (path, text)


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_help_page_in_another_language_has_no_english_sentence(language: str) -> None:
    for path in EVERY_COMMAND:
        page = help_page(language, path)
        for text in english_texts(path):
            assert " ".join(text.split()) not in " ".join(page.split()), (language, path, text)
        for word in ("Usage:", "Show this message and exit.", "[required]", "Example:"):
            assert word not in page, (language, path, word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_help_page_shows_a_python_type(language: str) -> None:
    for path in EVERY_COMMAND:
        page = help_page(language, path)
        shown = [marker for marker in PYTHON_TYPES if marker in page]
        assert not shown, (language, path, shown, page)


def test_every_value_a_person_types_is_named_in_words() -> None:
    def unnamed() -> list[tuple[tuple[str, ...], str]]:
        return [
            (path, param.name or "")
            for path, command in commands()
            for param in command.params
            if not getattr(param, "is_flag", False)
            and not (param.metavar and param.metavar.replace("...", "").isupper())
        ]

    assert speaking("en", unnamed) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_help_text_and_value_name_is_in_the_catalogs(language: str) -> None:
    catalog = catalogs.merged_catalog(language)

    def written() -> set[str]:
        texts = set()
        for _path, command in commands():
            texts.add(command.help or "")
            for param in command.params:
                texts.update({getattr(param, "help", None) or "", param.metavar or ""})
        return texts - {""}

    lacking = sorted(t for t in speaking("en", written) if not catalog.get(t))
    assert not lacking, lacking


def test_the_program_and_its_panels_speak_french() -> None:
    page = help_page("fr", ())
    assert "Utilisation : parting [OPTIONS] COMMANDE [ARGUMENTS]..." in " ".join(page.split())
    assert "Voyez quels clients coûtent plus qu’ils ne rapportent" in page
    for title in ("Options", "Commandes"):
        assert f"─ {title} ─" in page
    page = help_page("fr", ("import",))
    assert "─ Arguments ─" in page and "FICHIER..." in page and "[obligatoire]" in page
    assert "Exemple\u00a0: parting import toggl-2024.csv invoices.csv --format toggl" in page


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (["import"], "Missing: FILE...", "Il manque\u00a0: FICHIER..."),
        (
            ["imprt", "a.csv"],
            "There is no command imprt. Did you mean import?",
            "La commande imprt n’existe pas. Vouliez-vous dire import\u202f?",
        ),
        (
            ["import", "--formt", "toggl", "a.csv"],
            "There is no option --formt. Did you mean --format?",
            "L’option --formt n’existe pas. Vouliez-vous dire --format\u202f?",
        ),
        (
            ["import", "a.csv", "--format"],
            "--format needs a value: --format FORMAT",
            "--format attend une valeur\u00a0: --format FORMAT",
        ),
        (
            ["demo", "--clients", "many"],
            "The value of --clients cannot be read: write --clients NUMBER",
            "La valeur de --clients est illisible\u00a0: écrivez --clients NOMBRE",
        ),
        (
            ["migrate", "now", "please"],
            "Not expected here: now please",
            "En trop ici\u00a0: now please",
        ),
        (["clients"], "Missing: COMMAND", "Il manque\u00a0: COMMANDE"),
    ],
)
def test_a_mistyped_command_line_is_explained_in_the_readers_language(
    args: list[str], english: str, french: str
) -> None:
    said = {language: run(language, *args) for language in LANGUAGES}
    assert {code for code, _output in said.values()} == {2}
    assert english in said["en"][1]
    assert french in said["fr"][1]
    for language in TRANSLATED:
        output = said[language][1]
        assert english not in output and "Usage:" not in output and "Try '" not in output


def test_without_parting_lang_the_help_speaks_the_systems_language() -> None:
    runner = CliRunner(env={"PARTING_LANG": None, "LANG": "vi_VN.UTF-8", "COLUMNS": "1000"})
    done = runner.invoke(app, ["triage", "--help"])
    assert done.exit_code == 0
    assert "Cách dùng:" in done.output and "Chấm điểm mọi khách hàng" in done.output
