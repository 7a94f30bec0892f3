"""A count in a sentence of the command line, an import notice or an exit plan is written
as the reader's language writes numbers — "1,234" in English, "1 234" in French,
"1.234" in Slovenian and Vietnamese — by the one number formatter
(``parting.words.formats.number``); the count still picks the sentence's plural form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from parting.errors import InputError
from parting.i18n import activate, deactivate
from parting.ingest.email_message import Tally
from parting.ingest.mail import tally_notices

WRITTEN = {"en": "1,234", "fr": "1\u202f234", "vi": "1.234", "sl": "1.234"}


@pytest.fixture(params=list(WRITTEN))
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    activate(request.param)
    yield request.param
    deactivate()


def test_an_import_notice_writes_its_count_the_readers_way(language: str) -> None:
    notices = tally_notices(Tally(attachments=1234, forwarded=1234, fallback_dates=1234))
    assert len(notices) == 3
    for notice in notices:
        assert WRITTEN[language] in notice and "1234" not in notice


def test_the_sync_report_writes_its_counts_the_readers_way(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from parting.cli.watch import print_sync
    from parting.store.mailbox import FolderReport, SyncReport

    folder = FolderReport("INBOX", new=1234, skipped=1234, reasons={"spam": 1234})
    print_sync(SyncReport([folder]))
    shown = capsys.readouterr().out
    assert shown.count(WRITTEN[language]) == 3 and "1234" not in shown


def test_a_refused_file_writes_its_counts_and_limits_the_readers_way(
    language: str, tmp_path: Path
) -> None:
    from parting.config import Config
    from parting.ingest.parting_csv import read_folder

    (tmp_path / "clients.csv").write_text("client_id,name\nC1,Acme\n")
    (tmp_path / "invoices.csv").write_text(
        "invoice_id,client_id,issued_on,due_on,amount\nI1,C1,2024-01-01,2024-02-01,1e15\n"
    )
    with pytest.raises(InputError) as too_large:
        read_folder(tmp_path, Config())
    limit = {"en": "1,000,000,000,000", "fr": "1\u202f000\u202f000\u202f000\u202f000"}
    limit |= {"vi": "1.000.000.000.000", "sl": "1.000.000.000.000"}
    assert limit[language] in str(too_large.value)
    (tmp_path / "invoices.csv").unlink()
    (tmp_path / "clients.csv").write_text("client_id,name\nC1,Acme\n" + "C2,Acme,x\n" * 1235)
    with pytest.raises(InputError) as ragged:
        read_folder(tmp_path, Config())
    assert "and 1,234 more rows" in str(ragged.value) or language != "en"
    assert WRITTEN[language] in str(ragged.value) and "1234" not in str(ragged.value)


def test_the_own_addresses_notice_names_the_setting_as_the_settings_page_does(
    language: str,
) -> None:
    from parting.i18n import _
    from parting.ingest.mail import own_notice

    notice = own_notice("studio.example")
    assert "own_domains" not in notice and "business." not in notice
    assert _("Your mail domains") in notice and "studio.example" in notice
