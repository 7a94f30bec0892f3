"""Clients named by other tools: linked by name and address, remembered per source, and
what cannot be matched kept for a person to resolve — never merged or dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from parting.errors import InputError, NotFoundError
from parting.store.clients import find_unmatched, link, merge, unmatched, unmatched_messages
from parting.store.imports import import_paths
from parting.store.incidents import add_incident
from parting.store.models import (
    Client,
    ClientAlias,
    Incident,
    Invoice,
    Message,
    Project,
    TimeEntry,
    UnmatchedRef,
)
from parting.store.settings import save_settings

from .sources import letter, toggl_row, write_maildir, write_mbox, write_toggl

pytestmark = pytest.mark.django_db


@pytest.fixture
def toggl(tmp_path: Path) -> Path:
    return write_toggl(
        tmp_path / "toggl.csv",
        [
            toggl_row("ACME LTD.", "Website", "2026-02-02", "02:00:00", "Header"),
            toggl_row("Nouveau Studio", "Logo", "2026-02-03", "01:30:00", "Sketches"),
            toggl_row("Kolo", "Maps", "2026-02-04", "03:00:00", "Route map"),
        ],
    )


@pytest.fixture
def two_kolos(imported: Path) -> None:
    """A second client whose name reads the same as Kolo d.o.o.: a name alone cannot say."""
    Client.objects.create(client_id="kolo-bikes", name="Kolo")


def test_a_client_named_the_same_way_is_linked_and_remembered(imported: Path, toggl: Path) -> None:
    [batch] = import_paths([toggl])
    assert TimeEntry.objects.filter(client_id="acme", batch=batch).count() == 1
    alias = ClientAlias.objects.get(source="toggl", key="ACME LTD.")
    assert alias.client_id == "acme"


def test_a_name_that_fits_no_client_becomes_a_new_client(imported: Path, toggl: Path) -> None:
    [batch] = import_paths([toggl])
    assert batch.summary["new_clients"] == ["nouveau-studio"]
    assert Client.objects.get(pk="nouveau-studio").name == "Nouveau Studio"
    assert Project.objects.filter(client_id="nouveau-studio").count() == 1


def test_a_name_that_fits_several_clients_waits_with_its_rows(two_kolos: None, toggl: Path) -> None:
    [batch] = import_paths([toggl])
    [ref] = unmatched()
    assert (ref.key, ref.candidates) == ("Kolo", ["kolo", "kolo-bikes"])
    assert batch.summary["unmatched"][0]["key"] == "Kolo"
    assert batch.summary["held_rows"] == 2  # its project and its time entry
    assert not TimeEntry.objects.filter(description="Route map").exists()
    assert ref.pending["time_entries"]


def test_importing_again_keeps_one_open_entry_per_unmatched_name(
    two_kolos: None, toggl: Path
) -> None:
    import_paths([toggl])
    [again] = import_paths([toggl])
    assert UnmatchedRef.objects.count() == 1
    assert (again.added, again.updated) == (0, 0)


def test_linking_stores_the_waiting_rows_and_later_imports_follow_it(
    two_kolos: None, toggl: Path
) -> None:
    import_paths([toggl])
    ref = find_unmatched("Kolo")
    link(ref.pk, "kolo-bikes")
    entry = TimeEntry.objects.get(description="Route map")
    assert (entry.client_id, entry.hours) == ("kolo-bikes", 3.0)
    assert Project.objects.get(pk=entry.project_id).client_id == "kolo-bikes"
    assert unmatched() == []
    [again] = import_paths([toggl])
    assert (again.added, again.updated) == (0, 0)
    assert UnmatchedRef.objects.filter(resolved_to__isnull=True).count() == 0


def test_a_linked_ref_cannot_be_linked_twice(two_kolos: None, toggl: Path) -> None:
    import_paths([toggl])
    ref = find_unmatched("Kolo")
    link(ref.pk, "kolo")
    with pytest.raises(NotFoundError):
        link(ref.pk, "kolo-bikes")


def test_linking_to_an_unknown_client_changes_nothing(two_kolos: None, toggl: Path) -> None:
    import_paths([toggl])
    ref = find_unmatched("Kolo")
    with pytest.raises(NotFoundError):
        link(ref.pk, "nobody")
    assert UnmatchedRef.objects.get(pk=ref.pk).pending == ref.pending
    assert not ClientAlias.objects.filter(key="Kolo").exists()


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    return write_mbox(
        tmp_path / "inbox.mbox",
        [
            letter("boss@acme.example", "ana@studio.example", 2, "Header", "Where is it?"),
            letter("ana@studio.example", "boss@acme.example", 3, "Re: Header", "Tomorrow."),
            letter("x@stranger.example", "ana@studio.example", 4, "Hello", "A quote, please."),
        ],
    )


def test_mail_from_an_unknown_address_is_kept_without_a_client(
    imported: Path, mailbox: Path
) -> None:
    save_settings('[business]\nown_domains = ["studio.example"]\n')
    import_paths([mailbox])
    stray = Message.objects.get(subject="Hello")
    assert (stray.client_id, stray.unmatched_address) == (None, "x@stranger.example")
    assert Message.objects.filter(client_id="acme", subject__contains="Header").count() == 2
    [ref] = unmatched()
    assert ref.key == "mail:x@stranger.example"
    assert unmatched_messages(ref) == 1
    assert not Client.objects.filter(email="x@stranger.example").exists()


def test_linking_an_address_gives_its_messages_to_the_client(imported: Path, mailbox: Path) -> None:
    save_settings('[business]\nown_domains = ["studio.example"]\n')
    import_paths([mailbox])
    link(find_unmatched("mail:x@stranger.example").pk, "kolo")
    stray = Message.objects.get(subject="Hello")
    assert (stray.client_id, stray.unmatched_address) == ("kolo", "")
    [again] = import_paths([mailbox])
    assert (again.added, again.updated) == (0, 0)
    assert Message.objects.get(subject="Hello").client_id == "kolo"


def test_merging_moves_everything_to_the_client_kept(imported: Path, toggl: Path) -> None:
    import_paths([toggl])
    add_incident("nouveau-studio", "scope_dispute", note="Wanted two more logos")
    merge("kolo", "nouveau-studio")
    assert not Client.objects.filter(pk="nouveau-studio").exists()
    assert TimeEntry.objects.filter(client_id="kolo", description="Sketches").exists()
    assert Incident.objects.get(kind="scope_dispute").client_id == "kolo"
    assert ClientAlias.objects.get(source="toggl", key="Nouveau Studio").client_id == "kolo"


def test_a_merged_client_stays_merged_when_its_source_is_imported_again(
    imported: Path, toggl: Path, business: Path
) -> None:
    import_paths([toggl])
    merge("acme", "bistro")
    batches = import_paths([business, toggl])
    assert not Client.objects.filter(pk="bistro").exists()
    assert Invoice.objects.get(pk="i2").client_id == "acme"
    assert [b.added for b in batches] == [0, 0]


def test_merging_fills_what_the_kept_client_lacks(imported: Path) -> None:
    merge("kolo", "bistro")
    kolo = Client.objects.get(pk="kolo")
    assert (kolo.industry, kolo.since.isoformat(), kolo.strategic_fit) == (
        "cycling",
        "2023-05-10",
        3.0,
    )


def test_a_client_cannot_be_merged_into_itself(imported: Path) -> None:
    with pytest.raises(InputError):
        merge("acme", "acme")
    assert Client.objects.filter(pk="acme").exists()


def test_linking_an_address_links_it_in_every_source_it_waits_from(
    imported: Path, mailbox: Path, tmp_path: Path
) -> None:
    save_settings('[business]\nown_domains = ["studio.example"]\n')
    folder = write_maildir(
        tmp_path / "Maildir",
        [letter("x@stranger.example", "ana@studio.example", 9, "Again", "Any news?")],
    )
    import_paths([mailbox, folder])
    assert sorted(r.source for r in unmatched()) == ["maildir", "mbox"]
    link(find_unmatched("mail:x@stranger.example").pk, "kolo")
    assert sorted(Message.objects.filter(client_id="kolo").values_list("subject", flat=True)) == [
        "Again",
        "Hello",
    ]
    assert unmatched() == []
    assert ClientAlias.objects.filter(key="mail:x@stranger.example").count() == 2


def test_mail_into_an_empty_workspace_creates_no_client(mailbox: Path) -> None:
    save_settings('[business]\nown_domains = ["studio.example"]\n')
    import_paths([mailbox])
    assert not Client.objects.exists()
    assert Message.objects.filter(client__isnull=True).count() == Message.objects.count() > 0
    assert {ref.key for ref in unmatched()} >= {"mail:x@stranger.example"}
