"""Scores are counted right, per split, and the out-of-scope cases stay out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from parting.text.evaluation import Score, benign_rates, evaluate

HATECHECK = """text,label,functionality,templ_id
I hate women.,hateful,derog_neg_emote_h,1
I don't hate women.,non-hateful,negate_neg_nh,2
You are a complete idiot.,non-hateful,target_indiv_nh,3
Holy shit that was fast.,non-hateful,profanity_nh,4
"""


def test_precision_recall_and_f1_follow_their_definitions() -> None:
    score = Score("set", "en", "dev", "is_abusive", "patterns", support=4, tp=3, fp=1, fn=1)
    assert score.precision == 0.75
    assert score.recall == 0.75
    assert score.f1 == 0.75


def test_a_class_never_predicted_scores_zero_rather_than_failing() -> None:
    score = Score("set", "en", "dev", "is_abusive", "patterns", support=2, tp=0, fp=0, fn=2)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_evaluate_scores_a_folder_and_leaves_insults_at_one_person_out_of_hatecheck(
    tmp_path: Path,
) -> None:
    (tmp_path / "hatecheck_en.csv").write_text(HATECHECK, encoding="utf-8")

    def says_everything_is_abusive(texts: Sequence[str], language: str) -> list[frozenset[str]]:
        return [frozenset({"is_abusive"}) for _ in texts]

    report = evaluate(tmp_path, {"always": says_everything_is_abusive})
    scored = {(s.split, s.tp, s.fp) for s in report.scores}
    total_tp = sum(tp for _, tp, _ in scored)
    total_fp = sum(fp for _, _, fp in scored)
    assert (total_tp, total_fp) == (1, 2)  # target_indiv_nh is not counted
    rates = {r.functionality: r.rate for r in report.flag_rates}
    assert rates["target_indiv_nh"] == 1.0
    pooled = benign_rates(report)
    assert sum(r.cases for r in pooled) == 2
