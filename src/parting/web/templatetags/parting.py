"""Template filters: ``{{ x|money:currency }}``, ``|number``, ``|share``, ``|day``,
``|highlight:words``, ``|sign_label``, ``|verdict_label``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from parting.web import formats, labels
from parting.web.highlight import highlight as _highlight

register = template.Library()


@register.filter
def money(value: float | None, currency: str) -> str:
    return formats.money(value, currency)


@register.filter
def owed(value: float | None, currency: str) -> str:
    """An amount owed to the cent, or "—" when nothing is: ``{{ x|owed:currency }}``."""
    return formats.owed(value, currency)


@register.filter
def owes(value: float | None) -> bool:
    return formats.owes(value)


@register.filter
def number(value: float | None, decimals: int = 0) -> str:
    return formats.number(value, int(decimals))


@register.filter
def hours(value: float | None) -> str:
    """Hours as the figure "hours" is written wherever it is shown — on a sign's figures,
    in the CLI, in the letters — with its one decimal and its unit (``18.3 h``)."""
    from parting.words.figures import value as figure_value

    return figure_value("hours", value, "", formats.locale())


@register.filter
def share(value: float | None, decimals: int = 0) -> str:
    return formats.share(value, int(decimals))


@register.filter
def day(value: date | datetime | str | None) -> str:
    return formats.day(value)


@register.filter
def moment(value: datetime | None, zone: str) -> str:
    """A date and time of day, in the business's time zone: ``{{ t|moment:zone }}``."""
    return formats.moment(value, zone)


@register.filter
def change_label(change: dict[str, str]) -> str:
    return labels.change_label(change)


@register.filter
def highlight(text: str, words: list[str] | None) -> SafeString:
    return _highlight(text or "", words or [])


@register.filter
def quoted(words: list[str]) -> str:
    return formats.quoted(words)


@register.simple_tag
def labelled_words(label: str, words: list[str]) -> SafeString:
    """``label`` in bold, then the words it found in the reader's quotation marks, joined
    as the language joins a label to what follows (a non-breaking space before the
    colon in French; the CLI says the same with the same sentence)."""
    bold = format_html("<b>{}</b>", label)
    return format_html(_("{label}: {words}"), label=bold, words=formats.quoted(words))


@register.filter
def sign_label(sign_id: str) -> str:
    return labels.sign_label(sign_id)


@register.filter
def verdict_label(verdict: str) -> str:
    return labels.verdict_label(verdict)


@register.filter
def get(mapping: dict[str, Any] | None, key: str) -> Any:
    return (mapping or {}).get(key)


@register.filter
def severity_label(severity: str) -> str:
    return labels.severity_label(severity)


@register.filter
def incident_label(kind: str) -> str:
    return labels.incident_label(kind)


@register.filter
def level_label(level: str) -> str:
    """low / medium / high, as an incident's severity."""
    return str(labels.SEVERITY_CHOICES.get(level, level))


@register.filter
def section_label(section: str) -> str:
    return labels.section_label(section)


@register.filter
def value_label(value: str) -> str:
    return labels.value_label(value)


@register.filter
def format_label(fmt: str) -> str:
    """An export format or a name's source by its name ("Toggl Track"), never its key."""
    from parting.web.import_report import format_label as named

    return named(fmt)


@register.filter
def judgement_label(kind: str) -> str:
    return labels.judgement_label(kind)


@register.filter
def clip(text: str, length: int) -> str:
    """The first ``length`` characters and an ellipsis: a cheap ``truncatechars`` for
    long message bodies (which it cuts the same way, without counting combining marks)."""
    text = text or ""
    return text if len(text) <= int(length) else text[: int(length) - 1] + "…"


@register.filter
def basename(path: str) -> str:
    """The last part of a stored path: imports made before the file's own name was kept
    stored the server's temporary path, which no one needs to see."""
    return Path(str(path or "")).name


@register.filter
def undoable(entry: Any) -> bool:
    """True for a merge or link in the log that can still be taken back."""
    from parting.store.audit import can_undo

    return can_undo(entry)


@register.filter
def audit_changes(entry: Any) -> list[str]:
    from parting.web.audit_labels import audit_changes as changes

    return changes(entry)


@register.filter
def audit_label(entry: Any) -> str:
    from parting.web.audit_labels import audit_label as label

    return label(entry)
