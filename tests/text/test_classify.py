"""What each class catches and what it leaves alone, in the four languages."""

from __future__ import annotations

import pytest

from parting.text.classify import explain, flags_of


def flagged(text: str, name: str, language: str | None = None) -> bool:
    return flags_of(text, language)[name]


@pytest.mark.parametrize(
    "text",
    [
        "You idiot, this is the third time I ask!",
        "Your team are a bunch of useless clowns.",
        "Shut up and do your job.",
        "Vous êtes vraiment des incapables, bande de cons.",
        "Espèce d'abruti, tu ne sais rien faire.",
        "Đồ ngu, làm ăn như thế à?",
        "Ste res navadni idioti, ne znate nič.",
        "Jebite se s tem računom.",
    ],
)
def test_insults_aimed_at_staff_are_abusive(text: str) -> None:
    assert flagged(text, "is_abusive")


@pytest.mark.parametrize(
    "text",
    [
        "I will find you and break your legs.",
        "Je vais vous faire la peau.",
        "Tao sẽ giết mày.",
        "Vem, kje stanujete.",
    ],
)
def test_threats_are_severe_abuse(text: str) -> None:
    assert flagged(text, "is_severe_abuse")
    assert flagged(text, "is_abusive")


@pytest.mark.parametrize(
    "text",
    [
        "This is fucking brilliant, thank you so much!",
        "Holy shit, that was fast. Thanks!",
        "Putain, c'est du super boulot.",
        "Jebenti, kako dober video, bravo.",
        "Thanks for the update, see you Monday.",
    ],
)
def test_friendly_profanity_and_plain_thanks_are_not_abuse(text: str) -> None:
    assert not flagged(text, "is_abusive")


def test_a_client_quoting_someone_elses_insult_is_not_abusive() -> None:
    assert not flagged('Your courier said "you are an idiot" to me. Not okay.', "is_abusive")
    assert not flagged("Your courier called me an idiot on the phone.", "is_abusive")
    assert flagged("You are an idiot.", "is_abusive")


def test_quoted_reply_lines_are_the_other_sides_words() -> None:
    reply = "> you idiots never deliver\nWe are sorry, the files are attached."
    assert not flagged(reply, "is_abusive")
    assert flagged("you idiots never deliver\nWe are sorry.", "is_abusive")


def test_disguised_spellings_are_still_read() -> None:
    assert flagged("f*ck you", "is_abusive")
    assert flagged("you are an 1d10t", "is_abusive")
    assert flagged("Muslims are d i s g u s t i n g.", "is_abusive")
    assert flagged("I despise disabledpeople", "is_abusive")
    assert flagged("You fuuuucking idiot", "is_abusive")


def test_group_hate_needs_a_group_and_is_undone_by_negation() -> None:
    assert flagged("I hate women.", "is_abusive")
    assert not flagged("I don't hate women.", "is_abusive")
    assert not flagged("I hate Mondays.", "is_abusive")


def test_a_negation_typed_without_its_apostrophe_still_denies() -> None:
    assert not flagged("I dont hate women.", "is_abusive")
    assert not flagged("Gay people arent disgusting.", "is_abusive")
    assert not flagged("I wont ever hurt a disabled person.", "is_abusive")
    assert flagged("I hate women, they are useless.", "is_abusive")


def test_shouting_with_profanity_is_abuse_and_shouting_alone_is_not() -> None:
    assert flagged("WHAT THE HELL IS THIS SHIT", "is_abusive")
    assert not flagged("PLEASE SEND THE INVOICE TODAY", "is_abusive")


