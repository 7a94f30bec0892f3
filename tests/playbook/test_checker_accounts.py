"""What a good letter tells as an account is not blame nor a second reason: reminders given
with their dates, one reason followed by its facts after a colon, sentences after the dated
last day of the work, a friendly invitation in Vietnamese, none of our own people. The same
words said without the dates, or after the decision itself, still fire. And what only looks
like the rule's presence is not: the sign-off's thanks, thanks on a condition or in advance,
a future we hope for the reader; a reason said to be added is a second one. Sentences
written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from .test_checker import LANGS, letter, rules

DATED_REMINDERS = {
    "en": "Invoice 88 is still unpaid despite our reminders of 2 February and 16 February.",
    "fr": "La facture 88 reste impayée malgré nos relances du 2 et du 16 février.",
    "vi": "Hóa đơn 88 vẫn chưa được thanh toán dù chúng tôi đã nhắc vào ngày 2/2 và 16/2.",
    "sl": "Račun 88 je kljub opominom 2. in 16. februarja še vedno neplačan.",
}
UNDATED_REMINDERS = {
    "en": "Invoice 88 is still unpaid despite our many reminders.",
    "fr": "La facture 88 reste impayée malgré nos nombreuses relances.",
    "vi": "Hóa đơn 88 vẫn chưa được thanh toán dù chúng tôi đã nhắc rất nhiều lần.",
    "sl": "Račun 88 je kljub številnim opominom še vedno neplačan.",
}
# One reason of ours with its facts after a colon; the same facts after the decision.
ONE_REASON_WITH_FACTS = {
    "en": "I am closing the workshop in May: the lease runs out in April, the landlord is "
    "selling the building, and my two joiners are moving to a firm in the city.",
    "fr": "Je ferme l'atelier en mai : le bail se termine en avril, le propriétaire vend "
    "le bâtiment, et mes deux menuisiers rejoignent une entreprise de la ville.",
    "vi": "Tháng 5 tôi đóng cửa xưởng: hợp đồng thuê hết hạn vào tháng 4, chủ nhà bán lại "
    "tòa nhà, còn hai thợ mộc của tôi chuyển sang làm cho một công ty trong thành phố.",
    "sl": "Maja zapiram delavnico: najemna pogodba poteče aprila, lastnik prodaja stavbo, "
    "moja dva mizarja pa odhajata k podjetju v mestu.",
}
SEVERAL_REASONS_AFTER_THE_DECISION = {
    "en": "We have decided to end our work together: the budget keeps shrinking, the "
    "deadlines move every month, and our team is stretched across too many projects.",
    "fr": "Nous avons décidé de mettre fin à notre collaboration : le budget ne cesse de "
    "baisser, les délais changent chaque mois, et notre équipe est dispersée sur trop de projets.",
    "vi": "Chúng tôi quyết định chấm dứt hợp tác: ngân sách cứ giảm dần, thời hạn tháng nào "
    "cũng thay đổi, và đội của chúng tôi đang phải gánh quá nhiều dự án cùng lúc.",
    "sl": "Odločili smo se, da sodelovanje končamo: proračun se vse bolj krči, roki se "
    "spreminjajo vsak mesec, naša ekipa pa je razpeta čez preveč projektov.",
}
# After the dated last day, what we will do is no further reason.
AFTER_THE_LAST_DAY = {
    "en": [
        "Thank you for four years of lessons with Tom.",
        "I am moving to Porto in the summer to teach at the music school there.",
        "Tom's last lesson with me will be on 26 June.",
        "My colleague Ana Reis teaches on Thursdays and has agreed to call you.",
        "I will write her a note on each of Tom's pieces.",
        "She already knows Tom from the winter recital.",
    ],
    "fr": [
        "Merci pour ces quatre années de cours avec Tom.",
        "Je pars enseigner à l'école de musique de Porto cet été.",
        "Le dernier cours de Tom avec moi aura lieu le 26 juin.",
        "Ma collègue Ana Reis enseigne le jeudi et a accepté de vous appeler.",
        "Je lui écrirai une note sur chacun des morceaux de Tom.",
        "Elle connaît déjà Tom depuis l'audition d'hiver.",
    ],
    "vi": [
        "Cảm ơn chị vì bốn năm bé Tôm học đàn với em.",
        "Mùa hè này em chuyển vào Đà Lạt dạy ở trường nhạc.",
        "Buổi học cuối của bé Tôm với em sẽ là ngày 26/6.",
        "Cô Ana Reis, đồng nghiệp của em, dạy vào thứ Năm và đã đồng ý gọi cho chị.",
        "Em sẽ viết cho cô ấy vài dòng về từng bài của bé Tôm.",
        "Cô ấy đã biết bé Tôm từ buổi biểu diễn mùa đông.",
    ],
    "sl": [
        "Hvala za štiri leta ur s Tomom.",
        "Poleti se selim v Porto, kjer bom poučevala na glasbeni šoli.",
        "Tomova zadnja ura pri meni bo 26. junija.",
        "Moja kolegica Ana Reis poučuje ob četrtkih in vas je pripravljena poklicati.",
        "Napisala ji bom zapis o vsaki Tomovi skladbi.",
        "Toma že pozna z zimskega nastopa.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_reminders_given_with_their_dates_are_an_account_and_without_them_blame(
    lang: str,
) -> None:
    assert "blame" not in rules(letter(lang, extra=DATED_REMINDERS[lang]), lang, meaning=False)
    assert "blame" in rules(letter(lang, extra=UNDATED_REMINDERS[lang]), lang, meaning=False)


@pytest.mark.parametrize("lang", LANGS)
def test_one_reason_with_its_facts_after_a_colon_is_one_but_after_the_decision_several(
    lang: str,
) -> None:
    kept = rules(
        letter(lang, without="decision", extra=ONE_REASON_WITH_FACTS[lang]),
        lang,
        kind="confirmation",
        meaning=False,
    )
    assert "reasons" not in kept
    listed = rules(
        letter(lang, without="decision", extra=SEVERAL_REASONS_AFTER_THE_DECISION[lang]),
        lang,
        kind="confirmation",
        meaning=False,
    )
    assert "reasons" in listed


@pytest.mark.parametrize("lang", LANGS)
def test_what_we_will_do_after_the_dated_last_day_is_no_further_reason(lang: str) -> None:
    text = " ".join(AFTER_THE_LAST_DAY[lang])
    assert "reasons" not in rules(text, lang, kind="confirmation", meaning=False)


def test_a_vietnamese_invitation_softened_by_nhe_is_no_reproach_of_a_habit() -> None:
    invitation = "Mấy thùng giấy trong kho anh cứ giữ lại mà dùng nhé."
    habit = "Sau mỗi buổi họp anh cứ đổi ý về màu sắc."
    assert "blame" not in rules(letter("vi", extra=invitation), "vi", meaning=False)
    assert "blame" in rules(letter("vi", extra=habit), "vi", meaning=False)


def test_none_of_our_own_people_lays_nothing_on_the_reader_in_slovenian() -> None:
    ours = "Kombi se je spet pokvaril, nobeden od naših dveh voznikov pa nima izpita za tovornjak."
    assert "blame" not in rules(letter("sl", extra=ours), "sl", meaning=False)


# Thanks that thank for nothing real: the sign-off's formula, a condition, "in advance".
NO_REAL_THANKS = {
    "en": [
        "Thanks and best wishes,\nCarla",
        "Thanks if you can return the keys to the front desk.",
        "Thank you in advance for sending back the badges.",
    ],
    "fr": [
        "Merci et belle journée,\nCarla",
        "Merci si vous pouvez rendre les clés à l'accueil.",
        "Merci d'avance de nous renvoyer les badges.",
    ],
    "vi": [
        "Trân trọng cảm ơn,\nCarla",
        "Cảm ơn nếu anh trả lại chìa khóa ở quầy lễ tân.",
        "Cảm ơn anh trước vì sẽ gửi lại thẻ ra vào.",
    ],
    "sl": [
        "Hvala in lep pozdrav,\nCarla",
        "Hvala, če lahko ključe vrnete na recepciji.",
        "Hvala vnaprej, da nam vrnete kartice.",
    ],
}
SAID_TO_BE_ADDED = {
    "en": "We must also add that the site visits take twice as long as planned.",
    "fr": "Il faut ajouter que les visites sur place prennent deux fois plus de temps que prévu.",
    "vi": "Cũng phải nói thêm là các buổi khảo sát mất gấp đôi thời gian dự kiến.",
    "sl": "Dodati moramo še, da obiski na terenu trajajo dvakrat dlje, kot je bilo načrtovano.",
}
HOPED = {
    "en": "We are sure you will find a studio that suits you.",
    "fr": "Nous sommes certains que vous trouverez un studio qui vous convient.",
    "vi": "Chúng tôi tin anh sẽ tìm được một studio phù hợp.",
    "sl": "Prepričani smo, da boste našli studio, ki vam bo ustrezal.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_thanks_in_the_sign_off_on_a_condition_or_in_advance_are_no_thanks(lang: str) -> None:
    for unearned in NO_REAL_THANKS[lang]:
        assert "thanks" in rules(
            letter(lang, without="thanks", extra=unearned), lang, meaning=False
        )
    # beside thanks for something real, the sign-off's thanks change nothing
    assert rules(letter(lang, extra=NO_REAL_THANKS[lang][0]), lang, meaning=False) == {}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reason_said_to_be_added_is_a_second_reason(lang: str) -> None:
    assert "reasons" in rules(letter(lang, extra=SAID_TO_BE_ADDED[lang]), lang, meaning=False)


@pytest.mark.parametrize("lang", LANGS)
def test_a_future_we_hope_for_the_reader_is_no_next_step(lang: str) -> None:
    found = rules(letter(lang, without="next", extra=HOPED[lang]), lang, meaning=False)
    assert "next_steps" in found
