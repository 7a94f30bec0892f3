"""Letters and scripts: every sign in every language and kind passes the checker; letters
are personalised, formatted for the locale, escaped in HTML, and never fall back to English."""

from __future__ import annotations

import email
import re
import shutil
from datetime import date
from email.message import EmailMessage
from email.policy import default
from functools import cache
from pathlib import Path

import pytest
from icalendar import Calendar
from jinja2.sandbox import SandboxedEnvironment

from parting.config import Config
from parting.engine.results import Evidence, Sign, SignId
from parting.engine.signs import SIGN_IDS
from parting.errors import InputError
from parting.i18n import activate
from parting.playbook.checker import LETTER_KINDS, PARTING_KINDS, check_letter
from parting.playbook.ics import plan_calendar
from parting.playbook.letters import (
    TEMPLATES,
    MissingTemplate,
    compose,
    environment,
    letter_context,
    render_letter,
)
from parting.playbook.mail import draft_email
from parting.playbook.moves import IMMEDIATE_SIGNS, NO_REPAIR_SIGNS
from parting.playbook.plan import build_plan
from parting.playbook.records import client_records
from parting.schema import Tables
from parting.words.formats import letter_day

from .conftest import START, client_row, sample_tables, verdict

LANGS = ("en", "fr", "vi", "sl")

# What the evidence of each sign holds in the rich portfolio: enough for a documented fact.
FIGURES: dict[str, dict[str, float]] = {
    "boundaries": {"after_hours_share": 0.42},
    "payment_risk": {"invoices_late": 3, "invoices_due": 5},
    "complainer": {"complaints": 7},
    "unpleasable": {"complaints": 4},
}


@cache
def rich_tables() -> Tables:
    return sample_tables(
        incidents=[
            {"incident_id": "a1", "client_id": "c1", "date": date(2026, 2, 10), "kind": "abuse"},
            {"incident_id": "e1", "client_id": "c1", "date": date(2026, 2, 11), "kind": "ethics"},
        ]
    )


@cache
def bare_tables() -> Tables:
    """A client known by name only: no contact, no projects, no invoices, no hours."""
    row = {"client_id": "c1", "name": "Lumen Bakery", "language": "en"}
    return sample_tables(clients=[row], projects=[], invoices=[], payments=[], time_entries=[])


def verdict_for(sign: SignId, kind: str) -> object:
    if kind == "repair":
        return verdict(sign, "repair", figures=FIGURES.get(sign))
    if sign in IMMEDIATE_SIGNS:
        return verdict(sign, "part_ways_now", "immediate")
    return verdict(sign, "part_ways", figures=FIGURES.get(sign))


@cache
def owing_work_tables() -> Tables:
    """Rich, plus a fixed-fee project paid for but not delivered, which ends after the
    usual notice (so the notice runs to its end)."""
    rich = rich_tables()
    project = {
        "project_id": "p2",
        "client_id": "c1",
        "name": "Brand book",
        "fixed_fee": 3000.0,
        "service_line": "branding",
        "started_on": date(2026, 1, 10),
        "ended_on": date(2026, 5, 15),
    }
    invoice = {
        "invoice_id": "i4",
        "client_id": "c1",
        "issued_on": date(2026, 1, 15),
        "due_on": date(2026, 2, 15),
        "amount": 3000.0,
        "status": "paid",
    }
    return sample_tables(
        projects=[*rich["projects"].to_pylist(), project],
        invoices=[*rich["invoices"].to_pylist(), invoice],
        incidents=rich["incidents"].to_pylist(),
    )


@cache
def familiar_tables() -> Tables:
    """Rich, with a contact on first-name terms (tu, tikanje, em)."""
    rich = rich_tables()
    contact = client_row(contact_salutation="ms", contact_formality="familiar")
    return sample_tables(clients=[contact], incidents=rich["incidents"].to_pylist())


DATA = {
    "rich": rich_tables,
    "bare": bare_tables,
    "owing_work": owing_work_tables,
    "familiar": familiar_tables,
}