def test_vietnamese_teencode_that_means_something_else_needs_the_language() -> None:
    text = "dm gì vậy"
    assert not flagged(text, "is_abusive")
    assert flagged(text, "is_abusive", language="vi")
    assert not flagged("Please cc me on the next DM", "is_abusive", language="en")
    # "cc" is a copy line in Vietnamese business mail too.
    assert not flagged("Từ giờ anh cc anh Minh giúp em.", "is_abusive", language="vi")


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # With their tones these are everyday words; without them, the insult is read.
        ("Em đã chuyển đủ mà anh, anh kiểm tra lại giúp em.", False),  # enough
        ("Em còn chờ báo giá bên anh nhé.", False),  # still waiting
        ("Shop bên em bán đồ ngủ và đồ bơi.", False),  # nightwear
        ("Bé còn ngủ, chiều em gọi lại.", False),  # still asleep
        ("Đừng đổ cho bên vận chuyển nhé.", False),  # put the blame on
        ("Cho em đặt đồ ăn hải sản cho 20 người.", False),  # seafood
        ("do ngu, lam cai web cung khong xong", True),
        ("con cho, tra tien cho tao", True),
        ("du ma giao hang kieu gi vay", True),
        ("Đồ ngu, làm ăn như thế à?", True),
        # A bare insult syllable inside an everyday compound typed without tones.
        ("cam on doi ngu ky thuat ben anh nhe", False),  # đội ngũ, team
        ("e di ngu day, mai em goi lai", False),  # đi ngủ, off to sleep
        ("don hang lon thang nay e chuyen truoc 50%", False),  # a big order
        ("nhan vien nho deo the khi vao toa nha", False),  # wear a badge
        ("Mẫu chai 500 ml và 250 ml, anh báo giá giúp em.", False),
        ("Kích thước tủ là 60 cm x 45 cm.", False),
        # Client mail in words ViHOS comments often stand beside insults in.
        ("Chúc anh chị năm mới làm ăn phát đạt!", False),
        ("Làm ăn kiểu gì vậy, hẹn thứ hai mà giờ vẫn chưa giao?", False),
        ("Thứ sáu em qua lấy tiền mặt được không anh?", False),
        ("Bố mẹ em gửi lời cảm ơn anh đã sửa mái nhà.", False),
        ("may ngu the, sai ten khach lan thu ba", True),
        ("deo hieu ben may lam an kieu gi", True),
    ],
)
def test_vietnamese_insults_typed_without_tones_are_not_read_into_words_typed_with_them(
    text: str, abusive: bool
) -> None:
    assert flagged(text, "is_abusive", language="vi") is abusive


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # An animal or a body part named as itself: a pet, livestock, a picture, the
        # head of a thing, a headache, the writer's own head.
        ("Con chó nhà em bị ốm nên em xin dời lịch sang chiều.", False),
        ("con cho nha e bi om nen e xin doi lich hop sang thu 5", False),
        ("Nhà em nuôi hai con chó và một con mèo.", False),
        ("Chó nhà em sủa cả đêm nên em ngủ không được.", False),
        ("Con bò sữa nhà em đẻ rồi, cảm ơn anh hỏi thăm.", False),
        ("Anh ơi, logo có hình con trâu vàng, in màu nhũ được không?", False),
        ("Cái đầu máy in bị kẹt giấy, anh cho thợ qua xem giúp em.", False),
        ("Cái đầu em hôm nay không tập trung được, mai em gửi nhé.", False),
        # The same words aimed at someone insult them.
        ("Mày là con chó, trả tiền đây.", True),
        ("Đồ con chó, giao sai lần thứ ba rồi.", True),
        ("Cái đầu mày để làm gì?", True),
        ("Bên anh làm ăn như con chó.", True),
        ("Câm cái miệng lại.", True),
        # Denied or reported, the insult is not the writer's.
        ("Em chưa bao giờ nghĩ bên anh là lũ lừa đảo, chỉ cần gửi lại hóa đơn.", False),
        ("Khách gọi nhân viên em là đồ ngu, em đã mời khách về.", False),
    ],
)
def test_vietnamese_insult_words_used_literally_are_not_abuse(text: str, abusive: bool) -> None:
    assert flagged(text, "is_abusive", language="vi") is abusive


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # Hate about a group, in Slovenian: asserted, it is abuse.
        ("Begunci so paraziti.", True),
        ("Priseljenci so golazen in vi zaposlujete samo njih.", True),
        ("Priseljenci niso ljudje, so živali.", True),
        ("Sovražim muslimane.", True),
        # Denied, reported or judged false, it is not; nor a group named beside an
        # everyday word.
        ("Priseljenci niso paraziti.", False),
        ("Ne sovražim gejev.", False),
        ("Nikoli ne bi rekel, da so priseljenci paraziti.", False),
        ("Da so begunci paraziti, je laž.", False),
        ("Ni res, da so invalidi manjvredni.", False),
        ("Priseljenci kriminalci? Nikakor ne.", False),
        ("Sosed pravi, da so begunci golazen. Meni se zdi to gnusno.", False),
        ("Naša trgovina za male živali ima nov urnik, tujci dobrodošli.", False),
    ],
)
def test_slovenian_hate_about_a_group_is_read_and_its_denial_too(text: str, abusive: bool) -> None:
    assert flagged(text, "is_abusive", language="sl") is abusive


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # Whatever word carries the negation, the hate in its scope is denied: the
        # subject, a modal, a verb of belief, saying or agreeing in any person, an
        # adverb, a verdict before the statement, the writer disowning a report.
        ("Niti en sodelavec ne trdi, da so begunci paraziti.", False),
        ("Nihče ne bi smel reči, da so Romi golazen.", False),
        ("Ne smemo govoriti, da so priseljenci nadloga.", False),
        ("Ne verjamem, da so muslimani kriminalci.", False),
        ("Ne strinjam se, da so geji ogabni.", False),
        ("Zavračam trditev, da so invalidi manjvredni.", False),
        ("Tujci niso niti malo kriminalci.", False),
        ("Begunci so vse prej kot nadloga.", False),
        ("Migranti so daleč od tega, da bi bili kuga.", False),
        ("Laž je, da so priseljenci golazen.", False),
        ("Moj dedek je mislil, da so Romi paraziti, jaz nikoli.", False),
        ("Nihče tukaj ne sovraži muslimanov.", False),
        # The same words asserting stay abuse.
        ("Nisem rasist, ampak Romi so tatovi in paraziti.", True),
        ("Sovražim Rome, ne bom lagal.", True),
        ("Muslimani ne bodo nikoli nič drugega kot grožnja.", True),
    ],
)
def test_slovenian_negation_denies_whatever_word_carries_it(text: str, abusive: bool) -> None:
    assert flagged(text, "is_abusive", language="sl") is abusive


