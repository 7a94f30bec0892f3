"""mbox, Maildir and .eml become messages: direction, counterpart, clean text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from parting.config import Config
from parting.ingest import read
from parting.ingest.mail import mbox_messages


def messages(path: Path, config: Config | None = None) -> list[dict]:
    return read(path, config or Config()).tables["messages"].to_pylist()


def test_quoted_printable_reply_is_decoded_and_its_quote_cut(exports: Path) -> None:
    (message,) = messages(exports / "mail" / "reply_quoted_printable.eml")
    assert message["subject"] == "Re: Révision des cartes"
    assert message["author"] == "Marie Lefèvre"
    assert "Ce n'est toujours pas ça" in message["body"]
    assert "deuxième version" not in message["body"]
    assert "Cordialement" not in message["body"]
    assert message["sent_at"] == datetime(2024, 3, 5, 9, 1, 55, tzinfo=UTC)
    assert message["message_id"] == "CAF123.marie@bistrolune.example"
    assert (message["client_id"], message["direction"], message["channel"]) == (
        "mail:marie@bistrolune.example",
        "in",
        "email",
    )


def test_html_only_message_is_turned_into_text(exports: Path) -> None:
    (message,) = messages(exports / "mail" / "html_only_base64.eml")
    assert "cash flow is tight" in message["body"]
    assert "<p>" not in message["body"]
    assert "Best regards" not in message["body"]


def test_plain_part_is_preferred_and_attachments_are_counted(exports: Path) -> None:
    parsed = read(exports / "mail" / "alternative_with_attachment.eml", Config())
    (message,) = parsed.tables["messages"].to_pylist()
    assert message["body"] == "Hi Joe, the summary of sprint 3 is attached."
    assert any("1 attachment" in n for n in parsed.notices)


def test_latin2_message_with_malformed_date_falls_back_to_received(exports: Path) -> None:
    parsed = read(exports / "mail" / "slovenian_latin2_received_date.eml", Config())
    (message,) = parsed.tables["messages"].to_pylist()
    assert message["author"] == "Jože Kranjc"
    assert "že vedno ni dober" in message["body"]
    assert message["sent_at"] == datetime(2024, 5, 15, 6, 12, 40, tzinfo=UTC)
    assert any("mail server" in n for n in parsed.notices)


def test_message_without_any_usable_date_is_skipped(exports: Path) -> None:
    parsed = read(exports / "mail" / "no_usable_date.eml", Config())
    assert parsed.tables["messages"].num_rows == 0
    assert [s.reason for s in parsed.skipped] == [
        "no readable date (Date header missing or malformed)"
    ]


def test_forwarded_message_is_not_the_clients_words(exports: Path) -> None:
    parsed = read(exports / "mail" / "forwarded_vietnamese.eml", Config())
    (message,) = parsed.tables["messages"].to_pylist()
    assert message["subject"] == "Fw: Báo giá"
    assert "Khi nào chị gửi hóa đơn" in message["body"]
    assert "10,000,000" not in message["body"] and "Báo giá đính kèm" not in message["body"]
    assert any("forwarded" in n for n in parsed.notices)


def test_mbox_direction_comes_from_the_inferred_own_domain(exports: Path) -> None:
    parsed = read(exports / "mail" / "mixed.mbox", Config())
    rows = parsed.tables["messages"].to_pylist()
    by_id = {r["message_id"]: r for r in rows}
    sent = by_id["cards3@studio.example"]
    assert (sent["direction"], sent["client_id"]) == ("out", "mail:marie@bistrolune.example")
    assert by_id["sprint3.sam@studio.example"]["client_id"] == "mail:joe@blueharbor.example"
    assert any("studio.example" in n for n in parsed.notices)


def test_mbox_unescapes_from_lines_and_skips_internal_and_duplicate_messages(
    exports: Path,
) -> None:
    parsed = read(exports / "mail" / "mixed.mbox", Config())
    sent = next(
        r
        for r in parsed.tables["messages"].to_pylist()
        if r["direction"] == "out" and "Marie" in r["body"]
    )
    assert "From now on we will send proofs" in sent["body"]
    assert [s.reason for s in parsed.skipped] == [
        "a message between your own addresses",
        "a second copy of the same message",
    ]
    assert [(s.file, s.row) for s in parsed.skipped] == [
        (str(exports / "mail" / "mixed.mbox"), 7),
        (str(exports / "mail" / "mixed.mbox"), 8),
    ]
    assert parsed.rows_read == 8


def test_configured_own_domains_override_the_inference(
    exports: Path, business_settings: Callable[..., Config]
) -> None:
    rows = messages(
        exports / "mail" / "mixed.mbox", business_settings(own_domains=["blueharbor.example"])
    )
    directions = {r["message_id"]: r["direction"] for r in rows}
    assert directions["20240315.ap@blueharbor.example"] == "out"
    assert directions["CAF123.marie@bistrolune.example"] == "in"


def test_counterparts_become_client_refs_keyed_by_address(exports: Path) -> None:
    refs = {c.key: c for c in read(exports / "mail" / "mixed.mbox", Config()).clients}
    marie = refs["mail:marie@bistrolune.example"]
    assert marie.emails == ("marie@bistrolune.example",)
    assert marie.name in ("Marie Lefèvre", "Marie Lefevre")
    assert not any(k.endswith("@studio.example") for k in refs)


def test_maildir_reads_cur_new_and_sub_folders(exports: Path) -> None:
    rows = messages(exports / "mail" / "Maildir")
    assert len(rows) == 3
    assert {r["direction"] for r in rows} == {"in", "out"}


def test_mbox_is_read_one_message_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    one = b"From a@b Mon Jan  1 00:00:00 2024\nFrom: a@x.example\nSubject: hi\n\nbody\n\n"
    path.write_bytes(one * 500)
    stream = mbox_messages(path)
    first = next(stream)
    assert first.startswith(b"From: a@x.example")
    assert len(first) < len(one)  # only the first message was read into memory
    assert sum(1 for _ in stream) == 499


def test_progress_is_reported_for_long_mailboxes(tmp_path: Path) -> None:
    path = tmp_path / "many.mbox"
    one = (
        "From a@b Mon Jan  1 00:00:00 2024\nFrom: a@x.example\nTo: me@y.example\n"
        "Date: Mon, 1 Jan 2024 10:00:00 +0000\nMessage-ID: <{i}@x>\n\nbody {i}\n\n"
    )
    path.write_text("".join(one.format(i=i) for i in range(2500)))
    seen: list[int] = []
    parsed = read(path, Config(), progress=seen.append)
    assert parsed.tables["messages"].num_rows == 2500
    assert seen[0] == 1000 and seen[-1] == 2500


def test_a_skipped_maildir_message_names_its_own_file(exports: Path, tmp_path: Path) -> None:
    (tmp_path / "cur").mkdir()
    (tmp_path / "new").mkdir()
    broken = tmp_path / "new" / "1.host"
    broken.write_bytes((exports / "mail" / "no_usable_date.eml").read_bytes())
    parsed = read(tmp_path, Config())
    assert [(s.file, s.row) for s in parsed.skipped] == [(str(broken), None)]


def nested_mail(levels: int, kind: str = "multipart") -> bytes:
    """A message whose text sits ``levels`` containers deep (multipart or forwarded)."""
    head = (
        "From: ana@client.example\nTo: studio@studio.example\nSubject: deep\n"
        "Message-ID: <deep@client.example>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
        "MIME-Version: 1.0\n"
    )
    body = "Content-Type: text/plain\n\nhello\n"
    for i in range(levels):
        if kind == "multipart":
            body = f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n{body}\n--b{i}--\n'
        else:
            body = f"Content-Type: message/rfc822\n\nFrom: x@y.example\nSubject: s{i}\n{body}"
    return (head + body).encode()


def test_a_message_nested_thousands_of_levels_deep_is_skipped_with_the_reason(
    tmp_path: Path,
) -> None:
    mbox = tmp_path / "deep.mbox"
    fine = nested_mail(3).decode().replace("<deep@", "<fine@")
    mbox.write_bytes(
        b"From a@b Mon Jan  1 10:00:00 2024\n" + fine.encode() + b"\n"
        b"From a@b Mon Jan  1 10:00:00 2024\n" + nested_mail(3000) + b"\n"
        b"From a@b Mon Jan  1 10:00:00 2024\n" + nested_mail(3000, "message") + b"\n"
    )
    parsed = read(mbox, Config(), format="mbox")
    assert parsed.tables["messages"]["body"].to_pylist() == ["hello"]
    assert [s.reason for s in parsed.skipped] == [
        "the message nests too many parts inside one another to be read safely"
    ] * 2


def test_a_lone_deeply_nested_eml_is_skipped_not_a_crash(tmp_path: Path) -> None:
    eml = tmp_path / "deep.eml"
    eml.write_bytes(nested_mail(5000))
    parsed = read(eml, Config(), format="eml")
    assert parsed.tables["messages"].num_rows == 0 and len(parsed.skipped) == 1
