"""The settings page writes validated TOML overrides; the import page parses uploads."""

from __future__ import annotations

import tomllib
from html import unescape
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as WebClient
from django.urls import reverse

from parting.i18n import _, activate
from parting.settings_declared import BUSINESS
from parting.store.models import Client, ImportBatch
from parting.store.settings import load_config, stored_toml
from parting.web.settings_form import SettingsForm
from parting.web.uploads import safe_name


def _form_data(**changes: Any) -> dict[str, Any]:
    form = SettingsForm(load_config())
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        data[name] = value if value is not None else ""
    data.update(changes)
    return data


def test_saving_unchanged_settings_stores_no_override(owner_client: WebClient) -> None:
    response = owner_client.post(reverse("settings"), _form_data())
    assert response.status_code == 302
    assert tomllib.loads(stored_toml()) == {}


@pytest.mark.parametrize("typed", ["EURO", "€", "XYZ", "E1R"])
def test_a_currency_that_is_no_iso_code_is_refused_with_what_to_write(
    owner_client: WebClient, typed: str
) -> None:
    response = owner_client.post(reverse("settings"), _form_data(currency=typed))
    assert response.status_code == 400
    assert "Use a three-letter code such as EUR or VND." in unescape(response.content.decode())
    assert tomllib.loads(stored_toml()) == {}


def test_a_currency_code_in_any_case_is_stored_as_the_iso_code(owner_client: WebClient) -> None:
    assert owner_client.post(reverse("settings"), _form_data(currency=" usd ")).status_code == 302
    assert tomllib.loads(stored_toml())["business"]["currency"] == "USD"


def test_settings_store_only_what_differs_from_the_defaults(owner_client: WebClient) -> None:
    data = _form_data(
        timezone="Asia/Ho_Chi_Minh",
        day_starts=8,
        day_ends=17,
        winding_down_service_lines="print design\nleaflets",
        cost_rates="Ana = 45\nBinh = 38.5",
        referral_partners="print design | Atelier Papier | hi@papier.example"
        " | fr: création de supports imprimés; sl: oblikovanje tiskovin",
        **{"drain.rework_share": 0.3},
    )
    assert owner_client.post(reverse("settings"), data).status_code == 302
    overrides = tomllib.loads(stored_toml())
    assert overrides["business"]["timezone"] == "Asia/Ho_Chi_Minh"
    assert overrides["business"]["working_hours"] == [8, 17]
    assert overrides["business"]["winding_down_service_lines"] == ["print design", "leaflets"]
    assert overrides["business"]["cost_rates"] == {"Ana": 45.0, "Binh": 38.5}
    assert overrides["drain"] == {"rework_share": 0.3}
    assert "currency" not in overrides["business"]
    config = load_config()
    assert config.referral_partners[0].name == "Atelier Papier"
    assert config.referral_partners[0].service_line_in("sl") == "oblikovanje tiskovin"
    shown = owner_client.get(reverse("settings")).content.decode()
    assert "fr: création de supports imprimés; sl: oblikovanje tiskovin" in shown  # kept


