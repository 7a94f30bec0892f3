"""Each rule read in the grammatical ways people write it, in four languages: reasons
counted off ("firstly … secondly") or told before the consequence that opens the decision
("…, so we…") are two reasons, while a cause that explains why we write is none; a weekday
beside its date, and the last time said as an adverb ("bom zadnjič prišla"), give the end
and are no next step; the names in what the thanks are for are no one to go to. The length
finding writes its figures as every other figure is written. Sentences written for this
test, in none of the drafts."""

from __future__ import annotations

import contextvars

import pytest

from parting.config import Config
from parting.i18n import activate
from parting.playbook.checker import check_letter

from .test_checker import LANGS
from .test_checker_structure import rules

# A parting letter with its thanks, one decision with its day, an alternative named and a
# handover due by a date: every rule but the one a test takes away is met.
THANKS = {
    "en": "Thank you for four good years of work together.",
    "fr": "Merci pour ces quatre belles années de travail ensemble.",
    "vi": "Cảm ơn chị đã tin tưởng chúng tôi suốt bốn năm qua.",
    "sl": "Hvala za štiri lepa leta sodelovanja.",
}
ALTERNATIVE = {
    "en": "Harbour Print and Cedar Press both print catalogues like yours.",
    "fr": "L'imprimerie Delorme et le studio Atlas impriment ce type de catalogues.",
    "vi": "Chị có thể liên hệ Xưởng in Minh Phát hoặc In ấn Sao Việt.",
    "sl": "Tiskarna Grafika Medved in tiskarna Cicero tiskata podobne kataloge.",
}
HANDOVER = {
    "en": "We will send you every source file by 25 June.",
    "fr": "Nous vous enverrons tous les fichiers sources avant le 25 juin.",
    "vi": "Chúng tôi sẽ gửi chị toàn bộ file thiết kế trước ngày 25/6.",
    "sl": "Vse datoteke Vam bomo poslali do 25. junija.",
}
# Two reasons counted off, each in a way the language has for it.
COUNTED_OFF = {
    "en": [
        "Firstly, the licences we use have doubled in price; secondly, our designer is "
        "leaving, so we will stop working on your catalogues on 30 June.",
        "For one thing, paper costs have doubled, and for another, our press is worn out, so "
        "we will stop printing your catalogues on 30 June.",
    ],
    "fr": [
        "D'une part, le prix du papier a doublé ; d'autre part, notre presse est usée. Nous "
        "cesserons donc d'imprimer vos catalogues le 30 juin.",
        "Premièrement, le papier coûte deux fois plus cher, et en second lieu notre presse est "
        "usée : nous cesserons d'imprimer vos catalogues le 30 juin.",
    ],
    "vi": [
        "Một là giá giấy đã tăng gấp đôi, hai là máy in của xưởng đã hỏng, nên xưởng sẽ ngừng "
        "in catalogue cho chị từ ngày 30/6.",
        "Thứ nhất là chi phí giấy tăng quá nhiều, thứ hai là máy in đã cũ, nên xưởng sẽ ngừng "
        "in catalogue cho chị từ ngày 30/6.",
    ],
    "sl": [
        "Prvič, cene papirja so se podvojile, drugič, naš stroj je dotrajan, zato bomo 30. "
        "junija prenehali tiskati Vaše kataloge.",
        "Po eni strani so se cene papirja podvojile, po drugi strani je naš stroj dotrajan, "
        "zato bomo 30. junija prenehali tiskati Vaše kataloge.",
    ],
}
# Two reasons told before the consequence that opens the decision, with no counting word.
BEFORE_THE_CONSEQUENCE = {
    "en": "The price of paper has doubled over the year and our old press can no longer be "
    "repaired, so we will stop printing your catalogues on 30 June.",
    "fr": "Le prix du papier a doublé cette année et notre vieille presse est complètement "
    "usée, nous cesserons donc d'imprimer vos catalogues le 30 juin.",
    "vi": "Giá giấy năm nay đã tăng gấp đôi, máy in khổ lớn của xưởng đã hỏng và không sửa được "
    "nữa, nên xưởng sẽ ngừng in catalogue cho chị từ ngày 30/6.",
    "sl": "Cene papirja so se letos podvojile, naš stari tiskarski stroj pa ga ni več mogoče "
    "popraviti, zato bomo 30. junija prenehali tiskati Vaše kataloge.",
}
# One reason told in its facts before the consequence: too short to be reasons; or told
# with what it leaves us unable to do.
ONE_REASON_IN_FACTS = {
    "en": "I am sixty-eight, my eyes are tired, so I will stop on 30 June.",
    "fr": "J'ai soixante-huit ans, mes yeux fatiguent, donc j'arrête le 30 juin.",
    "vi": "Cô lớn tuổi rồi, mắt kém, tay yếu, nên cô sẽ nghỉ từ ngày 30/6.",
    "sl": "Stara sem osemdeset let, oči mi pešajo, zato bom končala 30. junija.",
}
ONE_REASON_AND_ITS_CONSEQUENCE = {
    "en": "Three invoices totalling £3,150 are still open, and as a small firm we cannot carry "
    "that balance, so we will stop printing your catalogues on 30 June.",
    "fr": "Trois factures de 1 860 € sont toujours ouvertes et un atelier de deux personnes ne "
    "peut pas imprimer à crédit, nous cesserons donc d'imprimer vos catalogues le 30 juin.",
    "vi": "Ba hóa đơn tổng cộng 42 triệu đồng vẫn chưa được thanh toán, và xưởng nhỏ của chúng "
    "tôi không thể gánh khoản này, nên xưởng sẽ ngừng in catalogue cho chị từ ngày 30/6.",
    "sl": "Trije računi v skupnem znesku 4.200 EUR so še odprti, kredita pa ne moremo več "
    "podaljševati, zato bomo 30. junija prenehali tiskati Vaše kataloge.",
}
# The decision with its one reason, then a cause that explains why we write at all.
ONE_REASON = {
    "en": "Owing to my husband's illness, we will stop catering on 30 June.",
    "fr": "En raison de la maladie de mon mari, nous cesserons notre activité le 30 juin.",
    "vi": "Vì chồng tôi bị bệnh, chúng tôi sẽ ngừng nấu tiệc từ ngày 30/6.",
    "sl": "Zaradi moževe bolezni bomo 30. junija prenehali s pogostitvami.",
}
WHY_WE_WRITE = {
    "en": "I wanted to write to you myself, because you have been with us since our very first "
    "year in the church hall.",
    "fr": "Je voulais vous écrire moi-même, parce que vous êtes avec nous depuis notre toute "
    "première année dans la salle paroissiale.",
    "vi": "Tôi muốn tự tay viết thư này cho chị, bởi vì chị đã ủng hộ chúng tôi từ năm đầu tiên.",
    "sl": "Dolgo sem razmišljala, kako naj Vam to napišem, ker ste z nami že od prvega leta.",
}
# The end given as the last occasion, its weekday beside its date, with no step at all.
LAST_VISIT = {
    "en": [
        "I am giving up garden work, so my last visit will be Friday 30 October.",
        "I will come round one last time on Friday 30 October.",
    ],
    "fr": [
        "J'arrête le jardinage, et mon dernier passage sera le vendredi 30 octobre.",
        "Je passerai tondre une dernière fois vendredi, 30 octobre.",
    ],
    "vi": [
        "Tôi nghỉ làm vườn, buổi làm cuối cùng sẽ là thứ Sáu ngày 30/10.",
        "Tôi sẽ đến cắt cỏ lần cuối vào thứ Sáu ngày 30/10.",
    ],
    "sl": [
        "Z vrtnarjenjem končujem, zadnji obisk bo v petek, 30. oktobra.",
        "Zadnjič bom prišla kosit v petek, 30. oktobra.",
    ],
}
# What the thanks are for names the reader's child and our work, not a provider.
THANKS_WITH_NAMES = {
    "en": "Thank you for letting me teach Maya and Tom Piano and Theory for two years.",
    "fr": "Merci de m'avoir confié Maya et Tom pour le Piano et le Solfège pendant deux ans.",
    "vi": "Em cảm ơn anh đã cho em dạy kèm bé Na môn Toán hai năm qua.",
    "sl": "Hvala, ker ste mi dve leti zaupali Majo in Toma za Klavir in Solfeggio.",
}
LEFT_TO_THE_READER = {
    "en": "Finding a new teacher is up to you.",
    "fr": "Pour trouver un nouveau professeur, je vous laisse chercher.",
    "vi": "Chuyện tìm gia sư mới thì anh tự lo nhé.",
    "sl": "Novega učitelja si boste poiskali sami.",
}


