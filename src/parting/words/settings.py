"""A setting in words: its one line of help, then its unit and the range it may take.

>>> from parting.i18n import activate
>>> from parting.settings_declared import setting
>>> activate("en")
>>> setting_help(setting("payment_risk", "grace_days"))
'A payment this many days after the due date is not yet late. Days, from 0 to 60.'
"""

from __future__ import annotations

from parting.i18n import _
from parting.settings_declared import BUSINESS_SETTINGS, SETTINGS, UNIT_WORDS, Setting
from parting.words import formats


def _bound(value: float) -> str:
    return formats.number(value, 0 if float(value).is_integer() else 2)


def setting_help(declared: Setting) -> str:
    unit = _(UNIT_WORDS[declared.unit])
    if declared.maximum is None:
        where = _("{unit}, at least {minimum}.").format(unit=unit, minimum=_bound(declared.minimum))
    else:
        where = _("{unit}, from {minimum} to {maximum}.").format(
            unit=unit, minimum=_bound(declared.minimum), maximum=_bound(declared.maximum)
        )
    return f"{_(declared.help)} {where}"


def explained_toml(text: str) -> str:
    """Settings as TOML, each setting preceded by a comment with its label and help in the
    reader's language (still valid TOML: ``parting settings set`` reads it)."""
    out: list[str] = []
    section = ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            table = stripped.strip("[]").strip()
            # A business setting written as a table of its own (``[business.cost_rates]``,
            # ``[[business.referral_partners]]``): said once, above its first table; the
            # keys inside it (people, partners' fields) are not settings.
            name = table.removeprefix("business.")
            if name != table and name in BUSINESS_SETTINGS and table != section:
                fact = BUSINESS_SETTINGS[name]
                out.append(f"# {_(fact.label)}: {_(fact.help)}")
            section = table
        key = stripped.partition("=")[0].strip() if "=" in stripped else ""
        declared = SETTINGS.get((section, key))
        if declared is not None:
            out.append(f"# {_(declared.label)}: {setting_help(declared)}")
        elif section == "business" and key in BUSINESS_SETTINGS:
            fact = BUSINESS_SETTINGS[key]
            out.append(f"# {_(fact.label)}: {_(fact.help)}")
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
