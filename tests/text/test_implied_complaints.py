"""Issue #12, eleventh session: clients complain by implication. They count their own
asks ("I've flagged the noise four times"), were charged for what never happened, quote
the promise they were given ("we were promised", "devait être livré"), ask why it takes
so long, find that the answer answered nothing, measure the work against a child, paid
extra for what did not follow, or have to chase the reader. The same words stay calm
when the writer waits on or chases their own people, compares the reader with a former
supplier, says no complaint came in, or clears the reader ("nothing you need to do",
"rien à faire de votre côté"). Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

BUSINESS = ("is_complaint", "is_payment_excuse", "is_change_request", "is_urgent")

COMPLAINTS = [
    ("en", "I've flagged the noise from the extractor fan four times now"),
    ("en", "you billed us for a training day that never took place"),
    ("en", "we were promised a named contact. still don't have one"),
    ("en", "the audit was meant to take a week, we're in week five"),
    ("en", "honestly can't understand why the refund is taking so long"),
    ("en", "your email didn't answer either of my questions"),
    ("en", "even a 10 year old could lay paving straighter than this"),
    ("en", "we pay extra for same-day delivery and it still turned up on Friday"),
    ("en", "the support is a joke, nobody picks up before 11"),
    ("fr", "je vous ai signalé la porte qui grince au moins trois fois"),
    ("fr", "vous nous avez facturé une formation qui n'a jamais eu lieu"),
    ("fr", "c'est la quatrième fois que le livreur se trompe d'étage"),
    ("fr", "il faut systématiquement vous relancer pour avoir un devis"),
    ("fr", "l'audit devait durer une semaine, on en est à la cinquième"),
    ("fr", "votre mail ne répond à aucune de nos questions"),
    ("fr", "même un enfant ferait mieux que ces finitions"),
    ("fr", "on paie la livraison express et le colis arrive quand même vendredi"),
]

CALM = [
    ("en", "still waiting on our finance team to approve the order, will confirm after"),
    ("en", "I've chased our landlord three times about the keys, hopefully Monday"),
    ("en", "our old web agency used to bill us for meetings that never happened, you're a relief"),
    ("en", "not a single complaint from the tenants since you fitted the boiler"),
    ("en", "the card reader is down at the shop today, nothing you need to do"),
    ("fr", "j'attends toujours l'accord de notre direction, je vous confirme ensuite"),
    ("fr", "j'ai relancé notre comptable trois fois pour le bilan, c'est long"),
    ("fr", "notre ancienne agence facturait des réunions jamais tenues, quel soulagement"),
    ("fr", "pas une seule remarque des locataires depuis la pose de la chaudière"),
    ("fr", "notre opérateur mobile est en panne aujourd'hui, rien à faire de votre côté"),
]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_a_complaint_said_by_implication_is_flagged(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_words_about_the_writers_own_people_stay_calm(language: str, text: str) -> None:
    flags = flags_of(text, language)
    assert not any(flags[name] for name in BUSINESS)
