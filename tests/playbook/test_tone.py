"""Blame without a judgement word (issue #13, tone): the reader lectured, a fault
presented as evident, frankness that introduces a judgement, the reader's side judged
incapable, and sarcasm about an easy task. The patterns read these shapes in four
languages and quote the words; calm sentences of the same shape pass. Sentences written
for this test, in none of the training data."""

from __future__ import annotations

import numpy as np
import pytest

from parting.playbook import meaning
from parting.playbook.checker import check_letter
from parting.playbook.meaning import best_of_pieces, pieces

from .test_checker import letter

HOSTILE = {
    "en": [
        "As I have pointed out more than once, the files must be final before printing.",
        "For the umpteenth time, the prices were in the quote you signed.",
        "Clearly your buyers do not read what they order.",
        "To be blunt, your planners are incapable of keeping a schedule.",
        "Your accounts team seems unable to find an invoice we sent twice.",
        "Surely it is not that hard to send a purchase order?",
        "It shouldn't be so difficult to answer the phone.",
    ],
    "fr": [
        "Comme je vous l'ai déjà dit plusieurs fois, les fichiers doivent être définitifs.",
        "Pour la énième fois, les prix figuraient dans le devis que vous avez signé.",
        "Visiblement, vos acheteurs ne lisent pas ce qu'ils commandent.",
        "Pour être franc, vos planificateurs sont incapables de tenir un calendrier.",
        "Votre service comptable semble incapable de retrouver une facture envoyée deux fois.",
        "Ce n'est pourtant pas sorcier d'envoyer un bon de commande.",
    ],
    "vi": [
        "Như tôi đã nhắc đi nhắc lại, tệp phải hoàn chỉnh trước khi in.",
        "Rõ ràng là nhân viên mua hàng bên anh không xem kỹ những gì họ đặt.",
        "Nói thật, bộ phận kế hoạch bên chị không có khả năng giữ đúng lịch.",
        "Phòng kế toán bên anh có vẻ không thể tìm thấy một hóa đơn đã gửi hai lần.",
        "Gửi một đơn đặt hàng đâu có khó đến thế.",
    ],
    "sl": [
        "Kot smo Vam že nekajkrat povedali, morajo biti datoteke pred tiskom dokončne.",
        "Očitno Vaši nabavniki ne preberejo, kaj naročajo.",
        "Iskreno povedano, Vaši planerji niso sposobni držati urnika.",
        "Vaše računovodstvo ni sposobno najti računa, ki smo ga poslali dvakrat.",
        "Saj ni tako težko poslati naročilnice.",
    ],
}
CALM = {
    "en": [
        "As we agreed on the phone, the files will be final by Friday.",
        "Frankly, we have enjoyed every project with your team.",
        "If you are unable to pay the invoice in one go, we can agree on instalments.",
        "Clearly, your business has grown, and we are glad to have been part of it.",
    ],
    "fr": [
        "Comme convenu au téléphone, les fichiers seront définitifs vendredi.",
        "Franchement, nous avons apprécié chaque projet avec votre équipe.",
        "Si vous ne pouvez pas régler la facture en une fois, nous pouvons convenir d'un "
        "échéancier.",
    ],
    "vi": [
        "Như đã thống nhất qua điện thoại, tệp sẽ hoàn chỉnh trước thứ Sáu.",
        "Nói thật, chúng tôi rất quý từng dự án với đội ngũ bên anh.",
    ],
    "sl": [
        "Kot smo se dogovorili po telefonu, bodo datoteke dokončne do petka.",
        "Iskreno povedano, vsak projekt z Vašo ekipo nas je veselil.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, found in HOSTILE.items() for s in found]
)
def test_blame_without_a_judgement_word_is_found_and_quoted(lang: str, sentence: str) -> None:
    findings = {f.rule: f.words for f in check_letter(letter(lang, extra=sentence), lang)}
    assert set(findings) == {"blame"}, findings
    assert all(words in sentence for words in findings["blame"])


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, calm in CALM.items() for s in calm]
)
def test_a_calm_sentence_of_the_same_shape_passes(lang: str, sentence: str) -> None:
    assert check_letter(letter(lang, extra=sentence), lang) == []


def test_a_long_sentence_is_also_read_clause_by_clause() -> None:
    sentence = "We will end our work on 30 June, since your team treated every deadline as a hint."
    assert pieces(sentence) == [
        sentence,
        "We will end our work on 30 June",
        "since your team treated every deadline as a hint.",
    ]
    # a short clause says nothing on its own; a sentence without a break is one piece
    assert pieces("Thank you, Ana.") == ["Thank you, Ana."]
    assert pieces("Thank you for the years of work.") == ["Thank you for the years of work."]


def test_a_condition_with_an_offer_of_ours_is_read_for_its_offer() -> None:
    # "If you are unable to pay…" read alone looks like the unpaid invoices of blame
    assert pieces("If paying at once is hard, we can agree on instalments.") == [
        "we can agree on instalments."
    ]
    assert pieces("Si le délai est court, nous pouvons décaler la remise des fichiers.") == [
        "nous pouvons décaler la remise des fichiers."
    ]
    # a condition without an offer is read as written
    sentence = "If you keep changing your mind, find another studio."
    assert pieces(sentence) == [sentence, "If you keep changing your mind"]


