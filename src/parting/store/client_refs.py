"""Which workspace client each client an import names is: by the source's remembered key
(``ClientAlias``) first, then by id, normalised name and e-mail domain
(``parting.ingest.matching``). A name that fits no client creates one; a name that fits
several, or an address no client owns, waits as an ``UnmatchedRef`` for a person."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parting.ingest.parsed import ClientRef
from parting.store.models import Client, ClientAlias, ImportBatch, UnmatchedRef

if TYPE_CHECKING:
    from parting.ingest.matching import KnownClient

PARTING_CSV = "parting_csv"


@dataclass
class Resolution:
    """``clients``: source key -> workspace client id; ``unmatched``: source key -> ref."""

    clients: dict[str, str] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    unmatched: dict[str, UnmatchedRef] = field(default_factory=dict)


def resolve(
    refs: list[ClientRef], source: str, batch: ImportBatch, provided: frozenset[str] = frozenset()
) -> Resolution:
    """``provided``: keys whose full row this import's clients table brings (Parting CSV);
    those new clients are written with that row rather than created from the ref."""
    result = Resolution()
    refs = list({r.key: r for r in refs}.values())
    aliases = dict(
        ClientAlias.objects.filter(source=source).values_list("key", "client_id").iterator()
    )
    ids = set(Client.objects.values_list("client_id", flat=True).iterator())
    open_refs: list[ClientRef] = []
    for ref in refs:
        if ref.key in aliases:
            result.clients[ref.key] = aliases[ref.key]
        elif source == PARTING_CSV and ref.key in ids:
            result.clients[ref.key] = ref.key  # a workspace's own ids need no alias
        else:
            open_refs.append(ref)
    if not open_refs:
        return result
    linked, new, unmatched = _match(open_refs)
    by_key = {r.key: r for r in open_refs}
    for key, client_id in linked.items():
        result.clients[key] = client_id
        _remember(source, by_key[key], client_id)
    # Parting CSV names each client by its own id: two ids are two clients, whatever
    # their names. Other sources name clients by name, so spellings of one are grouped.
    groups = [[ref] for ref in new] if source == PARTING_CSV else _spellings(new)
    for same in groups:
        first, others = same[0], same[1:]
        if source == PARTING_CSV and first.key in provided:
            client_id = first.key
        else:
            client_id = _create(first, source, ids)
        result.clients[first.key] = client_id
        result.new.append(client_id)
        for ref in others:  # another spelling of the same new client, in the same import
            result.clients[ref.key] = client_id
            _remember(source, ref, client_id)
    result.unmatched.update(_unmatched(unmatched, source, batch))
    return result


def _spellings(new: list[ClientRef]) -> list[list[ClientRef]]:
    """The new refs grouped by normalised name, so "Acme Ltd" and "ACME ltd." in one file
    make one client, as they would across two imports (the matcher links the second
    spelling to the stored client). The first spelling names the client."""
    from parting.ingest.matching import normalise_name

    groups: dict[str, list[ClientRef]] = {}
    for ref in new:
        name = normalise_name(ref.name or "")
        groups.setdefault(name or f"\x00{ref.key}", []).append(ref)
    return list(groups.values())


def _match(
    refs: list[ClientRef],
) -> tuple[dict[str, str], list[ClientRef], list[tuple[ClientRef, list[str]]]]:
    from parting.ingest.matching import match

    # Even with no client stored yet, the matcher decides: a name becomes a new client, a
    # bare mail address stays unmatched (an address alone never creates a client).
    found = match(refs, known_clients())
    return found.linked, found.new, found.unmatched


def known_clients() -> list[KnownClient]:
    """Every stored client with its name, addresses and company mail domains."""
    names = list(Client.objects.values_list("client_id", "name").iterator())
    if not names:
        return []
    from parting.ingest.matching import KnownClient

    emails: dict[str, set[str]] = {}
    for client_id, email in Client.objects.exclude(email="").values_list("client_id", "email"):
        emails.setdefault(client_id, set()).update(_split(email))
    for client_id, email in ClientAlias.objects.exclude(email="").values_list("client_id", "email"):
        emails.setdefault(client_id, set()).update(_split(email))
    known = []
    for client_id, name in names:
        mine = tuple(sorted(emails.get(client_id, ())))
        domains = tuple(sorted({e.rsplit("@", 1)[1] for e in mine if "@" in e}))
        known.append(KnownClient(client_id=client_id, name=name, emails=mine, domains=domains))
    return known


def _split(emails: str) -> list[str]:
    return [e.strip().lower() for e in re.split(r"[;,\s]+", emails) if e.strip()]


def _remember(source: str, ref: ClientRef, client_id: str) -> None:
    ClientAlias.objects.update_or_create(
        source=source,
        key=ref.key,
        defaults={
            "client_id": client_id,
            "name": ref.name or "",
            "email": ";".join(ref.emails),
        },
    )


def _create(ref: ClientRef, source: str, taken: set[str]) -> str:
    """A client first seen in this import. Parting CSV brings its own id; other sources get
    a readable one made from the name."""
    client_id = ref.key if source == PARTING_CSV else _unique(slug(ref.name or ref.key), taken)
    Client.objects.create(
        client_id=client_id,
        name=ref.name or ref.key,
        email=ref.emails[0] if ref.emails else "",
    )
    taken.add(client_id)
    if source != PARTING_CSV:
        _remember(source, ref, client_id)
    return client_id


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return cleaned[:60] or "client"


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _unmatched(
    unmatched: list[tuple[ClientRef, list[str]]], source: str, batch: ImportBatch
) -> dict[str, UnmatchedRef]:
    """Each ref's open entry: the same ref seen again (a re-import, the next batch of a
    mail sync) reuses its entry. Read and written in bulk: a mail batch names hundreds."""
    if not unmatched:
        return {}
    keys = [ref.key for ref, _candidates in unmatched]
    existing: dict[str, UnmatchedRef] = {}
    for start in range(0, len(keys), 500):
        for found in UnmatchedRef.objects.filter(
            source=source, key__in=keys[start : start + 500], resolved_to__isnull=True
        ).order_by("-pk"):
            existing[found.key] = found  # the oldest open entry wins, as before
    out: dict[str, UnmatchedRef] = {}
    widened: list[UnmatchedRef] = []
    new: list[UnmatchedRef] = []
    for ref, candidates in unmatched:
        entry = existing.get(ref.key)
        if entry is not None:
            merged = sorted(set(entry.candidates) | set(candidates))
            if merged != entry.candidates:
                entry.candidates = merged
                widened.append(entry)
        else:
            entry = UnmatchedRef(
                batch=batch,
                source=source,
                key=ref.key,
                name=ref.name or "",
                emails=";".join(ref.emails),
                candidates=sorted(candidates),
            )
            new.append(entry)
        out[ref.key] = entry
    UnmatchedRef.objects.bulk_update(widened, ["candidates"])
    UnmatchedRef.objects.bulk_create(new)
    return out
