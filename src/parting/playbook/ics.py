"""The exit plan's dates as an iCalendar file: the meeting, and the day the notice ends."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from parting.config import Config
from parting.i18n import _
from parting.playbook.plan import ExitPlan


def _event(uid: str, summary: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("description", description)
    event.add("dtstamp", stamp)
    return event


def plan_calendar(plan: ExitPlan, config: Config, now: datetime | None = None) -> bytes:
    """An ``.ics`` with the meeting (at ``plan.meeting_hour`` in the business's time zone)
    and the notice end (an all-day event)."""
    stamp = now or datetime.now(UTC)
    zone = ZoneInfo(config.timezone)
    settings = config.settings.plan
    starts = datetime.combine(plan.meeting_on, time(int(settings.meeting_hour)), zone)
    calendar = Calendar()
    calendar.add("prodid", "-//Parting//exit plan//EN")
    calendar.add("version", "2.0")
    meeting = _event(
        f"{plan.client_id}-meeting-{plan.meeting_on.isoformat()}@parting",
        *_telling(plan),
        stamp,
    )
    meeting.add("dtstart", starts)
    meeting.add("dtend", starts + timedelta(minutes=int(settings.meeting_minutes)))
    calendar.add_component(meeting)
    calendar.add_component(_notice_end(plan, stamp))
    return calendar.to_ical()


def _telling(plan: ExitPlan) -> tuple[str, str]:
    """The title and the description of the event where the client is told: a meeting, or
    for an abusive or threatening client a call with a colleague present (never a meeting)."""
    if plan.in_person:
        return (
            _("Meeting with {client}: our collaboration").format(client=plan.client_name),
            _("Say it briefly, with one reason; thank them; offer alternatives where allowed."),
        )
    return (
        _("Call {client} with a colleague present: our collaboration").format(
            client=plan.client_name
        ),
        _(
            "Not in person: by phone or video call with a colleague present, or in writing. "
            "Say it briefly and calmly, with one reason; offer no referral."
        ),
    )


def _notice_end(plan: ExitPlan, stamp: datetime) -> Event:
    event = _event(
        f"{plan.client_id}-notice-end-{plan.notice_end.isoformat()}@parting",
        _("Last day of work for {client}").format(client=plan.client_name),
        _("Hand over files and access; then send the final invoice and close out."),
        stamp,
    )
    event.add("dtstart", plan.notice_end)
    event.add("dtend", plan.notice_end + timedelta(days=1))
    return event


__all__ = ["plan_calendar"]
