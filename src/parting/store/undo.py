"""Taking back what a person did to the clients an import found: a merge, a link, or a
whole import. Each is undone in one transaction, from what was noted when it was done
(``AuditEntry.undo``), and only as far as that is still true: rows imported or logged
after a merge stay with the client they were stored on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from parting.errors import InputError, NotFoundError
from parting.i18n import _
from parting.store.client_refs import PARTING_CSV
from parting.store.models import (
    AuditEntry,
    Client,
    ClientAlias,
    ImportBatch,
    Incident,
    Invoice,
    Judgement,
    Message,
    Payment,
    Plan,
    Project,
    TimeEntry,
    UnmatchedRef,
    VerdictRecord,
)

# What a merge moves from the client merged away to the one kept, by client field.
MOVED_BY_MERGE: dict[str, type[models.Model]] = {
    "projects": Project,
    "time_entries": TimeEntry,
    "invoices": Invoice,
    "messages": Message,
    "incidents": Incident,
    "judgements": Judgement,
    "plans": Plan,
    "verdicts": VerdictRecord,
    "aliases": ClientAlias,
}
# What a link may release onto a client (the rows that waited on its name).
RELEASED_BY_LINK: dict[str, type[models.Model]] = {
    "projects": Project,
    "invoices": Invoice,
    "time_entries": TimeEntry,
    "incidents": Incident,
    "judgements": Judgement,
}


def _pks(model: type[models.Model], **where: Any) -> list[Any]:
    return list(model._default_manager.filter(**where).values_list("pk", flat=True))


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


# --- merge ---------------------------------------------------------------------------


def before_merge(into: str, other: str) -> dict[str, Any]:
    """What undoing the merge of ``other`` into ``into`` needs, noted before it is done."""
    kept = Client.objects.get(pk=into)
    gone = Client.objects.get(pk=other)
    fields = [f.name for f in Client._meta.concrete_fields if f.name not in ("created_at",)]
    return {
        "into": into,
        "other": other,
        "client": {name: _jsonable(getattr(gone, name)) for name in fields},
        "kept": {name: _jsonable(getattr(kept, name)) for name in fields},
        "moved": {name: _pks(model, client_id=other) for name, model in MOVED_BY_MERGE.items()},
        "resolved": _pks(UnmatchedRef, resolved_to_id=other),
        "referred": _pks(Client, referred_by=other),
        "audit": _pks(AuditEntry, client_id=other),
        "alias_made": not ClientAlias.objects.filter(source=PARTING_CSV, key=other).exists(),
    }


def undo_merge(note: dict[str, Any]) -> Client:
    """The merged client back, with the records it brought, as they were before."""
    into, other = note["into"], note["other"]
    if Client.objects.filter(pk=other).exists():
        raise InputError(
            _("{name} is already a client again.").format(name=note["client"]["name"]),
            fix=_("Nothing needs undoing."),
        )
    kept = Client.objects.filter(pk=into).first()
    if kept is None:
        raise NotFoundError(_("The client this merge went into is no longer here."))
    restored = Client(**note["client"])
    restored.save(force_insert=True)
    for name, model in MOVED_BY_MERGE.items():
        model._default_manager.filter(pk__in=note["moved"][name], client_id=into).update(
            client_id=other
        )
    UnmatchedRef.objects.filter(pk__in=note["resolved"], resolved_to_id=into).update(
        resolved_to_id=other
    )
    Client.objects.filter(pk__in=note["referred"], referred_by=into).update(referred_by=other)
    AuditEntry.objects.filter(pk__in=note["audit"], client_id=into).update(client_id=other)
    if note["alias_made"]:
        ClientAlias.objects.filter(source=PARTING_CSV, key=other, client_id=into).delete()
    # The details the merge filled in on the client kept, emptied again where unchanged since.
    changed = []
    for name, before in note["kept"].items():
        gave = note["client"].get(name)
        filled = before in ("", None) and gave not in ("", None)
        if filled and _jsonable(getattr(kept, name)) == gave:
            setattr(kept, name, before)
            changed.append(name)
    if changed:
        kept.save(update_fields=[*changed, "updated_at"])
    return restored


# --- link ----------------------------------------------------------------------------


def _released_pks(client_id: str) -> dict[str, list[Any]]:
    out = {name: _pks(model, client_id=client_id) for name, model in RELEASED_BY_LINK.items()}
    out["payments"] = _pks(Payment, invoice__client_id=client_id)
    return out


def before_link(refs: list[UnmatchedRef], client_id: str) -> dict[str, Any]:
    """What undoing a link needs: each ref's waiting rows and the alias it replaces, and
    the rows the client has now (the link's are those it has after and not before)."""
    return {
        "client": client_id,
        "refs": [
            {
                "pk": ref.pk,
                "pending": ref.pending,
                "messages": _pks(Message, client__isnull=True, unmatched_address=ref.address),
                "alias": ClientAlias.objects.filter(source=ref.source, key=ref.key)
                .values("client_id", "name", "email")
                .first(),
            }
            for ref in refs
        ],
        "had": _released_pks(client_id),
    }


def after_link(note: dict[str, Any]) -> dict[str, Any]:
    """The note completed with the rows the link put on the client."""
    had = note.pop("had")
    now = _released_pks(note["client"])
    note["released"] = {
        name: sorted(set(pks) - set(had[name]), key=str) for name, pks in now.items()
    }
    return note


def undo_link(note: dict[str, Any]) -> None:
    """The name or address waits again, with its rows, for a person to link it."""
    client_id = note["client"]
    released = note["released"]
    Payment.objects.filter(pk__in=released["payments"]).delete()
    for name in ("time_entries", "incidents", "judgements", "invoices", "projects"):
        model = RELEASED_BY_LINK[name]
        model._default_manager.filter(pk__in=released[name], client_id=client_id).delete()
    for each in note["refs"]:
        ref = UnmatchedRef.objects.filter(pk=each["pk"]).first()
        if ref is None:
            continue  # its import was deleted since
        Message.objects.filter(pk__in=each["messages"], client_id=client_id).update(
            client=None, unmatched_address=ref.address
        )
        alias = ClientAlias.objects.filter(source=ref.source, key=ref.key)
        if each["alias"] is None:
            alias.delete()
        else:
            alias.update(**each["alias"])
        ref.pending = each["pending"]
        ref.resolved_to = None
        ref.save(update_fields=["pending", "resolved_to"])


# --- a whole import ------------------------------------------------------------------


def delete_import(batch: ImportBatch, every_client: bool = False) -> dict[str, Any]:
    """Take back what ``batch`` did: the rows it overwrote get their values back (where
    nothing changed them since), then its rows, the names it left unmatched and the
    clients it created go — unless a person has since logged something on one, or another
    import brought it rows, in which case that client stays (``every_client``: it goes all
    the same, as a demo's made-up clients do). Returns what was done, for the audit log."""
    with transaction.atomic():
        restored = _restore_replaced(batch)
        removed = {
            "payments": Payment.objects.filter(batch=batch).delete()[0],
            "time_entries": TimeEntry.objects.filter(batch=batch).delete()[0],
            "messages": Message.objects.filter(batch=batch).delete()[0],
        }
        removed["invoices"] = Invoice.objects.filter(batch=batch).delete()[0]
        created = list((batch.summary or {}).get("new_clients", []))
        names = dict(Client.objects.filter(pk__in=created).values_list("pk", "name"))
        kept = [] if every_client else [cid for cid in names if _still_used(cid)]
        gone = [cid for cid in names if cid not in kept]
        Client.objects.filter(pk__in=gone).delete()
        facts = {
            "source": batch.source,
            "format": batch.format,
            "started_at": batch.started_at.isoformat(),
            "removed": removed,
            "restored": restored,
            "clients_removed": sorted(names[c] for c in gone),
            "clients_kept": sorted(names[c] for c in kept),
        }
        batch.delete()  # and the names it left unmatched, with their waiting rows
    return facts


def _restore_replaced(batch: ImportBatch) -> int:
    """Put back the values ``batch`` overwrote, row by row, where the row still holds what
    the import wrote (a later import or a person changed it otherwise: that stays). A row
    it took over from an earlier import goes back to that import."""
    from parting.store.models import ReplacedRow
    from parting.store.upsert import jsonable, model_for

    restored = 0
    for note in ReplacedRow.objects.filter(batch=batch).order_by("pk").iterator():
        model = model_for(note.table)
        rows = model._default_manager.filter(pk=note.row_pk)
        now = rows.values(*note.after).first()
        if now is None or jsonable(now) != note.after:
            continue
        values = dict(note.before)
        earlier = values.get("batch_id")
        if earlier is not None and not ImportBatch.objects.filter(pk=earlier).exists():
            values["batch_id"] = None
        restored += rows.update(**values)
    return restored


def _still_used(client_id: str) -> bool:
    return any(
        model._default_manager.filter(client_id=client_id).exists()
        for model in (TimeEntry, Invoice, Message, Incident, Judgement, Plan)
    )


def mark_undone(entry: AuditEntry) -> None:
    entry.undone_at = timezone.now()
    entry.save(update_fields=["undone_at"])
