"""A Vietnamese writer names themselves and the reader by kinship. Most clients are "em"
to a reader called "anh" or "chị"; an older client is "chị" or "anh" ("c", "a") to a shop
called "em", and then "bên em" is the reader's side and "chị gửi nhầm" the writer's own
slip. Who is who is read from the message (calling "em ơi", "giúp chị", the client's own
acts: ordering, paying), and the same cues then read both kinds of writer. Sentences
written for these tests, in no labelled set."""

from __future__ import annotations

import narwhals as nw
import polars as pl
import pytest

from parting.text.classify import classify, explain, flags_of
from parting.text.written import as_written

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
