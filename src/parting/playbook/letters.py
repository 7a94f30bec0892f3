"""Letters and scripts in the client's language (DOMAIN §4), from whole-text templates.

Templates live in ``templates/<lang>/``: ``<kind>/body.txt`` and ``<kind>/subject.txt``
for each letter kind, ``moves.txt`` (the reason, one macro per goodbye move) and
``common.txt`` (greeting, the documented fact, alternatives, signature). They run in a
sandboxed Jinja2 environment with ``StrictUndefined``: a value or a translation that is
missing is an error, never a blank and never an English sentence in a French letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal

from babel.lists import format_list
from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    UndefinedError,
    pass_context,
)
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from parting.config import Config
from parting.engine.results import ClientVerdict
from parting.errors import InputError, PartingError
from parting.i18n import LANGUAGES, _, plural_form
from parting.playbook.address import Address, closing, greeting, spoken, vi_pronoun
from parting.playbook.checker import LETTER_KINDS
from parting.playbook.evidence import documented_fact, payment_reminders, working_since
from parting.playbook.facts import plan_facts
from parting.playbook.moves import (
    IMMEDIATE_SIGNS,
    NO_REPAIR_SIGNS,
    move_for,
    needs_alternatives,
)
from parting.playbook.plan import in_person, schedule
from parting.playbook.records import ClientRecords, client_records
from parting.schema import Tables
from parting.words.formats import letter_day, money
from parting.words.labels import sign_label

TEMPLATES = Path(__file__).parent / "templates"
Format = Literal["txt", "html", "eml"]
FORMATS: tuple[Format, ...] = ("txt", "html", "eml")
# The goodwill gesture a parting letter may announce for the last invoice.
GOODWILL = ("cancel", "refund")
REPAIR_KINDS = ("repair", "expectations")


class MissingTemplate(PartingError):
    """A letter kind has no template in a language: a gap in the translations."""


@dataclass
class Letter:
    kind: str
    lang: str
    move: str
    sign: str | None
    subject: str
    text: str  # plain text, what the checker reads
    html: str
    to_name: str = ""
    to_email: str = ""

    format: Format = "txt"
    body: str = ""  # the letter in ``format``: the text, the HTML page or the .eml draft


@cache
def environment(html: bool, root: Path = TEMPLATES) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(root)),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["plural"] = _plural
    env.filters["counted"] = _counted
    return env


@pass_context
def _plural(context: Context, number: int | str, *forms: str) -> str:
    """``{{ n | plural("heure", "heures") }}``: the form the number as shown asks for, by
    the plural rule of the template's language (``i18n.plural_form``; the forms in its
    order). The language is the template's folder ("fr/common.txt"): macros imported
    from another template do not see the letter's own variables."""
    return plural_form(number, forms, (context.name or "").split("/")[0])


@pass_context
def _counted(context: Context, number: int | str, *forms: str) -> str:
    """``{{ hours | counted("heure", "heures") }}``: "1,5 heure", "14 heures"."""
    return f"{number} {_plural(context, number, *forms)}"


def default_kind(verdict: ClientVerdict) -> str:
    if verdict.verdict in ("part_ways", "part_ways_now"):
        return "meeting-script"
    return "repair" if verdict.verdict == "repair" else "expectations"


def letter_language(verdict: ClientVerdict, records: ClientRecords, lang: str | None) -> str:
    chosen = lang or records.client.get("language") or verdict.language or "en"
    chosen = chosen.replace("_", "-").split("-")[0].lower()
    if chosen not in LANGUAGES:
        if lang:
            raise InputError(
                _("There are no letters in the language {lang}.").format(lang=lang),
                fix=_("Choose one of: {choices}.").format(choices=", ".join(LANGUAGES)),
            )
        return "en"  # a client in a language we do not write: English, said plainly
    return chosen


def _check_kind(kind: str, sign: str | None) -> None:
    if kind not in LETTER_KINDS:
        raise InputError(
            _("There is no letter kind {kind}.").format(kind=kind),
            fix=_("Choose one of: {choices}.").format(choices=", ".join(LETTER_KINDS)),
        )
    if kind == "repair" and sign in IMMEDIATE_SIGNS:
        raise InputError(
            _("A repair letter does not fit a client whose main sign is {sign}.").format(
                sign=sign_label(sign)
            ),
            fix=_("Use --kind meeting-script or --kind confirmation: this is an immediate exit."),
        )
    if kind == "repair" and sign in NO_REPAIR_SIGNS:
        raise InputError(
            _("A repair letter does not fit a client whose industry we no longer serve."),
            fix=_("Use --kind meeting-script or --kind confirmation."),
        )


