"""The command line's help and usage errors, in the language of the person typing.

Every help text, metavar and example is written in English in the command modules and
marked with ``N_`` (extracted into the catalogs); the classes below keep them as written
and translate them each time they are read, in the language ``parting.i18n`` speaks
then. They also name each value in words (``FILE...``, ``DAY``) instead of Typer's
Python types (``<list[Path]>``, ``<str>``), show no type beside a flag, and say Typer's
own fixed words (``Usage:``, the panel titles, the usage errors) in the reader's language.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Any, TypeVar

import typer
from typer import _click
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer._click.utils import format_filename
from typer._coercion import (
    RuntimeParam,
    TypeDescriptor,
    build_runtime_param,
    resolve_type_descriptor,
)
from typer._param_types import path_type_name
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.exceptions import Abort

from parting.i18n import N_, _

Function = TypeVar("Function", bound=Callable[..., Any])

# Typer's own words, named here so that the catalogs carry them (``check`` would call
# their translations unused otherwise).
USAGE = N_("Usage:")
OPTIONS = N_("[OPTIONS]")
COMMAND = N_("COMMAND")
COMMAND_AND_ARGUMENTS = N_("COMMAND [ARGS]...")
VALUE = N_("VALUE")
SHOW_HELP = N_("Show this message and exit.")
EXAMPLE = N_("Example: {command}")


class _InReadersLanguage:
    """An attribute of a Click object kept as the code wrote it (English, marked ``N_``)
    and read in the language ``parting.i18n`` speaks when it is read: a help page is
    drawn in the language of the moment, whoever built the objects and when."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        written = obj.__dict__.get(self.name)
        return _(written) if written else written

    def __set__(self, obj: object, value: str | None) -> None:
        obj.__dict__[self.name] = value


class _Example(_InReadersLanguage):
    """A command's example command line, read as "Example: parting …"."""

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        written = obj.__dict__.get(self.name)
        return _(EXAMPLE).format(command=_(written)) if written else written


