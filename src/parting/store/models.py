"""The workspace: the system of record for a business's Parting data.

Tables and columns carry the names of Parting CSV (``parting.schema``) so the engine can
read them through ADBC as they are (``SELECT … FROM time_entries``). Clients, projects and
invoices are keyed by their natural ids, so a foreign key column holds the id itself.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from parting.schema import (
    CHANNELS,
    DIRECTIONS,
    INCIDENT_KINDS,
    INVOICE_STATUSES,
    JUDGEMENT_KINDS,
    SEVERITIES,
    TIME_KINDS,
)


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(v, v) for v in values]


class Client(models.Model):
    client_id = models.CharField(max_length=200, primary_key=True)
    name = models.CharField(max_length=300)
    contact_name = models.CharField(max_length=300, blank=True, default="")
    # How letters address the contact (parting.playbook.address): mr or ms, and the
    # register, senior (ông/bà) or familiar (tu, tikanje, em); empty: not known, formal.
    contact_salutation = models.CharField(
        max_length=8,
        blank=True,
        default="",
        choices=[("mr", _("Mr")), ("ms", _("Ms"))],
    )
    contact_formality = models.CharField(
        max_length=8,
        blank=True,
        default="",
        choices=[("senior", _("Deferential")), ("familiar", _("Familiar"))],
    )
    email = models.CharField(max_length=300, blank=True, default="")
    language = models.CharField(max_length=16, blank=True, default="")
    timezone = models.CharField(max_length=64, blank=True, default="")
    industry = models.CharField(max_length=200, blank=True, default="")
    tags = models.CharField(max_length=500, blank=True, default="")  # ';'-separated
    since = models.DateField(null=True, blank=True)
    relationship = models.BooleanField(null=True, blank=True)
    referred_by = models.CharField(max_length=200, blank=True, default="")
    strategic_fit = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "clients"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClientAlias(models.Model):
    """How a source names a client (a Toggl client name, a Stripe customer, an e-mail
    address), so that re-importing the same source links to the same client."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="aliases")
    source = models.CharField(max_length=40)  # the import format
    key = models.CharField(max_length=300)
    name = models.CharField(max_length=300, blank=True, default="")
    email = models.CharField(max_length=300, blank=True, default="")

    class Meta:
        db_table = "client_aliases"
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="alias_source_key_unique")
        ]


class Project(models.Model):
    project_id = models.CharField(max_length=200, primary_key=True)
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="projects")
    name = models.CharField(max_length=300, blank=True, default="")
    service_line = models.CharField(max_length=200, blank=True, default="")
    budget_hours = models.FloatField(null=True, blank=True)
    fixed_fee = models.FloatField(null=True, blank=True)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    recurring = models.BooleanField(null=True, blank=True)

    class Meta:
        db_table = "projects"


class ImportBatch(models.Model):
    """One run of ``parting import`` (or an upload): what was read and what changed."""

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    format = models.CharField(max_length=40)
    source = models.CharField(max_length=500)
    rows_read = models.IntegerField(default=0)
    added = models.IntegerField(default=0)
    updated = models.IntegerField(default=0)
    skipped = models.IntegerField(default=0)
    summary = models.JSONField(default=dict)  # skips with reasons, notices, new clients
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        db_table = "import_batches"
        ordering = ["-started_at"]


class TimeEntry(models.Model):
    entry_id = models.CharField(max_length=200, unique=True)
    # No index of its own: the (client, date) index below leads with the client, so it serves
    # every lookup by client, and each row an import or a triage writes updates one
    # B-tree fewer.
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="time_entries", db_index=False
    )
    project = models.ForeignKey(
        Project, null=True, blank=True, on_delete=models.SET_NULL, related_name="time_entries"
    )
    person = models.CharField(max_length=200, blank=True, default="")
    date = models.DateField()
    hours = models.FloatField()
    billable = models.BooleanField(null=True, blank=True)
    bill_rate = models.FloatField(null=True, blank=True)
    cost_rate = models.FloatField(null=True, blank=True)
    kind = models.CharField(max_length=20, blank=True, default="", choices=_choices(TIME_KINDS))
    description = models.TextField(blank=True, default="")
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        db_table = "time_entries"
        indexes = [models.Index(fields=["client", "date"])]