@pytest.mark.parametrize(
    ("text", "language", "abusive"),
    [
        # A contrast that sets the hateful word aside, a moral verdict before the act, a
        # verdict of no foundation after the statement: denials.
        ("Les immigrés sont tout sauf paresseux.", "fr", False),
        ("Les gays méritent du respect plutôt que de la haine.", "fr", False),
        ("Au lieu de mépriser les réfugiés, écoutons-les.", "fr", False),
        ("Les handicapés devraient être accueillis plutôt que méprisés.", "fr", False),
        ("Il serait injuste de mépriser les musulmans.", "fr", False),
        ("L'idée que les immigrés sont des parasites ne repose sur rien.", "fr", False),
        # The writer disowns the word, then asserts the hate.
        ("Je ne suis pas raciste, mais les Noirs sont dangereux.", "fr", True),
        ("I'm not racist, but immigrants are criminals.", "en", True),
        ("We're not homophobic, but gay people are disgusting.", "en", True),
        # One person of a group named with any determiner is the group named.
        ("No woman deserves to be called scum.", "en", False),
        ("Any woman who works here is scum.", "en", True),
    ],
)
def test_a_contrast_or_a_verdict_denies_and_a_disclaimer_asserts(
    text: str, language: str, abusive: bool
) -> None:
    assert flagged(text, "is_abusive", language=language) is abusive


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm not happy with the quality of the last delivery.", "is_complaint"),
        ("Nous ne sommes pas satisfaits de la livraison.", "is_complaint"),
        ("Tôi không hài lòng với bản thiết kế này.", "is_complaint"),
        ("Z zadnjo dobavo nismo zadovoljni.", "is_complaint"),
        ("Sorry, our accountant is on holiday, we'll pay next week.", "is_payment_excuse"),
        ("Le virement est parti ce matin.", "is_payment_excuse"),
        ("Tháng này kẹt tiền quá, cuối tháng em chuyển.", "is_payment_excuse"),
        ("Plačilo je na poti.", "is_payment_excuse"),
        ("Could you change the headline on the landing page?", "is_change_request"),
        ("Pourriez-vous ajouter une page ?", "is_change_request"),
        ("Anh sửa lại màu nút giúp em.", "is_change_request"),
        ("Lahko dodate še eno stran?", "is_change_request"),
        ("Can you backdate the invoice to March?", "is_ethics_request"),
        ("On peut faire ça au noir ?", "is_ethics_request"),
        ("Vụ này khỏi xuất hóa đơn nhé.", "is_ethics_request"),
        ("To lahko naredimo brez računa.", "is_ethics_request"),
        ("URGENT: we need the files ASAP", "is_urgent"),
        ("C'est urgent, rappelez-moi tout de suite.", "is_urgent"),
        ("Rất gấp, gửi ngay giúp tôi.", "is_urgent"),
        ("Nujno potrebujemo datoteke.", "is_urgent"),
    ],
)
def test_each_business_class_is_caught_in_each_language(text: str, name: str) -> None:
    assert flagged(text, name)