def parting(lang: str, *middle: str) -> list[str]:
    return [THANKS[lang], *middle, ALTERNATIVE[lang], HANDOVER[lang]]


@pytest.mark.parametrize("lang", LANGS)
def test_reasons_counted_off_are_two_reasons(lang: str) -> None:
    for decision in COUNTED_OFF[lang]:
        assert rules(parting(lang, decision), lang) == {"reasons"}, decision


@pytest.mark.parametrize("lang", LANGS)
def test_two_reasons_before_the_consequence_count_and_one_told_in_its_facts_does_not(
    lang: str,
) -> None:
    assert rules(parting(lang, BEFORE_THE_CONSEQUENCE[lang]), lang) == {"reasons"}
    assert rules(parting(lang, ONE_REASON_IN_FACTS[lang]), lang) == set()
    assert rules(parting(lang, ONE_REASON_AND_ITS_CONSEQUENCE[lang]), lang) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_a_cause_that_explains_why_we_write_is_no_second_reason(lang: str) -> None:
    assert rules(parting(lang, WHY_WE_WRITE[lang], ONE_REASON[lang]), lang) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_the_last_occasion_with_its_weekday_is_the_end_and_no_next_step(lang: str) -> None:
    for last in LAST_VISIT[lang]:
        letter = [THANKS[lang], last, ALTERNATIVE[lang]]
        assert rules(letter, lang) == {"next_steps"}, last
        assert rules([*letter, HANDOVER[lang]], lang) == set(), last


@pytest.mark.parametrize("lang", LANGS)
def test_names_in_what_the_thanks_are_for_are_no_alternative(lang: str) -> None:
    letter = [THANKS_WITH_NAMES[lang], ONE_REASON[lang], LEFT_TO_THE_READER[lang], HANDOVER[lang]]
    assert rules(letter, lang) == {"alternatives"}
    assert rules([*letter, ALTERNATIVE[lang]], lang) == set()


def test_the_length_finding_writes_its_figures_in_the_readers_language() -> None:
    config = Config().merged({"letters": {"max_words": 1000}})
    text = " ".join(["Thank you for the work."] * 241)  # 1,205 words

    def length_in(language: str) -> list[str]:
        activate(language)
        (finding,) = [f for f in check_letter(text, "en", config=config) if f.rule == "length"]
        return finding.words

    assert contextvars.copy_context().run(length_in, "en") == ["1,205 words (limit 1,000)"]
    assert contextvars.copy_context().run(length_in, "fr") == [
        "1\u202f205 mots (limite\xa0: 1\u202f000)"
    ]
