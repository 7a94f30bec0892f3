"""Translation for the pure core (CLI, engine reasons, playbook labels).

The core and the web app share one gettext catalog per language
(``parting/locale/<lang>/LC_MESSAGES/django.po``), so a sentence is translated once
whether the terminal or the browser shows it. The core reads the compiled ``.mo`` with
the standard library, so it needs no Django.
"""

from __future__ import annotations

import gettext as _gettext
import os
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "fr", "vi", "sl")
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "django"

_current: ContextVar[str] = ContextVar("parting_language", default="")


@cache
def _translations(language: str) -> _gettext.NullTranslations:
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def normalise_language(code: str | None) -> str:
    """'fr-CA' -> 'fr'; anything we do not speak -> 'en'."""
    base = (code or "").replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else "en"


def current_language() -> str:
    chosen = _current.get()
    if chosen:
        return chosen
    return normalise_language(os.environ.get("PARTING_LANG") or os.environ.get("LANG"))


def activate(language: str) -> None:
    """Speak ``language`` in this context (thread/task) from now on."""
    _current.set(normalise_language(language))


def deactivate() -> None:
    """Speak the environment's language again (PARTING_LANG, then LANG), as a process does
    until something activates a language."""
    _current.set("")


def _(message: str) -> str:
    return _translations(current_language()).gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations(current_language()).ngettext(singular, plural, n)


def gettext_noop(message: str) -> str:
    """Mark a string for extraction where it is translated later (e.g. at display)."""
    return message


N_ = gettext_noop  # gettext's usual short name for it (the command line's help texts)