@pytest.mark.parametrize(
    ("lang", "one_family", "two_families"),
    [
        (
            "en",
            "It did not work because the budget was small and because the fees had not "
            "changed since 2021.",
            "It did not work because the budget was small and because the deadlines slipped.",
        ),
        (
            "fr",
            "Cela n'a pas marché parce que le budget était serré, et parce que nos tarifs "
            "n'avaient pas bougé depuis 2021.",
            "Cela n'a pas marché parce que le budget était serré, et parce que les délais "
            "glissaient.",
        ),
    ],
)
def test_reasons_are_counted_by_family_not_by_the_word_because(
    lang: str, one_family: str, two_families: str
) -> None:
    found = {f.rule for f in check_letter(letter(lang, extra=one_family), lang, meaning=False)}
    assert "reasons" not in found
    found = {f.rule for f in check_letter(letter(lang, extra=two_families), lang, meaning=False)}
    assert "reasons" in found


def test_a_clause_of_purpose_or_condition_is_read_with_the_promise_or_request_before_it() -> None:
    # alone, "so that nothing waits on one person" or "če bi na Vaši strani osnutke
    # potrjevala ena oseba" lost what they belong to and read as a reproach
    promise = "Your questions go to our shared address, so that nothing waits on one person."
    assert pieces(promise) == [promise]
    request = "Najbolj bi nam pomagalo, če bi na Vaši strani osnutke potrjevala ena oseba."
    assert pieces(request) == [request]
    purpose = "Từ tháng 6 sẽ có thêm một biên dịch viên, để một người vắng mặt không làm chậm việc."
    assert pieces(purpose) == [purpose]
    # a cause still reads alone
    blame = "We end our work on 30 June, since your team treated every deadline as a hint."
    assert pieces(blame)[-1] == "since your team treated every deadline as a hint."


def test_what_a_french_ce_qui_says_of_a_clause_is_read_with_that_clause() -> None:
    # like "which" and "kar": alone, "Vous avez toujours lu chaque contrat avec soin" lost
    # the good it did and read as the reproach of a habit
    praise = (
        "Vous avez toujours lu chaque contrat avec soin, ce qui a beaucoup facilité notre travail."
    )
    assert pieces(praise) == [praise]
    regret = "Nous n'avons pas pu livrer à temps, ce qu'aucun de nous n'avait prévu."
    assert pieces(regret) == [regret]
    # a clause that opens with "ce" and no relative is still read alone
    blame = "Nous arrêtons le 30 juin, ce chantier ayant été une suite de vos revirements."
    assert len(pieces(blame)) == 3


@pytest.mark.parametrize(
    ("lang", "sarcasm", "praise"),
    [
        (
            "en",
            "Well done on finally answering within the week.",
            "Congratulations on your new shop.",
        ),
        (
            "fr",
            "Bravo d'avoir enfin répondu dans la semaine.",
            "Félicitations pour votre nouvelle boutique.",
        ),
        (
            "vi",
            "Chúc mừng chị cuối cùng cũng trả lời trong tuần.",
            "Chúc mừng chị mở cửa hàng mới.",
        ),
        (
            "sl",
            "Čestitam, da ste končno odgovorili v tednu dni.",
            "Čestitamo Vam ob odprtju nove trgovine.",
        ),
    ],
)
def test_praise_for_finally_doing_something_is_sarcasm_and_praise_alone_is_not(
    lang: str, sarcasm: str, praise: str
) -> None:
    assert "blame" in {
        f.rule for f in check_letter(letter(lang, extra=sarcasm), lang, meaning=False)
    }
    assert check_letter(letter(lang, extra=praise), lang, meaning=False) == []


def test_a_clause_counts_alone_only_where_its_whole_sentence_leans_the_same_way() -> None:
    # two sentences: the first whole at 0.00 with a clause at 0.99 (a verb cut from its
    # subject by an aside), the second whole at 0.40 with a clause at 0.95 (blame folded
    # into a calm decision)
    scores = np.asarray([0.0, 0.99, 0.40, 0.95])
    owner = np.asarray([0, 0, 1, 1])
    whole = np.asarray([True, False, True, False])
    assert best_of_pieces(scores, owner, whole, 2).tolist() == [0.0, 0.95]
    # a sentence read only through its clauses (a condition with our offer) is not gated
    assert best_of_pieces(np.asarray([0.9]), np.asarray([0]), np.asarray([False]), 1)[0] == 0.9


