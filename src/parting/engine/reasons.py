"""The one plain sentence that says why a client got their verdict, from the main sign
and its figures, in the language of the person reading."""

from __future__ import annotations

from datetime import date
from typing import Any

from parting.engine.results import ClientVerdict, Sign
from parting.engine.signs import BY_ID
from parting.engine.verdict import fit_only
from parting.i18n import _
from parting.words.formats import Formats

Figures = dict[str, Any]


def sentence(sign: Sign, formats: Formats) -> str:
    """The main fact behind ``sign``, without a final full stop."""
    return BY_ID[sign.id].reason(dict(sign.evidence.figures), formats, sign.deciding)


def nothing_to_do() -> str:
    return _("No sign calls for action.")


def repair_worked(began: date, formats: Formats) -> str:
    """The reason of a client kept because the repair begun on ``began`` worked."""
    return _("The repair begun on {day} worked: no sign calls for action since.").format(
        day=formats.day(began)
    )


def reason(
    signs: list[Sign], tempered_by: list[str], formats: Formats, repair: date | None = None
) -> str:
    """One sentence: the main sign's fact, and why the verdict was tempered, if it was;
    ``repair`` is the day the repair judged by the verdict began."""
    serious = [s for s in signs if s.severity != "minor"]
    if not serious:
        if "repair_worked" in tempered_by and repair is not None:
            return repair_worked(repair, formats)
        return nothing_to_do()
    fact = sentence(serious[0], formats)
    if "failed_repair" in tempered_by:
        began = repair or serious[0].evidence.figures.get("repair_started_on")
        return _("{fact}; still there after the repair begun on {day}.").format(
            fact=fact, day=formats.day(began)
        )
    if "long_standing" in tempered_by and fit_only(signs):
        return _(
            "{fact}; as a long-standing client, they are not dropped for a misfit: "
            "keep an eye on how it develops."
        ).format(fact=fact)
    if "long_standing" in tempered_by:
        return _("{fact}; as a long-standing client, they get a chance to repair first.").format(
            fact=fact
        )
    if "will_pass" in tempered_by:
        return _("{fact}; judged likely to pass, so the verdict is one step lighter.").format(
            fact=fact
        )
    if "cool_off" in tempered_by:
        return _("{fact}; let a few days pass before acting.").format(fact=fact)
    return _("{fact}.").format(fact=fact)


# Signs that fire on a fact (an incident, a tag), not on a figure past its threshold.
FACT_SIGNS = frozenset({"abuse", "unethical", "off_mission"})


def retold(verdict: ClientVerdict, currency: str) -> str:
    """``verdict``'s reason told again in the reader's language of now: a stored verdict
    keeps the language of the run that made it, but its signs carry every figure."""
    if any(not s.deciding and s.id not in FACT_SIGNS for s in verdict.signs):
        # Stored by an older version, which did not say which threshold was crossed.
        return verdict.reason
    try:
        return reason(
            verdict.signs, verdict.tempered_by, Formats(currency), verdict.reviewed_repair
        )
    except (KeyError, TypeError, ValueError):
        # A verdict stored by an older version may lack a figure a sentence now uses:
        # its own words are still right, only in the language of its run.
        return verdict.reason
