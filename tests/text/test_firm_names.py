"""A firm's name is nobody's verb. Slovenian firms are often named by a verb in the first
person plural ("Gradimo d.o.o.", we build; "Zamenjamo d.o.o.", we replace; "Selimo",
we move): in a signature or a greeting the name says nothing about what the writer does
or asks. A message reads the same with the firm's name as without it. Sentences written
for these tests, in no labelled set."""

from __future__ import annotations

import narwhals as nw
import polars as pl
import pytest

from parting.text import normalise
from parting.text.classify import classify, flags_of

# Messages of every kind, complaints and calm mail, each read with a firm's signature.
MESSAGES = [
    "Pult, ki ste ga montirali, je že razpokan.",
    "Hvala za hitro dostavo, vse je prišlo celo.",
    "Prosim, pošljite še ponudbo za januar.",
    "Plačano je bilo včeraj, prilagam potrdilo.",
    "Vaš monter je razbil okno na stopnišču.",
]
FIRMS = ["Zamenjamo d.o.o.", "Gradimo d. o. o.", "Selimo s.p.", "Popravimo d.d.", "Rastemo k.d."]


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("text", MESSAGES)
def test_a_firm_signing_its_message_changes_nothing_read_in_it(text: str, firm: str) -> None:
    alone = flags_of(text, "sl")
    assert flags_of(f"{text}\nLp, {firm}", "sl") == alone
    assert flags_of(f"{firm}: {text}", "sl") == alone


def test_a_verb_that_is_no_name_is_still_read() -> None:
    # "zamenjamo" as a verb, with no legal form after it: "we would switch supplier".
    assert flags_of("Če se to ponovi, vas zamenjamo.", "sl")["is_complaint"]


def test_the_name_goes_with_its_form_and_nothing_else() -> None:
    view = normalise.apply_text("Lp, Zamenjamo d.o.o., Celje", normalise.ACCENTED_STEPS)
    assert view.split() == ["lp", "celje"]
    # A Vietnamese "sp" (product) typed without dots is no legal form.
    assert normalise.apply_text("mua 2 sp nha", normalise.ACCENTED_STEPS) == "mua 2 sp nha"


def test_the_vectorised_classifier_drops_firm_names_as_python_does() -> None:
    # (Every engine against Python: ``test_classify_engines``.)
    texts = [f"{text}\nLp, {firm}" for text in MESSAGES for firm in FIRMS[:2]]
    frame = nw.from_native(pl.DataFrame({"body": texts, "language": ["sl"] * len(texts)}))
    found = classify(frame, language="language")
    for name in ("is_complaint", "is_change_request", "is_payment_excuse"):
        assert found[name].to_list() == [flags_of(text, "sl")[name] for text in texts]
