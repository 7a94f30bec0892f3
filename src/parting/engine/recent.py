"""Clients with no recent data: nothing they did falls inside the windows the scoring
looks at (an export from 2017, a client that stopped years ago). Their figures are all
zero, so any sign they raise (no referrals, no growth) says nothing about them; they are
kept apart — verdict "keep", flagged ``no_recent_data`` — and ranked after every client
with real figures, in the CLI and on the web alike.
"""

from __future__ import annotations

import numpy as np

from parting.engine.signs.base import Features
from parting.i18n import ngettext

FLAG = "no_recent_data"
# The window figures that say a client was active: work done, invoices issued, money
# still owed, messages received.
ACTIVITY = ("hours", "revenue", "overdue", "inbound_messages")


def without_recent_data(f: Features) -> np.ndarray:
    """True for each client with none of the activity figures above."""
    active = np.zeros(f.size, dtype=bool)
    for name in ACTIVITY:
        if name in f.columns:
            active |= f.num(name) != 0
    return ~active


def reason(window_days: int) -> str:
    return ngettext(
        "No data from the last {days} day: nothing to judge yet. "
        "Import recent records, or lengthen the look-back window in Settings.",
        "No data from the last {days} days: nothing to judge yet. "
        "Import recent records, or lengthen the look-back window in Settings.",
        window_days,
    ).format(days=window_days)
