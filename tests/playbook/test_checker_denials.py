"""Blame read by what is denied, supposed or promised (issue #13, sixteenth tone round).

A failing of the reader's that is denied is praise, a double negative: "You never once
paid late", "Vous n'avez jamais annulé un rendez-vous", "Anh chưa bao giờ để em phải nhắc",
"Nikoli niste zamudili". A duty denied stays blame ("you never paid on time"), and so does
a failing affirmed. A past supposition about what the reader did, with what it would have
spared us, is blame ("If you had…, we would not have…", "Če bi…, nam ne bi bilo treba…");
the same supposition about ourselves, or with an apology, owns the fault. A promise of the
reader's still not kept is blame; our own is not. Work that took longer than planned
because of the reader is a harm. "For the last time" with the day of the last visit is the
end of the work, not a scolding. Sentences written for this test, in none of the drafts.
"""

from __future__ import annotations

import pytest

from parting.playbook.checker import WORDINGS, _blame, check_letter, praised_by_denial

FAILING_DENIED = {
    "en": [
        "You never once paid an invoice late in six years.",
        "In all that time you never cancelled a single fitting.",
        "Your team has never kept our drivers waiting at the gate.",
        "We never had to remind you about a renewal, and you never missed a meeting.",
    ],
    "fr": [
        "Vous n'avez jamais annulé un rendez-vous au dernier moment.",
        "Tu ne m'as jamais fait attendre un paiement.",
        "Vous n'avez jamais oublié de nous prévenir d'une fermeture.",
    ],
    "vi": [
        "Em cảm ơn anh. Anh chưa bao giờ để em phải nhắc hóa đơn.",
        "Chị cảm ơn em. Chưa lần nào em chuyển khoản trễ.",
        "Cảm ơn chị. Chị không bao giờ hủy lịch vào phút chót.",
    ],
    "sl": [
        "Nikoli niste pozabili na račun.",
        "Nikoli nam niste dali povoda za pritožbo.",
        "Nikoli mi nisi odpovedal ure v zadnjem trenutku.",
        "V petih letih nikoli niste zamujali s plačili.",
    ],
}
DUTY_DENIED = {
    "en": [
        "You never once paid an invoice on time in six years.",
        "You always paid our invoices late.",
    ],
    "fr": [
        "Vous n'avez jamais réglé une facture dans les délais.",
        "Vous avez toujours oublié de nous prévenir.",
    ],
    "vi": [
        "Em cảm ơn anh. Anh chưa bao giờ thanh toán đúng hạn.",
        "Chị cảm ơn em. Lần nào em cũng chuyển khoản trễ.",
    ],
    "sl": [
        "Nikoli niste plačali pravočasno.",
        "Vedno ste zamujali s plačili.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(k, s) for k, v in FAILING_DENIED.items() for s in v]
)
def test_a_failing_of_the_readers_denied_is_praise(lang: str, sentence: str) -> None:
    assert not _blame(WORDINGS[lang], sentence, lang), sentence
    assert praised_by_denial(sentence.split(". ")[-1], lang), sentence


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in DUTY_DENIED.items() for s in v])
def test_a_duty_denied_or_a_failing_told_stays_blame(lang: str, sentence: str) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence
    assert not praised_by_denial(sentence.split(". ")[-1], lang), sentence


SUPPOSED = {
    "en": [
        "If you had sent the floor plans when you said you would, we would not have measured "
        "every room twice.",
        "Had your office answered our calls, our crew would not have waited outside for hours.",
    ],
    "fr": [
        "Si vous aviez validé les maquettes à temps, nous n'aurions pas travaillé trois week-ends.",
        "Si tu m'avais prévenu, je n'aurais pas fait le trajet pour rien.",
    ],
    "vi": [
        "Em cảm ơn chị. Nếu chị gửi mẫu sớm hơn thì em đã không phải làm lại cả bộ ảnh.",
        "Cảm ơn anh. Nếu anh báo trước thì thợ của chúng tôi đã không mất công đến.",
    ],
    "sl": [
        "Če bi nam načrte poslali pravočasno, nam ne bi bilo treba delati ob sobotah.",
        "Če bi mi vsaj enkrat odgovoril, mi ne bi bilo treba klicati po desetkrat.",
        "Ko bi Vi pravočasno potrdili naročilo, ne bi izgubili cele sezone.",
    ],
}
SUPPOSED_OURS = {
    "en": [
        "If we had hired a second fitter, we would not have kept you waiting, and we are sorry.",
        "If we had more staff, we would not have to end the round.",
    ],
    "fr": [
        "Si nous avions embauché plus tôt, nous n'aurions pas pris de retard.",
    ],
    "vi": [
        "Nếu chúng tôi tuyển thêm người sớm hơn thì đã không phải dừng hợp tác.",
    ],
    "sl": [
        "Če bi mi prej najeli še enega voznika, ne bi bilo treba končati, zato se opravičujemo.",
        "Če bi imeli več ljudi, bi z veseljem nadaljevali.",
    ],
}


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in SUPPOSED.items() for s in v])
def test_a_supposition_of_what_the_reader_did_and_what_it_would_have_spared_us_is_blame(
    lang: str, sentence: str
) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence


