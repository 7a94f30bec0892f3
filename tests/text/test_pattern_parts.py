"""A long or heavy cue pattern read in parts (``classify.pattern_parts``: DuckDB's RE2
reads a long pattern whole ten to fifty times slower, Polars one with many word gaps)
matches exactly where the whole does, and every pattern the classifier reads is cut so
that each part holds its engine's limit."""

from __future__ import annotations

import importlib
import marshal
import random
import re
from pathlib import Path
from types import ModuleType

import pytest

from parting.text import compiled, datasets, word_gaps
from parting.text.classify import (
    _HEAVIEST_PASS,
    PassLimit,
    _views,
    pattern_gaps,
    pattern_parts,
)
from parting.text.lexicon import (
    FOLDED_EDGES,
    KINDS,
    LANGUAGES,
    SCOPED_KINDS,
    accented_pattern,
    accented_pattern_in,
    despaced_pattern,
    folded_pattern_in,
    folded_pattern_of,
)

WORDS = ["late", "again", "broken", "not", "paid", "a|b", "(x)", "[y]", "ok", "naj"]


def _matches_somewhere(patterns: list[str], text: str) -> bool:
    return any(re.search(pattern, text) for pattern in patterns)


def test_a_short_pattern_is_read_whole() -> None:
    pattern = FOLDED_EDGES[0] + "late|broken" + FOLDED_EDGES[1]
    assert pattern_parts(pattern, 1_000) == [pattern]


def test_the_widest_group_is_shared_out_with_the_text_around_it() -> None:
    alternatives = [f"word{i}" for i in range(40)]
    pattern = "(^|[^a-z])(?:" + "|".join(alternatives) + ")([^a-z]|$)"
    parts = pattern_parts(pattern, 120)
    assert len(parts) > 1
    assert all(p.startswith("(^|[^a-z])(?:") and p.endswith(")([^a-z]|$)") for p in parts)
    inside = [a for p in parts for a in p[len("(^|[^a-z])(?:") : -len(")([^a-z]|$)")].split("|")]
    assert inside == alternatives  # each alternative once, in order


def test_bars_and_brackets_in_escapes_and_classes_are_characters() -> None:
    alternatives = [r"a\|b", r"[|(]x", r"\(y\)", r"[]|]z", r"(?:p|q) r", "w{2}"] * 6
    pattern = FOLDED_EDGES[0] + "|".join(alternatives) + FOLDED_EDGES[1]
    parts = pattern_parts(pattern, 80)
    assert len(parts) > 1
    rng = random.Random(7)
    pieces = ["a|b", "|x", "(y)", "]z", "p r", "q r", "ww", "w", " ", "nothing"]
    for _ in range(2_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        assert _matches_somewhere(parts, text) == bool(re.search(pattern, text)), text


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:" + "|".join(f"w{i}" for i in range(50)) + ")+ end",  # a repeated group
        "|".join(f"w{i}" for i in range(50)),  # an alternation outside every group
        "(" + "|".join(f"w{i}" for i in range(50)) + ")",  # a capturing group
    ],
)
def test_a_pattern_that_cannot_be_shared_out_is_read_whole(pattern: str) -> None:
    assert pattern_parts(pattern, 40) == [pattern]


def test_word_gaps_are_counted_by_how_many_words_they_may_span() -> None:
    assert pattern_gaps(r"(mua|dat) +([a-z0-9]+ +){0,5}(nhung|ma)") == 5
    assert pattern_gaps(r"a ([a-z]+ +){0,2}b|c (?:[a-z]+ ){1,3}d") == 5
    assert pattern_gaps(r"(?:late|again){0,3} x+ [a-z]{2,9}") == 0  # nothing inside repeats
    assert pattern_gaps(r"(?:very )+late") == 0  # open-ended, one reading: a loop


