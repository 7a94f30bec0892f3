"""Customer lifetime value: BG/NBD for how often a client will buy, Gamma-Gamma for how much.

BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") models each
client as buying at a Poisson rate (gamma-distributed across clients, r and alpha) until
they silently drop out, which they may do after any purchase (beta-distributed
probability, a and b). Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV") models the
average value of a client's purchases (p, q, v), independent of how often they buy.

Inputs are per client: ``frequency`` = repeat purchases (purchases after the first),
``recency`` = time from the first to the last purchase, ``T`` = time from the first
purchase to the end of the observation, ``monetary`` = mean value of the repeat purchases.
Any time unit works (Parting uses days) as long as ``t`` and ``horizon_days`` use it too.
Both models are fitted by maximum likelihood on log parameters (so they stay positive),
with the log-likelihood computed for all clients at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

from parting.errors import InputError
from parting.i18n import _

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class BGNBD:
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    v: float
    log_likelihood: float


def _floats(*arrays: ArrayLike) -> list[Floats]:
    out = [np.asarray(a, dtype=np.float64) for a in arrays]
    if any(a.shape != out[0].shape for a in out):
        raise InputError(_("the customer arrays for the value model differ in length."))
    return out


def bgnbd_log_likelihood(params: Floats, x: Floats, t_x: Floats, T: Floats) -> Floats:
    """Each client's log-likelihood under BG/NBD with ``params`` = (r, alpha, a, b)."""
    r, alpha, a, b = params
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + betaln(a, b + x) - betaln(a, b)
    alive = -(r + x) * np.log(alpha + T)
    # Dropped out right after the last purchase: only possible when there was a repeat.
    with np.errstate(divide="ignore", invalid="ignore"):
        dropped = np.where(
            x > 0,
            np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x),
            -np.inf,
        )
    return common + np.logaddexp(alive, dropped)


def fit_bgnbd(frequency: ArrayLike, recency: ArrayLike, T: ArrayLike) -> BGNBD:
    """Maximum-likelihood BG/NBD parameters for a set of clients."""
    x, t_x, big_t = _floats(frequency, recency, T)
    if x.size == 0:
        raise InputError(_("the value model needs at least one client with purchases."))
    scale = max(float(np.mean(big_t)), 1e-9)  # starting point in the data's time unit

    (x, t_x, big_t), weight = _distinct(x, t_x, big_t)

    def negative(log_params: Floats) -> float:
        params = np.exp(log_params)
        return -float(np.dot(weight, bgnbd_log_likelihood(params, x, t_x, big_t)))

    start = np.log([1.0, scale, 1.0, 1.0])
    result = _minimise(negative, start)
    r, alpha, a, b = np.exp(result.x)
    return BGNBD(float(r), float(alpha), float(a), float(b), -float(result.fun))


def gamma_gamma_log_likelihood(params: Floats, x: Floats, m: Floats) -> Floats:
    """Each repeat client's log-likelihood of their mean spend ``m`` over ``x`` purchases."""
    p, q, v = params
    px = p * x
    return (
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(v)
        + (px - 1) * np.log(m)
        + px * np.log(x)
        - (px + q) * np.log(v + x * m)
    )


def fit_gamma_gamma(frequency: ArrayLike, monetary: ArrayLike) -> GammaGamma:
    """Maximum-likelihood Gamma-Gamma parameters, from the clients who bought again."""
    x, m = _floats(frequency, monetary)
    repeat = (x > 0) & (m > 0)
    x, m = x[repeat], m[repeat]
    if x.size == 0:
        raise InputError(_("the value model needs clients who bought more than once."))

    mean = max(float(np.mean(m)), 1e-9)
    (x, m), weight = _distinct(x, m)

    def negative(log_params: Floats) -> float:
        return -float(np.dot(weight, gamma_gamma_log_likelihood(np.exp(log_params), x, m)))

    result = _minimise(negative, np.log([1.0, 1.0, mean]))
    p, q, v = np.exp(result.x)
    return GammaGamma(float(p), float(q), float(v), -float(result.fun))


