"""``parting sync``: the mail that is new on the server, stored once, through the same
importer as mail files."""

from __future__ import annotations

import datetime as dt

import pytest

from parting.store.mailbox import sync
from parting.store.models import Client, MailFolder, Message

from .mailservers import Dovecot, letter

pytestmark = pytest.mark.django_db(transaction=True)

DAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def inbound(n: int, sender: str = "Ana Client <ana@acme.example>", start: int = 0) -> list[bytes]:
    return [
        letter(
            sender,
            "owner@studio.example",
            f"Question {i}",
            f"Hello, a question about item {i}.\n\n-- \nAna",
            DAY + dt.timedelta(hours=i),
            message_id=f"<in-{i}@acme.example>",
        )
        for i in range(start, start + n)
    ]


def test_a_first_sync_stores_every_message_and_a_second_only_what_is_new(
    connected: Dovecot,
) -> None:
    Client.objects.create(client_id="acme", name="Acme", email="ana@acme.example")
    connected.deliver("INBOX", inbound(1200))
    first = sync()
    assert first.new == 1200
    assert Message.objects.filter(client_id="acme", direction="in").count() == 1200
    again = sync()
    assert again.new == 0
    connected.deliver("INBOX", inbound(30, start=1200))
    third = sync()
    assert third.new == 30
    assert Message.objects.count() == 1230
    bookmark = MailFolder.objects.get(name="INBOX")
    assert bookmark.fetched == 1230


def test_sent_mail_counts_as_the_business_s_own_and_signatures_are_set_aside(
    connected: Dovecot,
) -> None:
    Client.objects.create(client_id="acme", name="Acme", email="ana@acme.example")
    reply = letter(
        "Studio <hello@studio.example>",
        "Ana <ana@acme.example>",
        "Re: Question 1",
        "Thanks, we are on it.\n\n-- \nThe studio\n\n> Hello, a question",
        DAY,
        message_id="<out-1@studio.example>",
    )
    connected.append("Sent", [reply])
    connected.deliver("INBOX", inbound(1))
    sync()
    out = Message.objects.get(message_id="out-1@studio.example")
    assert (out.direction, out.client_id) == ("out", "acme")
    assert out.body.strip() == "Thanks, we are on it."
    assert Message.objects.get(message_id="in-0@acme.example").direction == "in"


def test_a_renumbered_folder_is_read_again_without_storing_anything_twice(
    connected: Dovecot,
) -> None:
    connected.deliver("INBOX", inbound(40))
    sync()
    connected.reset_uidvalidity("INBOX")
    report = sync()
    inbox = next(f for f in report.folders if f.name == "INBOX")
    assert inbox.renumbered
    assert inbox.new == 40
    assert Message.objects.count() == 40


def test_a_message_that_cannot_be_used_is_skipped_and_counted_and_the_sync_goes_on(
    connected: Dovecot,
) -> None:
    broken = b"Subject: no sender here\r\n\r\nbody\r\n"
    connected.deliver("INBOX", [*inbound(3), broken, *inbound(2, start=3)])
    report = sync()
    assert report.new == 6
    assert report.skipped == 1
    assert Message.objects.count() == 5


def test_odd_encodings_are_read_as_the_sender_wrote_them(connected: Dovecot) -> None:
    odd = [
        letter(
            "Đặng Thị Hoa <hoa@sao.example>",
            "owner@studio.example",
            "Hóa đơn tháng 3",
            "Chúng tôi chưa nhận được hóa đơn.",
            DAY,
            charset="utf-8",
            message_id="<v@x>",
        ),
        letter(
            "Žiga Novak <ziga@lipa.example>",
            "owner@studio.example",
            "Račun",
            "Prosim, pošljite račun.",
            DAY,
            charset="iso-8859-2",
            message_id="<s@x>",
        ),
        letter(
            "Élodie <elodie@fleur.example>",
            "owner@studio.example",
            "Écart de facturation",
            "Bonjour, il y a un écart.",
            DAY,
            charset="cp1252",
            message_id="<f@x>",
        ),
    ]
    connected.deliver("INBOX", odd)
    sync()
    assert Message.objects.get(message_id="v@x").subject == "Hóa đơn tháng 3"
    assert "pošljite" in Message.objects.get(message_id="s@x").body
    assert Message.objects.get(message_id="f@x").author == "Élodie"


# Folder names as a French, Vietnamese and Slovenian mail program creates them, written
# here as they travel (modified UTF-7, RFC 3501 §5.1.3), so the test does not lean on the
# code it checks.
ON_THE_WIRE = {
    "Thư đã nhận": "Th&AbA- &AREA4w- nh&Hq0-n",
    "Prejeto": "Prejeto",
    "Pošta & računi": "Po&AWE-ta &- ra&AQ0-uni",
    "Éléments envoyés": "&AMk-l&AOk-ments envoy&AOk-s",  # the sent mail, known by its name
}


def test_folders_named_in_any_language_are_read_and_a_sent_folder_is_known_by_its_name(
    dovecot: Dovecot, db: None, workspace_key: str
) -> None:
    from parting.store.mailbox import connect_imap

    Client.objects.create(client_id="acme", name="Acme", email="ana@acme.example")
    *received, sent = ON_THE_WIRE.values()
    for number, wire in enumerate(received):
        dovecot.append(wire, inbound(1, start=number))
    dovecot.append(sent, [
        letter(
            "Studio <hello@studio.example>",
            "Ana <ana@acme.example>",
            "Re: Question 0",
            "Merci, nous nous en occupons.",
            DAY,
            message_id="<out-fr@studio.example>",
        )
    ])  # fmt: skip
    account = connect_imap(
        "127.0.0.1",
        dovecot.user,
        dovecot.password,
        port=dovecot.port_plain,
        security="insecure",
        folders=list(ON_THE_WIRE),
    )
    assert account.folders == list(ON_THE_WIRE)
    report = sync()
    assert {f.name: f.new for f in report.folders} == dict.fromkeys(ON_THE_WIRE, 1)
    assert sorted(MailFolder.objects.values_list("name", flat=True)) == sorted(ON_THE_WIRE)
    out = Message.objects.get(message_id="out-fr@studio.example")
    assert (out.direction, out.client_id) == ("out", "acme")


def test_folder_names_are_written_and_read_in_modified_utf7() -> None:
    from parting.ingest.imap import decode_folder, encode_folder

    # The example of RFC 3501 §5.1.3, and the names above.
    assert encode_folder("~peter/mail/台北/日本語") == "~peter/mail/&U,BTFw-/&ZeVnLIqe-"
    for name, wire in ON_THE_WIRE.items():
        assert encode_folder(name) == wire
        assert decode_folder(wire) == name
    # Some servers send raw UTF-8, or an "&" that starts no valid run: kept as given.
    assert decode_folder("Thư đã nhận") == "Thư đã nhận"
    assert decode_folder("&Zm9v!-") == "&Zm9v!-"
