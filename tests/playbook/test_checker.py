"""The letter checker: every rule fires on its trigger and stays silent without it, in
each of the four languages."""

from __future__ import annotations

import contextvars
import math
import re

import pytest

from parting.config import Config
from parting.i18n import activate
from parting.playbook.checker import check_letter
from parting.playbook.language import stop_word_guess

# A short, good parting letter per language, in parts: removing a part removes exactly
# what one rule looks for.
GOOD: dict[str, dict[str, str]] = {
    "en": {
        "decision": "We have decided to end our collaboration: our way of working no longer "
        "matches what your projects need.",
        "thanks": "Thank you for the trust you placed in us.",
        "alternatives": "We would be glad to recommend a studio better suited to your needs.",
        "next": "We will hand over all files before April 30, 2026.",
    },
    "fr": {
        "decision": "Nous avons décidé de mettre fin à notre collaboration : notre façon de "
        "travailler ne correspond plus aux besoins de vos projets.",
        "thanks": "Merci de la confiance que vous nous avez accordée.",
        "alternatives": "Nous serions heureux de vous recommander un atelier mieux adapté.",
        "next": "Nous vous remettrons tous les fichiers avant le 30 avril 2026.",
    },
    "vi": {
        "decision": "Chúng tôi đã quyết định chấm dứt hợp tác: cách làm việc của chúng tôi "
        "không còn phù hợp với nhu cầu dự án của Quý công ty.",
        "thanks": "Xin chân thành cảm ơn sự tin tưởng của Quý công ty.",
        "alternatives": "Chúng tôi sẵn lòng giới thiệu một đơn vị khác phù hợp hơn.",
        "next": "Chúng tôi sẽ bàn giao toàn bộ tài liệu trước ngày 30 tháng 4 năm 2026.",
    },
    "sl": {
        "decision": "Odločili smo se, da sodelovanje zaključimo: naš način dela ne ustreza "
        "več potrebam Vaših projektov.",
        "thanks": "Hvala Vam za zaupanje.",
        "alternatives": "Z veseljem Vam priporočimo studio, ki Vam bo bolje ustrezal.",
        "next": "Vse datoteke Vam bomo predali do 30. 4. 2026.",
    },
}
END_DATE = {
    "en": "April 30, 2026",
    "fr": "30 avril 2026",
    "vi": "30 tháng 4 năm 2026",
    "sl": "30. 4. 2026",
}
BLAME = {
    "en": "You always change your mind at the last minute.",
    "fr": "Vous êtes toujours en retard pour valider.",
    "vi": "Anh luôn thay đổi ý kiến vào phút chót.",
    "sl": "Vedno ste zamujali z odgovori.",
}
SECOND_REASON = {
    "en": "Moreover, the budget was far too small.",
    "fr": "De plus, le budget était bien trop serré.",
    "vi": "Ngoài ra, ngân sách cũng quá hạn hẹp.",
    "sl": "Poleg tega je bil proračun premajhen.",
}
TWO_CAUSES = {
    "en": "It did not work because of the deadlines and because of the budget.",
    "fr": "Cela n'a pas marché parce que les délais étaient courts, et parce que le budget "
    "était serré.",
    "vi": "Dự án không thành công bởi vì thời hạn quá gấp và bởi vì ngân sách eo hẹp.",
    "sl": "Ni šlo, ker so bili roki kratki in ker je bil proračun majhen.",
}
ONE_CAUSE = {
    "en": "It did not work because the deadlines were too short.",
    "fr": "Cela n'a pas marché parce que les délais étaient trop courts.",
    "vi": "Dự án không thành công bởi vì thời hạn quá gấp.",
    "sl": "Ni šlo, ker so bili roki prekratki.",
}
SHOUT = {
    "en": "THIS IS NOT ACCEPTABLE",
    "fr": "CE N'EST PAS ACCEPTABLE",
    "vi": "ĐIỀU NÀY KHÔNG THỂ CHẤP NHẬN",
    "sl": "TO NI SPREJEMLJIVO",
}
LANGS = tuple(GOOD)


