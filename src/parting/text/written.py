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

Several cues often match one stretch of a message ("slightly", "disappointed", "slightly
disappointed"): the stretch is quoted once, as its longest covering quote, wherever
quotes are shown together (``one_per_span``) — the reader sees the writer's words once,
not a list that repeats them.
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
    spans = [_source(views, word) for word in words]
    return _one_per_stretch(text, words, spans, as_given=False)


def one_per_span(text: str, quotes: list[str]) -> list[str]:
    """``quotes`` of ``text`` (``as_written``'s, perhaps of several classes or signs put
    together) with each stretch of ``text`` quoted once: a quote inside a longer one goes
    ("disappointed" beside "Slightly disappointed"), and quotes that overlap in the
    message become the one stretch they cover ("not working" and "working at all" as
    "not working at all"). In the order the quotes came; a quote the message does not
    hold stays as it is.

    >>> one_per_span("Slightly disappointed, again.", ["disappointed", "Slightly disappointed"])
    ['Slightly disappointed']
    >>> one_per_span("It is not working at all", ["working at all", "not working"])
    ['not working at all']
    """
    return _one_per_stretch(
        text, quotes, [_located(text, quote) for quote in quotes], as_given=True
    )


def _source(views: tuple[normalise.Traced, ...], word: str) -> tuple[int, int] | None:
    """The span of the message a word matched in the views came from."""
    span = _find(views, word)
    if span is None:
        return None
    view, start, end = span
    return view.source(start, end)


def _located(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote stands in ``text`` (any run of white space where the quote has one
    space, as ``as_written`` writes it): as whole words first, as ``_find`` looks; the
    same letters in another case at worst."""
    parts = quote.split()
    if not parts:
        return None
    inside = r"\s+".join(re.escape(part) for part in parts)
    whole = rf"(?<!\w){inside}(?!\w)"
    for pattern, flags in (
        (whole, 0),
        (whole, re.IGNORECASE),
        (inside, 0),
        (inside, re.IGNORECASE),
    ):
        match = re.search(pattern, text, flags)
        if match is not None:
            return match.span()
    return None


def _one_per_stretch(
    text: str, words: list[str], spans: list[tuple[int, int] | None], as_given: bool
) -> list[str]:
    """One quote per stretch of ``text``: spans that share a character are merged, and a
    quote found whole inside another (the same words elsewhere) is left out. A stretch is
    quoted from ``text``; with ``as_given``, a stretch that is one word's own span keeps
    that word as it was given (a quote already written)."""
    stretches: list[tuple[int, int, list[int]]] = []  # first, last, the words in it
    for index, span in sorted(
        ((i, s) for i, s in enumerate(spans) if s is not None), key=lambda item: item[1]
    ):
        first, last = span
        if stretches and first < stretches[-1][1]:
            begun, ended, members = stretches[-1]
            stretches[-1] = (begun, max(ended, last), [*members, index])
        else:
            stretches.append((first, last, [index]))
    placed: dict[int, str] = {}
    for first, last, members in stretches:
        own = [i for i in members if spans[i] == (first, last)]
        quote = words[own[0]] if as_given and own else text[first:last]
        placed[min(members)] = _WHITE.sub(" ", quote).strip()
    quotes: list[str] = []
    for index, word in enumerate(words):
        if spans[index] is None:
            quotes.append(word)
        elif index in placed:
            quotes.append(placed[index])
    # The same words in another case ("Ker" and "ker") are one quote, not two that each
    # stand inside the other and both drop out.
    kept: dict[str, str] = {}
    for quote in quotes:
        if quote:
            kept.setdefault(quote.casefold(), quote)
    quotes = list(kept.values())
    return [q for q in quotes if not any(q != other and _inside(q, other) for other in quotes)]


def _inside(quote: str, other: str) -> bool:
    """Whether ``quote`` stands as whole words in ``other`` ("late" in "Slightly late",
    not in "chocolate")."""
    pattern = f"(?<!{_WORD_CHARACTER}){re.escape(quote.casefold())}(?!{_WORD_CHARACTER})"
    return re.search(pattern, other.casefold()) is not None


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
