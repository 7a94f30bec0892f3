"""What the data cannot see: incidents a person logs, and judgements that temper a verdict."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date as Date
from typing import Any

from parting.errors import InputError, Location, NotFoundError
from parting.i18n import _
from parting.schema import INCIDENT_KINDS, JUDGEMENT_KINDS, SEVERITIES
from parting.store.clients import get_client
from parting.store.models import Incident, Judgement
from parting.words.choices import chosen, spoken_list
from parting.words.labels import INCIDENT_LABELS, INCIDENT_SEVERITY_LABELS, JUDGEMENT_LABELS


def _choice(
    value: str, allowed: tuple[str, ...], what: str, labels: Mapping[str, str] | None = None
) -> str:
    """The id ``value`` names: typed on the command line as a word (``public-criticism``,
    a label in the reader's language, or the old ``public_criticism``); the web offers
    only the allowed ids."""
    found = chosen(value, allowed, labels)
    if found is None:
        raise InputError(
            _("{value} is not one of the allowed values.").format(value=value),
            fix=_("Use one of: {choices}.").format(choices=spoken_list(allowed)),
            where=Location(option=f"--{what}", value=value),
        )
    return found


def add_incident(
    client_id: str,
    kind: str,
    severity: str = "",
    note: str = "",
    date: Date | None = None,
    staff: str = "",
    user: Any = None,
) -> Incident:
    """Log an incident (abuse, ethics, public criticism, …) for a client; dated today
    unless ``date`` is given."""
    client = get_client(client_id)
    kind = _choice(kind, INCIDENT_KINDS, "kind", INCIDENT_LABELS)
    if severity:
        severity = _choice(severity, SEVERITIES, "severity", INCIDENT_SEVERITY_LABELS)
    return Incident.objects.create(
        incident_id=f"logged:{uuid.uuid4().hex[:12]}",
        client=client,
        date=date or Date.today(),
        kind=kind,
        severity=severity,
        staff=staff,
        note=note,
        logged_by=user,
    )


def list_incidents(client_id: str | None = None) -> list[Incident]:
    incidents = Incident.objects.select_related("client").order_by("-date", "-pk")
    if client_id:
        get_client(client_id)
        incidents = incidents.filter(client_id=client_id)
    return list(incidents)


def remove_incident(incident_id: str) -> None:
    deleted, _count = Incident.objects.filter(incident_id=incident_id).delete()
    if not deleted:
        raise NotFoundError(
            _("There is no incident {id}. See them with: parting incident list").format(
                id=incident_id
            )
        )


def add_judgement(
    client_id: str,
    kind: str,
    sign: str = "",
    note: str = "",
    date: Date | None = None,
    user: Any = None,
) -> Judgement:
    """Record a person's judgement: a sign whose cause will pass, or a relationship to
    protect."""
    client = get_client(client_id)
    kind = _choice(kind, JUDGEMENT_KINDS, "kind", JUDGEMENT_LABELS)
    if sign:
        from parting.words.labels import sign_labels  # the signs load only when needed

        sign = _choice(sign, tuple(sign_labels()), "sign", sign_labels())
    return Judgement.objects.create(
        client=client,
        kind=kind,
        sign=sign,
        date=date or Date.today(),
        note=note,
        recorded_by=user,
    )
