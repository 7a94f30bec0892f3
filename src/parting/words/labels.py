"""The engine's ids in words: signs, verdicts and severities, in the reader's language.

The engine speaks in stable ids (``payment_risk``, ``part_ways``); the CLI, the web app and
the letters show these labels instead.

>>> from parting.i18n import activate
>>> activate("en")
>>> verdict_label("part_ways_now"), sign_label("scope_creep")
('Part ways now', 'Scope creep')
"""

from __future__ import annotations

from parting.i18n import _, gettext_noop

SIGN_LABELS = {
    "drain": gettext_noop("Drains the team"),
    "abuse": gettext_noop("Abusive to staff"),
    "unethical": gettext_noop("Questionable practices"),
    "payment_risk": gettext_noop("Payment risk"),
    "grown_apart": gettext_noop("Grown apart"),
    "complainer": gettext_noop("Constant complaints"),
    "no_potential": gettext_noop("No growth potential"),
    "no_referrals": gettext_noop("Never refers anyone"),
    "unprofitable": gettext_noop("Not profitable"),
    "off_mission": gettext_noop("Off our mission"),
    "boundaries": gettext_noop("Ignores boundaries"),
    "scope_creep": gettext_noop("Scope creep"),
    "unpleasable": gettext_noop("Nothing satisfies them"),
}

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
    "planned": gettext_noop("planned"),
    "minor": gettext_noop("minor"),
}

# The goodbye move a plan follows for its main sign (``parting.playbook.moves``).
MOVE_LABELS = {
    "not_you_its_us": gettext_noop("it's not you, it's us"),
    "name_the_behaviour": gettext_noop("name the behaviour"),
    "risk_averse": gettext_noop("out of caution"),
    "payment": gettext_noop("settle what is owed"),
    "open_ended": gettext_noop("an open talk about fit"),
}


def sign_label(sign_id: str) -> str:
    return _(SIGN_LABELS[sign_id]) if sign_id in SIGN_LABELS else sign_id


def verdict_label(verdict: str) -> str:
    return _(VERDICT_LABELS[verdict]) if verdict in VERDICT_LABELS else verdict


def severity_label(severity: str) -> str:
    return _(SEVERITY_LABELS[severity]) if severity in SEVERITY_LABELS else severity


def move_label(move: str) -> str:
    return _(MOVE_LABELS[move]) if move in MOVE_LABELS else move