@pytest.mark.parametrize("data", list(DATA))
@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("sign", SIGN_IDS)
def test_every_generated_letter_passes_the_checker(
    sign: SignId, lang: str, kind: str, data: str, config: Config
) -> None:
    tables = DATA[data]()
    if kind == "repair" and sign in NO_REPAIR_SIGNS:
        with pytest.raises(InputError):
            render_letter(kind, verdict_for(sign, kind), tables, config, lang, start=START)  # type: ignore[arg-type]
        return
    letter = render_letter(kind, verdict_for(sign, kind), tables, config, lang, start=START)  # type: ignore[arg-type]
    assert letter.lang == lang and letter.subject
    findings = check_letter(letter.text, lang, sign=sign, kind=kind, config=config)
    assert findings == [], letter.text


def _templates(root: Path) -> list[Path]:
    found = (p.relative_to(root) for p in root.rglob("*.txt"))
    return sorted(p for p in found if "familiar" not in p.parts)


def test_each_language_has_every_template_english_has() -> None:
    english = _templates(TEMPLATES / "en")
    for lang in LANGS:
        assert _templates(TEMPLATES / lang) == english, lang
    # French and Slovenian have a second set for a contact addressed as tu / ti
    for lang in ("fr", "sl"):
        assert _templates(TEMPLATES / lang / "familiar") == english, lang


# The familiar letter's body speaks to the reader as tu / ti / em throughout: none of the
# polite forms is left, and the familiar ones are there.
POLITE = {
    "fr": r"\b(?:vous|votre|vos|vôtre)\b",
    "sl": r"\b(?:Vi|Vas|Vam|Vami|Vaš\w*|ste|boste)\b",
    "vi": r"\b(?:Quý|Anh|Chị|Ông|Bà)\b",
}
FAMILIAR = {
    "fr": r"\b(?:tu|te|t'|toi|ton|ta|tes)\b",
    "sl": r"\b(?:ti|te|tebi|tvoj\w*|zate|s\s+tabo)\b",
    "vi": r"\bem\b",
}


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", ["fr", "sl", "vi"])
@pytest.mark.parametrize("sign", ["drain", "payment_risk", "abuse", "off_mission"])
def test_a_familiar_contact_is_addressed_familiarly_all_through_the_letter(
    sign: SignId, lang: str, kind: str, config: Config
) -> None:
    if kind == "repair" and sign in NO_REPAIR_SIGNS:
        return
    letter = render_letter(
        kind,
        verdict_for(sign, kind),
        familiar_tables(),
        config,
        lang,
        start=START,  # type: ignore[arg-type]
    )
    body = letter.text.split("\n", 1)[1] if kind != "meeting-script" else letter.text
    body = body.replace(config.settings.business.name, "")
    assert not re.search(POLITE[lang], body), letter.text
    assert re.search(FAMILIAR[lang], body, re.IGNORECASE), letter.text


def test_an_english_familiar_letter_differs_only_in_greeting_and_closing(config: Config) -> None:
    formal = render_letter("confirmation", verdict(), rich_tables(), config, "en", start=START)
    familiar = render_letter(
        "confirmation", verdict(), familiar_tables(), config, "en", start=START
    )
    assert familiar.text.startswith("Dear Ana,\n") and "Best wishes," in familiar.text
    lines = {"Dear Ana,", "Dear Ana Kovač,", "Best wishes,", "Kind regards,"}
    assert [line for line in familiar.text.splitlines() if line not in lines] == [
        line for line in formal.text.splitlines() if line not in lines
    ]


def test_a_missing_translation_is_an_error_never_an_english_fallback(
    tmp_path: Path, config: Config
) -> None:
    shutil.copytree(TEMPLATES / "en", tmp_path / "en")
    shutil.copytree(TEMPLATES / "fr", tmp_path / "fr")
    (tmp_path / "fr" / "confirmation" / "body.txt").unlink()
    tables = rich_tables()
    context = letter_context(
        "confirmation", verdict(), client_records(tables, "c1"), config, "fr", START
    )
    with pytest.raises(MissingTemplate, match="fr"):
        compose("confirmation", "fr", context, root=tmp_path)
    (tmp_path / "fr" / "moves.txt").write_text("{# the moves are not translated yet #}")
    with pytest.raises(MissingTemplate):
        compose("meeting-script", "fr", context, root=tmp_path)