@pytest.mark.parametrize(
    ("lang", "apology"),
    [
        ("en", "Two of our cooks were ill, so your lunches arrived late, and we are sorry."),
        (
            "vi",
            "Vì bếp thiếu người, hai đơn cơm trưa của chị đã bị giao trễ, và chúng tôi xin lỗi.",
        ),
        ("sl", "Ker sta zbolela dva kuharja, so Vaša kosila zamujala, za kar se opravičujemo."),
    ],
)
def test_a_sentence_in_which_we_apologise_is_not_blame_for_the_model_either(
    lang: str, apology: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whatever the model reads into it, an apology of ours owns the harm it names; a
    # sentence beside it that the model reads as blame is still reported
    blame = {"en": "You made it hard.", "vi": "Anh làm mọi thứ khó.", "sl": "Vse ste otežili."}
    monkeypatch.setattr(
        meaning, "sentence_findings", lambda sentences, lang=None: {"blame": [apology, blame[lang]]}
    )
    found = {f.rule: f.words for f in check_letter(letter(lang, extra=apology), lang)}
    assert found["blame"] == [blame[lang]]


# Tenth tone round: what an owner writes in a good letter and the checker read as blame.
# Written for this test, in none of the training data.
# The behaviour named with its day, as an abuse letter must (DOMAIN: "name the behaviour
# calmly"), and the same act told as a habit, with no day: a reproach.
NAMED_WITH_ITS_DAY = {
    "en": "On 8 May you shouted at our driver in front of the shop.",
    "fr": "Le 8 mai, vous avez crié sur notre livreur devant le magasin.",
    "vi": "Ngày 8 tháng 5, anh đã quát tài xế của chúng tôi trước cửa hàng.",
    "sl": "Osmega maja ste pred trgovino kričali na našega voznika.",
}
TOLD_AS_A_HABIT = {
    "en": "You shouted at our driver whenever he was a minute late.",
    "fr": "Vous avez crié sur notre livreur à chaque minute de retard.",
    "vi": "Anh đã quát tài xế của chúng tôi mỗi khi anh ấy trễ một phút.",
    "sl": "Na našega voznika ste kričali ob vsaki minuti zamude.",
}
# Agreeing with the reader's complaint: a fault of ours and the harm it did them, owned
# without an apology word.
CONCEDED = {
    "en": "You were right: our invoices went to the wrong address, and your accountant "
    "chased them for a month.",
    "fr": "Vous aviez raison : nos factures partaient à la mauvaise adresse, et votre "
    "comptable les a cherchées pendant un mois.",
    "vi": "Chị nói đúng: hóa đơn của chúng tôi gửi nhầm địa chỉ, và kế toán bên chị đã phải "
    "tìm suốt một tháng.",
    "sl": "Imate prav: naši računi so šli na napačen naslov, Vaša računovodkinja pa jih je "
    "iskala cel mesec.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_the_behaviour_named_with_its_day_is_no_blame_and_the_same_act_as_a_habit_is(
    lang: str,
) -> None:
    assert check_letter(letter(lang, extra=NAMED_WITH_ITS_DAY[lang]), lang, meaning=False) == []
    found = {f.rule for f in check_letter(letter(lang, extra=TOLD_AS_A_HABIT[lang]), lang)}
    assert found == {"blame"}


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_a_complaint_agreed_with_or_a_behaviour_named_is_not_blame_for_the_model_either(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whatever the model reads into them, they own the fault or name what happened; a
    # sentence beside them that the model reads as blame is still reported
    blame = "Everything was always harder than it needed to be."
    flagged = [CONCEDED[lang], NAMED_WITH_ITS_DAY[lang], blame]
    monkeypatch.setattr(
        meaning, "sentence_findings", lambda sentences, lang=None: {"blame": flagged}
    )
    draft = letter(lang, extra=f"{CONCEDED[lang]} {NAMED_WITH_ITS_DAY[lang]}")
    found = {f.rule: f.words for f in check_letter(f"{draft} {blame}", lang)}
    assert found["blame"] == [blame]


# A character judgement said through "someone who…" and what it did to our people; naming
# who would suit the reader is calm.
WORN_OUT_BY_SOMEONE = {
    "en": "Dealing with a client who answers every question with another question has "
    "exhausted our planners.",
    "fr": "Travailler avec quelqu'un qui conteste chaque facture a usé toute notre comptabilité.",
    "vi": "Làm việc với một người việc gì cũng chê bai khiến nhân viên của chúng tôi kiệt sức.",
    "sl": "Sodelovanje z nekom, ki vsako odločitev trikrat spremeni, je naše oblikovalce "
    "povsem izčrpalo.",
}
SOMEONE_WHO_WOULD_SUIT = {
    "en": "Working with someone who knows the restaurant trade will suit you better.",
    "fr": "Travailler avec quelqu'un qui connaît la restauration vous conviendra mieux.",
    "vi": "Làm việc với một người hiểu rõ ngành nhà hàng sẽ phù hợp với anh hơn.",
    "sl": "Sodelovanje z nekom, ki pozna gostinstvo, Vam bo bolj ustrezalo.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_a_judgement_through_someone_who_wore_us_out_is_blame_and_who_would_suit_is_not(
    lang: str,
) -> None:
    hostile = letter(lang, extra=WORN_OUT_BY_SOMEONE[lang])
    found = {f.rule: f.words for f in check_letter(hostile, lang, meaning=False)}
    assert list(found) == ["blame"]
    calm = letter(lang, extra=SOMEONE_WHO_WOULD_SUIT[lang])
    assert check_letter(calm, lang, meaning=False) == []