class Invoice(models.Model):
    invoice_id = models.CharField(max_length=200, primary_key=True)
    # No index of its own: the (client, issued_on) index below leads with the client, so it serves
    # every lookup by client, and each row an import or a triage writes updates one
    # B-tree fewer.
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="invoices", db_index=False
    )
    issued_on = models.DateField()
    due_on = models.DateField()
    amount = models.FloatField()
    currency = models.CharField(max_length=8, blank=True, default="")
    status = models.CharField(
        max_length=20, blank=True, default="", choices=_choices(INVOICE_STATUSES)
    )
    discount = models.FloatField(null=True, blank=True)
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        db_table = "invoices"
        indexes = [models.Index(fields=["client", "issued_on"])]


class Payment(models.Model):
    payment_id = models.CharField(max_length=200, unique=True)
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="payments")
    paid_on = models.DateField()
    amount = models.FloatField()
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        db_table = "payments"


class Message(models.Model):
    message_id = models.CharField(max_length=300, unique=True)
    # Null while the sender matches no client: kept, listed for the person, never dropped.
    # No index of its own: the (client, sent_at) index below leads with the client, so it serves
    # every lookup by client, and each row an import or a triage writes updates one
    # B-tree fewer.
    client = models.ForeignKey(
        Client,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="messages",
        db_index=False,
    )
    unmatched_address = models.CharField(max_length=300, blank=True, default="")
    sent_at = models.DateTimeField()
    direction = models.CharField(max_length=3, choices=_choices(DIRECTIONS))
    channel = models.CharField(max_length=10, blank=True, default="", choices=_choices(CHANNELS))
    subject = models.CharField(max_length=500, blank=True, default="")
    body = models.TextField(blank=True, default="")
    author = models.CharField(max_length=300, blank=True, default="")
    kind = models.CharField(max_length=40, blank=True, default="")
    batch = models.ForeignKey(ImportBatch, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        db_table = "messages"
        indexes = [
            models.Index(fields=["client", "sent_at"]),
            models.Index(fields=["unmatched_address"], name="messages_unmatched_idx"),
        ]


class Incident(models.Model):
    """A human-logged event the data cannot see (DOMAIN §5)."""

    incident_id = models.CharField(max_length=200, unique=True)
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="incidents")
    date = models.DateField()
    kind = models.CharField(max_length=20, choices=_choices(INCIDENT_KINDS))
    severity = models.CharField(max_length=10, blank=True, default="", choices=_choices(SEVERITIES))
    staff = models.CharField(max_length=200, blank=True, default="")
    note = models.TextField(blank=True, default="")
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    logged_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "incidents"
        ordering = ["-date"]

    @property
    def shown_note(self) -> str:
        """``note`` as the reader reads it (``store.plans.incident_note``)."""
        from parting.store.plans import incident_note

        return incident_note(self)


class Judgement(models.Model):
    """A person's judgement that tempers a verdict: "this will pass" or "relationship"."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="judgements")
    kind = models.CharField(max_length=20, choices=_choices(JUDGEMENT_KINDS))
    sign = models.CharField(max_length=40, blank=True, default="")
    date = models.DateField()
    note = models.TextField(blank=True, default="")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        db_table = "judgements"


class UnmatchedRef(models.Model):
    """A name or address from an import that matched no client, or several: for a person
    to resolve (link to a client, or create one)."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="unmatched")
    source = models.CharField(max_length=40)
    key = models.CharField(max_length=300)
    name = models.CharField(max_length=300, blank=True, default="")
    emails = models.CharField(max_length=1000, blank=True, default="")
    candidates = models.JSONField(default=list)  # client ids that could be meant
    resolved_to = models.ForeignKey(Client, null=True, blank=True, on_delete=models.SET_NULL)
    # Rows naming this ref (time entries, invoices …) wait here until a person links it;
    # table name -> rows as JSON. Messages are stored at once, with ``unmatched_address``.
    pending = models.JSONField(default=dict)

    @property
    def address(self) -> str:
        """What unmatched messages from this ref carry in ``unmatched_address``."""
        return self.emails.split(";")[0] if self.emails else self.key

    class Meta:
        db_table = "unmatched_refs"


