"""Every sentence a user reads exists in French, Vietnamese and Slovenian."""

from __future__ import annotations

import contextvars
import re
from pathlib import Path

import pytest

from parting import catalogs
from parting.i18n import _, activate

PLACEHOLDER = re.compile(r"\{[\w!:.]*\}|%\([\w.]+\)[sd]|%[sd]")


@pytest.mark.parametrize("language", catalogs.TARGET_LANGUAGES)
def test_every_string_in_the_code_is_translated(language: str) -> None:
    lacking = catalogs.missing(language)
    listing = "\n".join(f"  {m.where}: {m.id!r}" for m in lacking[:40])
    assert not lacking, f"{len(lacking)} strings lack a {language} translation:\n{listing}"


@pytest.mark.parametrize("language", catalogs.TARGET_LANGUAGES)
def test_no_translation_outlives_its_string_in_the_code(language: str) -> None:
    stale = catalogs.obsolete(language)
    listing = "\n".join(f"  {part.name}: {msgid!r}" for part, msgid in stale[:40])
    assert not stale, f"{len(stale)} unused {language} translations (run prune):\n{listing}"


@pytest.mark.parametrize("language", catalogs.TARGET_LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    catalog = catalogs.merged_catalog(language)
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = sorted(PLACEHOLDER.findall(source))
        for target in targets:
            if target and sorted(PLACEHOLDER.findall(target)) != expected:
                # Plural forms may drop the count placeholder in the singular.
                if set(PLACEHOLDER.findall(target)) <= set(expected) and isinstance(
                    message.id, tuple
                ):
                    continue
                wrong.append((source, target))
    assert not wrong, f"placeholders differ in {language}: {wrong[:10]}"


def test_template_extraction_reads_translate_and_blocktranslate(tmp_path) -> None:
    page = tmp_path / "templates" / "page.html"
    page.parent.mkdir()
    page.write_text(
        '{% translate "Portfolio" %}\n'
        "{% blocktranslate trimmed with n=count %}\n  {{ n }} clients\n"
        "  to review{% endblocktranslate %}\n"
        '{% translate "May" context "month" %}',
        encoding="utf-8",
    )
    ids = {(m.id, m.context) for m in catalogs.extract_template(page)}
    assert ids == {("Portfolio", None), ("%(n)s clients to review", None), ("May", "month")}


def test_the_core_speaks_the_chosen_language() -> None:
    catalogs.compile_catalogs()
    try:
        activate("fr")
        assert _("unknown setting {key}.") == "paramètre inconnu\u00a0: {key}."
        activate("sl")
        assert _("unknown setting {key}.") == "nastavitev {key} ne obstaja."
    finally:
        activate("en")
    assert _("unknown setting {key}.") == "unknown setting {key}."


@pytest.mark.parametrize(
    ("language", "word"), [("fr", "Erreur\u00a0:"), ("vi", "Lỗi:"), ("sl", "Napaka:")]
)
def test_a_cli_error_is_announced_in_the_chosen_language(
    language: str, word: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from parting.cli.app import run

    monkeypatch.setenv("PARTING_LANG", language)
    monkeypatch.setattr("sys.argv", ["parting", "demo", "--as-of", "2026-13-01"])
    with pytest.raises(SystemExit):
        contextvars.Context().run(run)  # a fresh process: no language chosen by earlier tests
    said = capsys.readouterr().err
    assert said.startswith(word) and "--as-of" in said
    assert not any(column in said for column in ("colonne", "cột", "stolpec"))  # an option


# French sets a space before : ; ? ! and inside « », and it must not break there: a line
# that begins with ":" or "»" reads as a typesetting error.
_BREAKABLE_BEFORE = re.compile(r"[^\S\u00a0\u202f]+[:;?!»]|«[^\S\u00a0\u202f]+")


def _french_text_matching(pattern: re.Pattern[str]) -> list[str]:
    """Every French catalog string, and every stretch of a French letter template outside
    its template tags, where ``pattern`` is found."""
    catalog = catalogs.merged_catalog("fr")
    wrong = [
        target
        for message in catalog
        if message.id
        for target in (message.string if isinstance(message.string, tuple) else (message.string,))
        if target and pattern.search(target)
    ]
    templates = Path(catalogs.PACKAGE_DIR, "playbook", "templates", "fr")
    tag = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
    for path in sorted(templates.rglob("*.txt")):
        text = tag.sub("", path.read_text(encoding="utf-8"))
        wrong += [f"{path.name}: …{m.group(0)!r}" for m in pattern.finditer(text)]
    return wrong


def test_french_punctuation_is_held_to_its_word_by_a_non_breaking_space() -> None:
    wrong = _french_text_matching(_BREAKABLE_BEFORE)
    assert not wrong, "\n".join(wrong[:20])


# An elision written with the typewriter apostrophe: "l'équipe", "qu'il", "d'{name}".
_TYPEWRITER_ELISION = re.compile(r"[^\W\d_]'(?:[^\W\d_]|\{)")


def test_french_elisions_use_the_typographic_apostrophe() -> None:
    """French strings write "l’équipe", not "l'équipe": one apostrophe throughout, in the
    catalogs and in the letters."""
    wrong = _french_text_matching(_TYPEWRITER_ELISION)
    assert not wrong, "\n".join(wrong[:20])
