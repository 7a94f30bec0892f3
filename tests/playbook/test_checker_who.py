"""Blame read by who does what to whom (issue #13, fourteenth tone round).

A Vietnamese writer names themselves with a kinship word the same cues read as the reader
in other letters: from an "em" writer, "vì em không đủ người" is our own shortfall; from a
"chị" writer to an "em" reader it is blame. A judgement of what working with the reader is
like is blame whatever the reader's person or number (vikanje, tikanje, the dual "vama"); a
gift or talent is irony when its object is a fault, a lapse or a bargain; work our people had
to do again is a harm. Credit given to the reader for a burden of ours ("thanks to you, …
weekends") is irony, and so are thanks for a lesson in patience; the reader said to be a kind
of person whose clause denies something is a character judgement; indifference laid on the
reader is blame. The same shapes with praise, a request, a repair we offer, our own cause, a
gain credited to the reader, a sincere talent, or what the reader no longer does or needs (a
change on their side) stay calm. Sentences written for this test,
in none of the drafts.
"""

from __future__ import annotations

import pytest

from parting.playbook.checker import WORDINGS, _blame, as_written_by_us, check_letter

BLAME = {
    "en": [
        "Working with your office has been hard, and working with you has never been simple.",
        "Honestly, dealing with you was a test of patience from the first invoice.",
        "With you, nothing was ever simple, from the first quote to the last invoice.",
        "You have a remarkable talent for finding a new flaw in every finished kitchen.",
        "You've shown a rare gift for forgetting every date we agreed on the phone.",
        "Thanks to your approvals, our designers spent most evenings this spring redoing pages.",
        "You have always been a client who never once read a quote before signing it.",
        "You obviously don't care how many evenings our fitters spend on your sites.",
        "Thank you, truly, for teaching us so much patience.",
    ],
    "fr": [
        "Collaborer avec toi a toujours été un parcours du combattant.",
        "Travailler avec vous tenait du miracle certaines semaines.",
        "Tu as un talent certain pour oublier chaque rendez-vous que nous fixons.",
        "À cause de vos oublis répétés, notre équipe s'est déplacée pour rien.",
        "Vous avez l'art de trouver une erreur dans chaque facture.",
        "Grâce à vos annulations, notre équipe a travaillé trois week-ends de suite.",
        "Vous êtes de ces clients pour qui aucun devis n'est jamais assez bas.",
        "Visiblement, peu vous importait le nombre de soirées que nous y passions.",
        "Merci de nous avoir appris tant de patience.",
    ],
    "vi": [
        "Cô cảm ơn em. Vì em không bao giờ báo trước, cô phải dời lịch dạy của các lớp khác.",
        "Em cảm ơn chị. Hợp tác với chị quá áp lực, tuần nào cũng có việc phát sinh.",
        "Em cảm ơn anh. Anh đúng là có biệt tài quên hết những gì đã hẹn.",
        "Em chào chị. Vì chị tháng nào cũng đổi thực đơn sát ngày, bếp bên em phải nấu lại "
        "từng món.",
        "Tôi cảm ơn chị. Nhờ chị mà cả xưởng chúng tôi làm thêm cuối tuần suốt hai tháng.",
        "Em cảm ơn anh. Anh là kiểu khách không bao giờ đọc kỹ báo giá trước khi ký.",
        "Em cảm ơn chị. Chị chẳng hề quan tâm thợ bên em đã thức bao nhiêu đêm.",
        "Tôi cảm ơn anh vì đã dạy chúng tôi thế nào là kiên nhẫn.",
    ],
    "sl": [
        "S teboj ni bilo nikoli preprosto sodelovati.",
        "Z vama je res naporno delati, saj vsak teden spremenita načrt.",
        "Poslovanje z vami je bilo mučno od prvega računa.",
        "Imaš pravi talent, da v vsaki dostavi najdeš kakšno napako.",
        "Po Vaši zaslugi so naši monterji tri vikende zapored delali pri Vas.",
        "Ste pač naročnik, ki mu nobena cena ni dovolj nizka.",
        "Očitno Vam je bilo vseeno, koliko večerov smo porabili za Vaše popravke.",
        "Hvala, ker ste nas naučili toliko potrpežljivosti.",
        "Nikoli ne prebereš ponudbe, preden jo podpišeš.",
        "Vedno sta hotela popust šele po opravljenem delu.",
        "Kot vedno si plačilo nakazala šele po tretjem opominu.",
        "Nikoli nista potrdila urnika pravočasno.",
        "Zaradi vajinih odpovedi v zadnjem trenutku smo dvakrat ostali brez dela.",
        "S teboj ni bilo nikoli nič enostavno.",
    ],
}
CALM = {
    "en": [
        "Working with you has been a pleasure, and your team made every visit easy.",
        "You have a real talent for finding good apprentices.",
        "It was not easy to decide, but working with you was always simple.",
        "Thanks to you, our bakery now supplies four cafés in town.",
        "You are someone who always pays on the day, and we noticed.",
        "If it makes no difference to you, we will come on Thursday.",
        'On 4 May you called our driver "useless" in front of your customers.',
        "Because you no longer keep horses at the farm, our last hay delivery is on 2 May.",
    ],
    "fr": [
        "Travailler avec vous a toujours été simple et agréable.",
        "Vous avez le don de mettre chaque client à l'aise.",
        "Tu as un vrai talent pour choisir les couleurs.",
        "Grâce à vous, notre atelier a trouvé ses premiers clients.",
        "Vous êtes quelqu'un qui tient parole, et nous l'avons apprécié.",
        "Si cela vous est égal, nous passerons jeudi.",
        "À cause de votre nouvelle adresse à Brest, nous ne pourrons plus livrer le mardi.",
        "Comme vous ne louez plus la salle du haut, nous arrêtons le ménage du vendredi.",
        "Notre chauffeur refuse désormais de livrer chez vous après ce qui s'est passé le 4 mai.",
        "Le 4 mai, vous avez traité notre chauffeur de « bon à rien » devant vos clients.",
    ],
    "vi": [
        "Em cảm ơn chị. Vì em không đủ thợ, em chỉ nhận đơn của chị đến hết tháng 6 ạ.",
        "Em cảm ơn anh. Tại em sắp xếp lịch chưa khéo nên tuần trước giao trễ, em xin lỗi anh.",
        "Em cảm ơn chị. Làm việc với chị luôn rất vui, và em học được rất nhiều.",
        "Em cảm ơn anh. Nếu bảng hiệu có lỗi, bên em sẽ sửa lại miễn phí cho anh.",
        "Chị cảm ơn em. Vì chị phải trả lại mặt bằng, chị chỉ giữ hàng cho em đến 15/12.",
        "Em cảm ơn chị. Chị có năng khiếu chọn màu rất đẹp.",
        "Em cảm ơn chị. Nhờ chị giới thiệu mà tiệm em có thêm nhiều khách quen.",
        "Em cảm ơn anh. Anh là người luôn giữ lời hứa.",
        "Em cảm ơn chị. Chị không cần quan tâm đến giấy tờ, bên em sẽ lo hết ạ.",
        "Tôi cảm ơn anh. Vì anh không còn mở xưởng ở Bình Dương, chúng tôi xin dừng giao hàng.",
        "Em cảm ơn chị. Vì chị đã báo sớm nên bên em kịp đổi lịch cho thợ.",
    ],
    "sl": [
        "Z vama je bilo vedno lepo sodelovati.",
        "Sodelovanje z vami je bilo prijetno, odločitev pa ni bila lahka.",
        "Imate pravi talent za izbiro barv.",
        "Po Vaši zaslugi smo dobili tri nove naročnike.",
        "Ste človek, ki vedno drži besedo.",
        "Če Vam je vseeno, pridemo v četrtek.",
        "Ker ste odprli novo trgovino, naših dostav ne potrebujete več.",
        "Ker nimate več pisarne v Kranju, Vam bomo mape poslali po pošti.",
        "Vedno si bila prijazna do naših dostavljavcev.",
        "Vedno sta plačala redno in brez opominov.",
        "Nikoli nisi pozabil na plačilo, za kar se ti lepo zahvaljujem.",
        "Pri nas si vedno dobrodošla.",
        "Zaradi naše napake sta dve dostavi zamujali.",
    ],
}


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in BLAME.items() for s in v])
def test_who_does_what_to_whom_is_read_as_blame(lang: str, sentence: str) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in CALM.items() for s in v])
def test_the_same_shapes_with_praise_our_own_cause_or_a_repair_are_calm(
    lang: str, sentence: str
) -> None:
    assert not _blame(WORDINGS[lang], sentence, lang), sentence


