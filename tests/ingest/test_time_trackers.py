"""Toggl, Harvest, Clockify and Kimai exports become time entries, projects and clients."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.ingest import detect, read


def entries(path: Path, config: Config | None = None) -> list[dict]:
    return read(path, config or Config()).tables["time_entries"].to_pylist()


def test_toggl_clock_durations_and_amounts_give_hours_and_rates(exports: Path) -> None:
    rows = entries(exports / "toggl_detailed.csv")
    first = rows[0]
    assert (first["client_id"], first["hours"], first["bill_rate"]) == ("Northwind Ltd", 2.5, 75.0)
    assert first["date"] == date(2024, 3, 4)
    assert first["billable"] is True
    assert first["person"] == "Ana Kovač"


def test_toggl_minute_durations_are_minutes_and_seconds(exports: Path) -> None:
    rows = entries(exports / "toggl_minutes_no_rates.csv")
    assert rows[0]["hours"] == pytest.approx((18 * 60 + 25) / 3600)
    assert all(r["bill_rate"] is None for r in rows)


def test_toggl_blank_line_is_skipped_with_its_row(exports: Path) -> None:
    parsed = read(exports / "toggl_minutes_no_rates.csv", Config())
    assert [(s.row, s.reason) for s in parsed.skipped] == [(5, "blank line")]


def test_kind_is_inferred_from_task_tags_and_description(exports: Path) -> None:
    kinds = [r["kind"] for r in entries(exports / "toggl_detailed.csv")]
    assert kinds == ["work", "rework", "meeting", "revision", "admin", "revision"]


def test_kind_words_are_read_in_vietnamese_and_slovenian(exports: Path) -> None:
    assert [r["kind"] for r in entries(exports / "toggl_empty_amount.csv")] == [
        "support",
        "meeting",
    ]
    assert [r["kind"] for r in entries(exports / "toggl_minutes_no_rates.csv")][:2] == [
        "meeting",
        "rework",
    ]


def test_entry_without_client_is_kept_under_its_project_with_a_notice(exports: Path) -> None:
    parsed = read(exports / "toggl_detailed.csv", Config())
    admin = parsed.tables["time_entries"].to_pylist()[4]
    assert admin["client_id"] == "Internal tools"
    assert any("no client" in n for n in parsed.notices)
    assert "Internal tools" in {c.key for c in parsed.clients}


def test_entry_ids_are_stable_across_imports_and_repeats_get_a_suffix(exports: Path) -> None:
    first = [r["entry_id"] for r in entries(exports / "toggl_detailed.csv")]
    again = [r["entry_id"] for r in entries(exports / "toggl_detailed.csv")]
    assert first == again
    assert len(set(first)) == len(first)
    assert first[5] == first[3] + "#2"  # the same entry exported twice
    assert all(i.startswith("toggl:") for i in first)


def test_projects_are_named_per_client(exports: Path) -> None:
    parsed = read(exports / "toggl_detailed.csv", Config())
    projects = {(p["client_id"], p["name"]) for p in parsed.tables["projects"].to_pylist()}
    assert ("Northwind Ltd", "Website relaunch") in projects
    entry = parsed.tables["time_entries"].to_pylist()[0]
    ids = {p["project_id"] for p in parsed.tables["projects"].to_pylist()}
    assert entry["project_id"] in ids


def test_harvest_locale_decimals_and_rates(exports: Path) -> None:
    rows = entries(exports / "harvest_detailed.csv")
    assert [r["hours"] for r in rows] == [3.5, 1.0, 25.0, 4.25]
    assert (rows[0]["bill_rate"], rows[0]["cost_rate"]) == (80.0, 40.0)
    assert rows[0]["person"] == "Ana Kovač"


def test_harvest_rates_in_another_currency_are_announced(exports: Path) -> None:
    parsed = read(exports / "harvest_us_timestamps.csv", Config())
    assert any("USD" in n for n in parsed.notices)
    assert not any("USD" in n for n in read(exports / "harvest_detailed.csv", Config()).notices)


def test_harvest_unread_columns_are_listed(exports: Path) -> None:
    parsed = read(exports / "harvest_detailed.csv", Config())
    ignored = next(n for n in parsed.notices if n.startswith("Ignored columns"))
    assert "Roles" in ignored and "Hours" not in ignored


def test_clockify_us_dates_with_12_hour_times(exports: Path) -> None:
    rows = entries(exports / "clockify_us_12h.csv")
    assert [r["date"] for r in rows] == [date(2024, 3, 14), date(2024, 3, 15), date(2024, 4, 2)]
    assert rows[1]["bill_rate"] == 120.0


def test_clockify_day_first_dates_are_recognised_from_the_data(exports: Path) -> None:
    rows = entries(exports / "clockify_eu_activity.csv")
    assert [r["date"] for r in rows] == [date(2024, 5, 13), date(2024, 5, 14)]
    assert [r["hours"] for r in rows] == [1.5, 2.0]
    assert rows[0]["client_id"] == "Kava d.o.o."  # Client column moved to the end


def test_clockify_ambiguous_dates_follow_the_setting_and_say_so(
    exports: Path, business_settings: Callable[..., Config]
) -> None:
    path = exports / "clockify_no_client_ambiguous.csv"
    parsed = read(path, Config())
    assert parsed.tables["time_entries"]["date"].to_pylist()[0] == date(2024, 3, 4)
    assert any("business.date_order" in n for n in parsed.notices)
    day_first = read(path, business_settings(date_order="dmy"))
    assert day_first.tables["time_entries"]["date"].to_pylist()[0] == date(2024, 4, 3)
    assert not any("business.date_order" in n for n in day_first.notices)


def test_clockify_without_client_column_uses_projects(exports: Path) -> None:
    parsed = read(exports / "clockify_no_client_ambiguous.csv", Config())
    assert [c.key for c in parsed.clients] == ["Lune Bistro"]


def test_kimai_comma_export(exports: Path) -> None:
    rows = entries(exports / "kimai_export.csv")
    assert [(r["client_id"], r["hours"], r["bill_rate"]) for r in rows] == [
        ("Northwind Ltd", 3.0, 80.0),
        ("Northwind Ltd", 1.5, 80.0),
    ]
    assert rows[0]["cost_rate"] == 40.0  # internal price / hours
    assert rows[1]["kind"] == "support"


def test_kimai_semicolon_export_with_german_labels(exports: Path) -> None:
    rows = entries(exports / "kimai_semicolon_de.csv")
    assert [(r["date"], r["hours"]) for r in rows] == [
        (date(2024, 4, 8), 2.25),
        (date(2024, 4, 9), 1.0),
    ]
    assert rows[0]["client_id"] == "Atelier Nord GmbH"


def test_unreadable_duration_names_file_row_column_and_value(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        "User,Client,Project,Description,Start date,Start time,Duration\n"
        "Ana,Acme,Site,Work,2024-01-02,09:00:00,01:00:00\n"
        "Ana,Acme,Site,Work,2024-01-03,09:00:00,about an hour\n"
    )
    with pytest.raises(InputError) as error:
        read(path, Config())
    where = error.value.where
    assert (where.file, where.row, where.column, where.value) == (
        str(path),
        3,
        "Duration",
        "about an hour",
    )
    assert error.value.fix


def test_missing_duration_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text("User,Client,Project,Start date,Start time,Tags\nAna,Acme,Site,2024-01-02,9,\n")
    with pytest.raises(InputError, match="Duration"):
        read(path, Config(), format="toggl")


def test_rows_without_client_or_project_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        "User,Client,Project,Description,Start date,Start time,Duration\n"
        "Ana,,,Lunch,2024-01-02,12:00:00,01:00:00\n"
        "Ana,Acme,Site,Work,2024-01-02,13:00:00,01:00:00\n"
    )
    parsed = read(path, Config())
    assert parsed.tables["time_entries"].num_rows == 1
    assert [(s.row, s.reason) for s in parsed.skipped] == [(2, "no client or project")]


def test_a_harvest_row_without_a_client_never_becomes_a_client_named_for_the_gap(
    tmp_path: Path,
) -> None:
    path = tmp_path / "harvest.csv"
    path.write_text(
        "Date,Client,Project,Task,Notes,Hours,First Name,Last Name\n"
        "2024-01-02,,Project without Client,Admin,Filing,1.5,Ana,Novak\n"
        "2024-01-02,[No client],Website,Design,Mock-ups,2,Ana,Novak\n"
        "2024-01-03,Acme,Website,Design,Work,2,Ana,Novak\n"
    )
    parsed = read(path, Config(), format="harvest")
    names = {ref.name for ref in parsed.clients}
    assert "Project without Client" not in names and "[No client]" not in names
    assert names == {"Acme", "Website"}
    assert [(s.row, s.reason) for s in parsed.skipped] == [(2, "no client or project")]


def test_a_misspelt_date_order_setting_fails_loudly(
    exports: Path, business_settings: Callable[..., Config]
) -> None:
    with pytest.raises(InputError, match="date_order"):
        read(exports / "clockify_us_12h.csv", business_settings(date_order="ymd"))


def test_a_description_holding_a_line_break_stays_one_entry(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        "User,Client,Project,Description,Start date,Start time,Duration\n"
        'Ana,Acme,Site,"Call notes:\nprices agreed",2024-01-02,09:00:00,01:00:00\n'
        "Ana,Acme,Site,Work,2024-01-03,09:00:00,02:00:00\n"
    )
    parsed = read(path, Config())
    rows = parsed.tables["time_entries"].to_pylist()
    assert [r["hours"] for r in rows] == [1.0, 2.0]
    assert rows[0]["description"] == "Call notes:\nprices agreed"
    assert rows[0]["kind"] == "meeting"
    assert parsed.skipped == []


def test_a_clockify_report_with_its_duration_columns_hidden_is_read_from_start_and_end(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clockify.csv"
    path.write_text(
        "Project,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,"
        "End Date,End Time,Client\n"
        "Web,Home page,Dev,Sam Lee,Dev,sam@studio.example,,Yes,03/14/2024,10:15:00 PM,"
        "03/15/2024,01:45:00 AM,Blue Harbor LLC\n"
        "Web,Menu,Dev,Sam Lee,Dev,sam@studio.example,,Yes,03/18/2024,09:00,03/18/2024,"
        "10:30,Blue Harbor LLC\n"
    )
    assert detect(path) == "clockify"
    entries = read(path, Config()).tables["time_entries"]
    assert entries["hours"].to_pylist() == [3.5, 1.5]
    assert [d.isoformat() for d in entries["date"].to_pylist()] == ["2024-03-14", "2024-03-18"]


def test_a_clockify_entry_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clockify.csv"
    path.write_text(
        "Project,User,Group,Start Date,Start Time,End Date,End Time,Client\n"
        "Web,Sam,Dev,03/14/2024,10:00,03/14/2024,09:00,Blue Harbor LLC\n"
    )
    with pytest.raises(InputError, match=r"End Time.*ends before it starts"):
        read(path, Config())
