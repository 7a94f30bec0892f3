"""What counts as present in a parting letter (issue #13, eleventh round).

A letter parts with the reader when it ends our work, even with no day ("we will be
winding down our visits shortly"), or when it sends the reader to other providers or to
someone who will take the work over; such a letter still owes its end date and a real
alternative. "Soon" is no end date, and a gesture that leaves the search to the reader
("I'm sure you'll find someone") is no alternative; the writer's name under the sign-off is
not a provider. A list that holds steps with their dates is a list of steps, not of
reasons, what the reader always did well is a compliment, and thanks for the reader's
understanding are no thanks for something real. Letters written for this test, in none of
the drafts.
"""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter, is_parting_letter

from .test_checker import LANGS


def rules(text: str, lang: str) -> set[str]:
    return {f.rule for f in check_letter(text, lang, meaning=False)}


# An ending of ours with "soon" and no day, then two providers and a next step.
SOON = {
    "en": "\n\n".join(
        [
            "Dear Ms Reed,",
            (
                "Thank you for four years of laundry orders. Our drivers are retiring, "
                "so we will stop collecting from your hotel soon."
            ),
            (
                "Crisp Linen and Tideway Laundry both serve hotels in town. "
                "Our manager will call you this week to arrange the handover of the linen."
            ),
            "Regards,\nJo Hale",
        ]
    ),
    "fr": "\n\n".join(
        [
            "Madame Roux,",
            (
                "Merci pour quatre années de commandes de blanchisserie. "
                "Nos chauffeurs partent à la retraite : "
                "nous arrêterons bientôt les collectes à votre hôtel."
            ),
            (
                "Linge Net et Blanchisserie du Port servent toutes deux les hôtels de la ville. "
                "Notre responsable vous appellera cette semaine pour organiser la remise du linge."
            ),
            "Cordialement,\nJo Hallé",
        ]
    ),
    "vi": "\n\n".join(
        [
            "Kính gửi chị Hạnh,",
            (
                "Cảm ơn chị vì bốn năm đặt giặt ủi cho khách sạn. "
                "Tài xế của chúng tôi sắp nghỉ hưu, "
                "nên chúng tôi sẽ sớm ngừng nhận đồ tại khách sạn của chị."
            ),
            (
                "Giặt Ủi Trắng Tinh và Giặt Là Bến Cảng đều phục vụ khách sạn trong thành phố. "
                "Tuần này quản lý của chúng tôi sẽ gọi chị để bàn giao đồ vải."
            ),
            "Trân trọng,\nHà Minh",
        ]
    ),
    "sl": "\n\n".join(
        [
            "Spoštovana ga. Rozman,",
            (
                "hvala za štiri leta naročil pranja perila. Naši vozniki se upokojujejo, "
                "zato bomo z odvozi iz vašega hotela kmalu prenehali."
            ),
            (
                "Pralnica Belina in Pralnica Pristan obe delata za hotele v mestu. "
                "Naš vodja vas bo ta teden poklical glede predaje perila."
            ),
            "Lep pozdrav,\nJože Hribar",
        ]
    ),
}

