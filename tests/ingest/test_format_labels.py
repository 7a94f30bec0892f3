"""An export format is named to the person in their language: product names stay as
they are ("Toggl Track"), the words beside them are translated ("Invoice Ninja
(paiements)"), on the import page, in the import notices and on the command line."""

from __future__ import annotations

import pytest

from parting.i18n import activate, deactivate
from parting.ingest.detect import FORMATS, LABELS, format_label


@pytest.mark.parametrize(
    ("language", "payments"),
    [
        ("en", "Invoice Ninja (payments)"),
        ("fr", "Invoice Ninja (paiements)"),
        ("vi", "Invoice Ninja (thanh toán)"),
        ("sl", "Invoice Ninja (plačila)"),
    ],
)
def test_the_words_beside_a_product_name_are_in_the_readers_language(
    language: str, payments: str
) -> None:
    activate(language)
    try:
        assert format_label("invoiceninja_payments") == payments
        assert format_label("toggl") == "Toggl Track"
    finally:
        deactivate()


def test_every_format_has_a_name_to_show() -> None:
    assert set(LABELS) == set(FORMATS)
    assert format_label("a-format-we-do-not-read") == "a-format-we-do-not-read"
