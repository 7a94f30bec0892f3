"""The letter checker (DOMAIN §4): reviews a draft before it is sent.

Each rule returns the words that made it fire and a better way to say it, in the letter's
language. Parting letters (a meeting script, a confirmation) must state one reason, an end
date and alternatives; repair and expectations letters keep the client, so those three do
not apply to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from parting.config import Config
from parting.i18n import _, gettext_noop
from parting.playbook.language import guess_language
from parting.playbook.wording import WORDINGS, Wording

RULES: dict[str, str] = {
    "blame": gettext_noop("Blame or a personal attack"),
    "reasons": gettext_noop("More than one reason"),
    "thanks": gettext_noop("No thanks"),
    "next_steps": gettext_noop("No next steps"),
    "end_date": gettext_noop("No end date"),
    "alternatives": gettext_noop("No alternatives offered"),
    "shouting": gettext_noop("Shouting"),
    "length": gettext_noop("Too long"),
}
PARTING_KINDS = ("meeting-script", "confirmation")
LETTER_KINDS = (*PARTING_KINDS, "repair", "expectations")


@dataclass
class Finding:
    rule: str
    words: list[str]
    suggestion: str  # in the letter's language, ready to paste

    @property
    def label(self) -> str:
        """The rule's name in the reader's language."""
        return _(RULES[self.rule])

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}


@cache
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for phrase in phrases:
        words = [
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase.split()
        ]
        parts.append(r"\s+".join(words) + ("" if phrase.endswith("*") else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def find(phrases: tuple[str, ...], text: str) -> list[str]:
    return [m.group(0) for m in _pattern(phrases).finditer(text)]


def _dates(wording: Wording, text: str, lang: str) -> list[str]:
    months = wording.months
    patterns = [
        rf"(?<!\d)\d{{1,2}}\.?\s*(?:{months})(?!\w)",  # 3 mars, 3. marec, 3 tháng 3
        r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?!\d)",
        r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)",  # 3. 3. 2026
    ]
    if lang == "en":  # March 3
        patterns.append(rf"(?<!\w)(?:{months})\.?\s+\d{{1,2}}(?!\d)")
    found = re.finditer("|".join(patterns), text, re.IGNORECASE)
    return [m.group(0) for m in found]


WORD = re.compile(r"[^\W\d_]+")
JOINERS = re.compile(r"[\s'’-]*")


def _caps_runs(text: str) -> list[list[re.Match[str]]]:
    """Consecutive capitalised words, joined by spaces, apostrophes or hyphens."""
    runs: list[list[re.Match[str]]] = []
    for match in WORD.finditer(text):
        if not match.group(0).isupper():
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and JOINERS.fullmatch(text[last.end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _shouting(text: str) -> list[str]:
    """Capitalised runs of six letters or more (a single word: five), and repeated
    exclamation marks. Short acronyms (PDF, VAT ID) pass."""
    loud = []
    for run in _caps_runs(text):
        letters = sum(len(m.group(0)) for m in run)
        if letters >= (5 if len(run) == 1 else 6):
            loud.append(text[run[0].start() : run[-1].end()])
    return loud + re.findall(r"[!?]*![!?]*![!?]*", text)


def _length(text: str, lang: str, config: Config) -> list[str]:
    limit = int(config["letters"]["max_words"])
    if lang == "vi":  # every syllable is written as a word
        limit = round(limit * float(config["letters"]["vi_word_factor"]))
    count = len(re.findall(r"\w+", text))
    return (
        [_("{count} words (limit {limit})").format(count=count, limit=limit)]
        if (count > limit)
        else []
    )


def _reasons(wording: Wording, text: str) -> list[str]:
    added = find(wording.added_reasons, text)
    causes = find(wording.causes, text)
    if added:
        return added
    return causes if len(causes) >= 2 else []


def is_parting_letter(text: str, lang: str) -> bool:
    return bool(find(WORDINGS[lang].parting, text))


def check_letter(
    text: str,
    lang: str | None = None,
    sign: str | None = None,
    kind: str | None = None,
    config: Config | None = None,
) -> list[Finding]:
    """Every problem in the draft ``text``; an empty list means it is ready to send.

    ``lang`` is guessed when not given; ``sign == "abuse"`` (or a letter that names a
    behaviour) needs no alternatives; ``kind`` is guessed from the words when not given.

    >>> [f.rule for f in check_letter("YOU ALWAYS miss deadlines!!!", "en")][:2]
    ['blame', 'thanks']
    """
    text = text.replace("’", "'")  # typographic apostrophes match the cue lists too
    lang = lang if lang in WORDINGS else guess_language(text)
    wording, config = WORDINGS[lang], config or Config()
    parting = kind in PARTING_KINDS if kind else is_parting_letter(text, lang)
    abusive = sign == "abuse" or (sign is None and bool(find(wording.respect, text)))
    # (rule, applies to this letter, the words found, the words must be present)
    checks: list[tuple[str, bool, Callable[[], list[str]], bool]] = [
        ("blame", True, lambda: find(wording.blame, text), False),
        ("reasons", parting, lambda: _reasons(wording, text), False),
        ("thanks", True, lambda: find(wording.thanks, text), True),
        ("next_steps", True, lambda: find(wording.next_steps, text), True),
        ("end_date", parting, lambda: _dates(wording, text, lang), True),
        ("alternatives", parting and not abusive, lambda: find(wording.alternatives, text), True),
        ("shouting", True, lambda: _shouting(text), False),
        ("length", True, lambda: _length(text, lang, config), False),
    ]
    findings = []
    for rule, applies, words, required in checks:
        if not applies:
            continue
        found = words()
        if required and not found:
            findings.append(Finding(rule, [], wording.suggestions[rule]))
        elif not required and found:
            findings.append(Finding(rule, found, wording.suggestions[rule]))
    return findings
