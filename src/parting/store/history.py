"""What changed between two verdicts of a client: the verdict history keeps a row only then.

A verdict is summed up by its *signature*, the verdict and its sorted sign ids
(``"repair|drain,unprofitable"``); a rescore that yields the same signature adds no row to
the history a person reads.

>>> signature("repair", ["unprofitable", "drain"])
'repair|drain,unprofitable'
>>> changes("", "watch|drain")
[{'kind': 'first'}]
>>> for change in changes("watch|drain", "repair|drain,unprofitable"):
...     print(change)
{'kind': 'verdict', 'before': 'watch', 'after': 'repair'}
{'kind': 'sign_added', 'sign': 'unprofitable'}
>>> changes("repair|drain", "repair|drain")
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypedDict


class Change(TypedDict, total=False):
    kind: Literal["first", "verdict", "sign_added", "sign_gone"]
    before: str
    after: str
    sign: str


def signature(verdict: str, sign_ids: Iterable[str]) -> str:
    return f"{verdict}|{','.join(sorted(set(sign_ids)))}"


def _parts(sig: str) -> tuple[str, set[str]]:
    verdict, _, signs = sig.partition("|")
    return verdict, {s for s in signs.split(",") if s}


def changes(before: str, after: str) -> list[Change]:
    """What a person should read about the move from signature ``before`` to ``after``
    (``before`` is empty on a client's first verdict); empty when nothing changed."""
    if not before:
        return [{"kind": "first"}]
    if before == after:  # most clients, most runs
        return []
    old_verdict, old_signs = _parts(before)
    new_verdict, new_signs = _parts(after)
    found: list[Change] = []
    if old_verdict != new_verdict:
        found.append({"kind": "verdict", "before": old_verdict, "after": new_verdict})
    found += [{"kind": "sign_added", "sign": s} for s in sorted(new_signs - old_signs)]
    found += [{"kind": "sign_gone", "sign": s} for s in sorted(old_signs - new_signs)]
    return found
