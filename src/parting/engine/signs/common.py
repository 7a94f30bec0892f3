"""The per-client columns several signs and the verdict read, declared once: hours and
cost of staff time, revenue, the purchase history, the overdue balance, and what dates the
cool-off (the last incident or flagged message).

Not a sign (no ``SIGN``): the feature pass adds these aggregates to the same one
``group_by`` per table as the signs' own.
"""

from __future__ import annotations

import narwhals as nw

from parting.config import Config
from parting.engine.signs.base import Aggregations
from parting.engine.window import Window, count, earliest, latest, total

# Incidents that count against a client (for the cool-off); referrals and remediations
# do not.
NEGATIVE_INCIDENTS = ("abuse", "ethics", "public_criticism", "scope_dispute", "other")


def cost_rate(config: Config) -> nw.Expr:
    """The entry's own cost rate, else the person's, else the business default."""
    rate: nw.Expr = nw.lit(float(config.settings.business.default_cost_rate))
    for person, value in sorted(config.settings.business.cost_rates.items()):
        rate = nw.when(nw.col("person") == person).then(nw.lit(float(value))).otherwise(rate)
    return nw.col("cost_rate").fill_null(rate)


def aggregations(config: Config, w: Window) -> Aggregations:
    # Hours and their cost over the drain window: the effort every money sign weighs.
    in_w = w.within("day", config.settings.drain.window_days)
    hours = nw.col("hours").fill_null(0.0)
    # Revenue over the margin window (``unprofitable.window_days``).
    rev_w = w.within("issued_day", config.settings.unprofitable.window_days) & nw.col("counts")
    issued = nw.col("counts") & (nw.col("issued_day") <= w.as_of)
    inbound = nw.col("inbound")
    flagged = inbound & (nw.col("is_abusive") | nw.col("is_complaint"))
    negative = nw.col("kind").is_in(NEGATIVE_INCIDENTS) & (nw.col("day") <= w.as_of)
    return {
        "time_entries": {
            "hours": total(in_w, hours),
            "cost": total(in_w, hours * cost_rate(config)),
            # Where the evidence starts: over the usual window, a repair's review aside.
            "first_work_day": earliest(
                w.usual.within("day", config.settings.drain.window_days), "day"
            ),
            "first_day_ever": nw.col("day").min(),
        },
        "invoice_lines": {
            "revenue": total(rev_w, nw.col("amount")),
            "discounts": total(rev_w, nw.col("discount").fill_null(0.0)),
            "written_off": total(rev_w & nw.col("written_off"), nw.col("net")),
            # What the client owes on the invoices issued so far, due or not, and the
            # part of it past its due date: the one pair of figures every surface shows.
            "owed": total(issued, nw.col("outstanding")),
            "overdue": total(nw.col("overdue"), nw.col("outstanding")),
            "first_invoice_day": earliest(issued, "issued_day"),
            "last_invoice_day": latest(issued, "issued_day"),
            "lifetime_revenue": total(issued, nw.col("amount")),
            "invoices_ever": count(issued),
        },
        "messages": {
            "flagged_messages_30d": count(w.usual.within("day", 30) & flagged),
            "last_flagged_message_day": latest(flagged & (nw.col("day") <= w.as_of), "day"),
        },
        "incidents": {
            "last_incident_day": latest(negative, "day"),
            "incidents_30d": count(negative & w.usual.within("day", 30)),
        },
    }
