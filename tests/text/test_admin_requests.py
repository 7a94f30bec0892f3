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
]

WORK = [
    ("en", "Could you add a contact page to the site?"),
    ("fr", "Pourriez-vous ajouter une page contact au site ?"),
    ("vi", "Anh thêm một trang liên hệ vào website giúp em."),
    ("sl", "Blog za zdaj opustimo, namesto njega dodajmo koledar dogodkov."),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_an_everyday_request_flags_nothing(language: str, text: str) -> None:
    assert not any(flags_of(text, language).values())


@pytest.mark.parametrize(("language", "text"), WORK)
def test_a_request_for_more_work_is_still_a_change_request(language: str, text: str) -> None:
    assert flags_of(text, language)["is_change_request"]