def _distinct(*columns: Floats) -> tuple[list[Floats], Floats]:
    """The distinct rows and how often each occurs: clients with the same history have the
    same likelihood, and day-level data repeats a lot (every one-off buyer of a month)."""
    rows, counts = np.unique(np.column_stack(columns), axis=0, return_counts=True)
    return [rows[:, i] for i in range(rows.shape[1])], counts.astype(np.float64)


# Log parameters stay within e^±12: past that the likelihood is flat (e.g. a and b growing
# together when nobody seems to drop out) and a search would wander for nothing.
LOG_BOUND = 12.0


def _minimise(negative, start: Floats):  # type: ignore[no-untyped-def]
    """A bounded quasi-Newton search with tight tolerances; Nelder-Mead rescues it when it
    stops early (the likelihoods are smooth but badly scaled)."""
    bounds = [(-LOG_BOUND, LOG_BOUND)] * len(start)
    tight = {"ftol": 1e-11, "gtol": 1e-7, "maxfun": 2000}
    first = minimize(negative, start, method="L-BFGS-B", bounds=bounds, options=tight)
    if first.success and np.isfinite(first.fun):
        return first
    options = {"maxiter": 800, "xatol": 1e-7, "fatol": 1e-9}
    second = minimize(negative, first.x, method="Nelder-Mead", bounds=bounds, options=options)
    return second if second.fun <= first.fun or not np.isfinite(first.fun) else first


def expected_purchases(
    model: BGNBD, t: float, frequency: ArrayLike, recency: ArrayLike, T: ArrayLike
) -> Floats:
    """Expected purchases in the next ``t`` time units for each client, given their history
    (BG/NBD conditional expectation, eq. 10 of the paper). Computed once per distinct
    history: the hypergeometric function is slow, and day-level histories repeat (40,000
    demo clients have about 200 different ones)."""
    x, t_x, big_t = _floats(frequency, recency, T)
    if x.size == 0:
        return np.zeros(0, dtype=np.float64)
    rows, inverse = np.unique(np.column_stack([x, t_x, big_t]), axis=0, return_inverse=True)
    x, t_x, big_t = rows[:, 0], rows[:, 1], rows[:, 2]
    r, alpha, a, b = model.r, model.alpha, model.a, model.b
    z = t / (alpha + big_t + t)
    growth = 1.0 - ((alpha + big_t) / (alpha + big_t + t)) ** (r + x) * hyp2f1(
        r + x, b + x, a + b + x - 1, z
    )
    numerator = (a + b + x - 1) / (a - 1) * growth
    with np.errstate(divide="ignore", invalid="ignore"):
        dropped = np.where(
            x > 0,
            a / np.maximum(b + x - 1, 1e-300) * ((alpha + big_t) / (alpha + t_x)) ** (r + x),
            0.0,
        )
    distinct = np.asarray(numerator / (1.0 + dropped), dtype=np.float64)
    return distinct[inverse.reshape(-1)]


def expected_average_value(model: GammaGamma, frequency: ArrayLike, monetary: ArrayLike) -> Floats:
    """Expected value of a client's future purchases: their own mean, shrunk towards the
    portfolio mean the fewer purchases it rests on. Clients with no repeat get the mean."""
    x, m = _floats(frequency, monetary)
    m = np.where((x > 0) & np.isfinite(m), m, 0.0)
    p, q, v = model.p, model.q, model.v
    return np.asarray(p * (v + x * m) / (p * x + q - 1), dtype=np.float64)


def predicted_value(
    bgnbd: BGNBD,
    gg: GammaGamma,
    frequency: ArrayLike,
    recency: ArrayLike,
    T: ArrayLike,
    monetary: ArrayLike,
    horizon_days: float,
) -> Floats:
    """Predicted revenue from each client over the next ``horizon_days`` (undiscounted)."""
    purchases = expected_purchases(bgnbd, horizon_days, frequency, recency, T)
    return purchases * expected_average_value(gg, frequency, monetary)
