"""Hand-made portfolios for the engine's tests: a few steady clients, then the one client
a test is about. Days are given as "days before the scoring day" so a test reads like the
rule it checks ("3 invoices paid 20 days late in the last year")."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pyarrow as pa

from parting import schema

AS_OF = date(2026, 6, 30)


class Portfolio:
    def __init__(self, as_of: date = AS_OF, steady: int = 4) -> None:
        self.as_of = as_of
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in schema.TABLES}
        self._ids = itertools.count(1)
        for n in range(steady):
            self.steady_client(f"steady-{n}")

    def day(self, ago: int) -> date:
        return self.as_of - timedelta(days=ago)

    def _id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def client(self, client_id: str, **values: Any) -> Portfolio:
        since = values.pop("since_ago", 400)
        row = {"client_id": client_id, "name": client_id.title(), "since": self.day(since)}
        self.rows["clients"].append({**row, **values})
        return self

    def steady_client(self, client_id: str) -> Portfolio:
        """Two years together, 10 hours a month at 100 an hour, invoices paid on time, one
        referral: no sign at all."""
        return self.regular(client_id)

    def regular(
        self,
        client_id: str,
        hours: float = 10.0,
        revenue: float | None = 1000.0,
        *,
        months: int = 12,
        start: int = 15,
        since_ago: int = 700,
        referral: bool = True,
        paid_after: int = 20,
        **entry: Any,
    ) -> Portfolio:
        """A client with monthly work and monthly invoices (``revenue`` None: no invoices)."""
        self.client(client_id, since_ago=since_ago)
        if referral:
            self.incident(client_id, since_ago - 100, "referral")
        for month in range(months):
            ago = start + 30 * month
            if hours:
                self.hours(client_id, ago, hours, **entry)
            if revenue is not None:
                self.invoice(client_id, ago, revenue, paid_after=paid_after)
        return self

    def weekdays(self, count: int, first: int = 1) -> list[int]:
        """``count`` days (as "days ago", from ``first``) that fall on Monday to Friday."""
        days: list[int] = []
        ago = first
        while len(days) < count:
            if self.day(ago).weekday() < 5:
                days.append(ago)
            ago += 1
        return days

    def hours(self, client_id: str, ago: int, hours: float, **values: Any) -> Portfolio:
        self.rows["time_entries"].append(
            {
                "entry_id": self._id("t"),
                "client_id": client_id,
                "date": self.day(ago),
                "hours": hours,
                "kind": "work",
                **values,
            }
        )
        return self

    def project(self, project_id: str, client_id: str, **values: Any) -> Portfolio:
        self.rows["projects"].append({"project_id": project_id, "client_id": client_id, **values})
        return self

    def invoice(
        self,
        client_id: str,
        ago: int,
        amount: float,
        *,
        due_in: int = 30,
        paid_after: int | None = None,
        status: str | None = None,
        **values: Any,
    ) -> str:
        invoice_id = self._id("i")
        state = status or ("paid" if paid_after is not None else "open")
        self.rows["invoices"].append(
            {
                "invoice_id": invoice_id,
                "client_id": client_id,
                "issued_on": self.day(ago),
                "due_on": self.day(ago - due_in),
                "amount": amount,
                "status": state,
                **values,
            }
        )
        if paid_after is not None:
            self.rows["payments"].append(
                {
                    "payment_id": self._id("p"),
                    "invoice_id": invoice_id,
                    "paid_on": self.day(ago - paid_after),
                    "amount": amount,
                }
            )
        return invoice_id

    def message(
        self,
        client_id: str,
        ago: int,
        body: str,
        *,
        hour: int = 11,
        direction: str = "in",
        **values: Any,
    ) -> str:
        """A message at ``hour`` o'clock UTC (10 or 11 in Paris: inside working hours)."""
        day = self.day(ago)
        sent = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
        message_id = self._id("m")
        self.rows["messages"].append(
            {
                "message_id": message_id,
                "client_id": client_id,
                "sent_at": sent,
                "direction": direction,
                "body": body,
                **values,
            }
        )
        return message_id

    def incident(self, client_id: str, ago: int, kind: str, **values: Any) -> str:
        incident_id = self._id("x")
        self.rows["incidents"].append(
            {
                "incident_id": incident_id,
                "client_id": client_id,
                "date": self.day(ago),
                "kind": kind,
                **values,
            }
        )
        return incident_id

    def judgement(self, client_id: str, kind: str, sign: str | None = None) -> Portfolio:
        self.rows["judgements"].append({"client_id": client_id, "kind": kind, "sign": sign})
        return self

    def tables(self) -> schema.Tables:
        out: schema.Tables = {}
        for name, rows in self.rows.items():
            spec = schema.TABLES[name].arrow_schema
            full = [{c: r.get(c) for c in spec.names} for r in rows]
            out[name] = pa.Table.from_pylist(full, schema=spec)
        return out