def _speak_rich_words() -> None:
    """Set Typer's Rich renderer's fixed words (module settings it reads when it draws a
    help page or an error) in the current language. Imported here, not at start-up: a
    command that shows neither costs nothing."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = _("Arguments")
    rich_utils.OPTIONS_PANEL_TITLE = _("Options")
    rich_utils.COMMANDS_PANEL_TITLE = _("Commands")
    rich_utils.ERRORS_PANEL_TITLE = _("Error")
    rich_utils.ABORTED_TEXT = _("Stopped.")
    rich_utils.DEFAULT_STRING = _("[default: {}]")
    rich_utils.REQUIRED_LONG_STRING = _("[required]")
    # Rich markup: the brackets around the command are a colour, not text.
    rich_utils.RICH_HELP = _("For help: [blue]{command_path} {help_option}[/]")


@dataclass(frozen=True)
class _Text(RuntimeParam):
    """A value typed as text, kept as typed: what Typer's own coercion gives a ``str``
    parameter, without building a Pydantic adapter for it (that, with Pydantic's import,
    cost about a tenth of a second before a command's work began). Anything but text
    (a default of another type) goes to Typer's coercion."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        if isinstance(value, str):
            return value
        return _typers(self)._coerce_value(value, param=param, ctx=ctx)


@dataclass(frozen=True)
class _Flag(RuntimeParam):
    """A flag: Typer hands it in as True, False or nothing (None, kept as such); a value
    typed for it goes to Typer's coercion."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        if isinstance(value, bool):
            return value
        return _typers(self)._coerce_value(value, param=param, ctx=ctx)


@dataclass(frozen=True)
class _FilePath(RuntimeParam):
    """A file or folder name as a ``Path`` (Pydantic makes one of text as ``Path(text)``),
    checked as the option asks (exists, a file, a folder, readable, …) as Typer checks it,
    naming the value as typed in Typer's words (``typer._param_types.coerce_cli_path``);
    anything else, or an option that resolves links or takes "-", goes to Typer."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        info = self.parameter_info
        if not isinstance(value, str | Path) or info.resolve_path or info.allow_dash:
            return _typers(self)._coerce_value(value, param=param, ctx=ctx)
        path = Path(value)
        label = path_type_name(info)
        try:
            found = os.stat(path)
        except OSError:
            if not info.exists:
                return path
            missing = f"{label} {format_filename(value)!r} does not exist."
            raise BadParameter(missing, ctx=ctx, param=param) from None
        shown = repr(format_filename(value))
        problem: str | None = None
        if not info.file_okay and stat.S_ISREG(found.st_mode):
            problem = f"{label} {shown} is a file."
        elif not info.dir_okay and stat.S_ISDIR(found.st_mode):
            problem = f"{label} {shown} is a directory."
        elif info.readable and not os.access(path, os.R_OK):
            problem = f"{label} {shown} is not readable."
        elif info.writable and not os.access(path, os.W_OK):
            problem = f"{label} {shown} is not writable."
        if problem is not None:
            raise BadParameter(problem, ctx=ctx, param=param)
        return path


def _typers(thin: RuntimeParam) -> RuntimeParam:
    return build_runtime_param(resolve_type_descriptor(thin.annotation, thin.parameter_info))


def _thin(descriptor: TypeDescriptor) -> RuntimeParam | None:
    """The coercion of a text, flag or path parameter, when it needs nothing but the value
    itself (no parser of its own, no file to open, no choices); None for any other, which
    keeps Typer's."""
    info = descriptor.parameter_info
    if info.parser is not None or descriptor.file_annotation is not None:
        return None
    if descriptor.is_choice:
        return None
    if descriptor.annotation is str:
        return _Text(annotation=str, parameter_info=info)
    if descriptor.annotation is bool:
        return _Flag(annotation=bool, parameter_info=info)
    if descriptor.annotation is Path and info.path_type is None:
        return _FilePath(annotation=Path, parameter_info=info)
    return None


class _NamedArgument(TyperArgument):
    """An argument shown by its name in words (its metavar), never by its Python type."""

    help = _InReadersLanguage()
    metavar = _InReadersLanguage()

    def get_runtime_param(self) -> RuntimeParam:
        return _coercion(self)

    def display_type_rich(self, ctx: _click.Context) -> str | None:
        return None

    def get_usage_pieces(self, ctx: _click.Context) -> list[str]:
        named = _named(self)
        return [named if self.required else f"[{named}]"]


class _NamedOption(TyperOption):
    """An option shown with the name in words of the value it takes; a flag takes none."""

    help = _InReadersLanguage()
    metavar = _InReadersLanguage()

    def get_runtime_param(self) -> RuntimeParam:
        return _coercion(self)

    def display_type_rich(self, ctx: _click.Context) -> str | None:
        return None if self.is_flag else _named(self)


def _coercion(param: TyperArgument | TyperOption) -> RuntimeParam:
    """A parameter's coercion: without Pydantic for text and paths (``_thin``), else
    Typer's own, each built when first needed."""
    if param._runtime_param is None:
        param._runtime_param = _thin(param.type_descriptor)
    if param._runtime_param is None:
        param._runtime_param = build_runtime_param(param.type_descriptor)
    return param._runtime_param


def _named(param: _click.Parameter) -> str:
    """The words that stand for a parameter's value: its metavar, with ``...`` when it
    takes several."""
    named = param.metavar or _(VALUE)
    return named if param.nargs == 1 or named.endswith("...") else f"{named}..."


def _shown_by_name(params: Sequence[_click.Parameter]) -> None:
    """Typer makes its parameters itself, of its own classes: narrow them to the
    subclasses above, which only change how a parameter is shown and in which language."""
    for param in params:
        if isinstance(param, TyperArgument):
            param.__class__ = _NamedArgument
        elif isinstance(param, TyperOption):
            param.__class__ = _NamedOption


class _Spoken:
    """What a command and a group share: their words in the reader's language, the usage
    line, and usage errors said in words."""

    help = _InReadersLanguage()
    options_metavar = _InReadersLanguage()
    params: list[_click.Parameter]

    def get_help_option(self, ctx: _click.Context) -> TyperOption | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None and not isinstance(option, _NamedOption):
            option.__class__ = _NamedOption
            option.help = SHOW_HELP
        return option  # type: ignore[no-any-return]

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_(USAGE) + " ")

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _speak_rich_words()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: _click.Context | None = None,
        **extra: Any,
    ) -> _click.Context:
        with _errors_in_words(self.params):
            return super().make_context(info_name, args, parent, **extra)  # type: ignore[misc,no-any-return]