def test_templates_run_sandboxed_and_strict() -> None:
    env = environment(True)
    assert isinstance(env, SandboxedEnvironment) and env.autoescape
    assert not environment(False).autoescape


def test_the_letter_is_in_the_clients_language_by_default(config: Config) -> None:
    tables = sample_tables(clients=[client_row(language="fr")])
    letter = render_letter(None, verdict(), tables, config, start=START)
    assert letter.lang == "fr" and letter.kind == "meeting-script"
    assert "vous" in letter.text and "6 avril 2026" in letter.text


def test_a_client_in_another_language_gets_english_but_a_wrong_choice_is_an_error(
    config: Config,
) -> None:
    tables = sample_tables(clients=[client_row(language="de")])
    assert render_letter(None, verdict(), tables, config, start=START).lang == "en"
    with pytest.raises(InputError, match="de"):
        render_letter(None, verdict(), tables, config, "de", start=START)


def test_the_repair_verdict_gets_a_repair_letter_and_abuse_cannot(config: Config) -> None:
    letter = render_letter(None, verdict(kind="repair"), rich_tables(), config, start=START)
    assert letter.kind == "repair" and "How changes are handled" in letter.text
    with pytest.raises(InputError, match="repair"):
        render_letter(
            "repair", verdict("abuse", "part_ways_now"), rich_tables(), config, start=START
        )


@pytest.mark.parametrize(("lang", "label"), [("en", "Abusive to staff"), ("fr", "Abusif")])
def test_refusing_a_repair_letter_names_the_sign_in_the_readers_words(
    config: Config, lang: str, label: str
) -> None:
    activate(lang)
    try:
        with pytest.raises(InputError) as refused:
            render_letter(
                "repair", verdict("abuse", "part_ways_now"), rich_tables(), config, start=START
            )
    finally:
        activate("en")
    assert label in str(refused.value) and " abuse." not in str(refused.value)


def test_letters_are_personalised_with_names_a_fact_and_partners(config: Config) -> None:
    drain = verdict(figures={"rework_share": 0.25})  # the figure the client page shows
    letter = render_letter("confirmation", drain, rich_tables(), config, "en", start=START)
    assert letter.text.startswith("Dear Ana Kovač,")
    assert "25% of the hours" in letter.text
    assert "Atelier Nord" in letter.text and "Maja Novak" in letter.text
    assert "April 6, 2026" in letter.text and "30 days" in letter.text


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "web design"), ("fr", "création de sites web"), ("sl", "izdelava spletnih strani")],
)
def test_a_partner_is_offered_with_the_service_line_in_the_letters_language(
    config: Config, lang: str, line: str
) -> None:
    partner = {"service_line": "web design", "name": "Atelier Nord"}
    named = Config().merged(
        {
            "business": {
                "referral_partners": [
                    partner
                    | {
                        "service_line_names": {
                            "fr": "création de sites web",
                            "sl": "izdelava spletnih strani",
                        }
                    }
                ]
            }
        }
    )
    drain = verdict(figures={"rework_share": 0.25})
    letter = render_letter("confirmation", drain, rich_tables(), named, lang, start=START)
    assert f"Atelier Nord ({line})" in letter.text


@pytest.mark.parametrize(
    ("figures", "lang", "expected"),
    [
        (
            {"invoices_late": 3, "invoices_due": 5},
            "en",
            "Of the last 5 invoices, 3 were paid after",
        ),
        (
            {"invoices_late": 4, "invoices_due": 4},
            "en",
            "Each of the last 4 invoices was paid after",
        ),
        # The number agrees with its verb, as a native writer would write it.
        ({"invoices_late": 1, "invoices_due": 5}, "en", "Of the last 5 invoices, one was paid"),
        ({"invoices_late": 1, "invoices_due": 5}, "fr", "une a été réglée après son échéance"),
        ({"invoices_late": 3, "invoices_due": 5}, "fr", "3 ont été réglées après leur échéance"),
        ({"invoices_late": 1, "invoices_due": 5}, "sl", "je bil po roku zapadlosti plačan 1."),
        ({"invoices_late": 2, "invoices_due": 5}, "sl", "sta bila po roku zapadlosti plačana 2."),
        ({"invoices_late": 3, "invoices_due": 5}, "sl", "so bili po roku zapadlosti plačani 3."),
        ({"invoices_late": 5, "invoices_due": 9}, "sl", "je bilo po roku zapadlosti plačanih 5."),
    ],
)
def test_a_payment_letter_cites_the_late_invoices(
    figures: dict[str, float], lang: str, expected: str, config: Config
) -> None:
    late = verdict("payment_risk", figures=figures)
    assert (
        expected
        in render_letter("meeting-script", late, bare_tables(), config, lang, start=START).text
    )


