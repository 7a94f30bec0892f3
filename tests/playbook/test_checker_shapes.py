"""The checker reads the shape of a sentence, not its phrasing (issue #13, eighth round):
blame said as a shortfall of the reader's handed on to an effort of ours, a door closed in
any words, reasons given one sentence each, and a farewell that is any ending verb with
the day the work ends. Sentences written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter, is_parting_letter

from .test_checker import LANGS
from .test_checker_structure import END_IN_WORDS, NO_DATE


def findings(sentences: list[str], lang: str) -> dict[str, list[str]]:
    return {f.rule: f.words for f in check_letter(" ".join(sentences), lang, meaning=False)}


def letter(lang: str, *sentences: str) -> list[str]:
    """A good parting letter (thanks, decision, alternative, handover, end) with more in it."""
    return [*NO_DATE[lang], END_IN_WORDS[lang], *sentences]


# Something missing, never done or late on the reader's side, then our people paying for it.
SHORTFALLS = {
    "en": "The stock counts never reached us before Friday, so our team had to redo each report.",
    "fr": "Vos relevés de stock arrivaient sans les quantités, si bien que nous avons dû tout "
    "recompter.",
    "vi": "Bảng kê hàng của bên chị luôn thiếu số lượng, nên nhân viên của chúng tôi phải đếm "
    "lại từ đầu.",
    "sl": "Vaši popisi zalog so prihajali brez količin, zato smo morali vse prešteti znova.",
}
# Our own shortfall, and a fact about the reader with no fault in it, blame no one.
OWN_SHORTFALLS = {
    "en": [
        "Our team was never large enough for the weekly reports, so we had to work late.",
        "Your shop has grown fast, so we are no longer the right size for it.",
    ],
    "fr": [
        "Notre équipe n'a jamais été assez grande pour ces rapports, si bien que nous avons dû "
        "travailler tard.",
        "Votre boutique a beaucoup grandi, si bien que nous ne sommes plus à sa mesure.",
    ],
    "vi": [
        "Đội của chúng tôi không đủ người cho báo cáo hằng tuần, nên chúng tôi phải làm thêm giờ.",
        "Cửa hàng của chị phát triển nhanh, nên chúng tôi không còn phù hợp.",
    ],
    "sl": [
        "Naša ekipa ni bila nikoli dovolj velika za tedenska poročila, zato smo morali delati "
        "dlje.",
        "Vaša trgovina je hitro zrasla, zato zanjo nismo več prava velikost.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_shortfall_of_the_readers_handed_on_to_our_effort_is_blame(lang: str) -> None:
    found = findings(letter(lang, SHORTFALLS[lang]), lang)
    assert SHORTFALLS[lang].rstrip(".") in found.get("blame", [])
    for sentence in OWN_SHORTFALLS[lang]:
        assert "blame" not in findings(letter(lang, sentence), lang), sentence


# A way of reaching us refused in any words, and messages nobody will read.
DOORS = {
    "en": [
        "From June there is no use phoning the office.",
        "Our account managers will not reply after that.",
        "Any emails sent to the old address will be deleted.",
    ],
    "fr": [
        "À partir de juin, inutile de téléphoner au bureau.",
        "Nos chargés de compte ne répondront plus ensuite.",
        "Les courriels envoyés à l'ancienne adresse seront supprimés.",
    ],
    "vi": [
        "Từ tháng 6, anh không cần gọi điện cho văn phòng.",
        "Các nhân viên phụ trách sẽ không phản hồi sau đó.",
        "Mọi email gửi đến địa chỉ cũ sẽ bị xóa.",
    ],
    "sl": [
        "Od junija nima smisla klicati v pisarno.",
        "Naši skrbniki potem ne bodo več odgovarjali.",
        "Sporočila, poslana na stari naslov, bomo izbrisali.",
    ],
}
OPEN_DOORS = {
    "en": ["Don't hesitate to phone me.", "If you do not reply by Friday, we will call you."],
    "fr": [
        "N'hésitez pas à m'appeler.",
        "Je ne manquerai pas de vous appeler.",
        "Si vous ne répondez pas d'ici vendredi, nous vous appellerons.",
    ],
    "vi": ["Anh đừng ngần ngại gọi cho tôi.", "Đừng quên gọi cho tôi trước thứ Sáu."],
    "sl": ["Ne oklevajte in me pokličite.", "Če ne odgovorite do petka, vas pokličemo."],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_door_is_closed_in_any_words_and_an_invitation_to_call_is_not_closing_it(
    lang: str,
) -> None:
    for sentence in DOORS[lang]:
        found = findings(letter(lang, sentence), lang)
        assert "slammed_door" in found, sentence
        assert all(words in sentence for words in found["slammed_door"]), found
    for sentence in OPEN_DOORS[lang]:
        assert "slammed_door" not in findings(letter(lang, sentence), lang), sentence


# Reasons one sentence each before the decision, and one reason said in two sentences.
SEPARATE_REASONS = {
    "en": [
        "Thank you for your trust.",
        "Our rates no longer cover the travel.",
        "Our drivers are also needed on a new route.",
        "We will therefore end our deliveries on 30 June.",
    ],
    "fr": [
        "Merci de votre confiance.",
        "Nos tarifs ne couvrent plus les trajets.",
        "Nos chauffeurs sont aussi attendus sur une nouvelle tournée.",
        "Nous arrêterons donc nos livraisons le 30 juin.",
    ],
    "vi": [
        "Cảm ơn anh đã tin tưởng chúng tôi.",
        "Giá cước hiện không còn đủ bù chi phí đi lại.",
        "Các tài xế của chúng tôi cũng được điều sang một tuyến mới.",
        "Vì vậy chúng tôi sẽ ngừng giao hàng vào ngày 30 tháng 6.",
    ],
    "sl": [
        "Hvala za vaše zaupanje.",
        "Naše cene ne pokrivajo več poti.",
        "Naši vozniki so potrebni tudi na novi progi.",
        "Zato bomo dostave končali 30. junija.",
    ],
}
ONE_REASON = {
    "en": "Our rates no longer cover the travel. That is down to our costs, not to you.",
    "fr": "Nos tarifs ne couvrent plus les trajets. Cela tient à nos coûts, pas à vous.",
    "vi": "Giá cước hiện không còn đủ bù chi phí đi lại. Điều đó là do chi phí của chúng tôi.",
    "sl": "Naše cene ne pokrivajo več poti. To je posledica naših stroškov, ne vas.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_reasons_given_one_sentence_each_are_counted_as_reasons(lang: str) -> None:
    thanks, first, second, decision = SEPARATE_REASONS[lang]
    found = findings([thanks, first, second, decision], lang)
    assert found.get("reasons") == [first.rstrip("."), second.rstrip(".")]
    one = [thanks, ONE_REASON[lang], decision]
    assert "reasons" not in findings(one, lang)


# Any ending verb with the day the work ends is a farewell; a task finished by a date is not.
ENDED = {
    "en": ("We will stop the window cleaning on 30 June.", "We will finish the audit by 30 June."),
    "fr": (
        "Nous arrêterons le nettoyage des vitres le 30 juin.",
        "Nous terminerons l'audit d'ici le 30 juin.",
    ),
    "vi": (
        "Chúng tôi sẽ ngừng lau kính vào ngày 30 tháng 6.",
        "Chúng tôi sẽ hoàn tất việc kiểm toán trước ngày 30 tháng 6.",
    ),
    "sl": ("Čiščenje oken bomo končali 30. junija.", "Revizijo bomo zaključili do 30. junija."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_ending_verb_with_the_last_day_is_a_farewell_and_a_due_date_is_not(lang: str) -> None:
    farewell, due = ENDED[lang]
    assert is_parting_letter(farewell, lang)
    assert not is_parting_letter(due, lang)
