"""The model's veto on business flags: it only ever removes a pattern hit, reads each
sentence of a flagged message, applies only in the languages and classes where it was
measured to help, embeds each distinct sentence once, and shows its verdict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from parting.text import calm, embed, veto
from parting.text.calm import Heads

from .conftest import FakeModel


@pytest.fixture
def model(install_model: Callable[[tuple[str, ...]], FakeModel]) -> FakeModel:
    """A sentence that says "broken" or "late" reads as a complaint."""
    return install_model(("broken", "late"))


def heads(thresholds: dict[str, dict[str, float]] | None = None) -> Heads:
    """A complaint head reading dimension 0 (P about 0.99 or 0.01) and a payment head
    that finds everything a payment excuse (P 0.5)."""
    weights = np.zeros((2, embed.DIMENSIONS), dtype=np.float32)
    weights[0, 0] = 5.0
    chosen = {"is_complaint": {"en": 0.5}, "is_payment_excuse": {"en": 0.9}}
    return Heads(
        ("is_complaint", "is_payment_excuse"),
        weights,
        np.zeros(2, dtype=np.float32),
        chosen if thresholds is None else thresholds,
    )


def test_a_message_is_read_sentence_by_sentence_without_its_quoted_lines() -> None:
    text = "Thanks for the call! The site is broken again.\n> Is all well?\nRegards, Ana"
    assert calm.sentences(text) == [
        "Thanks for the call!",
        "The site is broken again.",
        "Regards, Ana",
    ]
    assert calm.sentences("ok") == ["ok"]
    assert calm.sentences("Really?? Yes… fine") == ["Really??", "Yes…", "fine"]


def test_a_flag_stands_when_any_sentence_reads_as_the_class_and_falls_when_none_does(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = [
        "Thanks for the quick fix. Sorry the delay was on our side.",  # calm
        "Thanks for the quick fix. The export is broken again.",  # one sentence complains
    ]
    verdicts = calm.second_opinion(
        texts, ["en", "en"], [["is_complaint"]] * 2, embed.Embedder(tmp_path), heads()
    )
    assert verdicts[0]["is_complaint"].vetoed
    assert verdicts[0]["is_complaint"].probability < 0.5
    assert not verdicts[1]["is_complaint"].vetoed
    assert verdicts[1]["is_complaint"].probability > 0.5


def test_the_reading_says_which_reading_set_each_flag_aside(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = [
        "If the export is broken after the update, just tell me.",  # a supposition
        "Thanks for the quick fix. Sorry the delay was on our side.",  # the head: calm
        "The export is broken again.",  # a complaint: both readings keep it
    ]
    (read,) = calm.read_messages(
        texts,
        ["en"] * 3,
        {"is_complaint": np.ones(3, dtype=bool)},
        embed.Embedder(tmp_path),
        heads(),
    ).values()
    assert read.by_clause.tolist() == [True, False, False]
    assert read.by_model.tolist() == [False, True, False]
    assert read.vetoed.tolist() == [True, True, False]
    verdicts = calm.second_opinion(
        texts, ["en"] * 3, [["is_complaint"]] * 3, embed.Embedder(tmp_path), heads()
    )
    assert [v["is_complaint"].reason for v in verdicts[:2]] == ["clause", "model"]
    assert not verdicts[2]["is_complaint"].vetoed


def test_the_veto_applies_only_to_flagged_classes_in_the_languages_it_was_measured_in(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = ["Sorry, the delay was ours.", "Désolé, le retard vient de nous.", "All good."]
    verdicts = calm.second_opinion(
        texts,
        ["en", "fr", "en"],
        [["is_complaint", "is_change_request"], ["is_complaint"], []],
        embed.Embedder(tmp_path),
        heads(),
    )
    assert set(verdicts[0]) == {"is_complaint"}  # no head for change requests
    assert verdicts[1] == {}  # French: not measured to help there
    assert verdicts[2] == {}  # nothing flagged: the model is not asked
    assert model.asked == ["Sorry, the delay was ours."]


def test_each_distinct_sentence_is_embedded_once_and_kept_between_runs(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = ["Thanks! The invoice is late.", "Thanks! All fine.", "Thanks! The invoice is late."]
    flagged = [["is_payment_excuse"]] * 3
    calm.second_opinion(texts, ["en"] * 3, flagged, embed.Embedder(tmp_path), heads())
    calm.second_opinion(texts, ["en"] * 3, flagged, embed.Embedder(tmp_path), heads())
    assert sorted(model.asked) == ["All fine.", "Thanks!", "The invoice is late."]


def test_the_engine_only_ever_removes_business_flags_and_their_followers(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import narwhals as nw
    import polars as pl

    from parting.engine import messages
    from parting.text.classify import classify

    monkeypatch.setattr(calm, "shipped", heads)
    monkeypatch.setattr(veto, "shipped", lambda: None)  # the abuse head is not asked here
    bodies = [
        "Small issue: the logo is off by a pixel, sorry for the fuss.",  # calm: vetoed
        "Small issue: the logo is broken on mobile.",  # a complaint: stands
        "We are disappointed with the delays.",  # a complaint in the client's words
        "Thanks for the invoice, all good.",  # no flag: nothing to veto, nothing added
    ]
    frame = nw.from_native(pl.DataFrame({"body": bodies, "lang": ["en"] * 4})).lazy()
    plain = classify(frame, body="body", language="lang").collect()
    out = messages.classifier()(frame, body="body", language="lang").collect()
    assert "_parting_spoken" not in out.columns and "_parting_names_group" not in out.columns
    before, after = plain["is_complaint"].to_list(), out["is_complaint"].to_list()
    assert all(b or not a for b, a in zip(before, after, strict=True))  # never added
    assert before[0] and not after[0]
    assert not out["is_minor_complaint"].to_list()[0]  # falls with the complaint
    assert after[1]
    assert out["is_abusive"].to_list() == plain["is_abusive"].to_list()


def test_on_duckdb_the_messages_are_read_as_on_polars_and_handed_back_to_duckdb(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb
    import narwhals as nw
    import polars as pl

    from parting.engine import messages

    monkeypatch.setattr(calm, "shipped", heads)
    monkeypatch.setattr(veto, "shipped", lambda: None)  # the abuse head is not asked here
    frame = pl.DataFrame(
        {
            "body": [
                "Small issue: the logo is off by a pixel, sorry for the fuss.",
                "Small issue: the logo is broken on mobile.",
                "You idiot, pay the invoice!",
                "Merci pour la facture.",
            ],
            "lang": ["en", "en", "en", "fr"],
        }
    )
    read = messages.classifier()
    on_polars = read(nw.from_native(frame).lazy(), body="body", language="lang").collect()
    relation = duckdb.connect().from_arrow(frame.to_arrow())
    on_duckdb = read(nw.from_native(relation), body="body", language="lang")
    assert isinstance(on_duckdb.to_native(), duckdb.DuckDBPyRelation)
    got = pl.from_arrow(on_duckdb.to_native().arrow())
    assert isinstance(got, pl.DataFrame)
    assert got.sort("body").equals(on_polars.to_native().sort("body"))
    assert got.sort("body")["is_complaint"].to_list() == [False, True, False, False]


def test_evidence_keeps_the_vetoed_words_beside_the_models_verdict(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "shipped", heads)
    words = {"is_complaint": ["delay"], "is_urgent": ["asap"]}
    explained = calm.explain("Sorry for the delay on our side, asap!", words, "en")
    assert explained.words == {"is_urgent": ["asap"]}
    vetoed_words, verdict = explained.vetoed["is_complaint"]
    assert vetoed_words == ["delay"] and verdict.vetoed and verdict.probability < 0.5
    standing = calm.explain("The site is late again.", {"is_complaint": ["again"]}, "en")
    assert standing.words == {"is_complaint": ["again"]} and standing.vetoed == {}


def test_without_the_extra_the_patterns_alone_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    monkeypatch.setattr(calm, "shipped", heads)
    assert not calm.applies()
    assert calm.where() == {}
    assert calm.second_opinion(["Sorry for the delay."], ["en"], [["is_complaint"]]) == [{}]
    words = {"is_complaint": ["delay"]}
    assert calm.explain("Sorry for the delay.", words, "en").words == words


def test_the_veto_runs_only_where_a_threshold_was_chosen(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calm, "shipped", heads)
    assert calm.applies()
    assert calm.where() == {"is_complaint": ["en"], "is_payment_excuse": ["en"]}
    monkeypatch.setattr(calm, "shipped", lambda: heads({"is_complaint": {}}))
    assert not calm.applies()


def test_the_shipped_heads_read_back_as_they_were_written(tmp_path: Path) -> None:
    import json

    written = heads()
    path = tmp_path / "calm_head.json"
    path.write_text(json.dumps(written.to_json()), encoding="utf-8")
    read = calm.read(path)
    assert read.classes == written.classes
    assert read.thresholds == written.thresholds
    assert np.allclose(read.weights, written.weights)


def test_the_shipped_veto_is_on_only_where_held_out_mail_showed_it_helps() -> None:
    from parting.text.calm_learn import helps

    shipped = calm.read()
    assert set(shipped.classes) == set(calm.CLASSES)
    for name in calm.CLASSES:
        figures = shipped.figures[name]
        assert isinstance(figures, dict)
        for code, counted in figures["languages"].items():
            on = code in shipped.thresholds[name]
            assert counted["switched_on"] == on == helps(counted), (name, code)
            if on:
                assert shipped.thresholds[name][code] == figures["threshold"]
                lost = counted["held_out_true_vetoed"]
                assert counted["held_out_others_vetoed"] > lost <= 1


def test_held_out_mail_decides_where_the_veto_helps() -> None:
    from parting.text.calm_learn import helps

    def counted(saved: int, lost: int) -> dict[str, int]:
        return {"held_out_others_vetoed": saved, "held_out_true_vetoed": lost}

    assert helps(counted(2, 1))
    assert not helps(counted(1, 1))  # as many true finds lost as calm hits saved
    assert not helps(counted(5, 2))  # more than one true find lost
    assert not helps(counted(0, 0))  # nothing to gain


def test_read_message_shows_the_words_and_the_models_verdict_where_it_set_a_flag_aside(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a person checks by hand is what the scoring saw (``parting.text.reading``)."""
    import json

    from typer.testing import CliRunner

    from parting.cli import app

    monkeypatch.setattr(calm, "shipped", heads)
    monkeypatch.setattr(veto, "shipped", lambda: None)  # the abuse head is not asked here
    runner = CliRunner(env={"PARTING_LANG": "en"})
    calm_look_alike = "Small issue: the logo is off by a pixel, sorry for the fuss."
    result = runner.invoke(app, ["read-message", calm_look_alike, "--format", "json"])
    assert result.exit_code == 0, result.output
    read = json.loads(result.stdout)
    assert read["language"] == "en" and "is_complaint" not in read["classes"]
    aside = read["set_aside"]["is_complaint"]
    assert aside["words"] == ["Small issue"] and aside["probability"] < 0.5
    shown = " ".join(runner.invoke(app, ["read-message", calm_look_alike]).stdout.split())
    assert "Complaint: set aside by the model" in shown and "“Small issue”" in shown
    standing = runner.invoke(app, ["read-message", "Small issue: the logo is broken on mobile."])
    assert "Complaint: “is broken”" in standing.stdout and "set aside" not in standing.stdout
    refused = runner.invoke(app, ["read-message"])
    assert refused.exit_code != 0 and "in quotes or as a file" in str(refused.exception)


def test_this_sessions_held_out_mail_is_never_read_by_the_veto_training() -> None:
    from parting.text import calm_learn
    from parting.text.datasets import DATA_DIR, HELD_OUT, labelled_csv

    read = set(calm_learn.examples().texts)
    for code in calm_learn.LANGUAGES:
        batch = labelled_csv(DATA_DIR / f"calm_s9_{code}.csv").examples
        held = {e.text for e in batch if e.split == HELD_OUT}
        assert held and not held & read
        assert {e.text for e in batch if e.split != HELD_OUT} <= read
    # The previous session's held-out sets, measured once, help decide where it is on.
    assert not calm_learn._measure_only(DATA_DIR / "informal3_s8_en.csv")
    assert calm_learn._measure_only(DATA_DIR / "clientmail_s9_en.csv")
