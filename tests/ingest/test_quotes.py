"""strip_quoted keeps what the author wrote and drops quotes, signatures and forwards."""

from __future__ import annotations

import pytest

from parting.text.quotes import strip_quoted


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 4 Mar 2024 at 17:40, Ana Kovac <ana@studio.example> wrote:",
        "Le lun. 4 mars 2024 à 17:40, Ana Kovac <ana@studio.example> a écrit :",
        "Vào Th 2, 4 thg 3, 2024 lúc 17:40 Ana Kovac <ana@studio.example> đã viết:",
        "Ana Kovac <ana@studio.example> je napisal(a):",
        "Dne 4. 3. 2024 ob 17:40 je Ana Kovac napisala:",
    ],
)
def test_attribution_lines_end_the_authors_text(attribution: str) -> None:
    body = f"Please send the invoice.\n\n{attribution}\n> Here it is.\n> Thanks"
    assert strip_quoted(body) == "Please send the invoice."


def test_wrapped_attribution_is_recognised() -> None:
    body = "Fine by me.\n\nOn Mon, 4 Mar 2024 at 17:40, Ana Kovac <ana@studio.example>\nwrote:\n> x"
    assert strip_quoted(body) == "Fine by me."


def test_interleaved_quotes_keep_the_authors_answers() -> None:
    body = "> Can you do Monday?\nYes.\n> And the price?\nAs agreed."
    assert strip_quoted(body) == "Yes.\nAs agreed."


def test_signature_separator_ends_the_text() -> None:
    assert strip_quoted("See attached.\n-- \nSam Lee\nStudio") == "See attached."


@pytest.mark.parametrize(
    "sign_off", ["Best regards,", "Cordialement,", "Trân trọng,", "Lep pozdrav,", "Thanks!"]
)
def test_sign_offs_end_the_text(sign_off: str) -> None:
    assert strip_quoted(f"The logo is still wrong.\n\n{sign_off}\nMarie") == (
        "The logo is still wrong."
    )


def test_a_thanks_that_opens_the_message_is_kept() -> None:
    assert strip_quoted("Thanks,\nthe files arrived.") == "Thanks,\nthe files arrived."


@pytest.mark.parametrize(
    "block",
    [
        "From: Ana Kovac\nSent: Monday, March 4, 2024 5:40 PM\nTo: Marie\nSubject: Cards",
        "De : Ana Kovac\nEnvoyé : lundi 4 mars 2024 17:40\nÀ : Marie\nObjet : Cartes",
        "Od: Ana Kovac\nPoslano: ponedeljek, 4. marec 2024 17:40\nZa: Jože\nZadeva: Logotip",
    ],
)
def test_outlook_header_blocks_end_the_text(block: str) -> None:
    assert strip_quoted(f"Agreed.\n\n{block}\n\nOld text") == "Agreed."


def test_a_from_line_alone_is_ordinary_text() -> None:
    body = "From: the design team, with love\nWe are done."
    assert strip_quoted(body) == body


def test_forward_banner_ends_the_text() -> None:
    body = "FYI\n\n---------- Forwarded message ---------\nFrom: x\nDate: y\nTo: z\n\nOld"
    assert strip_quoted(body) == "FYI"


def test_bold_outlook_headers_from_html_mail_end_the_text() -> None:
    body = "Noted.\n\n**From:** Ana\n**Sent:** Monday\n**To:** Marie\n**Subject:** Cards\n\nOld"
    assert strip_quoted(body) == "Noted."


@pytest.mark.parametrize("sign_off", ["Merci d'avance,", "Thanks in advance!", "Xin cảm ơn,"])
def test_longer_sign_offs_end_the_text(sign_off: str) -> None:
    assert strip_quoted(f"Please send the files.\n{sign_off}\nMarie") == "Please send the files."
