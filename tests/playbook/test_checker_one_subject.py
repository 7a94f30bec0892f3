"""One reason told with its facts is one reason (issue #13, thirteenth round): a later
sentence that adds a fact with "also" ("L'encre coûte aussi plus cher", "Tudi barve so
dražje") adds to the same reason when every sentence before the decision speaks of the same
subject; "also" beside a new subject still adds a second reason. Letters written for this
test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter

ONE_REASON = {
    "fr": (
        "Madame Colin,\n\nMerci pour ces quatre années d'impression de vos menus. Le prix du "
        "papier a augmenté de 30 % cette année. L'encre coûte aussi bien plus cher qu'avant. "
        "Nous ne pouvons donc plus tenir le tarif de votre contrat, et nous arrêterons "
        "l'impression de vos menus le 30 juin.\n\nImprimerie Dulac et Print Express impriment "
        "des menus. Nous vous enverrons vos fichiers avant le 20 juin.\n\nBien cordialement,\nLuc"
    ),
    "sl": (
        "Spoštovana gospa Kralj,\n\nhvala za štiri leta tiskanja vaših jedilnikov. Papir se je "
        "letos podražil za 30 %. Tudi barve so precej dražje kot lani. Cene iz vaše pogodbe "
        "zato ne moremo več obdržati, tiskanje jedilnikov bomo končali 30. junija.\n\n"
        "Tiskarna Dulc in Print Ekspres tiskata jedilnike. Datoteke vam pošljemo do 20. "
        "junija.\n\nLep pozdrav,\nLuka"
    ),
}
# The same letters with the added sentence on another subject: two reasons.
SECOND_SUBJECT = {
    "fr": ("L'encre coûte aussi bien plus cher qu'avant.", "Vos délais sont aussi trop courts."),
    "sl": ("Tudi barve so precej dražje kot lani.", "Tudi vaši roki so prekratki."),
}


@pytest.mark.parametrize("lang", sorted(ONE_REASON))
def test_a_fact_added_to_the_same_reason_is_no_second_reason(lang: str) -> None:
    assert "reasons" not in [f.rule for f in check_letter(ONE_REASON[lang], lang, meaning=False)]


@pytest.mark.parametrize("lang", sorted(SECOND_SUBJECT))
def test_also_beside_a_new_subject_is_a_second_reason(lang: str) -> None:
    letter = ONE_REASON[lang].replace(*SECOND_SUBJECT[lang])
    assert "reasons" in [f.rule for f in check_letter(letter, lang, meaning=False)]