def letter_context(
    kind: str,
    verdict: ClientVerdict,
    records: ClientRecords,
    config: Config,
    lang: str,
    start: date,
    contract_notice_days: int | None = None,
    goodwill: str | None = None,
) -> dict[str, Any]:
    """Everything a template may use, already formatted for ``lang``. ``goodwill``
    (cancel or refund) announces that gesture for the last invoice, when there is one."""
    sign = verdict.main_sign.id if verdict.main_sign else None
    immediate = verdict.verdict == "part_ways_now" or sign in IMMEDIATE_SIGNS
    facts = plan_facts(verdict, records, config, start, contract_notice_days)
    dates = schedule(verdict, facts, config, start, immediate and kind not in REPAIR_KINDS)
    hours = config.settings.business.working_hours
    client = records.client["name"] or verdict.name
    address = Address.of(records.client, client)
    since = working_since(records)
    # A client of a year or more gets the expectations letter of a long relationship.
    since_year = str(since.year) if since and since <= start - timedelta(days=365) else ""
    return {
        "kind": kind,
        "in_person": in_person(verdict),  # an abusive client is told by a call, not a meeting
        "move": move_for(sign),
        "immediate": immediate,
        "client": client,
        "contact": address.name,
        "greeting": greeting(address, lang),  # "Dear Ms Greyfield,", "Madame,", …
        "spoken": spoken(address, lang),  # "Ms Greyfield" at the start of a meeting
        "closing": closing(address, lang),
        # a familiar contact's letter is written in tu / tikanje (templates/<lang>/familiar)
        "familiar": address.familiar,
        "you": vi_pronoun(address),  # how a Vietnamese letter calls the reader
        "reminders": payment_reminders(verdict),
        "since_year": since_year,
        "business": config.settings.business.name,
        "signatory": config.settings.business.signatory,
        "email": config.settings.business.email,
        "opening_hour": int(hours[0]),  # each language writes its own "9:00", "9 h", "9. ure"
        "closing_hour": int(hours[1]),
        "payment_terms": int(config.settings.business.payment_terms_days),
        "meeting_on": letter_day(dates.meeting_on, lang),
        "notice_end": letter_day(dates.notice_end, lang),
        "notice_days": (dates.notice_end - dates.meeting_on).days,
        "fact": documented_fact(verdict, records, lang, facts.currency),
        "alternatives": needs_alternatives(sign),
        # "Atelier Nord (web design) and Studio Kanto (branding)", joined as the language does
        # and with each service line as the business named it in the letter's language
        "partners": format_list(
            [f"{p.name} ({p.service_line_in(lang)})" for p in facts.partners], locale=lang
        )
        if facts.partners
        else "",
        "partner_count": len(facts.partners),
        "undelivered": [u.name for u in facts.undelivered],
        "goodwill": {
            "kind": goodwill,
            "invoice": facts.goodwill_invoice,
            "amount": money(facts.goodwill_amount, facts.currency, lang, decimals=2),
        }
        if goodwill and facts.goodwill_invoice and kind not in REPAIR_KINDS
        else None,
    }


def _template(
    env: SandboxedEnvironment, lang: str, kind: str, part: str, familiar: bool = False
) -> Any:
    """The template of one part of a letter; for a familiar contact, the language's
    familiar variant (tu, tikanje) where it has one: English and Vietnamese need none,
    their familiar forms come from the greeting, the closing and the reader's pronoun."""
    name = f"{lang}/{kind}/{part}.txt"
    if familiar:
        try:
            return env.get_template(f"{lang}/familiar/{kind}/{part}.txt")
        except TemplateNotFound:
            pass
    try:
        return env.get_template(name)
    except TemplateNotFound:
        raise MissingTemplate(
            _("The {kind} letter has no {lang} template ({name}).").format(
                kind=kind, lang=lang, name=name
            )
        ) from None


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _html(lang: str, subject: str, body: Markup) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", str(body).strip()) if p.strip()]
    inner = "\n".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)
    title = Markup.escape(subject)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body>\n{inner}\n</body>\n</html>\n"
    )


