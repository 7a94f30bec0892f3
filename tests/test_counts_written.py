"""A count in a sentence of the command line, an import notice or an exit plan is written
as the reader's language writes numbers — "1,234" in English, "1 234" in French,
"1.234" in Slovenian and Vietnamese — by the one number formatter
(``parting.words.formats.number``); the count still picks the sentence's plural form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
