"""Time entries, invoices, messages and verdicts lose their index on the client alone.

Each of these tables has a composite index that starts with the client (client and date,
client and day issued, client and time sent, client and run), which serves every lookup by
client; the single-column index only made each row an import or a triage writes update one
B-tree more (storing 20 000 verdicts: 0.43 -> 0.31 s of SQLite's time).

Only the indexes are dropped (by the names Django gave them, on SQLite and PostgreSQL
alike; PostgreSQL's ``_like`` twin too): Django's own way of altering a field on SQLite
copies the whole table, minutes on a workspace of millions of time entries.
"""

from django.db import migrations, models

# Table, and the name Django gave its index on client_id (the same on every database).
INDEXES = (
    ("time_entries", "time_entries_client_id_ed94fe77"),
    ("invoices", "invoices_client_id_50ee676b"),
    ("messages", "messages_client_id_e96b183e"),
    ("verdicts", "verdicts_client_id_67457f51"),
)


def _drop() -> tuple[str, ...]:
    return tuple(
        f'DROP INDEX IF EXISTS "{name}{suffix}"'
        for _table, name in INDEXES
        for suffix in ("", "_like")
    )


def _create() -> tuple[str, ...]:
    return tuple(f'CREATE INDEX "{name}" ON "{table}" ("client_id")' for table, name in INDEXES)


def _client(related_name: str, *, null: bool = False) -> models.ForeignKey:  # type: ignore[type-arg]
    return models.ForeignKey(
        blank=null,
        null=null,
        db_index=False,
        on_delete=models.deletion.CASCADE,
        related_name=related_name,
        to="store.client",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0009_replaced_rows_and_timelines"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(_drop(), reverse_sql=_create())],
            state_operations=[
                migrations.AlterField("invoice", "client", _client("invoices")),
                migrations.AlterField("message", "client", _client("messages", null=True)),
                migrations.AlterField("timeentry", "client", _client("time_entries")),
                migrations.AlterField("verdictrecord", "client", _client("verdicts")),
            ],
        ),
    ]
