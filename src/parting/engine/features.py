"""Per-client figures over the scoring windows: one narwhals code path for every engine.

Each ``*_features`` function aggregates one table to one row per client; ``collect``
joins them onto the clients and brings the result home as one Arrow table (one row per
client, a few dozen numeric columns) that the signs then read. Conditional aggregates are
``when/then`` sums, and every date is an integer day number (see ``backends``).

A timeline asks for several as-of days at once: each record is then read once per as-of
day (a cross join with the days) and every table grouped by (client, as-of day) in the
same query, so the figures of all the month ends come out of one pass — one row per client
and day, each exactly the figures a scoring as of that day computes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import narwhals as nw
import pyarrow as pa

from parting.config import Config
from parting.engine.frames import Frames

LF = nw.LazyFrame[Any]
NEGATIVE_INCIDENTS = ("abuse", "ethics", "public_criticism", "scope_dispute", "other")
REWORK_KINDS = ("rework", "revision")


AS_OF = "as_of"
# The first day of a repair under review (see ``remediation_days``), a column per client.
REVIEW_START = "review_start"


@dataclass(frozen=True)
class Window:
    """The scoring day ``as_of`` (an integer day number) and window helpers; or, for
    several as-of days, the column ``as_of`` of each record's copy for each day in
    ``days`` (a frame of one column, one row per day).

    With ``since`` (a column: ``REVIEW_START``), a client whose repair is under review has
    its windows start at the repair: they read only the days after it began, so the review
    judges the client on what happened since. The day a sign's evidence starts is still
    read over the ``usual`` window: it tells a sign that was there before the repair from
    a new one."""

    as_of: Any  # int, or nw.col(AS_OF) over several days
    days: LF | None = None
    span: tuple[int, int] = (0, 0)  # the first and last of several days
    since: str | None = None

    @property
    def usual(self) -> Window:
        """The same scoring days with the usual windows, a repair's start ignored."""
        return Window(self.as_of, self.days, self.span)

    @property
    def keys(self) -> list[str]:
        """What the figures are grouped by: the client, and the as-of day if several."""
        return ["client_id"] if self.days is None else ["client_id", AS_OF]

    def rows(self, frame: LF) -> LF:
        """``frame``'s records, each once per as-of day."""
        return frame if self.days is None else frame.join(self.days, how="cross")

    def earlier(self, days: int) -> Window:
        return Window(self.as_of - int(days), self.days, self.span)

    def within(self, column: str, days: int) -> nw.Expr:
        day = nw.col(column)
        inside = (day > self.as_of - int(days)) & (day <= self.as_of)
        if self.since is None:
            return inside
        start = nw.col(self.since)
        return inside & (start.is_null() | (day > start))


def count(condition: nw.Expr) -> nw.Expr:
    return nw.when(condition).then(nw.lit(1)).otherwise(nw.lit(0)).sum()


def total(condition: nw.Expr, value: nw.Expr) -> nw.Expr:
    return nw.when(condition).then(value).otherwise(nw.lit(0.0)).sum()


def earliest(condition: nw.Expr, column: str) -> nw.Expr:
    return nw.when(condition).then(nw.col(column)).min()


def latest(condition: nw.Expr, column: str) -> nw.Expr:
    return nw.when(condition).then(nw.col(column)).max()


def cost_rate(config: Config) -> nw.Expr:
    """The entry's own cost rate, else the person's, else the business default."""
    rate: nw.Expr = nw.lit(float(config.business["default_cost_rate"]))
    for person, value in sorted(config.business.get("cost_rates", {}).items()):
        rate = nw.when(nw.col("person") == person).then(nw.lit(float(value))).otherwise(rate)
    return nw.col("cost_rate").fill_null(rate)


def work_features(frames: Frames, config: Config, w: Window, review: LF) -> LF:
    """Hours, cost, rework and winding-down hours from time entries."""
    winding = [str(s) for s in config.business["winding_down_service_lines"]]
    lines = frames["projects"].select("project_id", "service_line")
    entries = w.rows(frames["time_entries"].join(lines, on="project_id", how="left"))
    entries = with_review(entries, review, w)
    in_w = w.within("day", config["drain"]["window_days"])
    hours = nw.col("hours").fill_null(0.0)
    return entries.group_by(*w.keys).agg(
        total(in_w, hours).alias("hours"),
        total(in_w, hours * cost_rate(config)).alias("cost"),
        total(in_w & nw.col("kind").is_in(REWORK_KINDS), hours).alias("rework_hours"),
        total(in_w & nw.col("service_line").is_in(winding), hours).alias("winding_hours"),
        earliest(w.usual.within("day", config["drain"]["window_days"]), "day").alias(
            "first_work_day"
        ),
        nw.col("day").min().alias("first_day_ever"),
    )


