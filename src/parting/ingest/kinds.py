"""The kind of a time entry (rework, revision, meeting, …) from the words people log.

Time trackers have no field for it, so it is read from the task, tags and description in
English, French, Vietnamese and Slovenian. The first kind whose words appear wins, in the
order below (a "bug fix meeting" is rework: what matters for ``drain`` is the rework).
Entries that name none are ``work``.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

# Regular expressions matched case-insensitively against "task | tags | description".
# Word starts (\b) keep "fix" from matching "prefix"; Vietnamese words are matched whole.
KIND_WORDS: dict[str, str] = {
    "rework": (
        r"\b(re-?work|redo|re-do|bug ?fix|fix(es|ing)?\b|hotfix|correction|corrig|refaire|"
        r"reprise|retouche|làm lại|sửa lỗi|popravek|popravki|popravil|predelava|"
        r"ponovno)"
    ),
    "revision": (
        r"\b(revision|revise|revising|changes requested|amend|feedback round|round \d|"
        r"révision|modification|modifs?\b|chỉnh sửa|điều chỉnh|sửa đổi|revizij|sprememb|"
        r"dopolnit)"
    ),
    "meeting": (
        r"\b(meeting|call\b|calls\b|zoom|teams call|workshop|kick-?off|standup|stand-up|"
        r"réunion|rendez-vous|appel|visio|họp|cuộc gọi|gọi điện|sestanek|sestank|klic\b)"
    ),
    "support": (
        r"\b(support|helpdesk|help desk|ticket|troubleshoot|assistance|dépannage|hỗ trợ|"
        r"podpora|pomoč)"
    ),
    "admin": (
        r"\b(admin|administration|invoic|billing|bookkeeping|email triage|paperwork|"
        r"facturation|comptab|hành chính|hóa đơn|kế toán|administracij|račun\b|računi\b)"
    ),
}


def infer_kinds(*columns: pa.Array) -> pa.Array:
    """One kind per row from the given text columns (nulls ignored)."""
    rows = len(columns[0]) if columns else 0
    parts = [pc.fill_null(c, "") for c in columns]
    if not parts:
        return pa.array(["work"] * rows, pa.string())
    joined = pc.binary_join_element_wise(*parts, " | ") if len(parts) > 1 else parts[0]
    # Distinct texts are far fewer than rows; match each once.
    if isinstance(joined, pa.ChunkedArray):
        joined = joined.combine_chunks()
    encoded = pc.dictionary_encode(joined)
    texts = encoded.dictionary
    kinds = pa.array(["work"] * len(texts), pa.string())
    for kind in reversed(KIND_WORDS):
        hit = pc.match_substring_regex(texts, KIND_WORDS[kind], ignore_case=True)
        kinds = pc.if_else(hit, kind, kinds)
    return pc.take(kinds, encoded.indices)
