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

LEXICON_FILE = Path(__file__).parent / "lexicon" / "vi_learned.tsv"

MIN_COUNT = 3
MIN_PRECISION = 0.8
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
        "lú", "hỗn", "mụ", "bã", "thăng", "khủng bố", "nô lệ",
    }
)  # fmt: skip

# Teencode written in plain letters; other plain-ASCII single words ("may", "me",
# "lol") are English or French words too, so they are not learned.
TEENCODE = frozenset({"vl", "vcl", "vkl", "loz", "clgt", "dmm", "dcm", "đcm", "cmnr", "vcc", "dkm"})

HEADER = """\
# Vietnamese offensive words and phrases, learned from ViHOS spans.
# Source: ViHOS (Hoang et al., EACL 2023), span-extraction version, train split,
# "learn" part only (see parting.text.datasets). Licence: MIT, Copyright (c) 2023
# Phu Hoang Gia (data/LICENSE-ViHOS-MIT.txt). Rebuild: python -m parting.text.learn
# Columns: view (accented), phrase, comments containing it, share marked offensive.
"""


def ngrams(view: str) -> set[str]:
    """Every run of one to ``MAX_WORDS`` words of a normalised text."""
    words = view.split()
    return {
        " ".join(words[i : i + n])
        for n in range(1, MAX_WORDS + 1)
        for i in range(len(words) - n + 1)
    }


def learn(data_dir: Path = DATA_DIR) -> list[tuple[str, int, float]]:
    """(phrase, comments containing it, share of them offensive), best first."""
    marked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    offensive: Counter[str] = Counter()
    for text, spans in vihos_spans(data_dir):
        grams = ngrams(normalise.apply_text(text, normalise.ACCENTED_STEPS))
        seen.update(grams)
        if spans:
            offensive.update(grams)
        for span in spans:
            phrase = normalise.apply_text(span, normalise.ACCENTED_STEPS).strip()
            if phrase and len(phrase.split()) <= MAX_WORDS:
                marked[phrase] += 1
    kept = []
    for phrase, count in marked.items():
        share = offensive[phrase] / seen[phrase] if seen[phrase] else 0.0
        plain_word = phrase.isascii() and " " not in phrase and phrase not in TEENCODE
        if plain_word or len(phrase) < 2 or phrase in MILD:
            continue
        if count >= MIN_COUNT and share >= MIN_PRECISION:
            kept.append((phrase, seen[phrase], round(share, 3)))
    return sorted(kept, key=lambda item: (-item[1], item[0]))


def write(entries: list[tuple[str, int, float]], path: Path = LEXICON_FILE) -> None:
    lines = [f"accented\t{phrase}\t{count}\t{share}" for phrase, count, share in entries]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path = LEXICON_FILE) -> list[str]:
    """The learned phrases (accented view)."""
    phrases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrases.append(line.split("\t")[1])
    return phrases


if __name__ == "__main__":
    write(learn())
    print(f"{len(read())} phrases -> {LEXICON_FILE}")
