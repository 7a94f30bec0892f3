"""What the web shows for the engine's ids: signs, verdicts, severities, evidence figures.

The engine speaks in stable ids (``payment_risk``, ``part_ways``); people read these
translated labels.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The engine's ids in words, shared with the CLI and the letters.
from parting.words import labels as words
from parting.words.labels import severity_label, sign_label, sign_labels, verdict_label

__all__ = ["severity_label", "sign_label", "verdict_label"]

TEMPER_LABELS = {
    "long_standing": _("a long-standing client"),
    "relationship": _("a valued relationship"),
    "will_pass": _("judged likely to pass"),
    "cool_off": _("cooling off after a recent incident"),
    "failed_repair": _("a repair that did not work"),
    "repair_worked": _("a repair that worked"),
}

INCIDENT_LABELS = {k: _(v) for k, v in words.INCIDENT_LABELS.items()}
SEVERITY_CHOICES = {k: _(v) for k, v in words.INCIDENT_SEVERITY_LABELS.items()}
JUDGEMENT_LABELS = {k: _(v) for k, v in words.JUDGEMENT_LABELS.items()}


def temper_label(reason: str) -> str:
    return str(TEMPER_LABELS.get(reason, reason.replace("_", " ")))


def incident_label(kind: str) -> str:
    return str(INCIDENT_LABELS.get(kind, kind.replace("_", " ")))


SECTION_LABELS = {
    "verdict": _("Verdict rules"),
    "plan": _("Exit plan"),
    "evidence": _("Evidence shown"),
    "letters": _("Letters"),
}


def section_label(section: str) -> str:
    """A settings section: a sign's label, or the verdict and plan rules."""
    if section in sign_labels():
        return sign_label(section)
    return str(SECTION_LABELS.get(section, section.replace("_", " ")))


# Values of record columns shown as they are stored: invoice status, time-entry kind.
# Invoice statuses carry a context: "open" means something else for a plan.
VALUE_LABELS = {
    "open": pgettext_lazy("invoice status", "open"),
    "paid": pgettext_lazy("invoice status", "paid"),
    "void": pgettext_lazy("invoice status", "void"),
    "written_off": pgettext_lazy("invoice status", "written off"),
    "work": _("work"),
    "rework": _("rework"),
    "revision": _("revision"),
    "meeting": _("meeting"),
    "support": _("support"),
    "admin": _("admin"),
}


def value_label(value: str) -> str:
    return str(VALUE_LABELS.get(value, value.replace("_", " ")))


def judgement_label(kind: str) -> str:
    return str(JUDGEMENT_LABELS.get(kind, kind.replace("_", " ")))


def change_label(change: dict[str, str]) -> str:
    """One line of the verdict history: what changed since the client's previous verdict."""
    kind = change.get("kind")
    if kind == "first":
        return str(_("First verdict"))
    if kind == "verdict":
        return _("Was: %(verdict)s") % {"verdict": verdict_label(change.get("before", ""))}
    if kind == "sign_added":
        return _("New sign: %(sign)s") % {"sign": sign_label(change.get("sign", ""))}
    if kind == "sign_gone":
        return _("Sign gone: %(sign)s") % {"sign": sign_label(change.get("sign", ""))}
    return ""
