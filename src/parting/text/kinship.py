"""Who is "em": the kinship a Vietnamese writer claims towards the reader, read in one
place for client mail (the classifier) and for our letters (the letter checker).

A Vietnamese writer names themselves and the reader by kinship. Most clients are "em"
to a shop or firm called "anh"/"chị", and our letters call the client "anh"/"chị" too:
the cues and the sentence model are written for that. But an older writer is "chị",
"anh", "cô", "chú" or "bác" (typed "c", "a") to a reader called "em" or "cháu", and then
every pronoun means the other person: "bên em giao thiếu" is the reader's slip, "chị
ghi nhầm" the writer's own. Such a writer is recognised by grammar, not by one phrase:

- how the reader is addressed: called ("em ơi", "cháu ơi"), or told what to do
  ("em thông cảm", "em cứ gửi");
- a senior pronoun doing a speech act to a junior one ("chị cảm ơn em", "cô xin lỗi
  cháu", "anh nhắn em là…") — unless someone is thanked or apologised to for it ("cảm
  ơn chị đã nhờ em" is an "em" writer thanking a "chị");
- asking leave for oneself ("cho chị hỏi", "cho anh xin");
- and, where the client writes (mail, not our letters), the client's own acts said with
  a senior pronoun: ordering, buying, paying, receiving the goods ("chị đặt 2 bộ", "a ck
  rồi"), asking help for oneself ("giúp chị"), speaking to the shop ("chị nhắn shop").
  In our letters the client is the reader, so these acts name the reader, not us.

Words are read on the accented view (lower-cased, punctuation gone) and accepted with
their tones or typed without any, except where a word without tones is another common
word: "co" is mostly "có", "chu" "chữ" or "chủ", "bac" "bạc"; and "chỉ" (only) is never
"chị". "báo cho chị biết" is left out: it is as often an "em" writer informing a "chị"
as a "chị" asking to be told.

The classifier reads such a message with its pronouns exchanged (``EXCHANGE_STEPS``, so
one set of cues reads both writers); the letter checker, its apology filter and the
sentence model read the writer's own word, junior or senior, as "tôi" (``writer_word``,
``as_i``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from parting.text import normalise

# The pronouns of a senior writer, and of the junior reader they address, as they stand
# in the accented view.
SENIOR: tuple[str, ...] = ("chị", "chi", "c", "anh", "a", "cô", "chú", "bác")
JUNIOR: tuple[str, ...] = ("em", "e", "cháu", "chau")
# The senior pronoun as the writer spells it, for each form in ``SENIOR``.
_SPELLED = {"chi": "chị", "c": "chị", "a": "anh"}


def _tolerant(phrase: str) -> str:
    """``phrase`` with each word as written or typed without its tones."""
    words = []
    for word in phrase.split(" "):
        bare = normalise.apply_text(word, normalise.FOLD_STEPS, lower=False)
        words.append(word if bare == word else f"(?:{word}|{bare})")
    return " ".join(words)


def _any(*phrases: str) -> str:
    return "(?:" + "|".join(_tolerant(phrase) for phrase in phrases) + ")"


_SENIOR = "(?:" + "|".join(SENIOR) + ")"
_JUNIOR = "(?:" + "|".join(JUNIOR) + ")"
# Speech acts a senior writer does to a junior one. Those one may also ask of the reader
# ("anh nhắn em trước 5h nha": message me before five; "chị báo em nhé") say who is who
# only when what is told follows ("chị báo em là…", "anh nhắn em vì…"); one does not ask
# the reader to thank, apologise or give instructions.
_COURTESY = _any("cảm ơn", "cám ơn", "xin lỗi", "chúc", "nhờ", "dặn")
_TELLING = _any("hỏi", "báo", "nhắn", "nhắn tin", "gọi", "nhắc", "gửi", "nói", "ib")
_TOLD = _any("là", "rằng", "vì", "biết là", "biết rằng")
# A senior pronoun doing a speech act to a junior one (its first group: the pronoun).
_SPOKEN_TO = (
    f"({_SENIOR}) (?:{_any('xin')} )?(?:{_any('đã')} )?"
    f"(?:{_COURTESY} {_JUNIOR}|{_TELLING} {_JUNIOR} {_TOLD})"
)
# Signs that hold wherever the writer stands: how the reader is addressed, and asking
# leave for oneself.
_ADDRESS = [
    f"{_JUNIOR} {_any('ơi')}",
    f"{_JUNIOR} "
    + _any("thông cảm", "bỏ qua", "đừng lo", "yên tâm", "khỏi lo", "cứ giao", "cứ gửi", "cứ làm"),
    f"cho {_SENIOR} {_any('hỏi', 'xin')}",
]
# The client's own acts, said with a senior pronoun: signs of the writer only where the
# client writes.
_ACTS = _any(
    "đặt", "order", "mua", "chuyển khoản", "ck", "chuyển tiền", "đặt cọc", "cọc",
    "thanh toán", "bị trừ", "bị tính", "bị thu", "nhận hàng", "nhận được", "nhận dc",
)  # fmt: skip
_CLIENT_ACTS = [
    f"{_SENIOR} (?:{_any('đã', 'mới', 'vừa', 'cũng', 'có', 'không', 'ko', 'chưa')} )?{_ACTS}",
    f"cho {_SENIOR} " + _any("đặt", "đổi", "gửi", "ship"),
    f"{_any('giúp', 'giùm', 'dùm', 'hộ')} (?:chị|chi|c|anh|cô|chú|bác)",  # not "giúp ạ"
    f"{_SENIOR} (?:{_any('đã')} )?(?:{_COURTESY}|{_TELLING}) shop",
]
_EDGES = ("(?:^| )(?:", ")(?: |$)")


def _pattern(alternatives: Sequence[str]) -> str:
    return _EDGES[0] + "|".join(alternatives) + _EDGES[1]


@cache
def signs(client_writes: bool) -> str:
    """The pattern of every sign of a senior writer (over the accented view)."""
    return _pattern([_SPOKEN_TO, *_ADDRESS, *(_CLIENT_ACTS if client_writes else ())])


@cache
def signs_but_spoken(client_writes: bool) -> str:
    """``signs`` without the speech acts (what is left once a thanked one is set aside)."""
    return _pattern([*_ADDRESS, *(_CLIENT_ACTS if client_writes else ())])


# A speech act someone is thanked or apologised for: the writer is the junior one.
THANKED = _pattern([f"{_any('cảm ơn', 'cám ơn', 'xin lỗi')} {_SPOKEN_TO}"])
SPOKEN_TO = _pattern([_SPOKEN_TO])


def senior_writer(accented: str, client_writes: bool) -> bool:
    """Whether the writer of ``accented`` (the accented view of a message or letter) names
    themselves by senior kinship. ``client_writes``: the writer is the client (mail), not
    us (letters). The classifier computes the same as expressions (``classify``)."""
    if not _compiled(signs(client_writes)).search(accented):
        return False
    if not _compiled(THANKED).search(accented):
        return True
    return _compiled(signs_but_spoken(client_writes)).search(accented) is not None


# --- the writer of a letter, senior or junior ---------------------------------------
# Our letters are written as often by a junior writer ("Em cảm ơn chị…", "Cháu xin chân
# thành cảm ơn bác", "Anh Tuấn thân mến, em chào anh") as by a senior one ("Chị cảm ơn
# em…", "Cô chào cháu"), and either way the writer's own word is the reader's in other
# letters: "vì em không đủ người" is our shortfall from an "em" writer, blame from a "chị"
# writer. The writer is the one who thanks, apologises, greets, wishes or tells the reader
# something: a speech act from one kinship word to one of the other rank, the first such
# act unless someone is thanked or apologised to for it ("cảm ơn chị đã nhờ em…").
_SINCERELY = _any("xin", "rất", "chân thành", "thành thật", "thật lòng", "thật sự", "cũng", "muốn")
_SOFTENED = f"(?:{_SINCERELY} )*(?:{_any('đã')} )?"
_GREETED = _any("chào", "gửi lời", "kính chào")


def _speech(speaker: str, hearer: str) -> str:
    return (
        f"({speaker}) {_SOFTENED}"
        f"(?:(?:{_COURTESY}|{_GREETED}) {hearer}|{_TELLING} {hearer} {_TOLD})"
    )


# Who speaks to whom (first group: a junior writer's word; second: a senior writer's).
# After a speech act, "co", "chu", "bac" typed without tones are the reader ("em cam on
# co"), not "có", "chữ" or "bạc".
_READER_SENIOR = _any(*SENIOR)
WRITER_SPEAKS = _pattern([_speech(_JUNIOR, _READER_SENIOR), _speech(_SENIOR, _JUNIOR)])
_FOR_WHICH_THANKED = re.compile(_any("cảm ơn", "cám ơn", "xin lỗi") + " $")
# The writer's word as they spell it, for each form the patterns accept.
_WORDS = {**_SPELLED, "e": "em", "chau": "cháu"}
# The writer's word said as "I": in the sentence model's reading, and, keeping the word's
# length so a quote found in the reading is the draft's words at the same place, in the
# checker's (``as_i``).
_I_OF_LENGTH = {2: "tớ", 3: "tôi", 4: "mình"}


def writer_word(sentences: Sequence[str], client_writes: bool = False) -> str | None:
    """The kinship word the writer of ``sentences`` (Vietnamese) uses for themselves, as
    they spell it: "em" or "cháu" for a junior writer, "chị", "anh", "cô", "chú" or "bác"
    for a senior one; None when the writer names themselves otherwise ("tôi", "mình",
    "chúng tôi") or not at all. The first speech act from a kinship word to the reader says
    who writes; failing one, a senior writer recognised by ``senior_writer`` is the first
    senior pronoun of the text. ``client_writes``: the writer is the client (mail), not us."""
    accented = normalise.apply_text("\n".join(sentences), normalise.ACCENTED_STEPS)
    for spoken in _compiled(WRITER_SPEAKS).finditer(accented):
        if not _FOR_WHICH_THANKED.search(accented, 0, spoken.start() + 1):
            word = spoken.group(1) or spoken.group(2)
            return _WORDS.get(word, word)
    if not senior_writer(accented, client_writes):
        return None
    found = next((word for word in accented.split() if word in SENIOR), None)
    return None if found is None else _WORDS.get(found, found)


def as_i(text: str, word: str | None, keep_length: bool = False) -> str:
    """``text`` with the writer's own kinship ``word`` (``writer_word``) said as "tôi" —
    or, with ``keep_length``, as "tớ", "tôi" or "mình", whichever has its length, so that
    what is found in the reading quotes the text at the same place. The same word before a
    name ("chị Diệp bên Hoa Xinh", "anh Đạt ở Studio Washoku") is someone else and stays;
    so is a kinship noun ("em gái", "bác sĩ": ``KIN_NOUN_WORDS``); a text typed without
    tones is answered without them ("toi", "to", "minh")."""
    if word is None:
        return text
    bare = _toneless(text)

    def swap(match: re.Match[str]) -> str:
        after = text[match.end() :].lstrip()
        if after[:1].isupper():  # a title before a name
            return match.group(0)
        if after.split(" ", 1)[0].lower().rstrip(".,;:!?") in KIN_NOUN_WORDS:
            return match.group(0)  # a kinship noun: "em gái", "anh họ", "bác sĩ"
        said = _I_OF_LENGTH[len(match.group(0))] if keep_length else "tôi"
        said = normalise.apply_text(said, normalise.FOLD_STEPS, lower=False) if bare else said
        return said.capitalize() if match.group(0)[0].isupper() else said

    return _compiled_i(_tolerant(word)).sub(swap, text)


def _toneless(text: str) -> bool:
    """Whether ``text`` is typed without any tone or other mark ("Em cam on chi")."""
    decomposed = unicodedata.normalize("NFD", text)
    return not any("\u0300" <= c <= "\u036f" or c in "đĐ" for c in decomposed)


@cache
def _compiled_i(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){word}(?![^\W\d_])", re.IGNORECASE)


def _exchanged(words: Sequence[str], mark: str) -> normalise.Step:
    return (" (?:" + "|".join(words) + ") ", f" {mark} ")


# A kinship word followed by one of these is a noun for somebody, not a pronoun for the
# writer or the reader: the writer's (or the reader's) relatives ("em gái chị": my
# younger sister; "anh họ", "chị dâu", "con trai"), and people named by their calling
# ("bác sĩ", the doctor; "cô giáo", the teacher; "cô dâu", "chú rể": bride and groom).
# Whoever's relative it is, the possessive after it says ("em gái chị" from a "chị"
# writer is the writer's sister), and that possessive is exchanged like any pronoun.
# Typed without tones only where the bare word is no other common one ("gai", "ho":
# "em ho" is "em họ" in teen spelling; "dau" is "đau", in pain, and "re" "rẻ", cheap).
KIN_NOUN_WORDS: tuple[str, ...] = (
    "gái", "gai", "trai", "họ", "ho", "rể", "dâu", "ruột", "nuôi", "sĩ", "giáo",
)  # fmt: skip


# The writer's pronouns become "em" and the reader's "anh", over the accented view.
# Every space is doubled and the text padded first, so that each word has a space of
# its own on both sides and one pass per side exchanges every word ("chị em" too);
# the spaces are then put back as they were. Only the forms of ``SENIOR`` and ``JUNIOR``
# ("chi" typed without its tone is "chị" here more often than "chỉ"); the writer's
# words are marked first so the reader's new "anh" is not exchanged again. A kinship
# noun (``KIN_NOUN_WORDS``) is tied to its kinship word by "_" before the exchange, so
# that word, no longer standing alone, keeps its meaning ("em gái chị" becomes "em gái
# em", my sister, not "anh gái em"); "_" never stands in the accented view, and the tie
# is undone last. One plain replacement per noun word: no backreferences (see
# ``normalise``), and plain replacements cost engines least.
EXCHANGE_STEPS: tuple[normalise.Step, ...] = (
    (" ", "  "),
    ("^", " "),
    ("$", " "),
    *((f"  {word} ", f"_{word} ") for word in KIN_NOUN_WORDS),
    _exchanged(SENIOR, "WRITER"),
    _exchanged(JUNIOR, "anh"),
    ("WRITER", "em"),
    ("_", " "),
    ("  ", " "),
    ("^ ", ""),
    (" $", ""),
)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
