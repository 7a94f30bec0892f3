"""The Vietnamese lexicon learned from ViHOS (``vi_learned.tsv``), as the lexicon reads it.

``parting.text.learn`` writes the file; this module only reads it, so that loading the
lexicons never imports the learning code.
"""

from __future__ import annotations

from pathlib import Path

LEXICON_FILE = Path(__file__).parent / "vi_learned.tsv"
ACCENTED = "accented"
VIETNAMESE_ONLY = "vietnamese_only"


def read(view: str = ACCENTED, path: Path = LEXICON_FILE) -> list[str]:
    """The learned phrases of one view (``accented`` or ``vietnamese_only``)."""
    phrases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if fields[0] == view:
                phrases.append(fields[1])
    return phrases
