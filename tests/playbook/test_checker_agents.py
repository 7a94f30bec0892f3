"""Blame as cause and effect in more shapes (issue #13, thirteenth round): the reader as the
one who brings the harm about ("By turning up without an appointment every week, you pushed
our workshop behind schedule"), a cause that is a way of acting ("À force de…", "En
changeant…", "S tem ko ste…"), an effect said with "meant" or with us as its object
("nous ont obligés à…"), and work thrown away as a harm like work redone. Calm sentences in
the same shapes — help, our own cause, an apology — are no blame. Sentences written for
this test, in none of the drafts."""

from __future__ import annotations

import pytest

from parting.playbook.checker import WORDINGS, _blame

BLAME = {
    "en": [
        "By turning up without an appointment every week, you pushed our whole workshop "
        "behind schedule.",
        "Because you changed the colours at the last minute, a whole batch of prints went in "
        "the bin.",
        "Your habit of cancelling on the morning meant the food we had prepared was thrown away.",
    ],
    "fr": [
        "À force de nous amener les véhicules sans rendez-vous, vous avez mis notre atelier "
        "en retard.",
        "En changeant les couleurs au dernier moment, vous nous avez fait jeter toute une "
        "série d'impressions.",
        "Vos annulations du matin même nous ont obligés à jeter les plats préparés.",
    ],
    "vi": [
        "Vì chị hủy đơn sát giờ, bếp bên em phải đổ bỏ cả nồi đồ ăn.",
        "Tại anh đổi màu vào phút cuối nên cả mẻ in phải bỏ đi.",
    ],
    "sl": [
        "Ker ste barve spremenili v zadnjem trenutku, smo morali celo serijo odtisov zavreči.",
        "Zaradi vaših odpovedi zjutraj smo pripravljeno hrano metali stran.",
        "S tem ko ste vozila pripeljali brez naročila, ste vso delavnico spravili v zamudo.",
    ],
}
CALM = {
    "en": [
        "By sending the files a week early, you helped us finish the catalogue ahead of time.",
        "Because our van broke down, your flowers were thrown away, and we are sorry.",
        "Because of the wet spring, the harvest was a third of a normal one.",
    ],
    "fr": [
        "En nous envoyant les fichiers en avance, vous nous avez permis de finir plus tôt.",
        "À cause d'une panne de notre four, deux fournées ont été jetées, et nous en sommes "
        "désolés.",
    ],
    "vi": [
        "Vì xe của bên em hỏng, hoa của chị phải bỏ đi, bên em thành thật xin lỗi chị.",
        "Nhờ chị gửi file sớm, team em xong trước hạn một tuần.",
    ],
    "sl": [
        "Ker se nam je pokvarila peč, smo morali dve seriji zavreči, za kar se opravičujemo.",
        "S tem ko ste nam datoteke poslali prej, smo katalog končali teden dni pred rokom.",
    ],
}


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in BLAME.items() for s in v])
def test_the_reader_bringing_about_a_harm_or_a_waste_is_blame(lang: str, sentence: str) -> None:
    assert _blame(WORDINGS[lang], sentence)


@pytest.mark.parametrize(("lang", "sentence"), [(k, s) for k, v in CALM.items() for s in v])
def test_help_our_own_cause_and_an_apology_in_the_same_shapes_are_not(
    lang: str, sentence: str
) -> None:
    assert not _blame(WORDINGS[lang], sentence)