def scope_features(frames: Frames, config: Config, w: Window, review: LF) -> list[LF]:
    """Revision rounds per deliverable and hours beyond the budget, per client."""
    days = config["scope_creep"]["window_days"]
    entries = frames["time_entries"]
    revisions = (
        w.rows(entries)
        .filter(w.usual.within("day", days) & (nw.col("kind") == "revision"))
        .select(*w.keys, "project_id", "day")
        .unique()
    )
    rounds = (
        with_review(revisions, review, w)
        .group_by(*w.keys, "project_id")
        .agg(
            count(w.within("day", days)).alias("rounds"),
            nw.col("day").min().alias("first_revision"),
        )
        .group_by(*w.keys)
        .agg(
            nw.col("rounds").max().alias("revision_rounds"),
            nw.col("first_revision").min().alias("first_revision_day"),
        )
    )
    budgets = frames["projects"].select("project_id", "budget_hours")
    per_project = (
        entries.filter(~nw.col("project_id").is_null())
        .group_by("client_id", "project_id")
        .agg(nw.col("hours").sum().alias("project_hours"), nw.col("day").max().alias("last"))
        .join(budgets, on="project_id", how="inner")
    )
    per_project = with_review(w.rows(per_project), review, w).filter(
        (nw.col("budget_hours") > 0) & w.within("last", days)
    )
    budget = per_project.group_by(*w.keys).agg(
        nw.col("budget_hours").sum().alias("budget_hours"),
        nw.col("project_hours").sum().alias("budgeted_project_hours"),
    )
    return [rounds, budget]


def invoice_standing() -> list[nw.Expr]:
    """``counts``: the invoice is not void; ``written_off``: it was written off."""
    status = nw.col("status").fill_null("open")
    return [(status != "void").alias("counts"), (status == "written_off").alias("written_off")]


def invoice_lines(frames: Frames, config: Config, w: Window, invoices: LF | None = None) -> LF:
    """Invoices with what was paid, when, and whether they were late or are overdue; of
    ``invoices`` only (a subset of the table) when given, reading only their payments."""
    grace = int(config["payment_risk"]["grace_days"])
    payments = frames["payments"]
    if invoices is None:
        invoices = frames["invoices"]
    else:
        payments = payments.join(invoices.select("invoice_id"), on="invoice_id", how="semi")
    paid = payments.group_by("invoice_id").agg(
        nw.col("amount").sum().alias("paid_amount"), nw.col("paid_day").max().alias("paid_day")
    )
    inv = w.rows(invoices.join(paid, on="invoice_id", how="left"))
    net = nw.col("amount") - nw.col("discount").fill_null(0.0)
    paid_amount = nw.col("paid_amount").fill_null(0.0)
    status = nw.col("status").fill_null("open")
    settled = (status == "paid") | (paid_amount >= net - 0.005)
    open_ = (status == "open") & ~settled
    paid_late = (
        settled & ~nw.col("paid_day").is_null() & (nw.col("paid_day") > nw.col("due_day") + grace)
    )
    overdue = open_ & (nw.col("due_day") + grace < w.as_of)
    days_late = (
        nw.when(paid_late)
        .then(nw.col("paid_day") - nw.col("due_day"))
        .otherwise(nw.when(overdue).then(w.as_of - nw.col("due_day")).otherwise(nw.lit(0)))
    )
    return inv.with_columns(
        net.alias("net"),
        nw.when(open_).then(net - paid_amount).otherwise(nw.lit(0.0)).alias("outstanding"),
        *invoice_standing(),
        (paid_late | overdue).alias("late"),
        overdue.alias("overdue"),
        days_late.alias("days_late"),
    )


