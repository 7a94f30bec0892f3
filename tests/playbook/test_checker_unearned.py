"""Thanks for nothing yet (issue #13, thirteenth round): thanks announced as given in advance
before the word itself ("Vnaprej se zahvaljujemo…", "Par avance merci…", "Že vnaprej
hvala") and thanks "in anticipation" thank the reader for nothing real. Thanks for the
reader's patience stay thanks: a repair letter opens with them. Sentences written for this
test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import WORDINGS, _thanks

UNEARNED = {
    "en": ["Many thanks in anticipation of your reply.", "In advance, thank you for the keys."],
    "fr": [
        "Par avance merci de nous rendre les badges.",
        "Avec mes remerciements anticipés pour les clés.",
    ],
    "sl": [
        "Vnaprej se zahvaljujemo za vrnjene ključe.",
        "Že vnaprej hvala za vrnjene ključe.",
    ],
}
REAL = {
    "en": ["Thank you for your patience over the last few weeks."],
    "fr": ["Merci de votre patience ce printemps."],
    "vi": ["Cảm ơn anh đã kiên nhẫn với bên em suốt tháng qua."],
    "sl": ["Hvala za potrpežljivost v zadnjih tednih."],
}


def _letter(sentence: str) -> str:
    return f"{sentence} We keep this line so the sentence is the letter's body.\n\nJo"


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in UNEARNED.items() for s in v])
def test_thanks_given_in_advance_or_for_a_reply_not_sent_are_no_thanks(
    lang: str, sentence: str
) -> None:
    assert not _thanks(WORDINGS[lang], _letter(sentence))


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in REAL.items() for s in v])
def test_thanks_for_patience_are_thanks(lang: str, sentence: str) -> None:
    assert _thanks(WORDINGS[lang], _letter(sentence))
