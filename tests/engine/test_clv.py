"""Customer lifetime value against the published CDNOW estimates (Fader, Hardie & Lee 2005)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow.csv as pv
import pytest

from parting.engine import clv
from parting.errors import InputError

# The lifetimes package (a dev dependency) ships the CDNOW summaries; read them as plain
# CSV, without importing lifetimes itself (it does not import with every pandas).
DATASETS = next(
    (
        p / "lifetimes" / "datasets"
        for p in map(Path, __import__("sys").path)
        if (p / "lifetimes" / "datasets").is_dir()
    ),
    None,
)


def _cdnow(name: str):  # type: ignore[no-untyped-def]
    if DATASETS is None or not (DATASETS / name).exists():
        pytest.skip(f"the CDNOW data of the 'lifetimes' dev dependency is not installed ({name})")
    return pv.read_csv(DATASETS / name)


def _sig(value: float, expected: float) -> None:
    """Equal to three significant figures."""
    assert float(f"{value:.3g}") == pytest.approx(float(f"{expected:.3g}"))


def test_bgnbd_reproduces_the_published_cdnow_estimates() -> None:
    data = _cdnow("cdnow_customers_summary.csv")
    model = clv.fit_bgnbd(
        data["frequency"].to_numpy(), data["recency"].to_numpy(), data["T"].to_numpy()
    )
    _sig(model.r, 0.243)
    _sig(model.alpha, 4.414)
    _sig(model.a, 0.793)
    _sig(model.b, 2.426)
    assert model.log_likelihood == pytest.approx(-9582.4, abs=0.05)


def test_gamma_gamma_reproduces_the_published_cdnow_estimates() -> None:
    data = _cdnow("cdnow_customers_summary_with_transactions.csv")
    model = clv.fit_gamma_gamma(data["x"].to_numpy(), data["zbar"].to_numpy())
    _sig(model.p, 6.25)
    _sig(model.q, 3.74)
    _sig(model.v, 15.44)


def test_expected_purchases_match_the_paper_example() -> None:
    # The paper's worked example: x=2, t_x=30.43, T=38.86 weeks -> 1.226 purchases in 39 weeks.
    model = clv.BGNBD(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)
    got = clv.expected_purchases(model, 39, [2], [30.43], [38.86])
    assert got[0] == pytest.approx(1.226, abs=0.002)


def test_a_client_silent_for_long_is_expected_to_buy_less() -> None:
    model = clv.BGNBD(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)
    recent, silent = clv.expected_purchases(model, 52, [5, 5], [38, 5], [39, 39])
    assert silent < recent / 4


def test_each_client_gets_exactly_the_expectation_of_their_own_history() -> None:
    # Histories repeat (computed once each): every client still gets their own figure,
    # bit for bit, in their own place, whatever the order and the repeats.
    model = clv.BGNBD(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)
    rng = np.random.default_rng(16)
    histories = [(2, 30.43, 38.86), (0, 0.0, 12.0), (5, 5.0, 39.0), (5, 38.0, 39.0)]
    picked = rng.integers(0, len(histories), 200)
    x, t_x, big_t = (np.array([histories[i][k] for i in picked]) for k in range(3))
    together = clv.expected_purchases(model, 52, x, t_x, big_t)
    alone = [clv.expected_purchases(model, 52, [a], [b], [c])[0] for a, b, c in histories]
    assert together.tolist() == [alone[i] for i in picked]
    assert clv.expected_purchases(model, 52, [], [], []).size == 0


def test_average_value_shrinks_a_single_purchase_towards_the_portfolio_mean() -> None:
    model = clv.GammaGamma(p=6.25, q=3.74, v=15.44, log_likelihood=0.0)
    mean = model.p * model.v / (model.q - 1)
    one, many, none = clv.expected_average_value(model, [1, 50, 0], [100.0, 100.0, np.nan])
    assert mean < one < many < 100.0
    assert none == pytest.approx(mean)


def test_predicted_value_is_purchases_times_value_and_grows_with_the_horizon() -> None:
    bg = clv.BGNBD(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)
    gg = clv.GammaGamma(p=6.25, q=3.74, v=15.44, log_likelihood=0.0)
    args = ([3, 0], [20.0, 0.0], [30.0, 30.0])
    short = clv.predicted_value(bg, gg, *args, [40.0, 0.0], horizon_days=10)
    long = clv.predicted_value(bg, gg, *args, [40.0, 0.0], horizon_days=100)
    expected = clv.expected_purchases(bg, 10, *args) * clv.expected_average_value(
        gg, [3, 0], [40.0, 0.0]
    )
    np.testing.assert_allclose(short, expected)
    assert np.all(long > short)


def test_fitting_recovers_parameters_of_simulated_clients() -> None:
    rng = np.random.default_rng(3)
    n, horizon = 4000, 52.0
    rate = rng.gamma(0.8, 1 / 6.0, n)  # r=0.8, alpha=6
    drop = rng.beta(1.5, 4.0, n)  # a=1.5, b=4
    x, t_x = np.zeros(n), np.zeros(n)
    for i in range(n):  # a small simulation; the model code itself is vectorised
        t = 0.0
        while True:
            t += rng.exponential(1 / rate[i])
            if t > horizon:
                break
            x[i], t_x[i] = x[i] + 1, t
            if rng.random() < drop[i]:
                break
    model = clv.fit_bgnbd(x, t_x, np.full(n, horizon))
    assert model.r == pytest.approx(0.8, rel=0.25)
    assert model.a / (model.a + model.b) == pytest.approx(1.5 / 5.5, rel=0.25)


def test_fitting_without_repeat_clients_is_a_clear_error() -> None:
    with pytest.raises(InputError):
        clv.fit_gamma_gamma([0, 0], [0.0, 0.0])
    with pytest.raises(InputError):
        clv.fit_bgnbd([], [], [])
