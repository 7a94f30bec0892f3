"""What a person does to the clients an import found: merge two that are one, and link a
name or address no client could be matched to."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from parting.errors import InputError, NotFoundError
from parting.i18n import _
from parting.store import pending, undo
from parting.store.client_refs import PARTING_CSV
from parting.store.imports import write_tables
from parting.store.models import (
    AuditEntry,
    Client,
    ClientAlias,
    Incident,
    Invoice,
    Judgement,
    Message,
    Plan,
    Project,
    TimeEntry,
    UnmatchedRef,
    VerdictRecord,
)

# Fields copied from the client merged away when the one kept has none.
FILLED_ON_MERGE = (
    "contact_name",
    "contact_salutation",
    "contact_formality",
    "email",
    "language",
    "timezone",
    "industry",
    "tags",
    "since",
    "relationship",
    "referred_by",
    "strategic_fit",
)


def get_client(client_id: str) -> Client:
    try:
        return Client.objects.get(pk=client_id)
    except Client.DoesNotExist:
        raise NotFoundError(
            _("There is no client {client}. See your clients with: parting clients list").format(
                client=client_id
            )
        ) from None


def client_named(text: str) -> str:
    """The id of the client ``text`` names on the command line: its id, or its name
    (whatever its case) when one client bears it — a person knows their clients by name.
    ``NotFoundError`` when none does, or when several share the name (naming their ids)."""
    if Client.objects.filter(pk=text).exists():
        return text
    name = " ".join(text.split())
    ids = list(Client.objects.filter(name=name).order_by("pk").values_list("pk", flat=True)[:4])
    if not ids:
        ids = list(
            Client.objects.filter(name__iexact=name).order_by("pk").values_list("pk", flat=True)[:4]
        )
    if len(ids) > 1:
        raise NotFoundError(
            _("Several clients are named {name}: {ids}. Give the id of the one you mean.").format(
                name=name, ids=", ".join(ids)
            )
        )
    if ids:
        return ids[0]
    # A name typed short ("Kestrel Architects" for "Kestrel Architects Ltd") is answered
    # with the names that hold it, so the person can type one of them.
    near = Client.objects.filter(name__icontains=name).order_by("name")
    names = list(dict.fromkeys(near.values_list("name", flat=True)[:4]))
    if names and name:
        from parting.words.formats import quoted

        raise NotFoundError(
            _("There is no client {client}. Did you mean {names}?").format(
                client=quoted([name]), names=quoted(names)
            )
        )
    return get_client(text).pk


def merge(into: str, other: str) -> dict[str, Any]:
    """Move everything of ``other`` to ``into``, keep ``other``'s aliases (and its id, so a
    re-import of a file naming it lands on ``into``), then delete ``other``. Returns what
    undoing it needs (``parting.store.undo``)."""
    if into == other:
        raise InputError(
            _("a client cannot be merged into itself."), fix=_("Give two different clients.")
        )
    with transaction.atomic():
        kept, gone = get_client(into), get_client(other)
        note = undo.before_merge(into, other)
        for model in (Project, TimeEntry, Invoice, Message, Incident, Judgement, Plan):
            model.objects.filter(client_id=other).update(client_id=into)
        VerdictRecord.objects.filter(client_id=other).update(client_id=into)
        ClientAlias.objects.filter(client_id=other).update(client_id=into)
        UnmatchedRef.objects.filter(resolved_to_id=other).update(resolved_to_id=into)
        ClientAlias.objects.get_or_create(
            source=PARTING_CSV,
            key=other,
            defaults={"client_id": into, "name": gone.name, "email": gone.email},
        )
        Client.objects.filter(referred_by=other).update(referred_by=into)
        for name in FILLED_ON_MERGE:
            if getattr(kept, name) in ("", None) and getattr(gone, name) not in ("", None):
                setattr(kept, name, getattr(gone, name))
        kept.save()
        gone.delete()
        # The merged client's history of changes stays readable on the one kept.
        AuditEntry.objects.filter(client_id=other).update(client_id=into)
    return note


def set_address(
    client_id: str, salutation: str | None = None, formality: str | None = None
) -> Client:
    """Record how letters address the client's contact: a salutation (Mr, Ms, Monsieur,
    gospa, chị…; "none" when not known) and a formality (usual, senior, familiar; also
    tu, tikanje, em…). A value not given is left as it is."""
    from parting.playbook.address import formality_of, salutation_of

    client = get_client(client_id)
    if salutation is not None:
        value = "" if salutation.strip().casefold() in ("none", "-") else salutation_of(salutation)
        if value is None:
            raise InputError(
                _("{value} is not a salutation.").format(value=salutation),
                fix=_(
                    "Give one of: Mr, Ms (or Monsieur, Madame, gospod, gospa, anh, chị), or none."
                ),
            )
        client.contact_salutation = value
    if formality is not None:
        register = formality_of(formality)
        if register is None:
            raise InputError(
                _("{value} is not a formality.").format(value=formality),
                fix=_("Give one of: usual, senior (ông/bà), familiar (tu, tikanje, em)."),
            )
        client.contact_formality = register
    client.save(update_fields=["contact_salutation", "contact_formality", "updated_at"])
    return client


def find_unmatched(ref: str) -> UnmatchedRef:
    """An open unmatched ref by its number or its key (a name or an address)."""
    refs = UnmatchedRef.objects.filter(resolved_to__isnull=True)
    found = refs.filter(pk=int(ref)).first() if ref.isdigit() else None
    found = found or refs.filter(key=ref).order_by("pk").first()
    if found is None:
        raise NotFoundError(
            _(
                "Nothing unmatched is called {ref}. See the list with: parting clients unmatched"
            ).format(ref=ref)
        )
    return found


def link(unmatched_id: int, client_id: str) -> dict[str, Any]:
    """Say which client an unmatched name or address is: its messages and waiting rows
    join the client, and later imports from that source link the same way. The same
    address waiting from other sources (an mbox and a Maildir) is linked with it.
    Returns what undoing it needs (``parting.store.undo``)."""
    with transaction.atomic():
        ref = UnmatchedRef.objects.select_for_update().filter(pk=unmatched_id).first()
        if ref is None or ref.resolved_to_id is not None:
            raise NotFoundError(
                _("Nothing unmatched has the number {ref}.").format(ref=unmatched_id)
            )
        client = get_client(client_id)
        same = [
            other
            for other in UnmatchedRef.objects.filter(resolved_to__isnull=True).exclude(pk=ref.pk)
            if ref.emails and other.address == ref.address
        ]
        note = undo.before_link([ref, *same], client.pk)
        for each in (ref, *same):
            _resolve(each, client)
        return undo.after_link(note)


def _resolve(ref: UnmatchedRef, client: Client) -> None:
    ClientAlias.objects.update_or_create(
        source=ref.source,
        key=ref.key,
        defaults={"client": client, "name": ref.name, "email": ref.emails},
    )
    Message.objects.filter(client__isnull=True, unmatched_address=ref.address).update(
        client=client, unmatched_address=""
    )
    write_tables(pending.release(ref, client.pk), ref.batch_id)
    ref.pending = {}
    ref.resolved_to = client
    ref.save(update_fields=["pending", "resolved_to"])


def unmatched() -> list[UnmatchedRef]:
    return list(UnmatchedRef.objects.filter(resolved_to__isnull=True).order_by("pk"))


def unmatched_messages(ref: UnmatchedRef) -> int:
    return Message.objects.filter(client__isnull=True, unmatched_address=ref.address).count()
