"""Small exports from other tools, written by the tests that link their clients."""

from __future__ import annotations

import csv
from pathlib import Path

TOGGL_HEADER = [
    "User",
    "Email",
    "Client",
    "Project",
    "Task",
    "Description",
    "Billable",
    "Start date",
    "Start time",
    "End date",
    "End time",
    "Duration",
    "Tags",
    "Amount (EUR)",
]


def toggl_row(client: str, project: str, day: str, duration: str, what: str) -> list[str]:
    return ["Ana", "ana@studio.example", client, project, "", what, "Yes", day, "09:00:00",
            day, "10:00:00", duration, "", "80.00"]  # fmt: skip


def write_toggl(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(TOGGL_HEADER)
        writer.writerows(rows)
    return path


def letter(sender: str, to: str, day: int, subject: str, body: str) -> str:
    return (
        "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
        f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
        f"Date: Mon, {day} Feb 2026 10:00:00 +0100\n"
        f"Message-ID: <{day}.{abs(hash((sender, subject)))}@test.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n\n"
    )


def write_mbox(path: Path, letters: list[str]) -> Path:
    path.write_text("".join(letters), encoding="utf-8")
    return path


def write_maildir(folder: Path, letters: list[str]) -> Path:
    """A Maildir folder holding ``letters`` (each without its mbox ``From`` line)."""
    import mailbox

    box = mailbox.Maildir(folder, create=True)
    for text in letters:
        box.add(text.split("\n", 1)[1].encode("utf-8"))
    return folder
