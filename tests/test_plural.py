"""A unit word after a count or a figure takes the form the number as shown asks for, by
the language's plural rule (CLDR, through Babel): "1,5 heure" in French, "1,5 ure" in
Slovenian, "1.5 hours" in English; Vietnamese has one form.

One function decides (``parting.i18n.plural_category``): the catalogs' ``ngettext`` (the
command line, the engine's reasons) and the letters' ``plural`` and ``counted`` filters
both ask it.
"""

from __future__ import annotations

import gettext
import re
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from parting.i18n import PLURAL_FORMS, activate, deactivate, ngettext, plural_category, plural_form
from parting.playbook.evidence import Fact
from parting.playbook.letters import TEMPLATES, environment

LOCALE = Path(__file__).parents[1] / "src" / "parting" / "locale"


@pytest.mark.parametrize(
    ("language", "shown", "category"),
    [
        ("fr", "0", "one"),
        ("fr", "1", "one"),
        ("fr", "1,5", "one"),  # French: singular below 2
        ("fr", "2", "other"),
        ("fr", "1\u202f000\u202f000", "other"),  # CLDR's "many" (un million de): no form of its own
        ("sl", "1", "one"),
        ("sl", "101", "one"),
        ("sl", "2", "two"),
        ("sl", "102", "two"),
        ("sl", "3", "few"),
        ("sl", "4", "few"),
        ("sl", "1,5", "few"),  # Slovenian decimals
        ("sl", "5", "other"),
        ("sl", "11", "other"),
        ("en", "1", "one"),
        ("en", "1.5", "other"),
        ("en", "0", "other"),
        ("vi", "1", "other"),
        ("vi", "1,5", "other"),
    ],
)
def test_the_category_is_the_languages_rule_for_the_number_as_shown(
    language: str, shown: str, category: str
) -> None:
    assert plural_category(shown, language) == category


def test_a_number_is_read_with_the_digits_it_shows() -> None:
    """ "1.0" shows a decimal: English says "1.0 hours"; a whole 1 says "1 hour"."""
    assert plural_category(Decimal("1.0"), "en") == "other"
    assert plural_category(1, "en") == plural_category(Decimal("1"), "en") == "one"


@pytest.mark.parametrize("language", ["fr", "vi", "sl"])
def test_the_catalogs_plural_formula_agrees_with_cldr_on_whole_numbers(language: str) -> None:
    """Whole numbers go to gettext (and Django's ``blocktranslate count``) as they are:
    the catalogs' ``Plural-Forms`` formula must pick the form CLDR names for each."""
    with (LOCALE / language / "LC_MESSAGES" / "parts" / "core.po").open("rb") as handle:
        header = read_po(handle).plural_forms
    formula = gettext.c2py(re.search(r"plural=(.*?);?$", header).group(1))
    for n in range(0, 1001):
        assert PLURAL_FORMS[language][formula(n)] == plural_category(n, language), n


def test_ngettext_takes_a_figure_as_shown() -> None:
    activate("fr")
    try:
        assert ngettext("{days} day", "{days} days", "1,5") == "{days} jour"
        assert ngettext("{days} day", "{days} days", "2,5") == "{days} jours"
        assert ngettext("{days} day", "{days} days", 1) == "{days} jour"
    finally:
        deactivate()


def test_the_forms_must_be_as_many_as_the_language_has() -> None:
    assert plural_form("3", ["uro", "uri", "ure", "ur"], "sl") == "ure"
    with pytest.raises(ValueError, match="sl has 4 plural forms"):
        plural_form("3", ["ura", "ure"], "sl")


def over_budget(template: str, hours: str) -> str:
    module = environment(False).get_template(f"{template}/common.txt").module
    return " ".join(str(module.fact_sentence(Fact("over_budget", {"hours": hours}))).split())


@pytest.mark.parametrize(
    ("template", "hours", "words"),
    [
        ("fr", "1,5", "dépassé de 1,5 heure le budget"),
        ("fr", "1", "dépassé de 1 heure le budget"),
        ("fr", "2", "dépassé de 2 heures le budget"),
        ("fr/familiar", "1,5", "dépassé de 1,5 heure le budget"),
        ("en", "1", "run 1 hour beyond"),
        ("en", "1.5", "run 1.5 hours beyond"),
        ("sl", "1", "preseglo za 1 uro."),
        ("sl", "2", "preseglo za 2 uri."),
        ("sl", "1,5", "preseglo za 1,5 ure."),
        ("sl", "14", "preseglo za 14 ur."),
        ("sl", "102", "preseglo za 102 uri."),
        ("sl/familiar", "3", "preseglo za 3 ure."),
        ("vi", "1,5", "vượt 1,5 giờ so với"),
    ],
)
def test_a_letter_says_the_hours_in_the_form_the_number_asks_for(
    template: str, hours: str, words: str
) -> None:
    assert words in over_budget(template, hours)


def test_every_plural_in_the_letters_gives_as_many_forms_as_its_language_has() -> None:
    uses = 0
    for path in TEMPLATES.rglob("*.txt"):
        language = path.relative_to(TEMPLATES).parts[0]
        for call in re.finditer(r"\|\s*(?:plural|counted)\(([^)]*)\)", path.read_text("utf-8")):
            forms = re.findall(r"'[^']*'|\"[^\"]*\"", call.group(1))
            assert len(forms) == len(PLURAL_FORMS[language]), (path, call.group(0))
            uses += 1
    assert uses >= 20
