"""The plan page's letter: rendered by the playbook in the client's language, checked by
the letter checker, and the checker's findings marked inside the text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.safestring import SafeString

from parting.config import Config
from parting.schema import Tables
from parting.store.models import VerdictRecord
from parting.web.highlight import highlight

PARTING_KINDS = ("meeting-script", "confirmation")
KEEPING_KINDS = ("repair", "expectations")


@dataclass
class CheckedLetter:
    letter: Any  # parting.playbook.letters.Letter
    findings: list[Any]  # parting.playbook.checker.Finding
    marked: SafeString  # the text, escaped, with the findings' words in <mark>
    checker: str  # which checker ran, in the reader's language


def kinds_for(verdict: str) -> tuple[str, ...]:
    return PARTING_KINDS if verdict in ("part_ways", "part_ways_now") else KEEPING_KINDS


def check(
    text: str, lang: str | None, sign: str | None, kind: str | None
) -> tuple[list[Any], SafeString]:
    from parting.playbook.checker import check_letter

    findings = check_letter(text, lang, sign=sign, kind=kind)
    words = [w for f in findings for w in f.words if w and w != "-"]
    return findings, highlight(text, words)


def render(
    record: VerdictRecord,
    kind: str | None,
    lang: str | None,
    start: date | None,
    goodwill: str | None = None,
    tables: Tables | None = None,
    config: Config | None = None,
) -> CheckedLetter:
    """The letter of ``record``'s verdict, checked; from the client's ``tables`` and the
    ``config`` when the page has read them already (one read of the client per page)."""
    from parting.playbook.letters import render_letter
    from parting.store.plans import client_tables
    from parting.store.settings import load_config
    from parting.store.triage import client_verdict

    verdict = client_verdict(record)
    if tables is None:
        tables = client_tables(verdict.client_id)
    letter = render_letter(
        kind, verdict, tables, config or load_config(), lang=lang, start=start, goodwill=goodwill
    )
    from parting.playbook.meaning import checked_with

    findings, marked = check(letter.text, letter.lang, letter.sign, letter.kind)
    return CheckedLetter(letter, findings, marked, checked_with())