@pytest.mark.parametrize(
    ("count", "lang", "expected"),
    [
        (1, "en", "Once in recent months, our work has not met"),
        (3, "en", "On 3 occasions in recent months"),
        (1, "fr", "À une reprise ces derniers mois"),
        (3, "fr", "À 3 reprises ces derniers mois"),
    ],
)
def test_a_single_complaint_is_said_in_the_singular(
    count: int, lang: str, expected: str, config: Config
) -> None:
    complained = verdict("complainer", figures={"complaints": count})
    text = render_letter("meeting-script", complained, bare_tables(), config, lang, start=START)
    assert expected in text.text


def test_a_letter_cites_the_engines_figures_never_a_recount_of_the_records(
    config: Config,
) -> None:
    # Paid 0, 9 and 20 days after the due date: counted again from the records, without the
    # days of grace, that would be "2 of 3 late", where the engine (and the page) say 1.
    invoices = [
        {
            "invoice_id": f"i{n}",
            "client_id": "c1",
            "issued_on": date(2025, 9, n),
            "due_on": date(2025, 10, n),
            "amount": 100.0,
            "status": "paid",
        }
        for n in (1, 2, 3)
    ]
    payments = [
        {
            "payment_id": f"y{n}",
            "invoice_id": f"i{n}",
            "paid_on": date(2025, 10, n + days),
            "amount": 100.0,
        }
        for n, days in ((1, 0), (2, 9), (3, 20))
    ]
    tables = sample_tables(invoices=invoices, payments=payments)
    engine = verdict("payment_risk", figures={"invoices_late": 2, "invoices_due": 5})
    text = render_letter("meeting-script", engine, tables, config, "en", start=START).text
    assert "Of the last 5 invoices, 2 were paid after" in text
    bare = render_letter(
        "meeting-script", verdict("payment_risk"), tables, config, "en", start=START
    )
    assert "Of the last" not in bare.text  # no figure in the verdict: no number in the letter


def test_amounts_and_dates_follow_the_letters_locale(config: Config) -> None:
    owed = verdict("payment_risk", figures={"overdue": 1234.5})
    texts = {  # Babel separates thousands with (narrow) no-break spaces in French
        lang: render_letter("meeting-script", owed, bare_tables(), config, lang, start=START)
        .text.replace("\u202f", " ")
        .replace("\xa0", " ")
        for lang in LANGS
    }
    assert "1 234,50 €" in texts["fr"] and "€1,234.50" in texts["en"]
    assert "1.234,50 €" in texts["sl"] and "1.234,50 €" in texts["vi"]
    assert "6. aprila 2026" in texts["sl"] and "6 tháng 4 năm 2026" in texts["vi"]


def test_formal_register_in_each_language(config: Config) -> None:
    def text(lang: str) -> str:
        return render_letter(
            "confirmation", verdict(), rich_tables(), config, lang, start=START
        ).text

    assert " tu " not in text("fr") and "vous" in text("fr")
    sl = text("sl")
    assert "Vam" in sl and " vam " not in sl and " ti " not in sl
    vi = text("vi")
    assert vi.startswith("Kính gửi Anh/Chị Ana Kovač,") and "Trân trọng" in vi
    bare = render_letter("confirmation", verdict(), bare_tables(), config, "vi", start=START).text
    assert bare.startswith("Kính gửi Quý công ty Lumen Bakery,")


