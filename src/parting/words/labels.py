"""The engine's ids in words: signs, verdicts and severities, in the reader's language.

The engine speaks in stable ids (``payment_risk``, ``part_ways``); the CLI, the web app and
the letters show these labels instead.

>>> from parting.i18n import activate
>>> activate("en")
>>> verdict_label("part_ways_now"), sign_label("scope_creep")
('Part ways now', 'Scope creep')
"""

from __future__ import annotations

from functools import cache

from parting.i18n import _, gettext_noop


@cache
def sign_labels() -> dict[str, str]:
    """Each sign's label, as declared with the sign (``SignSpec.label``). Read on first use:
    the sign modules bring the engine's libraries, which commands that only list clients
    or incidents never need to load."""
    from parting.engine.signs import SIGNS

    return {spec.id: spec.label for spec in SIGNS}


VERDICT_LABELS = {
    "keep": gettext_noop("Keep"),
    "watch": gettext_noop("Watch"),
    "repair": gettext_noop("Repair"),
    "part_ways": gettext_noop("Part ways"),
    "part_ways_now": gettext_noop("Part ways now"),
}

SEVERITY_LABELS = {
    "immediate": gettext_noop("immediate"),
    "urgent": gettext_noop("urgent"),
    "planned": gettext_noop("to plan"),  # a chip beside the sign: "planned" read as done
    "minor": gettext_noop("minor"),
}

# What a person logs about a client (``parting.schema.INCIDENT_KINDS``) and how serious it was.
INCIDENT_LABELS = {
    "abuse": gettext_noop("Abuse"),
    "ethics": gettext_noop("Ethics"),
    "public_criticism": gettext_noop("Public criticism"),
    "remediation": gettext_noop("Remediation"),
    "referral": gettext_noop("Referral"),
    "scope_dispute": gettext_noop("Scope dispute"),
    "other": gettext_noop("Other"),
}

INCIDENT_SEVERITY_LABELS = {
    "low": gettext_noop("low"),
    "medium": gettext_noop("medium"),
    "high": gettext_noop("high"),
}

# A person's judgement that tempers a verdict (``parting.schema.JUDGEMENT_KINDS``).
JUDGEMENT_LABELS = {
    "will_pass": gettext_noop("This will pass"),
    "relationship": gettext_noop("A relationship worth keeping"),
}

# The goodbye move a plan follows for its main sign (``parting.playbook.moves``).
MOVE_LABELS = {
    "not_you_its_us": gettext_noop("it's not you, it's us"),
    "name_the_behaviour": gettext_noop("name the behaviour"),
    "risk_averse": gettext_noop("out of caution"),
    "payment": gettext_noop("settle what is owed"),
    "open_ended": gettext_noop("an open talk about fit"),
}


# The classes a message is read into (``parting.text.classify.CLASSES``, without "is_").
MESSAGE_CLASS_LABELS = {
    "abusive": gettext_noop("abuse"),
    "severe_abuse": gettext_noop("threat or severe abuse"),
    "complaint": gettext_noop("complaint"),
    "minor_complaint": gettext_noop("small complaint"),
    "payment_excuse": gettext_noop("payment excuse"),
    "change_request": gettext_noop("change request"),
    "ethics_request": gettext_noop("request against your ethics"),
    "urgent": gettext_noop("urgent request"),
    "entitled": gettext_noop("sense of entitlement"),
    "know_better": gettext_noop("second-guessing your expertise"),
}


def message_class_label(name: str) -> str:
    """``is_payment_excuse`` or ``payment_excuse`` in words."""
    key = name.removeprefix("is_")
    return _(MESSAGE_CLASS_LABELS[key]) if key in MESSAGE_CLASS_LABELS else name


def sign_label(sign_id: str) -> str:
    labels = sign_labels()
    return _(labels[sign_id]) if sign_id in labels else sign_id


def verdict_label(verdict: str) -> str:
    return _(VERDICT_LABELS[verdict]) if verdict in VERDICT_LABELS else verdict


def severity_label(severity: str) -> str:
    return _(SEVERITY_LABELS[severity]) if severity in SEVERITY_LABELS else severity


def move_label(move: str) -> str:
    return _(MOVE_LABELS[move]) if move in MOVE_LABELS else move


def incident_label(kind: str) -> str:
    return _(INCIDENT_LABELS[kind]) if kind in INCIDENT_LABELS else kind.replace("_", " ")


def incident_severity_label(level: str) -> str:
    return _(INCIDENT_SEVERITY_LABELS[level]) if level in INCIDENT_SEVERITY_LABELS else level
