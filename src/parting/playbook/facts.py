"""The facts an exit plan rests on, computed from one client's records (DOMAIN §3).

Money still owed decides whether the announcement must wait; paid-but-undelivered work is
what must be finished first; the last invoice is the goodwill gesture on offer; referral
partners are matched on the service lines the client buys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from parting.config import Config, ReferralPartner
from parting.engine.results import ClientVerdict
from parting.playbook.moves import offers_referrals
from parting.playbook.records import ClientRecords, Row
from parting.words.formats import owes

# Incidents that are not a clash: they do not restart the cool-off.
CALM_INCIDENTS = frozenset({"remediation", "referral"})


@dataclass
class Undelivered:
    project_id: str
    name: str
    fixed_fee: float
    ends_on: date | None


@dataclass
class PlanFacts:
    currency: str
    money_owed: float = 0.0
    owed_invoices: list[str] = field(default_factory=list)
    undelivered: list[Undelivered] = field(default_factory=list)
    goodwill_amount: float = 0.0
    goodwill_invoice: str | None = None
    partners: list[ReferralPartner] = field(default_factory=list)
    service_lines: list[str] = field(default_factory=list)
    last_incident: date | None = None
    deliverable_end: date | None = None
    contract_notice_days: int = 0
    # "recurring": they rely on regular work (a retainer, maintenance), so they get notice;
    # "one_off": a project, so finishing what is in progress is the notice.
    engagement: str = "recurring"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_incident", "deliverable_end"):
            data[key] = data[key].isoformat() if data[key] else None
        for item in data["undelivered"]:
            item["ends_on"] = item["ends_on"].isoformat() if item["ends_on"] else None
        return data


def owed_invoices(records: ClientRecords, start: date) -> list[str]:
    """The invoices issued by ``start`` that are not paid in full: the ones the plan names
    when it says what to collect. The amount is the engine's (``ClientVerdict.owed``), the
    figure the client page shows; it is not summed again here."""
    ids = []
    for invoice in records.invoices:
        if invoice["status"] in ("paid", "void", "written_off"):
            continue
        if invoice["issued_on"] and invoice["issued_on"] > start:
            continue
        net = (invoice["amount"] or 0.0) - (invoice.get("discount") or 0.0)
        if net - records.paid_on(invoice["invoice_id"]) > 0.005:
            ids.append(invoice["invoice_id"])
    return ids


def _is_open(project: Row, start: date) -> bool:
    begun = project["started_on"] is None or project["started_on"] <= start
    return begun and (project["ended_on"] is None or project["ended_on"] > start)


def _undelivered(records: ClientRecords, start: date) -> list[Undelivered]:
    """Fixed-fee projects still open that an invoice issued since they began has billed."""
    billed = [i for i in records.invoices if i["status"] != "void"]
    out = []
    for project in records.projects:
        if not (project["fixed_fee"] or 0) > 0 or not _is_open(project, start):
            continue
        began = project["started_on"]
        if any(began is None or (i["issued_on"] and i["issued_on"] >= began) for i in billed):
            out.append(
                Undelivered(
                    project["project_id"],
                    project["name"] or project["project_id"],
                    float(project["fixed_fee"]),
                    project["ended_on"],
                )
            )
    return out


def _engagement(records: ClientRecords, start: date) -> str:
    """One-off only when the projects (those open, else all) all say they do not recur: an
    unknown engagement gets the notice of regular work, the kinder mistake."""
    open_now = [p for p in records.projects if _is_open(p, start)]
    projects = open_now or records.projects
    if projects and all(p.get("recurring") is False for p in projects):
        return "one_off"
    return "recurring"


def _last_invoice(records: ClientRecords, start: date) -> Row | None:
    issued = [
        i
        for i in records.invoices
        if i["status"] != "void" and i["issued_on"] and i["issued_on"] <= start
    ]
    return max(issued, key=lambda i: (i["issued_on"], i["invoice_id"]), default=None)


def _partners(config: Config, lines: list[str], sign: str | None) -> list[ReferralPartner]:
    if not offers_referrals(sign):
        return []
    wanted = {line.casefold() for line in lines}
    return [p for p in config.referral_partners if p.service_line.casefold() in wanted]


def plan_facts(
    verdict: ClientVerdict,
    records: ClientRecords,
    config: Config,
    start: date,
    contract_notice_days: int | None = None,
) -> PlanFacts:
    """Everything the plan needs to know about the money, the work and the partners: what
    is owed is the verdict's figure, the one every surface shows."""
    sign = verdict.main_sign.id if verdict.main_sign else None
    owed = round(verdict.owed, 2)
    owed_ids = owed_invoices(records, start) if owes(owed) else []
    last = _last_invoice(records, start)
    lines = sorted({p["service_line"] for p in records.projects if p["service_line"]})
    clashes = [
        i["date"] for i in records.incidents if i["kind"] not in CALM_INCIDENTS and i["date"]
    ]
    open_ends = [p["ended_on"] for p in records.projects if p["ended_on"] and _is_open(p, start)]
    notice = config.settings.plan.contract_notice_days
    return PlanFacts(
        currency=(last or {}).get("currency") or config.currency,
        money_owed=owed,
        owed_invoices=owed_ids,
        undelivered=_undelivered(records, start),
        goodwill_amount=float(last["amount"]) if last else 0.0,
        goodwill_invoice=last["invoice_id"] if last else None,
        partners=_partners(config, lines, sign),
        service_lines=lines,
        last_incident=max(clashes, default=None),
        deliverable_end=max(open_ends, default=None),
        contract_notice_days=int(notice if contract_notice_days is None else contract_notice_days),
        engagement=_engagement(records, start),
    )
