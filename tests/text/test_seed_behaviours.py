"""Seed 002's problem client, read in four languages: the client who acts as if the
business owes them ("you owe us", "for what we pay you") and the one who knows the trade
better ("you're doing it all wrong"). Each cue reads its own language only, and calm mail
that uses the same words the other way round stays calm."""

from __future__ import annotations

import pytest

from parting.text.classify import explain, flags_of
from parting.text.lexicon import SCOPED_KINDS, accented_pattern_in, folded_pattern_in

ENTITLED = [
    ("You owe us a free redesign after all this.", "en", "you owe us"),
    ("For what we pay you, I expect answers within the hour.", "en", "for what we pay you"),
    ("Vous nous devez bien ça après tous ces retards.", "fr", "vous nous devez"),
    ("Vu ce que nous vous payons, c'est inacceptable.", "fr", "vu ce que nous vous payons"),
    ("Dolžni ste nam brezplačen popravek.", "sl", "dolzni ste nam"),
    ("Za to, kar vam plačujemo, pričakujem več.", "sl", "za to kar vam placujemo"),
    ("Các anh nợ chúng tôi một bản sửa miễn phí.", "vi", "các anh nợ chúng tôi"),
    ("Với số tiền chúng tôi trả, các anh phải làm nhanh hơn.", "vi", "với số tiền chúng tôi trả"),
]
KNOW_BETTER = [
    ("You're doing it all wrong, again.", "en", "you re doing it all wrong"),
    ("Honestly, I know this field better than you.", "en", "i know this field better than you"),
    ("Vous faites tout de travers, comme d'habitude.", "fr", "vous faites tout de travers"),
    ("Je connais ce métier mieux que vous.", "fr", "je connais ce metier mieux que vous"),
    ("Vse delate narobe, kot vedno.", "sl", "vse delate narobe"),
    ("Ta posel poznam bolje kot vi.", "sl", "posel poznam bolje kot vi"),
    ("Tôi hiểu lĩnh vực này hơn các anh.", "vi", "tôi hiểu lĩnh vực này hơn các anh"),
    ("Các anh làm sai hết rồi.", "vi", "làm sai hết"),
]
CALM = [
    ("We owe you a big thank-you for the launch.", "en"),
    ("For what it is worth, our board loved the site.", "en"),
    ("You know this field better than we do, so we trust your call.", "en"),
    ("Nous vous devons un grand merci pour ce lancement.", "fr"),
    ("Vous connaissez ce métier mieux que nous : nous vous suivons.", "fr"),
    ("Dolžni smo vam zahvalo za odlično delo.", "sl"),
    ("Vi poznate to področje bolje kot mi, zato vam zaupamo.", "sl"),
    ("Chúng tôi nợ các anh một lời cảm ơn.", "vi"),
    ("Các anh hiểu lĩnh vực này hơn chúng tôi, chúng tôi tin các anh.", "vi"),
]


@pytest.mark.parametrize(("text", "language", "words"), ENTITLED)
def test_entitlement_is_read_in_each_language_with_its_words(
    text: str, language: str, words: str
) -> None:
    assert flags_of(text, language)["is_entitled"]
    assert words in explain(text, language)["is_entitled"]


@pytest.mark.parametrize(("text", "language", "words"), KNOW_BETTER)
def test_knowing_better_is_read_in_each_language_with_its_words(
    text: str, language: str, words: str
) -> None:
    assert flags_of(text, language)["is_know_better"]
    assert words in explain(text, language)["is_know_better"]


@pytest.mark.parametrize(("text", "language"), CALM)
def test_calm_mail_saying_the_same_words_the_other_way_round_stays_calm(
    text: str, language: str
) -> None:
    flags = flags_of(text, language)
    assert not flags["is_entitled"] and not flags["is_know_better"]


def test_the_cues_belong_to_their_language_and_none_is_shared() -> None:
    # Each language's cues read only messages in that language (see ``lexicon``).
    assert {"ENTITLEMENT", "KNOW_BETTER"} <= set(SCOPED_KINDS)
    for kind in ("ENTITLEMENT", "KNOW_BETTER"):
        assert folded_pattern_in(kind, "shared") is None
        assert accented_pattern_in(kind, "shared") is None
        for language in ("en", "fr", "sl"):
            assert folded_pattern_in(kind, language) is not None
        assert accented_pattern_in(kind, "vi") is not None