class BusinessSettings(models.Model):
    """The business's overrides of ``defaults.toml``, as TOML text (one row)."""

    toml = models.TextField(blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "business_settings"


class TriageRun(models.Model):
    """One scoring of the whole workspace; verdicts keep their history through it."""

    computed_at = models.DateTimeField(auto_now_add=True)
    as_of = models.DateField()
    engine = models.CharField(max_length=20, default="duckdb")
    clients = models.IntegerField(default=0)

    class Meta:
        db_table = "triage_runs"
        ordering = ["-computed_at"]


class VerdictRecord(models.Model):
    run = models.ForeignKey(TriageRun, on_delete=models.CASCADE, related_name="verdicts")
    # No index of its own: the (client, run) index below leads with the client, so it serves
    # every lookup by client, and each row an import or a triage writes updates one
    # B-tree fewer.
    client = models.ForeignKey(
        Client, on_delete=models.CASCADE, related_name="verdicts", db_index=False
    )
    verdict = models.CharField(max_length=20)
    rank = models.IntegerField()
    reason = models.TextField()
    main_sign = models.CharField(max_length=40, blank=True, default="")
    signs = models.JSONField(default=list)  # [{id, severity, evidence, first_seen, weak}]
    review_flags = models.JSONField(default=list)
    tempered_by = models.JSONField(default=list)
    decision_not_before = models.DateField(null=True, blank=True)
    metrics = models.JSONField(default=dict)  # ClientMetrics fields
    # The verdict and its sign ids in one string ("repair|drain,unprofitable"): a rescore
    # compares it with the client's previous one to tell whether anything changed.
    signature = models.CharField(max_length=400, blank=True, default="")
    # True on a client's first verdict and whenever its verdict or signs changed: the
    # verdict history shows only these rows, each saying what changed (``changes``).
    changed = models.BooleanField(default=True)
    changes = models.JSONField(default=list)  # [{"kind": "verdict"|"sign_added"|..., ...}]

    class Meta:
        db_table = "verdicts"
        ordering = ["rank"]
        indexes = [
            models.Index(fields=["client", "run"]),
            models.Index(fields=["client", "changed"], name="verdicts_client_changed_idx"),
        ]


class Plan(models.Model):
    """An exit plan (DOMAIN §3) opened for a client."""

    STATUSES = [("open", _("open")), ("done", _("done")), ("cancelled", _("cancelled"))]

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="plans")
    verdict = models.CharField(max_length=20)
    main_sign = models.CharField(max_length=40)
    immediate = models.BooleanField(default=False)
    start = models.DateField()
    status = models.CharField(max_length=10, choices=STATUSES, default="open")
    facts = models.JSONField(default=dict)  # money owed, notice end, goodwill, partners …
    opened_at = models.DateTimeField(auto_now_add=True)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        db_table = "plans"
        ordering = ["-opened_at"]


class PlanStep(models.Model):
    STATUSES = [
        ("todo", _("to do")),
        ("done", _("done")),
        ("skipped", _("skipped")),
        ("blocked", _("blocked")),
    ]

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="steps")
    number = models.IntegerField()
    key = models.CharField(max_length=40)  # cool_off, review_contract, …
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default="todo")
    note = models.TextField(blank=True, default="")
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "plan_steps"
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="plan_step_unique")]


class Member(models.Model):
    """A person's role in the workspace: the owner does everything; staff log incidents
    and see clients, but not settings or plans."""

    ROLES = [("owner", _("Owner")), ("staff", _("Staff"))]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    role = models.CharField(max_length=10, choices=ROLES, default="staff")
    language = models.CharField(max_length=8, blank=True, default="")

    class Meta:
        db_table = "members"


class MailAccount(models.Model):
    """A mail server the workspace reads from (IMAP) or sends its digest through (SMTP).
    The password is sealed with the workspace key (``parting.store.vault``)."""

    KINDS = [("imap", "IMAP"), ("smtp", "SMTP")]

    kind = models.CharField(max_length=4, choices=KINDS)
    host = models.CharField(max_length=300)
    port = models.IntegerField()
    user = models.CharField(max_length=300)
    security = models.CharField(max_length=10, default="tls")  # tls, starttls, insecure
    password_sealed = models.TextField()
    folders = models.JSONField(default=list)  # IMAP: the folders read
    since = models.DateField(null=True, blank=True)  # IMAP: nothing older is fetched
    sender = models.CharField(max_length=300, blank=True, default="")  # SMTP: From
    recipient = models.CharField(max_length=300, blank=True, default="")  # SMTP: To
    own_addresses = models.JSONField(default=list)  # senders seen in the Sent folders
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "mail_accounts"
        constraints = [models.UniqueConstraint(fields=["kind"], name="mail_account_kind_unique")]

    def __str__(self) -> str:  # never the password
        return f"{self.user}@{self.host}:{self.port}"


