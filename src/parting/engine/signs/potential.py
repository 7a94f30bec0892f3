"""Predicted future value for ``no_potential``: BG/NBD + Gamma-Gamma when the portfolio
has enough clients who bought again (an invoice is a purchase), nothing otherwise."""

from __future__ import annotations

import numpy as np

from parting.config import Config
from parting.engine.signs.base import Features
from parting.errors import InputError


def purchase_history(f: Features) -> tuple[np.ndarray, ...]:
    """frequency (repeat invoices), recency and T in days, mean invoice value."""
    first, last = f["first_invoice_day"], f["last_invoice_day"]
    invoices = f.num("invoices_ever")
    frequency = np.maximum(invoices - 1, 0)
    recency = np.nan_to_num(last - first, nan=0.0)
    age = np.nan_to_num(f.as_of - first, nan=0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        monetary = np.where(invoices > 0, f.num("lifetime_revenue") / invoices, 0.0)
    return frequency, recency, age, monetary


def predicted_values(f: Features, config: Config) -> tuple[np.ndarray, float]:
    """Each client's predicted value over the horizon, and the line below which it is low.

    Returns nan values and a nan line when the model is not used (too few repeat buyers,
    or the fit does not converge to usable parameters)."""
    cfg = config["no_potential"]
    unused = np.full(f.size, np.nan), float("nan")
    frequency, recency, age, monetary = purchase_history(f)
    bought = f.num("invoices_ever") > 0
    if int((frequency > 0).sum()) < int(cfg["clv_min_clients"]):
        return unused
    # Fit on an evenly spaced sample: the parameters settle long before a million clients,
    # and prediction for everyone stays one vector operation.
    from parting.engine import clv  # SciPy loads only when the model is used

    idx = np.flatnonzero(bought)
    step = max(1, len(idx) // int(cfg["clv_fit_sample"]))
    fit = idx[::step]
    try:
        bgnbd = clv.fit_bgnbd(frequency[fit], recency[fit], age[fit])
        gg = clv.fit_gamma_gamma(frequency[fit], monetary[fit])
        with np.errstate(all="ignore"):
            value = clv.predicted_value(
                bgnbd, gg, frequency, recency, age, monetary, float(cfg["clv_horizon_days"])
            )
    except (InputError, FloatingPointError, ValueError):
        return unused
    value = np.where(bought & np.isfinite(value), value, np.nan)
    if not np.isfinite(value).any():
        return unused
    line = float(np.nanquantile(value, float(cfg["clv_low_quantile"])))
    return value, line
