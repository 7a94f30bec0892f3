"""``scope_creep``: many revision rounds on one deliverable, hours beyond the agreed
budget, or requests beyond the agreed scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw

from parting.config import Config
from parting.engine.backends import join
from parting.engine.frames import Frames
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations,
    EvidenceRules,
    Features,
    Finding,
    SignSpec,
    at_least,
    first_of,
    pro_rata,
    ratio,
    strongest,
    threshold,
)
from parting.engine.window import LF, Window, count, earliest, with_review
from parting.figures import Figure
from parting.i18n import _, gettext_noop

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("scope_creep")


def revision_rounds(frames: Frames, config: Config, w: Window) -> LF:
    """Per client and project: the days with revisions in the window (a round a day)."""
    days = config.settings.scope_creep.window_days
    revisions = (
        w.rows(frames["time_entries"])
        .filter(w.usual.within("day", days) & (nw.col("kind") == "revision"))
        .select(*w.keys, "project_id", "day")
        .unique()
    )
    # Rounds count within the window (a repair's review: since it began); the first
    # revision is dated over the usual window.
    return (
        with_review(revisions, frames, config, w)
        .group_by(*w.keys, "project_id")
        .agg(
            count(w.within("day", days)).alias("rounds"),
            nw.col("day").min().alias("first_revision"),
        )
    )


def budgeted_projects(frames: Frames, config: Config, w: Window) -> LF:
    """Per client and budgeted project worked on in the window: hours spent and budget."""
    days = config.settings.scope_creep.window_days
    budgets = frames["projects"].select("project_id", "budget_hours")
    worked = (
        frames["time_entries"]
        .filter(~nw.col("project_id").is_null())
        .group_by("client_id", "project_id")
        .agg(nw.col("hours").sum().alias("project_hours"), nw.col("day").max().alias("last"))
    )
    per_project = join(worked, budgets, "project_id", "inner")
    projects = with_review(w.rows(per_project), frames, config, w)
    return projects.filter((nw.col("budget_hours") > 0) & w.within("last", days))


def aggregations(config: Config, w: Window) -> Aggregations:
    days = config.settings.scope_creep.window_days
    change = nw.col("inbound") & w.within("day", days) & nw.col("is_change_request")
    return {
        "revision_rounds": {
            "revision_rounds": nw.col("rounds").max(),
            "first_revision_day": nw.col("first_revision").min(),
        },
        "budgeted_projects": {
            "budget_hours": nw.col("budget_hours").sum(),
            "budgeted_project_hours": nw.col("project_hours").sum(),
        },
        # Read by ``unpleasable`` too (custom demands on a small engagement).
        "messages": {
            "change_requests": count(change),
            "first_change_day": earliest(
                nw.col("inbound") & w.usual.within("day", days) & nw.col("is_change_request"),
                "day",
            ),
        },
        "incidents": {
            "scope_disputes": count((nw.col("kind") == "scope_dispute") & w.within("day", days))
        },
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    in_w = w.within("day", config.settings.scope_creep.window_days)
    return {
        "time_entries": in_w & (nw.col("kind") == "revision"),
        "messages": nw.col("inbound") & nw.col("is_change_request") & in_w,
        "incidents": (nw.col("kind") == "scope_dispute") & in_w,
    }


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.scope_creep
    rounds = at_least(f.num("revision_rounds"), float(cfg.revision_rounds))
    budget = f.num("budget_hours")
    beyond = ratio(f.num("budgeted_project_hours") - budget, budget)
    over = at_least(beyond, float(cfg.over_estimate))
    changes_n = f.num("change_requests") + f.num("scope_disputes")
    min_changes = pro_rata(f, cfg.min_change_requests, cfg.window_days)
    changes = at_least(changes_n, min_changes)
    fired, strength, deciding = strongest(
        ("revision_rounds", rounds), ("hours_beyond_budget", over), ("change_requests", changes)
    )
    return Finding(
        ID,
        fired,
        strength,
        first_of(f["first_revision_day"], f["first_change_day"]),
        deciding=deciding,
        figures={
            "revision_rounds": f.num("revision_rounds"),
            "revision_rounds_threshold": threshold(f.size, cfg.revision_rounds),
            "hours_beyond_budget": beyond,
            "hours_beyond_budget_threshold": threshold(f.size, cfg.over_estimate),
            "budget_hours": budget,
            "change_requests": changes_n,
            "change_requests_threshold": min_changes,
        },
    )


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    if deciding == "revision_rounds":
        return _("{rounds} rounds of revisions on one deliverable").format(
            rounds=f.number(int(g["revision_rounds"]))
        )
    beyond = g.get("hours_beyond_budget")
    if deciding == "hours_beyond_budget" and beyond is not None:
        return _("{share} more hours than the agreed budget").format(share=f.share(beyond))
    return _("Requests beyond the agreed scope this year: {count}").format(
        count=f.number(int(g.get("change_requests") or 0))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Scope creep"),
    severity="planned",
    rank=70,
    detect=detect,
    reason=reason,
    move="not_you_its_us",
    message_days=lambda config: config.settings.scope_creep.window_days,
    letter_facts=("rework", "over_budget", "hours"),
    decided_facts={"revision_rounds": "rounds", "hours_beyond_budget": "over_budget"},
    aggregations=aggregations,
    evidence=evidence,
    shows_words=True,
    derived={"revision_rounds": revision_rounds, "budgeted_projects": budgeted_projects},
    figures=(
        Figure("revision_rounds", gettext_noop("Revision rounds"), "count"),
        Figure("hours_beyond_budget", gettext_noop("Hours beyond budget"), "share"),
        Figure("budget_hours", gettext_noop("Budgeted hours"), "hours", 1),
        Figure("change_requests", gettext_noop("Change requests"), "count"),
    ),
    fix=gettext_noop(
        "put every change through a short written change order with its price and date"
    ),
    effort=gettext_noop("one free session to settle all the open requests at once"),
)