def test_word_gaps_are_read_from_the_pattern_as_written() -> None:
    assert pattern_gaps(r"x(?=([a-z]+ ){0,4}y)") == 0  # a look-around opens no reading
    assert pattern_gaps(r"[(|]([a-z]+ ){0,2}\(") == 2  # a bracket in a class or escaped
    assert pattern_gaps(r"(?i)(?P<w>(?:\w+\s+){,3})end") == 3  # named, flags, {,n}
    assert pattern_gaps(r"((?:a+ ){2}b){0,3}") == 2 + 3  # a count's own and those inside
    assert pattern_gaps(r"(a+ ){0,3}?|(b+ ){2,4}+") == 3 + 4  # lazy and possessive
    assert pattern_gaps(r"a{2,x} (b+){0,2") == 0  # a brace that counts nothing is a character
    assert pattern_gaps(r"(unclosed ([a-z]+ ){0,5}") == 0  # not a regular expression
    assert pattern_gaps(r"([a-z]+ ){0,5})") == 0


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    atoms = ["a", "b", " ", r"\s", r"\(", "[a-z]", "[^ )]", "[]|]", "(?:x|y)", ".", r"\b"]
    repeats = ["+", "*", "?", "{0,3}", "{2}", "{1,}", "{,4}", "{0,5}?", "+?", "{3}+"]
    opens = ["(", "(?:", "(?=", "(?!", "(?<!", "(?P<n{}>", "(?i:"]
    out = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.3 and depth < 3:
            inner = "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            out.append(rng.choice(opens).format(rng.randrange(10**9)) + inner + ")")
        else:
            out.append(rng.choice(atoms))
        if rng.random() < 0.5:
            out[-1] += rng.choice(repeats)
    return "".join(out)


def test_word_gaps_are_counted_as_the_parsed_pattern_counts_them() -> None:
    """Checked against Python's own parser of regular expressions, which the product does
    not use (it is private): the same count on seeded random patterns, alternatives that
    share their first items included."""
    parser = pytest.importorskip("re._parser")

    def parsed(items: list[tuple[object, object]]) -> tuple[int, bool]:
        gaps, repeats = 0, False
        for op, arg in items:
            if str(op) in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                high, body = arg[1], parsed(arg[2])  # type: ignore[index]
                gaps += body[0] + (high if high != parser.MAXREPEAT and body[1] else 0)
                repeats = True
            elif str(op) == "BRANCH":
                for branch in arg[1]:  # type: ignore[index]
                    inner = parsed(branch)
                    gaps, repeats = gaps + inner[0], repeats or inner[1]
            elif str(op) == "SUBPATTERN":
                inner = parsed(arg[-1])  # type: ignore[index]
                gaps, repeats = gaps + inner[0], repeats or inner[1]
        return gaps, repeats

    rng = random.Random(15)
    compared = 0
    for _ in range(3_000):
        first = _random_pattern(rng)
        pattern = "|".join(
            (first if rng.random() < 0.3 else "") + _random_pattern(rng)
            for _ in range(rng.randint(1, 3))
        )
        try:
            items = parser.parse(pattern)
        except re.error:
            continue
        assert pattern_gaps(pattern) == parsed(list(items))[0], pattern
        compared += 1
    assert compared > 800  # a look-behind of varying width is refused, and skipped