def compose(
    kind: str, lang: str, context: dict[str, Any], root: Path = TEMPLATES
) -> tuple[str, str, str]:
    """Subject, plain text and HTML of one letter from its context."""
    values = {**context, "lang": lang}
    text_env, html_env = environment(False, root), environment(True, root)
    try:
        familiar = bool(context.get("familiar"))
        subject = _template(text_env, lang, kind, "subject", familiar).render(values)
        subject = " ".join(subject.split())
        text = _tidy(_template(text_env, lang, kind, "body", familiar).render(values))
        # The HTML is rendered from the same template with autoescaping: data from the
        # client's records (names, projects) cannot inject markup.
        body = _template(html_env, lang, kind, "body", familiar).render(values)
        body = Markup(_tidy(body))
    except (TemplateNotFound, UndefinedError) as error:  # an import or a macro is missing
        raise MissingTemplate(
            _("The {kind} letter in {lang} is incomplete: {detail}.").format(
                kind=kind, lang=lang, detail=error
            )
        ) from None
    return subject, text, _html(lang, subject, body)


def render_letter(
    kind: str | None,
    verdict: ClientVerdict,
    tables: Tables,
    config: Config,
    lang: str | None = None,
    fmt: Format = "txt",
    *,
    start: date | None = None,
    contract_notice_days: int | None = None,
    goodwill: str | None = None,
) -> Letter:
    """The letter ``kind`` (default: from the verdict) for the client of ``verdict``, in
    ``lang`` (default: the client's language), dated from ``start`` (default: today);
    ``body`` holds it as ``fmt``: plain text, an HTML page or an unsent ``.eml`` draft.
    ``goodwill`` ("cancel" or "refund") announces that gesture for the last invoice.

    >>> letter = render_letter("confirmation", verdict, tables, Config(), "fr")  # doctest: +SKIP
    >>> letter.subject, letter.body  # doctest: +SKIP
    """
    if fmt not in FORMATS:
        raise InputError(
            _("There is no letter format {format}.").format(format=fmt),
            fix=_("Choose one of: {choices}.").format(choices=", ".join(FORMATS)),
        )
    records = client_records(tables, verdict.client_id)
    sign = verdict.main_sign.id if verdict.main_sign else None
    kind = kind or default_kind(verdict)
    _check_kind(kind, sign)
    lang = letter_language(verdict, records, lang)
    if goodwill is not None and goodwill not in GOODWILL:
        raise InputError(
            _("There is no goodwill gesture {gesture}.").format(gesture=goodwill),
            fix=_("Choose one of: {choices}.").format(choices=", ".join(GOODWILL)),
        )
    context = letter_context(
        kind,
        verdict,
        records,
        config,
        lang,
        start or date.today(),
        contract_notice_days,
        goodwill,
    )
    subject, text, html = compose(kind, lang, context)
    letter = Letter(
        kind=kind,
        lang=lang,
        move=context["move"],
        sign=sign,
        subject=subject,
        text=text,
        html=html,
        to_name=context["contact"] or context["client"],
        to_email=records.client.get("email") or "",
        format=fmt,
        body=html if fmt == "html" else text,
    )
    if fmt == "eml":
        from parting.playbook.mail import draft_email

        letter.body = draft_email(letter, config).decode("ascii")
    return letter


def prospect_letter(
    name: str,
    config: Config,
    lang: str = "en",
    fmt: Format = "txt",
    *,
    contact: str = "",
    salutation: str = "",
    formality: str = "",
    start: date | None = None,
) -> Letter:
    """The expectations letter for a prospect, before any of their data is imported: how
    the work will run, addressed to ``contact`` (with ``salutation`` and ``formality``,
    as ``parting clients set`` takes them) at the company ``name``."""
    import pyarrow as pa

    from parting.engine.results import ClientVerdict

    if not name.strip():
        raise InputError(_("A prospect needs a name."), fix=_("Give the company's name."))
    row = {
        "client_id": "prospect",
        "name": name.strip(),
        "contact_name": contact.strip(),
        "contact_salutation": salutation,
        "contact_formality": formality,
        "language": lang,
    }
    tables = {"clients": pa.Table.from_pylist([row])}
    verdict = ClientVerdict("prospect", name.strip(), "keep", 0, "", language=lang)
    return render_letter("expectations", verdict, tables, config, lang, fmt, start=start)
