"""A Vietnamese writer names themselves and the reader by kinship. Most clients are "em"
to a reader called "anh" or "chị"; an older client is "chị" or "anh" ("c", "a") to a shop
called "em", and then "bên em" is the reader's side and "chị gửi nhầm" the writer's own
slip. Who is who is read from the message (calling "em ơi", "giúp chị", the client's own
acts: ordering, paying), and the same cues then read both kinds of writer. Sentences
written for these tests, in no labelled set."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import narwhals as nw
import polars as pl
import pytest

from parting.text import kinship, normalise
from parting.text.classify import classify, explain, flags_of
from parting.text.written import as_written

KINSHIP_ROWS = Path(__file__).parents[1] / "data" / "kinship" / "kinship_s14_vi.csv"

# The reader's fault, told by a writer who is "chị"/"anh" to an "em".
READER_AT_FAULT = [
    "em ơi bên em giao thiếu 2 hộp",
    "em ơi chị đặt 5 hộp mà em giao có 3 thôi",
    "c mua đôi giày bên e tuần trước, nay đã gãy gót rồi",
    "anh đã chuyển khoản đủ mà bên em vẫn gọi đòi nợ anh",
    "em oi em gui nham file cho chi roi, lan thu hai do",
]

# The writer's own slip or fault, told the same way.
WRITER_AT_FAULT = [
    "em ơi chị ghi nhầm địa chỉ, chị sửa lại rồi nha",
    "lỗi tại chị hết, em đừng lo nha",
    "chị lỡ tay xóa mất file, em gửi lại giúp chị nha",
]


@pytest.mark.parametrize("text", READER_AT_FAULT)
def test_the_shop_called_em_is_the_one_at_fault(text: str) -> None:
    assert flags_of(text, "vi")["is_complaint"]


@pytest.mark.parametrize("text", WRITER_AT_FAULT)
def test_a_writer_called_chi_or_anh_owns_their_slip(text: str) -> None:
    assert not flags_of(text, "vi")["is_complaint"]


def test_the_same_slip_is_the_writers_when_the_writer_is_em() -> None:
    # "em gửi nhầm": the reader's slip from a writer who is "chị" (above), the writer's
    # own from a writer who is "em".
    assert not flags_of("em gửi nhầm file cho anh rồi, anh xem bản này nha", "vi")["is_complaint"]
    assert flags_of("anh ơi bên anh giao thiếu 2 hộp", "vi")["is_complaint"]


def test_a_courtesy_particle_is_not_a_writer_called_anh() -> None:
    # "giúp ạ" typed without tones is "giup a": an "em" writer's courtesy, not "giúp anh".
    assert not flags_of("em gửi nhầm file, shop đổi giúp ạ", "vi")["is_complaint"]
    assert not flags_of("em gui nham file, shop doi giup a", "vi")["is_complaint"]


def test_the_evidence_quotes_the_writers_own_pronouns() -> None:
    text = "em ơi bên em giao thiếu 2 hộp"
    assert as_written(text, explain(text, "vi")["is_complaint"]) == ["bên em giao thiếu"]


def test_the_vectorised_classifier_exchanges_the_pronouns_as_python_does() -> None:
    # (Every engine against Python: ``test_classify_engines``.)
    texts = READER_AT_FAULT + WRITER_AT_FAULT
    frame = nw.from_native(pl.DataFrame({"body": texts, "language": ["vi"] * len(texts)}))
    found = classify(frame, language="language")["is_complaint"].to_list()
    assert found == [text in READER_AT_FAULT for text in texts]


# --- who is who, read alike in client mail and in our letters (``parting.text.kinship``)

# Signs that hold wherever the writer stands: how the reader is addressed, a courtesy
# done to the reader, something told to the reader, asking leave for oneself.
ADDRESSED = [
    ("em ơi, chị gửi lại bản vẽ nhé", "chị"),
    ("Cháu ơi, bác đóng cửa tiệm từ tuần sau.", "bác"),
    ("Cô xin lỗi cháu, cô không giữ phòng được nữa.", "cô"),
    ("chú cảm ơn cháu nhiều", "chú"),
    ("Anh nhắn em là từ tháng sau anh nghỉ làm.", "anh"),
    ("em thông cảm, tuần này chị chưa gửi tiền được", "chị"),
    ("cho chi hoi lich giao hang tuan nay", "chị"),
]
# Not a senior writer, on either side: a junior writer thanking for, or asking for,
# a speech act; "chỉ" (only); telling someone "cho chị biết"; a name after "anh".
NOT_SENIOR = [
    "Cảm ơn chị đã nhờ em kiểm tra hợp đồng.",
    "Khi nào có bản mới anh báo em nhé.",
    "anh nhắn em trước 5h chiều nha",
    "em chỉ đặt 1 cái thôi",
    "Em báo cho chị biết là hàng đã tới kho.",
    "Anh Tuấn bên kế toán đã gửi hoá đơn.",
    "Xin lỗi chị vì bên em giao trễ.",
]
# The client's own acts, said with a senior pronoun: the writer in mail (the client
# writes it), the reader in our letters.
CLIENT_ACTS = [
    "chị đặt 2 bộ chăn hôm qua",
    "a ck rồi nha",
    "anh mua cái máy lọc nước tháng trước",
    "em kiểm tra giúp chị đơn này",
]


def _senior_in_mail(text: str) -> bool:
    accented = normalise.apply_text(text, normalise.ACCENTED_STEPS)
    return kinship.senior_writer(accented, client_writes=True)


def _senior_in_letter(text: str) -> str | None:
    """The writer's own word when it is a senior one ("chị", "anh", "cô", "chú", "bác")."""
    word = kinship.writer_word([text], client_writes=False)
    return word if word is not None and word not in kinship.JUNIOR else None


