"""Which messages the text classifier reads: the client's own words of the look-back up to
the scoring day, each distinct (body, client language) once, and nothing else."""

from __future__ import annotations

from typing import Any

import narwhals as nw
import polars as pl
import pytest

from parting.engine import messages

from . import fake_text

AS_OF = 20_000  # a day number
LOOKBACK = 365  # days of messages read


def _frames(rows: list[tuple[str, str, str, str | None, int]]) -> tuple[Any, Any]:
    """Messages (id, client, direction, body, day) of clients en-1, en-2 and vi-1."""
    msgs = pl.DataFrame(
        {
            "message_id": [r[0] for r in rows],
            "client_id": [r[1] for r in rows],
            "direction": [r[2] for r in rows],
            "kind": ["payment_reminder" if r[2] == "out" else "message" for r in rows],
            "subject": [None for _ in rows],
            "body": [r[3] for r in rows],
            "day": [r[4] for r in rows],
        },
        schema_overrides={"subject": pl.String},
    )
    clients = pl.DataFrame({"client_id": ["en-1", "en-2", "vi-1"], "language": ["en", "en", "vi"]})
    return nw.from_native(msgs.lazy()), nw.from_native(clients.lazy())


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (body, language) pairs the classifier was given."""
    given: list[tuple[str, str]] = []

    def classify(frame: Any, body: str = "body", language: str | None = None) -> Any:
        native = frame.collect().to_native()
        given.extend(zip(native[body].to_list(), native[language].to_list(), strict=True))
        return fake_text.classify(frame, body=body, language=language)

    monkeypatch.setattr(messages, "classifier", lambda: classify)
    return given


def _classified(rows: list[tuple[str, str, str, str | None, int]]) -> dict[str, dict[str, Any]]:
    msgs, clients = _frames(rows)
    out = messages.classify_messages(msgs, clients, AS_OF, LOOKBACK).collect().to_native()
    return {r["message_id"]: r for r in out.to_dicts()}


def test_each_distinct_body_is_classified_once_and_flags_every_message_saying_it(
    seen: list[tuple[str, str]],
) -> None:
    out = _classified(
        [
            ("m1", "en-1", "in", "You idiot", AS_OF - 1),
            ("m2", "en-2", "in", "You idiot", AS_OF - 2),
            ("m3", "en-1", "in", "Thanks", AS_OF - 3),
        ]
    )
    assert sorted(seen) == [("Thanks", "en"), ("You idiot", "en")]
    assert out["m1"]["is_abusive"] and out["m2"]["is_abusive"]
    assert not out["m3"]["is_abusive"]


def test_the_same_body_is_read_again_in_another_client_language(
    seen: list[tuple[str, str]],
) -> None:
    _classified([("m1", "en-1", "in", "dm", AS_OF), ("m2", "vi-1", "in", "dm", AS_OF)])
    assert sorted(seen) == [("dm", "en"), ("dm", "vi")]


def test_outgoing_words_empty_bodies_and_later_messages_are_never_classified(
    seen: list[tuple[str, str]],
) -> None:
    out = _classified(
        [
            ("out", "en-1", "out", "Overdue, you idiot", AS_OF - 1),
            ("empty", "en-1", "in", "", AS_OF - 1),
            ("none", "en-1", "in", None, AS_OF - 1),
            ("later", "en-1", "in", "stupid", AS_OF + 1),
        ]
    )
    assert seen == []
    # The reminder still counts as a reminder, and silent messages as messages.
    assert set(out) == {"out", "empty", "none"}
    assert not any(row["is_abusive"] for row in out.values())


def test_outgoing_messages_other_than_reminders_are_left_out(
    seen: list[tuple[str, str]],
) -> None:
    msgs, clients = _frames([("m1", "en-1", "out", "Hello", AS_OF)])
    msgs = msgs.with_columns(nw.lit("message").alias("kind"))
    out = messages.classify_messages(msgs, clients, AS_OF, LOOKBACK).collect()
    assert out.shape[0] == 0


def test_messages_older_than_the_look_back_are_never_read(seen: list[tuple[str, str]]) -> None:
    out = _classified(
        [
            ("inside", "en-1", "in", "You idiot", AS_OF - LOOKBACK + 1),
            ("older", "en-1", "in", "Stupid", AS_OF - LOOKBACK),
            ("old-reminder", "en-1", "out", "Reminder", AS_OF - LOOKBACK),
        ]
    )
    assert seen == [("You idiot", "en")]
    assert set(out) == {"inside"}
    assert out["inside"]["is_abusive"]
