"""Clients complain, excuse a late payment and ask for more work in the shapes of speech,
not in our sentences: an expectation unmet, a fault that returns, counting, a rhetorical
question, sarcastic praise after a fault; a delay with its reason; an addition to the work
agreed. The same words in calm mail (one's own slip, one's own equipment, someone else's
opinion, small talk) stay calm. Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

FLAGGED = [
    ("en", "is it really that hard to label the boxes properly?", "is_complaint"),
    ("en", "the site was supposed to go live on monday. it didn't.", "is_complaint"),
    ("en", "the heating is still leaking, your guy came twice", "is_complaint"),
    ("en", "I've told you three times now the logo is the old one", "is_complaint"),
    (
        "en",
        "our grant hasn't come through yet so the invoice will have to wait",
        "is_payment_excuse",
    ),
    ("en", "while you're at it, could you add a careers page?", "is_change_request"),
    ("fr", "c'est si difficile que ça de mettre le bon prix ?", "is_complaint"),
    ("fr", "ça devait être prêt lundi, toujours rien", "is_complaint"),
    ("fr", "le chauffage fuit toujours, votre technicien est passé deux fois", "is_complaint"),
    (
        "fr",
        "le virement aura du retard, notre banque bloque tout depuis lundi",
        "is_payment_excuse",
    ),
    ("fr", "tant que vous y êtes, ajoutez une page recrutement", "is_change_request"),
    ("vi", "ghi đúng giá khó lắm hả anh", "is_complaint"),
    ("vi", "nhac 3 lan roi ma van sai logo", "is_complaint"),
    ("vi", "dịch thêm trang tuyển dụng sang tiếng Anh nha", "is_change_request"),
    ("sl", "a je res tok težko napisat pravo ceno?", "is_complaint"),
    ("sl", "moralo bi bit gotovo v ponedeljek, pa še vedno nič", "is_complaint"),
    ("sl", "ogrevanje še vedno pušča, vaš serviser je bil tu že dvakrat", "is_complaint"),
    ("sl", "denar od sklada še ni prišel, zato bo račun počakal", "is_payment_excuse"),
]

CALM = [
    ("en", "Sorry, I sent you the wrong file, here's the right one."),
    ("en", "Our printer is down again, so I'll sign this digitally."),
    ("en", "It's been a few weeks since we caught up, hope all is well."),
    ("en", "I have to ask my boss first, I'll be back to you Friday."),
    ("fr", "Désolé, je vous ai envoyé le mauvais fichier, voici le bon."),
    ("fr", "Mon collègue trouvait le devis un peu cher, mais franchement ça nous va."),
    ("fr", "Pourquoi ne pas faire le point mardi ?"),
    ("vi", "xin lỗi em gửi nhầm file, file đúng đây ạ"),
    ("vi", "cảm ơn anh một lần nữa nha"),
    ("sl", "Oprostite, poslal sem napačno datoteko, tukaj je prava."),
    ("sl", "Wifi nam spet ne dela, odgovorim jutri."),
    ("sl", "Malo smo na tesnem s prostorom, dostave na zadnja vrata, prosim."),
]


@pytest.mark.parametrize(("language", "text", "name"), FLAGGED)
def test_a_client_speaking_in_the_shape_of_a_class_is_flagged(
    language: str, text: str, name: str
) -> None:
    assert flags_of(text, language)[name], text


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_words_in_calm_mail_stay_calm(language: str, text: str) -> None:
    flags = flags_of(text, language)
    for name in ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent"):
        assert not flags[name], (name, text)