# The same letter ended on a day: nothing to find.
ON_A_DAY = {
    "en": (
        "we will stop collecting from your hotel soon",
        "our last collection will be on 30 June",
    ),
    "fr": (
        "nous arrêterons bientôt les collectes à votre hôtel",
        "notre dernière collecte aura lieu le 30 juin",
    ),
    "vi": (
        "chúng tôi sẽ sớm ngừng nhận đồ tại khách sạn của chị",
        "lần nhận đồ cuối cùng tại khách sạn của chị sẽ là ngày 30/6",
    ),
    "sl": (
        "bomo z odvozi iz vašega hotela kmalu prenehali",
        "bo zadnji odvoz iz vašega hotela 30. junija",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_ending_said_with_soon_parts_and_still_owes_its_end_date(lang: str) -> None:
    assert is_parting_letter(SOON[lang], lang)
    assert rules(SOON[lang], lang) == {"end_date"}
    assert rules(SOON[lang].replace(*ON_A_DAY[lang]), lang) == set()


# A gesture where the alternative should be; the letter names no provider.
GESTURE = {
    "en": (
        "Crisp Linen and Tideway Laundry both serve hotels in town.",
        "I'm sure you will have no trouble finding someone to take over.",
    ),
    "fr": (
        "Linge Net et Blanchisserie du Port servent toutes deux les hôtels de la ville.",
        "Vous trouverez sans peine quelqu'un pour prendre le relais.",
    ),
    "vi": (
        "Giặt Ủi Trắng Tinh và Giặt Là Bến Cảng đều phục vụ khách sạn trong thành phố.",
        "Chúng tôi tin chị sẽ dễ dàng tìm được người tiếp quản.",
    ),
    "sl": (
        "Pralnica Belina in Pralnica Pristan obe delata za hotele v mestu.",
        "Prepričani smo, da boste brez težav našli koga, ki bo delo prevzel.",
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_gesture_is_no_alternative_and_the_signature_names_no_provider(lang: str) -> None:
    dated = SOON[lang].replace(*ON_A_DAY[lang])
    vague = dated.replace(*GESTURE[lang])
    assert is_parting_letter(vague, lang)  # someone takes the work over: we part
    assert rules(vague, lang) == {"alternatives"}
    # a signature of two capitalised words under the letter is the writer, not a firm
    assert rules(vague + "\nDaniel Hart", lang) == {"alternatives"}


# Next steps set out as a list, with their dates, under a one-reason letter.
STEPS = {
    "en": (
        "What happens next:\n- by 20 June we send you the linen count;\n"
        "- the final invoice covers June only."
    ),
    "fr": (
        "La suite :\n- d'ici le 20 juin, nous vous envoyons l'inventaire du linge ;\n"
        "- la facture finale ne couvre que juin."
    ),
    "vi": (
        "Các bước tiếp theo:\n- trước ngày 20/6 chúng tôi gửi chị bảng kiểm kê đồ vải;\n"
        "- hóa đơn cuối chỉ tính tháng 6."
    ),
    "sl": (
        "Kaj sledi:\n- do 20. junija vam pošljemo popis perila;\n- zadnji račun zajema samo junij."
    ),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_list_of_steps_with_their_dates_gives_no_reasons(lang: str) -> None:
    dated = SOON[lang].replace(*ON_A_DAY[lang])
    body, _sep, signature = dated.rpartition("\n\n")
    assert rules(f"{body}\n\n{STEPS[lang]}\n\n{signature}", lang) == set()


# What the reader always did, with a praise word, and without one.
ALWAYS = {
    "en": ("Your orders were always tidy", "you always sent orders late"),
    "fr": ("Vous étiez toujours ponctuel", "vous envoyiez toujours les commandes en retard"),
    "vi": ("Đơn hàng của chị lúc nào cũng gọn gàng", "chị lúc nào cũng gửi đơn trễ"),
    "sl": ("Vedno ste bili točni", "vedno ste zamujali z naročili"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_what_the_reader_always_did_well_is_a_compliment(lang: str) -> None:
    dated = SOON[lang].replace(*ON_A_DAY[lang])
    praise, reproach = ALWAYS[lang]
    first, _sep, rest = dated.partition("\n\n")
    assert rules(f"{first}\n\n{praise}. {rest}", lang) == set()
    assert "blame" in rules(f"{first}\n\n{reproach[:1].upper()}{reproach[1:]}. {rest}", lang)


# Thanks for accepting the news, or for nothing yet, in place of thanks for the work.
FORMULA = {
    "en": ("Thank you for four years of laundry orders.", "Thank you for your understanding."),
    "fr": (
        "Merci pour quatre années de commandes de blanchisserie.",
        "Merci de votre compréhension.",
    ),
    "vi": ("Cảm ơn chị vì bốn năm đặt giặt ủi cho khách sạn.", "Cảm ơn chị đã thông cảm."),
    "sl": ("hvala za štiri leta naročil pranja perila.", "Hvala za razumevanje."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_thanks_for_understanding_is_no_thanks_for_something_real(lang: str) -> None:
    dated = SOON[lang].replace(*ON_A_DAY[lang])
    real, formula = FORMULA[lang]
    assert real in dated
    assert rules(dated.replace(real, formula), lang) == {"thanks"}
    assert rules(dated.replace(real, f"{real} {formula}"), lang) == set()