def letter(lang: str, without: str = "", extra: str = "") -> str:
    parts = [text for name, text in GOOD[lang].items() if name != without]
    return "\n\n".join([*parts, extra] if extra else parts)


def rules(text: str, lang: str, **kwargs: object) -> dict[str, list[str]]:
    return {f.rule: f.words for f in check_letter(text, lang, **kwargs)}  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_grateful_letter_with_one_reason_and_a_date_passes(lang: str) -> None:
    assert rules(letter(lang), lang) == {}


@pytest.mark.parametrize("lang", LANGS)
def test_blame_fires_on_personal_attack_and_names_the_words(lang: str) -> None:
    found = rules(letter(lang, extra=BLAME[lang]), lang)
    assert list(found) == ["blame"]
    assert found["blame"][0].lower() in BLAME[lang].lower()


def test_a_finding_quotes_each_stretch_of_the_draft_once() -> None:
    """Two blame cues inside one longer blamed sentence: the draft's words are quoted once,
    as the sentence that covers them."""
    sentence = "Your constant late payments and your incompetence forced us to end this"
    found = rules(letter("en", extra=f"{sentence}."), "en")
    assert found["blame"] == [sentence]


@pytest.mark.parametrize("lang", LANGS)
def test_a_second_reason_fires_the_reasons_rule(lang: str) -> None:
    found = rules(letter(lang, extra=SECOND_REASON[lang]), lang)
    assert list(found) == ["reasons"]


@pytest.mark.parametrize("lang", LANGS)
def test_two_causes_are_two_reasons_but_one_cause_is_fine(lang: str) -> None:
    assert "reasons" in rules(letter(lang, extra=TWO_CAUSES[lang]), lang)
    assert rules(letter(lang, extra=ONE_CAUSE[lang]), lang) == {}


@pytest.mark.parametrize("lang", LANGS)
def test_missing_thanks_fires(lang: str) -> None:
    assert list(rules(letter(lang, without="thanks"), lang)) == ["thanks"]


@pytest.mark.parametrize("lang", LANGS)
def test_missing_next_steps_fires_and_a_missing_date_fires_end_date(lang: str) -> None:
    found = rules(letter(lang, without="next"), lang)
    assert set(found) == {"next_steps", "end_date"}
    undated = letter(lang).replace(END_DATE[lang], "-")
    assert list(rules(undated, lang)) == ["end_date"]