@pytest.mark.parametrize(
    ("lang", "sentence"), [(k, s) for k, v in SUPPOSED_OURS.items() for s in v]
)
def test_a_supposition_of_our_own_is_no_blame(lang: str, sentence: str) -> None:
    assert not _blame(WORDINGS[lang], sentence, lang), sentence


PROMISE_BROKEN = {
    "en": ["You promised to settle the March invoice within a week, and it is still unpaid."],
    "fr": ["Vous nous aviez promis le règlement pour avril ; nous n'avons toujours rien reçu."],
    "vi": ["Em chào anh. Anh hứa gửi hợp đồng từ tuần trước mà đến nay vẫn chưa gửi."],
    "sl": ["Plačilo ste obljubili za april, a računa še vedno niste poravnali."],
}
PROMISE_OURS = {
    "en": ["We promised the new schedule for May and we still have not sent it; I apologise."],
    "fr": ["Nous avions promis le devis pour lundi et il n'est toujours pas prêt."],
    "vi": ["Chúng tôi đã hứa gửi báo giá nhưng vẫn chưa gửi được."],
    "sl": ["Obljubili smo Vam nov urnik, a ga še vedno nismo pripravili."],
}


@pytest.mark.parametrize(("lang", "sentence"), [(k, v[0]) for k, v in PROMISE_BROKEN.items()])
def test_a_promise_of_the_readers_still_not_kept_is_blame(lang: str, sentence: str) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence


@pytest.mark.parametrize(("lang", "sentence"), [(k, v[0]) for k, v in PROMISE_OURS.items()])
def test_a_promise_of_our_own_still_not_kept_is_no_blame(lang: str, sentence: str) -> None:
    assert not _blame(WORDINGS[lang], sentence, lang), sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Because of your late answers, every delivery took two weeks longer than planned."),
        ("fr", "À cause de vos réponses tardives, chaque chantier a duré plus longtemps que prévu"),
        ("sl", "Zaradi vaših poznih potrditev je vsak projekt trajal mesec dlje, kot smo mislili"),
    ],
)
def test_work_that_took_longer_than_planned_because_of_the_reader_is_blame(
    lang: str, sentence: str
) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence


def test_for_the_last_time_with_the_day_of_the_visit_ends_the_work_and_alone_scolds() -> None:
    last_visit = "Our fitter will call on you for the last time on Tuesday 3 March."
    assert not _blame(WORDINGS["en"], last_visit, "en")
    assert _blame(WORDINGS["en"], "For the last time, our fitters do not work on Sundays.", "en")


def test_a_letter_of_praise_by_denial_passes_the_model_too() -> None:
    letter = (
        "Chị Hà kính mến,\n\n"
        "Em cảm ơn chị đã đặt hoa ở tiệm em suốt ba năm qua. Chị chưa từng thanh toán trễ một "
        "lần nào, cũng chưa bao giờ bắt em phải chờ ý kiến, em rất quý chị. Em chuyển vào Đà "
        "Nẵng sống nên tiệm chỉ nhận đơn của chị đến hết ngày 30 tháng 4 thôi ạ.\n\n"
        "Tiệm hoa Cúc Vàng và chị Mai Lan ở phố Hàng Bè đều nhận cắm hoa cho văn phòng. Trước "
        "ngày 25 tháng 4 em sẽ gửi chị danh sách các mẫu hoa chị hay đặt ạ.\n\n"
        "Em chào chị,\nNgọc"
    )
    assert [f.rule for f in check_letter(letter, "vi", kind="confirmation")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Letos ste nam že dvakrat pozabili plačati račun.",
        "Lansko jesen ste nam kar trikrat pozabili odpreti skladišče.",
        "Po vaši zaslugi smo vsak mesec izgubljali dneve.",
    ],
)
def test_the_slovenian_reader_as_the_subject_of_a_past_failure_said_with_how_often(
    sentence: str,
) -> None:
    assert _blame(WORDINGS["sl"], sentence, "sl"), sentence


def test_a_draft_with_no_sentence_has_no_blame() -> None:
    for lang in ("en", "fr", "vi", "sl"):
        assert _blame(WORDINGS[lang], "", lang) == []
        assert _blame(WORDINGS[lang], " \n ", lang) == []
