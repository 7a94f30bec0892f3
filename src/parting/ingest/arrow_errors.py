"""What went wrong when Arrow refuses a file, in the person's words.

Arrow's own messages ("CSV parse error: Expected 3 columns, got 1: ...", "UTF8 string too
short (truncated byte order mark?)") speak of its internals and may quote a whole row;
a message Parting shows says what is wrong with the file instead.
"""

from __future__ import annotations

from parting.i18n import _


def describe(error: BaseException) -> str:
    """A short translated phrase for ``error``, to fill the ``{detail}`` of a message."""
    text = str(error).lower()
    if "utf8" in text or "utf-8" in text or "decode" in text or "byte order" in text:
        return _("the text is not UTF-8")
    if "straddl" in text or "block size" in text or "too large" in text:
        return _("a row is too long")
    if "expected" in text and "column" in text:
        return _("a row has the wrong number of values")
    if "time zone" in text or "timezone" in text:
        return _("the time zone is unknown")
    if "parquet" in text or "magic bytes" in text or "footer" in text:
        return _("the file is damaged or is not Parquet")
    return _("the content is damaged or in another format")