def test_paid_work_still_owed_is_named_and_the_notice_runs_to_its_end(config: Config) -> None:
    text = render_letter(
        "confirmation", verdict(), owing_work_tables(), config, "en", start=START
    ).text
    assert "(Brand book)" in text and "May 15, 2026" in text and "69 days" in text


@pytest.mark.parametrize("language", LANGS)
def test_with_no_work_under_way_the_letter_names_the_last_day_without_counting_zero_days(
    config: Config, language: str
) -> None:
    # One-off work, all of it delivered: the notice ends on the day of the meeting, and
    # "we will keep working with you for 0 days" is what the letter must never say.
    done = {**sample_tables()["projects"].to_pylist()[0], "recurring": False}
    tables = sample_tables(projects=[done])
    plan = build_plan(verdict(), tables, config, start=START)  # type: ignore[arg-type]
    assert (plan.notice_days, plan.notice_rule) == (0, "nothing_open")
    for kind in PARTING_KINDS:
        text = render_letter(kind, verdict(), tables, config, language, start=START).text  # type: ignore[arg-type]
        assert not re.search(r"\b0 (days|jours|ngày|dni)\b", text)
        assert letter_day(plan.notice_end, language) in text
        assert check_letter(text, language, kind=kind, config=config) == [], text


def test_an_abuse_letter_names_the_behaviour_and_offers_no_partner(config: Config) -> None:
    abuse = verdict("abuse", "part_ways_now", "immediate")
    letter = render_letter("confirmation", abuse, rich_tables(), config, "en", start=START)
    assert "February 10, 2026" in letter.text and "insulting" in letter.text
    assert "Atelier Nord" not in letter.text and "recommend" not in letter.text


def test_client_data_is_escaped_in_html(config: Config) -> None:
    tables = sample_tables(clients=[client_row(contact_name="<script>alert(1)</script>")])
    letter = render_letter("confirmation", verdict(), tables, config, "en", start=START)
    assert "<script>" not in letter.html and "&lt;script&gt;" in letter.html
    assert letter.html.startswith("<!DOCTYPE html>") and '<html lang="en">' in letter.html
    assert "<script>" in letter.text  # plain text is not HTML: shown as written


def test_an_eml_draft_opens_as_unsent_with_text_and_html(config: Config) -> None:
    letter = render_letter("confirmation", verdict(), rich_tables(), config, "sl", start=START)
    message = email.message_from_bytes(draft_email(letter, config), policy=default)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1" and message["Subject"] == letter.subject
    assert message["To"].addresses[0].addr_spec == "ana@lumen.example"
    assert message["To"].addresses[0].display_name == "Ana Kovač"
    assert message["From"].addresses[0].addr_spec == "hello@sever.example"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and "Spoštovani" in plain.get_content()
    assert html is not None and "<p>" in html.get_content()


def test_a_line_break_in_a_name_cannot_add_mail_headers(config: Config) -> None:
    tables = sample_tables(clients=[client_row(contact_name="Ana\r\nBcc: x@evil.example")])
    letter = render_letter("confirmation", verdict(), tables, config, "en", start=START)
    raw = draft_email(letter, config)
    message = email.message_from_bytes(raw, policy=default)
    assert message["Bcc"] is None


def test_the_calendar_has_the_meeting_and_the_notice_end(config: Config) -> None:
    plan = build_plan(verdict(), rich_tables(), config, START)
    calendar = Calendar.from_ical(plan_calendar(plan, config))
    meeting, notice = calendar.walk("VEVENT")
    starts = meeting.decoded("dtstart")
    assert starts.date() == plan.meeting_on and starts.hour == 10
    assert str(starts.tzinfo) == "Europe/Paris"
    assert notice.decoded("dtstart") == plan.notice_end
    assert "Lumen Bakery" in str(meeting["summary"])


# How each language says "meeting" (and its verb) in the plan's words and the script.
MEETING_WORDS = {
    "en": ("meeting", "meet"),
    "fr": ("entretien", "rendez-vous", "de vive voix"),
    "vi": ("buổi gặp", "cuộc gặp", "gặp mặt", "gặp tôi"),
    "sl": ("sestan", "današnji pogovor", "za pogovor"),
}