@pytest.mark.parametrize(("text", "pronoun"), ADDRESSED)
def test_a_senior_writer_is_recognised_alike_in_mail_and_in_letters(
    text: str, pronoun: str
) -> None:
    assert _senior_in_mail(text)
    assert _senior_in_letter(text) == pronoun


@pytest.mark.parametrize("text", NOT_SENIOR)
def test_no_senior_writer_is_seen_where_the_grammar_says_otherwise(text: str) -> None:
    assert not _senior_in_mail(text)
    assert _senior_in_letter(text) is None


@pytest.mark.parametrize("text", CLIENT_ACTS)
def test_the_clients_own_acts_name_the_writer_in_mail_and_the_reader_in_letters(text: str) -> None:
    assert _senior_in_mail(text)
    assert _senior_in_letter(text) is None


def test_the_exchange_reads_every_pronoun_and_keeps_the_spaces() -> None:
    steps = kinship.EXCHANGE_STEPS
    assert normalise.apply_text("chị em mình", steps, lower=False) == "em anh mình"
    assert normalise.apply_text(" cô nhờ cháu ", steps, lower=False) == " em nhờ anh "
    rng = random.Random(14)
    words = ["chị", "em", "anh", "e", "a", "cô", "cháu", "hàng", "giao", "chỉ", "ạ", ""]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 7)))
        out = normalise.apply_text(text, steps, lower=False)
        assert out.split(" ") == [_exchanged(word) for word in text.split(" ")], text


def _exchanged(word: str) -> str:
    if word in kinship.SENIOR:
        return "em"
    return "anh" if word in kinship.JUNIOR else word


def test_the_tuning_rows_of_the_fourteenth_session_are_read_right() -> None:
    # ``tests/data/kinship``: its held-out rows are never read here.
    with open(KINSHIP_ROWS, encoding="utf-8") as rows_file:
        rows = [row for row in csv.DictReader(rows_file) if row["split"] == "tune"]
    for row in rows:
        if row["side"] == "mail":
            assert _senior_in_mail(row["text"]) == bool(row["writer"]), row["text"]
        else:
            assert (_senior_in_letter(row["text"]) or "") == row["writer"], row["text"]


# --- the writer's family words are nouns, not pronouns (mail side, ``EXCHANGE_STEPS``)


@pytest.mark.parametrize(
    ("text", "exchanged"),
    [
        # A senior writer's sister is still a sister, and the writer's: "em gái em".
        (
            "em ơi em gái chị đặt bánh mà bên em giao trễ",
            "anh ơi em gái em đặt bánh mà bên anh giao trễ",
        ),
        ("cháu ơi em họ của bác nhận hàng rồi", "anh ơi em họ của em nhận hàng rồi"),
        ("em ơi anh trai chị nhờ em gửi lại hóa đơn", "anh ơi anh trai em nhờ anh gửi lại hóa đơn"),
        # People named by their calling are no pronoun either; "họ" after a verb is "they".
        (
            "em ơi bác sĩ dặn chị nghỉ, cô dâu chú rể chưa tới",
            "anh ơi bác sĩ dặn em nghỉ cô dâu chú rể chưa tới",
        ),
        ("em ơi chị nói họ rồi", "anh ơi em nói họ rồi"),
    ],
)
def test_a_kinship_noun_is_not_exchanged_with_the_pronouns(text: str, exchanged: str) -> None:
    accented = normalise.apply_text(text, normalise.ACCENTED_STEPS)
    assert kinship.senior_writer(accented, client_writes=True)
    assert normalise.apply_text(accented, kinship.EXCHANGE_STEPS, lower=False) == exchanged


