"""Issue #12, eighth session: calm mail that borrows a complaint's words stays calm. The
writer clears the reader ("nothing to do with you"), thanks them for a fix, speaks of
trouble or a slip on their own side, passes on a customer's words about someone else, or
moves a call to another hour; a hard time is a payment excuse only beside the payment.
Real complaints in the same words stay complaints. Sentences written for these tests, in
no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

BUSINESS = ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent")

CALM = [
    ("en", "The flyers came out blurry, but that was the print shop, nothing to do with you."),
    ("en", "Thanks for fixing the broken checkout button so quickly yesterday."),
    ("en", "Our shop printer is broken again, so I'll sign the contract on screen."),
    ("en", "Sorry, we were late for the site visit, the van had a flat tyre."),
    ("fr", "Les affiches sont sorties floues, mais c'est l'imprimeur, rien à voir avec vous."),
    ("fr", "Merci d'avoir corrigé le bouton de paiement cassé aussi vite hier."),
    ("fr", "J'avais donné le mauvais code postal pour la livraison, c'est corrigé."),
    ("vi", "Tờ rơi in bị mờ nhưng là do nhà in, không liên quan bên anh đâu."),
    ("vi", "Cảm ơn anh đã khắc phục cái nút thanh toán bị lỗi nhanh vậy."),
    ("vi", "Hôm qua em ghi sai mã bưu điện, em sửa rồi nha anh."),
    ("vi", "Khách cũ nhắn em hỏi sao chậm vậy, em trả lời rồi, đơn bên shop khác."),
    ("vi", "Cuộc họp thứ Sáu mình dời sang 15h được không anh?"),
    ("sl", "Letaki so zamegljeni, ampak kriva je tiskarna, z vami to nima nič."),
    ("sl", "Hvala, da ste včeraj tako hitro popravili pokvarjen gumb za plačilo."),
    ("sl", "Sem napisala napačno poštno številko, zdaj je popravljeno."),
    # "This is difficult for us", with no payment in it.
    ("en", "Tough times in retail, so we're holding off on new projects this spring."),
    (
        "fr",
        "Période difficile pour notre association, on décale le projet de site à l'an prochain.",
    ),
    ("sl", "Za naše društvo je težko obdobje, zato projekt spletne strani prestavimo."),
]

# A hard time with the payment named beside it is still an excuse.
EXCUSES = [
    ("en", "tough times here, can we pay the invoice in two parts?"),
    ("fr", "période difficile, on pourra régler la facture seulement en mai"),
    ("sl", "težko obdobje, račun bomo plačali šele maja"),
]

COMPLAINTS = [
    ("en", "the checkout button is broken again, third time this month"),
    ("fr", "le bouton de paiement est encore cassé, troisième fois ce mois-ci"),
    ("vi", "nút thanh toán lại bị lỗi nữa rồi, lần thứ ba trong tháng"),
    ("sl", "gumb za plačilo spet ne dela, že tretjič ta mesec"),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_calm_mail_in_a_complaints_words_is_in_no_business_class(language: str, text: str) -> None:
    flags = flags_of(text, language)
    assert not [name for name in BUSINESS if flags[name]]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_a_fault_come_back_is_still_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), EXCUSES)
def test_a_hard_time_beside_the_payment_is_still_an_excuse(language: str, text: str) -> None:
    assert flags_of(text, language)["is_payment_excuse"]