@pytest.mark.parametrize("language", ["en", "fr", "vi", "sl"])
def test_an_abusive_client_is_told_by_a_call_never_at_a_meeting(
    config: Config, language: str
) -> None:
    abusive = verdict("abuse", "part_ways_now", "immediate", language=language)
    activate(language)
    try:
        plan = build_plan(abusive, rich_tables(), config, START)
        calendar = Calendar.from_ical(plan_calendar(plan, config))
        script = render_letter("meeting-script", abusive, rich_tables(), config, language)
    finally:
        activate("en")
    told, _notice = calendar.walk("VEVENT")
    said = " ".join(
        [
            str(told["summary"]),
            str(told["description"]),
            plan.step(5).title,
            plan.step(6).detail,
            plan.step(8).detail,
            script.subject,
            script.body,
        ]
    ).lower()
    assert not [word for word in MEETING_WORDS[language] if word in said], said
    assert "Lumen Bakery" in str(told["summary"])
    assert told.decoded("dtstart").date() == plan.meeting_on


@pytest.mark.parametrize("language", ["en", "fr", "vi", "sl"])
def test_a_client_who_was_not_abusive_is_invited_to_a_meeting(
    config: Config, language: str
) -> None:
    activate(language)
    try:
        plan = build_plan(verdict(language=language), rich_tables(), config, START)
        calendar = Calendar.from_ical(plan_calendar(plan, config))
        script = render_letter(
            "meeting-script", verdict(language=language), rich_tables(), config, language
        )
    finally:
        activate("en")
    meeting, _notice = calendar.walk("VEVENT")
    words = MEETING_WORDS[language]
    assert any(word in str(meeting["summary"]).lower() for word in words)
    assert any(word in script.subject.lower() + script.body.lower() for word in words)


def test_the_body_comes_in_the_format_asked_for(config: Config) -> None:
    def body(fmt: str) -> str:
        return render_letter(
            "confirmation",
            verdict(),
            rich_tables(),
            config,
            "fr",
            fmt,  # type: ignore[arg-type]
            start=START,
        ).body

    assert body("txt").startswith("Madame, Monsieur,")  # no salutation known
    assert body("html").startswith("<!DOCTYPE html>")
    assert "X-Unsent: 1" in body("eml") and "multipart/alternative" in body("eml")
    with pytest.raises(InputError, match="pdf"):
        body("pdf")


def test_a_letter_writes_the_first_of_the_month_as_each_language_does() -> None:
    first = date(2026, 11, 1)
    assert letter_day(first, "fr") == "1er novembre 2026"
    assert letter_day(first, "sl") == "1. novembra 2026"  # the genitive, as after "do", "od"
    assert letter_day(first, "vi") == "1 tháng 11 năm 2026"  # the templates write "ngày" before it
    assert letter_day(first, "en") == "November 1, 2026"
    assert letter_day(date(2026, 3, 12), "fr") == "12 mars 2026"


def test_an_unprofitable_client_hears_its_not_you_its_us_with_the_rework_figure(
    config: Config,
) -> None:
    losing = verdict("unprofitable", figures={"margin": -5200.0})
    losing.signs.append(Sign("drain", "planned", Evidence(figures={"rework_share": 0.46})))  # type: ignore[arg-type]
    letter = render_letter("confirmation", losing, bare_tables(), config, "en", start=START)
    assert letter.move == "not_you_its_us"
    assert "46% of the hours spent on your projects went to revisions" in letter.text
    assert "own direction" not in letter.text and "not about you" in letter.text


def test_a_payment_letter_without_a_documented_fact_opens_on_a_neutral_sentence(
    config: Config,
) -> None:
    for lang in LANGS:
        letter = render_letter(
            "confirmation", verdict("payment_risk"), bare_tables(), config, lang, start=START
        )
        assert check_letter(letter.text, lang, sign="payment_risk", kind="confirmation") == []
    text = render_letter(
        "confirmation", verdict("payment_risk"), bare_tables(), config, "en", start=START
    ).text
    assert "These payment shortfalls" not in text
    assert "\n\nAt this point, our business is not able to carry the payment schedule" in text


