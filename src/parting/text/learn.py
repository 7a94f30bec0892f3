"""Learn the Vietnamese offensive-word lexicon from the spans of ViHOS (learn part).

Run ``python -m parting.text.learn`` to rebuild ``lexicon/vi_learned.tsv``. A phrase
(one to three words, as the annotators marked them) is kept when it is frequent enough
and when most comments containing it were marked offensive — a message-level
precision, since ``classify`` flags messages, not spans. Mild words that annotators
marked but that a client may well write to a business without insulting anyone are
left out (``MILD``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from parting.text import normalise
from parting.text.datasets import DATA_DIR, vihos_spans
from parting.text.lexicon.learned import (
    ACCENTED,
    LEXICON_FILE,
    VIETNAMESE_ONLY,
    read,
)

MIN_COUNT = 2
MIN_PRECISION = 0.85
MAX_WORDS = 3

# Words ViHOS annotators marked in context that are ordinary in a client's message.
MILD = frozenset(
    {
        "chán", "tiêu cực", "ghét", "nhảm", "xàm", "dở", "tệ", "kém", "chết", "điên",
        "khùng", "ảo", "ảo tưởng", "lừa", "lừa đảo", "bẩn", "xấu", "đần", "hèn", "nó",
        "thằng", "con", "mồm", "miệng", "ăn", "gà", "xạo", "mẹ", "má", "trời", "ông",
        "bà", "tụi", "bọn", "lũ", "tao", "chúng", "chúng tôi", "bắt", "đánh", "bóng",
        "tàu", "hại", "giả", "xác", "trốn", "khung", "nghiệp", "kinh", "loại", "đứa",
        "đám", "tù", "ác", "tục", "chui", "phản động", "tham nhũng", "cướp", "bắn", "đập",
        "nát", "dơ", "chả", "nhục", "cái", "cho", "bố", "chửi", "đ", "hành hung", "đeo",
        "khuyết tật", "hắn", "nổ", "mỏ", "tử hình", "quả báo", "độc tài", "bất chấp",
        "câu like", "nhai lại", "khóc lóc", "đốt", "loạn", "cắn", "bậy", "i a", "l n",
        "lú", "hỗn", "mụ", "bã", "thăng", "khủng bố", "nô lệ", "linh tinh", "di cho",
        "het thuoc chua", "tham nhung", "hoang tuong", "lua dao", "ma no", "con gia",
        "sao lon", "tay sai", "quan tham", "con nay", "thứ", "bò", "não", "óc", "cụ", "giết",
        "lợn", "kẻ", "lôi", "méo", "hỏng", "nản", "chiếm", "quái", "liếm", "nhồi", "đấm",
        "chém", "vả", "ói", "cuồng", "lủ", "bần", "sàm", "xiên", "lố", "táng", "vẹo", "bới",
        "ghẻ", "quỳ", "rạch", "vái", "mợ", "câm", "vãi", "hùa", "lòi", "thối", "mẽo", "ịt",
        "bú", "không ra", "làm được", "đọc báo",
    }
)  # fmt: skip

# Teencode written in plain letters, safe in any language. Other plain-ASCII single
# words ("cc", "dm", "lol", "may") are words or abbreviations in English or French too:
# they are learned as ``vietnamese_only``, used when the message is known to be
# Vietnamese (``classify(..., language=...)``).
TEENCODE = frozenset({"vl", "vcl", "vkl", "loz", "clgt", "dmm", "dcm", "đcm", "cmnr", "vcc", "dkm"})

HEADER = """\
# Vietnamese offensive words and phrases, learned from ViHOS spans.
# Source: ViHOS (Hoang et al., EACL 2023), span-extraction version, train split,
# "learn" part only (see parting.text.datasets). Licence: MIT, Copyright (c) 2023
# Phu Hoang Gia (data/LICENSE-ViHOS-MIT.txt). Rebuild: python -m parting.text.learn
# Columns: view (accented: any message; vietnamese_only: messages known to be in
# Vietnamese), phrase, comments containing it, share of them marked offensive.
"""


def ngrams(view: str) -> set[str]:
    """Every run of one to ``MAX_WORDS`` words of a normalised text."""
    words = view.split()
    return {
        " ".join(words[i : i + n])
        for n in range(1, MAX_WORDS + 1)
        for i in range(len(words) - n + 1)
    }


# Plain-letter words kept for Vietnamese messages: vulgar teencode only. The others
# ViHOS marks often ("ma", "no", "cac" are "mà", "nó", "các" typed without accents)
# are everyday words in a client's message, and so is "cc" ("anh cc anh Minh giúp
# em": copy Minh in).
VULGAR_TEENCODE = frozenset(
    {
        "ngu", "lol", "dm", "lon", "cl", "vc", "cm", "cmn", "dell", "clm", "cmm",
        "ml", "deo", "dmcs", "lone", "lozz", "ccc", "clg", "sml", "vailon", "clmm",
        "ditme", "tml", "vlon", "xamlol", "xaolol", "cailoncat", "cdmm", "clgv", "clmn",
        "concac", "dcmm", "vlll", "vlol", "xaolon", "bede", "cocc", "vch", "vcc", "vklm",
    }
)  # fmt: skip


def _view(phrase: str) -> str | None:
    """Where a learned phrase is used, or None when it is too ambiguous to use."""
    if not phrase.isascii() or phrase in TEENCODE:
        return ACCENTED
    if " " in phrase:
        return VIETNAMESE_ONLY
    return VIETNAMESE_ONLY if phrase in VULGAR_TEENCODE else None


def candidates(spans: list[str]) -> set[str]:
    """The phrases a comment's marked spans propose: each whole span, and every run of
    two or three words inside one, so long spans ("đồ ngu như bò") teach their cores
    too. Single words count only as whole spans: a syllable cut out of a longer span is
    as often half of an everyday compound ("tiêu" of "tiêu đề", "ứng" of "ứng dụng")."""
    found = set()
    for span in spans:
        phrase = normalise.apply_text(span, normalise.ACCENTED_STEPS).strip()
        if phrase and len(phrase.split()) <= MAX_WORDS:
            found.add(phrase)
        found.update(gram for gram in ngrams(phrase) if " " in gram)
    return found


def learn(
    data_dir: Path = DATA_DIR,
    min_count: int = MIN_COUNT,
    min_precision: float = MIN_PRECISION,
) -> list[tuple[str, str, int, float]]:
    """(view, phrase, comments containing it, share of them offensive), best first."""
    marked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    offensive: Counter[str] = Counter()
    for text, spans in vihos_spans(data_dir):
        grams = ngrams(normalise.apply_text(text, normalise.ACCENTED_STEPS))
        seen.update(grams)
        if spans:
            offensive.update(grams)
        marked.update(candidates(spans))
    kept = []
    for phrase, count in marked.items():
        share = offensive[phrase] / seen[phrase] if seen[phrase] else 0.0
        # Leetspeak symbols would be regex operators in the lexicon; the letters suffice.
        if len(phrase) < 2 or phrase in MILD or not phrase.replace(" ", "").isalnum():
            continue
        view = _view(phrase)
        if view and count >= min_count and share >= min_precision:
            kept.append((view, phrase, seen[phrase], round(share, 3)))
    return sorted(kept, key=lambda item: (item[0], -item[2], item[1]))


def write(entries: list[tuple[str, str, int, float]], path: Path = LEXICON_FILE) -> None:
    lines = ["\t".join(str(field) for field in entry) for entry in entries]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(learn())
    print(f"{len(read()) + len(read(VIETNAMESE_ONLY))} phrases -> {LEXICON_FILE}")
