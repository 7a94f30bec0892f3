"""Everyday requests about invoices, contact details, copies and meeting times are not
change requests, and a writer asking for patience with their own side is not
complaining: the words look like the cues, the meaning does not."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

CALM = [
    ("en", "Could you add our VAT number to the invoice?"),
    ("en", "Please change my email address to the one below."),
    ("en", "Could you update me on the timeline when you know more?"),
    ("en", "We'd like to see the figures before Friday's call."),
    ("en", "Can we do 11 instead of 10? I have a dentist appointment."),
    ("en", "Our IT department is a bit slow with approvals, so bear with us."),
    ("fr", "Pourriez-vous ajouter notre numéro de TVA sur la facture ?"),
    ("fr", "Merci de changer mon adresse e-mail pour celle ci-dessous."),
    ("fr", "On peut faire 11 h au lieu de 10 h ?"),
    ("fr", "Notre service informatique est un peu lent, merci de votre patience."),
    ("vi", "Anh thêm mã số thuế bên em vào hóa đơn giúp em."),
    ("vi", "Mình họp ở văn phòng thay vì họp online được không?"),
    ("vi", "Phiên bản mới của ứng dụng tuyệt lắm."),
    ("sl", "Bi na račun dodali našo davčno številko?"),
    ("sl", "Naslednji teden sem na dopustu, namesto mene bo odgovarjala Ana."),
    ("sl", "Nova verzija aplikacije je odlična."),
    # What a change is asked of decides: the meeting, who attends, the room, the file's
    # format, a contact person or a subscription is logistics, not the work.
    ("en", "Could you add Hannah from legal to Tuesday's meeting?"),
    ("en", "Could you make the meeting 20 minutes next week?"),
    ("en", "Please send the brief as a PDF rather than a Word file."),
    ("en", "Could you change our account to monthly billing?"),
    ("en", "Can you update the ticket once it's fixed so our support desk knows?"),
    ("en", "Could you move the files to the new shared drive?"),
    # A polite request names a part of the work, or it is no change request.
    ("en", "Could you change the billing frequency to quarterly from January?"),
    ("en", "Can you add my colleague as a second approver on the portal?"),
    ("en", "Please remove the old phone number from your records."),
    ("en", "Please change the currency on the quote to euros."),
    ("fr", "Pouvez-vous ajouter Hélène du juridique à la réunion de mardi ?"),
    ("fr", "Merci d'envoyer le brief en PDF plutôt qu'en Word."),
    ("fr", "Désolée pour le retard de ma réponse, je rentre de congé."),
    ("fr", "J'ai fait une erreur dans mon dernier mail : la réunion est à 10 h."),
    ("fr", "Petit souci de notre côté : le bon de commande n'est pas encore signé."),
    ("fr", "Notre serveur ne fonctionne plus depuis ce matin, je vous écris du téléphone."),
    ("vi", "Anh thêm chị Hà bên pháp chế vào cuộc họp thứ Ba nhé."),
    ("sl", "Bi lahko na torkov sestanek dodali še Hano iz pravne službe?"),
    ("sl", "Prosim, pošljite povzetek v PDF namesto v Wordu."),
    ("sl", "Račun naj bo naslovljen na podjetje namesto name osebno."),
    # "chuyển" also moves a plan, "trả" also answers; someone away is an excuse only
    # for the payment.
    ("vi", "Tháng sau bên em chuyển sang báo cáo theo quý, anh gộp số liệu giúp em."),
    ("vi", "Bên em chưa dùng hết gói giờ, có chuyển sang tháng sau được không anh?"),
    ("vi", "Kế toán bên em nghỉ phép, chị ấy về sẽ gửi anh biên bản đối chiếu."),
    # A payment on the agreed terms is no excuse for one.
    ("en", "We will pay next week as agreed."),
    ("fr", "Nous réglerons la facture en fin de mois, comme convenu."),
    ("vi", "Bên em sẽ thanh toán vào cuối tháng theo hợp đồng nhé."),
    ("sl", "Plačali bomo naslednji teden, kot dogovorjeno."),
]

WORK = [
    ("en", "Could you add a contact page to the site?"),
    ("fr", "Pourriez-vous ajouter une page contact au site ?"),
    ("vi", "Anh thêm một trang liên hệ vào website giúp em."),
    ("sl", "Blog za zdaj opustimo, namesto njega dodajmo koledar dogodkov."),
    ("en", "Could you add a contact form and a call button to the home page?"),
    ("en", "Please change the date format on the booking page."),
    ("en", "Could you please make the headline a bit shorter?"),
    ("en", "Please update the prices in the catalogue."),
    ("en", "We'd like to add a French version of the site."),
    ("fr", "Pouvez-vous ajouter un formulaire de contact sur la page d'accueil ?"),
    ("sl", "Dodajte kontaktni obrazec na domačo stran."),
    ("sl", "Namesto galerije bi raje imeli drsnik s tremi slikami."),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_an_everyday_request_flags_nothing(language: str, text: str) -> None:
    assert not any(flags_of(text, language).values())


@pytest.mark.parametrize(("language", "text"), WORK)
def test_a_request_for_more_work_is_still_a_change_request(language: str, text: str) -> None:
    assert flags_of(text, language)["is_change_request"]


EXCUSES = [
    ("vi", "Kế toán nghỉ ốm cả tuần nên bên em chưa chuyển khoản được."),
    ("vi", "Xin lỗi anh vì thanh toán chậm, sếp em đi công tác chưa về."),
    ("vi", "Tuần sau bên em trả nhé, tháng này hơi kẹt."),
]


@pytest.mark.parametrize(("language", "text"), EXCUSES)
def test_a_delay_of_the_payment_itself_is_still_an_excuse(language: str, text: str) -> None:
    assert flags_of(text, language)["is_payment_excuse"]