class MailFolder(models.Model):
    """How far a folder has been read: its UIDVALIDITY and the highest UID stored."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="bookmarks")
    name = models.CharField(max_length=300)
    uidvalidity = models.BigIntegerField(default=0)
    last_uid = models.BigIntegerField(default=0)
    fetched = models.IntegerField(default=0)
    skipped = models.IntegerField(default=0)
    synced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "mail_folders"
        constraints = [
            models.UniqueConstraint(fields=["account", "name"], name="mail_folder_unique")
        ]


class WatchState(models.Model):
    """The scheduled watch's memory (one row): the run the last digest and the portfolio's
    "changed since you last looked" compare against."""

    digest_run = models.ForeignKey(
        TriageRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    looked_run = models.ForeignKey(
        TriageRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_sync_at = models.DateTimeField(null=True, blank=True)  # when the last round began

    class Meta:
        db_table = "watch_state"


class Job(models.Model):
    """Long work a person asked for (rescoring the workspace), done outside the request by
    the worker (``parting.store.jobs``) while the pages show its progress."""

    KINDS = [("rescore", _("rescore")), ("import", _("import"))]
    STATUSES = [
        ("queued", _("queued")),
        ("running", _("running")),
        ("done", _("done")),
        ("failed", _("failed")),
    ]

    kind = models.CharField(max_length=20, choices=KINDS, default="rescore")
    status = models.CharField(max_length=10, choices=STATUSES, default="queued")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # Why it was asked for ("settings", "incident" …): the page says what it brings up to date.
    reason = models.CharField(max_length=40, blank=True, default="")
    requested_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    step = models.IntegerField(default=0)  # steps done of ``steps``
    steps = models.IntegerField(default=0)
    error = models.TextField(blank=True, default="")  # a translated sentence, for the owner
    run = models.ForeignKey(TriageRun, null=True, blank=True, on_delete=models.SET_NULL)
    # An import: the private folder holding the uploads and the names the owner gave them;
    # once done, the batches it stored (``result``), for the page to report.
    payload = models.JSONField(default=dict)
    result = models.JSONField(default=dict)

    class Meta:
        db_table = "jobs"
        indexes = [models.Index(fields=["status", "requested_at"])]


class AuditEntry(models.Model):
    """One change a person made to what the verdicts read (an incident, a judgement, a
    merge, a link, an import) or its undoing: who, when, what, and why (DOMAIN: every
    such change can be explained later). Kept by client id, not by key, so the entry
    outlives a client merged into another (the merge moves it)."""

    at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    client_id = models.CharField(max_length=200, blank=True, default="", db_index=True)
    action = models.CharField(max_length=40)  # "incident_logged", "incident_removed" …
    what = models.JSONField(default=dict)  # the record as it was: kind, date, note …
    why = models.TextField(blank=True, default="")
    # What undoing the change needs (the rows a merge moved, the rows a link released),
    # never shown; and when it was undone (an entry is undone once).
    undo = models.JSONField(default=dict)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "audit_log"
        ordering = ["-at", "-pk"]


class ReplacedRow(models.Model):
    """A row an import changed (a client's address, an invoice's amount …): the values it
    had before and those the import wrote, only the columns that changed, so deleting the
    import puts back what it overwrote — where nothing changed the row since."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="replaced")
    table = models.CharField(max_length=40)
    row_pk = models.CharField(max_length=255)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)

    class Meta:
        db_table = "import_replaced_rows"


class RunTimelines(models.Model):
    """The month-by-month verdicts of every client, computed by the worker for one triage
    run (the client page reads them; a page never computes them)."""

    run = models.OneToOneField(TriageRun, on_delete=models.CASCADE, related_name="timelines")
    months = models.IntegerField()
    computed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "run_timelines"


class ClientTimelineRecord(models.Model):
    """One client's verdict at each month end, as ``[[end, verdict, [sign, …]], …]``."""

    run = models.ForeignKey(TriageRun, on_delete=models.CASCADE, related_name="client_timelines")
    client_id = models.CharField(max_length=200)
    name = models.CharField(max_length=500, blank=True, default="")
    months = models.JSONField(default=list)

    class Meta:
        db_table = "client_timelines"
        constraints = [
            models.UniqueConstraint(fields=["run", "client_id"], name="one_timeline_per_client")
        ]
