"""A complaint reports that something already went wrong, that the reader did it, and that
the client bore it: read by grammar, not by phrases. Slovenian: the l-participle of a
verb of damage or loss with the reader as subject ("ste", "si", "vaš …"), in its spoken
forms too; what the reader should have done, negated; what the reader made (whatever the
verb) now faulty; since the reader did something, something no longer works; a charge for
what the client cancelled. The calm mirrors have the same verbs with the writer or a
third party as subject, or a trouble only supposed. Vietnamese: the writer's relatives are
the writer's side. Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

SLOVENIAN_COMPLAINTS = [
    # The reader did the harm, in any order, person and spoken form.
    "Pri selitvi ste nam razbili ogledalo v predsobi.",
    "Zlomili ste ročaj na omari, ko ste jo nosili po stopnicah.",
    "ej, a si mi res pozabu pripelat tisto desko?",
    "Izbrisali ste nam celo mapo z računi za lansko leto.",
    "Vaš voznik je z viličarjem poškodoval vrata skladišča.",
    # What the reader should have done, negated.
    "Niste me obvestili, da se termin prestavi, pa sem čakal pred vrati.",
    "Nisi mi vrnil ključev od stanovanja, zdaj ne morem noter.",
    "Vaš serviser ni prišel, čeprav smo ga čakali ves dan.",
    # What the reader made, whatever the verb, is now faulty.
    "Polica, ki ste jo pritrdili prejšnji teden, že visi.",
    "Okna, ki ste jih zamenjali, ne tesnijo.",
    # Since the reader did something, something no longer works.
    "Odkar ste prestavili omarico, pralni stroj ne dela več.",
    "Od vašega posega na strehi se garažna vrata ne odprejo.",
    # Charged for what the client cancelled or returned.
    "Še vedno mi trgate članarino, ki sem jo preklicala aprila.",
    # Received already damaged.
    "Ko smo odprli zaboj, je bila miza razbita na dveh koncih.",
]

SLOVENIAN_CALM = [
    # The same verbs with the writer or someone else as the subject.
    "Pri selitvi sem sam razbil ogledalo, potrebujem novo.",
    "Sosedov fant je zlomil ročaj na vratih, ga lahko zamenjate?",
    "Izbrisal sem celo mapo, a jo lahko obnovite iz varnostne kopije?",
    # A trouble only supposed.
    "Če ste pozabili geslo, vam pošljem novo povezavo.",
    "Če mi še niste poslali ponudbe, ni nič hudega, počakam.",
    # What the reader made is fine.
    "Polica, ki ste jo pritrdili prejšnji teden, drži kot pribita.",
    "Odkar ste prestavili omarico, je v kopalnici več prostora.",
    # A count of the writer's own doing.
    "Že tretjič moramo prestaviti sestanek, oprostite, pri nas je gripa.",
]


@pytest.mark.parametrize("text", SLOVENIAN_COMPLAINTS)
def test_a_slovenian_failure_done_by_the_reader_is_a_complaint(text: str) -> None:
    assert flags_of(text, "sl")["is_complaint"]


@pytest.mark.parametrize("text", SLOVENIAN_CALM)
def test_the_same_verbs_with_the_writer_or_a_supposed_trouble_are_calm(text: str) -> None:
    assert not flags_of(text, "sl")["is_complaint"]


VIETNAMESE_COMPLAINTS = [
    # Ordered one, got another, with a noun between; used briefly and already broken.
    "mình đặt áo khoác size M mà shop gửi size XL",
    "mẹ em mua cái quạt bên shop, dùng 3 ngày đã hỏng",
    # Since the reader did something, it can no longer be used.
    "từ hôm bên anh cài lại máy, máy in không in được nữa",
    # Cancelled, still delivered; sent back, nothing came back.
    "em hủy đơn từ thứ 2 mà shop vẫn giao tới",
    "em gửi trả lại rồi mà 10 ngày chưa thấy hoàn tiền",
    # Free, they said.
    "ghi là miễn phí lắp đặt mà thợ tới đòi thêm 200k",
]

VIETNAMESE_CALM = [
    # The writer's relatives are the writer's side.
    "chồng em lỡ tay làm vỡ cái bình, shop còn bán không ạ",
    "em gái mình đặt nhầm màu, shop đổi giúp mình màu xanh nha",
    "con trai tôi quên mật khẩu, bên anh cấp lại giúp tôi",
    # The writer's own slip, by accident.
    "em lỡ làm rơi cái điều khiển, bên anh có bán rời không",
    # Counted, and praised.
    "đặt bên chị 5 lần rồi lần nào cũng ngon",
]


@pytest.mark.parametrize("text", VIETNAMESE_COMPLAINTS)
def test_a_vietnamese_fault_of_the_readers_work_is_a_complaint(text: str) -> None:
    assert flags_of(text, "vi")["is_complaint"]


@pytest.mark.parametrize("text", VIETNAMESE_CALM)
def test_the_writers_own_people_and_praise_are_calm(text: str) -> None:
    assert not flags_of(text, "vi")["is_complaint"]


def test_a_count_of_asking_is_still_a_complaint() -> None:
    # "ký" (to sign) folds to the "kỹ" of "gói kỹ" (carefully wrapped): not praise.
    assert flags_of("Đây là lần thứ năm em xin bản hợp đồng đã ký.", "vi")["is_complaint"]
