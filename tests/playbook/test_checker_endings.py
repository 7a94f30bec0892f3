"""One question, asked once: does this sentence end the work? (``ends_the_work``, issue #13.)

Whether a letter parts with the reader, where the reasons it gives stop, what stands before
a list of reasons and whether a future only says goodbye are all the same question; the
checker asks it through one predicate. Besides a farewell, an ending verb with its day and
an ending said without one, the work ends on the day of its last occasion ("our last visit
will be on…") and on the day we stop doing something ("after 30 September we will no longer
take…"). The reader's last, a past and a date something is due by do not end it. Sentences
written for this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import WORDINGS, check_letter, ends_the_work, is_parting_letter

# The last occasion of the work with its day, in no farewell words.
LAST_OCCASIONS = {
    "en": "The final tuning of your pianos will be on 9 May.",
    "fr": "La dernière tournée chez vous sera le 9 mai.",
    "vi": "Chuyến giao hàng cuối của bên em sẽ là ngày 9/5.",
    "sl": "Zadnje uglaševanje vaših klavirjev bo 9. maja.",
}
# What we will no longer do, with the day it stops.
STOPPED = {
    "en": "After 9 May we will no longer tune the school's pianos.",
    "fr": "Après le 9 mai, nous n'accorderons plus les pianos de l'école.",
    "vi": "Sau ngày 9/5 chúng tôi không còn lên dây đàn cho trường.",
    "sl": "Po 9. maju šolskih klavirjev ne bomo več uglaševali.",
}
# The same words that end nothing: the reader's last, a date something is due by, a past.
NOT_ENDINGS = {
    "en": [
        "Your last invoice, sent on 9 May, is still open.",
        "We will send the final invoice by 9 May.",
        "Our last visit on 9 May ran late.",
    ],
    "fr": [
        "Votre dernière facture, envoyée le 9 mai, est encore ouverte.",
        "Nous vous enverrons la facture finale d'ici le 9 mai.",
    ],
    "vi": ["Em sẽ gửi hóa đơn cuối trước ngày 9/5."],
    "sl": [
        "Vaš zadnji račun z dne 9. maja je še odprt.",
        "Zaključni račun vam pošljemo do 9. maja.",
    ],
}
# A keeper letter (it keeps the client) with a last invoice and a date in it.
KEEPERS = {
    "en": (
        "Thank you for another busy year. Your last invoice of 9 May is still open; could you "
        "settle it by 30 May? From June, we will confirm each delivery the day before."
    ),
    "sl": (
        "Hvala za še eno leto sodelovanja. Vaš zadnji račun z dne 9. maja je še odprt; ali ga "
        "lahko poravnate do 30. maja? Od junija vam bomo vsako dostavo potrdili dan prej."
    ),
}


@pytest.mark.parametrize("lang", sorted(LAST_OCCASIONS))
def test_the_last_occasion_of_the_work_with_its_day_ends_it(lang: str) -> None:
    sentence = LAST_OCCASIONS[lang]
    assert ends_the_work(WORDINGS[lang], sentence, lang)
    assert is_parting_letter(sentence, lang)


@pytest.mark.parametrize("lang", sorted(STOPPED))
def test_what_we_will_no_longer_do_with_its_day_ends_the_work(lang: str) -> None:
    sentence = STOPPED[lang]
    assert ends_the_work(WORDINGS[lang], sentence, lang)
    assert is_parting_letter(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in NOT_ENDINGS.items() for s in v])
def test_the_readers_last_a_due_date_or_a_past_end_nothing(lang: str, sentence: str) -> None:
    assert not ends_the_work(WORDINGS[lang], sentence, lang)


@pytest.mark.parametrize("lang", sorted(KEEPERS))
def test_a_letter_that_keeps_the_client_is_not_read_as_a_farewell(lang: str) -> None:
    assert not is_parting_letter(KEEPERS[lang], lang)


def test_a_parting_letter_found_by_its_last_occasion_is_held_to_alternatives() -> None:
    """Read as a farewell, the letter must offer somewhere to go: before, a last lesson
    with its day was not read as one, and a parting with no one to go to passed."""
    letter = (
        "Chị Hoa thân mến,\n\nCảm ơn chị đã cho em dạy đàn cho bé suốt hai năm. Em về quê "
        "từ tháng 9, vì vậy buổi học cuối của bé sẽ là ngày 28/8.\n\nEm sẽ gửi chị "
        "sổ bài của bé trong buổi cuối ạ.\n\nEm Tú"
    )
    assert "alternatives" in [f.rule for f in check_letter(letter, "vi", meaning=False)]


def test_a_future_over_the_coming_weeks_is_a_step_not_a_goodbye() -> None:
    """Finishing the summer issue over the coming weeks is what happens next."""
    letter = (
        "Dear Ms Grey,\n\nThank you for four years of work together. We will end our work "
        "for you on 30 June, as our studio is moving into packaging.\n\nInkhouse and Page & "
        "Co both design catalogues. Over the coming weeks we will finish the summer issue "
        "and hand over the files.\n\nBest,\nTom"
    )
    assert [f.rule for f in check_letter(letter, "en", meaning=False)] == []


def test_a_provider_opening_the_main_clause_is_offered() -> None:
    """A provider named where the main clause opens, after a condition, in a sentence not
    about us ("Če boste potrebovali mizarja, Mizarstvo Hrast dela za trgovce"), is offered;
    "opremo" (equipment) is no verb of ours."""
    letter = (
        "Spoštovani gospod Kos,\n\nhvala za tri leta naročil. Vaša izložba bo naše zadnje "
        "delo za trgovine, dokončana 12. novembra, ker se posvečamo starinskemu pohištvu.\n\n"
        "Če boste potrebovali mizarja za opremo trgovine, Mizarstvo Hrast dela za trgovce po "
        "vsej regiji. Načrte vam izročimo na dan dokončanja.\n\nLep pozdrav,\nJan"
    )
    assert "alternatives" not in [f.rule for f in check_letter(letter, "sl", meaning=False)]


def test_so_is_not_a_suggestion_in_vietnamese() -> None:
    """ "nên" is "so" after a cause and "should" after the reader: only "anh nên thử…"
    suggests somewhere to go, so a parting with no one to go to is still asked for one."""
    parting = (
        "Chị Hoa thân mến,\n\nCảm ơn chị đã cho em dạy đàn cho bé suốt hai năm. Từ tháng 9 em "
        "đi dạy ở trường quốc tế, nên buổi học cuối của bé sẽ là ngày 28/8.\n\nEm sẽ gửi chị "
        "sổ bài của bé trong buổi cuối ạ.\n\nEm Tú"
    )
    rules = [f.rule for f in check_letter(parting, "vi", meaning=False)]
    assert "alternatives" in rules
    offered = parting.replace("Em sẽ gửi chị", "Chị nên thử cô Hạnh ở Nhạc Viện Nhỏ. Em sẽ gửi chị")
    assert "alternatives" not in [f.rule for f in check_letter(offered, "vi", meaning=False)]
