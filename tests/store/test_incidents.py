"""Incidents and judgements a person records: what the data cannot see."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parting.errors import InputError, NotFoundError
from parting.store.incidents import (
    add_incident,
    add_judgement,
    list_incidents,
    remove_incident,
)
from parting.store.models import Incident, Judgement

pytestmark = pytest.mark.django_db


def test_an_incident_is_logged_with_its_kind_severity_and_date(imported: Path) -> None:
    incident = add_incident("acme", "abuse", "high", "Swore at Luc", date(2026, 3, 2), staff="Luc")
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.client_id, stored.kind, stored.severity, stored.date, stored.staff) == (
        "acme",
        "abuse",
        "high",
        date(2026, 3, 2),
        "Luc",
    )
    assert stored.incident_id.startswith("logged:")


def test_an_incident_without_a_date_is_dated_today(imported: Path) -> None:
    assert add_incident("kolo", "referral").date == date.today()


def test_an_unknown_kind_or_severity_is_refused_with_the_choices(imported: Path) -> None:
    with pytest.raises(InputError) as caught:
        add_incident("acme", "rudeness")
    assert "abuse" in caught.value.fix
    assert "--kind" in str(caught.value) and "column" not in str(caught.value)
    with pytest.raises(InputError):
        add_incident("acme", "abuse", severity="extreme")
    assert Incident.objects.count() == 1  # the imported one


def test_an_incident_for_an_unknown_client_is_refused(imported: Path) -> None:
    with pytest.raises(NotFoundError):
        add_incident("nobody", "abuse")


def test_incidents_are_listed_newest_first_and_by_client(imported: Path) -> None:
    add_incident("acme", "remediation", date=date(2026, 3, 9))
    add_incident("kolo", "other", date=date(2026, 3, 1))
    assert [i.date.isoformat() for i in list_incidents()] == [
        "2026-03-09",
        "2026-03-01",
        "2026-02-05",
    ]
    assert [i.kind for i in list_incidents("acme")] == ["remediation", "abuse"]


def test_removing_an_incident_by_its_id(imported: Path) -> None:
    remove_incident("inc1")
    assert not Incident.objects.filter(incident_id="inc1").exists()
    with pytest.raises(NotFoundError):
        remove_incident("inc1")


def test_a_judgement_names_the_sign_whose_cause_will_pass(imported: Path) -> None:
    judgement = add_judgement("acme", "will_pass", "payment_risk", "Cash-flow dip")
    assert (judgement.kind, judgement.sign, judgement.date) == (
        "will_pass",
        "payment_risk",
        date.today(),
    )
    with pytest.raises(InputError):
        add_judgement("acme", "will_pass", "laziness")
    with pytest.raises(InputError):
        add_judgement("acme", "forgive")
    assert Judgement.objects.count() == 2
