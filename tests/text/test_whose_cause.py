"""English and French calm mail says whose trouble it is by whom the sentence makes its
cause or its target: the writer's feeling aimed at themselves, one of the writer's own
people or animals as the cause, a thing the writer gave the reader, the writer's own
silence, the weather judged, a question said to be no complaint. The same words aimed at
the reader stay a complaint. Sentences written for these tests, in no labelled set."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of

CALM = [
    ("en", "Really annoyed with myself, I booked the van for the wrong Saturday."),
    ("en", "The gate latch snapped because our son swings on it. Not your fitting at all."),
    ("en", "The floor plan we sent you was wrong, sorry: the kitchen is 3.2 m, not 2.3 m."),
    ("en", "If you've been calling and getting no answer, our phones were down all week."),
    ("en", "Forecast looks grim for Saturday, shall we keep the marquee up just in case?"),
    ("en", "Not complaining at all, just curious: why is the March invoice higher?"),
    ("fr", "Un peu fâchée contre moi-même : j'ai réservé le camion pour le mauvais samedi."),
    ("fr", "Le loquet du portail a cassé parce que notre fils se balance dessus."),
    ("fr", "Le plan que nous vous avons envoyé était faux, pardon : la cuisine fait 3,2 m."),
    ("fr", "Si vous avez appelé cette semaine, nos lignes étaient coupées, désolés."),
    ("fr", "La météo n'est vraiment pas terrible samedi, on garde le barnum au cas où ?"),
    ("fr", "Ce n'est pas un reproche, juste une question : pourquoi la facture a augmenté ?"),
]

COMPLAINTS = [
    ("en", "Really disappointed with your fitters, the gate latch snapped a day after they left."),
    ("en", "Not complaining, but the site has been down since your update on Monday."),
    ("en", "The floor plan you sent us was wrong: we ordered the kitchen units on it."),
    ("fr", "Très déçus de votre équipe, le loquet du portail a cassé le lendemain de la pose."),
    ("fr", "Ce n'est pas un reproche, mais le site est encore en panne depuis votre mise à jour."),
    ("fr", "Le plan que vous nous avez envoyé était faux, la cuisine est commandée dessus."),
]


@pytest.mark.parametrize(("language", "text"), CALM)
def test_trouble_whose_cause_or_target_is_the_writer_s_own_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_the_same_words_aimed_at_the_reader_stay_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


WHEN_AND_WHAT_IT_COST = [
    ("en", "Since your migration on Friday the booking page won't accept card payments."),
    ("en", "We had to turn away at least twenty people, the tickets didn't scan."),
    ("en", "Half our patients were sent home, the system was down all morning."),
    ("fr", "Depuis votre intervention de mardi, le portail ne s'ouvre plus."),
    ("fr", "Une dizaine de clients sont repartis sans rien acheter, la caisse était bloquée."),
]
CALM_WHEN = [
    ("en", "Since your visit the boiler has been perfect, thank you."),
    ("en", "We turned the heating back on and all is well."),
    ("fr", "Depuis votre passage, la chaudière tourne parfaitement, merci."),
]


@pytest.mark.parametrize(("language", "text"), WHEN_AND_WHAT_IT_COST)
def test_a_fault_dated_from_the_reader_s_change_or_told_by_its_cost_is_a_complaint(
    language: str, text: str
) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), CALM_WHEN)
def test_the_reader_s_change_followed_by_good_news_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"]


WHAT_THE_READER_S_WORK_DID = [
    ("en", "The shelf your fitter put up came down with all the plates on it."),
    ("en", "The extractor you installed trips the fuse whenever the oven is on."),
    ("en", "Your plasterer left dust all over the new sofa."),
    ("en", "The tiles came loose again in the shower, third week running."),
    ("fr", "L'étagère que vous avez posée s'est décrochée avec toute la vaisselle."),
    ("fr", "Le disjoncteur saute chaque fois qu'on allume le four."),
]
CALM_EVENTS = [
    ("en", "The shelf you put up is perfect, the plates look great on it."),
    ("en", "The kids knocked the shelf and it came down, our fault entirely."),
    ("fr", "L'étagère que vous avez posée tient parfaitement, merci."),
]


@pytest.mark.parametrize(("language", "text"), WHAT_THE_READER_S_WORK_DID)
def test_what_the_reader_s_work_did_since_is_a_complaint(language: str, text: str) -> None:
    assert flags_of(text, language)["is_complaint"]


@pytest.mark.parametrize(("language", "text"), CALM_EVENTS)
def test_the_reader_s_work_that_holds_or_a_fall_of_the_writer_s_making_is_no_complaint(
    language: str, text: str
) -> None:
    assert not flags_of(text, language)["is_complaint"]