def test_the_vectorised_exchange_keeps_kinship_nouns_as_python_does() -> None:
    texts = [
        "em ơi em trai chị lỡ tay làm vỡ cái bình, em còn mẫu đó không",
        "em ơi chị đặt 5 hộp mà em giao có 3 thôi",
    ]
    frame = nw.from_native(pl.DataFrame({"body": texts, "language": ["vi"] * len(texts)}))
    found = classify(frame, language="language")["is_complaint"].to_list()
    assert found == [flags_of(text, "vi")["is_complaint"] for text in texts] == [False, True]


# --- the writer of a letter, junior or senior (``kinship.writer_word``, ``kinship.as_i``)

# The writer is the one who thanks, greets, apologises or tells the reader something,
# whichever rank they have; a writer who says "tôi" or names nobody has no kinship word.
WRITERS = [
    ("Em cảm ơn chị đã đặt hàng.", "em"),
    ("Chị cảm ơn em nhiều nhé.", "chị"),
    ("Cháu xin chân thành cảm ơn bác.", "cháu"),
    ("Em cam on anh da tin tuong.", "em"),
    ("Anh Tuấn thân mến, em chào anh.", "em"),
    ("Em thật lòng xin lỗi chị vì tuần trước bên em giao trễ.", "em"),
    ("Cô chào cháu, cô gửi cháu sổ theo dõi của bé.", "cô"),
    ("c cam on e nhieu nha", "chị"),
    ("Em ơi, chị gửi lại bản vẽ nhé.", "chị"),  # no speech act: the senior signs say it
    # thanked for what the reader asked of someone: the thanking one writes
    ("Em cảm ơn chị đã nhờ em kiểm tra hợp đồng.", "em"),
    ("Cảm ơn chị đã nhờ em kiểm tra hợp đồng.", None),
    ("Cảm ơn anh đã tin tưởng.", None),
    ("Tôi cảm ơn chị.", None),
    ("Kính gửi anh Hùng, chúng tôi cảm ơn anh.", None),
]


@pytest.mark.parametrize(("text", "word"), WRITERS)
def test_the_writer_is_the_one_who_thanks_greets_or_tells_the_reader(
    text: str, word: str | None
) -> None:
    assert kinship.writer_word([text]) == word
    # the senior view the mail side shares: a junior writer is no senior one
    senior = word if word not in (None, "em", "cháu") else None
    assert _senior_in_letter(text) == senior


def test_the_writers_word_reads_as_i_and_keeps_its_place_when_asked() -> None:
    text = "Em cảm ơn chị. Vì em không đủ người, chị Diệp bên Hoa Xinh sẽ nhận đơn của chị."
    kept = kinship.as_i(text, "em", keep_length=True)
    assert kept == "Tớ cảm ơn chị. Vì tớ không đủ người, chị Diệp bên Hoa Xinh sẽ nhận đơn của chị."
    assert len(kept) == len(text)
    assert kinship.as_i(text, "em").startswith("Tôi cảm ơn chị. Vì tôi không đủ người")
    # a senior writer's word, typed without tones too; a name after the word stays
    senior = "Chi cam on em. Vi chi phai ve que, chi Huong se nhan don cua em."
    assert kinship.as_i(senior, "chị", keep_length=True) == (
        "Toi cam on em. Vi toi phai ve que, chi Huong se nhan don cua em."
    )
    assert kinship.as_i("Cháu cảm ơn bác.", "cháu", keep_length=True) == "Mình cảm ơn bác."
    # a kinship noun is someone else too: the writer's sister, a doctor
    sister = "Em cảm ơn chị. Em gái em sẽ giao nốt đơn, em đi bác sĩ."
    read = "Tôi cảm ơn chị. Em gái tôi sẽ giao nốt đơn, tôi đi bác sĩ."
    assert kinship.as_i(sister, "em") == read
    assert kinship.as_i("Bác sĩ dặn bác nghỉ.", "bác") == "Bác sĩ dặn tôi nghỉ."
    assert kinship.as_i(text, None) == text


def test_every_kinship_word_keeps_its_length_and_its_capital() -> None:
    rng = random.Random(15)
    for word in ("em", "cháu", "chị", "anh", "cô", "chú", "bác"):
        for _ in range(30):
            words = [rng.choice([word, word.capitalize(), "hàng", "giao", "đã"]) for _ in range(6)]
            text = " ".join(words)
            read = kinship.as_i(text, word, keep_length=True)
            assert len(read) == len(text), text
            pairs = list(zip(words, read.split(" "), strict=True))
            for (before, after), following in zip(pairs, [*words[1:], "."], strict=True):
                # before a capitalised word, the kinship word is a title: someone else
                mine = before.lower() == word and not following[0].isupper()
                assert mine == (after.lower() in ("tớ", "tôi", "mình", "to", "toi", "minh")), text
                assert before[0].isupper() == after[0].isupper()
