"""The baseline for ``benchmarks.engine``: the same per-client features, written the
straightforward way in pandas (read everything, then masks and group-bys)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

EPOCH = pd.Timestamp("1970-01-01")


def _read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(folder / name)


def _days(column: pd.Series) -> pd.Series:
    return (pd.to_datetime(column) - EPOCH).dt.days


def features(folder: Path, as_of: date, keywords: dict[str, str]) -> pd.DataFrame:
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
    text = messages["body"].fillna("").str.lower()
    for name, pattern in keywords.items():
        messages[name] = text.str.contains(pattern, regex=True)
    inbound = messages["direction"] == "in"
    after = (local.dt.hour < 9) | (local.dt.hour >= 18) | (local.dt.weekday >= 5)
    quarter = inbound & (messages["day"] > today - 90) & (messages["day"] <= today)
    half = inbound & (messages["day"] > today - 180) & (messages["day"] <= today)
    out["abusive_messages"] = messages[quarter & messages["is_abusive"]].groupby("client_id").size()
    out["complaints"] = messages[half & messages["is_complaint"]].groupby("client_id").size()
    out["inbound_messages"] = messages[quarter].groupby("client_id").size()
    out["after_hours_messages"] = messages[quarter & after].groupby("client_id").size()
    out["urgent_messages"] = messages[quarter & messages["is_urgent"]].groupby("client_id").size()
    out["change_requests"] = (
        messages[inbound & messages["is_change_request"]].groupby("client_id").size()
    )

    incidents = _read(folder, "incidents")
    incidents["day"] = _days(incidents["date"])
    for kind in ("abuse", "ethics", "public_criticism", "referral"):
        out[f"{kind}_incidents"] = incidents[incidents["kind"] == kind].groupby("client_id").size()
    return out.fillna(0)
