"""The checker reads a letter's structure rather than fixed phrases: a farewell in any
person and tense makes it a parting letter (so its end date and alternatives are checked),
an end may be given without a day number when an ending word stands beside it, and an
alternative may be described ("someone who could take the work over") rather than
recommended. Sentences written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter, is_parting_letter

from .test_checker import LANGS

# A farewell conjugated in ways the first cue lists did not hold.
FAREWELLS = {
    "en": [
        "We won't be renewing the retainer.",
        "Our engagement with you is winding down.",
        "This will be our last project for your team.",
        "We are going our separate ways.",
    ],
    "fr": [
        "Nous ne renouvellerons pas notre contrat.",
        "Nous ne poursuivrons pas la mission.",
        "Ce sera notre dernière mission pour vous.",
        "Nous n'assurerons plus le suivi de vos comptes.",
    ],
    "vi": [
        "Chúng tôi sẽ không gia hạn hợp đồng.",
        "Dịch vụ bảo trì sẽ dừng lại.",
        "Đây là dự án cuối cùng chúng tôi thực hiện cho anh.",
        "Chúng tôi sẽ không còn phụ trách website của chị.",
    ],
    "sl": [
        "Pogodbe ne bomo podaljšali.",
        "Sodelovanja ne bomo nadaljevali.",
        "To je naš zadnji projekt za Vas.",
        "Ne bomo več skrbeli za Vašo spletno stran.",
    ],
}
# Each language: a parting letter without a day number, in parts (thanks, the decision,
# an alternative, the handover), and an end given in words beside an ending word.
NO_DATE = {
    "en": [
        "Thank you for your trust.",
        "We will not be renewing the retainer.",
        "A larger agency would suit you better.",
        "We will hand over every file.",
    ],
    "fr": [
        "Merci de votre confiance.",
        "Nous ne renouvellerons pas notre contrat.",
        "Une agence plus grande vous conviendrait mieux.",
        "Nous vous remettrons tous les fichiers.",
    ],
    "vi": [
        "Cảm ơn anh đã tin tưởng.",
        "Chúng tôi sẽ không gia hạn hợp đồng.",
        "Một công ty lớn hơn sẽ phù hợp với anh hơn.",
        "Chúng tôi sẽ bàn giao toàn bộ tệp.",
    ],
    "sl": [
        "Hvala za zaupanje.",
        "Pogodbe ne bomo podaljšali.",
        "Večja agencija bi Vam bolje ustrezala.",
        "Predali Vam bomo vse datoteke.",
    ],
}
END_IN_WORDS = {
    "en": "Our work for you stops at the end of the month.",
    "fr": "Notre mission prendra fin à la fin du mois.",
    "vi": "Công việc sẽ kết thúc vào cuối tháng này.",
    "sl": "Naše delo za Vas se konča ob koncu meseca.",
}
# An alternative described: someone who could take the work over.
DESCRIBED = {
    "en": "Marta Lind, a translator I trust, is ready to take over your manuals.",
    "fr": "Marta Lind, une traductrice en qui j'ai confiance, est prête à prendre le relais.",
    "vi": "Chị Marta, một biên dịch viên tôi tin tưởng, sẵn sàng tiếp nhận các tài liệu của anh.",
    "sl": "Marta Lind, prevajalka, ki ji zaupam, je pripravljena prevzeti Vaše priročnike.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_farewell_in_any_person_and_tense_makes_a_parting_letter(lang: str) -> None:
    for sentence in FAREWELLS[lang]:
        assert is_parting_letter(sentence, lang), sentence


def rules(sentences: list[str], lang: str) -> set[str]:
    return {f.rule for f in check_letter(" ".join(sentences), lang, meaning=False)}


@pytest.mark.parametrize("lang", LANGS)
def test_a_parting_letter_with_no_end_date_is_caught_and_an_end_in_words_counts(
    lang: str,
) -> None:
    assert rules(NO_DATE[lang], lang) == {"end_date"}
    assert rules([*NO_DATE[lang], END_IN_WORDS[lang]], lang) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_an_alternative_described_as_someone_who_takes_over_counts(lang: str) -> None:
    thanks, decision, _alternative, handover = NO_DATE[lang]
    without = [thanks, decision, handover, END_IN_WORDS[lang]]
    assert rules(without, lang) == {"alternatives"}
    assert rules([*without, DESCRIBED[lang]], lang) == set()


# Sixth round: a farewell as a last or final occasion, or as stopping something of the
# reader's; what is not one (a repair letter's "our last meeting", a promise to stop a
# fault).
OCCASIONS = {
    "en": [
        "Our last delivery will be the spring range.",
        "Thursday is our final class together.",
        "We will stop printing your catalogues.",
        "We won't be printing your catalogues after this run.",
    ],
    "fr": [
        "Notre dernier atelier aura lieu jeudi.",
        "Jeudi sera notre dernier cours ensemble.",
        "Nous n'imprimerons plus vos catalogues.",
        "Nous arrêtons l'impression de vos catalogues.",
    ],
    "vi": [
        "Lớp học cuối cùng của chúng ta là thứ Năm.",
        "Chúng tôi không còn in catalogue cho công ty anh.",
        "Chúng tôi đã quyết định ngừng in catalogue cho anh.",
        "Thứ Năm sẽ là buổi học cuối cùng.",
    ],
    "sl": [
        "Naš zadnji tečaj bo v četrtek.",
        "Vaših katalogov ne bomo več tiskali.",
        "Četrtek bo naša zadnja ura skupaj.",
        "Od Vašega računa se poslavljamo.",
    ],
}
# A renewal denied is a farewell even without its object.
RENEWALS = {
    "en": ["We won't be renewing.", "We won't be hosting the newsletter after June."],
    "fr": ["Nous n'allons pas reconduire.", "Nous ne le renouvellerons pas."],
    "vi": [
        "Chúng tôi sẽ không gia hạn.",
        "Bên em quyết định không gia hạn nữa.",
        "Dịch vụ giặt là của khách sạn chúng ta sẽ kết thúc sau mùa này.",
    ],
    "sl": ["Ne bomo podaljšali.", "Odločili smo se, da ne podaljšamo."],
}
# Notice given, an inability to go on, a role given up, an account closed.
NOTICE = {
    "en": [
        "We are giving notice on our agreement.",
        "I can no longer look after your garden.",
        "After June we will not be your accountants any more.",
        "We are handing the bookkeeping back to you.",
        "Our agreement with your school comes to an end in July.",
    ],
    "fr": [
        "Nous vous donnons notre préavis.",
        "Je ne pourrai plus m'occuper de votre jardin.",
        "Votre compte sera fermé le 30 juin.",
        "Nous vous rendons la main sur la comptabilité.",
        "Notre contrat avec votre école arrive à son terme en juillet.",
    ],
    "vi": [
        "Chúng tôi sẽ không tiếp tục làm kế toán cho công ty anh.",
        "Tôi không thể chăm sóc khu vườn của bà nữa.",
        "Tài khoản của chị sẽ được đóng vào cuối tháng.",
        "Chúng tôi xin trả lại cho chị phần việc kế toán.",
    ],
    "sl": [
        "Po juniju ne bomo več vaš računovodja.",
        "Za vaš vrt ne bom mogla več skrbeti.",
        "Vaš račun bomo zaprli konec junija.",
        "Naročila vam z današnjim dnem vračamo.",
        "Pogodba z vašo šolo se julija izteče.",
    ],
}
NOT_FAREWELLS = {
    "en": [
        "At our last meeting you raised the invoices.",
        "We will no longer be late.",
        "From now on one coordinator will plan your deliveries.",
    ],
    "fr": [
        "Lors de notre dernière réunion, vous avez parlé des factures.",
        "Nous ne serons plus en retard.",
        "Désormais, une seule coordinatrice planifiera vos livraisons.",
    ],
    "vi": [
        "Trong buổi họp gần nhất, anh đã nêu vấn đề hóa đơn.",
        "Chúng tôi sẽ không để báo cáo trễ hạn nữa.",
        "Từ nay, một điều phối viên sẽ lên kế hoạch giao hàng cho chị.",
    ],
    "sl": [
        "Na našem zadnjem sestanku ste omenili račune.",
        "Poročil ne bomo več oddajali pozno.",
        "Odslej bo vaše dostave načrtovala ena koordinatorka.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_last_occasion_or_stopping_the_readers_work_is_a_farewell_and_a_promise_is_not(
    lang: str,
) -> None:
    for sentence in [*OCCASIONS[lang], *RENEWALS[lang], *NOTICE[lang]]:
        assert is_parting_letter(sentence, lang), sentence
    for sentence in NOT_FAREWELLS[lang]:
        assert not is_parting_letter(sentence, lang), sentence


# Two named firms: an alternative that is no next step (a described one could be: "ready
# to take over").
NAMED = {
    "en": "Brightline Studio and Kettle & Co handle work of this kind.",
    "fr": "Atelier Lumière et Studio Nord font ce type de travail.",
    "vi": "Studio Ánh Sáng và Xưởng Bắc đều làm loại việc này.",
    "sl": "Studio Svetloba in Atelje Sever opravljata takšno delo.",
}
# A next step as a question, a request, an offer, an attachment, or something due by a date.
NEXT_STEPS = {
    "en": [
        "Could we meet on Monday to go through the archive?",
        "Please tell us where to send the archive.",
        "The archive of your campaigns is attached.",
        "I am happy to brief the new team.",
        "The archive reaches you by 28 April.",
        "You can collect the files from our office any day this week.",
        "I remain at your disposal for any question.",
    ],
    "fr": [
        "Pourrions-nous nous voir lundi pour parcourir les archives ?",
        "Dites-nous où envoyer les archives.",
        "Vous trouverez les archives en pièce jointe.",
        "Je fais volontiers le point avec la nouvelle équipe.",
        "Les archives vous parviennent avant le 28 avril.",
        "Les clés vous seront rendues lors du dernier passage.",
        "Je reste à votre disposition pour toute question.",
    ],
    "vi": [
        "Anh có muốn gặp vào thứ Hai để xem lại kho lưu trữ không?",
        "Anh vui lòng cho biết địa chỉ nhận kho lưu trữ.",
        "Kho lưu trữ được gửi kèm thư này.",
        "Tôi sẵn lòng trao đổi với đội ngũ mới.",
        "Kho lưu trữ đến tay anh trước ngày 28 tháng 4.",
        "Anh có thể nhận lại tài liệu tại văn phòng.",
        "Chị xác nhận giúp em địa chỉ nhận hồ sơ nhé.",
    ],
    "sl": [
        "Bi se v ponedeljek dobili in skupaj pregledali arhiv?",
        "Prosimo, sporočite nam, kam naj pošljemo arhiv.",
        "Arhiv je v prilogi.",
        "Z veseljem pomagam novi ekipi.",
        "Arhiv Vam pošljemo do 28. aprila.",
        "Ključe vrnemo ob zadnjem obisku.",
        "Datoteke lahko ta teden prevzamete v naši pisarni.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_next_steps_may_be_a_question_a_request_an_offer_an_attachment_or_a_date(
    lang: str,
) -> None:
    # the decision is a denied future ("we will not be renewing"): no next step in itself
    thanks, decision, _alternative, _handover = NO_DATE[lang]
    without = [thanks, decision, NAMED[lang], END_IN_WORDS[lang]]
    assert rules(without, lang) == {"next_steps"}
    for sentence in NEXT_STEPS[lang]:
        assert rules([*without, sentence], lang) == set(), sentence


# The end as a weekday beside an ending word, a day of the month alone, or in numbers.
END_DATES = {
    "en": [
        "Friday will be the last day of our work.",
        "It ends after the 30th.",
        "It ends 30/06.",
        "It ends on the last day of the month.",
    ],
    "fr": [
        "Notre dernier jour de travail sera vendredi.",
        "Le contrat prend fin après le 30.",
        "Notre mission s'arrête le 30/06.",
        "Notre mission s'arrête le 30-06-2026.",
    ],
    "vi": [
        "Ngày làm việc cuối cùng là thứ Sáu.",
        "Hợp đồng kết thúc sau ngày 30.",
        "Công việc dừng vào ngày 30/6.",
        "Hợp đồng kết thúc vào ngày 30 tháng Sáu.",
    ],
    "sl": [
        "Zadnji dan dela bo petek.",
        "Pogodba se izteče po 30. 6.",
        "Delo za Vas končamo v petek.",
        "Sodelovanje se konča s koncem meseca.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_end_date_may_be_a_weekday_a_day_of_the_month_or_numbers(lang: str) -> None:
    assert rules(NO_DATE[lang], lang) == {"end_date"}
    for sentence in END_DATES[lang]:
        assert rules([*NO_DATE[lang], sentence], lang) == set(), sentence


# Alternatives named with a web or e-mail address, or in a sentence about the reader; our
# own address is no alternative.
ADDRESSED = {
    "en": [
        "Olsen Print (olsenprint.example) does runs like these.",
        "For a quote, hello@harbourlegal.example answers within a day.",
        "Harbour Legal works with firms of your size.",
    ],
    "fr": [
        "Imprimerie Olsen (olsen-impression.fr) fait ce type de tirage.",
        "Pour un devis, bonjour@harbour-conseil.fr répond sous un jour.",
        "Cabinet Harbour travaille avec des entreprises de votre taille.",
    ],
    "vi": [
        "Nhà in Olsen (olsen.vn) làm những đơn hàng như thế này.",
        "Để nhận báo giá, hotro@harbour.vn trả lời trong một ngày.",
        "Luật Harbour làm việc với các công ty cỡ như của anh.",
    ],
    "sl": [
        "Tiskarna Olsen (olsen.si) tiska takšne naklade.",
        "Za ponudbo na naslovu info@harbour.si odgovorijo v enem dnevu.",
        "Odvetniška družba Harbour dela s podjetji Vaše velikosti.",
    ],
}
OUR_ADDRESS = {
    "en": "Until then you can reach me at anna@ourstudio.example.",
    "fr": "D'ici là, vous pouvez m'écrire à anna@notrestudio.fr.",
    "vi": "Từ nay đến đó, anh có thể viết cho tôi tại anna@studiochungtoi.vn.",
    "sl": "Do takrat mi lahko pišete na anna@nasstudio.si.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_alternative_may_be_named_with_an_address_or_beside_the_reader(lang: str) -> None:
    thanks, decision, _alternative, handover = NO_DATE[lang]
    without = [thanks, decision, handover, END_IN_WORDS[lang]]
    assert rules([*without, OUR_ADDRESS[lang]], lang) == {"alternatives"}
    for sentence in ADDRESSED[lang]:
        assert rules([*without, sentence], lang) == set(), sentence


# A closed door refuses contact; refusing new work leaves it open.
DOORS = {
    "en": [
        "After that, nobody will answer this line.",
        "Your messages will go unread.",
        "This mailbox is no longer monitored.",
        "Our staff have been told not to discuss your file or take your calls.",
    ],
    "fr": [
        "Passé cette date, personne ne répondra sur cette ligne.",
        "Vos courriels resteront sans réponse.",
        "Cette boîte n'est plus relevée.",
        "Notre équipe a pour consigne de ne plus évoquer votre dossier ni prendre vos appels.",
    ],
    "vi": [
        "Sau ngày đó sẽ không còn ai nghe máy.",
        "Chúng tôi sẽ không trả lời email của anh.",
        "Hộp thư này không còn được theo dõi.",
        "Nhân viên đã được dặn không nghe điện thoại của anh.",
    ],
    "sl": [
        "Po tem datumu se na tej številki nihče ne bo oglasil.",
        "Vaših sporočil ne bomo več brali.",
        "Ta nabiralnik ni več v uporabi.",
        "Osebje ima navodilo, da vaših klicev ne sprejema.",
    ],
}
NEW_WORK = {
    "en": [
        "From May we will no longer take new orders.",
        "We are not accepting new projects.",
        "Please do not hesitate to call me.",
    ],
    "fr": [
        "Nous n'accepterons plus de nouvelles commandes à partir de mai.",
        "Nous ne prendrons plus de nouveaux projets.",
    ],
    "vi": [
        "Chúng tôi sẽ không nhận đơn hàng mới từ tháng Năm.",
        "Chúng tôi không tiếp nhận thêm dự án mới.",
        "Đừng ngần ngại gọi cho tôi.",
    ],
    "sl": ["Od maja ne bomo več sprejemali novih naročil.", "Novih projektov ne prevzemamo več."],
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_closed_door_refuses_contact_and_refusing_new_work_is_not_one(lang: str) -> None:
    letter = [*NO_DATE[lang], END_IN_WORDS[lang]]
    for sentence in DOORS[lang]:
        assert "slammed_door" in rules([*letter, sentence], lang), sentence
    for sentence in NEW_WORK[lang]:
        assert "slammed_door" not in rules([*letter, sentence], lang), sentence


# Thanks may be said as a pleasure had together.
PLEASURE = {
    "en": ["It has been a pleasure to print your books.", "It was good to work with you."],
    "fr": ["Ce fut un plaisir d'imprimer vos livres.", "Nous avons aimé travailler avec vous."],
    "vi": [
        "Được in sách cho anh là một niềm vui.",
        "Chúng tôi rất vui vì đã được hợp tác với anh.",
    ],
    "sl": ["V veselje nam je bilo tiskati Vaše knjige.", "Lepo je bilo sodelovati z Vami."],
}


@pytest.mark.parametrize("lang", LANGS)
def test_thanks_may_be_a_pleasure_had_together(lang: str) -> None:
    _thanks, *rest = NO_DATE[lang]
    letter = [*rest, END_IN_WORDS[lang]]
    assert rules(letter, lang) == {"thanks"}
    for sentence in PLEASURE[lang]:
        assert rules([sentence, *letter], lang) == set(), sentence
