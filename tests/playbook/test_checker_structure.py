"""The checker reads a letter's structure rather than fixed phrases: a farewell in any
person and tense makes it a parting letter (so its end date and alternatives are checked),
an end may be given without a day number when an ending word stands beside it, and an
alternative may be described ("someone who could take the work over") rather than
recommended. Sentences written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter, is_parting_letter

from .test_checker import LANGS

# A farewell conjugated in ways the first cue lists did not hold.
FAREWELLS = {
    "en": [
        "We won't be renewing the retainer.",
        "Our engagement with you is winding down.",
        "This will be our last project for your team.",
        "We are going our separate ways.",
    ],
    "fr": [
        "Nous ne renouvellerons pas notre contrat.",
        "Nous ne poursuivrons pas la mission.",
        "Ce sera notre dernière mission pour vous.",
        "Nous n'assurerons plus le suivi de vos comptes.",
    ],
    "vi": [
        "Chúng tôi sẽ không gia hạn hợp đồng.",
        "Dịch vụ bảo trì sẽ dừng lại.",
        "Đây là dự án cuối cùng chúng tôi thực hiện cho anh.",
        "Chúng tôi sẽ không còn phụ trách website của chị.",
    ],
    "sl": [
        "Pogodbe ne bomo podaljšali.",
        "Sodelovanja ne bomo nadaljevali.",
        "To je naš zadnji projekt za Vas.",
        "Ne bomo več skrbeli za Vašo spletno stran.",
    ],
}
# Each language: a parting letter without a day number, in parts (thanks, the decision,
# an alternative, the handover), and an end given in words beside an ending word.
NO_DATE = {
    "en": [
        "Thank you for your trust.",
        "We will not be renewing the retainer.",
        "A larger agency would suit you better.",
        "We will hand over every file.",
    ],
    "fr": [
        "Merci de votre confiance.",
        "Nous ne renouvellerons pas notre contrat.",
        "Une agence plus grande vous conviendrait mieux.",
        "Nous vous remettrons tous les fichiers.",
    ],
    "vi": [
        "Cảm ơn anh đã tin tưởng.",
        "Chúng tôi sẽ không gia hạn hợp đồng.",
        "Một công ty lớn hơn sẽ phù hợp với anh hơn.",
        "Chúng tôi sẽ bàn giao toàn bộ tệp.",
    ],
    "sl": [
        "Hvala za zaupanje.",
        "Pogodbe ne bomo podaljšali.",
        "Večja agencija bi Vam bolje ustrezala.",
        "Predali Vam bomo vse datoteke.",
    ],
}
END_IN_WORDS = {
    "en": "Our work for you stops at the end of the month.",
    "fr": "Notre mission prendra fin à la fin du mois.",
    "vi": "Công việc sẽ kết thúc vào cuối tháng này.",
    "sl": "Naše delo za Vas se konča ob koncu meseca.",
}
# An alternative described: someone who could take the work over.
DESCRIBED = {
    "en": "Marta Lind, a translator I trust, is ready to take over your manuals.",
    "fr": "Marta Lind, une traductrice en qui j'ai confiance, est prête à prendre le relais.",
    "vi": "Chị Marta, một biên dịch viên tôi tin tưởng, sẵn sàng tiếp nhận các tài liệu của anh.",
    "sl": "Marta Lind, prevajalka, ki ji zaupam, je pripravljena prevzeti Vaše priročnike.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_farewell_in_any_person_and_tense_makes_a_parting_letter(lang: str) -> None:
    for sentence in FAREWELLS[lang]:
        assert is_parting_letter(sentence, lang), sentence


def rules(sentences: list[str], lang: str) -> set[str]:
    return {f.rule for f in check_letter(" ".join(sentences), lang, meaning=False)}


@pytest.mark.parametrize("lang", LANGS)
def test_a_parting_letter_with_no_end_date_is_caught_and_an_end_in_words_counts(
    lang: str,
) -> None:
    assert rules(NO_DATE[lang], lang) == {"end_date"}
    assert rules([*NO_DATE[lang], END_IN_WORDS[lang]], lang) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_an_alternative_described_as_someone_who_takes_over_counts(lang: str) -> None:
    thanks, decision, _alternative, handover = NO_DATE[lang]
    without = [thanks, decision, handover, END_IN_WORDS[lang]]
    assert rules(without, lang) == {"alternatives"}
    assert rules([*without, DESCRIBED[lang]], lang) == set()