def test_the_writers_own_kinship_word_reads_as_i_and_keeps_its_place() -> None:
    text = "Em cảm ơn chị. Vì em không đủ người, chị Diệp bên Hoa Xinh sẽ nhận đơn của chị."
    read = as_written_by_us(text)
    assert read == "Tớ cảm ơn chị. Vì tớ không đủ người, chị Diệp bên Hoa Xinh sẽ nhận đơn của chị."
    assert len(read) == len(text)
    bare = "Em cam on chi. Vi em khong du nguoi."
    assert as_written_by_us(bare) == "To cam on chi. Vi to khong du nguoi."


def test_a_blame_quote_is_the_drafts_own_words_when_the_writer_is_senior() -> None:
    draft = (
        "Chị cảm ơn em đã làm cùng chị hai năm. Vì em không bao giờ trả lời tin nhắn, thợ "
        "của chị phải chờ cả buổi sáng."
    )
    blame = [f for f in check_letter(draft, "vi", meaning=False) if f.rule == "blame"]
    assert blame and all(quote in draft for quote in blame[0].words)


# Fifteenth tone round: a habit kept is praise whatever word says it (an obligation met early
# or in time, a need told ahead), and the Vietnamese habit told by its unit of time ("tháng
# nào … cũng") is "always" — blame when it is a fault of the reader's, nothing when it is
# the writer's own, read through their kinship word; a lesson in patience taught by the reader
# or by working with them is irony without any thanks; work done twice for the reader's change
# is a harm in the passive too. Sentences written for this test, in none of the drafts.
HABIT_KEPT = {
    "en": [
        "You always paid within a few days and let us know early what you needed.",
        "You always settled our invoices straight away.",
    ],
    "fr": [
        "Tu as toujours payé sans attendre et prévenu à l'avance.",
        "Vous avez toujours réglé nos factures dans les délais.",
    ],
    "vi": [
        "Chị lúc nào cũng chuyển khoản sớm và báo trước rất rõ ràng.",
        "Em cảm ơn anh. Tháng nào anh cũng thanh toán đúng hạn.",
        "Em cảm ơn chị. Tháng nào em cũng giao trễ, em thật lòng xin lỗi chị.",
    ],
    "sl": [
        "Vedno si plačal sproti in nam vnaprej povedal, kaj potrebuješ.",
        "Vedno ste plačali v roku.",
    ],
}
FAULT_TOLD = {
    "en": [
        "You always paid late, never within the agreed two weeks.",
        "Working for you has taught us patience.",
        "Half the brochures had to be reprinted twice because your team changed the prices.",
    ],
    "fr": [
        "Vous avez toujours payé en retard.",
        "Travailler avec vous nous aura appris la patience.",
        "Parce que vos tarifs changeaient après le bon à tirer, chaque carte a été imprimée "
        "deux fois.",
    ],
    "vi": [
        "Chị cảm ơn em. Tháng nào em cũng chuyển khoản trễ, chị phải ứng tiền trả thợ.",
        "Em chào anh. Lần nào anh cũng đổi bản vẽ sau khi đã chốt.",
        "Làm việc với chị đã dạy cho bên tôi thế nào là kiên nhẫn.",
    ],
    "sl": [
        "Vedno ste plačali prepozno, nikoli v roku.",
        "Delo s tabo me je naučilo potrpežljivosti.",
    ],
}


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in HABIT_KEPT.items() for s in v])
def test_a_habit_kept_or_the_writers_own_habit_is_no_blame(lang: str, sentence: str) -> None:
    assert not _blame(WORDINGS[lang], sentence, lang), sentence


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in FAULT_TOLD.items() for s in v])
def test_a_habit_of_fault_a_lesson_in_patience_or_work_done_twice_is_blame(
    lang: str, sentence: str
) -> None:
    assert _blame(WORDINGS[lang], sentence, lang), sentence
