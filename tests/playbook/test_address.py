"""How letters address the contact (issue #13): a salutation and a formality, turned into
the opening line, the spoken address of a meeting and the closing, as a business letter
does it in each language."""

from __future__ import annotations

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.playbook.address import Address, closing, formality_of, greeting, salutation_of
from parting.playbook.checker import check_letter
from parting.playbook.letters import prospect_letter, render_letter

from .conftest import START, client_row, sample_tables, verdict


def address(name: str = "Ana Kovač", salutation: str = "", formality: str = "") -> Address:
    return Address(name=name, client="Lumen Bakery", salutation=salutation, formality=formality)


@pytest.mark.parametrize(
    ("salutation", "formality", "lang", "opening"),
    [
        ("ms", "", "en", "Dear Ms Kovač,"),
        ("", "", "en", "Dear Ana Kovač,"),
        ("ms", "familiar", "en", "Dear Ana,"),
        ("mr", "", "fr", "Monsieur,"),
        ("ms", "", "fr", "Madame,"),
        ("", "", "fr", "Madame, Monsieur,"),
        ("ms", "familiar", "fr", "Bonjour Ana,"),
        ("ms", "", "vi", "Kính gửi Chị Ana Kovač,"),
        ("mr", "senior", "vi", "Kính gửi Ông Ana Kovač,"),
        ("", "familiar", "vi", "Chào em Ana,"),
        ("", "", "vi", "Kính gửi Anh/Chị Ana Kovač,"),
        ("ms", "", "sl", "Spoštovana gospa Kovač,"),
        ("mr", "", "sl", "Spoštovani gospod Kovač,"),
        ("", "", "sl", "Spoštovani,"),
        ("ms", "familiar", "sl", "Draga Ana,"),
    ],
)
def test_the_opening_line_follows_salutation_formality_and_language(
    salutation: str, formality: str, lang: str, opening: str
) -> None:
    assert greeting(address(salutation=salutation, formality=formality), lang) == opening


def test_without_a_contact_the_letter_greets_the_company() -> None:
    nobody = address(name="")
    assert greeting(nobody, "en") == "Dear Lumen Bakery team,"
    assert greeting(nobody, "vi") == "Kính gửi Quý công ty Lumen Bakery,"
    assert greeting(nobody, "fr") == "Madame, Monsieur,"


def test_the_closing_is_the_business_formula_of_each_language() -> None:
    assert closing(address(salutation="mr"), "fr") == (
        "Je vous prie d’agréer, Monsieur, l’expression de mes salutations distinguées."
    )
    assert closing(address(), "sl") == "S spoštovanjem,"
    assert closing(address(), "vi") == "Trân trọng,"
    assert closing(address(formality="familiar"), "en") == "Best wishes,"


@pytest.mark.parametrize(
    ("word", "salutation"),
    [("Mme", "ms"), ("Monsieur", "mr"), ("gospa", "ms"), ("chị", "ms"), ("Mr.", "mr"), ("", "")],
)
def test_salutations_are_read_in_any_of_the_four_languages(word: str, salutation: str) -> None:
    assert salutation_of(word) == salutation


def test_formality_words_and_unknown_values() -> None:
    assert formality_of("tikanje") == formality_of("tu") == formality_of("em") == "familiar"
    assert formality_of("ông") == "senior" and formality_of("vous") == ""
    assert salutation_of("Dr") is None and formality_of("casual-ish") is None


@pytest.mark.parametrize(
    ("lang", "opening", "spoken"),
    [
        ("en", "Dear Ms Kovač,", "Ms Kovač, thank you"),
        ("fr", "Madame,", "Madame Kovač, merci"),
        ("sl", "Spoštovana gospa Kovač,", "Gospa Kovač, hvala"),
        ("vi", "Kính gửi Chị Ana Kovač,", "Cảm ơn Chị Ana đã"),
        # a Vietnamese name is called by its last word
    ],
)
def test_a_letter_to_a_contact_with_a_salutation_opens_and_speaks_as_it_should(
    lang: str, opening: str, spoken: str, config: Config
) -> None:
    tables = sample_tables(clients=[client_row(contact_salutation="Ms", language=lang)])
    letter = render_letter("confirmation", verdict(), tables, config, lang, start=START)
    assert letter.text.startswith(opening + "\n\n")
    assert "Ana Kovač, thank" not in letter.text and "Spoštovani, Ana" not in letter.text
    script = render_letter("meeting-script", verdict(), tables, config, lang, start=START)
    assert script.text.startswith(spoken)


@pytest.mark.parametrize(
    ("lang", "formality", "spoken"),
    [
        ("en", "", "Ana, thank you for meeting with me today."),
        ("en", "senior", "Thank you for meeting with me today."),
        ("fr", "", "Merci de m’accorder ce moment aujourd’hui."),
        ("sl", "", "Hvala za Vaš čas in za današnji pogovor."),
        ("vi", "", "Cảm ơn Anh/Chị đã dành thời gian"),
    ],
)
def test_a_meeting_with_a_contact_whose_salutation_is_unknown_opens_as_people_speak(
    lang: str, formality: str, spoken: str, config: Config
) -> None:
    # never the full name said aloud as a vocative ("Ana Kovač, merci…")
    client = client_row(contact_salutation="", contact_formality=formality, language=lang)
    tables = sample_tables(clients=[client])
    script = render_letter("meeting-script", verdict(), tables, config, lang, start=START)
    assert script.text.startswith(spoken)
    assert "Ana Kovač" not in script.text.split("\n\n")[0]
    # the opening is its own paragraph in every language
    assert script.text.split("\n\n")[0].count("\n") == 0


def test_a_vietnamese_name_is_called_by_its_given_name() -> None:
    minh = Address(name="Nguyễn Văn Minh", client="Sao Mai", salutation="mr")
    assert minh.given("vi") == "Minh" and minh.surname() == "Nguyễn"
    assert address().given("vi") == "Ana"


@pytest.mark.parametrize("lang", ["en", "fr", "vi", "sl"])
def test_a_prospect_gets_an_expectations_letter_before_any_data_is_imported(
    lang: str, config: Config
) -> None:
    letter = prospect_letter(
        "Acme Ltd", config, lang, contact="Ana Kovač", salutation="ms", start=START
    )
    assert letter.kind == "expectations"
    assert letter.text.startswith(greeting(address(salutation="ms"), lang) + "\n\n")
    assert check_letter(letter.text, lang, kind="expectations", config=config) == []
    with pytest.raises(InputError):
        prospect_letter(" ", config, lang)