def test_a_payment_letter_acknowledges_the_reminders_already_sent(config: Config) -> None:
    reminded = verdict("payment_risk", figures={"reminders": 4})
    texts = {
        lang: render_letter("confirmation", reminded, bare_tables(), config, lang, start=START).text
        for lang in LANGS
    }
    assert "we have sent 4 payment reminders" in texts["en"]
    assert "4 relances de paiement" in texts["fr"]
    assert "4 opomine za plačilo" in texts["sl"] and "4 thư nhắc thanh toán" in texts["vi"]


def test_a_client_whose_industry_we_left_hears_the_fit_move_and_gets_no_repair_letter(
    config: Config,
) -> None:
    off = verdict("off_mission", figures={"excluded_industry": 1})
    letter = render_letter("confirmation", off, rich_tables(), config, "en", start=START)
    assert "focus our work on fewer industries, and yours is no longer among them" in letter.text
    assert "sorry" not in letter.text.split("\n\n")[2]  # the reason apologises for nothing
    with pytest.raises(InputError):
        render_letter("repair", verdict("off_mission", "repair"), rich_tables(), config, "en")


def test_the_expectations_letter_fits_a_new_client_and_a_long_standing_one_differently(
    config: Config,
) -> None:
    keep = verdict("boundaries", "keep")
    old = render_letter("expectations", keep, rich_tables(), config, "en", start=START).text
    new = render_letter("expectations", keep, bare_tables(), config, "en", start=START).text
    assert "since 2021" in old and "Before we begin" not in old
    assert "Before we begin" in new and "since" not in new
    for lang in LANGS:
        text = render_letter("expectations", keep, rich_tables(), config, lang, start=START).text
        assert "2021" in text
        assert check_letter(text, lang, kind="expectations") == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("gesture", ["cancel", "refund"])
def test_a_goodwill_gesture_chosen_for_the_letter_names_the_invoice_and_its_amount(
    lang: str, gesture: str, config: Config
) -> None:
    for kind in ("confirmation", "meeting-script"):
        letter = render_letter(
            kind, verdict(), sample_tables(), config, lang, start=START, goodwill=gesture
        )
        assert "i2" in letter.text and "800" in letter.text, letter.text
        assert check_letter(letter.text, lang, sign="drain", kind=kind) == []
    plain = render_letter("confirmation", verdict(), sample_tables(), config, lang, start=START)
    assert "i2" not in plain.text


def test_without_a_named_partner_the_letter_describes_the_provider_who_would_suit_them(
    config: Config,
) -> None:
    def alternatives(sign: SignId) -> str:
        text = render_letter(
            "confirmation", verdict(sign), bare_tables(), config, "en", start=START
        ).text
        return next(p for p in text.split("\n\n") if "recommend" in p)

    assert "whose way of working suits your projects better" in alternatives("drain")
    assert "whose payment terms fit your schedule" in alternatives("payment_risk")
    assert "focuses on businesses like yours" in alternatives("grown_apart")


# Until the owner names the business, a letter signs with the team, in its own language.
TEAM = {"en": "The team", "fr": "L’équipe", "vi": "Đội ngũ của chúng tôi", "sl": "Vaša ekipa"}


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_no_english_default_name_leaks_into_a_letter_before_the_business_is_named(
    lang: str, kind: str
) -> None:
    config = Config()
    assert config.settings.business.name == ""
    letter = render_letter(
        kind, verdict_for("drain", kind), rich_tables(), config, lang, start=START
    )  # type: ignore[arg-type]
    assert "Our studio" not in letter.text and "None" not in letter.text
    if kind != "meeting-script":  # a script is spoken, not signed
        assert letter.text.rstrip().endswith("\n" + TEAM[lang])
    for other, team in TEAM.items():
        if other != lang:
            assert team not in letter.text
    named_config = config.merged({"business": {"name": "Atelier Nord"}})
    named = render_letter(
        kind, verdict_for("drain", kind), rich_tables(), named_config, lang, start=START
    )  # type: ignore[arg-type]
    assert TEAM[lang] not in named.text
    if kind != "meeting-script":
        assert named.text.rstrip().endswith("\nAtelier Nord")


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_stands_apart_only_the_signature_runs_on(lang: str, kind: str) -> None:
    config = Config()
    letter = render_letter(
        kind, verdict_for("payment_risk", kind), familiar_tables(), config, lang, start=START
    )  # type: ignore[arg-type]
    lines = letter.text.rstrip().splitlines()
    signature = len(lines) - 2  # the closing formula, then the signature
    for index in range(len(lines) - 1):
        if lines[index] and lines[index + 1]:
            assert index >= signature and kind != "meeting-script", letter.text


