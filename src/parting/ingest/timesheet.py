"""Time entries, projects and clients from the columns a time tracker exported.

Each tracker module (Toggl, Harvest, Clockify, Kimai) finds its columns and converts them;
this module does what they share, column-wise: drop unusable rows (listed as skipped),
fall back from a missing client to the project, infer each entry's kind, and give every
entry an id that stays the same when the same export is imported again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from parting.i18n import _, ngettext
from parting.ingest.cells import text
from parting.ingest.kinds import infer_kinds
from parting.ingest.parsed import ClientRef, Parsed, Skip, finish
from parting.ingest.sheet import Sheet


@dataclass
class TimeColumns:
    """A tracker's columns, converted; ``None`` where the export has no such column."""

    client: pa.Array
    project: pa.Array
    person: pa.Array
    date: pa.Array
    hours: pa.Array
    description: pa.Array
    billable: pa.Array | None = None
    bill_rate: pa.Array | None = None
    cost_rate: pa.Array | None = None
    kind_text: list[pa.Array] = field(default_factory=list)  # task, tags, description
    identity: list[pa.Array] = field(default_factory=list)  # raw cells naming the entry


def entry_ids(prefix: str, identity: list[pa.Array]) -> pa.Array:
    """``prefix:`` + a hash of the cells that identify an entry; repeats get ``#2``, ``#3``.

    The hash (MD5, computed by DuckDB over the whole column) only depends on the cells, so
    a re-import yields the same ids."""
    rows = len(identity[0]) if identity else 0
    if rows == 0:
        return pa.array([f"{prefix}:{i}" for i in range(rows)], pa.string())
    cells = pa.table({f"c{i}": pc.cast(c, pa.string()) for i, c in enumerate(identity)})
    joined = ", ".join(f"coalesce(c{i}, '')" for i in range(len(identity)))
    with duckdb.connect() as con:
        con.register("cells", cells)
        # A plain projection keeps the rows in order (DuckDB preserves insertion order).
        query = f"select substr(md5(concat_ws(chr(31), {joined})), 1, 20) as h from cells"
        hashes = con.sql(query).to_arrow_table()["h"]
    ids = pc.binary_join_element_wise(f"{prefix}:", hashes.combine_chunks(), "")
    if pc.count_distinct(hashes).as_py() == rows:
        return ids
    return number_repeats(ids)


def number_repeats(ids: pa.Array) -> pa.Array:
    """The second and later copies of an id get ``#2``, ``#3``, … (only the repeated ids
    pass through Python)."""
    counts = pc.value_counts(ids)
    repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    mask = pc.is_in(ids, value_set=repeated)
    seen: dict[str, int] = {}
    renamed: list[str] = []
    for value in pc.filter(ids, mask).to_pylist():
        count = seen.get(value, 0) + 1
        seen[value] = count
        renamed.append(value if count == 1 else f"{value}#{count}")
    return pc.replace_with_mask(ids, mask, pa.array(renamed, pa.string()))


# What trackers write where there is no client or project ("Project without Client" in a
# Harvest report, "Without client" in Toggl's): the absence of a name, not a name.
NO_NAME = frozenset(
    {"project without client", "without client", "without project", "no client", "no project"}
)


def _named(values: pa.Array) -> pa.Array:
    """``values`` with the trackers' words for "none" made missing."""
    bare = pc.utf8_trim(pc.utf8_lower(values), "()[] ")
    return pc.if_else(pc.is_in(bare, value_set=pa.array(sorted(NO_NAME))), None, values)


def unusable_rows(sheet: Sheet, cols: TimeColumns, skipped: list[Skip]) -> pa.Array:
    """Mask of the rows to keep; the others are added to ``skipped`` with the reason.
    A placeholder client or project name counts as none."""
    cols.client, cols.project = _named(cols.client), _named(cols.project)
    reasons = [
        (pc.and_(pc.is_null(cols.client), pc.is_null(cols.project)), _("no client or project")),
        (pc.is_null(cols.date), _("no date")),
        (pc.is_null(cols.hours), _("no duration")),
    ]
    drop = pa.array([False] * sheet.num_rows, pa.bool_())
    for mask, reason in reasons:
        new = pc.and_(mask, pc.invert(drop))
        for index in pc.indices_nonzero(new).to_pylist():
            skipped.append(Skip(sheet.name, sheet.line(index), reason))
        drop = pc.or_(drop, mask)
    keep = pc.invert(drop)
    return keep.combine_chunks() if isinstance(keep, pa.ChunkedArray) else keep


def build(
    format: str, sheet: Sheet, cols: TimeColumns, notices: list[str], skipped: list[Skip]
) -> Parsed:
    keep = unusable_rows(sheet, cols, skipped)
    rows = sheet.rows_read

    everything = pc.all(keep).as_py() is not False

    def kept(array: pa.Array | None) -> pa.Array | None:
        if array is None or everything:
            return array
        return pc.filter(array, keep)

    client = kept(cols.client)
    project = kept(cols.project)
    assert client is not None and project is not None
    no_client = pc.is_null(client)
    fallback = pc.sum(no_client).as_py() or 0
    if fallback:
        from parting.words.formats import number

        notices.append(
            ngettext(
                "{n} entry has no client; its project name was used as the client.",
                "{n} entries have no client; their project name was used as the client.",
                fallback,
            ).format(n=number(fallback))
        )
        client = pc.if_else(no_client, project, client)
    project_id = pc.if_else(
        pc.is_null(project),
        pa.scalar(None, pa.string()),
        pc.binary_join_element_wise(f"{format}:", client, "/", pc.fill_null(project, ""), ""),
    )
    kind_text = [kept(c) for c in cols.kind_text] or [kept(cols.description)]
    columns = {
        "entry_id": entry_ids(format, [kept(c) for c in cols.identity]),
        "client_id": client,
        "project_id": project_id,
        "person": kept(cols.person),
        "date": kept(cols.date),
        "hours": kept(cols.hours),
        "billable": kept(cols.billable),
        "bill_rate": kept(cols.bill_rate),
        "cost_rate": kept(cols.cost_rate),
        "kind": infer_kinds(*[k for k in kind_text if k is not None]),
        "description": kept(cols.description),
    }
    entries = pa.table({k: v for k, v in columns.items() if v is not None})
    projects = project_table(client, project, project_id)
    clients = [ClientRef(key=name, name=name) for name in sorted(set(client.to_pylist()))]
    ignored = sheet.ignored()
    if ignored:
        notices.append(_("Ignored columns: {columns}").format(columns=", ".join(ignored)))
    return finish(
        format,
        sheet.name,
        {"time_entries": entries, "projects": projects},
        clients,
        sheet.skipped + skipped,
        notices,
        rows,
    )


def project_table(client: pa.Array, project: pa.Array, project_id: pa.Array) -> pa.Table:
    pairs = pa.table({"project_id": project_id, "client_id": client, "name": project})
    pairs = pairs.filter(pc.is_valid(project_id))
    return pairs.group_by(["project_id", "client_id", "name"], use_threads=False).aggregate([])


def text_or_none(sheet: Sheet, *aliases: str) -> pa.Array:
    return text(sheet.get(*aliases), sheet.num_rows)
