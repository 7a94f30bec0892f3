"""Issue #12, eighth session: the business classes read structures of client mail. A
complaint names a fault of something the provider made or owns, or one that lasts or
repeats; numbers that do not add up; a thing that was due and is not there; messages left
unanswered; a condition with a threat; a competitor said to do better. A change request
is a new state or a new value of a part; urgency is a fix before an hour of the day or
everyone waiting. The same words in calm mail stay calm: one's own fault, someone else's
view the writer does not share, a promise kept on the day. Vietnamese typed without
diacritics is read as Vietnamese. Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of, message_language

BUSINESS = ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent")

FLAGGED = [
    ("en", "the shelves you fitted are already falling apart", "is_complaint"),
    ("en", "the alarm is down again, third night running", "is_complaint"),
    ("en", "booked 12 seats got 9", "is_complaint"),
    ("en", "where is the brochure? it was due on the 3rd", "is_complaint"),
    ("en", "if the site isn't back up by noon we're switching", "is_complaint"),
    ("en", "make the footer dark grey please", "is_change_request"),
    ("en", "the logo needs to be a bit bolder", "is_change_request"),
    ("en", "need the quote signed before 10, the bank is asking", "is_urgent"),
    (
        "en",
        "the director has to approve it and she's on holiday until the 9th",
        "is_payment_excuse",
    ),
    ("fr", "les étagères que vous avez posées sont déjà cassées", "is_complaint"),
    ("fr", "3 relances envoyées, aucune réponse", "is_complaint"),
    ("fr", "c'est pas la première fois que ce problème arrive", "is_complaint"),
    ("fr", "le titre doit être un peu plus gros", "is_change_request"),
    ("fr", "il nous faut le bon de livraison avant 15h", "is_urgent"),
    ("vi", "kệ bên anh lắp cứ vài hôm là rớt", "is_complaint"),
    ("vi", "dat 12 ghe ma giao co 9", "is_complaint"),
    ("vi", "truoc 3h phai gui bao gia nha anh", "is_urgent"),
    ("vi", "chuyen khoan bi tra ve roi, mai em chuyen lai", "is_payment_excuse"),
    ("sl", "police, ki ste jih montiral, že odpadajo", "is_complaint"),
    ("sl", "naročili smo 12 stolov, dobili 9", "is_complaint"),
    ("sl", "3 maili, pa nič odgovora", "is_complaint"),
    ("sl", "naslov naj bo mal večji", "is_change_request"),
    ("sl", "do 3h rabim podpisano ponudbo", "is_urgent"),
]

CALM = [
    ("en", "my fault, I gave you the old postcode"),
    ("en", "our intern said the colours were too loud but i think its great"),
    ("en", "you said friday and it arrived friday, spot on"),
    ("fr", "mon associé trouvait le logo trop petit mais perso ça me va"),
    ("fr", "super travail encore une fois"),
    ("vi", "loi lan truoc ko thay bi lai nua, cam on anh"),
    ("sl", "ni prvič, da ste nam pomagali, hvala"),
    ("sl", "kam pošljemo podpisan izvod?"),
]


@pytest.mark.parametrize(("language", "text", "name"), FLAGGED)
def test_a_client_writing_in_a_structure_of_a_class_is_flagged(
    language: str, text: str, name: str
) -> None:
    assert flags_of(text, language)[name], text


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_structures_in_calm_mail_stay_calm(language: str, text: str) -> None:
    flags = flags_of(text, language)
    assert not any(flags[name] for name in BUSINESS), (text, flags)


@pytest.mark.parametrize(
    "text", ["shipper toi som, tot qua", "lan nay ko hu gi het", "chuc ca team nam moi vui ve"]
)
def test_vietnamese_without_diacritics_is_read_as_vietnamese(text: str) -> None:
    # "toi", "moi" are French words, "ko", "bi" Slovenian ones: the client's language
    # wins when one of its own words is there.
    assert message_language(text, "vi") == "vi"
