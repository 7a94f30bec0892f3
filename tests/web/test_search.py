"""Finding clients as people type them: without accents, in any case, by the contact's name
or e-mail; and the import page's link and merge fields that take a client's name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse

from parting.store.models import (
    Client,
    ClientAlias,
    ImportBatch,
    TriageRun,
    UnmatchedRef,
    VerdictRecord,
)
from parting.web.search import ClientChoiceError, fold, matches, resolve, search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("cong ty", "Công ty TNHH Minh Phát"),
        ("zagar", "Žagar Gradnje d.d."),
        ("dong a", "Đông Á Logistics"),
        ("CAFE", "Café Rive Gauche"),
        ("skoda", "ŠKODA Servis"),
        ("straße", "Müller Straße GmbH"),
    ],
)
def test_search_ignores_accents_and_case(typed: str, stored: str) -> None:
    assert matches(search_key(stored), typed)


def test_search_wants_every_word_but_in_any_order() -> None:
    key = search_key("Công ty TNHH Minh Phát")
    assert matches(key, "phat cong")
    assert not matches(key, "cong ty hoa")


def test_a_query_never_matches_across_the_name_and_the_address() -> None:
    key = search_key("Acme", "", "ops@acme.example")
    assert not matches(key, "acmeops")


def test_fold_keeps_letters_that_are_not_accents() -> None:
    assert fold("  Łódź   Ørsted ") == "lodz orsted"


@pytest.fixture
def accented(db: None) -> dict[str, Client]:
    run = TriageRun.objects.create(as_of=date(2026, 3, 2), clients=3)
    clients = {
        "zagar": Client.objects.create(
            client_id="c-zagar",
            name="Žagar Gradnje d.d.",
            contact_name="Mojca Kovačič",
            email="mojca@zagar.example",
        ),
        "cong": Client.objects.create(
            client_id="c-minh", name="Công ty TNHH Minh Phát", email="lan@minhphat.example"
        ),
        "cafe": Client.objects.create(client_id="c-cafe", name="Café Rive Gauche"),
    }
    for rank, client in enumerate(clients.values(), start=1):
        VerdictRecord.objects.create(
            run=run, client=client, verdict="keep", rank=rank, reason="", metrics={}
        )
    return clients


def _listed(web: WebClient, query: str) -> list[str]:
    # The table alone (as HTMX asks for it): the chart above it names every client.
    html = web.get(
        reverse("portfolio"), {"q": query}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="client-table"
    ).content.decode()
    return [c.name for c in Client.objects.all() if c.name in html]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zagar", ["Žagar Gradnje d.d."]),
        ("cong ty", ["Công ty TNHH Minh Phát"]),
        ("kovacic", ["Žagar Gradnje d.d."]),  # the contact's name
        ("minhphat.example", ["Công ty TNHH Minh Phát"]),  # the contact's e-mail
        ("CAFÉ", ["Café Rive Gauche"]),
    ],
)
def test_portfolio_search_finds_by_name_contact_and_email(
    owner_client: WebClient, accented: dict[str, Client], query: str, expected: list[str]
) -> None:
    assert _listed(owner_client, query) == expected


def test_a_typed_name_resolves_to_its_client_with_or_without_accents(
    accented: dict[str, Client],
) -> None:
    assert resolve("Žagar Gradnje d.d.") == accented["zagar"]
    assert resolve("zagar gradnje D.D.") == accented["zagar"]


def test_two_clients_of_one_name_are_told_apart_and_a_bare_name_is_refused(db: None) -> None:
    first = Client.objects.create(client_id="a1", name="Atlas", email="hi@atlas-print.example")
    second = Client.objects.create(client_id="a2", name="Atlas", email="info@atlas-law.example")
    with pytest.raises(ClientChoiceError) as refused:
        resolve("Atlas")
    assert "Atlas (hi@atlas-print.example)" in str(refused.value)
    assert "Atlas (info@atlas-law.example)" in str(refused.value)
    assert resolve("Atlas (hi@atlas-print.example)") == first
    assert resolve("Atlas (info@atlas-law.example)") == second


def test_a_name_no_client_has_is_refused_in_words(accented: dict[str, Client]) -> None:
    with pytest.raises(ClientChoiceError, match="No client is called “Brockwell”"):
        resolve("Brockwell")


def test_owner_links_by_name_and_merges_by_name(
    owner_client: WebClient, accented: dict[str, Client]
) -> None:
    batch = ImportBatch.objects.create(format="toggl", source="t.csv")
    ref = UnmatchedRef.objects.create(batch=batch, source="toggl", key="zagar", name="Zagar")
    response = owner_client.post(
        reverse("link_unmatched", args=[ref.pk]), {"client": "Žagar Gradnje d.d."}, follow=True
    )
    assert response.status_code == 200
    assert ClientAlias.objects.get(source="toggl", key="zagar").client == accented["zagar"]
    response = owner_client.post(
        reverse("merge_clients"),
        {"into": "Café Rive Gauche", "other": "cong ty tnhh minh phat"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Client.objects.filter(pk="c-minh").exists()


def test_linking_to_a_name_no_client_has_says_so_and_stays_on_the_page(
    owner_client: WebClient, accented: dict[str, Client]
) -> None:
    batch = ImportBatch.objects.create(format="toggl", source="t.csv")
    ref = UnmatchedRef.objects.create(batch=batch, source="toggl", key="b", name="Brock")
    response = owner_client.post(
        reverse("link_unmatched", args=[ref.pk]), {"client": "Brockwell Motors"}, follow=True
    )
    assert response.status_code == 200
    assert "No client is called “Brockwell Motors”" in response.content.decode()
    assert UnmatchedRef.objects.get(pk=ref.pk).resolved_to is None


def test_in_the_browser_search_ignores_accents_and_link_takes_a_name(
    live_server: Any, browser: Any, accented: dict[str, Client], owner: Any, log_in: Any
) -> None:
    Client.objects.create(client_id="brockwell-motors-ltd", name="Brockwell Motors Ltd")
    batch = ImportBatch.objects.create(format="harvest", source="h.csv")
    UnmatchedRef.objects.create(batch=batch, source="harvest", key="brockwell", name="Brockwell")
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    log_in(page, live_server.url, owner.username)
    page.fill("input[name=q]", "zagar")
    from playwright.sync_api import expect

    expect(page.locator("#client-table tbody tr")).to_have_count(1)  # no eval under the CSP
    assert "Žagar Gradnje d.d." in page.inner_text("#client-table tbody")
    page.goto(live_server.url + "/import/")
    page.fill("input[name=client]", "Brockwell Motors Ltd")
    page.click("form[action*='/import/link/'] button")
    page.wait_for_load_state()
    assert page.url.endswith("/import/")
    assert "Linked to Brockwell Motors Ltd." in page.inner_text(".flash")
    assert ClientAlias.objects.get(source="harvest", key="brockwell").client_id == (
        "brockwell-motors-ltd"
    )
