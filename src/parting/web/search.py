"""Finding a client the way a person types it: without accents, in any case, by the
business's name, its contact's name or e-mail — and turning a typed name back into the one
client it means (the import page's link and merge fields).

Folding happens in Python on both databases, so SQLite and PostgreSQL find exactly the
same clients (neither has accent-insensitive matching built in without extensions).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from parting.errors import PartingError
from parting.store.models import Client

# Letters that are not a base letter plus a combining mark, so NFKD leaves them alone.
_LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """``"Žagar Gradnje"`` → ``"zagar gradnje"``; ``"Công ty Đông Á"`` → ``"cong ty dong a"``:
    no accents, no case, runs of spaces as one."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def search_key(*parts: str) -> str:
    """Everything a person may type to find one client, folded; parts joined by a line
    break so a query never matches across two of them."""
    return "\n".join(fold(p) for p in parts if p)


def matches(key: str, query: str) -> bool:
    """Every word of the query appears in the key ("cong ty" finds "Công ty Minh Phát")."""
    return all(word in key for word in fold(query).split())


class ClientChoiceError(PartingError):
    """A typed client name that names no client, or several."""


@dataclass(frozen=True)
class Choice:
    """One client as the person picks it from a list: its name, made unique by the
    contact's e-mail or name where two clients share a name."""

    client_id: str
    label: str


def choices(clients: Iterable[Client] | None = None) -> list[Choice]:
    rows = list(clients if clients is not None else Client.objects.order_by("name"))
    by_name: dict[str, list[Client]] = defaultdict(list)
    for c in rows:
        by_name[fold(c.name)].append(c)
    result = []
    for c in rows:
        same = by_name[fold(c.name)]
        result.append(Choice(c.client_id, _label(c, same) if len(same) > 1 else c.name))
    return result


def _label(client: Client, same: list[Client]) -> str:
    detail = client.email or client.contact_name
    if detail and sum(1 for c in same if (c.email or c.contact_name) == detail) == 1:
        return f"{client.name} ({detail})"
    position = same.index(client) + 1
    return f"{client.name} ({position})"


def resolve(typed: str) -> Client:
    """The one client ``typed`` names: a label from the list, a name typed without its
    accents, or (for the command line's habits) a client id. Raises a message that says
    what to do when it names none or several."""
    typed = typed.strip()
    if not typed:
        raise ClientChoiceError(_("Choose a client from the list."))
    every = choices()
    exact = [c for c in every if c.label == typed]
    if len(exact) == 1:
        return Client.objects.get(pk=exact[0].client_id)
    wanted = fold(typed)
    by_label = [c for c in every if fold(c.label) == wanted]
    if len(by_label) == 1:
        return Client.objects.get(pk=by_label[0].client_id)
    named = [c for c in every if fold(c.label.split(" (")[0]) == wanted]
    if len(named) > 1:
        raise ClientChoiceError(
            _("Several clients are called “%(name)s”: %(labels)s. Choose one from the list.")
            % {"name": typed, "labels": "; ".join(c.label for c in named)}
        )
    if len(named) == 1:
        return Client.objects.get(pk=named[0].client_id)
    by_id = Client.objects.filter(pk=typed).first()
    if by_id is not None:
        return by_id
    raise ClientChoiceError(
        _("No client is called “%(name)s”. Choose one from the list.") % {"name": typed}
    )
