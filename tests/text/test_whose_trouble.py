"""Whose trouble it is, in the four languages: calm mail says the trouble is the
writer's own or nobody's — the writer's feeling aimed at themselves, the writer's own
people, animals, slowness or silence as the cause, a thing the writer gave the reader,
someone who is never the reader (the landlord, the bank, the delivery firm), the weather,
a question said to be no complaint, the reader's work praised. Such mail is no
complaint; the same words aimed at the reader, a fault dated from the reader's change or
told by what it cost, and what the reader's work did since, stay complaints. Sentences
written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

CALM = [
    # The writer's feeling aimed at themselves; their own people, animals or silence as
    # the cause; a thing the writer gave; the weather; a question said to be no complaint.
    ("en", "Really annoyed with myself, I booked the van for the wrong Saturday."),
    ("en", "The gate latch snapped because our son swings on it. Not your fitting at all."),
    ("en", "The floor plan we sent you was wrong, sorry: the kitchen is 3.2 m, not 2.3 m."),
    ("en", "If you've been calling and getting no answer, our phones were down all week."),
    ("en", "Forecast looks grim for Saturday, shall we keep the marquee up just in case?"),
    ("en", "Not complaining at all, just curious: why is the March invoice higher?"),
    ("fr", "Un peu fâchée contre moi-même : j'ai réservé le camion pour le mauvais samedi."),
    ("fr", "Le loquet du portail a cassé parce que notre fils se balance dessus."),
    ("fr", "Le plan que nous vous avons envoyé était faux, pardon : la cuisine fait 3,2 m."),
    ("fr", "Si vous avez appelé cette semaine, nos lignes étaient coupées, désolés."),
    ("fr", "La météo n'est vraiment pas terrible samedi, on garde le barnum au cas où ?"),
    ("fr", "Ce n'est pas un reproche, juste une question : pourquoi la facture a augmenté ?"),
    # The writer owns the fault, clears the reader, only asks or informs, apologises last
    # for their own slowness, or names someone who is never the reader.
    ("vi", "bảng tính sai số là lỗi tại e hết, e sửa r nha"),
    ("vi", "em lỡ tay xóa mất file báo giá, anh gửi lại giúp em"),
    ("vi", "Em chỉ hỏi để biết thôi: bên mình có làm gấp trong ngày không?"),
    ("vi", "Máy tính em treo cả buổi nên em trả lời hơi chậm nha"),
    ("vi", "Chủ nhà vẫn chưa sửa cửa cuốn, anh tới thì gọi em mở cửa sau."),
    ("vi", "Có vài lỗi chính tả, em đánh dấu rồi, không có gì lớn."),
    ("sl", "Napaka v naročilnici je bila moja, sem že popravil."),
    ("sl", "Zamuda je naša, pogodba je obtičala pri našem pravniku."),
    ("sl", "Paket se je izgubil pri dostavni službi, z vami nima veze."),
    ("sl", "Samo sprašujem, ali delate tudi med prazniki."),
    ("sl", "Lastnik še vedno ni popravil dvigala, pridite po stopnicah."),
    ("sl", "Prejšnja agencija nam ni nikoli dala gesel, zato se selitev vleče."),
    ("en", "The council has still not emptied the bins, so park round the back on Friday."),
    ("en", "We accidentally paid invoice 88 twice, just keep the extra as credit."),
    ("en", "Still can't believe how quick the new shelves went up!"),
    ("fr", "Je n'en reviens toujours pas, la terrasse est superbe."),
    ("fr", "Le colis a traîné mais c'est nous qui avions donné la mauvaise adresse."),
    # The reader's change or work followed by good news; a fall of the writer's making.
    ("en", "Since your visit the boiler has been perfect, thank you."),
    ("en", "We turned the heating back on and all is well."),
    ("fr", "Depuis votre passage, la chaudière tourne parfaitement, merci."),
    ("en", "The shelf you put up is perfect, the plates look great on it."),
    ("en", "The kids knocked the shelf and it came down, our fault entirely."),
    ("fr", "L'étagère que vous avez posée tient parfaitement, merci."),
]

COMPLAINTS = [
    # The same words aimed at the reader.
    ("en", "Really disappointed with your fitters, the gate latch snapped a day after they left."),
    ("en", "Not complaining, but the site has been down since your update on Monday."),
    ("en", "The floor plan you sent us was wrong: we ordered the kitchen units on it."),
    ("fr", "Très déçus de votre équipe, le loquet du portail a cassé le lendemain de la pose."),
    ("fr", "Ce n'est pas un reproche, mais le site est encore en panne depuis votre mise à jour."),
    ("fr", "Le plan que vous nous avez envoyé était faux, la cuisine est commandée dessus."),
    # An apology that opens a complaint is no apology for one's own trouble.
    ("vi", "Xin lỗi anh nha, nhưng lần thứ 3 em nhắn rồi mà hóa đơn vẫn sai."),
    ("vi", "web bên anh lại sập nữa rồi, khách không đặt hàng được"),
    # "We" counting the reader's silence is not "we are the ones at fault".
    ("sl", "Mi smo ta teden že trikrat klicali, pa nič, zamuda je nesprejemljiva."),
    ("sl", "Obljubili ste do petka, pa še vedno nič."),
    # The reader's own double charge or delay.
    ("en", "You charged us twice for the same visit."),
    ("en", "Still waiting on the fence you promised, can't believe it's taking this long."),
    ("fr", "Toujours pas de nouvelles du plombier que vous deviez envoyer, c'est pas normal."),
    # A fault dated from the reader's change, or told by what it cost.
    ("en", "Since your migration on Friday the booking page won't accept card payments."),
    ("en", "We had to turn away at least twenty people, the tickets didn't scan."),
    ("en", "Half our patients were sent home, the system was down all morning."),
    ("fr", "Depuis votre intervention de mardi, le portail ne s'ouvre plus."),
    ("fr", "Une dizaine de clients sont repartis sans rien acheter, la caisse était bloquée."),
    # What the reader's work did since.
    ("en", "The shelf your fitter put up came down with all the plates on it."),
    ("en", "The extractor you installed trips the fuse whenever the oven is on."),
    ("en", "Your plasterer left dust all over the new sofa."),
    ("en", "The tiles came loose again in the shower, third week running."),
    ("fr", "L'étagère que vous avez posée s'est décrochée avec toute la vaisselle."),
    ("fr", "Le disjoncteur saute chaque fois qu'on allume le four."),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_trouble_that_is_the_writer_s_own_or_nobody_s_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"], text


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_trouble_the_reader_caused_stays_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"], text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sl", "Račun je šel na napačen naslov, zato ni plačan."),
        ("vi", "Hóa đơn bị lạc ở bưu điện nên em chưa thanh toán."),
    ],
)
def test_a_reason_and_so_it_is_not_paid_is_a_payment_excuse(language: str, text: str) -> None:
    assert flags_of(text, language)["is_payment_excuse"]


@pytest.mark.parametrize(
    "text",
    ["Nova postavitev je super, veliko bolj pregledna.", "Kako deluje nova stran za naročila?"],
)
def test_a_new_page_praised_or_asked_about_is_no_change_request(text: str) -> None:
    assert not flags_of(text, "sl")["is_change_request"]
