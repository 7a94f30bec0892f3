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
    ("en", "the grout is crumbling, and the new shelves are sagging already"),
    ("en", "the alarm has been beeping every night since your electrician came"),
    ("en", "you invoiced us 1,200 instead of 900"),
    ("en", "we were told the proofs would come by Tuesday. It's Friday"),
    ("en", "you cancelled our Thursday slot without telling anyone"),
    ("en", "the van parked on our lawn again despite us asking twice"),
    ("en", "the portal still shows the old VAT number, even though I corrected it in June"),
    ("en", "half the glasses were chipped when we unpacked them"),
    ("en", "the gardener never showed on Tuesday"),
    ("fr", "je vous ai signalé la porte qui grince au moins trois fois"),
    ("fr", "vous nous avez facturé une formation qui n'a jamais eu lieu"),
    ("fr", "c'est la quatrième fois que le livreur se trompe d'étage"),
    ("fr", "il faut systématiquement vous relancer pour avoir un devis"),
    ("fr", "l'audit devait durer une semaine, on en est à la cinquième"),
    ("fr", "votre mail ne répond à aucune de nos questions"),
    ("fr", "même un enfant ferait mieux que ces finitions"),
    ("fr", "on paie la livraison express et le colis arrive quand même vendredi"),
    ("fr", "les étagères neuves gondolent déjà"),
    ("fr", "l'alarme sonne toutes les nuits depuis que votre électricien est passé"),
    ("fr", "vous nous avez facturé 1 200 au lieu de 900"),
    ("fr", "vous avez annulé notre créneau de jeudi sans prévenir personne"),
    ("fr", "le portail affiche l'ancien numéro alors que je l'ai corrigé en juin"),
    ("fr", "la moitié des verres étaient cassés au déballage"),
    ("fr", "le jardinier n'est pas venu mardi"),
]

CALM = [
    ("en", "still waiting on our finance team to approve the order, will confirm after"),
    ("en", "I've chased our landlord three times about the keys, hopefully Monday"),
    ("en", "our old web agency used to bill us for meetings that never happened, you're a relief"),
    ("en", "not a single complaint from the tenants since you fitted the boiler"),
    ("en", "the card reader is down at the shop today, nothing you need to do"),
    ("en", "I can do Thursday instead of Wednesday if that suits your team"),
    ("en", "sorry, I missed your call again, free after four"),
    ("en", "our landlord still hasn't sorted the heating, so bring a jumper on Monday"),
    ("en", "payment for the two invoices of March went out this morning"),
    ("fr", "j'attends toujours l'accord de notre direction, je vous confirme ensuite"),
    ("fr", "j'ai relancé notre comptable trois fois pour le bilan, c'est long"),
    ("fr", "notre ancienne agence facturait des réunions jamais tenues, quel soulagement"),
    ("fr", "pas une seule remarque des locataires depuis la pose de la chaudière"),
    ("fr", "notre opérateur mobile est en panne aujourd'hui, rien à faire de votre côté"),
    ("fr", "mon vol est annulé, je serai là jeudi au lieu de mercredi"),
    ("fr", "le virement pour les deux factures de mars est parti ce matin"),
]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_a_complaint_said_by_implication_is_flagged(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_the_same_words_about_the_writers_own_people_stay_calm(language: str, text: str) -> None:
    flags = flags_of(text, language)
    assert not any(flags[name] for name in BUSINESS)
