"""Read ``kinship_s14_vi.csv``: for each row, whether Parting recognises a Vietnamese
writer who names themselves by senior kinship ("chị", "anh", "cô", "chú", "bác"), on
the side the row comes from — client mail (the classifier, which then reads the message
with its pronouns exchanged) or our letters (the letter checker, which then reads the
writer's pronoun as "tôi"). Prints the rows read wrongly and the share read right per
split and side. Run from the repository root:
``PYTHONPATH=src python tests/data/kinship/read.py [tune|held]``."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent


def recognised(side: str, text: str) -> str:
    """The writer's senior pronoun as recognised (empty when none): for mail only
    whether the writer is recognised (the classifier keeps no pronoun)."""
    try:
        from parting.text import kinship
    except ImportError:  # the tree before the shared recognition
        from parting.playbook import meaning
        from parting.text import normalise
        from parting.text.classify import KIN_WRITER, _compiled

        if side == "mail":  # over the folded view as made, before any exchange
            folded = normalise.apply_text(text, normalise.FOLDED_STEPS)
            return "yes" if _compiled(KIN_WRITER).search(folded) else ""
        return meaning.writer_pronoun([text], "vi") or ""
    from parting.text import normalise

    if side == "mail":
        accented = normalise.apply_text(text, normalise.ACCENTED_STEPS)
        return "yes" if kinship.senior_writer(accented, client_writes=True) else ""
    word = kinship.writer_word([text], client_writes=False)
    return "" if word is None or word in kinship.JUNIOR else word


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "tune"
    with open(HERE / "kinship_s14_vi.csv", encoding="utf-8") as rows_file:
        rows = [row for row in csv.DictReader(rows_file) if row["split"] == split]
    for side in ("mail", "letter"):
        mine = [row for row in rows if row["side"] == side]
        right = 0
        for row in mine:
            expected = row["writer"] if side == "letter" else ("yes" if row["writer"] else "")
            got = recognised(side, row["text"])
            right += got == expected
            if got != expected:
                print(f"  {side}: expected {expected or '-'}, read {got or '-'}: {row['text']}")
        print(f"{split} {side}: {right}/{len(mine)} read right")


if __name__ == "__main__":
    main()
