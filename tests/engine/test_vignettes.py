"""The vignette portfolio (``vignettes.py``): each hand-made client gets the verdict a
careful owner would give. Vignettes the engine does not yet judge right are listed in
``NOT_YET`` and must fail (strict), so the list shrinks as the judgement improves."""

from __future__ import annotations

import pytest

from .vignettes import VIGNETTES, Vignette, verdict_of

# Vignettes the rules of today get wrong, each with what is missing.
NOT_YET: dict[str, str] = {
    # Held out; its data came out at 2.6 months of revenue overdue (70 days), under the
    # three months that make an overdue urgent. Left as written, not tuned after the fact.
    "large_overdue": "2.6 months of revenue overdue is not yet severe in amount",
    # Held out: paid on time since the repair, but the one invoice issued on the repair's
    # own day falls outside the 70 days since, so money per hour over those days reads as
    # half the usual rate (drain), and the review calls the repair failed.
    "payment_repair_worked": "money per hour over two months cuts across billing cycles",
}


def _id(v: Vignette) -> str:
    return f"{'held_out' if v.held_out else 'tuning'}-{v.name}"


@pytest.mark.real_text
@pytest.mark.parametrize("v", VIGNETTES, ids=[_id(v) for v in VIGNETTES])
def test_a_careful_owner_would_agree(v: Vignette, request: pytest.FixtureRequest) -> None:
    if v.name in NOT_YET:
        request.applymarker(pytest.mark.xfail(reason=NOT_YET[v.name], strict=True))
    got = verdict_of(v)
    assert got.verdict == v.expected, f"{v.why}: got {got.verdict} ({got.reason})"


def test_the_portfolio_has_at_least_forty_vignettes_of_every_verdict() -> None:
    assert len(VIGNETTES) >= 40
    assert {v.expected for v in VIGNETTES} == {
        "keep",
        "watch",
        "repair",
        "part_ways",
        "part_ways_now",
    }
    assert len({v.name for v in VIGNETTES}) == len(VIGNETTES)
