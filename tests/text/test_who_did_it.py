"""Who did what to whom, and whether it already happened. A client's complaint tells that
the reader (or the reader's people, or whoever came to the client's place) did something
that went wrong — left something out, made it too short, did otherwise than the client
said, confirmed something long ago that never came; the same trouble told as the
writer's own doing, or only supposed, is calm mail. Sentences written for these tests,
in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

SLOVENIAN_COMPLAINTS = [
    # The reader left something out or mixed it up.
    "V ponudbi ste izpustili prevoz, zdaj ga moram plačati posebej.",
    "spet si zamešal najina naročila, dobil sem tvoje",
    # Done otherwise than the client said.
    "pobarvali so temneje, kot sem vam naročila",
    "Napis je veliko manjši, kot smo se dogovorili.",
    # What the reader made is too short or smaller; after their work.
    "Zavese, ki ste jih sešili, so deset centimetrov prekratke.",
    "po vašem likanju je srajca ožja",
    # Whoever came to the client's place did the harm.
    "serviser, ki je bil pri nas v torek, je pri odhodu razbil vazo",
    # Told plainly, and it happened anyway.
    "izrecno sem vam povedal, da je vhod zadaj, pa so spet zvonili spredaj",
    # Confirmed long ago; where is what the client paid for.
    "Dobropis ste odobrili pred tremi tedni, denarja pa ni.",
    "kje je moje naročilo? plačano je bilo v ponedeljek",
    # Not done when the client arrived.
    "ko smo prišli v sobo, ni bilo pospravljeno",
    # A fault after a while, told defect first; a customer's claim passed on.
    "vrata so se povesila po dveh tednih",
    "kupec je reklamiral vašo pošiljko, škatle so bile mokre",
]

SLOVENIAN_CALM = [
    # The same troubles, the writer's own or only supposed.
    "V ponudbi sem izpustil prevoz, moja napaka, prosim dodajte ga.",
    "zavese sem si sama skrajšala in so zdaj prekratke, a jih lahko podaljšate?",
    "če pride do zamude zaradi snega, samo sporočite",
    "v primeru, da bo prišlo do napake na računu, pokličite računovodjo",
    "kje je vaša pisarna? ne najdem vhoda",
]


@pytest.mark.parametrize("text", SLOVENIAN_COMPLAINTS)
def test_the_reader_did_it_and_it_went_wrong(text: str) -> None:
    assert flags_of(text, "sl")["is_complaint"]


@pytest.mark.parametrize("text", SLOVENIAN_CALM)
def test_the_writers_own_doing_or_a_trouble_only_supposed_is_calm(text: str) -> None:
    assert not flags_of(text, "sl")["is_complaint"]


VIETNAMESE_COMPLAINTS = [
    # Received, and already broken or spoiled, whoever the reader is called.
    "mình nhận về thì bình hoa bể một góc",
    "nhan hang bi moc het mat banh roi ban oi",
    # The reader wrote or made it into something else.
    "bên ông in thành số điện thoại cũ trên danh thiếp",
    "may ra lệch một bên vai, tui mặc không được",
    # The client paid; the reader says there is nothing.
    "mình chuyển khoản rồi mà page báo hết hàng",
    # Charged twice, nobody refunds; fixed and failing as before.
    "thẻ của mình bị trừ 2 lần cho cùng một vé",
    "cái tủ lạnh bên ông bảo hành tuần rồi, nay lại kêu rè rè như cũ",
    # The reader's people did the harm; a promise, then silence.
    "thợ bên bạn đục trúng dây điện âm tường",
    "nhắn page hỏi thì bảo để kiểm tra, rồi im luôn tới giờ",
    "bên shop làm kiểu gì vậy, giao có 1 cái mà tính tiền 2",
]

VIETNAMESE_CALM = [
    # The same words, the writer's own doing, only supposed, or never mind.
    "hóa ra chồng mình cất gói hàng trong tủ, thôi không sao nha shop",
    "nếu hàng bị bể thì shop đổi sao vậy?",
    "nhận hàng rồi, không bị gì hết, cảm ơn shop",
    "ảnh in ra mờ là do mình gửi nhầm file nhỏ",
    # "e qua" typed without tones is "em qua" (I'll come over), not "ế quá" (no sales).
    "mai e qua lấy hàng nha chị",
]


@pytest.mark.parametrize("text", VIETNAMESE_COMPLAINTS)
def test_vietnamese_the_reader_did_it_and_it_went_wrong(text: str) -> None:
    assert flags_of(text, "vi")["is_complaint"]


@pytest.mark.parametrize("text", VIETNAMESE_CALM)
def test_vietnamese_the_writers_own_doing_or_a_supposed_trouble_is_calm(text: str) -> None:
    flags = flags_of(text, "vi")
    assert not flags["is_complaint"]
    assert not flags["is_payment_excuse"]
