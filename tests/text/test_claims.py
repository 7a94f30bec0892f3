"""What a sentence claims of the reader: a supposed trouble, a trouble solved or thanked
for, and the writer's own hurry claim nothing, in every language; a repeated trouble, an
ultimatum, a polite request and a reproach said beside a thank-you still do. The calm
veto sets a business flag aside only when every sentence carrying the class's words
carries them in such clauses, and never adds a flag."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from parting.text import calm, claims, embed
from parting.text.evaluation import patterns
from parting.text.reading import read


@pytest.mark.parametrize(
    ("sentence", "language", "left"),
    [
        ("If anything breaks after the migration, just text me.", "en", ", just text me."),
        (
            "Worst case, if the photos aren't ready, we launch without.",
            "en",
            ", , we launch without.",
        ),
        (
            "Just so you know: in case the refund is late, call the bank.",
            "en",
            "Just so you know: , call the bank.",
        ),
        (
            "Au cas où le virement serait en retard, appelez la banque.",
            "fr",
            ", appelez la banque.",
        ),
        ("Nếu khách đòi hoàn tiền thì anh xử lý thế nào?", "vi", " thì anh xử lý thế nào?"),
        ("Neu khach doi hoan tien thi anh xu ly the nao?", "vi", " thi anh xu ly the nao?"),
        ("Če bo plačilo zamujalo, pokličite banko.", "sl", ", pokličite banko."),
    ],
)
def test_a_supposition_that_opens_a_sentence_claims_nothing(
    sentence: str, language: str, left: str
) -> None:
    assert claims.claimed(sentence, language) == left


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("If this happens one more time, we cancel.", "en"),  # it happened before
        ("If the site isn't back up by 5pm, we lose the weekend.", "en"),  # an ultimatum
        ("If this happens we're cancelling the contract.", "en"),  # a threat, no comma
        ("If you could move the logo up, that would be great.", "en"),  # a polite request
        ("What if we made the header sticky?", "en"),  # a proposal
        ("Is it too much, if I expect an answer within a week?", "en"),  # after its point
        ("Si ça se reproduit encore, on arrête.", "fr"),
        ("Et si on mettait les prix sur la page d'accueil ?", "fr"),
        ("Nếu lần sau còn bị vậy nữa thì bên em dừng hợp đồng.", "vi"),
        ("Če se to še enkrat zgodi, prekinemo pogodbo.", "sl"),
        ("Kaj pa če bi cene dali na prvo stran?", "sl"),
    ],
)
def test_a_repeated_trouble_an_ultimatum_or_a_request_in_a_condition_still_claims(
    sentence: str, language: str
) -> None:
    assert claims.claimed(sentence, language) == sentence


@pytest.mark.parametrize(
    ("sentence", "language", "left"),
    [
        (
            "The login problem is sorted, it was my saved password.",
            "en",
            ", it was my saved password.",
        ),
        ("The old logo was broken, so thanks for redrawing it.", "en", "The old logo was broken,"),
        ("Thanks for the update, the site is down.", "en", ", the site is down."),
        ("Problème résolu, merci !", "fr", ", merci !"),
        ("Merci d'avoir réparé le formulaire si vite.", "fr", ""),
        ("Lỗi đăng nhập sửa rồi anh, giờ ổn hết.", "vi", ","),
        ("Težava s prijavo je urejena, hvala.", "sl", ","),
    ],
)
def test_a_clause_reporting_a_trouble_solved_or_thanking_for_it_claims_nothing(
    sentence: str, language: str, left: str
) -> None:
    # Only that clause: the trouble named beside it ("the site is down") still claims.
    assert claims.claimed(sentence, language) == left


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Thanks for nothing, the site is still broken.", "en"),
        ("Glad it's sorted, but why did it take two weeks?", "en"),
        ("Fixed? The page still crashes on my phone.", "en"),
        ("We need this fixed before 2, the client is coming in.", "en"),
        ("Merci de retirer la photo de l'ancien bureau.", "fr"),  # "please", not thanks
        ("C'est réglé ? La page plante toujours.", "fr"),
        ("Cảm ơn nha, mà web vẫn lỗi.", "vi"),
        ("Na popravljeno ponudbo čakamo že nekaj tednov.", "sl"),  # a corrected offer
        ("Hvala za nič, stran še vedno ne dela.", "sl"),
        ("We've now paid for two site visits where nobody turned up.", "en"),
    ],
)
def test_a_reproach_beside_a_thank_you_or_a_fix_still_claims(sentence: str, language: str) -> None:
    assert claims.claimed(sentence, language) == sentence


@pytest.mark.parametrize(
    ("sentence", "language", "left"),
    [
        (
            "I'll send the signed contract straight away, just printing it.",
            "en",
            ", just printing it.",
        ),
        ("Je vous envoie le contrat tout de suite.", "fr", ""),
        ("Em gửi hợp đồng liền nha.", "vi", ""),
        ("Podpisano pogodbo pošljem takoj, ravno jo tiskam.", "sl", ", ravno jo tiskam."),
    ],
)
def test_the_writers_own_hurry_is_a_promise_not_an_urgent_request(
    sentence: str, language: str, left: str
) -> None:
    assert claims.claimed(sentence, language, urgent=True) == left
    assert claims.claimed(sentence, language) == sentence  # only urgency reads it


@pytest.mark.parametrize(
    "sentence",
    ["I'll need the fixed files asap.", "Can you call me asap, I'll be at my desk."],
)
def test_a_hurry_the_writer_asks_of_the_reader_stays(sentence: str) -> None:
    assert "asap" in claims.claimed(sentence, "en", urgent=True)


def test_a_language_without_these_rules_reads_every_clause() -> None:
    assert claims.claimed("If it breaks, call me.", None) == "If it breaks, call me."


# Calm mail the patterns flag, each beside a twin that is the class indeed. (A customer
# who "asks for a refund" in a question, or thanks for "redrawing" a logo, are read as
# calm by the patterns themselves since the twelfth session: the clause reading is shown
# on a late refund in a question and on a patched logo.)
PAIRS = [
    (
        "is_complaint",
        "en",
        "Just so we're prepared: if the refund comes late, what's the process?",
        "A customer asked for a refund because your booking page charged her twice.",
    ),
    (
        "is_complaint",
        "en",
        "Thanks for patching the logo that was broken in places!",
        "The logo was broken in places and the new one is broken too.",
    ),
    (
        "is_urgent",
        "en",
        "I'll send the signed contract straight away, just printing it now.",
        "Please send the signed contract straight away, we start Monday.",
    ),
    (
        "is_complaint",
        "fr",
        "Pour être prêts : si le remboursement arrive en retard, comment ça se passe ?",
        "Un client demande un remboursement, votre page l'a débité deux fois.",
    ),
]


@pytest.mark.parametrize(("name", "language", "calm_text", "twin"), PAIRS)
def test_a_flag_is_set_aside_only_when_its_words_claim_nothing(
    name: str, language: str, calm_text: str, twin: str
) -> None:
    texts = [calm_text, twin]
    flagged = np.asarray([name in found for found in patterns(texts, language)])
    assert flagged.all()  # the patterns flag both
    read = calm.unclaimed(texts, [language, language], {name: flagged})
    assert read[name].tolist() == [True, False]


def test_the_clause_reading_never_adds_a_flag() -> None:
    texts = ["If anything breaks, text me.", "Thanks for fixing it!"]
    unflagged = np.zeros(2, dtype=bool)
    assert not calm.unclaimed(texts, ["en", "en"], {"is_complaint": unflagged})[
        "is_complaint"
    ].any()


def test_words_that_run_across_two_sentences_keep_their_flag() -> None:
    # No single sentence carries the words: the clause reading cannot tell, so it keeps.
    read = calm.unclaimed(["Still. Waiting."], ["en"], {"is_complaint": np.ones(1, bool)})
    assert not read["is_complaint"][0]


@pytest.fixture
def no_head(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The extra present, its heads switched on nowhere: only the clause reading acts."""

    class Calm:
        def passage(self, texts: list[str]) -> np.ndarray:
            return np.zeros((len(texts), embed.DIMENSIONS), dtype=np.float32)

    monkeypatch.setattr(embed, "_model", lambda: Calm())
    monkeypatch.setattr(embed, "available", lambda: True)
    monkeypatch.setattr(embed, "cache_dir", lambda: tmp_path)
    shipped = calm.Heads(
        calm.CLASSES,
        np.zeros((len(calm.CLASSES), embed.DIMENSIONS), dtype=np.float32),
        np.zeros(len(calm.CLASSES), dtype=np.float32),
        {"is_complaint": {"vi": 0.5}},
    )
    monkeypatch.setattr(calm, "shipped", lambda: shipped)


@pytest.mark.usefixtures("no_head")
def test_the_verdict_says_the_clause_set_the_flag_aside_not_the_model() -> None:
    calm_text, twin = PAIRS[2][2], PAIRS[2][3]
    verdicts = calm.second_opinion([calm_text, twin], ["en", "en"], [["is_urgent"]] * 2)
    assert verdicts[0]["is_urgent"].vetoed and verdicts[0]["is_urgent"].reason == "clause"
    assert np.isnan(verdicts[0]["is_urgent"].probability)  # the head was not asked
    assert verdicts[1] == {}  # nothing to say: the flag stands


@pytest.mark.usefixtures("no_head")
def test_read_message_shows_why_a_flag_was_set_aside() -> None:
    reading = read(PAIRS[2][2], "en")
    assert "is_urgent" not in reading.words
    assert reading.set_aside["is_urgent"].reason == "clause"
    assert reading.set_aside["is_urgent"].words == ["straight away"]