def invoice_features(frames: Frames, config: Config, w: Window, review: LF) -> LF:
    """Revenue, write-offs, late payment, overdue balance and purchase history. The money
    still overdue is a state, not a window: it counts in a repair's review too."""
    lines = with_review(invoice_lines(frames, config, w), review, w)
    pay_w = w.within("due_day", config["payment_risk"]["window_days"])
    rev_days = config["unprofitable"]["window_days"]
    trend_days = int(config["no_potential"]["window_days"])
    rev_w = w.within("issued_day", rev_days) & nw.col("counts")
    prev = w.earlier(trend_days).within("issued_day", trend_days) & nw.col("counts")
    # The trend compares two whole periods: a repair does not shorten them.
    cur = w.usual.within("issued_day", trend_days) & nw.col("counts")
    eligible = pay_w & nw.col("counts") & (nw.col("due_day") <= w.as_of)
    return lines.group_by(*w.keys).agg(
        total(rev_w, nw.col("amount")).alias("revenue"),
        total(rev_w, nw.col("discount").fill_null(0.0)).alias("discounts"),
        total(rev_w & nw.col("written_off"), nw.col("net")).alias("written_off"),
        total(cur, nw.col("amount")).alias("revenue_trend_now"),
        total(prev, nw.col("amount")).alias("revenue_trend_before"),
        count(eligible).alias("invoices_due"),
        count(eligible & nw.col("late")).alias("invoices_late"),
        total(eligible & nw.col("late"), nw.col("days_late").cast(nw.Float64)).alias(
            "days_late_sum"
        ),
        earliest(
            w.usual.within("due_day", config["payment_risk"]["window_days"])
            & nw.col("counts")
            & (nw.col("due_day") <= w.as_of)
            & nw.col("late"),
            "due_day",
        ).alias("first_late_day"),
        total(nw.col("overdue"), nw.col("outstanding")).alias("overdue"),
        nw.when(nw.col("overdue")).then(w.as_of - nw.col("due_day")).max().alias("oldest_overdue"),
        earliest(nw.col("counts") & (nw.col("issued_day") <= w.as_of), "issued_day").alias(
            "first_invoice_day"
        ),
        latest(nw.col("counts") & (nw.col("issued_day") <= w.as_of), "issued_day").alias(
            "last_invoice_day"
        ),
        total(nw.col("counts") & (nw.col("issued_day") <= w.as_of), nw.col("amount")).alias(
            "lifetime_revenue"
        ),
        count(nw.col("counts") & (nw.col("issued_day") <= w.as_of)).alias("invoices_ever"),
    )


# The windows (days back from the scoring day) over which the signs read messages.
MESSAGE_WINDOWS = ("abuse", "unethical", "payment_risk", "complainer", "boundaries", "scope_creep")
# An after-hours habit is dated over a year (see ``message_features``).
HABIT_DAYS = 365


def message_lookback(config: Config) -> int:
    """How many days back from the scoring day messages are read at all: the setting
    ``verdict.message_lookback_days``, and never less than the longest window a sign reads
    messages over, so a sign's figures are the same with or without the bound.

    Two readings of messages have no window of their own: the last flagged (abusive or
    complaining) message, which dates the cool-off, and complaints after a remediation
    (``unpleasable``). Neither needs older messages (DOMAIN §2):
    - the cool-off only delays a planned decision to a few days (``cool_off_days``) after
      the last incident; a flagged message older than the look-back puts that day long in
      the past, so it cannot move a verdict, a rank or a plan's date — only the engine's
      ``decision_not_before`` of such a client, a day already past, becomes empty;
    - the signs are about the client of today: like every other sign, complaints after a
      remediation count when they fall within the look-back."""
    windows = [int(config[sign]["window_days"]) for sign in MESSAGE_WINDOWS]
    return max(int(config["verdict"]["message_lookback_days"]), HABIT_DAYS, *windows)


def message_flags(frames: Frames, config: Config, w: Window) -> LF:
    """Messages of the look-back (``message_lookback``) with their text classes and the
    after-hours flag."""
    start, end = (int(h) for h in config.business["working_hours"])
    working_days = [int(d) for d in config.business["working_days"]]
    hour = nw.col("local_hour")
    after = (hour < start) | (hour >= end) | ~nw.col("local_weekday").is_in(working_days)
    inbound = nw.col("direction") == "in"
    lookback = message_lookback(config)
    if w.days is None:
        msgs = frames.classified_messages(w.as_of, lookback)
    else:  # the messages every day reads, classified once, then each day's look-back
        msgs = frames.classified_span(*w.span, lookback)
        msgs = w.rows(msgs).filter(w.usual.within("day", lookback))
    return msgs.with_columns(inbound.alias("inbound"), (inbound & after).alias("after_hours"))


