"""A complaint told by the verb's aspect or manner, not by a complaint word. Slovenian: a
past act done wrongly ("priklopil narobe", "narobe ste vpisali"); a past act done to the
writer with the wrong object ("nam je poslal napačen ključ"); a symptom since the reader's
service or fitting; nobody answering, in any word order. Vietnamese: waiting or asking
without end ("hẹn mãi", "nhắc hoài"); a thing just delivered or fixed already failing
("mới lắp đã không chạy"); what the reader fitted failing over and over; a formal demand
for a remedy. The calm mirrors: the writer did it wrongly, nobody of the writer's own side
answered, a symptom with no work of the reader's before it, the writer still has not done
their own part, the writer lets the delay go. Sentences written for these tests, in no
labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

SLOVENIAN_COMPLAINTS = [
    # Done wrongly, by the reader's side, in either order.
    "Električar je vezal stikala narobe, luč v hodniku se prižge v kuhinji.",
    "Narobe ste nam vpisali davčno številko na vse tri račune.",
    "Mizar je rezal plošče povsem postrani, zdaj vrata ne zaprejo.",
    # Done to the writer with the wrong object.
    "Vaš kurir nam je pustil paket na napačnem naslovu, dva bloka naprej.",
    "Ste mi prodali napačen polnilec, telefon se sploh ne polni.",
    # A symptom since the reader's work.
    "Po menjavi zavor avto trka na vsaki luknji.",
    "Od vaše zadnje posodobitve se blagajna sesuje vsako uro.",
    # Nobody answered, in any order.
    "Pisala sem vam štirikrat, nihče se ni odzval.",
    "Klicali smo cel dan, pa ni nihče dvignil.",
]

SLOVENIAN_CALM = [
    # The writer did it wrongly.
    "Stikala sem vezal narobe sam, zato prosim za obisk električarja.",
    "Narobe smo vpisali številko naročila, tu je prava: 4471.",
    # Nobody of the writer's own side answered.
    "Nihče od nas ni bil v pisarni, ko ste klicali, oprostite.",
    # A symptom with no work of the reader's before it.
    "Avto trka na vsaki luknji, bi ga lahko pogledali v četrtek?",
    # The reader's work praised.
    "Po menjavi zavor avto ustavi kot nov, hvala.",
]

VIETNAMESE_COMPLAINTS = [
    # Waiting or asking without end.
    "Em nhắc hoài mà bên anh không gửi bảng lương tháng trước.",
    "Đợi mãi mới có người nghe máy, mà nghe xong cũng không giải quyết gì.",
    "Cái cửa cuốn bên chị sửa mãi không xong, tối nào cũng phải kéo tay.",
    # Just delivered or fixed, already failing.
    "Máy giặt mới lắp hôm qua đã không vắt được, nước đọng đầy lồng.",
    "Laptop mới sửa xong là lại bị sập nguồn y như cũ.",
    # What the reader fitted fails over and over.
    "Wifi bên anh lắp cho quán cứ bị rớt mạng, khách than suốt.",
    # A formal demand for a remedy.
    "Kính gửi Quý công ty, lô ống nhựa nhận ngày 12 bị nứt nhiều, đề nghị Quý công ty bồi thường.",
]

VIETNAMESE_CALM = [
    # "mãi" with no verb of waiting before it; someone else asking over and over.
    "Mãi mới về quê được một chuyến, tuần sau em gửi đơn hàng nha chị.",
    "Kế toán bên em hỏi hoài mẫu hóa đơn mới, anh gửi giúp em bản PDF nhé.",
    # Just delivered, and working.
    "Máy giặt mới lắp hôm qua chạy êm lắm, cảm ơn anh.",
    # The writer still has not done their own part.
    "Dạ em vẫn chưa xem hợp đồng, mai em gửi ý kiến cho chị.",
    # The writer lets the delay go.
    "Hàng vẫn chưa tới nhưng không sao đâu, thứ Hai giao cũng được.",
]


@pytest.mark.parametrize("text", SLOVENIAN_COMPLAINTS)
def test_a_slovenian_act_done_wrongly_or_left_unanswered_is_a_complaint(text: str) -> None:
    assert flags_of(text, "sl")["is_complaint"]


@pytest.mark.parametrize("text", SLOVENIAN_CALM)
def test_the_writers_own_slip_or_a_bare_symptom_is_calm_in_slovenian(text: str) -> None:
    assert not flags_of(text, "sl")["is_complaint"]


@pytest.mark.parametrize("text", VIETNAMESE_COMPLAINTS)
def test_a_vietnamese_wait_without_end_or_a_new_thing_failing_is_a_complaint(text: str) -> None:
    assert flags_of(text, "vi")["is_complaint"]


@pytest.mark.parametrize("text", VIETNAMESE_CALM)
def test_the_writers_own_delay_or_a_delay_let_go_is_calm_in_vietnamese(text: str) -> None:
    assert not flags_of(text, "vi")["is_complaint"]
