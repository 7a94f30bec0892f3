"""``no_potential``: revenue falling, no invoice for long, or a low predicted value.

The predicted value is BG/NBD + Gamma-Gamma when the portfolio has enough clients who
bought again (an invoice is a purchase), nothing otherwise."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations,
    EvidenceRules,
    Features,
    Finding,
    SignSpec,
    at_least,
    at_most,
    ratio,
    strongest,
    threshold,
)
from parting.engine.window import Window, total
from parting.errors import InputError
from parting.figures import Figure
from parting.i18n import _, gettext_noop, ngettext

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("no_potential")


def aggregations(config: Config, w: Window) -> Aggregations:
    days = int(config.settings.no_potential.window_days)
    # The trend compares two whole periods: a repair does not shorten them.
    now = w.usual.within("issued_day", days) & nw.col("counts")
    before = w.earlier(days).within("issued_day", days) & nw.col("counts")
    return {
        "invoice_lines": {
            "revenue_trend_now": total(now, nw.col("amount")),
            "revenue_trend_before": total(before, nw.col("amount")),
        }
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {"invoices": nw.col("counts") & (nw.col("issued_day") <= w.as_of)}


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
    cfg = config.settings.no_potential
    unused = np.full(f.size, np.nan), float("nan")
    frequency, recency, age, monetary = purchase_history(f)
    bought = f.num("invoices_ever") > 0
    if int((frequency > 0).sum()) < int(cfg.clv_min_clients):
        return unused
    # Fit on an evenly spaced sample: the parameters settle long before a million clients,
    # and prediction for everyone stays one vector operation.
    from parting.engine import clv

    idx = np.flatnonzero(bought)
    step = max(1, len(idx) // int(cfg.clv_fit_sample))
    fit = idx[::step]
    try:
        bgnbd, gg = _fitted(frequency[fit], recency[fit], age[fit], monetary[fit])
        with np.errstate(all="ignore"):
            value = clv.predicted_value(
                bgnbd, gg, frequency, recency, age, monetary, float(cfg.clv_horizon_days)
            )
    except (InputError, FloatingPointError, ValueError):
        return unused
    value = np.where(bought & np.isfinite(value), value, np.nan)
    if not np.isfinite(value).any():
        return unused
    line = float(np.nanquantile(value, float(cfg.clv_low_quantile)))
    return value, line


# The last fit and the purchase histories it was made on: scoring a few clients again
# (``engine.incremental``) mostly hands the fit the same sample, and the fit is most of
# the time of detecting the signs.
_last_fit: tuple[bytes, tuple[Any, Any]] | None = None


def _fitted(
    frequency: np.ndarray, recency: np.ndarray, age: np.ndarray, monetary: np.ndarray
) -> tuple[Any, Any]:
    """The BG/NBD and Gamma-Gamma models fitted on the sample (the same sample, the same
    fit: the one before is reused)."""
    global _last_fit
    from parting.engine import clv  # SciPy loads only when the model is used

    sample = [np.ascontiguousarray(a, dtype=np.float64) for a in (frequency, recency, age)]
    sample.append(np.ascontiguousarray(monetary, dtype=np.float64))
    key = hashlib.blake2b(b"".join(a.tobytes() for a in sample), digest_size=20).digest()
    if _last_fit is not None and _last_fit[0] == key:
        return _last_fit[1]
    models = (clv.fit_bgnbd(*sample[:3]), clv.fit_gamma_gamma(sample[0], sample[3]))
    _last_fit = (key, models)
    return models


# A client who buys on a rhythm of their own (an annual report, a yearly campaign) is not
# quiet until this many of their usual gaps have passed without an invoice.
RHYTHM_GAPS = 1.5


def quiet_after(f: Features, recency_days: float) -> np.ndarray:
    """Days without an invoice after which a client is quiet: ``recency_days``, or one and
    a half of their usual gap between invoices when that is longer (three invoices at
    least, so the gap is a rhythm, not a single interval)."""
    invoices = f.num("invoices_ever")
    span = f["last_invoice_day"] - f["first_invoice_day"]
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(invoices >= 3, span / (invoices - 1), np.nan)
    return np.fmax(recency_days, RHYTHM_GAPS * gap)


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.no_potential
    before, now = f.num("revenue_trend_before"), f.num("revenue_trend_now")
    drop = ratio(before - now, before)
    falling = at_least(drop, float(cfg.revenue_drop))
    since_last = f.as_of - f["last_invoice_day"]
    quiet_line = quiet_after(f, float(cfg.recency_days))
    quiet = at_least(since_last, quiet_line)
    value, low_line = predicted_values(f, config)
    low = at_most(value, low_line)
    fired, strength, deciding = strongest(
        ("revenue_drop", falling), ("days_since_last_invoice", quiet), ("predicted_value", low)
    )
    return Finding(
        ID,
        fired,
        strength,
        np.where(quiet[0], f["last_invoice_day"] + quiet_line, np.nan),
        deciding=deciding,
        figures={
            "revenue_last_period": now,
            "revenue_period_before": before,
            "revenue_drop": drop,
            "revenue_drop_threshold": threshold(f.size, cfg.revenue_drop),
            "days_since_last_invoice": since_last,
            "days_since_last_invoice_threshold": quiet_line,
            "predicted_value": value,
            "predicted_value_threshold": threshold(f.size, low_line),
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    days = g.get("days_since_last_invoice")
    if deciding == "revenue_drop" and (g.get("revenue_period_before") or 0) > 0:
        return _("Revenue fell by {drop} from {before} to {now} over the last year").format(
            drop=f.share(g["revenue_drop"]),
            before=f.money(g["revenue_period_before"]),
            now=f.money(g.get("revenue_last_period")),
        )
    if deciding == "predicted_value" and g.get("predicted_value") is not None:
        return _("Expected to bring only {amount} over the next year").format(
            amount=f.money(g["predicted_value"])
        )
    whole = int(days or 0)
    return ngettext("No invoice for {days} day", "No invoice for {days} days", whole).format(
        days=f.number(whole)
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("No growth potential"),
    severity="planned",
    rank=120,
    detect=detect,
    reason=reason,
    move="open_ended",
    letter_facts=("since",),
    aggregations=aggregations,
    evidence=evidence,
    figures=(
        Figure("revenue_last_period", gettext_noop("Revenue, last 12 months"), "money"),
        Figure("revenue_period_before", gettext_noop("Revenue, the 12 months before"), "money"),
        Figure("revenue_drop", gettext_noop("Drop in revenue"), "share"),
        Figure("days_since_last_invoice", gettext_noop("Days since the last invoice"), "days"),
        Figure("predicted_value", gettext_noop("Predicted value, next 12 months"), "money"),
    ),
)
