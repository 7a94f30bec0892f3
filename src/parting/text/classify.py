"""Classify message bodies: abuse, complaints, payment excuses, change and ethics requests.

``classify`` adds boolean columns to any narwhals frame (DuckDB, Polars or PySpark
behind it) with expressions only, so millions of messages are read where they live.
``explain`` runs the very same patterns in Python on one message and returns the words
that matched: the evidence a person checks before trusting a flag.

How a message is read (see ``normalise`` and ``lexicon``): quoted reply lines and text
in quotation marks are dropped (someone else's words), the rest is lower-cased and seen
twice, with and without diacritics. Abuse is an insult, a slur, a threat, profanity
aimed at someone, hate toward a group (a group named together with a hateful word, not
negated), or shouting with profanity — unless the message condemns or reports those
words ("saying that … is not okay"). Friendly profanity ("this is bloody brilliant")
is not abuse.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import narwhals as nw

from parting.text import compiled, kinship, normalise, word_gaps
from parting.text.lexicon import (
    KINDS,
    LANGUAGES,
    MARKER_ORDER,
    SCOPED_KINDS,
    SLOVENIAN_LETTERS,
    VIETNAMESE_LETTERS,
    accented_pattern,
    accented_pattern_in,
    accented_pattern_of,
    despaced_pattern,
    folded_pattern,
    folded_pattern_in,
    folded_pattern_of,
    marker_pattern,
    read_by_language,
)
from parting.text.word_gaps import class_end, pattern_gaps

if TYPE_CHECKING:
    import numpy as np

FrameT = TypeVar("FrameT", nw.DataFrame, nw.LazyFrame)  # type: ignore[type-arg]

CLASSES: tuple[str, ...] = (
    "is_abusive",
    "is_severe_abuse",
    "is_complaint",
    "is_minor_complaint",
    "is_payment_excuse",
    "is_change_request",
    "is_ethics_request",
    "is_urgent",
    "is_entitled",
    "is_know_better",
)

# Three or more words in capitals in a row, or "!!!": shouting. Case matters here, so it
# reads the body before lower-casing.
_CAPS = "A-ZÀ-ÖØ-ÞČŠŽĐ"
SHOUTING = f"[{_CAPS}]{{2,}}[^a-z\n]{{1,3}}[{_CAPS}]{{2,}}[^a-z\n]{{1,3}}[{_CAPS}]{{2,}}|!!!"

_FOLDED = "__parting_folded"
_DESPACED = "__parting_despaced"
_ACCENTED = "__parting_accented"
_SHOUTING = "__parting_shouting"
_LANGUAGE = "__parting_language"
_KIND = "__parting_kind_"
_SCREEN = "__parting_screen_"

# Kinds the classes only ever OR together (insult or aimed profanity; a group named
# correctly or with a typo) share one pass over the folded view.
_SHARED_PASSES: tuple[tuple[str, ...], ...] = (
    ("INSULTS", "DIRECTED"),
    ("IDENTITY", "IDENTITY_TYPO"),
)
_SHARED = frozenset(kind for group in _SHARED_PASSES for kind in group)

# Kinds that few messages match are screened together: one pass over a view with the
# union of their patterns, then each kind's own pass only where the union matched (a
# kind cannot match where the union of its patterns did not; ``_only_where``). So most
# business messages are read once instead of three times. Only where it pays: abusive
# mail matches the insult and abuse kinds so often that screening them costs more than
# it saves (a union with the Vietnamese insults is slow on Polars), and past about 18 KB
# a union of these patterns pushes RE2 (DuckDB) off its fast automaton.
_SCREENS: dict[str, tuple[str, tuple[str, ...]]] = {
    "rare": (_FOLDED, ("URGENT", "MINOR_COMPLAINT", "PROFANITY")),
    "accented": (_ACCENTED, ("THREATS", "PROFANITY", "ETHICS_REQUEST")),
}


def classify(
    frame: FrameT,
    body: str = "body",
    language: str | None = None,
    group_column: str | None = None,
    language_column: str | None = None,
    candidate_column: str | None = None,
    candidate_languages: tuple[str, ...] = (),
) -> FrameT:
    """Add the boolean columns of ``CLASSES`` for the text in column ``body``.

    ``language`` names an optional column with the client's language code. Business
    cues (complaints, payment excuses, change and ethics requests, urgency) fire only on
    text in their own language: the message's, read from its words
    (``message_language``), or else the client's; a message in no known language gets
    only the cues every language shares. Where the client's language is Vietnamese,
    plain-letter teencode that means something else in other languages ("cc", "dm",
    "lol") counts as abuse too. ``group_column`` names an optional extra column: whether the
    message names a group of people (what the model's second opinion reads);
    ``language_column`` another: the language the message was read in
    (``message_language``, null when none), which the model's thresholds depend on;
    ``candidate_column`` another: whether the wide complaint net of ``parting.text.recall``
    caught a message in one of ``candidate_languages`` whose words the complaint cues did
    not match at all and that no other business class explains (what the model reads
    again to find the complaints the cues miss).

    >>> import polars as pl, narwhals as nw
    >>> out = classify(nw.from_native(pl.DataFrame({"body": ["You idiot!", None]})))
    >>> out["is_abusive"].to_list()
    [True, False]
    """
    limit = _HEAVIEST_PASS.get(frame.implementation.name.lower())
    token = _heaviest.set(limit)
    try:
        classified = _classify(
            frame, body, language, group_column, language_column, candidate_column,
            candidate_languages,
        )  # fmt: skip
    finally:
        _heaviest.reset(token)
    _keep_cuts()
    return classified


def _classify(
    frame: FrameT,
    body: str,
    language: str | None,
    group_column: str | None,
    language_column: str | None,
    candidate_column: str | None,
    candidate_languages: tuple[str, ...],
) -> FrameT:
    text = nw.col(body).cast(nw.String)
    views = _with_language(_with_views(frame, text), language)
    kinds = {kind: nw.col(_KIND + kind) for kind in KINDS if kind not in _SHARED}
    for group in _SHARED_PASSES:
        kinds.update(dict.fromkeys(group, nw.col(_KIND + "_".join(group))))
    matched: dict[str, nw.Expr] = _matched_kinds(language, text, _gates(kinds))
    flags = _combine(kinds, nw.col(_SHOUTING))
    if group_column is not None:
        flags[group_column] = kinds["IDENTITY"] | kinds["IDENTITY_TYPO"]
    if language_column is not None:
        flags[language_column] = nw.col(_LANGUAGE)
    if candidate_column is not None:
        from parting.text.recall import EXPLAINED

        unseen = ~(kinds["COMPLAINT"] | kinds["MINOR_COMPLAINT"])
        for name in EXPLAINED:
            unseen = unseen & ~flags[name]
        flags[candidate_column] = unseen & _net_expr(candidate_languages)
    temporary: list[str] = [_FOLDED, _ACCENTED, _DESPACED, _LANGUAGE, *_scoped_views(), *matched]
    out = views
    for stage in _STAGES:
        out = out.with_columns(**{name: matched[name] for name in _stage(matched, stage)})
    return out.with_columns(**flags).drop(*dict.fromkeys(temporary))


# Kinds that only matter once other kinds have matched are matched in later stages, and
# only on the rows where they can change a class: hateful words and negations count only
# next to a group (or a threat), "minor" only in a complaint, counter-speech only cancels
# abuse found (``_gates``; and shouting, read with profanity only). Results are the same
# as matching everything everywhere, and every engine skips most of the work
# (``_only_where``), since most messages name no group. The screens (``_SCREENS``) come
# first, since the early kinds read them.
_LATE = (
    "HATE",
    "HOMOGRAPHS",
    "LITERAL",
    "HATE_TYPO",
    "NEGATION",
    "MINOR",
    "NOT_URGENT",
    "SCHEDULING",
    "THIRD_PARTY",
    "ON_TERMS",
)
_LAST = ("COUNTER", "OWNED", "VOCATIVE", "NAMING")
_STAGES: tuple[str, ...] = ("screen", "early", "late", "last")


def _stage(matched: dict[str, nw.Expr], stage: str) -> list[str]:
    """The columns of ``matched`` computed in ``stage``."""
    screens = [name for name in matched if name.startswith(_SCREEN)]
    late = [_KIND + kind for kind in _LATE] + [_SHOUTING]
    last = [_KIND + kind for kind in _LAST]
    if stage == "screen":
        return screens
    if stage == "early":
        return [name for name in matched if name not in {*screens, *late, *last}]
    return late if stage == "late" else last


def _gates(kinds: dict[str, nw.Expr]) -> dict[str, nw.Expr]:
    """The rows on which each late or last column is read at all (``_LATE``, ``_LAST``):
    what the earlier stages matched."""
    group = kinds["IDENTITY"] | kinds["IDENTITY_TYPO"]
    hateful = kinds["HATE"] | kinds["HATE_TYPO"]
    suspect = (
        kinds["SLURS"] | kinds["THREATS"] | kinds["INSULTS"] | kinds["VIETNAMESE_ONLY"]
        | kinds["SYLLABLES"] | kinds["EVERYDAY"] | kinds["DIRECTED"] | (group & hateful)
        | (nw.col(_SHOUTING) & kinds["PROFANITY"])
    )  # fmt: skip
    return {
        "HATE": group,
        "HOMOGRAPHS": kinds["SYLLABLES"],
        "LITERAL": kinds["EVERYDAY"],
        "HATE_TYPO": group,
        "NEGATION": group | kinds["THREATS"],
        "MINOR": kinds["COMPLAINT"],
        "NOT_URGENT": kinds["URGENT"],
        "SCHEDULING": kinds["CHANGE_REQUEST"],
        "THIRD_PARTY": kinds["COMPLAINT"] | kinds["MINOR_COMPLAINT"],
        "ON_TERMS": kinds["PAYMENT_EXCUSE"],
        "SHOUTING": kinds["PROFANITY"],
        **dict.fromkeys(_LAST, suspect),
    }


def _only_where(gate: nw.Expr | None, text: nw.Expr) -> nw.Expr:
    """``text`` where ``gate`` holds, null elsewhere: a pattern over it matches only
    there, and costs nothing elsewhere. On every engine: DuckDB and Spark skip a null,
    but Polars keeps the text under a null that ``when`` makes, and its regex reads that
    text all the same — so the text under the null is made empty first."""
    if gate is None:
        return text
    return nw.when(gate).then(nw.when(gate).then(text).otherwise(nw.lit("")))


# A Vietnamese writer who names themselves "chị"/"anh" and the reader "em" (the reverse
# of the usual roles, which the cues are written for): such a message is folded with its
# pronouns exchanged (``kinship``: ``senior_writer`` and ``EXCHANGE_STEPS``), so every cue
# reads "bên em giao thiếu" from that writer as it reads "bên anh giao thiếu" from one
# who is "em". The accented view keeps the message's own words.
_KIN_SIGNS = "__parting_kin_signs"
_KIN = "__parting_kin"


def _with_views(frame: FrameT, text: nw.Expr) -> FrameT:
    """The frame with the accented, folded and despaced views."""
    accented = normalise.apply_expr(text, normalise.ACCENTED_STEPS)
    signs = _contains(nw.col(_ACCENTED), kinship.signs(client_writes=True))
    # ``kinship.senior_writer``: a speech act someone is thanked for is no sign, unless
    # another sign holds (both read only where some sign holds: a few messages).
    thanked = _contains(_only_where(nw.col(_KIN_SIGNS), nw.col(_ACCENTED)), kinship.THANKED)
    others = _contains(
        _only_where(nw.col(_KIN_SIGNS), nw.col(_ACCENTED)),
        kinship.signs_but_spoken(client_writes=True),
    )
    kin = nw.col(_KIN_SIGNS) & (~thanked | others)
    # The writer is read on the accented view, so the exchange comes before the folds:
    # the exchanged view is null wherever the writer is not senior (``_only_where``),
    # its gaps are filled from the accented view, and the folds run once over the one
    # result (not once for the exchanged view and again for the plain one).
    exchanged = normalise.apply_expr(
        _only_where(nw.col(_KIN), nw.col(_ACCENTED)), kinship.EXCHANGE_STEPS, lower=False
    )
    folded = normalise.apply_expr(
        nw.coalesce(exchanged, nw.col(_ACCENTED)), normalise.FOLD_STEPS, lower=False
    )
    despaced = normalise.apply_expr(nw.col(_FOLDED), normalise.DESPACE_STEPS, lower=False)
    return (
        frame.with_columns(accented.alias(_ACCENTED))
        .with_columns(signs.alias(_KIN_SIGNS))
        .with_columns(kin.alias(_KIN))
        .with_columns(folded.alias(_FOLDED))
        .with_columns(despaced.alias(_DESPACED))
        .drop(_KIN_SIGNS, _KIN)
    )


def _with_language(frame: FrameT, language: str | None) -> FrameT:
    """The frame with the message's language and, per language, the folded and accented
    views of the messages in that language only (null elsewhere).

    Business cues are matched on these views: a regex over null costs nothing, so each
    message is read by its own language's cues alone, on every engine."""
    client = None
    if language is not None:
        client = nw.col(language).cast(nw.String).str.to_lowercase().str.slice(0, 2)
    out = frame.with_columns(_language_expr(client).alias(_LANGUAGE))
    views = {}
    for code in LANGUAGES:
        mine = (nw.col(_LANGUAGE) == code).fill_null(False)
        for view in (_FOLDED, _ACCENTED):
            views[_scoped(view, code)] = _only_where(mine, nw.col(view))
    return out.with_columns(**views)


def _scoped(view: str, language: str) -> str:
    return f"{view}_{language}"


def _scoped_views() -> list[str]:
    return [_scoped(view, code) for code in LANGUAGES for view in (_FOLDED, _ACCENTED)]


def _language_expr(client: nw.Expr | None) -> nw.Expr:
    """The mirror of ``message_language`` as an expression."""
    letters = nw.col(_ACCENTED).str.contains(VIETNAMESE_LETTERS).fill_null(False)
    marks = {code: _contains(nw.col(_FOLDED), marker_pattern(code)) for code in MARKER_ORDER}
    marks["sl"] = marks["sl"] | nw.col(_ACCENTED).str.contains(SLOVENIAN_LETTERS).fill_null(False)
    chain = nw.when(letters).then(nw.lit("vi"))
    if client is not None:
        for code in MARKER_ORDER:
            chain = chain.when((client == code).fill_null(False) & marks[code]).then(nw.lit(code))
    for code in MARKER_ORDER:
        chain = chain.when(marks[code]).then(nw.lit(code))
    if client is not None:
        known = client.is_in(list(LANGUAGES)).fill_null(False)
        return chain.when(known).then(client).otherwise(nw.lit(None, dtype=nw.String))
    return chain.otherwise(nw.lit(None, dtype=nw.String))


def _matched_kinds(
    language: str | None, text: nw.Expr, gates: dict[str, nw.Expr]
) -> dict[str, nw.Expr]:
    """One boolean column per kind (or shared group of kinds), one for shouting, and the
    screens the kinds read; a kind of ``gates`` is read only where its gate holds.

    Each kind is matched once, into its own column, and the classes combine those
    columns: several classes share a kind, and an eager engine would match it again for
    each class that mentions it."""
    matched = {_SCREEN + name: _screen_expr(*screen) for name, screen in _SCREENS.items()}
    for kind in KINDS:
        if kind in SCOPED_KINDS:
            matched[_KIND + kind] = _scoped_kind_expr(kind, gates.get(kind))
        elif kind not in _SHARED:
            matched[_KIND + kind] = _kind_expr((kind,), gates.get(kind))
    for group in _SHARED_PASSES:
        matched[_KIND + "_".join(group)] = _kind_expr(group)
    # Vietnamese teencode is read only in Vietnamese messages.
    # So are the bare insult syllables, everyday words elsewhere ("ml", "lon").
    for kind in _VIETNAMESE_KINDS:
        matched[_KIND + kind] = nw.lit(False)
    if language is not None:
        code = nw.col(language).cast(nw.String).str.to_lowercase()
        vietnamese = code.str.starts_with("vi").fill_null(False)
        for kind in _VIETNAMESE_KINDS:
            matched[_KIND + kind] = _kind_expr((kind,), vietnamese)
    # Case matters for shouting: it reads the body, without quoted reply lines.
    raw = _only_where(gates["SHOUTING"], text)
    raw = raw.str.replace_all(normalise.QUOTED_LINES, " ", literal=False)
    matched[_SHOUTING] = raw.str.contains(SHOUTING).fill_null(False)
    return matched


def _net_expr(codes: tuple[str, ...]) -> nw.Expr:
    """Whether the complaint net (``parting.text.recall``) of the message's language, one
    of ``codes``, catches it: one pass per language over that language's views only."""
    from parting.text.recall import net_pattern

    caught = nw.lit(False)
    for code in codes:
        for view, accented in ((_FOLDED, False), (_ACCENTED, True)):
            pattern = net_pattern(code, accented)
            if pattern is not None:
                seen = _contains(nw.col(_scoped(view, code)), pattern)
                caught = caught | seen
    return caught


def _screen_expr(view: str, kinds: tuple[str, ...]) -> nw.Expr:
    """Whether the union of the patterns of ``kinds`` over ``view`` matches."""
    of = folded_pattern_of if view == _FOLDED else accented_pattern_of
    pattern = of(kinds)
    if pattern is None:
        return nw.lit(False)
    return _contains(nw.col(view), pattern)


def _kind_expr(kinds: tuple[str, ...], gate: nw.Expr | None = None) -> nw.Expr:
    """Whether any of ``kinds`` matches in any view (where ``gate`` holds); never null.
    Several kinds share one pass per view: only for kinds the classes only ever OR
    together."""
    codes = (*LANGUAGES, "shared") if _one_language_a_pass(kinds) else (None,)
    passes = [_view_pass(_FOLDED, folded_pattern_of(kinds, code), kinds, gate) for code in codes]
    for view, pattern_of in ((_ACCENTED, accented_pattern), (_DESPACED, despaced_pattern)):
        passes += [_view_pass(view, pattern_of(kind), (kind,), gate) for kind in kinds]
    matches = nw.lit(False)
    for one in passes:
        if one is not None:
            matches = matches | one
    return matches


def _one_language_a_pass(kinds: tuple[str, ...]) -> bool:
    """Whether the folded cues of ``kinds`` are read one language's at a time
    (``read_by_language``): on an engine that reads a pattern whole, where the counted
    repeats of several languages in one pattern would push its automaton off. An engine
    that cuts a pattern by its word gaps (``_HEAVIEST_PASS``) reads every language's cues
    as one pattern cut where the gaps say instead: the small ones then share a pass. Each
    kind's folded passes timed alone over the 50,000 benchmark messages (best of three,
    processor time; all of them, as if no row were gated): by language 1.41 s on DuckDB
    and 0.64 s on Polars, every language at once 1.04 and 0.45 s — the threats 4 passes
    0.10 s against 1 pass 0.03 s, insults with aimed profanity 5 passes 0.16 s against 3
    0.11 s (those two are read on every message; the others only where a gate holds)."""
    limit = _heaviest.get()
    return read_by_language(kinds) and (limit is None or limit.gaps is None)


def _scoped_kind_expr(kind: str, gate: nw.Expr | None = None) -> nw.Expr:
    """Whether ``kind`` matches (where ``gate`` holds): each language's cues on the views
    of messages in that language, the shared cues on every message."""
    passes = []
    for code in (*LANGUAGES, "shared"):
        for view, pattern_in in ((_FOLDED, folded_pattern_in), (_ACCENTED, accented_pattern_in)):
            seen = view if code == "shared" else _scoped(view, code)
            passes.append(_view_pass(seen, pattern_in(kind, code), (kind,), gate, view))
    matches = nw.lit(False)
    for one in passes:
        if one is not None:
            matches = matches | one
    return matches


def _view_pass(
    view: str,
    pattern: str | None,
    kinds: tuple[str, ...],
    gate: nw.Expr | None = None,
    screened_as: str | None = None,
) -> nw.Expr | None:
    """One pass of ``pattern`` over ``view`` where ``gate`` holds, under the screen that
    covers ``kinds`` (a screen of ``screened_as``, the view ``view`` is a part of, if not
    itself)."""
    if pattern is None:
        return None
    for name, (screened, members) in _SCREENS.items():
        if screened == (screened_as or view) and set(kinds) <= set(members):
            screen = nw.col(_SCREEN + name)
            gate = screen if gate is None else gate & screen
    return _contains(_only_where(gate, nw.col(view)), pattern)


# What one pass of a cue pattern may hold on an engine (an engine not named reads any
# pattern whole): at most so many characters and so many word gaps (``pattern_gaps``).
# RE2, DuckDB's engine, gives up its fast automaton for a whole pattern once its program
# outgrows the automaton's memory, and then reads every message ten to fifty times
# slower. Over 30,000 messages, whole against parts of at most 6,000 characters: the
# counter-speech cues (21,700 characters) 2.6 s against 0.05 s, the Vietnamese complaint
# cues (14,100) 0.82 against 0.07 s, the English ones (17,600) 0.40 against 0.04 s.
# Polars's lazy automaton gives up too, and what makes it give up is less the length of a
# pattern than its word gaps: ``([a-z0-9]+ +){0,5}`` keeps five readings of every word
# open, and Vietnamese, written a syllable a word, gives them many words. Each part of the
# complaint cues timed alone over its language's messages (40,000 benchmark messages,
# ``benchmarks.text_parts``): English, French and Slovenian parts cost 2–10 ms whatever
# their gaps (up to 160) at up to 8,000 characters, while a Vietnamese part cost about
# its gaps — 32 gaps 8 ms, 56 15 ms, 84 38 ms, 113 47 ms, 144 84 ms, 232 (a part of
# 9,200 characters) 251 ms, the whole 380 gaps 9.8 s. So on Polars a pass holds at most
# 8,000 characters (the thirteenth session's measure: each part is one more pass over
# every message for the other kinds) and 64 gaps: the whole classifier over the same
# 40,000 messages in one process (best of four runs, processor time) 1.38 s with no gap
# limit, 1.32 s with 48 or 64, 1.35 s with 96.
# RE2 gives up on word gaps too, once a part holds enough of them: the fourteenth
# session's Vietnamese complaint cues left one 6,000-character part of 130 gaps off the
# fast automaton (0.28 s over the 22,800 Vietnamese of 50,000 benchmark messages, its
# three sister parts of 75–118 gaps 0.04–0.09 s), and the Vietnamese complaint cues alone
# became about 15 % of the classifier's processor time on DuckDB. So DuckDB holds the
# same limits as Polars. Every long cue pattern over its view, each part timed alone
# (``benchmarks.text_parts --engine duckdb``, 50,000 messages, best of three): in parts of
# 6,000 characters 2.35 s in all, of 6,000 characters and 64 gaps 2.17 s, of 8,000 and 64
# 1.95 s — the Vietnamese complaint cues 0.45 → 0.25 s, and fewer passes elsewhere (hate
# words in two parts instead of three, 0.10 → 0.07 s); with the gaps held, RE2 keeps its
# automaton at 8,000 characters. Cut more finely (24 gaps, or 1,500 characters), each
# part's pass over every message costs more than the automaton saves.
@dataclass(frozen=True)
class PassLimit:
    """The most one pass of a pattern may hold: characters, and word gaps (None: any)."""

    characters: int
    gaps: int | None = None


_HEAVIEST_PASS: dict[str, PassLimit] = {
    "duckdb": PassLimit(8_000, 64),
    "polars": PassLimit(8_000, 64),
}
_heaviest: ContextVar[PassLimit | None] = ContextVar("parting_heaviest_pass", default=None)


def _contains(text: nw.Expr, pattern: str) -> nw.Expr:
    """Whether ``pattern`` matches in ``text`` (never null): in one pass, or in one pass
    per part (``pattern_parts``) on an engine that reads heavy patterns slowly
    (``_HEAVIEST_PASS``, for the ``classify`` under way)."""
    limit = _heaviest.get()
    found: nw.Expr | None = None
    for part in (pattern,) if limit is None else _parts(pattern, limit):
        one = text.str.contains(part)
        found = one if found is None else found | one
    assert found is not None
    return found.fill_null(False)


# Every classifying process cut its long cue patterns anew before its first message: 0.17 s
# of processor time for the shipped cues (79 patterns, a fresh process classifying one
# message on DuckDB), for the same parts each time. The parts are kept in the user cache
# directory beside the compiled programs (``compiled``), found by the pattern's exact text
# and the limit, in a file named after the code that cuts them (this module and
# ``word_gaps``): cuts made by other code are never read. Anything unexpected in the file
# means the pattern is cut as before.
_Cut = tuple[str, int, int | None]
_cuts: dict[_Cut, tuple[str, ...]] | None = None  # read from the file on first use
_used: set[_Cut] = set()  # the cuts this process read
_cut_now: list[_Cut] = []  # cut by this process and not yet kept
# Cues change while they are written: the file keeps the cuts of patterns no longer read
# only while it holds at most this many (the shipped cues need about 80 at one limit).
_KEPT_CUTS = 512


def _parts(pattern: str, limit: PassLimit) -> tuple[str, ...]:
    """``pattern_parts``, worked out once per pattern and limit (and machine):
    ``classify`` builds its expressions anew for every batch, and cutting the long
    patterns took about a fifth of that."""
    global _cuts
    if _cuts is None:
        _cuts = _kept_cuts()
    key = (pattern, limit.characters, limit.gaps)
    _used.add(key)
    found = _cuts.get(key)
    if found is None:
        found = _cuts[key] = tuple(pattern_parts(pattern, limit.characters, limit.gaps))
        _cut_now.append(key)
    return found


@lru_cache(maxsize=1)
def _cuts_file() -> str | None:
    """The file the parts are kept in, named after the code that cuts them; None when
    that code cannot be read (nothing is kept then)."""
    digest = hashlib.blake2b(digest_size=10)
    try:
        for source in (__file__, word_gaps.__file__):
            digest.update(Path(source).read_bytes())
    except (OSError, TypeError):
        return None
    return f"pattern-parts-{digest.hexdigest()}.marshal"


def _kept_cuts() -> dict[_Cut, tuple[str, ...]]:
    """The parts kept by an earlier process, those of a well-formed entry only."""
    name = _cuts_file()
    if name is None:
        return {}
    kept = compiled.read_kept(compiled.cache_folder() / name)
    return {key: parts for key, parts in kept.items() if _well_formed(key, parts)}


def _well_formed(key: object, parts: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 3
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and (key[2] is None or isinstance(key[2], int))
        and isinstance(parts, tuple)
        and len(parts) > 0
        and all(isinstance(part, str) for part in parts)
    )


def _keep_cuts() -> None:
    """Keep the parts cut since the last call, with those read before: every one, or
    only this process's when that would make more than ``_KEPT_CUTS``."""
    if not _cut_now or _cuts is None:
        return
    _cut_now.clear()
    name = _cuts_file()
    if name is None:
        return
    # Another thread (a web request) may be cutting meanwhile: a part it asked for may
    # not be cut yet.
    used = [key for key in list(_used) if key in _cuts]
    kept = _cuts if len(_cuts) <= _KEPT_CUTS else {key: _cuts[key] for key in used}
    folder = compiled.cache_folder()
    compiled.keep(folder, name, kept)
    # The parts an older release cut are never read again: one file is kept, not one
    # per upgrade (one that cannot be removed is left, as a folder that cannot be written).
    with contextlib.suppress(OSError):
        for other in folder.glob("pattern-parts-*.marshal"):
            if other.name != name:
                other.unlink(missing_ok=True)


def pattern_parts(pattern: str, longest: int, gaps: int | None = None) -> list[str]:
    """``pattern`` as patterns of about ``longest`` characters or fewer (and, if given,
    at most ``gaps`` word gaps each: ``pattern_gaps``), one of which matches somewhere
    exactly where ``pattern`` does: the alternatives of its widest group ``(?:a|b|…)``
    outside every other group, shared out among copies of the pattern with the same text
    around that group (``P(?:a|b)S`` matches where ``P(?:a)S`` or ``P(?:b)S`` does).
    Left whole when small enough, when no such group has two alternatives, when the
    group is repeated (``(?:a|b)+``) or when the pattern is itself an alternation outside
    every group. With ``gaps``, every part holds both limits unless a single alternative
    is over them (``tests/text/test_pattern_parts.py`` sees that none of the shipped cues
    is), and there are as few parts as that allows."""
    group = _widest_group(pattern)
    if group is None:
        return [pattern]
    start, bars, end = group
    head, tail = pattern[:start], pattern[end:]
    alternatives = [
        pattern[a:b] for a, b in zip([start, *(bar + 1 for bar in bars)], [*bars, end], strict=True)
    ]
    # The gaps of the whole are those of the text around the group and of each
    # alternative (the group is not repeated), which the parts need anyway.
    if len(pattern) <= longest and (
        gaps is None or _gaps_of(head + tail) + sum(map(_gaps_of, alternatives)) <= gaps
    ):
        return [pattern]
    if gaps is None:
        # Parts of about the same length: each alternative goes to the part its first
        # character falls in, as if the alternatives were cut into ``count`` equal slices.
        count = -(-len(pattern) // longest)
        sizes = [len(alternative) + 1 for alternative in alternatives]
        return _shared_out(head, tail, alternatives, sizes, count)
    # As few parts as hold both limits: each alternative joins the part being filled
    # unless it would take that part over a limit (in order, this is the fewest parts).
    room = longest - len(head) - len(tail)
    parts: list[list[str]] = [[]]
    characters = opened = 0
    for alternative in alternatives:
        size, own = len(alternative) + 1, _gaps_of(alternative)
        if parts[-1] and (characters + size > room or opened + own > gaps):
            parts.append([])
            characters = opened = 0
        parts[-1].append(alternative)
        characters += size
        opened += own
    return [head + "|".join(part) + tail for part in parts]


def _shared_out(
    head: str, tail: str, alternatives: list[str], sizes: list[int], count: int
) -> list[str]:
    """The alternatives in ``count`` parts of about the same total size, in order."""
    total = sum(sizes)
    parts: list[list[str]] = [[] for _ in range(count)]
    done = 0
    for alternative, size in zip(alternatives, sizes, strict=True):
        parts[done * count // total].append(alternative)
        done += size
    return [head + "|".join(part) + tail for part in parts if part]


# Only a counted repeat ("{m,n}") or an optional part ("?" that opens no group) can keep
# a word gap open (``pattern_gaps``): most cues have neither and are not scanned at all.
# Every classifying process cuts its patterns anew, before its first message: scanning
# each of the 9,200 alternatives of the shipped cues took 0.7 s of processor time, and
# the whole of each short pattern again 0.2 s; scanning only the 2,800 that may hold a gap,
# 0.4 s (and a classifier of the fourteenth session's demo, 121 distinct messages in a
# fresh process, spent twice what it had at the thirteenth session's end, 1.0 s against
# 0.45 s, most of it cutting patterns).
_MAY_HOLD_GAPS = re.compile(r"\{|(?<!\()\?")


@lru_cache(maxsize=65_536)
def _gaps_of(alternative: str) -> int:
    """``pattern_gaps``, without scanning what cannot hold a gap."""
    if _MAY_HOLD_GAPS.search(alternative) is None:
        return 0
    return pattern_gaps(alternative)


def _widest_group(pattern: str) -> tuple[int, list[int], int] | None:
    """Of the groups ``(?:…)`` outside every other group and not repeated, the one
    with the most alternatives (two at least): where its text starts, where each ``|``
    between its alternatives is, and where its ``)`` is. None when there is none, or when
    ``|`` separates alternatives outside every group. Escapes and character classes are
    skipped: a ``|`` or a parenthesis there is a character."""
    best: tuple[int, list[int], int] | None = None
    depth, i, n = 0, 0, len(pattern)
    start: int | None = None
    bars: list[int] = []
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = class_end(pattern, i)
        elif char == "(":
            if depth == 0:
                start = i + 3 if pattern.startswith("(?:", i) else None
                bars = []
            depth += 1
        elif char == ")":
            depth -= 1
            repeated = i + 1 < n and pattern[i + 1] in "*+?{"
            wider = best is None or len(bars) > len(best[1])
            if depth == 0 and start is not None and bars and not repeated and wider:
                best = (start, bars, i)
        elif char == "|" and depth == 0:
            return None
        elif char == "|" and depth == 1:
            bars.append(i)
        i += 1
    return best


def _combine(kinds: dict[str, nw.Expr], shouting: nw.Expr) -> dict[str, nw.Expr]:
    """The class formulas, written once for expressions (and mirrored in ``_decide``)."""
    group = kinds["IDENTITY"] | kinds["IDENTITY_TYPO"]
    hateful = kinds["HATE"] | kinds["HATE_TYPO"]
    group_hate = group & hateful & ~kinds["NEGATION"]
    # "I would never hurt anyone", "they do not deserve to be tortured": negated threats.
    # A slur denied of a group named ("gay people are not f…s", "no woman is a s…") is
    # a denial too, as an insult word is.
    severe = (kinds["SLURS"] & ~(group & kinds["NEGATION"])) | (
        kinds["THREATS"] & ~kinds["NEGATION"]
    )
    # "I don't think immigrants are scum": an insult word in a denied statement about a
    # group insults nobody. Insults aimed at the reader ("you idiots") name no group.
    # (Insults and aimed profanity share one column: they are undone together.)
    # A bare Vietnamese insult syllable counts unless an everyday compound typed without
    # tones holds it ("doi ngu", team; "don hang lon", a big order).
    syllables = kinds["SYLLABLES"] & ~kinds["HOMOGRAPHS"]
    # A Vietnamese insult word that is also an everyday word ("con chó", "cái đầu") counts
    # unless the message shows the everyday word: a pet, the head of a printer.
    everyday = kinds["EVERYDAY"] & ~kinds["LITERAL"]
    words = kinds["INSULTS"] | kinds["VIETNAMESE_ONLY"] | syllables | everyday | kinds["DIRECTED"]
    insults = words & ~(group & kinds["NEGATION"])
    aimed = insults | group_hate | (shouting & kinds["PROFANITY"])
    # A report or a denial undoes the abuse, unless the writer owns the insult: it
    # opens the message ("Idiots, who told you …"), they agree with it ("… and he
    # was right"), or they say it to the readers ("you clowns") without naming what
    # they would call them ("I would never call you clowns").
    owned = kinds["OWNED"] | (kinds["VOCATIVE"] & ~kinds["NAMING"])
    condemned = kinds["COUNTER"] & ~owned
    # A complaint about trivia: said so ("small issue"), or a complaint about a font.
    # Someone else's complaint, or the writer's own side ("our IT is a bit slow, bear
    # with us"), is no complaint of the client's, minor or not.
    minor = (kinds["MINOR_COMPLAINT"] | (kinds["COMPLAINT"] & kinds["MINOR"])) & ~kinds[
        "THIRD_PARTY"
    ]
    return {
        "is_abusive": (severe | aimed) & ~condemned,
        "is_severe_abuse": severe & ~condemned,
        "is_complaint": (kinds["COMPLAINT"] & ~kinds["THIRD_PARTY"]) | minor,
        "is_minor_complaint": minor,
        "is_payment_excuse": kinds["PAYMENT_EXCUSE"] & ~kinds["ON_TERMS"],
        "is_change_request": kinds["CHANGE_REQUEST"] & ~kinds["SCHEDULING"],
        "is_ethics_request": kinds["ETHICS_REQUEST"],
        "is_urgent": kinds["URGENT"] & ~kinds["NOT_URGENT"],
        "is_entitled": kinds["ENTITLEMENT"],
        "is_know_better": kinds["KNOW_BETTER"],
    }


# --- the same, in Python, for one message -------------------------------------------

# Kinds read only in messages known to be Vietnamese, and the kinds that name an insult.
_VIETNAMESE_KINDS = ("VIETNAMESE_ONLY", "SYLLABLES")
_INSULT_KINDS = ("INSULTS", "VIETNAMESE_ONLY", "SYLLABLES", "EVERYDAY", "DIRECTED")

# Which kinds are the evidence of each class.
_EVIDENCE: dict[str, tuple[str, ...]] = {
    "is_abusive": (
        "SLURS",
        "THREATS",
        "INSULTS",
        "VIETNAMESE_ONLY",
        "SYLLABLES",
        "EVERYDAY",
        "DIRECTED",
        "IDENTITY",
        "HATE",
        # A word read with a slip ("haet") is evidence as the word is: the clause
        # reading of the model's second opinion is asked about it too.
        "IDENTITY_TYPO",
        "HATE_TYPO",
    ),
    "is_severe_abuse": ("SLURS", "THREATS"),
    "is_complaint": ("COMPLAINT", "MINOR_COMPLAINT"),
    "is_minor_complaint": ("MINOR_COMPLAINT", "COMPLAINT", "MINOR"),
    "is_payment_excuse": ("PAYMENT_EXCUSE",),
    "is_change_request": ("CHANGE_REQUEST",),
    "is_ethics_request": ("ETHICS_REQUEST",),
    "is_urgent": ("URGENT",),
    "is_entitled": ("ENTITLEMENT",),
    "is_know_better": ("KNOW_BETTER",),
}


def explain(text: str, language: str | None = None) -> dict[str, list[str]]:
    """For each class ``classify`` would flag in ``text``, the words that matched.

    >>> explain("Fix it NOW you idiot")["is_abusive"]
    ['idiot', 'you idiot']
    """
    views = _views(text)
    spoken = message_language(text, language)
    found = {kind: _matches(kind, *views, spoken) for kind in KINDS}
    if not _is_vietnamese(language):
        for kind in _VIETNAMESE_KINDS:
            found[kind] = []
    raw = _compiled(normalise.QUOTED_LINES).sub(" ", text)
    shouting = _compiled(SHOUTING).search(raw) is not None
    flags = _decide({kind: bool(words) for kind, words in found.items()}, shouting)
    evidence: dict[str, list[str]] = {}
    for name in CLASSES:
        if not flags[name]:
            continue
        kinds = list(_EVIDENCE[name])
        if name == "is_abusive":
            group = found["IDENTITY"] or found["IDENTITY_TYPO"]
            if not (group and (found["HATE"] or found["HATE_TYPO"]) and not found["NEGATION"]):
                kinds = [k for k in kinds if not k.startswith(("IDENTITY", "HATE"))]
            if group and found["NEGATION"]:
                kinds = [k for k in kinds if k not in _INSULT_KINDS]
            if found["HOMOGRAPHS"]:
                kinds = [k for k in kinds if k != "SYLLABLES"]
            if found["LITERAL"]:
                kinds = [k for k in kinds if k != "EVERYDAY"]
            if shouting:
                kinds.append("PROFANITY")
        words = [word for kind in kinds for word in found[kind]]
        evidence[name] = list(dict.fromkeys(words))
    return evidence


def flags_of(text: str, language: str | None = None) -> dict[str, bool]:
    """The classes of one message, computed in Python (tests compare it to ``classify``)."""
    views = _views(text)
    spoken = message_language(text, language)
    kinds = {kind: bool(_matches(kind, *views, spoken)) for kind in KINDS}
    for kind in _VIETNAMESE_KINDS:
        kinds[kind] = kinds[kind] and _is_vietnamese(language)
    raw = _compiled(normalise.QUOTED_LINES).sub(" ", text)
    return _decide(kinds, _compiled(SHOUTING).search(raw) is not None)


def group_words(text: str) -> list[str]:
    """The words of ``text`` that name a group of people (the model's second opinion
    reads only such messages: an insult at the reader is abuse whatever the clause
    around it)."""
    views = _views(text)
    found = [w for kind in ("IDENTITY", "IDENTITY_TYPO") for w in _matches(kind, *views)]
    return list(dict.fromkeys(found))


def slur_words(text: str) -> list[str]:
    """The slurs in ``text`` (a slur insults whatever clause it stands in)."""
    return list(dict.fromkeys(_matches("SLURS", *_views(text))))


def stance_words(text: str, language: str | None) -> list[str]:
    """The words of stance (``STANCE`` of the language's lexicon: negation, speech,
    judgement) in ``text``: Python only, for the model's second opinion."""
    module = LANGUAGES.get(language or "")
    words = getattr(module, "STANCE", None)
    if not words:
        return []
    _, folded, _ = _views(text)
    pattern = "(?:^| )(" + "|".join(re.escape(w) for w in words) + ")(?= |$)"
    return list(dict.fromkeys(m.group(1) for m in _compiled(pattern).finditer(folded)))


def denies_or_reports(text: str, language: str | None = None) -> bool:
    """Whether the patterns read a denial or someone else's words in ``text`` (a
    ``NEGATION`` or ``COUNTER`` frame): Python only, for the model's second opinion,
    which never raises such a message to abuse."""
    views = _views(text)
    return any(_matches(kind, *views, language) for kind in ("NEGATION", "COUNTER"))


def said_to_reader(text: str, language: str | None = None) -> bool:
    """Whether ``text`` insults its readers to their face ("…, you moron", "vous êtes
    un escroc") rather than naming what someone would call them (``VOCATIVE`` without
    ``NAMING``): Python only, for the model's second opinion, which never vetoes such
    a message, whatever group it names elsewhere."""
    views = _views(text)
    return bool(_matches("VOCATIVE", *views, language)) and not _matches("NAMING", *views, language)


def cue_words(text: str, kinds: tuple[str, ...], language: str | None = None) -> list[str]:
    """The words of ``kinds`` in ``text``, business kinds in the cues of ``language`` and
    the shared ones (whatever cancels them: ``explain`` says what a class stands on)."""
    views = _views(text)
    return [word for kind in kinds for word in _matches(kind, *views, language)]


def any_cue(
    texts: Sequence[str], kinds: tuple[str, ...], languages: Sequence[str | None]
) -> np.ndarray:
    """Per text, whether some word of ``kinds`` is in it (``cue_words`` is not empty),
    each text read in its language: one regular-expression pass per language, pattern
    and view over the few texts asked about (Python's engine reads the long cue
    alternatives a thousand times slower than the engines' automata)."""
    import numpy as np
    import polars as pl

    out = np.zeros(len(texts), dtype=bool)
    for language in dict.fromkeys(languages):
        rows = [i for i, code in enumerate(languages) if code == language]
        views = [_views(texts[i]) for i in rows]
        seen = np.zeros(len(rows), dtype=bool)
        for kind in kinds:
            for pattern, view in _patterns(kind, language):
                column = pl.Series([v[view] for v in views], dtype=pl.String)
                seen |= column.str.contains(pattern).to_numpy()
        out[rows] = seen
    return out


def pattern_words(pattern: str, text: str, accented: bool = False) -> list[str]:
    """The words ``pattern`` matches in the folded view of ``text`` (or the accented one)."""
    view = _views(text)[0 if accented else 1]
    return [_trim(match.group(0)) for match in _compiled(pattern).finditer(view)]


def names_group(text: str) -> bool:
    """Whether ``text`` names a group of people."""
    return bool(group_words(text))


def message_language(text: str, client: str | None = None) -> str | None:
    """The language whose business cues read ``text``: 'en', 'fr', 'vi', 'sl' or None.

    Vietnamese letters decide at once; otherwise the marker words of each language
    (``lexicon.MARKERS``) are looked for, the client's language winning when its words
    are among them; a message without marker words ("OK!") is read in the client's
    language; None when that is unknown too (only shared cues then apply).

    >>> message_language("Please send the monthly report.", "fr")
    'en'
    >>> message_language("Merci !", "en"), message_language("OK", "sl"), message_language("OK")
    ('fr', 'sl', None)
    """
    accented, folded, _ = _views(text)
    if _compiled(VIETNAMESE_LETTERS).search(accented):
        return "vi"
    marked = [
        code
        for code in MARKER_ORDER
        if _compiled(marker_pattern(code)).search(folded)
        or (code == "sl" and _compiled(SLOVENIAN_LETTERS).search(accented))
    ]
    code = (client or "").lower()[:2]
    if code in marked:
        return code
    if marked:
        return marked[0]
    return code if code in LANGUAGES else None


def _is_vietnamese(language: str | None) -> bool:
    return (language or "").lower().startswith("vi")


# How each view is made from the one before it (the first from the message itself), and
# whether the message is lower-cased first: ``_views`` and ``traced_views`` both follow it.
_VIEW_STEPS: tuple[tuple[tuple[normalise.Step, ...], bool], ...] = (
    (normalise.ACCENTED_STEPS, True),
    (normalise.FOLD_STEPS, False),
    (normalise.DESPACE_STEPS, False),
)


def _views(text: str) -> tuple[str, str, str]:
    """The accented, folded and despaced views of one message."""
    views: list[str] = []
    for steps, lower in _VIEW_STEPS:
        views.append(normalise.apply_text(views[-1] if views else text, steps, lower=lower))
    accented, folded, despaced = views
    if kinship.senior_writer(accented, client_writes=True):
        exchanged = normalise.apply_text(accented, kinship.EXCHANGE_STEPS, lower=False)
        folded = normalise.apply_text(exchanged, normalise.FOLD_STEPS, lower=False)
        despaced = normalise.apply_text(folded, normalise.DESPACE_STEPS, lower=False)
    return accented, folded, despaced


@lru_cache(maxsize=64)
def traced_views(text: str) -> tuple[normalise.Traced, ...]:
    """The accented, folded and despaced views of ``text``, as ``explain`` reads them,
    each character with the span of ``text`` it stands for (``written``; remembered for
    the last few messages: every class of a message quotes from the same views)."""
    views = [normalise.traced(text)]
    for steps, lower in _VIEW_STEPS:
        views.append(normalise.apply_traced(views[-1], steps, lower=lower))
    accented, folded, despaced = views[1:]
    if kinship.senior_writer(accented.text, client_writes=True):
        exchanged = normalise.apply_traced(accented, kinship.EXCHANGE_STEPS, lower=False)
        folded = normalise.apply_traced(exchanged, normalise.FOLD_STEPS, lower=False)
        despaced = normalise.apply_traced(folded, normalise.DESPACE_STEPS, lower=False)
    return accented, folded, despaced


def _decide(kinds: dict[str, bool], shouting: bool) -> dict[str, bool]:
    group = kinds["IDENTITY"] or kinds["IDENTITY_TYPO"]
    hateful = kinds["HATE"] or kinds["HATE_TYPO"]
    group_hate = group and hateful and not kinds["NEGATION"]
    severe = (kinds["SLURS"] and not (group and kinds["NEGATION"])) or (
        kinds["THREATS"] and not kinds["NEGATION"]
    )
    syllables = kinds["SYLLABLES"] and not kinds["HOMOGRAPHS"]
    everyday = kinds["EVERYDAY"] and not kinds["LITERAL"]
    words = (
        kinds["INSULTS"] or kinds["VIETNAMESE_ONLY"] or syllables or everyday
        or kinds["DIRECTED"]
    )  # fmt: skip
    insults = words and not (group and kinds["NEGATION"])
    aimed = insults or group_hate or (shouting and kinds["PROFANITY"])
    owned = kinds["OWNED"] or (kinds["VOCATIVE"] and not kinds["NAMING"])
    condemned = kinds["COUNTER"] and not owned
    minor = (kinds["MINOR_COMPLAINT"] or (kinds["COMPLAINT"] and kinds["MINOR"])) and not kinds[
        "THIRD_PARTY"
    ]
    return {
        "is_abusive": (severe or aimed) and not condemned,
        "is_severe_abuse": severe and not condemned,
        "is_complaint": (kinds["COMPLAINT"] and not kinds["THIRD_PARTY"]) or minor,
        "is_minor_complaint": minor,
        "is_payment_excuse": kinds["PAYMENT_EXCUSE"] and not kinds["ON_TERMS"],
        "is_change_request": kinds["CHANGE_REQUEST"] and not kinds["SCHEDULING"],
        "is_ethics_request": kinds["ETHICS_REQUEST"],
        "is_urgent": kinds["URGENT"] and not kinds["NOT_URGENT"],
        "is_entitled": kinds["ENTITLEMENT"],
        "is_know_better": kinds["KNOW_BETTER"],
    }


def _matches(
    kind: str, accented: str, folded: str, despaced: str, language: str | None = None
) -> list[str]:
    """The words of ``kind`` in the views; business kinds only in the cues of
    ``language`` and the shared ones."""
    views = (accented, folded, despaced)
    words: list[str] = []
    for pattern, view in _patterns(kind, language):
        words += [_trim(match.group(0)) for match in _compiled(pattern).finditer(views[view])]
    return words


def _patterns(kind: str, language: str | None) -> list[tuple[str, int]]:
    """The patterns ``_matches`` reads for ``kind``, each with its view (0 accented,
    1 folded, 2 despaced)."""
    if kind in SCOPED_KINDS:
        codes = ["shared"] if language is None else [language, "shared"]
        found = [
            (pattern_in(kind, code), view)
            for code in codes
            for pattern_in, view in ((accented_pattern_in, 0), (folded_pattern_in, 1))
        ]
    else:
        found = [
            (accented_pattern(kind), 0),
            (folded_pattern(kind), 1),
            (despaced_pattern(kind), 2),
        ]
    return [(pattern, view) for pattern, view in found if pattern]


def compile_patterns() -> None:
    """Compile now every pattern ``explain`` may read, in every language, so that a
    caller waiting for its data (a triage reading its workspace) spends that time
    meanwhile rather than on the first message. Compiling them takes Python half a
    second; their compiled programs are kept in the user cache directory, so every run
    after the first on a machine reads them back instead (``compiled``)."""
    patterns = [
        pattern
        for kind in KINDS
        for language in (None, *LANGUAGES)
        for pattern, _view in _patterns(kind, language)
    ]
    patterns += [normalise.QUOTED_LINES, SHOUTING, VIETNAMESE_LETTERS, SLOVENIAN_LETTERS]
    patterns += [marker_pattern(code) for code in MARKER_ORDER]
    _COMPILED.update(compiled.compile_all(patterns, compiled.cache_folder()))
    _views("")  # the normalising steps'


def _trim(matched: str) -> str:
    """The matched words without the boundary characters around them."""
    return matched.strip(" !|*")


_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = re.compile(pattern)
    return found
