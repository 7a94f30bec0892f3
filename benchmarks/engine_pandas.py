"""The baseline for ``benchmarks.engine``: the same per-client features, written the
straightforward way in pandas (read everything, then masks and group-bys); messages are
classified with the same classifier as the engine's, run by pandas on every inbound message
of the look-back (the last 365 days up to the scoring day: the longest window any message
feature reads, the last flagged message included — ``verdict.message_lookback_days``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import narwhals as nw
import pandas as pd

# ``parting.text.classify`` (or the benchmark's keyword stand-in): narwhals expressions,
# which on a pandas frame are pandas' own ``str.replace`` / ``str.contains`` calls with the
# classifier's regular expressions, one pass per message.
Classifier = Callable[..., Any]

EPOCH = pd.Timestamp("1970-01-01")


def classify_texts(said: pd.DataFrame, classify: Classifier) -> pd.DataFrame:
    """Every message of ``said`` with the text-class columns, classified one by one."""
    frame = nw.from_native(said[["body", "language"]].reset_index(drop=True), eager_only=True)
    flags = classify(frame, body="body", language="language").to_native()
    classes = [c for c in flags.columns if c.startswith("is_")]
    return said.assign(**{c: flags[c].fillna(False).to_numpy(dtype=bool) for c in classes})


def _read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(folder / name)


def _days(column: pd.Series) -> pd.Series:
    return (pd.to_datetime(column) - EPOCH).dt.days


def features(folder: Path, as_of: date, classes: Classifier) -> pd.DataFrame:
    today = (pd.Timestamp(as_of) - EPOCH).days
    clients = _read(folder, "clients").set_index("client_id")
    out = pd.DataFrame(index=clients.index)

    entries = _read(folder, "time_entries")
    projects = _read(folder, "projects")[["project_id", "service_line", "budget_hours"]]
    entries["day"] = _days(entries["date"])
    entries = entries.merge(projects, on="project_id", how="left")
    year = (entries["day"] > today - 365) & (entries["day"] <= today)
    entries["cost"] = entries["hours"] * entries["cost_rate"].fillna(40.0)
    entries["rework"] = entries["kind"].isin(["rework", "revision"])
    recent = entries[year]
    out["hours"] = recent.groupby("client_id")["hours"].sum()
    out["cost"] = recent.groupby("client_id")["cost"].sum()
    out["rework_hours"] = recent[recent["rework"]].groupby("client_id")["hours"].sum()
    out["winding_hours"] = (
        recent[recent["service_line"] == "print design"].groupby("client_id")["hours"].sum()
    )
    revisions = recent[recent["kind"] == "revision"].drop_duplicates(
        ["client_id", "project_id", "day"]
    )
    rounds = revisions.groupby(["client_id", "project_id"]).size()
    out["revision_rounds"] = rounds.groupby(level=0).max()

    invoices = _read(folder, "invoices")
    payments = _read(folder, "payments")
    paid = payments.groupby("invoice_id").agg(paid=("amount", "sum"), paid_on=("paid_on", "max"))
    invoices = invoices.merge(paid, left_on="invoice_id", right_index=True, how="left")
    invoices["issued"] = _days(invoices["issued_on"])
    invoices["due"] = _days(invoices["due_on"])
    invoices["paid_day"] = _days(invoices["paid_on"])
    counts = invoices["status"] != "void"
    window = counts & (invoices["issued"] > today - 365) & (invoices["issued"] <= today)
    out["revenue"] = invoices[window].groupby("client_id")["amount"].sum()
    open_ = (invoices["status"] == "open") & (invoices["paid"].fillna(0) < invoices["amount"])
    overdue = open_ & (invoices["due"] < today)
    invoices["outstanding"] = invoices["amount"] - invoices["paid"].fillna(0)
    out["overdue"] = invoices[overdue].groupby("client_id")["outstanding"].sum()
    out["oldest_overdue"] = (
        (today - invoices[overdue]["due"]).groupby(invoices[overdue]["client_id"]).max()
    )
    late = invoices["paid_day"] > invoices["due"]
    due = counts & (invoices["due"] > today - 365) & (invoices["due"] <= today)
    out["invoices_due"] = invoices[due].groupby("client_id").size()
    out["invoices_late"] = invoices[due & (late | overdue)].groupby("client_id").size()
    out["last_invoice_day"] = invoices[counts].groupby("client_id")["issued"].max()

    messages = _read(folder, "messages")
    local = pd.to_datetime(messages["sent_at"], utc=True).dt.tz_convert("Europe/Paris")
    messages["day"] = (local.dt.tz_localize(None).dt.normalize() - EPOCH).dt.days
    inbound = messages["direction"] == "in"
    reminders = ~inbound & (messages["kind"] == "payment_reminder")
    year = (messages["day"] > today - 365) & (messages["day"] <= today)
    out["reminders"] = messages[reminders & year].groupby("client_id").size()
    # The client's own words of the look-back, classified with the same patterns.
    said = messages[inbound & year].merge(
        clients[["language"]], left_on="client_id", right_index=True, how="left"
    )
    said["body"] = said["body"].fillna("")
    said = classify_texts(said, classes)
    after = (local.dt.hour < 9) | (local.dt.hour >= 18) | (local.dt.weekday >= 5)
    said["after"] = after[said.index]
    quarter = (said["day"] > today - 90) & (said["day"] <= today)
    half = (said["day"] > today - 180) & (said["day"] <= today)
    in_year = (said["day"] > today - 365) & (said["day"] <= today)
    per_client = {
        "abusive_messages": quarter & said["is_abusive"],
        "severe_abusive_messages": quarter & said["is_severe_abuse"],
        "ethics_requests": in_year & said["is_ethics_request"],
        "payment_excuses": in_year & said["is_payment_excuse"],
        "complaints": half & said["is_complaint"],
        "minor_complaints": half & said["is_complaint"] & said["is_minor_complaint"],
        "inbound_messages": quarter,
        "after_hours_messages": quarter & said["after"],
        "urgent_messages": quarter & said["is_urgent"],
        "change_requests": in_year & said["is_change_request"],
    }
    for name, mask in per_client.items():
        out[name] = said[mask].groupby("client_id").size()
    flagged = said[said["is_abusive"] | said["is_complaint"]]
    out["last_flagged_message_day"] = flagged.groupby("client_id")["day"].max()

    incidents = _read(folder, "incidents")
    incidents["day"] = _days(incidents["date"])
    for kind in ("abuse", "ethics", "public_criticism", "referral"):
        out[f"{kind}_incidents"] = incidents[incidents["kind"] == kind].groupby("client_id").size()
    return out.fillna(0)