class Command(_Spoken, TyperCommand):
    """A command whose help, example and parameters speak the reader's language. Its
    ``epilog`` is the example command line, shown after "Example:"."""

    epilog = _Example()

    def __init__(self, name: str | None, **attrs: Any) -> None:
        super().__init__(name, **attrs)
        _shown_by_name(self.params)


class Group(_Spoken, TyperGroup):
    """A group of commands (the program, or ``parting clients``…) in the reader's language."""

    subcommand_metavar = _InReadersLanguage()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**{**attrs, "subcommand_metavar": COMMAND_AND_ARGUMENTS})
        _shown_by_name(self.params)

    def invoke(self, ctx: _click.Context) -> Any:
        with _errors_in_words(self.params):
            return super().invoke(ctx)

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        if args and self.get_command(ctx, args[0]) is None and not args[0].startswith("-"):
            text = _("There is no command {name}.").format(name=args[0])
            close = get_close_matches(args[0], list(self.commands))
            if close:
                text += " " + _("Did you mean {names}?").format(names=", ".join(close))
            _speak_rich_words()
            raise _InWords(text, ctx)
        return super().resolve_command(ctx, args)


class Commands(typer.Typer):
    """A Typer application whose commands and groups speak the reader's language: give
    each command its ``help`` (marked ``N_``) and an ``example`` command line."""

    def __init__(self, *, help: str, **attrs: Any) -> None:
        super().__init__(cls=Group, help=help, **attrs)

    def command(  # type: ignore[override]
        self, name: str, *, help: str, example: str, **attrs: Any
    ) -> Callable[[Function], Function]:
        return super().command(name, cls=Command, help=help, epilog=example, **attrs)


class _InWords(UsageError):
    """A usage error already said in the reader's language."""


_EXTRA = re.compile(r"^Got unexpected extra argument\(s\) \((?P<words>.*)\)$")


@contextmanager
def _errors_in_words(params: Sequence[_click.Parameter]) -> Iterator[None]:
    """Say Typer's usage errors (which it writes in English) about a command of these
    ``params`` in the reader's language; a message this does not know stays as Typer
    wrote it."""
    try:
        yield
    except (Abort, EOFError):  # a prompt left with Ctrl+D: "Stopped." in their words
        _speak_rich_words()
        raise
    except UsageError as error:
        _speak_rich_words()
        if isinstance(error, _InWords | NoArgsIsHelpError):
            raise
        text = _in_words(error, params)
        if text is None:
            raise
        raise _InWords(text, error.ctx) from None


def _in_words(error: UsageError, params: Sequence[_click.Parameter]) -> str | None:
    if isinstance(error, MissingParameter) and error.param is not None:
        return _("Missing: {name}").format(name=_shown(error.param))
    if isinstance(error, NoSuchOption):
        text = _("There is no option {name}.").format(name=error.option_name)
        if error.possibilities:
            names = ", ".join(sorted(error.possibilities))
            text += " " + _("Did you mean {names}?").format(names=names)
        return text
    if isinstance(error, BadOptionUsage):
        option = _option_named(params, error.option_name)
        if option is None:
            return None
        if option.is_flag:
            return _("{option} takes no value.").format(option=error.option_name)
        return _("{option} needs a value: {option} {value}").format(
            option=error.option_name, value=_named(option)
        )
    if isinstance(error, BadParameter) and error.param is not None:
        if isinstance(error.param, TyperOption):
            return _("The value of {option} cannot be read: write {option} {value}").format(
                option=_shown(error.param), value=_named(error.param)
            )
        return _("{name} cannot be read.").format(name=_shown(error.param))
    extra = _EXTRA.match(error.message)
    if extra:
        return _("Not expected here: {words}").format(words=extra.group("words"))
    if error.message == "Missing command.":
        return _("Missing: {name}").format(name=_(COMMAND))
    return None


def _shown(param: _click.Parameter) -> str:
    """A parameter as the person types it: an option by its name, an argument by the
    words that stand for it."""
    if isinstance(param, TyperOption):
        return max(param.opts, key=len)
    return _named(param)


def _option_named(params: Sequence[_click.Parameter], name: str) -> TyperOption | None:
    for param in params:
        if isinstance(param, TyperOption) and name in param.opts:
            return param
    return None
