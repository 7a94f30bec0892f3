"""The text table of ``parting score``: each column is as wide as its widest cell over
every row (within its share of the terminal), whether the rows are read one by one or
each different text once; and two processes write the rows one process writes."""

from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from parting.cli import verdict_table
from parting.cli.verdict_table import GAP, MAX_NAME, MIN_WRAPPED, cell_len, write_table
from parting.engine import Triage, two_cores
from parting.engine.results import ClientVerdict, Sign
from parting.engine.verdicts import Verdicts
from parting.i18n import _

AS_OF = date(2026, 6, 30)
# Names and reasons a real portfolio holds: accents, wide characters, a control
# character, marks that take no column, some longer than any column.
NAMES = ["Café Dupont", "Nguyễn Văn An", "株式会社サクラ", "Bad\x1b[2Jname", "Ane\u0301", "A" * 50]
REASONS = [
    "No sign calls for action.",
    "Pays late and disputes invoices; the work costs more than it brings in.",
    "請求書の支払いが遅れています",
    "x" * 200,
]
SIGN_IDS = ["payment_risk", "scope_creep", "abuse", "unprofitable", "not_a_sign"]


def portfolio(seed: int, count: int) -> Verdicts:
    """``count`` clients, about a third judged, ranked by random hours."""
    rng = random.Random(seed)
    picked = rng.sample(range(count), count // 3)
    # The widest names among the judged clients, or among the others, by seed.
    wide = set(picked) if seed % 2 else set(range(count)) - set(picked)
    names = [
        f"{rng.choice(NAMES)[: rng.randint(1, 50)]} {i}" if i in wide else f"N{i}"
        for i in range(count)
    ]
    reasons = [rng.choice(REASONS[:2]) for _ in range(count)]
    judged = {
        i: ClientVerdict(
            f"C-{i}",
            names[i],
            rng.choice(["watch", "repair", "part_ways", "part_ways_now", "keep"]),
            0,
            rng.choice(REASONS),
            [Sign(s, "planned") for s in rng.sample(SIGN_IDS, rng.randint(0, 3))],
            [],
        )
        for i in picked
    }
    verdicts = Verdicts(
        judged,
        [f"C-{i}" for i in range(count)],
        names,
        ["en"] * count,
        [0.0] * count,
        [0.0] * count,
        reasons,
        [()] * count,
    )
    hours = np.array([rng.random() for _ in range(count)])
    verdicts.rank_by(hours, np.zeros(count, dtype=bool))
    return verdicts


def widths_row_by_row(verdicts: Verdicts, width: int) -> list[int]:
    """The widths as first written: the longest cell of each column over every row."""
    cells = verdict_table._Cells()
    header = ("#", _("Client"), _("Verdict"), _("Signs"), _("Reason"))
    longest = [cell_len(h) for h in header]
    for client in verdicts.summaries():
        for i, cell in enumerate(cells.row(client)):
            longest[i] = max(longest[i], cell_len(cell))
    rank, name, verdict, signs, reason = longest
    left = width - rank - verdict - len(GAP) * 4
    name = min(name, MAX_NAME, max(MIN_WRAPPED, left // 4))
    left -= name
    signs = min(signs, max(MIN_WRAPPED, left * 2 // 5))
    reason = min(reason, max(MIN_WRAPPED, left - signs))
    return [rank, name, verdict, signs, reason]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("width", [30, 80, 160, 400])
def test_each_column_is_as_wide_as_its_widest_cell(seed: int, width: int) -> None:
    verdicts = portfolio(seed, [1, 7, 300, 5][seed % 4])
    header = ("#", _("Client"), _("Verdict"), _("Signs"), _("Reason"))
    texts = verdict_table._Texts.of(verdicts, verdict_table._Cells())
    assert verdict_table._widths(header, texts, width) == widths_row_by_row(verdicts, width)


def test_no_client_is_a_table_of_its_header() -> None:
    out = io.StringIO()
    write_table(Triage(AS_OF, [], {}), out, 80, lambda text, _verdict: text)
    assert out.getvalue().count("\n") == 3


def test_two_processes_write_the_table_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    triage = Triage(AS_OF, portfolio(1, 500), {})
    one = io.StringIO()  # no file: written by this process alone
    write_table(triage, one, 120, lambda text, _verdict: text)
    monkeypatch.setattr(two_cores, "SPLIT_FROM", 0)
    monkeypatch.setattr(verdict_table, "ROWS_PER_WRITE", 7)
    with (tmp_path / "table.txt").open("w", encoding="utf-8") as out:
        write_table(triage, out, 120, lambda text, _verdict: text)
    assert (tmp_path / "table.txt").read_text(encoding="utf-8") == one.getvalue()
    assert one.getvalue().count("\n") > 503  # long reasons wrap onto more lines
