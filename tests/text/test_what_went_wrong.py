"""A Vietnamese or Slovenian complaint says what went wrong on the reader's side, not a
word of complaint: the goods came broken or short, what the reader made or repaired has
failed again, the reader did another thing than the one asked or agreed, came hours late
or not at all, charged for what nobody ordered, chased a bill already paid; or it cost
the client ("zaradi tega sem zamudil službo"). The same facts on the writer's own side,
or praise that counts, are calm. Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

COMPLAINTS = [
    ("vi", "nhận hàng rồi mà cái bình bị nứt một đường dài"),
    ("vi", "mua máy xay tuần trước, nay đã không chạy nữa"),
    ("vi", "em đã thanh toán đủ rồi mà bên anh vẫn nhắn đòi tiền"),
    ("vi", "em book phòng đôi mà bên anh xếp 2 giường đơn"),
    ("vi", "bên anh tự đổi gói cước mà không hỏi em"),
    ("vi", "hứa 2 ngày, giờ đã 2 tuần vẫn chưa có"),
    ("vi", "thợ để sơn với bụi khắp phòng khách"),
    ("vi", "thanh toán rồi mà 1 tuần chưa thấy hàng"),
    ("vi", "nhân viên bên anh hứa gọi lại mà tới giờ vẫn im"),
    ("vi", "chị ơi em đặt size M mà chị gửi size S"),
    ("vi", "em ơi tuần trước chị mua 2 cái áo, giặt 1 lần đã ra màu"),
    ("sl", "Omarica, ki ste jo sestavili v sredo, se že maje."),
    ("sl", "po vašem servisu avto cvili, prej tega ni bilo"),
    ("sl", "Naročila sem tri kose, prišel je en."),
    ("sl", "Dogovorili smo se za sivo, stene so pa čisto drugačne."),
    ("sl", "Monter je prišel ob enih namesto ob devetih."),
    ("sl", "Zaračunali ste dostavo, ki je nisem naročil."),
    ("sl", "Račun sem plačal prejšnji teden, vi pa mi spet pošiljate opomin."),
    ("sl", "Zaradi vas sem zamudil letalo."),
    ("sl", "Zamudil sem sestanek zaradi vaše zamude."),
    ("sl", "Paket je prišel odprt in pol stvari manjka."),
    ("sl", "Poslali ste mi račun za storitev, ki je nisem nikoli dobil."),
    ("sl", "Hladilnik, ki sem ga kupil pri vas, po dveh tednih ne hladi več."),
    ("sl", "Od vas sem kupil sedežno, prišla je z madežem."),
]

CALM = [
    ("vi", "nhận hàng rồi nha, cảm ơn shop, đóng gói kỹ lắm"),
    ("vi", "em book phòng đôi rồi nha anh, hẹn gặp cuối tuần"),
    ("vi", "máy tính của em bị hỏng nên em gửi file trễ"),
    ("sl", "Omarico sem sestavil sam, drži kot pribita."),
    ("sl", "Naročila sem tri kose, prišli so v dveh dneh, hvala."),
    ("sl", "Vrata sem pustil odprta jaz, oprostite."),
    ("sl", "Petič naročam pri vas in vsakič je vse odlično."),
    ("sl", "To je pritožba na bivšega monterja, vi ste delo popravili."),
]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_what_went_wrong_on_the_readers_side_is_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_facts_on_the_writers_side_or_in_praise_are_calm(language: str, text: str) -> None:
    assert not flags_of(text, language)["is_complaint"]