def message_features(frames: Frames, config: Config, w: Window, remediation: LF) -> LF:
    """Abuse, complaints, excuses, reminders, after-hours and urgency in messages."""
    cfg = config
    msgs = message_flags(frames, config, w).join(remediation, on=w.keys, how="left")
    inbound = nw.col("inbound")
    abuse_w = inbound & w.within("day", cfg["abuse"]["window_days"])
    usual = w.usual  # where a sign's evidence starts, and the cool-off's recurrence
    abuse_first = inbound & usual.within("day", cfg["abuse"]["window_days"])
    compl_first = inbound & usual.within("day", cfg["complainer"]["window_days"])
    scope_first = inbound & usual.within("day", cfg["scope_creep"]["window_days"])
    entitled_first = inbound & usual.within("day", cfg["unpleasable"]["window_days"])
    entitled = nw.col("is_entitled") | nw.col("is_know_better")
    pay_w = w.within("day", cfg["payment_risk"]["window_days"])
    compl_w = inbound & w.within("day", cfg["complainer"]["window_days"]) & nw.col("is_complaint")
    bound_w = inbound & w.within("day", cfg["boundaries"]["window_days"])
    scope_w = inbound & w.within("day", cfg["scope_creep"]["window_days"])
    ethics_w = inbound & w.within("day", cfg["unethical"]["window_days"])
    year = inbound & usual.within("day", HABIT_DAYS)
    unpleasable_w = inbound & w.within("day", cfg["unpleasable"]["window_days"])
    remed = nw.col("last_remediation_day")
    after_remed = (
        inbound
        & nw.col("is_complaint")
        & ~remed.is_null()
        & (nw.col("day") > remed)
        & (nw.col("day") <= remed + int(cfg["unpleasable"]["window_days"]))
        & (nw.col("day") <= w.as_of)
    )
    month = usual.within("day", 30) & inbound & (nw.col("is_abusive") | nw.col("is_complaint"))
    flagged = inbound & (nw.col("is_abusive") | nw.col("is_complaint")) & (nw.col("day") <= w.as_of)
    return msgs.group_by(*w.keys).agg(
        count(abuse_w & nw.col("is_abusive")).alias("abusive_messages"),
        count(abuse_w & nw.col("is_severe_abuse")).alias("severe_abusive_messages"),
        earliest(abuse_first & nw.col("is_abusive"), "day").alias("first_abuse_message_day"),
        count(ethics_w & nw.col("is_ethics_request")).alias("ethics_requests"),
        count(pay_w & inbound & nw.col("is_payment_excuse")).alias("payment_excuses"),
        count(pay_w & ~inbound & (nw.col("kind") == "payment_reminder")).alias("reminders"),
        count(compl_w).alias("complaints"),
        count(compl_w & nw.col("is_minor_complaint")).alias("minor_complaints"),
        earliest(compl_first & nw.col("is_complaint"), "day").alias("first_complaint_day"),
        count(bound_w).alias("inbound_messages"),
        count(bound_w & nw.col("after_hours")).alias("after_hours_messages"),
        count(bound_w & nw.col("is_urgent")).alias("urgent_messages"),
        # Over a year, not the 90-day window: a habit of long standing is not "recent".
        earliest(year & nw.col("after_hours"), "day").alias("first_after_hours_day"),
        count(scope_w & nw.col("is_change_request")).alias("change_requests"),
        earliest(scope_first & nw.col("is_change_request"), "day").alias("first_change_day"),
        count(after_remed).alias("complaints_after_remediation"),
        # Seed 002's problem client: "you owe us", "I know this field better than you".
        count(unpleasable_w & entitled).alias("entitled_messages"),
        earliest(entitled_first & entitled, "day").alias("first_entitled_day"),
        count(month).alias("flagged_messages_30d"),
        latest(flagged, "day").alias("last_flagged_message_day"),
    )


def incident_features(frames: Frames, config: Config, w: Window, review: LF) -> LF:
    """Incidents logged by people: abuse, ethics, criticism, remediation, referrals."""
    kind = nw.col("kind")
    past = nw.col("day") <= w.as_of
    days = {sign: config[sign]["window_days"] for sign in ("abuse", "unethical", "unpleasable")}
    abuse = (kind == "abuse") & w.within("day", days["abuse"])
    ethics = (kind == "ethics") & w.within("day", days["unethical"])
    public = (kind == "public_criticism") & w.within("day", days["unpleasable"])
    dispute = (kind == "scope_dispute") & w.within("day", config["scope_creep"]["window_days"])
    negative = kind.is_in(NEGATIVE_INCIDENTS) & past
    usual = w.usual
    return (
        with_review(w.rows(frames["incidents"]), review, w)
        .group_by(*w.keys)
        .agg(
            count(abuse).alias("abuse_incidents"),
            count(abuse & (nw.col("severity") == "high")).alias("severe_abuse_incidents"),
            earliest((kind == "abuse") & usual.within("day", days["abuse"]), "day").alias(
                "first_abuse_incident_day"
            ),
            count(ethics).alias("ethics_incidents"),
            earliest((kind == "ethics") & usual.within("day", days["unethical"]), "day").alias(
                "first_ethics_day"
            ),
            count(public).alias("public_criticism"),
            earliest(
                (kind == "public_criticism") & usual.within("day", days["unpleasable"]), "day"
            ).alias("first_public_criticism_day"),
            count(dispute).alias("scope_disputes"),
            count((kind == "referral") & past).alias("referral_incidents"),
            latest(negative, "day").alias("last_incident_day"),
            count(negative & usual.within("day", 30)).alias("incidents_30d"),
        )
    )


