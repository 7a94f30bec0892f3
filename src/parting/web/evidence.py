"""A client's evidence, as the client page shows it: every record a sign cites, fetched
in one query per table and laid out on one timeline, newest first.

The verdict record names the records (``signs[i].evidence.records``: table -> ids) and the
words that matched in each message; the rows themselves come from the workspace tables.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from parting.store.models import (
    Client,
    Incident,
    Invoice,
    Message,
    Project,
    TimeEntry,
    VerdictRecord,
)
from parting.words.figures import FigureRow
from parting.words.figures import rows as figure_rows

# A sign can cite hundreds of time entries; the page shows the newest of each kind.
MAX_PER_TABLE = 30
MAX_IDS = 2000


@dataclass
class Item:
    """One dated record on the timeline."""

    day: date
    kind: str  # message, invoice, time_entry, incident, project
    record_id: str
    signs: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    row: Any = None
    days_late: int | None = None
    paid: float = 0.0


@dataclass
class SignView:
    id: str
    severity: str
    first_seen: str | None
    weak: bool
    figures: list[FigureRow]  # label, value and threshold in the reader's language
    deciding: str  # the figure whose threshold made the sign fire
    counts: dict[str, int]


@dataclass
class ClientEvidence:
    signs: list[SignView]
    timeline: list[Item]
    hidden: int  # records cited but beyond MAX_PER_TABLE


def _cited(
    signs: list[dict[str, Any]],
) -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """table -> record id -> the signs citing it; and message id -> matched words."""
    cited: dict[str, dict[str, list[str]]] = defaultdict(dict)
    words: dict[str, list[str]] = defaultdict(list)
    for sign in signs:
        evidence = sign.get("evidence") or {}
        for table, ids in (evidence.get("records") or {}).items():
            for record_id in ids:
                cited[table].setdefault(str(record_id), []).append(sign["id"])
        for message_id, matched in (evidence.get("words") or {}).items():
            words[str(message_id)].extend(matched)
    return cited, words


def _sign_view(sign: dict[str, Any], currency: str, margins: bool) -> SignView:
    evidence = sign.get("evidence") or {}
    figures = figure_rows(evidence.get("figures") or {}, currency, sign.get("deciding") or "")
    return SignView(
        id=sign["id"],
        severity=sign.get("severity", ""),
        first_seen=sign.get("first_seen"),
        weak=bool(sign.get("weak")),
        # A reader the owner does not let see margins sees no figure made from one.
        figures=[f for f in figures if margins or not is_margin_figure(f.id)],
        deciding=sign.get("deciding") or "",
        counts={t: len(ids) for t, ids in (evidence.get("records") or {}).items() if ids},
    )


def _ids(cited: dict[str, dict[str, list[str]]], table: str) -> list[str]:
    # Bounded so one query stays within every database's limit on bound parameters; the
    # query then keeps the newest MAX_PER_TABLE of them.
    return list(cited.get(table, {}))[:MAX_IDS]


def _days_late(invoice: Invoice, as_of: date) -> tuple[int | None, float]:
    payments = list(invoice.payments.all())
    paid = sum(p.amount for p in payments)
    if invoice.status in ("void", "written_off"):
        return None, paid
    if paid >= invoice.amount - 0.005 and payments:
        last = max(p.paid_on for p in payments)
        return max(0, (last - invoice.due_on).days), paid
    return max(0, (as_of - invoice.due_on).days), paid


# Figures that tell a client's margin (the cost of staff time gives it away too).
MARGIN_FIGURES = frozenset({"margin", "margin_share", "cost"})


def is_margin_figure(figure_id: str) -> bool:
    return figure_id in MARGIN_FIGURES


def client_evidence(
    client: Client,
    record: VerdictRecord | None,
    as_of: date,
    currency: str,
    margins: bool = True,
    limit: int = MAX_PER_TABLE,
) -> ClientEvidence:
    """The signs and the records they cite, the newest ``limit`` of each kind (the page
    shows a few, an export all of them); ``margins`` False leaves out margin figures."""
    from parting.text.written import one_per_span

    signs = list(record.signs) if record else []
    cited, words = _cited(signs)
    items: list[Item] = []
    total = sum(len(ids) for ids in cited.values())

    ids = _ids(cited, "messages")
    for m in Message.objects.filter(client=client, message_id__in=ids).order_by("-sent_at")[:limit]:
        items.append(
            Item(
                m.sent_at.date(),
                "message",
                m.message_id,
                cited["messages"][m.message_id],
                # Several signs may cite one message: its words quoted once.
                one_per_span(m.body or "", words.get(m.message_id, [])),
                m,
            )
        )
    ids = _ids(cited, "invoices")
    for inv in (
        Invoice.objects.filter(client=client, invoice_id__in=ids)
        .prefetch_related("payments")
        .order_by("-issued_on")[:limit]
    ):
        late, paid = _days_late(inv, as_of)
        items.append(
            Item(
                inv.issued_on,
                "invoice",
                inv.invoice_id,
                cited["invoices"][inv.invoice_id],
                row=inv,
                days_late=late,
                paid=paid,
            )
        )
    ids = _ids(cited, "time_entries")
    for t in TimeEntry.objects.filter(client=client, entry_id__in=ids).order_by("-date")[:limit]:
        items.append(
            Item(t.date, "time_entry", t.entry_id, cited["time_entries"][t.entry_id], row=t)
        )
    ids = _ids(cited, "incidents")
    for i in Incident.objects.filter(client=client, incident_id__in=ids).order_by("-date")[:limit]:
        items.append(
            Item(i.date, "incident", i.incident_id, cited["incidents"][i.incident_id], row=i)
        )

    ids = _ids(cited, "projects")
    for p in Project.objects.filter(client=client, project_id__in=ids).order_by("-started_on")[
        :limit
    ]:
        # A project without a start date is placed on the day of the verdict.
        items.append(
            Item(
                p.started_on or as_of,
                "project",
                p.project_id,
                cited["projects"][p.project_id],
                row=p,
            )
        )

    items.sort(key=lambda item: item.day, reverse=True)
    return ClientEvidence(
        [_sign_view(s, currency, margins) for s in signs], items, max(0, total - len(items))
    )
