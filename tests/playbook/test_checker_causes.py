"""Blame needs no judgement word: a cause laid on the reader's side and tied to a harm to
the work is blame, and so is a lesson about how they should treat their next provider; our
own cause, an apology and the reason for thanks are not. Two reasons joined inside one
cause are two reasons; one reason said at length is one. A farewell may be a handover, a
withdrawal or a last occasion, and neither a future in it nor one in a sentence offering a
firm by name is a next step. Sentences written
for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import is_parting_letter

from .test_checker import LANGS
from .test_checker_structure import END_IN_WORDS, NO_DATE, rules

BLAMED_CAUSES = {
    "en": [
        "Because your team signed off the drawings a month late, our fitters worked three "
        "weekends in a row.",
        "The launch slipped by six weeks because the copy from your office arrived in pieces.",
    ],
    "fr": [
        "Parce que vos retours arrivaient après la date limite, notre équipe a dû travailler "
        "plusieurs week-ends.",
        "Le chantier a pris six semaines de retard parce que les plans de votre bureau "
        "arrivaient par morceaux.",
    ],
    "vi": [
        "Vì bên anh duyệt bản vẽ trễ một tháng, thợ của chúng tôi đã làm ba cuối tuần liền.",
        "Ngày ra mắt bị hoãn hai lần do nội dung từ phía chị đến từng phần.",
    ],
    "sl": [
        "Ker ste načrte potrdili mesec dni prepozno, so naši monterji delali tri vikende zapored.",
        "Odprtje se je dvakrat zamaknilo, ker je besedilo iz vaše pisarne prihajalo po delih.",
    ],
}
NOT_BLAME = {
    "en": [
        "Because our team has shrunk, two of your orders went out late, and we are sorry.",
        "Since your business has grown so much, a larger agency will serve you better.",
    ],
    "fr": [
        "Parce que notre équipe s'est réduite, deux de vos commandes sont parties en retard, "
        "et nous en sommes désolés.",
        "Parce que votre entreprise a beaucoup grandi, une agence plus grande vous servira mieux.",
    ],
    "vi": [
        "Vì đội của chúng tôi thu hẹp, hai đơn của chị đã giao trễ, và chúng tôi xin lỗi.",
        "Cảm ơn chị vì đã báo cho chúng tôi biết lần giao hàng trễ vừa rồi.",
    ],
    "sl": [
        "Ker se je naša ekipa zmanjšala, sta dve vaši naročili zamujali, za kar se opravičujemo.",
        "Hvala, ker ste nas opozorili na zamujeno dostavo.",
    ],
}
LESSONS = {
    "en": "For your next supplier, it is worth keeping in mind that clear briefs save money.",
    "fr": "Un conseil pour la suite : un fournisseur ne peut bien travailler que si le cahier "
    "des charges est clair.",
    "vi": "Lần sau, anh nên nhớ rằng bản mô tả rõ ràng sẽ giúp tiết kiệm chi phí.",
    "sl": "Za naprej vam svetujemo, da dobavitelju pošljete jasna navodila.",
}
NOT_LESSONS = {
    "en": "If you need a printer in future, Harbour Print would be glad to help.",
    "fr": "Si vous avez besoin d'un imprimeur à l'avenir, l'imprimerie du Port vous "
    "accueillera volontiers.",
    "vi": "Nếu sau này anh cần xưởng in, Nhà in Bến Cảng sẵn lòng hỗ trợ.",
    "sl": "Če boste v prihodnje potrebovali tiskarno, vam bo Tiskarna Pristan z veseljem pomagala.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_blame_said_as_cause_and_effect_or_as_a_lesson_is_found(lang: str) -> None:
    letter = [*NO_DATE[lang], END_IN_WORDS[lang]]
    for sentence in [*BLAMED_CAUSES[lang], LESSONS[lang]]:
        assert rules([*letter, sentence], lang) == {"blame"}, sentence


@pytest.mark.parametrize("lang", LANGS)
def test_our_own_cause_an_apology_thanks_and_advice_on_where_to_go_are_not_blame(
    lang: str,
) -> None:
    letter = [*NO_DATE[lang], END_IN_WORDS[lang]]
    for sentence in [*NOT_BLAME[lang], NOT_LESSONS[lang]]:
        assert "blame" not in rules([*letter, sentence], lang), sentence


TWO_REASONS = {
    "en": "We are doing so because our rates no longer fit your budget and our team is moving "
    "to hospitality work.",
    "fr": "Nous le faisons parce que nos tarifs ne correspondent plus à votre budget et que "
    "notre équipe se tourne vers l'hôtellerie.",
    "vi": "Chúng tôi làm vậy vì mức phí không còn phù hợp với ngân sách của anh và đội ngũ "
    "của chúng tôi chuyển sang mảng khách sạn.",
    "sl": "Tako smo se odločili, ker naše cene ne ustrezajo več vašemu proračunu in ker se "
    "naša ekipa usmerja v hotelirstvo.",
}
ONE_REASON = {
    "en": "We are doing so because our team is moving to hospitality work and wants to do it well.",
    "fr": "Nous le faisons parce que notre équipe se tourne vers l'hôtellerie et veut bien le "
    "faire.",
    "vi": "Chúng tôi làm vậy vì đội ngũ chuyển sang mảng khách sạn và muốn làm thật tốt.",
    "sl": "Tako smo se odločili, ker se naša ekipa usmerja v hotelirstvo in želi to delati dobro.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_two_reasons_joined_in_one_cause_are_two_and_one_said_at_length_is_one(
    lang: str,
) -> None:
    letter = [*NO_DATE[lang], END_IN_WORDS[lang]]
    assert rules([*letter, TWO_REASONS[lang]], lang) == {"reasons"}
    assert rules([*letter, ONE_REASON[lang]], lang) == set()


# A farewell said as a handover, a withdrawal or a last occasion for the reader.
UNUSUAL_FAREWELLS = {
    "en": [
        "We will hand your account over to another agency.",
        "Our studio is stepping off your account.",
    ],
    "fr": ["Le moment est venu de passer la main.", "Notre studio se retire de votre compte."],
    "vi": [
        "Chúng tôi xin trao lại công việc cho một đơn vị khác.",
        "Đây là lần ghé cuối cùng của chúng tôi tại nhà anh.",
    ],
    "sl": ["Vaš vrt bomo predali drugi ekipi.", "Vzdrževanje vaše opreme bomo končali."],
}
# The farewell's own future, with the end date in it, and nothing else that happens next.
FAREWELL_FUTURE = {
    "en": "Our studio will be stepping off your account on 30 June.",
    "fr": "Notre studio se retirera de votre compte le 30 juin.",
    "vi": "Studio chúng tôi sẽ rút khỏi dự án của chị vào ngày 30 tháng 6.",
    "sl": "Naš studio se bo 30. junija umaknil z vašega projekta.",
}


# A firm offered by name, with no "we" in the sentence: its future is theirs, not ours.
NAMED = {
    "en": "Harbour Print will gladly look after your catalogues.",
    "fr": "L'imprimerie du Port s'occupera volontiers de vos catalogues.",
    "vi": "Nhà in Bến Cảng sẽ sẵn lòng nhận in catalogue cho chị.",
    "sl": "Tiskarna Pristan bo z veseljem tiskala vaše kataloge.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_handover_a_withdrawal_or_a_last_visit_is_a_farewell_and_its_future_no_next_step(
    lang: str,
) -> None:
    for sentence in UNUSUAL_FAREWELLS[lang]:
        assert is_parting_letter(sentence, lang), sentence
    thanks = NO_DATE[lang][0]
    assert rules([thanks, FAREWELL_FUTURE[lang], NAMED[lang]], lang) == {"next_steps"}