def remediation_days(frames: Frames, config: Config, w: Window) -> LF:
    """The last logged remediation (repair) of each client up to the scoring day, and
    ``REVIEW_START``: that same day once the repair has reached its review date
    (``verdict.repair_review_days`` after it began), else null. From then on the client's
    windows start at the repair (``Window``): the review judges what happened since."""
    done = (nw.col("kind") == "remediation") & (nw.col("day") <= w.as_of)
    last = nw.col("last_remediation_day")
    reviewed = last <= w.as_of - int(config["verdict"]["repair_review_days"])
    return (
        w.rows(frames["incidents"])
        .filter(done)
        .group_by(*w.keys)
        .agg(nw.col("day").max().alias("last_remediation_day"))
        .with_columns(nw.when(reviewed).then(last).alias(REVIEW_START))
    )


def with_review(table: LF, review: LF, w: Window) -> LF:
    """``table`` (one row per record and as-of day) with the client's ``REVIEW_START``
    (from ``remediation_days``) as of that day."""
    return table.join(review.select(*w.keys, REVIEW_START), on=w.keys, how="left")


def client_features(frames: Frames, config: Config) -> LF:
    """The client's own facts: tenure start, relationship, fit, mission conflicts."""
    industries = [str(i).strip().lower() for i in config.business["excluded_industries"]]
    tags = [str(t).strip().lower() for t in config.business["excluded_tags"]]
    tag_list = nw.concat_str(
        [nw.lit(";"), nw.col("tags").fill_null("").str.to_lowercase(), nw.lit(";")]
    )
    off_tags: nw.Expr = nw.lit(False)
    for tag in tags:
        off_tags = off_tags | tag_list.str.contains(f";\\s*{_escape(tag)}\\s*;")
    referred = (
        frames["clients"]
        .filter(~nw.col("referred_by").is_null())
        .group_by("referred_by")
        .agg(nw.len().alias("referred_clients"))
        .rename({"referred_by": "client_id"})
    )
    base = frames["clients"].select(
        "client_id",
        "name",
        nw.col("language").fill_null("en"),
        "industry",
        "tags",
        "since_day",
        nw.col("relationship").fill_null(False),
        "strategic_fit",
        nw.col("industry")
        .fill_null("")
        .str.to_lowercase()
        .str.strip_chars()
        .is_in(industries)
        .alias("excluded_industry"),
        off_tags.alias("excluded_tag"),
    )
    return base.join(referred, on="client_id", how="left")


def _escape(text: str) -> str:
    return "".join(f"\\{c}" if not c.isalnum() and c != " " else c for c in text)


def collect(frames: Frames, config: Config, as_of: int | Sequence[int]) -> pa.Table:
    """Every client with every figure, as one Arrow table sorted by client id; for a
    sequence of as-of days, one row per client and day (column ``as_of``), sorted by
    client id and day."""
    if isinstance(as_of, int):
        w = Window(as_of, since=REVIEW_START)
    else:
        days = sorted(set(as_of))
        table = frames.from_arrow(pa.table({AS_OF: pa.array(days, pa.int64())}))
        w = Window(nw.col(AS_OF), table, (days[0], days[-1]), REVIEW_START)
    remediation = remediation_days(frames, config, w)
    parts = [
        work_features(frames, config, w, remediation),
        *scope_features(frames, config, w, remediation),
        invoice_features(frames, config, w, remediation),
        message_features(frames, config, w, remediation),
        incident_features(frames, config, w, remediation),
        remediation,
    ]
    joined = w.rows(client_features(frames, config))
    for part in parts:
        joined = joined.join(part, on=w.keys, how="left")
    return joined.sort(*w.keys).collect().to_arrow()
