"""Vietnamese and Slovenian calm mail says whose trouble it is: the writer owns the fault
("lỗi tại e hết", "napaka je bila moja"), clears the reader ("z vami nima veze"), only
asks or informs ("samo sprašujem", "em chỉ hỏi để biết thôi"), apologises last for their
own slowness, or names someone who is never the reader (the landlord, the bank). Those
messages are no complaint; the same words aimed at the reader still are. "So it is not
paid" after a reason is a payment excuse. Sentences written for these tests, in no
labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

CALM = [
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
]

COMPLAINTS = [
    # An apology that opens a complaint is no apology for one's own trouble.
    ("vi", "Xin lỗi anh nha, nhưng lần thứ 3 em nhắn rồi mà hóa đơn vẫn sai."),
    ("vi", "web bên anh lại sập nữa rồi, khách không đặt hàng được"),
    # "We" counting the reader's silence is not "we are the ones at fault".
    ("sl", "Mi smo ta teden že trikrat klicali, pa nič, zamuda je nesprejemljiva."),
    ("sl", "Obljubili ste do petka, pa še vedno nič."),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_trouble_the_writer_owns_or_lays_elsewhere_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_the_same_words_aimed_at_the_reader_stay_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


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


# English and French calm mail of the same shapes: the landlord's failure, the writer's
# own double payment, marvelling at the reader's speed, "c'est moi qui…". Written for
# this test, in no labelled set.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The council has still not emptied the bins, so park round the back on Friday."),
        ("en", "We accidentally paid invoice 88 twice, just keep the extra as credit."),
        ("en", "Still can't believe how quick the new shelves went up!"),
        ("fr", "Je n'en reviens toujours pas, la terrasse est superbe."),
        ("fr", "Le colis a traîné mais c'est nous qui avions donné la mauvaise adresse."),
    ],
)
def test_english_and_french_calm_mail_that_names_its_own_side_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"], text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You charged us twice for the same visit."),
        ("en", "Still waiting on the fence you promised, can't believe it's taking this long."),
        ("fr", "Toujours pas de nouvelles du plombier que vous deviez envoyer, c'est pas normal."),
    ],
)
def test_the_reader_s_own_double_charge_or_delay_stays_a_complaint(
    language: str, text: str
) -> None:
    assert flags_of(text, language)["is_complaint"], text