def test_every_fact_a_sign_may_cite_is_known_and_said_in_every_language() -> None:
    """Which facts a letter cites is the sign's declaration (``SignSpec.letter_facts``);
    each of them has its sentence in every language's templates."""
    from parting.engine.signs import SIGNS
    from parting.playbook.evidence import FACTS

    declared = {key for spec in SIGNS for key in spec.letter_facts}
    assert declared <= set(FACTS)
    templates = Path(__file__).parents[2] / "src" / "parting" / "playbook" / "templates"
    for lang in LANGS:
        common = (templates / lang / "common.txt").read_text(encoding="utf-8")
        missing = [key for key in FACTS if f'fact.key == "{key}"' not in common]
        assert missing == [], lang


def test_a_late_payers_letter_states_the_overdue_sum_the_verdict_carries(config: Config) -> None:
    """Not a sum of its own: the verdict's overdue figure, the one the client page shows."""
    owing = verdict("payment_risk", overdue=980.25)
    text = render_letter("meeting-script", owing, rich_tables(), config, "en", start=START).text
    assert "€980.25" in text


def test_a_letter_cites_the_figure_that_decided_the_sign_as_the_reason_does(
    config: Config,
) -> None:
    """The client page's reason and the letter speak of the same criterion."""
    figures = {"invoices_due": 14, "invoices_late": 13, "oldest_overdue_days": 100}
    by_lateness = verdict("payment_risk", figures=figures, overdue=7150.0)
    by_lateness.signs[0].deciding = "late_share"
    by_age = verdict("payment_risk", figures=figures, overdue=7150.0)
    by_age.signs[0].deciding = "oldest_overdue_days"

    def reason_paragraph(v: object, lang: str = "en") -> str:
        text = render_letter("confirmation", v, bare_tables(), config, lang, start=START).text  # type: ignore[arg-type]
        return text.split("\n\n")[2]

    assert "13 were paid after their due date" in reason_paragraph(by_lateness)
    assert "€7,150.00 has remained unpaid" in reason_paragraph(by_age)
    rounds = verdict("scope_creep", figures={"revision_rounds": 10, "rework_share": 0.56})
    rounds.signs[0].deciding = "revision_rounds"
    assert "10 rounds of revisions" in reason_paragraph(rounds)
    for lang in LANGS:
        for v, sign in ((by_age, "payment_risk"), (rounds, "scope_creep")):
            text = render_letter("confirmation", v, bare_tables(), config, lang, start=START).text  # type: ignore[arg-type]
            assert check_letter(text, lang, sign=sign, kind="confirmation") == [], text


@pytest.mark.parametrize("lang", LANGS)
def test_no_fact_sentence_opens_on_a_figure_and_all_of_the_work_is_said_in_words(
    lang: str, config: Config
) -> None:
    """A sentence never starts with a numeral (French typography forbids it, and "100 % of
    the work" reads like a report): the share comes after the words that frame it."""

    def letter(share: float) -> str:
        moved = verdict("grown_apart", figures={"winding_down_share": share})
        return render_letter("confirmation", moved, bare_tables(), config, lang, start=START).text

    part, whole = letter(0.42).split("\n\n")[2], letter(1.0).split("\n\n")[2]
    assert "42" in part and not part[0].isdigit(), part
    assert "100" not in whole and not whole[0].isdigit(), whole
    assert check_letter(letter(1.0), lang, sign="grown_apart", kind="confirmation") == []
