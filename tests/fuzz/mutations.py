"""Hypothesis strategies that damage a valid file the ways real files get damaged (and
the ways an attacker would): bytes, encodings, byte-order marks, quoting, huge and nested
fields, impossible dates and numbers, repeated headers, line ends, NUL bytes."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import strategies as st

Mutation = Callable[[bytes], bytes]

WEIRD_DATES = [b"2024-02-30", b"0000-00-00", b"99999-01-01", b"31/31/2024", b"2024-13-01",
               b"1900-01-01T25:61:61", b"", b"yesterday", b"2024-02-29T02:30:00+25:00"]  # fmt: skip
WEIRD_NUMBERS = [b"9" * 5000, b"-1", b"-0", b"1e308", b"-1e308", b"NaN", b"inf", b"1,2,3",
                 b"(400.00)", b"1.234.567,89", b"\xe2\x88\x92" b"5", b"0x1F", b""]  # fmt: skip
ENCODINGS = ["utf-16", "utf-16-le", "utf-8-sig", "cp1252", "latin-1", "utf-32"]
BOMS = [b"\xef\xbb\xbf", b"\xef", b"\xef\xbb", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"]
DATE = re.compile(rb"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")
NUMBER = re.compile(rb"(?<![\w-])\d+(?:[.,]\d+)?(?![\w-])")


def _at(content: bytes, fraction: float) -> int:
    return int(len(content) * fraction)


@st.composite
def one_mutation(draw: st.DrawFn, mail: bool = False) -> Mutation:
    where = draw(st.floats(0, 1))
    kind = draw(
        st.sampled_from(
            ["flip", "insert", "delete", "truncate", "encoding", "bom", "quote", "huge",
             "date", "number", "repeat_header", "line_ends", "nul", "nested"]
        )
    )  # fmt: skip
    if kind == "flip":
        noise = draw(st.binary(min_size=1, max_size=8))
        return lambda c: c[: _at(c, where)] + noise + c[_at(c, where) + len(noise) :]
    if kind == "insert":
        noise = draw(st.binary(min_size=1, max_size=64))
        return lambda c: c[: _at(c, where)] + noise + c[_at(c, where) :]
    if kind == "delete":
        size = draw(st.integers(1, 200))
        return lambda c: c[: _at(c, where)] + c[_at(c, where) + size :]
    if kind == "truncate":
        return lambda c: c[: _at(c, where)]
    if kind == "encoding":
        encoding = draw(st.sampled_from(ENCODINGS))
        return lambda c: c.decode("utf-8", "replace").encode(encoding, "replace")
    if kind == "bom":
        bom = draw(st.sampled_from(BOMS))
        return lambda c: bom + c
    if kind == "quote":
        quote = draw(st.sampled_from([b'"', b'""', b'"\n', b"'", b'\\"']))
        return lambda c: c[: _at(c, where)] + quote + c[_at(c, where) :]
    if kind == "huge":
        field = draw(st.sampled_from([b"x", b"\xc3\xa9", b"a,", b'"', b"\n"])) * 300_000
        return lambda c: c[: _at(c, where)] + field + c[_at(c, where) :]
    if kind == "date":
        weird = draw(st.sampled_from(WEIRD_DATES))
        count = draw(st.integers(1, 3))
        return lambda c: DATE.sub(weird, c, count=count)
    if kind == "number":
        weird = draw(st.sampled_from(WEIRD_NUMBERS))
        count = draw(st.integers(1, 3))
        return lambda c: NUMBER.sub(weird, c, count=count)
    if kind == "repeat_header":
        times = draw(st.integers(2, 3000))
        return lambda c: _repeat_first_cell(c, times)
    if kind == "line_ends":
        end = draw(st.sampled_from([b"\r\n", b"\r", b"\n\n", b"\x85", "\u2028".encode()]))
        return lambda c: c.replace(b"\n", end)
    if kind == "nul":
        return lambda c: c[: _at(c, where)] + b"\x00" + c[_at(c, where) :]
    levels = draw(st.integers(1, 3000)) if mail else draw(st.integers(1, 50))
    return lambda c: _nested(c, levels) if mail else c.replace(b",", b',"' * levels, 1)


def _repeat_first_cell(content: bytes, times: int) -> bytes:
    head, sep, rest = content.partition(b"\n")
    first = re.split(rb"[,;\t]", head, maxsplit=1)[0]
    return head + (b"," + first) * times + sep + rest


def _nested(message: bytes, levels: int) -> bytes:
    """The message's body wrapped in ``levels`` multipart containers."""
    head, _sep, body = message.partition(b"\n\n")
    inner = b"Content-Type: text/plain\n\n" + body
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(levels)
    )
    closing = b"".join(b"\n--b%d--\n" % i for i in reversed(range(levels)))
    return head + b"\nMIME-Version: 1.0\n" + opening + inner + closing


def mutations(mail: bool = False) -> st.SearchStrategy[list[Mutation]]:
    """One to three damages, applied in turn."""
    return st.lists(one_mutation(mail), min_size=1, max_size=3)


def damaged(content: bytes, steps: list[Mutation]) -> bytes:
    for step in steps:
        content = step(content)
    return content
