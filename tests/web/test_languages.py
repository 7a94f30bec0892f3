"""Every sentence of the web app is translated into French, Vietnamese and Slovenian, and
the pages speak the chosen language, with its own numbers, money and dates."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from django.template import engines
from django.templatetags.i18n import BlockTranslateNode, TranslateNode
from django.test import Client as WebClient
from django.urls import reverse

from parting.catalogs import merged_catalog
from parting.i18n import LOCALE_DIR

WEB = Path(__file__).resolve().parents[2] / "src" / "parting" / "web"
SERVE = WEB.parent / "cli" / "serve.py"
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
PGETTEXT = {"pgettext", "pgettext_lazy"}  # (context, message)


def _template_msgids(path: Path) -> set[str]:
    template = engines["django"].from_string(path.read_text()).template
    found: set[str] = set()

    def walk(nodes: Any) -> None:
        for node in nodes:
            if isinstance(node, TranslateNode) and node.filter_expression.var.literal:
                found.add(str(node.filter_expression.var.literal))
            elif isinstance(node, BlockTranslateNode):
                found.add(node.render_token_list(node.singular)[0])
            for attr in getattr(node, "child_nodelists", ()):
                walk(getattr(node, attr, None) or [])

    walk(template.nodelist)
    return found


def _python_msgids(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in GETTEXT
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in PGETTEXT
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
        ):
            found.add(str(node.args[1].value))
    return found


def _sources() -> set[str]:
    msgids: set[str] = set()
    for template in (WEB / "templates").rglob("*.html"):
        msgids |= _template_msgids(template)
    for module in [*WEB.rglob("*.py"), SERVE]:
        if module.name != "settings.py":  # the lead's file: its labels live in core.po
            msgids |= _python_msgids(module)
    return msgids


def test_the_sources_hold_the_sentences_we_expect() -> None:
    msgids = _sources()
    assert "What if we let them go?" in msgids  # a template {% translate %}
    assert "Log out %(name)s" in msgids  # a {% blocktranslate %}
    assert "a long-standing client" in msgids  # a gettext_lazy label
    assert "Parting is running at {url} — press Ctrl+C to stop." in msgids  # the CLI


@pytest.mark.parametrize("lang", ["fr", "vi", "sl"])
def test_every_web_sentence_is_translated(lang: str) -> None:
    # The catalog Django reads: every part merged (most web sentences live in web.po).
    catalog = merged_catalog(lang)
    translated = {
        (m.id[0] if isinstance(m.id, tuple) else m.id)
        for m in catalog
        if m.id and (all(m.string) if isinstance(m.string, tuple) else m.string)
    }
    assert sorted(_sources() - translated) == []


@pytest.mark.parametrize("lang", ["fr", "vi", "sl"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "parts" / "web.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
    for m in catalog:
        if not m.id:
            continue
        source = m.id[0] if isinstance(m.id, tuple) else m.id
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for string in strings:
            assert sorted(set(placeholder.findall(string))) == sorted(
                set(placeholder.findall(source))
            ), (lang, source)


def test_portfolio_speaks_french_with_french_money(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert '<html lang="fr">' in html
    assert "Et si nous nous séparions d’eux\u202f?" in html
    assert "Se séparer maintenant" in html
    assert "30\u202f000\u00a0€" in html  # French groups with a narrow space, € after
    assert "2 mars 2026" in html


def test_a_stored_reason_is_told_again_in_the_readers_language(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    owner_client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    html = owner_client.get(reverse("client", args=["c-rude"])).content.decode()
    assert "Messages ou incidents injurieux envers l’équipe" in html
    assert "Rude &amp; Co: part_ways_now" not in html  # the English words of the run


def test_client_page_speaks_slovenian_with_its_plurals(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    owner_client.post(reverse("set_language"), {"language": "sl", "next": "/"})
    html = owner_client.get(reverse("client", args=["c-late"])).content.decode()
    assert "Dokazi, najnovejši najprej" in html
    assert "45 dni zamude" in html
    assert "Plačilno tveganje" in html


def test_vietnamese_pages_format_numbers_the_vietnamese_way(
    owner_client: WebClient, portfolio: dict[str, Any], web_catalogs: Path
) -> None:
    owner_client.post(reverse("set_language"), {"language": "vi", "next": "/"})
    html = owner_client.get(reverse("portfolio")).content.decode()
    assert "Danh mục khách hàng" in html
    assert "30.000\u00a0€" in html


def test_the_core_speaks_the_language_django_chose_for_the_request() -> None:
    from django.test import RequestFactory
    from django.utils import translation

    from parting import i18n
    from parting.web.middleware import CoreLanguageMiddleware

    heard: list[str] = []

    def view(request: Any) -> Any:
        heard.append(i18n.current_language())
        return None

    with translation.override("sl"):
        CoreLanguageMiddleware(view)(RequestFactory().get("/"))
    assert heard == ["sl"]
