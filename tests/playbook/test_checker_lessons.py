"""Blame with no fault word in it, read by its shape (issue #13, ninth round): a question that
asks the reader nothing, advice for the reader's next provider, a lesson learned from the
reader that is a count or a repetition, and reasons given three sentences in a row. Each
hostile shape has its calm twin that must pass: a real question, an offer for the next
provider, thanks for what we learned, one reason told at length. Sentences written for this
test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter

from .test_checker import LANGS
from .test_checker_structure import END_IN_WORDS, NO_DATE


def findings(sentences: list[str], lang: str) -> dict[str, list[str]]:
    return {f.rule: f.words for f in check_letter(" ".join(sentences), lang, meaning=False)}


def letter(lang: str, *sentences: str) -> list[str]:
    """A good parting letter (thanks, decision, alternative, handover, end) with more in it."""
    return [*NO_DATE[lang], END_IN_WORDS[lang], *sentences]


# A question that asks the reader nothing, and one that asks what suits them or offers.
QUESTIONS = {
    "en": (
        "Who exactly was meant to check the invoices before they were paid?",
        "Would Thursday morning work for you for a short handover call?",
    ),
    "fr": (
        "Qui devait au juste vérifier les factures avant de les régler ?",
        "Un court appel de passation jeudi matin vous conviendrait-il ?",
    ),
    "vi": (
        "Chẳng lẽ kiểm tra hóa đơn trước khi thanh toán là việc của người khác sao?",
        "Sáng thứ Năm anh có tiện cho một cuộc gọi bàn giao ngắn không?",
    ),
    "sl": (
        "Kdo naj bi pravzaprav preveril račune, preden so bili plačani?",
        "Bi vam v četrtek dopoldne ustrezal kratek klic za predajo?",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_that_asks_nothing_is_blame_and_one_that_proposes_is_not(lang: str) -> None:
    rhetorical, real = QUESTIONS[lang]
    quoted = findings(letter(lang, rhetorical), lang).get("blame", [])
    assert any(rhetorical.rstrip(" ?") in quote for quote in quoted), quoted
    assert findings(letter(lang, real), lang) == {}


# Advice on how to behave with the next provider, and an offer to help that provider.
ADVICE = {
    "en": (
        "For your next printer, it would be worth agreeing the paper stock before the proofs.",
        "For your next printer, we will gladly send the paper specifications.",
    ),
    "fr": (
        "Avec votre prochain imprimeur, il vaudrait mieux choisir le papier avant les épreuves.",
        "Pour votre prochain imprimeur, nous enverrons volontiers les fiches papier.",
    ),
    "vi": (
        "Lần sau in ấn, chị nên chọn giấy trước khi duyệt bản in thử.",
        "Lần sau khi chị in ấn, chúng tôi sẵn lòng gửi thông số giấy cho nhà in.",
    ),
    "sl": (
        "Pri naslednji tiskarni bi morali papir izbrati, preden potrdite odtise.",
        "Za naslednjo tiskarno vam z veseljem pošljemo podatke o papirju.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_advice_for_the_next_provider_is_a_lecture_and_an_offer_is_not(lang: str) -> None:
    lecture, offer = ADVICE[lang]
    assert lecture.rstrip(".") in findings(letter(lang, lecture), lang).get("blame", [])
    assert "blame" not in findings(letter(lang, offer), lang)


# A lesson learned from the reader that is a count or a repetition: sarcasm. Thanks for
# what working together taught us is not.
LESSONS = {
    "en": (
        "Your project taught us that one logo can go through nine rounds of approval.",
        "Your project taught us a great deal about printing on recycled board.",
    ),
    "fr": (
        "Votre projet nous a appris qu'un logo peut passer neuf fois en validation.",
        "Votre projet nous a beaucoup appris sur l'impression sur carton recyclé.",
    ),
    "vi": (
        "Dự án của chị đã dạy chúng tôi rằng một logo có thể được duyệt chín lần.",
        "Dự án của chị đã giúp chúng tôi học được nhiều về in trên giấy tái chế.",
    ),
    "sl": (
        "Vaš projekt nas je naučil, da gre lahko en logotip devetkrat v potrditev.",
        "Vaš projekt nas je naučil veliko o tisku na reciklirani karton.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_lesson_counted_in_rounds_is_sarcasm_and_a_lesson_learned_is_not(lang: str) -> None:
    sarcasm, grateful = LESSONS[lang]
    assert sarcasm.rstrip(".") in findings(letter(lang, sarcasm), lang).get("blame", [])
    assert "blame" not in findings(letter(lang, grateful), lang)


# Three reasons in three sentences with no joining word; one reason told in three sentences,
# each going on from the one before.
THREE_REASONS = {
    "en": (
        "Thank you for the years of catering.",
        [
            "Our prices no longer cover the cost of your menus.",
            "The kitchen is moving to the other side of the city.",
            "Our head chef is retiring in the spring.",
        ],
        [
            "Our prices no longer cover the cost of your menus.",
            "This has been the case since the spring.",
            "Such a gap is more than a business of our size can carry.",
        ],
        "We will end our catering for you on 30 May.",
    ),
    "fr": (
        "Merci pour ces années de traiteur.",
        [
            "Nos prix ne couvrent plus le coût de vos menus.",
            "La cuisine déménage à l'autre bout de la ville.",
            "Notre chef part à la retraite au printemps.",
        ],
        [
            "Nos prix ne couvrent plus le coût de vos menus.",
            "Cela dure depuis le printemps.",
            "Un tel écart dépasse ce qu'une maison de notre taille peut porter.",
        ],
        "Nous mettrons fin à notre service le 30 mai.",
    ),
    "vi": (
        "Cảm ơn chị về những năm chúng tôi phục vụ tiệc cho công ty.",
        [
            "Giá hiện tại không còn đủ bù chi phí cho thực đơn của công ty chị.",
            "Bếp của chúng tôi sắp chuyển sang đầu bên kia thành phố.",
            "Bếp trưởng của chúng tôi sẽ nghỉ hưu vào mùa xuân tới.",
        ],
        [
            "Giá hiện tại không còn đủ bù chi phí cho thực đơn của công ty chị.",
            "Điều này đã kéo dài từ mùa xuân đến nay.",
            "Do đó một cơ sở nhỏ như chúng tôi không thể gánh khoản chênh lệch này.",
        ],
        "Chúng tôi sẽ kết thúc hợp đồng vào ngày 30 tháng 5.",
    ),
    "sl": (
        "Hvala za leta, ko smo pripravljali vaše pogostitve.",
        [
            "Naše cene ne pokrivajo več stroškov vaših menijev.",
            "Kuhinja se seli na drugi konec mesta.",
            "Naš glavni kuhar se spomladi upokoji.",
        ],
        [
            "Naše cene ne pokrivajo več stroškov vaših menijev.",
            "To traja že od pomladi.",
            "Take razlike podjetje naše velikosti ne more nositi.",
        ],
        "Zadnje kosilo za vas bomo pripravili 30. maja.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_three_reasons_in_three_sentences_count_and_one_reason_told_at_length_does_not(
    lang: str,
) -> None:
    thanks, three, one, decision = THREE_REASONS[lang]
    found = findings([thanks, *three, decision], lang)
    assert found.get("reasons") == [sentence.rstrip(".") for sentence in three]
    assert "reasons" not in findings([thanks, *one, decision], lang)


# A way of reaching us refused as a noun ("further enquiries"), with "won't".
@pytest.mark.parametrize(
    ("lang", "door"),
    [
        ("en", "After that day we won't be taking any further enquiries from your office."),
        ("fr", "Après cette date, nous ne donnerons suite à aucune correspondance de votre part."),
        ("sl", "Po tem datumu ne bomo več odgovarjali na vaša povpraševanja."),
    ],
)
def test_a_door_closed_on_enquiries_named_as_a_noun(lang: str, door: str) -> None:
    assert "slammed_door" in findings(letter(lang, door), lang)


# A pleasure in doing the same work over is sarcasm; a pleasure in working together again is
# not.
PLEASURES = {
    "en": (
        "It was a real treat to rewrite the same menu for every single tasting.",
        "We would be delighted to work with you again in the future.",
    ),
    "fr": (
        "Quel plaisir d'avoir refait le même menu pour chaque dégustation.",
        "Ce serait un plaisir de travailler encore avec vous.",
    ),
    "vi": (
        "Thật là niềm vui khi được sửa lại cùng một thực đơn cho mỗi buổi nếm thử.",
        "Chúng tôi rất vui được hợp tác lại với anh trong tương lai.",
    ),
    "sl": (
        "Pravo veselje je bilo za vsako degustacijo predelati isti meni.",
        "Z veseljem bomo spet sodelovali z vami.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_pleasure_in_redoing_the_same_work_is_sarcasm(lang: str) -> None:
    sarcasm, calm = PLEASURES[lang]
    assert sarcasm.rstrip(".") in findings(letter(lang, sarcasm), lang).get("blame", [])
    assert "blame" not in findings(letter(lang, calm), lang)


# A wish about the past with how seldom it came true is a reproach; a wish alone, or a
# frequency alone, is not.
WISHES = {
    "en": (
        "It would have been helpful to see the signed order at least once before delivery.",
        "It would have been lovely to carry on, but our bakery is closing.",
    ),
    "fr": (
        "Il aurait été utile de recevoir le bon signé au moins une fois avant la livraison.",
        "Il aurait été agréable de continuer, mais notre boulangerie ferme.",
    ),
    "vi": (
        "Giá mà chúng tôi nhận được đơn hàng có chữ ký dù chỉ một lần trước khi giao.",
        "Chúng tôi rất muốn tiếp tục, nhưng tiệm bánh sắp đóng cửa.",
    ),
    "sl": (
        "Koristno bi bilo, če bi podpisano naročilnico pred dostavo dobili vsaj enkrat.",
        "Lepo bi bilo nadaljevati, a naša pekarna se zapira.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_wish_about_the_past_with_how_seldom_it_came_true_is_blame(lang: str) -> None:
    reproach, calm = WISHES[lang]
    assert reproach.rstrip(".") in findings(letter(lang, reproach), lang).get("blame", [])
    assert "blame" not in findings(letter(lang, calm), lang)
