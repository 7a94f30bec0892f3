"""Issue #12, sixth session: the business classes read the shapes of client mail, not our
sentences. A complaint counts the reminders, says a fault came back, that goods arrived
spoiled, that a promised day passed, that something wrong was sent; a payment excuse says
money is short until something arrives, that a payment would not go through, that
someone else paid late; a change request turns one part of the work down for another or
adjusts how it looks; urgency gives a deadline of hours or someone already waiting. The
same words from calm mail stay calm: a fault that did not come back, one's own promise to
be quick, "urgent? no". Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

BUSINESS = ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent")

FLAGGED = [
    ("en", "5th reminder about the broken gate. anyone?", "is_complaint"),
    ("en", "the leak we had in june is back", "is_complaint"),
    ("en", "the flowers arrived completely crushed", "is_complaint"),
    ("en", "you sent us the wrong brochures, again", "is_complaint"),
    (
        "en",
        "funds are tight until our customer pays us, so can the invoice wait",
        "is_payment_excuse",
    ),
    ("en", "the bank app wouldn't accept the transfer, trying again monday", "is_payment_excuse"),
    ("en", "scratch the serif font, go with something clean", "is_change_request"),
    ("en", "the newsletter signup needs to go higher on the page", "is_change_request"),
    ("en", "the courier is waiting downstairs for the signed copy", "is_urgent"),
    ("fr", "5e relance pour le portail cassé, quelqu'un ?", "is_complaint"),
    ("fr", "le même problème de fuite est revenu", "is_complaint"),
    ("fr", "les fleurs sont arrivées complètement abîmées", "is_complaint"),
    ("fr", "le paiement en ligne a refusé la carte, je réessaie lundi", "is_payment_excuse"),
    ("fr", "oubliez le vert, partez sur un bleu nuit", "is_change_request"),
    ("fr", "le coursier attend en bas pour l'exemplaire signé", "is_urgent"),
    ("vi", "gọi 4 lần rồi mà vẫn ko ai nghe", "is_complaint"),
    ("vi", "hoa giao tới bị dập hết", "is_complaint"),
    ("vi", "đợi khách trả tiền rồi mới thanh toán được anh ơi", "is_payment_excuse"),
    ("vi", "đổi nền sang màu xám giúp em", "is_change_request"),
    ("vi", "nhanh giùm em, shipper đang đợi dưới nhà", "is_urgent"),
    ("sl", "5. opomin glede pokvarjenih vrat, a kdo bere to?", "is_complaint"),
    ("sl", "rože so prišle čisto uničene", "is_complaint"),
    ("sl", "čakamo na nakazilo kupca, potem plačamo", "is_payment_excuse"),
    ("sl", "zeleno pozabite, dajte temno modro", "is_change_request"),
    ("sl", "kurir že čaka spodaj na podpisan izvod", "is_urgent"),
]

CALM = [
    ("en", "the leak we had in june hasn't come back, thanks"),
    ("en", "we'll pay it asap, sorry for the wait"),
    ("en", "urgent? no, whenever suits you"),
    ("en", "it was worth waiting all week for the new sign"),
    ("fr", "le bug du mois dernier n'est pas revenu, merci"),
    ("fr", "le site est bien plus clair qu'avant, bravo"),
    ("vi", "lỗi hôm trước ko bị lại nữa, cảm ơn anh"),
    ("vi", "banner mới đẹp hơn hẳn, cảm ơn team"),
    ("vi", "gặp ở văn phòng anh hay bên em đều được"),
    ("sl", "račun plačamo v petek ko vedno"),
    ("sl", "nujne stvari so urejene, ostalo počaka"),
    ("sl", "a lahko dobimo še eno parkirno dovolilnico?"),
]


@pytest.mark.parametrize(("language", "text", "name"), FLAGGED)
def test_a_client_writing_in_the_shape_of_a_class_is_flagged(
    language: str, text: str, name: str
) -> None:
    assert flags_of(text, language)[name]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_shapes_in_calm_mail_stay_calm(language: str, text: str) -> None:
    flags = flags_of(text, language)
    assert not any(flags[name] for name in BUSINESS)
