"""Clients named by an import are linked to stored clients, never merged silently."""

from __future__ import annotations

import pytest

from parting.ingest import ClientRef
from parting.ingest.matching import KnownClient, email_domain, match, normalise_name


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Northwind, Ltd.", "northwind"),
        ("NORTHWIND LIMITED", "northwind"),
        ("Blue Harbor LLC", "blue harbor"),
        ("Atelier Nord GmbH", "atelier nord"),
        ("SARL Bistro Lune", "bistro lune"),
        ("Bistro Lune SAS", "bistro lune"),
        ("Kava d.o.o.", "kava"),
        ("Jože Kranjc s.p.", "joze kranjc"),
        ("Công ty TNHH Sao Mai", "sao mai"),
        ("Cty TNHH Sao Mai", "sao mai"),
        ("CTCP Sao Mai", "sao mai"),
        ("Công ty Cổ phần Sao Mai", "sao mai"),
        ("Sao Mai Co., Ltd", "sao mai"),
        ("Acme Co.", "acme"),
        ("Maple & Co Inc.", "maple and co"),
        ("Đông Á", "dong a"),
        ("Ltd", "ltd"),
    ],
)
def test_names_compare_without_case_accents_punctuation_or_legal_form(
    name: str, normal: str
) -> None:
    assert normalise_name(name) == normal


def test_free_mail_domains_never_stand_for_a_company() -> None:
    assert email_domain("Joe@BlueHarbor.example") == "blueharbor.example"
    assert email_domain("someone@gmail.com") is None
    assert email_domain("not an address") is None


KNOWN = [
    KnownClient("c1", "Northwind Ltd", ("billing@northwind.example",)),
    KnownClient("c2", "Sao Mai", (), ("saomai.example",)),
    KnownClient("c3", "Lune", ("lune.bistro@gmail.com",)),
    KnownClient("c4", "Lune SARL", ("hello@lune.example",)),
]


def test_same_id_links_first() -> None:
    assert match([ClientRef("c2", "Someone else")], KNOWN).linked == {"c2": "c2"}


def test_normalised_name_links() -> None:
    result = match([ClientRef("Northwind, Ltd.", "Northwind, Ltd.")], KNOWN)
    assert result.linked == {"Northwind, Ltd.": "c1"}


def test_exact_email_links_a_mail_address() -> None:
    ref = ClientRef("mail:lune.bistro@gmail.com", "Marie", ("lune.bistro@gmail.com",))
    assert match([ref], KNOWN).linked == {ref.key: "c3"}


def test_company_domain_links_a_new_address_at_a_known_company() -> None:
    ref = ClientRef("mail:ketoan@saomai.example", "Ngọc", ("ketoan@saomai.example",))
    assert match([ref], KNOWN).linked == {ref.key: "c2"}


def test_free_mail_domain_does_not_link() -> None:
    ref = ClientRef("mail:other@gmail.com", "Other", ("other@gmail.com",))
    result = match([ref], KNOWN)
    assert result.linked == {}
    assert result.unmatched == [(ref, [])]


def test_several_candidates_are_listed_for_the_person_not_merged() -> None:
    ref = ClientRef("Lune", "Lune")
    result = match([ref], KNOWN)
    assert result.linked == {}
    assert result.unmatched == [(ref, ["c3", "c4"])]


def test_an_email_settles_a_tie_between_same_named_clients() -> None:
    ref = ClientRef("cus_1", "Lune", ("hello@lune.example",))
    assert match([ref], KNOWN).linked == {"cus_1": "c4"}


def test_a_name_that_fits_nobody_is_a_new_client() -> None:
    ref = ClientRef("Kava d.o.o.", "Kava d.o.o.")
    result = match([ref], KNOWN)
    assert result.new == [ref] and not result.linked and not result.unmatched


def test_a_mail_address_that_fits_nobody_never_creates_a_client() -> None:
    ref = ClientRef("mail:joe@blueharbor.example", "Joe Park", ("joe@blueharbor.example",))
    result = match([ref], KNOWN)
    assert result.new == []
    assert result.unmatched == [(ref, [])]
