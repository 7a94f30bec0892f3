"""Complaints the cues miss, found by a wide net and confirmed by the model
(``parting.text.recall``): the net reads the structure of a grievance in each language,
every engine computes its candidates as Python does, the model only ever adds a
complaint to a candidate in a language where held-out mail showed a gain, and the
evidence says the model confirmed it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import polars as pl
import pytest

from parting.text import calm, embed, recall, veto
from parting.text.datasets import DATA_DIR, DEV, HELD_OUT, labelled_csv

from .conftest import FakeModel

# Grievances in the clients' words that no complaint cue reads (a fault, a persistence,
# a silence, money back), and calm mail the net lets pass.
CAUGHT = {
    "en": ["ur guy parked on our lawn AGAIN", "the menu has our prices wrong"],
    "fr": ["on attend toujours le technicien", "le carrelage est fissuré, pourquoi ?"],
    # ("logo in ra bi mo qua" is read by the cues since the fourteenth session: what the
    # reader printed came out blurred.)
    "vi": ["logo bi mo qua", "Trang chủ bị gì vậy?"],
    "sl": ["ploščice v kopalnici so že napačne, 4x", "ograja je poškodovana"],
}
PASSED = {
    "en": "Thanks, see you on Thursday.",
    "fr": "Merci pour la réunion, à jeudi.",
    "vi": "Cảm ơn anh, hẹn thứ năm nhé.",
    "sl": "Hvala za sestanek, se vidimo v četrtek.",
}


# Grievances that name no fault word: the reader's work named as something the reader
# did, what it cost the writer, what was paid or asked for set against what came, and
# the writer's own customers noticing. Written for this test, not taken from any set.
READER_S_WORK = {
    "en": [
        "the tiles your fitters laid have lifted by the back door",
        "cost us the whole Saturday market",
        "we ordered oak and it's pine",
        "customers keep asking why the menu says closed on Sundays",
    ],
    "fr": [
        "le portail que vous avez posé frotte par terre",
        "on a perdu deux commandes ce week-end",
        "on avait commandé du chêne, c'est du pin",
        "des clients nous demandent pourquoi le site dit fermé le dimanche",
    ],
}


@pytest.fixture
def model(
    install_model: Callable[[tuple[str, ...]], FakeModel], monkeypatch: pytest.MonkeyPatch
) -> FakeModel:
    """A sentence with "again", "toujours" or "4x" reads as a complaint."""
    fake = install_model(("again", "toujours", "4x"))
    monkeypatch.setattr(calm, "shipped", lambda: None)  # the business veto is not asked
    monkeypatch.setattr(veto, "shipped", lambda: None)  # nor the abuse head
    monkeypatch.setattr(recall, "shipped", head)
    return fake


def head() -> calm.Heads:
    """Reads dimension 0 (P about 0.99 or 0.01); on in English and French only."""
    weights = np.zeros((1, embed.DIMENSIONS), dtype=np.float32)
    weights[0, 0] = 5.0
    thresholds = {recall.CLASS: {"en": 0.5, "fr": 0.5}}
    return calm.Heads((recall.CLASS,), weights, np.zeros(1, dtype=np.float32), thresholds)


@pytest.mark.parametrize("language", sorted(CAUGHT))
def test_the_net_catches_grievances_the_cues_miss_and_lets_calm_mail_pass(language: str) -> None:
    for text in CAUGHT[language]:
        assert recall.caught(text, language), text
    assert not recall.caught(PASSED[language], language)


@pytest.mark.parametrize("language", sorted(READER_S_WORK))
def test_the_net_reads_a_grievance_about_the_reader_s_work_that_names_no_fault(
    language: str,
) -> None:
    """The net is wide on purpose: the head decides what it catches."""
    for text in READER_S_WORK[language]:
        assert recall.net_words(text, language), text
    assert not recall.net_words(PASSED[language], language)


def test_a_message_whose_complaint_words_the_patterns_read_is_never_a_candidate() -> None:
    """The cues saw it: a complaint already, or someone else's trouble set aside by
    them ("nothing to do with you"); the net does not read it a second time."""
    assert not recall.caught("We are disappointed with the delays, again.", "en")
    cleared = "A customer complained about a broken chair again, nothing to do with you"
    assert not recall.caught(cleared, "en")


def test_a_message_another_business_class_explains_is_never_a_candidate() -> None:
    """ "Can we also add a blog page?" asks for a change; its "wrong" is part of that."""
    text = "the menu has our prices wrong, can we also add a blog page?"
    assert recall.net_words(text, "en") == ["wrong"]
    assert not recall.caught(text, "en")


def test_the_writer_clearing_the_reader_keeps_the_catch_calm(model: FakeModel) -> None:
    """ "No rush" and "nothing to do with you" set a complaint or urgency cue aside; a
    catch the model reads as a complaint stays calm with them too."""
    waiting = "on attend toujours le technicien"
    unhurried = "on attend toujours le technicien, rien d'urgent"
    assert recall.caught(waiting, "fr") and recall.caught(unhurried, "fr")
    assert recall.cleared(unhurried, "fr") and not recall.cleared(waiting, "fr")
    yes, p = recall.confirmed([waiting, unhurried], ["fr", "fr"])
    assert list(yes) == [True, False] and p[1] > 0.5


# Praise that names a fault only to say there was none, and a grievance beside a
# denied fault (the grievance stands).
NO_FAULT = {
    "en": (
        "Launch day went without a single glitch, you lot are great",
        "no errors, but still down",
    ),
    "fr": ("Tout s'est passé sans aucun souci, merci", "pas de souci, mais toujours rien reçu"),
    "vi": ("Không có lỗi gì hết, cảm ơn anh", "không có lỗi nhưng web lại sập nữa rồi"),
    "sl": ("Ste hudičevo dobri, zagon je šel brez napake.", "brez napake, ampak spet ne dela"),
}


@pytest.mark.parametrize("language", sorted(NO_FAULT))
def test_a_fault_named_only_to_deny_it_keeps_the_catch_calm(language: str) -> None:
    praise, grievance = NO_FAULT[language]
    assert recall.net_words(praise, language)
    assert recall.cleared(praise, language)
    assert not recall.cleared(grievance, language)


def test_the_cancels_read_in_one_pass_agree_with_the_words_explain_shows() -> None:
    """``classify.any_cue`` (one pass per language, the engines' regular expressions)
    says a cancel is there exactly when ``cue_words`` (the words evidence shows) finds
    one, whatever the language a text is read in."""
    from parting.text.classify import any_cue, cue_words

    texts = [
        "on attend toujours le technicien, rien d'urgent",
        "on attend toujours le technicien",
        "the site is down again, nothing to do with you, our host is at fault",
        "the site is down again",
        "spet ne dela, ni nujno",
        "Web lại lỗi nữa rồi, không gấp đâu anh",
        "",
    ]
    seen: set[bool] = set()
    for language in ("en", "fr", "vi", "sl", None):
        found = any_cue(texts, recall.CANCELS, [language] * len(texts))
        expected = [bool(cue_words(t, recall.CANCELS, language)) for t in texts]
        assert found.tolist() == expected
        seen.update(expected)
    mixed = any_cue(texts[:2], recall.CANCELS, ["fr", "en"])
    assert mixed.tolist() == [True, False]  # each text read in its own language
    assert seen == {True, False}


def test_an_unethical_request_is_explained_by_its_own_class() -> None:
    """ "Nobody will check" is the request's own argument, not a silence."""
    text = "Write us twenty five-star reviews under different names, nobody will check."
    assert recall.net_words(text, "en") and not recall.caught(text, "en")


def test_every_engine_finds_the_same_candidates_as_python(
    on_engine: Callable[..., Any],
) -> None:
    from parting.text.classify import classify

    bodies = [text for texts in CAUGHT.values() for text in texts]
    bodies += [*PASSED.values(), "We are disappointed with the delays, again.", None, ""]
    languages = [code for code, texts in CAUGHT.items() for _ in texts]
    languages += [*PASSED, "en", "en", "en"]
    classes = classify(
        on_engine(bodies, languages),
        language="language",
        candidate_column="candidate",
        candidate_languages=("en", "fr", "vi", "sl"),
    )
    out = pl.DataFrame(classes.lazy().collect(backend="polars").to_arrow()).sort("id")
    expected = [bool(recall.caught(b or "", c)) for b, c in zip(bodies, languages, strict=True)]
    assert out["candidate"].to_list() == expected
    assert sum(expected) == sum(len(texts) for texts in CAUGHT.values())


def test_the_model_adds_a_complaint_only_to_a_candidate_at_its_threshold_in_its_languages(
    model: FakeModel,
) -> None:
    import narwhals as nw

    from parting.engine import messages
    from parting.text.classify import classify

    bodies = [
        "ur guy parked on our lawn AGAIN",  # caught, read as a complaint: raised
        "the menu has our prices wrong",  # caught, read as calm: stays calm
        "on attend toujours le technicien",  # French, on: raised
        "ploščice v kopalnici so že napačne, 4x",  # Slovenian: the model is off there
        "Thanks, see you on Thursday.",  # not caught: never read
    ]
    languages = ["en", "en", "fr", "sl", "en"]
    frame = nw.from_native(pl.DataFrame({"body": bodies, "lang": languages})).lazy()
    plain = classify(frame, body="body", language="lang").collect()["is_complaint"].to_list()
    out = messages.classifier()(frame, body="body", language="lang").collect()
    assert not any(plain)
    assert out["is_complaint"].to_list() == [True, False, True, False, False]
    assert "_parting_complaint_candidate" not in out.columns
    assert not any(out["is_minor_complaint"].to_list())
    assert "Thanks, see you on Thursday." not in model.asked
    assert "ploščice v kopalnici so že napačne, 4x" not in model.asked


def test_without_the_extra_the_net_raises_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    assert recall.languages() == ()
    assert recall.explain("ur guy parked on our lawn AGAIN", "en") is None


def test_evidence_says_the_model_confirmed_it_and_which_words_the_net_read(
    model: FakeModel,
) -> None:
    from typer.testing import CliRunner

    from parting.cli import app

    runner = CliRunner(env={"PARTING_LANG": "en"})
    text = "ur guy parked on our lawn AGAIN"
    result = runner.invoke(app, ["read-message", text, "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.output
    read = json.loads(result.stdout)
    assert read["classes"]["is_complaint"] == ["AGAIN"]  # as the client wrote it
    assert read["confirmed_by_model"]["is_complaint"] > 0.5
    shown = " ".join(runner.invoke(app, ["read-message", text, "--lang", "en"]).stdout.split())
    assert "Complaint: confirmed by the model" in shown and "“AGAIN”" in shown
    calm_text = "the menu has our prices wrong"
    calm_read = runner.invoke(app, ["read-message", calm_text, "--format", "json"])
    assert json.loads(calm_read.stdout)["classes"] == {}


@pytest.mark.parametrize("threshold", [recall.CLASS, recall.FAULT])
def test_each_shipped_threshold_is_on_only_where_held_out_mail_showed_a_gain(
    threshold: str,
) -> None:
    """The first threshold (any catch) and the second (a catch reporting a past act)."""
    heads = recall.shipped()
    assert heads is not None and heads.classes == (recall.CLASS,)
    on = heads.thresholds.get(threshold, {})
    figures = heads.figures[threshold]
    assert isinstance(figures, dict)
    for code in ("en", "fr", "vi", "sl"):
        counted = figures[code]
        assert counted["switched_on"] == (code in on)
        if code in on:
            assert counted["held_out_confirmed_true"] > counted["held_out_confirmed_false"]
            assert counted["held_out_calm_raised"] <= 0.01 * counted["held_out_calm"]


def test_held_out_mail_decides_where_the_head_helps() -> None:
    from parting.text.recall_learn import helps

    def counted(true: int, false: int, calm_raised: int = 0) -> dict[str, int]:
        return {
            "held_out_confirmed_true": true,
            "held_out_confirmed_false": false,
            "held_out_calm_raised": calm_raised,
            "held_out_calm": 200,
        }

    assert helps(counted(4, 1, 2))
    assert not helps(counted(2, 2))  # as many false complaints as true ones
    assert not helps(counted(3, 2, 2))  # each calm message raised costs one more
    assert not helps(counted(5, 0, 3))  # more than 1 % of calm mail raised
    assert not helps(counted(0, 0))  # nothing to gain


def test_the_threshold_weighs_a_calm_message_raised_above_another_false_complaint() -> None:
    """On development mail, a lower threshold that confirms four more complaints but
    raises two calm messages loses to a higher one; were the two other business mail
    (a change request is no complaint, but no calm mail), the lower one would win."""
    from parting.text.recall_learn import STEPS, choose

    # Nine complaints, then a change request and two more messages, by P.
    p = np.asarray([0.95] * 5 + [0.6] * 4 + [0.9, 0.6, 0.6])
    truth = np.asarray([True] * 9 + [False] * 3)
    rows = np.ones(len(p), dtype=bool)
    calm_rows = np.asarray([False] * 10 + [True] * 2)
    # Above 0.9: five true, a gain of 5. At 0.6: nine true, three false of which two
    # calm, each costing one more: 9 - 3 - 2 = 4.
    assert 0.9 < choose(p, truth, rows, calm_rows, calm=300) <= 0.95
    # The two as other business mail: 9 - 3 = 6 at 0.6.
    assert choose(p, truth, rows, np.zeros(len(p), dtype=bool), calm=300) <= 0.6
    # A threshold that raises more than 1 % of the calm mail is never chosen.
    assert choose(p, truth, rows, calm_rows, calm=100) > 0.9
    # Nothing gains: never.
    assert choose(p, ~truth, rows, calm_rows, calm=300) > max(STEPS)


def test_the_head_trains_on_development_rows_only() -> None:
    """This session's held-out client and calm mail is never read, not even to decide
    where the head is on; every earlier session's, measured once, only decides where it
    is on; the tuning batches of every session train it."""
    from parting.text.calm_learn import examples
    from parting.text.recall_learn import MEASURED_FROM_SESSION

    data = examples(measured_from=MEASURED_FROM_SESSION)
    read = dict(zip(data.texts, data.splits, strict=True))

    def batch(name: str, split: str | None = None) -> set[str]:
        files = sorted(DATA_DIR.glob(f"{name}_[a-z][a-z].csv"))
        assert files, name
        return {
            e.text
            for path in files
            for e in labelled_csv(path).examples
            if split is None or e.split == split
        }

    assert MEASURED_FROM_SESSION == 16
    assert not batch("clientmail_s16") & set(read)
    assert not batch("calm_s16", HELD_OUT) & set(read)
    for name in ("clientmail_s9_tune", "clientmail_s15_tune", "clientmail_s16_tune"):
        assert {read[t] for t in batch(name, DEV)} == {DEV}
    assert {read[t] for t in batch("calm_s16", DEV)} == {DEV}
    for name in ("clientmail_s9", "clientmail_s14", "clientmail_s15"):
        assert {read[t] for t in batch(name)} == {HELD_OUT}
    assert {read[t] for t in batch("calm_s15", HELD_OUT)} == {HELD_OUT}


def test_the_head_learns_from_the_sentences_that_carry_a_grievance(model: FakeModel) -> None:
    """A complaint teaches with the sentences the net catches (its greeting teaches
    nothing); every sentence of a message that is no complaint is calm."""
    from parting.text.calm_learn import Examples
    from parting.text.recall_learn import sentences

    data = Examples()
    data.add("Hi Dan,\nthe fence is broken again.", frozenset({recall.CLASS}), "en", DEV)
    data.add("Our printer is broken again. I'll scan it tomorrow.", frozenset(), "en", DEV)
    learned = sentences(data, np.arange(2), ["en", "en"], None)
    assert learned.message.tolist() == [0, 1, 1]
    assert learned.labels.tolist() == [True, False, False]
    assert model.asked == [
        "the fence is broken again.",
        "Our printer is broken again.",
        "I'll scan it tomorrow.",
    ]
    assert learned.vectors.shape == (3, embed.DIMENSIONS)


def test_a_complaint_the_net_misses_teaches_with_every_sentence(model: FakeModel) -> None:
    """Where the net reads none of a complaint's words, the grievance is in one of its
    sentences all the same: the head learns from all of them."""
    from parting.text.calm_learn import Examples
    from parting.text.recall_learn import sentences

    data = Examples()
    text = "Hi Dan,\npics came back and half of them have his eyes shut."
    assert not recall.net_words(text, "en")
    data.add(text, frozenset({recall.CLASS}), "en", DEV)
    learned = sentences(data, np.arange(1), ["en"], None)
    assert learned.labels.tolist() == [True, True]
    assert model.asked == ["Hi Dan,", "pics came back and half of them have his eyes shut."]


def test_the_threshold_is_chosen_with_half_the_calm_budget() -> None:
    """Out-of-fold development figures underrate the calm mail a threshold raises on
    unseen mail: the choice allows half of what the switch allows."""
    from parting.text.recall_learn import CHOICE_CALM_SHARE, MAX_CALM_SHARE, choose

    assert CHOICE_CALM_SHARE == MAX_CALM_SHARE / 2
    # Six complaints and a calm message at 0.8, two more complaints at 0.95.
    p = np.asarray([0.8] * 6 + [0.8] + [0.95] * 2)
    truth = np.asarray([True] * 6 + [False] + [True] * 2)
    rows = np.ones(len(p), dtype=bool)
    calm_rows = ~truth
    # 150 calm messages: 1 % allows one raised, half of it none.
    assert choose(p, truth, rows, calm_rows, 150) <= 0.8
    assert choose(p, truth, rows, calm_rows, 150, CHOICE_CALM_SHARE) > 0.8