def test_bad_settings_are_refused_and_nothing_is_stored(owner_client: WebClient) -> None:
    data = _form_data(
        timezone="Mars/Olympus",
        day_starts=18,
        day_ends=9,
        cost_rates="Ana is expensive",
        **{"abuse.min_count": -1},
    )
    response = owner_client.post(reverse("settings"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Unknown time zone" in html
    assert "must end after it starts" in html
    assert stored_toml() == ""


def test_upload_names_are_cleaned_of_paths_and_odd_characters() -> None:
    assert safe_name("../../etc/passwd", 0) == "passwd"
    assert safe_name("C:\\Users\\me\\clients.csv", 0) == "clients.csv"
    assert safe_name("..", 3) == "upload-3"
    assert safe_name("rapport d'été.csv", 0) == "rapport_d_t_.csv"


CLIENTS_CSV = (
    "client_id,name,email,language\n"
    "acme,Acme <b>Ltd</b>,ops@acme.example,en\n"
    "bistro,Bistro Soleil,chef@bistro.example,fr\n"
)
INVOICES_CSV = (
    "invoice_id,client_id,issued_on,due_on,amount,currency,status\n"
    "i-1,acme,2026-01-05,2026-02-04,1500,EUR,open\n"
)


def test_owner_imports_parting_csv_files_and_sees_the_summary(
    owner_client: WebClient,
) -> None:
    files = [
        SimpleUploadedFile("clients.csv", CLIENTS_CSV.encode(), "text/csv"),
        SimpleUploadedFile("invoices.csv", INVOICES_CSV.encode(), "text/csv"),
    ]
    response = owner_client.post(reverse("import"), {"files": files, "format": ""})
    assert response.status_code == 200, response.content[:2000]
    html = response.content.decode()
    assert "What the import did" in html
    assert set(Client.objects.values_list("client_id", flat=True)) == {"acme", "bistro"}
    assert ImportBatch.objects.count() == 1
    assert "Acme <b>" not in html


def test_dry_run_changes_nothing(owner_client: WebClient) -> None:
    files = [SimpleUploadedFile("clients.csv", CLIENTS_CSV.encode(), "text/csv")]
    response = owner_client.post(reverse("import"), {"files": files, "dry_run": "on"})
    assert response.status_code == 200
    assert not Client.objects.exists()


def test_a_broken_file_is_refused_with_the_importers_message(owner_client: WebClient) -> None:
    files = [SimpleUploadedFile("clients.csv", b"client_id,name\n,\n", "text/csv")]
    response = owner_client.post(reverse("import"), {"files": files})
    assert response.status_code == 400
    assert not Client.objects.exists()


def test_too_large_an_upload_is_refused(owner_client: WebClient, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    files = [SimpleUploadedFile("clients.csv", CLIENTS_CSV.encode() * 5, "text/csv")]
    response = owner_client.post(reverse("import"), {"files": files})
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not Client.objects.exists()


def test_owner_merges_two_clients_that_are_the_same_business(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    response = owner_client.post(reverse("merge_clients"), {"into": "c-late", "other": "c-fine"})
    assert response.status_code == 302
    assert not Client.objects.filter(client_id="c-fine").exists()
    html = owner_client.get(reverse("import")).content.decode()
    assert "Fine Folk is now part of Late Payers Ltd." in html


def test_owner_links_a_name_no_client_matched(
    owner_client: WebClient, portfolio: dict[str, Any]
) -> None:
    from parting.store.models import UnmatchedRef

    batch = ImportBatch.objects.create(format="toggl", source="t.csv")
    ref = UnmatchedRef.objects.create(
        batch=batch, source="toggl", key="fine folk inc", name="Fine Folk Inc"
    )
    html = owner_client.get(reverse("import")).content.decode()
    assert "Fine Folk Inc" in html
    waiting = html.split("Names no client matched")[1].split("</table>")[0]
    assert "<td>Toggl Track</td>" in waiting and "<td>toggl</td>" not in waiting  # not its key
    owner_client.post(reverse("link_unmatched", args=[ref.pk]), {"client": "Fine Folk"})
    ref.refresh_from_db()
    assert ref.resolved_to_id == "c-fine"


def test_a_mail_nested_thousands_of_levels_deep_is_skipped_not_a_server_error(
    owner_client: WebClient,
) -> None:
    head = (
        "From: ana@client.example\nTo: studio@studio.example\nSubject: deep\n"
        "Message-ID: <deep@client.example>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
        "MIME-Version: 1.0\n"
    )
    body = "Content-Type: text/plain\n\nhello\n"
    for i in range(3000):
        body = f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n{body}\n--b{i}--\n'
    files = [SimpleUploadedFile("deep.eml", (head + body).encode(), "message/rfc822")]
    response = owner_client.post(reverse("import"), {"files": files})
    assert response.status_code == 200
    assert "nests too many parts" in response.content.decode()


def test_each_threshold_has_its_label_unit_range_and_help_on_the_settings_page(
    owner_client: WebClient,
) -> None:
    html = owner_client.get(reverse("settings"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Jours de grâce" in html and "Jours, de 0 à 60." in html
    assert ">grace_days<" not in html and "<code>" not in html  # no key as a label


def test_a_threshold_outside_its_range_is_refused(owner_client: WebClient) -> None:
    form = SettingsForm(load_config(), data={"payment_risk.late_share": 1.5})
    assert not form.is_valid() and "payment_risk.late_share" in form.errors


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_every_business_setting_has_its_label_and_help_on_the_settings_page(
    owner_client: WebClient, lang: str
) -> None:
    page = owner_client.get(reverse("settings"), HTTP_ACCEPT_LANGUAGE=lang)
    html = unescape(page.content.decode())
    activate(lang)
    try:
        for fact in BUSINESS:
            # The working days are boxes named by day: their help asks to tick them, not
            # how the settings file numbers them (test_settings_days).
            if fact.key != "working_days":
                assert _(fact.help) in html, (lang, fact.key)
            if fact.key != "working_hours":  # two fields: the day starts, the day ends
                assert _(fact.label) in html, (lang, fact.key)
    finally:
        activate("en")
    assert "snake_case" not in html and ">dmy<" not in html  # choices are said in words


def test_numbers_are_shown_and_read_as_the_readers_language_writes_them(
    owner_client: WebClient,
) -> None:
    from parting.store.settings import save_settings

    save_settings("[business]\ndefault_cost_rate = 42.5\ncost_rates = { Ana = 38.5 }\n")
    slovene = {"HTTP_ACCEPT_LANGUAGE": "sl"}
    html = owner_client.get(reverse("settings"), **slovene).content.decode()
    assert 'value="42,5"' in html and "Ana = 38,5" in html  # not 42.5: a decimal comma
    data = _form_data(default_cost_rate="44,5", cost_rates="Ana = 39,5")
    assert owner_client.post(reverse("settings"), data, **slovene).status_code == 302
    business = load_config().settings.business
    assert business.default_cost_rate == 44.5 and business.cost_rates == {"Ana": 39.5}