def test_a_complaint_about_a_font_is_minor_and_one_about_lost_orders_is_not() -> None:
    assert flagged("Small issue: the font in the footer is wrong.", "is_minor_complaint")
    lost = "The website was down all weekend, it's unacceptable, we lost orders."
    assert flagged(lost, "is_complaint")
    assert not flagged(lost, "is_minor_complaint")


def test_neutral_messages_fall_in_no_class() -> None:
    for text in ("Attached are the files.", "Je confirme le rendez-vous de mardi.", ""):
        assert not any(flags_of(text).values())


def test_explain_returns_the_words_that_matched_for_each_flagged_class() -> None:
    found = explain("Fix it ASAP, you idiot. Also, could you change the logo?")
    assert "idiot" in " ".join(found["is_abusive"])
    assert "asap" in found["is_urgent"]
    assert any("change" in words for words in found["is_change_request"])
    assert "is_payment_excuse" not in found


def test_explain_says_nothing_about_a_message_classify_would_not_flag() -> None:
    assert explain("Thank you, all good.") == {}
    assert explain('He said "you idiot" to me, which is not okay.').get("is_abusive") is None


def test_patterns_compiled_ahead_cover_every_message_explain_reads() -> None:
    """A triage compiles the classifier's patterns while it waits for its data; the
    first messages explained must then compile nothing more, in any language."""
    from parting.text import normalise
    from parting.text.classify import _COMPILED, compile_patterns

    compile_patterns()
    compiled = len(_COMPILED), len(normalise._cache)
    for text, language in [
        ("Fix it ASAP, you idiot. Also, could you change the logo?", None),
        ("Nous ne sommes pas satisfaits de la livraison, c'est urgent.", "fr"),
        ("Tháng này kẹt tiền quá, cuối tháng em chuyển. dm", "vi"),
        ("Z zadnjo dobavo nismo zadovoljni. To lahko naredimo brez računa.", "sl"),
        ("THIS IS NOT OK!!! > quoted line", "en"),
    ]:
        explain(text, language)
        flags_of(text, language)
    assert (len(_COMPILED), len(normalise._cache)) == compiled


def test_french_reports_and_calls_to_stop_saying_an_insult_undo_it_but_not_an_order() -> None:
    assert not flagged("Il a crié aux clients que vous étiez des escrocs.", "is_abusive", "fr")
    assert not flagged("Arrêtons de dire que les immigrés sont un fardeau.", "is_abusive", "fr")
    assert flagged("Arrêtez de vous plaindre, bande d'abrutis.", "is_abusive", "fr")
