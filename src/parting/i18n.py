"""Translation for the pure core (CLI, engine reasons, playbook labels).

The core and the web app share one gettext catalog per language
(``parting/locale/<lang>/LC_MESSAGES/django.po``), so a sentence is translated once
whether the terminal or the browser shows it. The core reads the compiled ``.mo`` with
the standard library, so it needs no Django.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Sequence
from contextvars import ContextVar
from decimal import Decimal
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


def gettext_in(message: str, language: str) -> str:
    """``message`` in ``language``, whatever this context speaks."""
    return _translations(normalise_language(language)).gettext(message)


def ngettext(singular: str, plural: str, n: int | Decimal | str) -> str:
    """The form of ``singular``/``plural`` that the number ``n`` asks for, as shown: an
    int, a ``Decimal`` with the digits shown ("1.5"), or the number as written in the
    reader's language ("1,5"). Chosen by the language's plural rule for that number
    (``plural_category``), not by the catalog's ``Plural-Forms`` formula, which only
    knows whole numbers: French says "1,5 heure", Slovenian "1,5 ure"."""
    language = current_language()
    return _translations(language).ngettext(singular, plural, _whole_like(n, language))


# The plural forms of each catalog in the order of its ``Plural-Forms`` (and of a
# template's ``plural`` filter), named by their CLDR category.
PLURAL_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "fr": ("one", "other"),
    "vi": ("other",),
    "sl": ("one", "two", "few", "other"),
}
# A whole number of each category, for which every catalog's Plural-Forms formula picks
# that category's form (a test holds the formulas to CLDR on whole numbers).
_WHOLE_OF = {"one": 1, "two": 2, "few": 3, "other": 5}


def plural_category(n: int | Decimal | str, language: str | None = None) -> str:
    """The CLDR plural category ("one", "two", "few", "other") of ``n`` as shown, in
    ``language`` (default: the reader's), through Babel: 1,5 is "one" in French, "few"
    in Slovenian, "other" in English; Vietnamese has only "other". A category the
    catalogs do not have (French "many", for millions) reads as "other"."""
    from babel import Locale
    from babel.numbers import parse_decimal

    code = normalise_language(language or current_language())
    number = parse_decimal(n, locale=code) if isinstance(n, str) else Decimal(n)
    category = Locale.parse(code).plural_form(abs(number))
    return category if category in PLURAL_FORMS[code] else "other"


def plural_form(n: int | Decimal | str, forms: Sequence[str], language: str | None = None) -> str:
    """The one of ``forms`` (in ``PLURAL_FORMS`` order for ``language``) that ``n`` asks
    for: ``plural_form("1,5", ["heure", "heures"], "fr") == "heure"``."""
    code = normalise_language(language or current_language())
    if len(forms) != len(PLURAL_FORMS[code]):
        raise ValueError(f"{code} has {len(PLURAL_FORMS[code])} plural forms, got {list(forms)}")
    return forms[PLURAL_FORMS[code].index(plural_category(n, code))]


def _whole_like(n: int | Decimal | str, language: str) -> int:
    """``n`` itself when whole (the catalogs' formulas agree with CLDR there), else a whole
    number of the same category."""
    if isinstance(n, int):
        return n
    return _WHOLE_OF[plural_category(n, language)]


def gettext_noop(message: str) -> str:
    """Mark a string for extraction where it is translated later (e.g. at display)."""
    return message


N_ = gettext_noop  # gettext's usual short name for it (the command line's help texts)
