"""A complaint reports a past act of the reader's side done to the writer
(``parting.text.fault``): the reader or the reader's people or things as the subject of a
past verb, a passive whose agent is the reader, what the reader delivered arriving, the
reader's visit or change dating the trouble, a promise set against what came. A plan, a
question, a supposition, a thanks, or the writer's own slip is no such report, whatever
its words; and the complaint model may raise a complaint the cues missed on the second
threshold only where a message has that shape. Sentences written for this test, not
taken from any set."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from parting.text import calm, embed, fault, recall, veto

from .conftest import FakeModel

REPORTED = {
    "en": [
        "The shelves you put up in the garage are already bowing in the middle.",
        "the bathroom you've tiled has grout missing round the bath",
        "Your driver reversed into our gatepost on the way out.",
        "Your booking page took my card twice.",
        "The decking was laid by your team in April and two boards have split.",
        "We received the sofa on Monday and one leg is shorter than the others.",
        "Since your update on Friday the till prints every receipt twice.",
        "The electrician who came Tuesday left the kitchen lights on a dimmer that buzzes.",
        "We booked the large van and you sent a small one.",
        "It was supposed to be finished by Easter, it's June.",
    ],
    "fr": [
        "Les étagères que vous avez posées dans le garage plient déjà au milieu.",
        "Votre chauffeur a reculé dans notre pilier de portail en repartant.",
        "Votre site m'a débité deux fois.",
        "La terrasse a été posée par votre équipe en avril et deux lames ont fendu.",
        "Nous avons reçu le canapé lundi et un pied est plus court que les autres.",
        "Depuis votre mise à jour de vendredi, la caisse imprime chaque ticket deux fois.",
        "Le plombier que vous avez envoyé est reparti sans remettre l'eau.",
        "On avait réservé le grand camion, c'est un petit qui est arrivé.",
        "Ça devait être fini pour Pâques, on est en juin.",
        "Vous nous aviez promis un devis lundi.",
    ],
}
NOT_REPORTED = {
    "en": [
        "Could you put up the shelves in the garage next week?",
        "Have you sent the invoice yet?",
        "If your driver can't get into the yard, ring the bell by the office.",
        "Thank you for fixing the till so quickly.",
        "My mistake, you sent exactly what I ordered, I picked the wrong size.",
        "Our own electrician left the lights on a dimmer, nothing to do with you.",
        "Is the decking oiled before it's laid or after?",
        "We'd like to book the large van for the 14th.",
        "The council's bin lorry knocked our gatepost over.",
    ],
    "fr": [
        "Pourriez-vous poser les étagères du garage la semaine prochaine ?",
        "Si votre chauffeur ne peut pas entrer dans la cour, sonnez au bureau.",
        "Merci d'avoir réparé la caisse si vite.",
        "C'est ma faute, j'ai choisi la mauvaise taille.",
        "Notre propre électricien a laissé les lumières sur un variateur, rien à voir avec vous.",
        "La terrasse est-elle huilée avant la pose ou après ?",
        "On voudrait réserver le grand camion pour le 14.",
        "Le camion-poubelle de la mairie a renversé notre pilier.",
    ],
}


@pytest.mark.parametrize(
    ("text", "language"), [(t, code) for code, texts in REPORTED.items() for t in texts]
)
def test_a_past_act_of_the_reader_s_side_is_read(text: str, language: str) -> None:
    assert fault.reports_our_fault(text, language), fault.acts(text, language)
    assert fault.acts(text, language)


@pytest.mark.parametrize(
    ("text", "language"), [(t, code) for code, texts in NOT_REPORTED.items() for t in texts]
)
def test_a_plan_a_question_a_thanks_or_the_writer_s_own_slip_is_not(
    text: str, language: str
) -> None:
    assert not fault.reports_our_fault(text, language), fault.acts(text, language)


def test_a_supposition_is_taken_out_before_the_act_is_read() -> None:
    assert fault.reports_our_fault("Your driver blocked the bay.", "en")
    assert not fault.reports_our_fault("If your driver blocked the bay, just move on.", "en")


def test_a_language_it_does_not_know_reports_nothing() -> None:
    assert not fault.reports_our_fault("Your driver blocked the bay.", "sl")
    assert not fault.reports_our_fault("Your driver blocked the bay.", None)
    assert fault.acts("Your driver blocked the bay.", "vi") == []


# A regular past form whose last letters spell a word the reading leaves alone ("red",
# "shed", "bed") is a past form all the same.
PAST_FORMS_ENDING_LIKE_A_WORD = [
    "The boiler you repaired on Monday is knocking again.",
    "The wardrobe your men delivered has a cracked door.",
    "The floor your cleaners polished is sticky.",
    "The gutter you cleared is blocked with moss.",
    "The oven door you scrubbed has scratches all over it.",
]


@pytest.mark.parametrize("text", PAST_FORMS_ENDING_LIKE_A_WORD)
def test_a_past_form_is_read_whatever_word_its_end_spells(text: str) -> None:
    assert fault.reports_our_fault(text, "en"), text


@pytest.mark.parametrize("text", ["The red you chose is lovely to us.", "We need the shed."])
def test_a_word_that_only_ends_in_ed_is_no_past_form(text: str) -> None:
    assert not fault.acts(text, "en")


# The past act praised in its own sentence went right; praise turned by sarcasm, a
# contrast or a negation leaves the act standing.
PRAISED = {
    "en": [
        "The porch you rebuilt looks brilliant, the neighbours keep stopping to look.",
        "The website you designed is spot on, not one change from the board.",
        "Can't get over how quickly you turned the job round.",
        "You said the varnish needed two days and you were right, it's flawless.",
    ],
    "fr": [
        "Le porche que vous avez refait est magnifique, les voisins s'arrêtent pour le regarder.",
        "Le site que vous avez conçu est impeccable, le conseil n'a rien demandé de changer.",
        "Vous aviez dit deux jours pour le vernis et c'est le cas, c'est parfait.",
        "Vous avez fait ça tellement vite, merci.",
    ],
}
PRAISE_TURNED = {
    "en": [
        "Brilliant, another invoice you sent with last year's prices.",
        "Love the 'quick' repair you did, it lasted an afternoon.",
        "Great job on the fence you put up, if by great you mean leaning.",
        "The fence you put up is not brilliant at all, it leans.",
        "The porch you rebuilt looks lovely but the step wobbles.",
    ],
    "fr": [
        "Parfait, encore une facture que vous avez envoyée avec les prix de l'an dernier.",
        "Bravo pour la réparation « rapide » que vous avez faite, elle a tenu un après-midi.",
        "La clôture que vous avez posée n'est pas parfaite du tout, elle penche.",
        "Le porche que vous avez refait est magnifique mais la marche bouge.",
    ],
}


@pytest.mark.parametrize(
    ("text", "language"), [(t, code) for code, texts in PRAISED.items() for t in texts]
)
def test_a_past_act_praised_in_its_sentence_reports_no_fault(text: str, language: str) -> None:
    assert not fault.reports_our_fault(text, language), fault.acts(text, language)


@pytest.mark.parametrize(
    ("text", "language"), [(t, code) for code, texts in PRAISE_TURNED.items() for t in texts]
)
def test_praise_turned_by_sarcasm_a_contrast_or_a_negation_leaves_the_act(
    text: str, language: str
) -> None:
    assert fault.reports_our_fault(text, language), text


def test_having_and_being_are_no_act_done_to_the_writer_in_french() -> None:
    assert not fault.reports_our_fault("Nous avons eu une coupure de réseau ce matin.", "fr")
    assert not fault.reports_our_fault("Vous avez été d'une grande aide cette année.", "fr")
    assert fault.reports_our_fault("Nous avons reçu les chaises et deux sont rayées.", "fr")


def _head(first: dict[str, float], second: dict[str, float]) -> calm.Heads:
    """Reads dimension 0 (P about 0.99 or 0.01)."""
    weights = np.zeros((1, embed.DIMENSIONS), dtype=np.float32)
    weights[0, 0] = 5.0
    return calm.Heads(
        (recall.CLASS,),
        weights,
        np.zeros(1, dtype=np.float32),
        {recall.CLASS: first, recall.FAULT: second},
    )


def test_the_second_threshold_confirms_only_a_message_that_reports_a_past_act(
    install_model: Callable[[tuple[str, ...]], FakeModel], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_model(("again", "wrong"))
    monkeypatch.setattr(calm, "shipped", lambda: None)
    monkeypatch.setattr(veto, "shipped", lambda: None)
    heads = _head({}, {"en": 0.5})
    monkeypatch.setattr(recall, "shipped", lambda: heads)
    texts = [
        "the tiles your fitters laid are wrong again",  # a past act, read as a complaint
        "the tiles are wrong again, we'll sort it",  # no act of the reader's: stays calm
        "hello again",  # no act, calm reading
    ]
    yes, p = recall.confirmed(texts, ["en"] * 3)
    assert yes.tolist() == [True, False, False]
    assert p[0] > 0.5 and p[1] > 0.5
    assert recall.languages() == ("en",)


def test_the_first_threshold_still_confirms_any_catch(
    install_model: Callable[[tuple[str, ...]], FakeModel], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_model(("again",))
    monkeypatch.setattr(calm, "shipped", lambda: None)
    monkeypatch.setattr(veto, "shipped", lambda: None)
    heads = _head({"fr": 0.5}, {"en": 0.5})
    monkeypatch.setattr(recall, "shipped", lambda: heads)
    yes, _ = recall.confirmed(["les carreaux sont faux again", "the tiles again"], ["fr", "en"])
    assert yes.tolist() == [True, False]
    assert recall.languages() == ("en", "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ur booking form has sent people to a blank page since friday", "en"),
        ("Your payroll app rounds every hour down since the upgrade.", "en"),
        ("votre appli arrondit toutes les heures depuis la mise à jour", "fr"),
        ("Vos factures arrivent en double depuis lundi.", "fr"),
    ],
)
def test_the_reader_s_things_in_trouble_since_a_day_are_read(text: str, language: str) -> None:
    assert fault.reports_our_fault(text, language), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("If your form stops working since the move, tell me.", "en"),
        ("Votre équipe nous accompagne depuis des années.", "fr"),
        ("Notre site est en panne depuis lundi, l'hébergeur s'en occupe.", "fr"),
    ],
)
def test_a_day_alone_or_our_own_things_since_it_are_not(text: str, language: str) -> None:
    assert not fault.reports_our_fault(text, language), fault.acts(text, language)


def test_many_messages_are_read_at_once_each_for_itself() -> None:
    # The complaint model asks for the grammar of every message it is unsure of in one
    # batch; each answer stays with its message, whatever language or length the others have.
    texts = [
        REPORTED["en"][0],
        NOT_REPORTED["en"][0],
        REPORTED["fr"][0],
        REPORTED["en"][1],
        "",
        NOT_REPORTED["fr"][0] + " " + NOT_REPORTED["fr"][1],
    ]
    languages = ["en", "en", "fr", "de", "fr", None]
    assert fault.reports_our_fault_many(texts, languages).tolist() == [
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    assert not fault.reports_our_fault_many([], []).size
