"""Counting reasons, and what is a step, a thank-you and a name (issue #13, session 14).

One reason told as its cause and its consequence, or as an incident with what was said,
is one reason: the letter counts reasons, not clauses. Reasons given after the decision
still count. A future that leaves the rest to later is no next step; the first person
singular is one ("je t'envoie", "ti pošljem"). In a parting letter, thanks for the letter
itself is a formula, and "Merci de régler…" is a request. A Slovenian firm named in -mo
("Selimo d.o.o.") is not "we", and a Vietnamese title with a name the greeting does not
give ("Anh Tùng") is someone else. Letters written for these tests, in none of the drafts.
"""

from __future__ import annotations

import pytest

from parting.playbook.checker import _sentences, _thanks, check_letter, find
from parting.playbook.wording import WORDINGS


def rules(text: str, lang: str, sign: str | None = None) -> list[str]:
    return [f.rule for f in check_letter(text, lang, sign=sign, meaning=False)]


# One reason, told as its cause and then its consequences: the later sentences take up
# what the first named ("sans lui", "brez njega", "un remplaçant", "zamenjavo").
CAUSE_AND_CONSEQUENCE = {
    "fr": (
        "Madame Roux,\n\nMerci pour ces trois années de confiance. Notre boulanger part à la "
        "retraite en juin. Nous n'avons trouvé personne pour le remplacer malgré nos annonces, "
        "et sans lui nous ne pouvons plus produire assez de pain pour les restaurants. Les "
        "coûts d'un remplaçant intérimaire seraient trop élevés pour nos marges. Les livraisons "
        "s'arrêteront donc le 30 juin.\n\nLa Boulangerie Morel et le Fournil du Port livrent "
        "aussi les restaurants. Nous vous enverrons la dernière facture avant le 5 juillet.\n\n"
        "Cordialement,\nPaul"
    ),
    "sl": (
        "Spoštovani gospod Rak,\n\nhvala za tri leta sodelovanja. Naš pek gre junija v pokoj. "
        "Kljub oglasom nismo našli nikogar, ki bi ga nadomestil, brez njega pa ne moremo speči "
        "dovolj kruha za restavracije. Najem pomočnika prek agencije bi bil predrag za naše "
        "cene. Zato bomo dostave končali 30. junija.\n\nPekarna Klas in Pekarna Zrno "
        "dostavljata tudi restavracijam. Zadnji račun Vam pošljemo do 5. julija.\n\n"
        "Lep pozdrav,\nPavel"
    ),
}

# One incident, with its day and what was said: the invoice it was about and the prices
# called theft are part of it, not reasons of their own.
INCIDENT = {
    "fr": (
        "Madame Roux,\n\nLe 12 mars, vous avez crié sur notre technicienne parce que la facture "
        "de février était arrivée en retard, et vous lui avez dit que nos tarifs étaient « du "
        "vol ». Elle ne souhaite plus intervenir chez vous. Nous arrêterons donc l'entretien le "
        "30 avril.\n\nNous vous enverrons la dernière facture avant le 5 mai. Merci pour les "
        "années qui ont précédé.\n\nCordialement,\nPaul"
    ),
    "sl": (
        "Spoštovani gospod Rak,\n\n12. marca ste na naši tehnici kričali, ker je račun za "
        "februar prišel prepozno, in ji rekli, da so naše cene »navadna kraja«. Tehnica k Vam "
        "ne želi več hoditi. Zato bomo vzdrževanje končali 30. aprila.\n\nZadnji račun Vam "
        "pošljemo do 5. maja. Hvala za leta, ki so bila pred tem.\n\nLep pozdrav,\nPavel"
    ),
}


@pytest.mark.parametrize("lang", sorted(CAUSE_AND_CONSEQUENCE))
def test_a_reason_told_as_its_cause_and_its_consequences_is_one_reason(lang: str) -> None:
    assert rules(CAUSE_AND_CONSEQUENCE[lang], lang) == []


@pytest.mark.parametrize("lang", sorted(INCIDENT))
def test_an_incident_told_with_what_was_said_is_one_reason(lang: str) -> None:
    assert "reasons" not in rules(INCIDENT[lang], lang, sign="abuse")


def test_reasons_given_after_the_decision_are_counted() -> None:
    letter = (
        "Dear Mrs Dale,\n\nThank you for four years of choosing Fernlea Tree Care. We will not "
        "renew your hedge contract when it ends on 31 October.\n\nOur insurer no longer covers "
        "work above three metres without scaffolding. Our only climbing arborist has also moved "
        "to Wales. And the van that carried the chipper is being sold.\n\nOakline and Treetop "
        "Services both cut tall hedges. We will send the final invoice with our last visit.\n\n"
        "Regards,\nNeil"
    )
    assert rules(letter, "en") == ["reasons"]
    # the same facts told as one cause and its consequence are one reason
    one = letter.replace(
        "Our only climbing arborist has also moved to Wales. And the van that carried the "
        "chipper is being sold.",
        "Without that cover we cannot send our climbers up your hedges.",
    )
    assert rules(one, "en") == []


