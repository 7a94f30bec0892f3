"""The business's tables as narwhals lazy frames on one engine, with derived columns.

Input is either Arrow tables (``parting.schema``) or native frames of one engine (Polars,
DuckDB or Spark DataFrames with the same columns); missing tables and optional columns
are filled with nulls so every metric can rely on every column being there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import narwhals as nw
import pyarrow as pa

from parting import schema
from parting.engine import backends
from parting.errors import InputError
from parting.i18n import _

NW_TYPES: dict[str, Any] = {
    "str": nw.String(),
    "int": nw.Int64(),
    "float": nw.Float64(),
    "date": nw.Date(),
    "timestamp": nw.Datetime("us", "UTC"),
    "bool": nw.Boolean(),
    "list": nw.String(),
    "choice": nw.String(),
}


@dataclass
class Frames:
    """One lazy frame per Parting table, all on ``engine``."""

    engine: str
    tables: dict[str, nw.LazyFrame[Any]]
    _classified: nw.LazyFrame[Any] | None = field(default=None, repr=False)
    _classified_key: tuple[int, int] | None = field(default=None, repr=False)
    # A timeline classifies the messages of all its months at once (``classify_span``).
    _span: nw.LazyFrame[Any] | None = field(default=None, repr=False)
    _span_key: tuple[int, int, int] | None = field(default=None, repr=False)

    def __getitem__(self, name: str) -> nw.LazyFrame[Any]:
        return self.tables[name]

    def from_arrow(self, table: pa.Table) -> nw.LazyFrame[Any]:
        """A small Arrow table (e.g. which clients' signs fired) on the same engine."""
        return nw.from_native(backends.from_arrow(table, self.engine)).lazy()

    def classified_messages(self, as_of: int, lookback: int) -> nw.LazyFrame[Any]:
        """The messages the signs read as of day ``as_of`` (the last ``lookback`` days)
        with their text classes (see ``messages.classify_messages``), computed once per
        scoring and kept without the bodies: the classifier is the costliest step, and both
        the figures and the evidence read it."""
        if self._span is not None and self._span_key is not None:
            first, last, span_lookback = self._span_key
            if first <= as_of <= last and lookback == span_lookback:
                day = nw.col("day")
                return self._span.filter((day > as_of - lookback) & (day <= as_of))
        if self._classified is None or self._classified_key != (as_of, lookback):
            from parting.engine.messages import classify_messages

            if self._classified is not None:
                backends.release(self._classified, self.engine)
            flags = classify_messages(self["messages"], self["clients"], as_of, lookback)
            self._classified = backends.materialise(flags, self.engine)
            self._classified_key = (as_of, lookback)
        return self._classified

    def classify_span(self, first: int, last: int, lookback: int) -> None:
        """Classify, once, the messages every as-of day from ``first`` to ``last`` reads,
        so that scoring each month of a timeline does not run the classifier again."""
        from parting.engine.messages import classify_messages

        if self._span is not None and self._span_key == (first, last, lookback):
            return
        self.release()
        flags = classify_messages(self["messages"], self["clients"], last, lookback + last - first)
        self._span = backends.materialise(flags, self.engine)
        self._span_key = (first, last, lookback)

    def classified_span(self, first: int, last: int, lookback: int) -> nw.LazyFrame[Any]:
        """The messages every as-of day from ``first`` to ``last`` reads (``lookback``
        days back), with their text classes, classified once (``classify_span``)."""
        self.classify_span(first, last, lookback)
        assert self._span is not None
        return self._span

    def release(self) -> None:
        if self._classified is not None:
            backends.release(self._classified, self.engine)
            self._classified = None
        if self._span is not None:
            backends.release(self._span, self.engine)
            self._span = None
            self._span_key = None


def prepare(tables: Mapping[str, Any], engine: str, timezone: str) -> Frames:
    """Lazy frames with derived integer columns for every table of ``parting.schema``."""
    # Eager frames of other libraries (pandas, …) travel as Arrow, like Parting's own.
    tables = {
        name: t
        if isinstance(t, pa.Table) or backends.engine_of(t) is not None
        else nw.from_native(t, eager_only=True).to_arrow()
        for name, t in tables.items()
    }
    engine = _choose_engine(tables, engine)
    unknown = set(tables) - set(schema.TABLES)
    if unknown:
        raise InputError(
            _("unknown table {name}.").format(name=sorted(unknown)[0]),
            fix=_("Use the table names of Parting CSV (clients, invoices, …)."),
        )
    arrow = schema.complete({k: v for k, v in tables.items() if isinstance(v, pa.Table)})
    out: dict[str, nw.LazyFrame[Any]] = {}
    for name in schema.TABLES:
        given = tables.get(name)
        if given is None or isinstance(given, pa.Table):
            native = backends.from_arrow(arrow[name], engine)
        else:
            native = _complete_native(given, name)
        native = backends.derive(native, name, engine, timezone)
        out[name] = nw.from_native(native).lazy()
    return Frames(engine, out)


def _choose_engine(tables: Mapping[str, Any], engine: str) -> str:
    """Native frames decide the engine (a Spark user gets Spark); Arrow uses ``engine``."""
    found = {e for e in (backends.engine_of(t) for t in tables.values()) if e is not None}
    if len(found) > 1:
        raise InputError(
            _("the tables come from different engines ({engines}).").format(
                engines=", ".join(sorted(str(e) for e in found))
            ),
            fix=_("Hand in Arrow tables, or frames of one engine only."),
        )
    return backends.check_engine(found.pop() if found else engine)


def _complete_native(native: Any, name: str) -> Any:
    """Add missing optional columns as typed nulls and cast present ones to their type."""
    frame = nw.from_native(native).lazy()
    spec = schema.TABLES[name]
    present = set(frame.collect_schema().names())
    missing = [c for c in spec.required if c not in present]
    if missing:
        raise InputError(
            _("the table {table} has no column {column}.").format(table=name, column=missing[0]),
            fix=_("Add the column, named as in Parting CSV."),
        )
    exprs = []
    for col in spec.columns:
        dtype = NW_TYPES[col.type]
        if col.name in present and col.type == "timestamp":
            # Engines disagree on naming UTC ("UTC", "Etc/UTC"): ``backends.derive``
            # reads the instant itself.
            exprs.append(nw.col(col.name))
        elif col.name in present:
            exprs.append(nw.col(col.name).cast(dtype))
        else:
            exprs.append(nw.lit(None, dtype).alias(col.name))
    return frame.select(exprs).to_native()
