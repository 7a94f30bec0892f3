"""Reasons counted by what they are about (issue #13, session 16).

A reason told over several clauses (the reader's situation, what it needs, what we cannot
give) is one reason: a sentence that opens on the kind of thing the one before named
("Such a volume…", "Tolikšen obseg…") goes on with it, and an "also" inside a relative
clause ("a team that is also on call at weekends") describes, it adds nothing. The
greeting and the sign-off are no subject: "Cher Monsieur" is no price, nor is a search
("nous avons cherché un local"). Two reasons on two subjects are still two. Letters
written for these tests, in none of the drafts.
"""

from __future__ import annotations

import pytest

from parting.playbook.checker import check_letter


def rules(text: str, lang: str) -> list[str]:
    return [f.rule for f in check_letter(text, lang, meaning=False)]


# The reader's situation, what it needs and what we cannot give: one reason.
WHAT_IT_NEEDS = {
    "en": (
        "Dear Ms Roussel,\n\nThank you for five years of trust. Your shop now sells across "
        "Europe. Such a volume needs a team that is also on call at weekends, and there are "
        "only three of us, which we cannot offer. We will therefore stop managing your shop on "
        "31 March.\n\nComet Agency manage shops of that size. We will hand over the logins by "
        "25 March.\n\nKind regards,\nPaul Henry"
    ),
    "fr": (
        "Madame Roussel,\n\nMerci pour ces cinq années de confiance. Votre boutique en ligne "
        "vend désormais dans toute l'Europe ; un tel volume demande une équipe disponible le "
        "week-end, et nous ne sommes que trois, ce que nous ne pouvons pas vous offrir. Nous "
        "arrêterons donc la gestion de votre boutique le 31 mars.\n\nL'agence Comète gère des "
        "boutiques de cette taille. Nous vous transmettrons les accès avant le 25 mars.\n\n"
        "Cordialement,\nPaul Henry"
    ),
    "sl": (
        "Spoštovana gospa Potočnik,\n\nhvala za pet let zaupanja. Vaša spletna trgovina zdaj "
        "prodaja po vsej Evropi; tolikšen obseg zahteva ekipo, ki je dosegljiva tudi ob koncih "
        "tedna, mi pa smo le trije in tega ne moremo zagotoviti. Zato bomo upravljanje Vaše "
        "trgovine končali 31. marca.\n\nAgencija Komet upravlja trgovine te velikosti. Dostope "
        "Vam bomo predali do 25. marca.\n\nLep pozdrav,\nPavel Horvat"
    ),
}

# One reason told as a search that failed, under a greeting that looks like a price.
SEARCHED = (
    "Cher Monsieur Blanc,\n\nMerci pour vos huit années de fidélité. Depuis la vente de "
    "l'immeuble, nous avons cherché un local pendant des mois. Le seul que nous avons trouvé "
    "ne permet pas de cuire la nuit, et nos délais de livraison du matin ne seraient plus "
    "tenus. Nous fermerons donc le 30 juin.\n\nLa boulangerie Moreau, rue Haute, livre les "
    "restaurants chaque matin. Nous vous enverrons la dernière facture le 1er juillet.\n\n"
    "Cordialement,\nFamille Petit"
)

# Three subjects, one sentence each: three reasons.
THREE_SUBJECTS = {
    "fr": (
        "Madame Roussel,\n\nMerci pour ces cinq années de confiance. Nos tarifs ne couvrent "
        "plus les heures passées sur votre boutique. Notre développeur principal nous quitte en "
        "mai. Et nous déménageons à Bordeaux. Nous arrêterons la gestion de votre boutique le "
        "31 mars.\n\nL'agence Comète gère des boutiques de cette taille. Nous vous "
        "transmettrons les accès avant le 25 mars.\n\nCordialement,\nPaul Henry"
    ),
    "sl": (
        "Spoštovana gospa Potočnik,\n\nhvala za pet let zaupanja. Naše cene ne pokrijejo več "
        "ur, ki jih porabimo za Vašo trgovino. Naš glavni razvijalec maja odhaja. Pa še selimo "
        "se v Maribor. Upravljanje Vaše trgovine bomo končali 31. marca.\n\nAgencija Komet "
        "upravlja trgovine te velikosti. Dostope Vam bomo predali do 25. marca.\n\n"
        "Lep pozdrav,\nPavel Horvat"
    ),
}


@pytest.mark.parametrize("lang", sorted(WHAT_IT_NEEDS))
def test_a_situation_what_it_needs_and_what_we_cannot_give_is_one_reason(lang: str) -> None:
    assert rules(WHAT_IT_NEEDS[lang], lang) == []


def test_a_greeting_and_a_search_name_no_price() -> None:
    assert rules(SEARCHED, "fr") == []


@pytest.mark.parametrize("lang", sorted(THREE_SUBJECTS))
def test_three_subjects_in_three_sentences_are_still_three_reasons(lang: str) -> None:
    assert "reasons" in rules(THREE_SUBJECTS[lang], lang)
