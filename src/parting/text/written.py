"""The words a message was flagged for, quoted as its writer typed them.

The patterns match a normalised view of the message (lower case, punctuation and emoji
turned into spaces, diacritics folded: ``normalise``), so the words they return are the
view's: "c est la troisieme fois" where the client wrote "C'est la troisième fois",
"lan thu ba" for "lần thứ ba". A person checking a flag looks for the words in the
message, so wherever matched words are shown (``parting read-message``, the evidence of
a scoring, the client page) they are quoted from the message itself: each word is found
again in the views the patterns read, and the span of the message that part of the view
came from is quoted (``normalise.apply_traced``: the very steps the patterns read, run
with the origin of every character kept).
"""

from __future__ import annotations

import re

from parting.text import normalise

# A character of a word in the views: a matched word is looked for where it stands as a
# whole word first, so "late" is quoted from "late", not from inside "chocolate".
_WORD_CHARACTER = f"[{normalise.LETTERS}]"
_WHITE = re.compile(r"\s+")


def as_written(text: str, words: list[str]) -> list[str]:
    """``words`` (matched in the views of ``text``) as ``text`` writes them, in the same
    order; a word the views do not hold stays as it is. Runs of white space inside a
    quoted span (a line break, two spaces) are shown as one space: a quote is one line.

    >>> as_written("C'est la   troisième fois !", ["c est la troisieme fois"])
    ["C'est la troisième fois"]
    """
    if not words:
        return []
    from parting.text.classify import traced_views

    views = traced_views(text)
    quoted = [_quote(text, views, word) for word in words]
    return list(dict.fromkeys(quoted))


def _quote(text: str, views: tuple[normalise.Traced, ...], word: str) -> str:
    span = _find(views, word)
    if span is None:
        return word
    view, start, end = span
    first, last = view.source(start, end)
    return _WHITE.sub(" ", text[first:last]).strip()


def _find(
    views: tuple[normalise.Traced, ...], word: str
) -> tuple[normalise.Traced, int, int] | None:
    """Where ``word`` stands in the views: as a whole word in the accented view (which
    tells "bán" from "bạn"), then in the folded one; then inside a longer word; then in
    the despaced view ("s c u m" read as "scum")."""
    accented, folded, despaced = views
    whole = re.compile(f"(?<!{_WORD_CHARACTER}){re.escape(word)}(?!{_WORD_CHARACTER})")
    inside = re.compile(re.escape(word))
    for view, pattern in (
        (accented, whole),
        (folded, whole),
        (accented, inside),
        (folded, inside),
        (despaced, inside),
    ):
        match = pattern.search(view.text)
        if match is not None and match.end() > match.start():
            return view, match.start(), match.end()
    return None