@pytest.mark.parametrize(
    ("lang", "vague", "step"),
    [
        (
            "en",
            "As for the records, we will sort something out at some point.",
            "As for the records, we will post them to you by 5 May.",
        ),
        (
            "fr",
            "Pour les archives, on verra le moment venu.",
            "Pour les archives, nous vous les enverrons avant le 5 mai.",
        ),
        ("vi", "Còn hồ sơ thì để sau rồi tính.", "Hồ sơ em sẽ gửi chị trước ngày 5/5."),
        (
            "sl",
            "Za arhiv se bomo že nekako zmenili.",
            "Arhiv Vam pošljemo do 5. maja.",
        ),
    ],
)
def test_a_future_left_to_later_is_no_next_step(lang: str, vague: str, step: str) -> None:
    assert "next_steps" in rules(vague, lang)
    assert "next_steps" not in rules(step, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Avant mon départ, je t'envoie les accès et une note sur les sauvegardes."),
        ("fr", "Je vous rends les partitions de Lina au dernier cours."),
        ("sl", "Ključ ti vrnem ob zadnjem sprehodu."),
        ("sl", "Vam pokažem, kje so ventili, in uredim še plačilo."),
    ],
)
def test_a_step_in_the_first_person_singular_is_a_next_step(lang: str, sentence: str) -> None:
    assert "next_steps" not in rules(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "formula", "real"),
    [
        ("en", "Thank you for your message.", "Thank you for six years of orders."),
        ("fr", "Merci pour votre courriel.", "Merci pour ces six années de commandes."),
        ("fr", "Merci de bien vouloir régler le solde.", "Merci de nous faire confiance."),
        ("sl", "Hvala za sporočilo.", "Hvala za šest let naročil."),
        ("sl", "Hvala, ker boste račun poravnali.", "Hvala, ker ste nam zaupali."),
    ],
)
def test_thanks_for_the_letter_itself_is_no_thanks_in_a_parting_letter(
    lang: str, formula: str, real: str
) -> None:
    wording = WORDINGS[lang]
    assert _thanks(wording, formula, parting=True) == []
    assert _thanks(wording, real, parting=True) != []


def test_thanks_for_a_message_is_real_in_a_letter_that_does_not_part() -> None:
    assert _thanks(WORDINGS["en"], "Thank you for your message.", parting=False) != []


def test_a_slovenian_firm_named_in_mo_is_not_we() -> None:
    we = WORDINGS["sl"].first_person
    sentence = "Selimo d.o.o. iz Žalca vozi tudi stojnice, pa tudi podjetje Pečemo."
    assert _sentences(sentence) == [sentence.rstrip(".")]
    assert find(we, sentence) == []
    # a verb of ours opening the sentence, or in lower case, is "we"
    assert find(we, "Pošljemo Vam račun, ključe pa vrnemo.") == ["Pošljemo", "vrnemo"]
    letter = (
        "Živjo, Tadej,\n\nhvala za štiri leta prevozov. Kombi mi je odpovedal, zato bo zadnji "
        "prevoz 12. junija.\n\nVozimo d.o.o. prevaža tudi stojnice. Po zadnjem prevozu ti "
        "pošljem račun.\n\nLp,\nMatej"
    )
    assert rules(letter, "sl") == []


def test_a_vietnamese_title_with_a_name_not_the_readers_is_someone_to_go_to() -> None:
    letter = (
        "Kính gửi chị Thảo,\n\nCảm ơn chị đã cho tiệm em sửa xe cho chị suốt ba năm. Tiệm em "
        "đóng cửa vì em về quê, ngày cuối cùng là 30/11.\n\nAnh Tùng sửa xe ở đầu hẻm 45 làm "
        "kỹ lắm. Em sẽ gửi chị sổ bảo dưỡng xe vào ngày 30/11.\n\nEm Hương"
    )
    assert "alternatives" not in rules(letter, "vi")
    # one of ours, named the same way, is no one to go to
    ours = letter.replace(
        "Anh Tùng sửa xe ở đầu hẻm 45 làm kỹ lắm.", "Anh Tùng ở tiệm bên em sẽ gọi chị."
    )
    assert "alternatives" in rules(ours, "vi")


def test_our_fitter_not_going_back_to_the_readers_house_is_no_closed_door() -> None:
    sentence = "Cậu ấy đã xin không quay lại nhà anh nữa."
    assert "slammed_door" not in rules(sentence, "vi")
    assert "slammed_door" in rules("Quyết định này không quay lại.", "vi")
