"""The triage written for programs: JSON, CSV and Parquet, chunk by chunk.

The JSON is exactly what ``json.dumps(triage.to_json(), ensure_ascii=False, indent=2)``
gives, but written straight from the verdicts: the standard encoder falls back to pure
Python as soon as it indents, and ``to_json`` first copies every sign into dictionaries;
together they were over 40 % of a ``parting score`` run. Here each value is encoded by
the C string escaper or ``repr``, and the text goes out every ``CHUNK`` clients, so the
whole document is never held in memory; on a large portfolio a forked copy writes the
second half meanwhile, on the other core (``two_cores``). The clients the rules had
nothing to judge are written from the columns of ``Verdicts`` (no object each), CSV and
Parquet from one Arrow table. Tests compare the bytes with the standard encoder's and
with golden files.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from parting.engine.results import ClientVerdict, Sign, Triage
from parting.engine.two_cores import write_split
from parting.engine.verdicts import Verdicts

if TYPE_CHECKING:
    import pyarrow as pa

CHUNK = 2_000  # clients per write and per Arrow batch
# A judged client (signs, evidence) takes about eight times as long to write as a plain
# one (1M clients: 39 against 5 microseconds).
JUDGED_COST = 8

_string = json.encoder.encode_basestring  # the C escaper, as ensure_ascii=False uses
_float = json.encoder.JSONEncoder(allow_nan=True).iterencode  # only for nan/inf


def _scalar(value: Any) -> str:
    """One JSON value as ``json.dumps`` writes it."""
    # Figures are plain floats and ints, hundreds of thousands of them: their exact types
    # first, one comparison each (a bool is not an ``int`` here, nor nan a finite float).
    kind = type(value)
    if kind is float and _finite(value):
        return float.__repr__(value)
    if kind is int:
        return int.__repr__(value)
    if kind is str:
        return _string(value)
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and value == value and value not in (_INF, -_INF):
        return float.__repr__(value)
    return "".join(_float(value))


_INF = float("inf")
_finite = math.isfinite


def _strings(values: Iterable[str], indent: str) -> str:
    """A list of strings at ``indent`` (the indent of the line that opens it)."""
    inner = indent + "  "
    body = f",\n{inner}".join(map(_string, values))
    return f"[\n{inner}{body}\n{indent}]" if body else "[]"


# The short lists of a verdict (review flags, tempering) repeat from client to client.
_SHORT: dict[tuple[str, ...], str] = {}


def _short(values: list[str]) -> str:
    """``_strings(values, "    ")``, each different list written once."""
    key = tuple(values)
    text = _SHORT.get(key)
    if text is None:
        text = _SHORT[key] = _strings(key, "    ")
    return text


def _lists(mapping: Mapping[str, list[str]], indent: str) -> str:
    if not mapping:
        return "{}"
    inner = indent + "  "
    items = [f"{_string(k)}: {_strings(v, inner)}" for k, v in mapping.items()]
    return "{\n" + inner + f",\n{inner}".join(items) + f"\n{indent}}}"


# A sign's figures have the same names, in the same order, for every client it fired for:
# the text around their values is made once per list of names, as a %-template.
_TEMPLATES: dict[tuple[tuple[str, ...], str], str] = {}


def _figures(mapping: Mapping[str, Any], indent: str) -> str:
    if not mapping:
        return "{}"
    key = (tuple(mapping), indent)
    template = _TEMPLATES.get(key)
    if template is None:
        inner = indent + "  "
        lines = [inner + _string(k).replace("%", "%%") + ": %s" for k in key[0]]
        template = _TEMPLATES[key] = "{\n" + ",\n".join(lines) + f"\n{indent}}}"
    return template % tuple(map(_scalar, mapping.values()))


# Indents of a sign: the list of signs opens at 4 spaces, a sign at 6, its fields at 8.
def _sign(s: Sign) -> str:
    e = s.evidence
    first = f'"{s.first_seen.isoformat()}"' if s.first_seen else "null"
    return (
        "      {\n"
        f'        "id": {_string(s.id)},\n'
        f'        "severity": {_string(s.severity)},\n'
        '        "evidence": {\n'
        f'          "figures": {_figures(e.figures, "          ")},\n'
        f'          "records": {_lists(e.records, "          ")},\n'
        f'          "words": {_lists(e.words, "          ")}\n'
        "        },\n"
        f'        "first_seen": {first},\n'
        f'        "weak": {"true" if s.weak else "false"},\n'
        f'        "deciding": {_string(s.deciding)}\n'
        "      }"
    )


def _client(v: ClientVerdict) -> str:
    signs = "[\n" + ",\n".join(_sign(s) for s in v.signs) + "\n    ]" if v.signs else "[]"
    day = f'"{v.decision_not_before.isoformat()}"' if v.decision_not_before else "null"
    repair = f'"{v.reviewed_repair.isoformat()}"' if v.reviewed_repair else "null"
    return (
        "  {\n"
        f'    "client_id": {_string(v.client_id)},\n'
        f'    "name": {_string(v.name)},\n'
        f'    "verdict": {_string(v.verdict)},\n'
        f'    "rank": {_scalar(v.rank)},\n'
        f'    "reason": {_string(v.reason)},\n'
        f'    "signs": {signs},\n'
        f'    "review_flags": {_short(v.review_flags)},\n'
        f'    "tempered_by": {_short(v.tempered_by)},\n'
        f'    "decision_not_before": {day},\n'
        f'    "language": {_string(v.language)},\n'
        f'    "reviewed_repair": {repair},\n'
        f'    "owed": {_scalar(v.owed)},\n'
        f'    "overdue": {_scalar(v.overdue)}\n'
        "  }"
    )


def _plain_writer(v: Verdicts) -> Callable[[int, int], str]:
    """Writes a client the rules had nothing to judge (``Verdicts``) as ``_client`` writes
    it. Its reason, review flags and language repeat from client to client: the lines
    they make are written once for each different three."""
    between: dict[tuple[str, tuple[str, ...], str], str] = {}
    ids, names, owed, overdue = v.ids, v.names, v.owed, v.overdue
    reasons, flags, languages = v.reasons, v.flags, v.languages

    def plain(i: int, rank: int) -> str:
        key = (reasons[i], flags[i], languages[i])
        middle = between.get(key)
        if middle is None:
            middle = between[key] = (
                f'    "reason": {_string(key[0])},\n'
                '    "signs": [],\n'
                f'    "review_flags": {_strings(key[1], "    ")},\n'
                '    "tempered_by": [],\n'
                '    "decision_not_before": null,\n'
                f'    "language": {_string(key[2])},\n'
                '    "reviewed_repair": null,\n'
            )
        return (
            "  {\n"
            f'    "client_id": {_string(ids[i])},\n'
            f'    "name": {_string(names[i])},\n'
            '    "verdict": "keep",\n'
            f'    "rank": {rank},\n'
            f"{middle}"
            f'    "owed": {_scalar(owed[i])},\n'
            f'    "overdue": {_scalar(overdue[i])}\n'
            "  }"
        )

    return plain


def write_json(triage: Triage, out: IO[str]) -> None:
    """``triage`` as the JSON of ``parting score --format json``, with a final newline."""
    verdicts = Verdicts.of(triage.verdicts)
    if not len(verdicts):
        out.write("[]\n")
        return
    out.write("[\n")
    cost = np.where(verdicts.judged_by_rank(), JUDGED_COST, 1)
    write_split(out, len(verdicts), partial(_clients, verdicts), cost)
    out.write("\n]\n")


def _clients(verdicts: Verdicts, start: int, stop: int) -> Iterator[str]:
    """The clients ranked ``start + 1`` to ``stop``, ``CHUNK`` at a time, each but the
    first of all after a comma."""
    judged = verdicts.judged
    plain = _plain_writer(verdicts)
    positions = verdicts.order[start:stop].tolist()
    for at in range(0, len(positions), CHUNK):
        first = start + at
        chunk = ",\n".join(
            _client(judged[i]) if i in judged else plain(i, rank)
            for rank, i in enumerate(positions[at : at + CHUNK], start=first + 1)
        )
        yield chunk if first == 0 else ",\n" + chunk


def flat_batches(triage: Triage) -> Iterable[pa.RecordBatch]:
    """One row per client for CSV and Parquet, ``CHUNK`` rows per batch: lists joined with
    ';' as in Parting CSV."""
    return Verdicts.of(triage.verdicts).flat().to_batches(max_chunksize=CHUNK)


def flat_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("rank", pa.int64()),
            ("client_id", pa.string()),
            ("name", pa.string()),
            ("verdict", pa.string()),
            ("reason", pa.string()),
            ("signs", pa.string()),
            ("review_flags", pa.string()),
            ("tempered_by", pa.string()),
            ("decision_not_before", pa.date32()),
            ("owed", pa.float64()),
            ("overdue", pa.float64()),
        ]
    )


def write_csv(triage: Triage, out: IO[bytes]) -> None:
    """The flat rows as UTF-8 CSV with a header, batch by batch."""
    import pyarrow as pa
    import pyarrow.csv as pv

    from parting.spreadsheet import text_safe

    with pv.CSVWriter(out, flat_schema()) as writer:
        for batch in flat_batches(triage):
            # A client name such as =HYPERLINK(...) must not run when the file is opened.
            safe = [text_safe(column) for column in batch.columns]
            writer.write_batch(pa.RecordBatch.from_arrays(safe, schema=batch.schema))


def write_parquet(triage: Triage, path: Any) -> None:
    """The flat rows as one Parquet file."""
    import pyarrow.parquet as pq

    pq.write_table(Verdicts.of(triage.verdicts).flat(), path)
