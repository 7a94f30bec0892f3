"""The audit log: every change a person makes to what the verdicts read, and every undo,
with who, when, what and why. The web's client page shows a client's entries."""

from __future__ import annotations

from typing import Any

from parting.store.models import AuditEntry, Incident, Judgement


def record(
    action: str,
    *,
    user: Any = None,
    client_id: str = "",
    what: dict[str, Any],
    why: str = "",
    undo: dict[str, Any] | None = None,
) -> AuditEntry:
    return AuditEntry.objects.create(
        action=action,
        user=user if getattr(user, "is_authenticated", False) else None,
        client_id=client_id,
        what=what,
        why=why.strip(),
        undo=undo or {},
    )


# The changes the owner can take back from the log (``parting.store.undo``).
UNDOABLE = ("merged", "linked")


def can_undo(entry: AuditEntry) -> bool:
    return entry.action in UNDOABLE and entry.undone_at is None and bool(entry.undo)


def for_workspace(actions: tuple[str, ...], limit: int = 20) -> list[AuditEntry]:
    """Changes to no one client (an import deleted, an account added), newest first."""
    entries = AuditEntry.objects.filter(client_id="", action__in=actions)
    return list(entries.select_related("user")[:limit])


def for_client(client_id: str, limit: int = 50) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(client_id=client_id).select_related("user")[:limit])


def incident_facts(incident: Incident) -> dict[str, Any]:
    return {
        "kind": incident.kind,
        "severity": incident.severity,
        "date": incident.date.isoformat(),
        "staff": incident.staff,
        "note": incident.note,
    }


def judgement_facts(judgement: Judgement) -> dict[str, Any]:
    return {
        "kind": judgement.kind,
        "sign": judgement.sign,
        "date": judgement.date.isoformat(),
        "note": judgement.note,
    }