@pytest.mark.parametrize("lang", LANGS)
def test_missing_alternatives_fires_unless_the_client_was_abusive(lang: str) -> None:
    text = letter(lang, without="alternatives")
    assert list(rules(text, lang)) == ["alternatives"]
    assert rules(text, lang, sign="abuse") == {}
    assert list(rules(text, lang, sign="unethical")) == ["alternatives"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_that_names_the_behaviour_is_read_as_an_abuse_letter(lang: str) -> None:
    respect = {
        "en": "Respect is one of our core values.",
        "fr": "Le respect est l'une de nos valeurs.",
        "vi": "Sự tôn trọng là giá trị cốt lõi của chúng tôi.",
        "sl": "Spoštovanje je ena naših vrednot.",
    }[lang]
    assert rules(letter(lang, without="alternatives", extra=respect), lang) == {}


@pytest.mark.parametrize("lang", LANGS)
def test_shouting_fires_on_capitals_and_exclamation_marks(lang: str) -> None:
    found = rules(letter(lang, extra=SHOUT[lang]), lang)
    assert found == {"shouting": [SHOUT[lang]]}
    assert rules(letter(lang, extra="OK!!!"), lang) == {"shouting": ["!!!"]}


@pytest.mark.parametrize("lang", LANGS)
def test_short_acronyms_and_one_exclamation_mark_are_not_shouting(lang: str) -> None:
    assert rules(letter(lang, extra="PDF, VAT ID!"), lang) == {}


def limit(words: int, vi_factor: float = 1.0) -> Config:
    return Config().merged({"letters": {"max_words": words, "vi_word_factor": vi_factor}})


@pytest.mark.parametrize("lang", LANGS)
def test_length_fires_one_word_past_the_limit_and_not_at_it(lang: str) -> None:
    text = letter(lang)
    words = len(re.findall(r"\w+", text))
    assert "length" not in rules(text, lang, config=limit(words))
    assert "length" in rules(text, lang, config=limit(words - 1))


def test_vietnamese_counts_syllables_so_its_limit_is_scaled() -> None:
    text = letter("vi")
    words = len(re.findall(r"\w+", text))
    scaled = limit(math.ceil(words / 1.6), vi_factor=1.6)
    assert "length" not in rules(text, "vi", config=scaled)
    assert "length" in rules(text, "vi", config=limit(math.ceil(words / 1.6)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_repair_letter_needs_no_end_date_nor_alternatives(lang: str) -> None:
    text = "\n\n".join([GOOD[lang]["thanks"], GOOD[lang]["next"].replace(END_DATE[lang], "-")])
    assert rules(text, lang, kind="repair") == {}
    assert set(rules(text, lang, kind="confirmation")) == {"end_date", "alternatives"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_is_guessed_when_not_given(lang: str) -> None:
    assert stop_word_guess(letter(lang)) == lang
    assert check_letter(letter(lang, without="thanks"))[0].suggestion == (
        check_letter(letter(lang, without="thanks"), lang)[0].suggestion
    )


def test_a_finding_advises_in_the_readers_language_with_an_example_in_the_letters() -> None:
    (finding,) = check_letter(letter("fr", without="thanks"), "fr")
    assert finding.rule == "thanks" and "Merci" in finding.example
    assert finding.to_dict()["label"] == "No thanks"
    assert finding.advice == "Thank them for something real."
    assert finding.suggestion.startswith(finding.advice) and finding.example in finding.suggestion

    def in_slovenian() -> tuple[str, str]:
        activate("sl")
        return finding.label, finding.suggestion

    label, suggestion = contextvars.copy_context().run(in_slovenian)
    assert label == "Brez zahvale" and "Merci" in suggestion
    assert "Thank them" not in suggestion


@pytest.mark.parametrize("lang", LANGS)
def test_without_a_kind_a_letter_that_keeps_the_client_is_read_as_a_repair_letter(
    lang: str,
) -> None:
    keeping = "\n\n".join([GOOD[lang]["thanks"], GOOD[lang]["next"]])
    assert rules(keeping, lang) == {}  # no parting words: no end date or alternatives asked
    assert set(rules(keeping, lang, kind="meeting-script")) == {"alternatives"}


def test_typographic_apostrophes_count_as_apostrophes() -> None:
    found = rules(letter("fr", extra="C’est de votre faute."), "fr")
    assert found == {"blame": ["C'est de votre faute"]}


def test_reasons_as_a_bulleted_list_are_several_reasons_but_a_list_of_next_steps_is_not() -> None:
    head = "\n\n".join([GOOD["en"]["thanks"], GOOD["en"]["alternatives"], GOOD["en"]["next"]])
    reasons = (
        "We are ending our collaboration, because:\n"
        "- the fee is too low;\n- the brief changes weekly."
    )
    assert "reasons" in rules(f"{head}\n\n{reasons}", "en")
    steps = (
        "We are ending our collaboration. Here is what happens next:\n"
        "- we will send every file by April 30, 2026;\n- we will hand over the accounts."
    )
    assert rules(f"{head}\n\n{steps}", "en") == {}


@pytest.mark.parametrize(
    ("lang", "typed_bare", "rule"),
    [
        ("vi", "Anh luon thay doi y kien vao phut chot.", "blame"),
        ("vi", "De nghi anh dung lien lac voi chung toi nua.", "slammed_door"),
        ("sl", "Prosimo, da se ne obracate vec na nase tehnike.", "slammed_door"),
        ("fr", "Vous etes vraiment nuls.", "blame"),
    ],
)
def test_a_draft_typed_without_diacritics_is_read_like_one_with_them(
    lang: str, typed_bare: str, rule: str
) -> None:
    found = rules(typed_bare, lang)
    assert rule in found
    assert all(word in typed_bare for word in found[rule])  # quoted as typed
