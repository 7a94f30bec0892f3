"""Which stored client each client named in an import is.

A source names its clients its own way: "Northwind, Ltd." in QuickBooks, "Northwind
Ltd" in Toggl, ``billing@northwind.example`` in the mailbox. :func:`match` links each
:class:`ClientRef` to a stored client by, in order: the same id, the same normalised name
(case, accents, punctuation and legal forms ignored), the same e-mail address, then the
same company mail domain (free-mail domains never count). It never merges silently:
a ref that fits several clients is listed as unmatched with the candidates, for a person
to choose. A name that fits nobody is a new client; a mail address that fits nobody is
unmatched (an address alone never creates a client: it may be a supplier or a friend).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from parting.ingest.parsed import ClientRef

FREE_MAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.co.uk",
        "outlook.com",
        "outlook.fr",
        "live.com",
        "live.fr",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "yandex.com",
        "yandex.ru",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "siol.net",
        "gmail.si",
        "t-2.net",
        "amis.net",
        "yahoo.com.vn",
    }
)

# Legal forms, as word sequences after normalisation. Vietnamese and French forms often
# open the name ("Công ty TNHH Sao Mai", "SARL Dupont"), the others close it.
LEGAL_FORMS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(form.split())
            for form in (
                "cong ty co phan", "cong ty tnhh mot thanh vien", "cong ty tnhh mtv",
                "cong ty tnhh", "cong ty", "cty tnhh", "cty cp", "cty", "ctcp", "tnhh", "mtv",
                "dntn", "co ltd", "pty ltd", "ltd", "limited", "llc", "llp", "plc", "inc",
                "incorporated", "corp", "corporation", "gmbh", "ag", "kg", "ug", "bv", "nv",
                "sarl", "sas", "sasu", "eurl", "sa", "sci", "srl", "spa", "doo", "dd", "sp",
            )
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Letters that Unicode does not decompose into a base letter and an accent.
LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"})


@dataclass(frozen=True)
class KnownClient:
    """A client already stored, with what identifies it."""

    client_id: str
    name: str | None
    emails: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass
class Matching:
    linked: dict[str, str] = field(default_factory=dict)  # ref key -> stored client_id
    new: list[ClientRef] = field(default_factory=list)
    unmatched: list[tuple[ClientRef, list[str]]] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """A client name as compared: lower case, no accents, punctuation or legal form.

    >>> normalise_name("Công ty TNHH Sao Mai")
    'sao mai'
    >>> normalise_name("Northwind, Ltd.")
    'northwind'
    """
    text = unicodedata.normalize("NFKD", name.translate(LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace(".", "")
    words = re.sub(r"[\W_]+", " ", text).split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for form in LEGAL_FORMS:
            n = len(form)
            if len(words) > n and tuple(words[-n:]) == form:
                words = words[:-n]
                changed = True
            elif len(words) > n and tuple(words[:n]) == form:
                words = words[n:]
                changed = True
        # "Acme Co." is Acme; "Maple & Co" keeps its Co.
        if len(words) > 1 and words[-1] == "co" and words[-2] != "and":
            words = words[:-1]
            changed = True
    return " ".join(words)


def email_domain(address: str) -> str | None:
    """The company domain of an address; None for free-mail domains and non-addresses."""
    local, at, domain = address.strip().lower().rpartition("@")
    domain = domain.strip(" >.")
    if not at or not local or "." not in domain or domain in FREE_MAIL:
        return None
    return domain


def match(refs: list[ClientRef], known: list[KnownClient]) -> Matching:
    """Link each ref to a stored client, or list it as new or unmatched (see module doc)."""
    index = Index.build(known)
    result = Matching()
    for ref in refs:
        if ref.key in index.ids:
            result.linked[ref.key] = ref.key
            continue
        candidates = candidates_for(ref, index)
        if len(candidates) == 1:
            result.linked[ref.key] = candidates[0]
        elif candidates:
            result.unmatched.append((ref, candidates))
        elif ref.name and not ref.key.startswith("mail:"):
            result.new.append(ref)
        else:
            result.unmatched.append((ref, []))
    return result


@dataclass
class Index:
    ids: set[str]
    names: dict[str, list[str]]
    emails: dict[str, list[str]]
    domains: dict[str, list[str]]

    @classmethod
    def build(cls, known: list[KnownClient]) -> Index:
        index = cls(set(), {}, {}, {})
        for client in known:
            index.ids.add(client.client_id)
            if client.name and normalise_name(client.name):
                add(index.names, normalise_name(client.name), client.client_id)
            for email in client.emails:
                add(index.emails, email.strip().lower(), client.client_id)
                company = email_domain(email)
                if company:
                    add(index.domains, company, client.client_id)
            for domain in client.domains:
                if domain.lower() not in FREE_MAIL:
                    add(index.domains, domain.strip().lower().lstrip("@"), client.client_id)
        return index


def add(mapping: dict[str, list[str]], key: str, client_id: str) -> None:
    ids = mapping.setdefault(key, [])
    if client_id not in ids:
        ids.append(client_id)


def candidates_for(ref: ClientRef, index: Index) -> list[str]:
    """The stored clients the first matching rule points to; an e-mail address may settle
    a tie between clients of the same name."""
    emails = [e.strip().lower() for e in ref.emails]
    by_email = unique(c for e in emails for c in index.emails.get(e, []))
    by_domain = unique(c for e in emails for c in index.domains.get(email_domain(e) or "", []))
    by_name = index.names.get(normalise_name(ref.name), []) if ref.name else []
    if by_name:
        if len(by_name) > 1:
            settled = [c for c in by_email if c in by_name] or [
                c for c in by_domain if c in by_name
            ]
            if len(settled) == 1:
                return settled
        return list(by_name)
    return by_email or by_domain


def unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
