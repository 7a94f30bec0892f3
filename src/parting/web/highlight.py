"""Show the words that made a sign fire inside an untrusted message, safely.

The message text comes from imports and is never trusted: every piece of it is escaped,
and only our own ``<mark>`` tags are added around the matched spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so "pay later" wins over "pay" where both matched.
    unique = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    if not unique:
        return None
    # A quoted phrase shows a line break or a run of spaces of the message as one space
    # (``parting.text.written``): any run of white space in the message matches it.
    phrases = (r"\s+".join(re.escape(part) for part in w.split()) for w in unique)
    return re.compile("|".join(phrases), re.IGNORECASE)


def highlight(text: str, words: Iterable[str]) -> SafeString:
    """``text`` escaped, with each case-insensitive occurrence of ``words`` in ``<mark>``."""
    pattern = _pattern(words)
    if pattern is None:
        return escape(text)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))