def test_a_short_pattern_with_many_word_gaps_is_cut_by_its_gaps() -> None:
    alternatives = [f"w{i} +([a-z]+ +){{0,4}}end{i}" for i in range(30)]
    pattern = FOLDED_EDGES[0] + "|".join(alternatives) + FOLDED_EDGES[1]
    assert pattern_parts(pattern, 10_000) == [pattern]  # short enough by its length
    parts = pattern_parts(pattern, 10_000, gaps=20)
    assert 6 <= len(parts) <= 7  # 120 gaps, 20 a part
    assert all(pattern_gaps(part) <= 20 for part in parts)
    rng = random.Random(14)
    words = ["w1", "w7", "end1", "end7", "end8", "x", "yy"]
    for _ in range(2_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        assert _matches_somewhere(parts, text) == bool(re.search(pattern, text)), text


def _every_pattern_read() -> set[str]:
    """Every cue pattern ``classify`` reads."""
    patterns: set[str | None] = set()
    for kind in SCOPED_KINDS:
        for code in (*LANGUAGES, "shared"):
            patterns |= {folded_pattern_in(kind, code), accented_pattern_in(kind, code)}
    for kind in KINDS:
        patterns |= {folded_pattern_of((kind,), code) for code in (None, *LANGUAGES, "shared")}
        patterns |= {accented_pattern(kind), despaced_pattern(kind)}
    return {pattern for pattern in patterns if pattern is not None}


@pytest.mark.parametrize("engine", sorted(_HEAVIEST_PASS))
def test_every_cue_pattern_is_cut_into_parts_that_hold_the_engines_limit(engine: str) -> None:
    # A cue that grows a pattern past what one pass holds is read in one more part, never
    # by a slower automaton; a single cue over the limit could not be cut, so none is.
    limit = _HEAVIEST_PASS[engine]
    for pattern in _every_pattern_read():
        parts = pattern_parts(pattern, limit.characters, limit.gaps)
        if limit.gaps is not None:
            assert all(pattern_gaps(part) <= limit.gaps for part in parts), pattern[:200]
            needed = max(
                -(-len(pattern) // limit.characters), -(-pattern_gaps(pattern) // limit.gaps)
            )
            assert len(parts) <= needed + 2, pattern[:200]  # no needless pass
            assert all(len(part) <= limit.characters for part in parts), pattern[:200]
        else:
            assert all(len(part) < limit.characters * 1.2 for part in parts), pattern[:200]


@pytest.mark.parametrize("engine", sorted(_HEAVIEST_PASS))
def test_every_long_cue_pattern_in_parts_matches_where_the_whole_does(engine: str) -> None:
    limit = _HEAVIEST_PASS[engine]
    longest = limit.characters
    patterns = {
        folded_pattern_of((kind,), code)
        for kind in ("COUNTER", "NEGATION", "HATE")
        for code in (None, *LANGUAGES, "shared")
    }
    patterns |= {
        folded_pattern_in(kind, code) for kind in SCOPED_KINDS for code in (*LANGUAGES, "shared")
    }
    long = sorted(p for p in patterns if p is not None and len(p) > longest)
    assert long, "no cue pattern is long enough to be read in parts"
    texts = [
        _views(e.text)[1]
        for language in ("en", "fr", "vi", "sl")
        for e in datasets.own(f"business_{language}.csv")[::3]
    ]
    texts += [_views(e.text)[1] for e in datasets.hatecheck("en")[::40]]
    for pattern in long:
        parts = pattern_parts(pattern, longest, limit.gaps)
        assert len(parts) > 1
        assert max(len(part) for part in parts) < longest * 1.2
        whole = re.compile(pattern)
        compiled = [re.compile(part) for part in parts]
        for text in texts:
            assert any(p.search(text) for p in compiled) == bool(whole.search(text)), text


@pytest.fixture
def fresh_cuts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    """``parting.text.classify`` as in a new process (no part cut or read yet), keeping
    its parts in ``tmp_path``."""
    module = importlib.import_module("parting.text.classify")
    monkeypatch.setenv(compiled.FOLDER_VARIABLE, str(tmp_path))
    monkeypatch.setattr(module, "_cuts", None)
    monkeypatch.setattr(module, "_used", set())
    monkeypatch.setattr(module, "_cut_now", [])
    return module


def _start_again(module: ModuleType) -> None:
    """The next process: what was cut is forgotten, what was kept is not."""
    module._cuts = None
    module._used.clear()


def _a_classifier_run(module: ModuleType, limit: PassLimit) -> dict[str, tuple[str, ...]]:
    parts = {pattern: module._parts(pattern, limit) for pattern in sorted(_every_pattern_read())}
    module._keep_cuts()
    return parts


def test_the_parts_kept_by_an_earlier_run_are_those_cutting_gives(
    fresh_cuts: ModuleType, tmp_path: Path
) -> None:
    limit = _HEAVIEST_PASS["duckdb"]
    _a_classifier_run(fresh_cuts, limit)
    [kept] = tmp_path.glob("pattern-parts-*.marshal")
    written = kept.stat().st_mtime_ns
    _start_again(fresh_cuts)

    read_back = _a_classifier_run(fresh_cuts, limit)

    assert read_back == {
        pattern: tuple(pattern_parts(pattern, limit.characters, limit.gaps))
        for pattern in read_back
    }
    assert any(len(parts) > 1 for parts in read_back.values())
    assert kept.stat().st_mtime_ns == written  # read back, not cut and written again


def test_kept_parts_that_are_damaged_or_ill_formed_are_cut_again(
    fresh_cuts: ModuleType, tmp_path: Path
) -> None:
    limit = PassLimit(40, 2)
    pattern = FOLDED_EDGES[0] + "(?:" + "|".join(f"{w}( [a-z]+){{0,2}}" for w in WORDS) + ")"
    cut = tuple(pattern_parts(pattern, limit.characters, limit.gaps))
    name = fresh_cuts._cuts_file()
    for damaged in (
        b"\x00not marshal at all",
        marshal.dumps({(pattern, 40, 2): ()}),
        marshal.dumps({(pattern, 40, 2): ("only", 7)}),
        marshal.dumps([(pattern, 40, 2)]),
    ):
        (tmp_path / name).write_bytes(damaged)
        _start_again(fresh_cuts)
        assert fresh_cuts._parts(pattern, limit) == cut
    fresh_cuts._keep_cuts()
    assert marshal.loads((tmp_path / name).read_bytes()) == {(pattern, 40, 2): cut}


def test_parts_cut_by_other_code_are_never_read(
    fresh_cuts: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The file is named after the code that cuts: a change to the cutting (here, one
    # more line in the word-gap scanner) reads and writes another file.
    before = fresh_cuts._cuts_file()
    changed = tmp_path / "word_gaps.py"
    changed.write_bytes(Path(word_gaps.__file__).read_bytes() + b"# changed\n")
    with monkeypatch.context() as patch:
        patch.setattr(word_gaps, "__file__", str(changed))
        fresh_cuts._cuts_file.cache_clear()
        after = fresh_cuts._cuts_file()
    fresh_cuts._cuts_file.cache_clear()
    assert after not in (before, None)
    assert fresh_cuts._cuts_file() == before


def test_the_kept_parts_stay_few_as_the_cues_change(fresh_cuts: ModuleType, tmp_path: Path) -> None:
    limit = PassLimit(40, None)
    for edit in range(fresh_cuts._KEPT_CUTS + 1):  # every run reads one pattern, new each time
        _start_again(fresh_cuts)
        fresh_cuts._parts(f"(?:late|again|broken{edit})", limit)
        fresh_cuts._keep_cuts()
    [kept] = tmp_path.glob("pattern-parts-*.marshal")
    assert list(marshal.loads(kept.read_bytes())) == [
        (f"(?:late|again|broken{fresh_cuts._KEPT_CUTS})", 40, None)
    ]


def test_parts_cut_by_an_older_release_are_removed_when_new_ones_are_kept(
    fresh_cuts: ModuleType, tmp_path: Path
) -> None:
    older = tmp_path / "pattern-parts-0123456789abcdef0123.marshal"
    older.write_bytes(marshal.dumps({("(?:a|b)", 40, None): ("(?:a|b)",)}))
    fresh_cuts._parts("(?:late|again)", PassLimit(40, None))
    fresh_cuts._keep_cuts()
    assert [kept.name for kept in tmp_path.iterdir()] == [fresh_cuts._cuts_file()]
