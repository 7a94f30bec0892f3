"""Lines wrapped where the language allows a break, never at a no-break space.

Rich breaks a line at any whitespace, the no-break spaces included. French writes a
no-break space inside its quotes and before ``:``, ``;``, ``?``, ``!``, ``%`` and the
currency (``« mot »``, ``Par exemple :``, ``1 234 €``), and Babel groups thousands with a
narrow one, so a wrapped French cell could start a line with ``»``, ``:`` or ``€`` alone.
Rich has no setting for this: its word pattern (``rich._wrap.re_word``, one module-level
regular expression that every wrapped text reads) is replaced, once, by one that keeps
no-break spaces inside the word. ``tests/playbook/test_cli_wrapping.py`` fails if a Rich upgrade
moves it.
"""

from __future__ import annotations

import re

import rich._wrap

# U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break space.
NO_BREAK = "\u00a0\u2007\u202f"
_BREAK = rf"[^\S{NO_BREAK}]"  # whitespace a line may break at
_KEPT = rf"[^\s]|[{NO_BREAK}]"  # a character that stays with its word
WORD = re.compile(rf"{_BREAK}*(?:{_KEPT})+{_BREAK}*")


def keep_no_break_spaces() -> None:
    """Make Rich break lines only where a space may break (idempotent)."""
    rich._wrap.re_word = WORD
