"""The verdict timelines of the workspace's clients, and the sentence that sums one up:
"Part ways since March 2026 (payment risk since January 2026, drain since March 2026)"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from parting.engine.timeline import ClientTimeline, timelines
from parting.errors import NotFoundError
from parting.i18n import _, current_language

if TYPE_CHECKING:
    from parting.store.models import TriageRun


def workspace_timelines(
    as_of: date | None = None, months: int | None = None, engine: str = "duckdb"
) -> list[ClientTimeline]:
    from parting.store.settings import load_config
    from parting.store.tables import read_tables

    return timelines(read_tables(), load_config(), as_of=as_of, months=months, engine=engine)


def client_timeline(
    client_id: str, as_of: date | None = None, months: int | None = None, engine: str = "duckdb"
) -> ClientTimeline:
    for line in workspace_timelines(as_of, months, engine):
        if line.client_id == client_id:
            return line
    raise NotFoundError(
        _("There is no client {client_id} with data to score.").format(client_id=client_id)
    )


# How many month ends the client page shows.
MONTHS = 24
STORE_BATCH = 500


def store_timelines(run: TriageRun, months: int = MONTHS) -> int:
    """Every client's verdict month by month up to ``run``'s day, computed once for the
    run by the worker and kept with it (some signs weigh a client against the whole
    portfolio of each month end, so all clients are computed together; a page never
    does). Older runs' timelines are dropped: pages show the latest run's. Returns how
    many clients have one."""
    from django.db import transaction

    from parting.store.models import ClientTimelineRecord, RunTimelines

    lines = workspace_timelines(run.as_of, months)
    records = [
        ClientTimelineRecord(
            run=run,
            client_id=line.client_id,
            name=line.name,
            months=[[m.end.isoformat(), m.verdict, list(m.signs)] for m in line.months],
        )
        for line in lines
    ]
    # One short transaction: readers go on reading (WAL) and a waiting writer waits for
    # a bulk insert, not for the computation above.
    with transaction.atomic():
        ClientTimelineRecord.objects.exclude(run=run).delete()
        RunTimelines.objects.exclude(run=run).delete()
        ClientTimelineRecord.objects.filter(run=run).delete()
        ClientTimelineRecord.objects.bulk_create(records, batch_size=STORE_BATCH)
        RunTimelines.objects.update_or_create(run=run, defaults={"months": months})
    return len(records)


def could_not_compute(run: TriageRun) -> None:
    """The run's timelines failed (the worker logged why): the pages say so instead of
    waiting for them (``months`` 0 marks it)."""
    from parting.store.models import RunTimelines

    RunTimelines.objects.update_or_create(run=run, defaults={"months": 0})


def timelines_failed(run: TriageRun) -> bool:
    from parting.store.models import RunTimelines

    return RunTimelines.objects.filter(run=run, months=0).exists()


def has_timelines(run: TriageRun) -> bool:
    from parting.store.models import RunTimelines

    return RunTimelines.objects.filter(run=run).exists()


def stored_timeline(run: TriageRun, client_id: str) -> ClientTimeline | None:
    """The client's timeline as the worker stored it for ``run`` (None when it has none:
    nothing to score for it, or the worker has not computed the run's yet — see
    ``has_timelines``)."""
    from parting.engine.timeline import Month
    from parting.store.models import ClientTimelineRecord

    record = ClientTimelineRecord.objects.filter(run=run, client_id=client_id).first()
    if record is None:
        return None
    return ClientTimeline(
        record.client_id,
        record.name,
        [
            Month(date.fromisoformat(end), verdict, tuple(signs))
            for end, verdict, signs in record.months
        ],
    )


def held_for(lines: list[ClientTimeline], verdict: str, months: int) -> list[ClientTimeline]:
    """Clients whose verdict is ``verdict`` now and has been for at least ``months`` month
    ends in a row, the longest first."""
    found = [t for t in lines if t.verdict == verdict and t.months_in_verdict() >= months]
    return sorted(found, key=lambda t: (-t.months_in_verdict(), t.name.lower()))


# "since March": Slovenian puts the month in the genitive after "od", which Babel's names
# (nominative) are not; Vietnamese says "tháng 3 năm 2026".
SL_GENITIVE = (
    "januarja", "februarja", "marca", "aprila", "maja", "junija",
    "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra",
)  # fmt: skip


def month_name(day: date, language: str | None = None) -> str:
    """The month and year in the reader's language ("March 2026"), as a heading."""
    from babel.dates import format_date

    text = str(format_date(day, format="LLLL y", locale=language or current_language()))
    return text[:1].upper() + text[1:]


def since_month(day: date, language: str | None = None) -> str:
    """The month as it follows "since" in the reader's language."""
    language = language or current_language()
    if language == "sl":
        return f"{SL_GENITIVE[day.month - 1]} {day.year}"
    if language == "vi":
        return f"tháng {day.month} năm {day.year}"
    text = month_name(day, language)
    return lower_first(text) if language == "fr" else text


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def summary(line: ClientTimeline, language: str | None = None) -> str:
    """The verdict and since when, and since when each of its signs has fired, in
    ``language`` (default: the one spoken now)."""
    from django.utils import translation

    from parting.i18n import activate

    language = language or current_language()
    previous = current_language()
    activate(language)
    try:
        with translation.override(language):
            return _summary(line, language)
    finally:
        activate(previous)


def _summary(line: ClientTimeline, language: str) -> str:
    from parting.web.labels import sign_label, verdict_label

    since = line.since()
    if since is None:
        return verdict_label(line.verdict)
    head = _("{verdict} since {month}").format(
        verdict=verdict_label(line.verdict), month=since_month(since, language)
    )
    signs = [
        _("{sign} since {month}").format(
            sign=lower_first(sign_label(sign)), month=since_month(day, language)
        )
        for sign, day in line.sign_since().items()
    ]
    return f"{head} ({', '.join(signs)})" if signs else head
