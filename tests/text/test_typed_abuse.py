"""Abuse as clients type it (ninth session): a Slovenian name for a person insults in every
case and number, scorn is said of the readers with the intensifiers of speech, in either
order; and profanity that orders no one about is no abuse.

Our own sentences, written for these tests (none from a held-out set)."""

from __future__ import annotations

import pytest

from parting.text.classify import flags_of


def abusive(text: str, language: str | None = None) -> bool:
    return flags_of(text, language)["is_abusive"]


@pytest.mark.parametrize(
    "text",
    [
        "a niste mogli najt drugih kot te butle",  # accusative plural
        "spet so poslali enga kretena",  # genitive
        "s takimi bedaki ne delam vec",  # instrumental
        "ste ful glupi al kaj",  # an intensifier of speech
        "tok zabiti ste da ni res",  # scorn put first
        "pofukani ste vsi skupaj",
        "pojdite se gugat s tem racunom",  # a send-off
        "kurac znate, nic drugega",  # swearing at what they can do
        "poberite se",
    ],
)
def test_slovenian_insults_as_clients_type_them_are_abuse(text: str) -> None:
    assert abusive(text, "sl")


@pytest.mark.parametrize(
    "text",
    [
        "Sem bil pravi butl včeraj, oprostite.",  # the writer's own name
        "nihce vas nima za bedake, samo datoteko rabimo",  # nobody takes you for one
        "Vaš kurir me je po telefonu ozmerjal z idiotom, to ni v redu.",  # a report
        "Pojdite se oglasit na recepcijo, prosim.",  # go and report, not a send-off
        "Paket je izginil, kje je?",  # a parcel that disappeared
        "to je neumno narejen obrazec",  # a silly form, said of a thing
    ],
)
def test_slovenian_words_of_scorn_about_a_thing_oneself_or_someone_else_are_not(
    text: str,
) -> None:
    assert not abusive(text, "sl")


@pytest.mark.parametrize(
    "text",
    [
        "There's an art to knowing when to shut the fuck up in meetings.",
        "I need to fuck off early today, dentist.",
        "Holy shit, how is that even possible? Great work.",
    ],
)
def test_profanity_that_orders_no_one_about_is_not_abuse(text: str) -> None:
    assert not abusive(text, "en")


def test_profanity_that_orders_the_reader_about_still_is() -> None:
    assert abusive("You need to shut the fuck up and fix it.", "en")
    assert abusive("Fuck off with your invoices.", "en")
