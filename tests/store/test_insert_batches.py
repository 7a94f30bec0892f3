"""Rows written batch by batch (``store.upsert.insert_batches``): on SQLite each batch is
written on a writer thread while the next one is made. Every row arrives, in order; each
batch is reported once it is in the table; an error on either side stops the work and
reaches the caller, whose transaction then keeps nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction

from parting.store.upsert import insert_batches

pytestmark = pytest.mark.django_db


@pytest.fixture
def table() -> Iterator[str]:
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE numbers (n INTEGER PRIMARY KEY, word TEXT)")
    yield "numbers"
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE numbers")


def _stored(table: str) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT n, word FROM {table} ORDER BY n")
        return [tuple(row) for row in cursor.fetchall()]


def _batches(sizes: list[int]) -> Iterator[list[list[Any]]]:
    n = 0
    for size in sizes:
        yield [[n + i, f"number {n + i}"] for i in range(size)]
        n += size


def test_every_row_arrives_in_order_and_each_batch_is_reported_once_stored(table: str) -> None:
    reported: list[tuple[int, int]] = []

    def stored(rows: int) -> None:
        # Told between batches, when no batch is being written: the database may be read.
        reported.append((rows, len(_stored(table))))

    with connection.cursor() as cursor:
        insert_batches(cursor, table, ["n", "word"], _batches([3, 3, 3, 1]), stored)
    assert _stored(table) == [(n, f"number {n}") for n in range(10)]
    assert reported == [(3, 3), (3, 6), (3, 9), (1, 10)]


def test_no_batch_writes_nothing(table: str) -> None:
    reported: list[int] = []
    with connection.cursor() as cursor:
        insert_batches(cursor, table, ["n", "word"], iter([]), reported.append)
    assert _stored(table) == [] and reported == []


def test_a_failure_while_making_the_rows_keeps_nothing(table: str) -> None:
    def failing() -> Iterator[list[list[Any]]]:
        yield from _batches([2, 2])
        raise ValueError("a figure could not be read")

    refused = pytest.raises(ValueError, match="could not be read")
    with refused, transaction.atomic(), connection.cursor() as cursor:
        insert_batches(cursor, table, ["n", "word"], failing())
    assert _stored(table) == []


def test_a_failure_while_writing_stops_the_batches_and_keeps_nothing(table: str) -> None:
    made: list[int] = []
    # The second batch's key is the first batch's: the database refuses it.
    batches = [[[0, "zero"], [1, "one"]], [[0, "zero again"]], [[2, "two"]], [[3, "three"]]]

    def clashing() -> Iterator[list[list[Any]]]:
        for batch in batches:
            made.append(len(batch))
            yield batch

    # PostgreSQL's COPY speaks through the driver, whose error Django does not wrap.
    driver: Any = connection.Database  # type: ignore[attr-defined]
    refused = pytest.raises((IntegrityError, driver.IntegrityError))
    with refused, transaction.atomic(), connection.cursor() as cursor:
        insert_batches(cursor, table, ["n", "word"], clashing())
    assert _stored(table) == []
    # The batch after the refused one may have been made meanwhile, never the one after.
    assert len(made) <= 3
