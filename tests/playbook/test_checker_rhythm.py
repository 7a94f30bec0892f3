"""Structure rules of the tenth round (issue #13): the reader's habit told as our working
rhythm, a way of reaching us closed to the reader, a second reason opened as a new item, a
farewell said as no longer doing the reader's work, and a reason told at length whose words
point back after a fronted phrase. Each hostile shape has its calm twin that must pass.
Sentences written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter, is_parting_letter

from .test_checker import LANGS
from .test_checker_lessons import findings, letter

# The reader's habit told as our rhythm (subject: theirs; our people at night, repeatedly),
# and our own account of late work, said with pride.
RHYTHM = {
    "en": (
        "Orders phoned in on a Sunday evening for Monday delivery had our drivers loading vans"
        " before dawn, month after month.",
        "Our drivers loaded the vans on a Sunday evening before your opening, and we were glad"
        " to do it.",
    ),
    "fr": (
        "Les commandes passées le dimanche soir pour une livraison le lundi ont fait charger"
        " nos camions avant l'aube, mois après mois.",
        "Nos chauffeurs ont chargé les camions un dimanche soir avant votre ouverture, et nous"
        " l'avons fait avec plaisir.",
    ),
    "vi": (
        "Những đơn hàng đặt vào tối Chủ nhật để giao sáng thứ Hai đã khiến tài xế của chúng tôi"
        " phải xếp hàng lên xe từ lúc trời chưa sáng, tháng này qua tháng khác.",
        "Chúng tôi đã xếp hàng lên xe vào tối Chủ nhật trước ngày khai trương của chị, và rất"
        " vui được làm việc đó.",
    ),
    "sl": (
        "Naročila, oddana v nedeljo zvečer za ponedeljkovo dostavo, so naše voznike mesec za"
        " mesecem spravljala k nakladanju pred zoro.",
        "Naši vozniki so v nedeljo zvečer pred vašim odprtjem naložili tovornjake, in to smo"
        " storili z veseljem.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_readers_habit_told_as_our_rhythm_is_blame_and_our_own_account_is_not(
    lang: str,
) -> None:
    habit, ours = RHYTHM[lang]
    quoted = findings(letter(lang, habit), lang).get("blame", [])
    assert any(habit.rstrip(".") in quote for quote in quoted), quoted
    assert findings(letter(lang, ours), lang) == {}


def test_an_abuse_letter_naming_what_happened_at_night_is_not_blame() -> None:
    named = (
        "On two Saturday nights last month, our waiters were insulted by guests of your party,"
        " more than once."
    )
    found = check_letter(
        " ".join(letter("en", named)), "en", sign="abuse", kind="confirmation", meaning=False
    )
    assert [f.rule for f in found] == []


# A way of reaching us closed to the reader, and a notice that concerns no reader.
CHANNELS = {
    "en": (
        "From June our inbox will no longer be open to your office.",
        "Our office will be closed from 24 December to 2 January.",
    ),
    "fr": (
        "Dès juin, notre messagerie ne sera plus ouverte à votre équipe.",
        "Nos bureaux seront fermés du 24 décembre au 2 janvier.",
    ),
    "vi": (
        "Từ tháng Sáu, hộp thư của chúng tôi sẽ không còn mở cho bên chị.",
        "Văn phòng chúng tôi nghỉ từ ngày 24 tháng 12 đến ngày 2 tháng 1.",
    ),
    "sl": (
        "Od junija naš nabiralnik za vaše podjetje ne bo več odprt.",
        "Naša pisarna bo zaprta od 24. decembra do 2. januarja.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_way_of_reaching_us_closed_to_the_reader_is_a_slammed_door(lang: str) -> None:
    closed, notice = CHANNELS[lang]
    assert "slammed_door" in findings(letter(lang, closed), lang)
    assert "slammed_door" not in findings(letter(lang, notice), lang)


# A second reason opened as a new item of a list, and the same reason told at length.
SECOND_ITEM = {
    "en": (
        "Our studio now works mostly for museums.",
        "Then there is the budget: your campaigns need more hours than the retainer pays for.",
        "That shift has been under way for two years.",
        "We will end our retainer on 30 June.",
    ),
    "fr": (
        "Notre studio travaille désormais surtout pour des musées.",
        "Reste la question du budget : vos campagnes demandent plus d'heures que le forfait.",
        "Ce virage est engagé depuis deux ans.",
        "Nous mettrons fin à notre contrat le 30 juin.",
    ),
    "vi": (
        "Studio của chúng tôi nay chủ yếu làm việc cho các bảo tàng.",
        "Còn một vấn đề nữa là ngân sách: các chiến dịch của chị cần nhiều giờ hơn mức phí.",
        "Sự chuyển hướng đó đã diễn ra hai năm nay.",
        "Chúng tôi sẽ kết thúc hợp đồng vào ngày 30 tháng 6.",
    ),
    "sl": (
        "Naš studio zdaj dela predvsem za muzeje.",
        "Tu je še proračun: vaše kampanje zahtevajo več ur, kot jih pokrije pavšal.",
        "Ta preusmeritev poteka že dve leti.",
        "Sodelovanje bomo končali 30. junija.",
    ),
}
THANKS = {
    "en": "Thank you for four good years.",
    "fr": "Merci pour ces quatre belles années.",
    "vi": "Cảm ơn chị về bốn năm hợp tác tốt đẹp.",
    "sl": "Hvala za štiri lepa leta.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_second_reason_opened_as_a_new_item_counts_and_one_told_at_length_does_not(
    lang: str,
) -> None:
    first, second, same, decision = SECOND_ITEM[lang]
    assert "reasons" in findings([THANKS[lang], first, second, decision], lang)
    assert "reasons" not in findings([THANKS[lang], first, same, decision], lang)


# One reason over three sentences whose last points back after a fronted phrase (the shape
# of the generated French payment letter before bd374a1): one reason, not three.
AT_LENGTH = {
    "en": (
        "An amount of 4,200 euros has been unpaid for more than 90 days.",
        "Over the past year we have sent you three payment reminders.",
        "For a business of our size, delays of this kind are no longer sustainable.",
        "We have therefore decided to end our collaboration on 30 June.",
    ),
    "fr": (
        "Un montant de 4 200 € reste impayé depuis plus de 90 jours.",
        "Au cours de l'année écoulée, nous vous avons adressé trois relances de paiement.",
        "Pour une entreprise de notre taille, de tels retards de paiement ne sont plus tenables.",
        "Nous avons donc décidé de mettre fin à notre collaboration le 30 juin.",
    ),
    "vi": (
        "Khoản 4.200 euro đã quá hạn thanh toán hơn 90 ngày.",
        "Trong năm qua, chúng tôi đã gửi anh ba lần nhắc thanh toán.",
        "Với một doanh nghiệp quy mô như chúng tôi, việc chậm trễ như vậy không thể kéo dài.",
        "Vì thế chúng tôi quyết định kết thúc hợp tác vào ngày 30 tháng 6.",
    ),
    "sl": (
        "Znesek 4.200 evrov je neplačan že več kot 90 dni.",
        "V zadnjem letu smo vam poslali tri opomine za plačilo.",
        "Za podjetje naše velikosti so take zamude nevzdržne.",
        "Zato smo se odločili, da sodelovanje končamo 30. junija.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_reason_told_at_length_pointing_back_after_a_fronted_phrase_is_one_reason(
    lang: str,
) -> None:
    assert "reasons" not in findings([THANKS[lang], *AT_LENGTH[lang]], lang)


def test_a_farewell_said_as_no_longer_supplying_needs_thanks_an_end_date_and_next_steps() -> None:
    bare = [
        "We have decided that we will no longer be the right printer to supply your shops.",
        "Our presses are now given over to books.",
        "Inkhouse and Pressway both print for retailers.",
    ]
    assert set(findings(bare, "en")) == {"thanks", "end_date", "next_steps"}
    whole = [
        THANKS["en"],
        *bare,
        "Our last print run for you will be on 30 June.",
        "We will send your print files by 20 June.",
    ]
    assert findings(whole, "en") == {}


def test_a_question_on_what_the_reader_wants_is_a_next_step() -> None:
    sentences = [
        "Cảm ơn anh về bốn năm hợp tác.",
        "Chúng tôi sẽ kết thúc hợp đồng vào ngày 30 tháng 4.",
        "Công ty Sổ Vàng làm việc với các cửa hàng có nhiều chi nhánh.",
        "Anh muốn chúng tôi gửi hồ sơ cho họ, hay gửi cho anh?",
    ]
    assert findings(sentences, "vi") == {}


def test_a_date_after_a_new_job_is_no_count_of_a_lesson() -> None:
    found = findings(
        letter("en", "I'm moving into teaching, so the shoot on 12 August will be my last."), "en"
    )
    assert "blame" not in found


@pytest.mark.parametrize(
    ("lang", "farewell"),
    [
        ("en", "Our workshop will not take on your repairs any more."),
        ("en", "We have made the decision not to work with your company any longer."),
        ("en", "We are no longer in a position to look after your accounts."),
        ("fr", "Nous ne serons plus en mesure d'assurer la maintenance de vos machines."),
        ("vi", "Chúng tôi quyết định không làm việc với công ty anh nữa."),
        ("sl", "Vaših popravil naša delavnica ne bo več prevzemala."),
        ("sl", "Prenehali bomo izdelovati vašo embalažo."),
    ],
)
def test_a_farewell_said_as_work_we_no_longer_do_for_the_reader(lang: str, farewell: str) -> None:
    assert is_parting_letter(farewell, lang)


def test_what_the_reader_will_no_longer_have_to_do_is_no_farewell() -> None:
    assert not is_parting_letter("You will not need to chase your invoices any more.", "en")


# Replies that nobody will read, and replies that will be read.
UNREAD = {
    "en": (
        "Any answers you send after this will be binned without anyone opening them.",
        "Please send your answers by 10 May, and we will read them before our meeting.",
    ),
    "fr": (
        "Vos réponses à ce courrier seront archivées sans être ouvertes.",
        "Nous lirons votre réponse avec attention.",
    ),
    "vi": (
        "Các phản hồi gửi về sau ngày đó sẽ không ai đọc.",
        "Chúng tôi sẽ đọc kỹ phản hồi của chị.",
    ),
    "sl": (
        "Odgovore na to pismo bomo arhivirali, ne da bi jih kdo prebral.",
        "Na vsako sporočilo bomo odgovorili, ko ga bomo prebrali.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_replies_nobody_will_read_are_a_slammed_door(lang: str) -> None:
    unread, read = UNREAD[lang]
    assert "slammed_door" in findings(letter(lang, unread), lang)
    assert "slammed_door" not in findings(letter(lang, read), lang)


@pytest.mark.parametrize(
    ("lang", "refused", "recalled"),
    [
        (
            "en",
            "We will not discuss this decision further.",
            "As discussed on the phone, we will hand over the files.",
        ),
        (
            "vi",
            "Chúng tôi sẽ không trao đổi thêm về việc này.",
            "Như đã trao đổi qua điện thoại, chúng tôi sẽ bàn giao hồ sơ.",
        ),
        (
            "sl",
            "O tem se ne bomo več pogovarjali.",
            "Kot smo se pogovarjali, vam bomo predali dokumentacijo.",
        ),
    ],
)
def test_a_conversation_refused_is_a_slammed_door_and_one_recalled_is_not(
    lang: str, refused: str, recalled: str
) -> None:
    assert "slammed_door" in findings(letter(lang, refused), lang)
    assert "slammed_door" not in findings(letter(lang, recalled), lang)
