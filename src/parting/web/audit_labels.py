"""One audit entry as a sentence in the reader's language (``{{ entry|audit_label }}``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _

from parting.store.models import AuditEntry
from parting.web import formats, labels


def audit_label(entry: AuditEntry) -> str:
    what = entry.what or {}
    day = formats.day(what.get("date")) if what.get("date") else ""
    if entry.action == "incident_logged":
        return _("Logged an incident: %(kind)s, %(day)s.") % {
            "kind": labels.incident_label(what.get("kind", "")),
            "day": day,
        }
    if entry.action == "incident_edited":
        return _("Edited the incident %(kind)s of %(day)s.") % {
            "kind": labels.incident_label(what.get("kind", "")),
            "day": day,
        }
    if entry.action == "incident_removed":
        return _("Removed the incident %(kind)s of %(day)s.") % {
            "kind": labels.incident_label(what.get("kind", "")),
            "day": day,
        }
    if entry.action == "judgement_recorded":
        return _("Recorded a judgement: %(kind)s.") % {
            "kind": labels.judgement_label(what.get("kind", ""))
        }
    if entry.action == "judgement_removed":
        return _("Withdrew the judgement %(kind)s of %(day)s.") % {
            "kind": labels.judgement_label(what.get("kind", "")),
            "day": day,
        }
    if entry.action == "merged":
        return _("Merged %(other)s into this client.") % {"other": what.get("other", "")}
    if entry.action == "linked":
        return _("Linked “%(name)s” to this client.") % {"name": what.get("name", "")}
    if entry.action == "merge_undone":
        return _("Undid the merge of %(other)s into %(into)s.") % {
            "other": what.get("other", ""),
            "into": what.get("into", ""),
        }
    if entry.action == "link_undone":
        return _("Undid the link of “%(name)s” to this client.") % {"name": what.get("name", "")}
    if entry.action == "staff_added":
        return _("Added %(user)s as staff.") % {"user": what.get("user", "")}
    if entry.action == "staff_invited":
        return _("Invited %(user)s as staff.") % {"user": what.get("user", "")}
    if entry.action == "staff_removed":
        return _("Removed %(user)s: they can no longer log in.") % {"user": what.get("user", "")}
    if entry.action == "role_changed":
        role = _("owner") if what.get("role") == "owner" else _("staff")
        return _("Made %(user)s %(role)s.") % {"user": what.get("user", ""), "role": role}
    if entry.action == "password_link":
        return _("Made a link for %(user)s to set a new password.") % {"user": what.get("user", "")}
    if entry.action == "demo_removed":
        return _("Removed the demo portfolio.")
    if entry.action == "import_deleted":
        removed = sum((what.get("removed") or {}).values())
        return _(
            "Deleted the import of %(file)s. Rows removed: %(rows)s; clients removed: %(clients)s."
        ) % {
            "file": what.get("source", ""),
            "rows": formats.number(removed),
            "clients": formats.number(len(what.get("clients_removed") or [])),
        } + (
            " "
            + _("Rows it had changed, back as they were: %(rows)s.")
            % {"rows": formats.number(what["restored"])}
            if what.get("restored")
            else ""
        )
    return _("Changed the client's records.")


def audit_changes(entry: AuditEntry) -> list[str]:
    """An edit's fields as they were and as they are: "Severity: high → low"."""
    what = entry.what or {}
    before, after = what.get("before") or {}, what.get("after") or {}
    shown: dict[str, tuple[str, Callable[[Any], str]]] = {
        "kind": (_("What happened"), labels.incident_label),
        "severity": (_("Severity"), lambda v: str(labels.SEVERITY_CHOICES.get(v, v))),
        "date": (_("Date"), formats.day),
        "staff": (_("Staff involved"), str),
        "note": (_("Note"), str),
    }
    lines = []
    for name, (label, show) in shown.items():
        if before.get(name) != after.get(name):
            was = show(before[name]) if before.get(name) else "—"
            now = show(after[name]) if after.get(name) else "—"
            lines.append(f"{label}: {was} → {now}")
    return lines
