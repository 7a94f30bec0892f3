"""The letter checker (DOMAIN §4): reviews a draft before it is sent.

Each rule returns the words that made it fire and a better way to say it, in the letter's
language. Parting letters (a meeting script, a confirmation) must state one reason, an end
date and alternatives; repair and expectations letters keep the client, so those three do
not apply to them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import cache
from typing import Any

from parting.config import Config
from parting.i18n import _, gettext_noop
from parting.playbook.language import guess_language
from parting.playbook.wording import WORDINGS, Wording
from parting.text import kinship
from parting.words.formats import number

RULES: dict[str, str] = {
    "blame": gettext_noop("Blame or a personal attack"),
    "reasons": gettext_noop("More than one reason"),
    "slammed_door": gettext_noop("Closes the door"),
    "thanks": gettext_noop("No thanks"),
    "next_steps": gettext_noop("No next steps"),
    "end_date": gettext_noop("No end date"),
    "alternatives": gettext_noop("No alternatives offered"),
    "shouting": gettext_noop("Shouting"),
    "length": gettext_noop("Too long"),
}
PARTING_KINDS = ("meeting-script", "confirmation")
LETTER_KINDS = (*PARTING_KINDS, "repair", "expectations")


# What to do about each rule, in the reader's language (the person running Parting).
ADVICE: dict[str, str] = {
    "blame": gettext_noop("Describe the fact and its effect, not the person."),
    "reasons": gettext_noop("Keep the single reason that matters most and leave the others out."),
    "slammed_door": gettext_noop("Leave the door open until the end date."),
    "thanks": gettext_noop("Thank them for something real."),
    "next_steps": gettext_noop("Say what happens now."),
    "end_date": gettext_noop("Give the last day of the work."),
    "alternatives": gettext_noop("Point them to a provider who would suit them better."),
    "shouting": gettext_noop("Write in sentence case, with one full stop at the end."),
    "length": gettext_noop(
        "Cut it to a few short paragraphs: the decision, the reason, thanks, next steps."
    ),
}


@dataclass
class Finding:
    """One broken rule: the draft's own words that made it fire (verbatim, in the draft's
    language) and, where the rule has one, an example sentence in the draft's language
    ready to paste. The rule's name and the advice are in the reader's language."""

    rule: str
    words: list[str]
    example: str = ""

    @property
    def label(self) -> str:
        """The rule's name in the reader's language."""
        return _(RULES[self.rule])

    @property
    def advice(self) -> str:
        return _(ADVICE[self.rule])

    @property
    def suggestion(self) -> str:
        """The advice in the reader's language, with the example in the letter's."""
        if not self.example:
            return self.advice
        return _("{advice} For example: “{example}”").format(
            advice=self.advice, example=self.example
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "label": self.label,
            "advice": self.advice,
            "suggestion": self.suggestion,
        }


@cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a cue list; each cue starts and ends on a word boundary."""
    return re.compile(r"(?<!\w)(?:" + "|".join(cues) + r")(?!\w)", re.IGNORECASE)


def find(cues: tuple[str, ...], text: str) -> list[str]:
    return [m.group(0) for m in _pattern(cues).finditer(text)]


def _dates(wording: Wording, text: str, lang: str) -> list[str]:
    return [m.group(0) for m in _date_pattern(wording.months, lang).finditer(text)]


@cache
def _date_pattern(months: str, lang: str) -> re.Pattern[str]:
    patterns = [
        # 3 mars, 1er mars, 3. marec, 3 tháng 3, 3rd March
        rf"(?<!\d)\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s*(?:{months})(?!\w)",
        r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}([./-])\d{1,2}\1\d{2,4})(?!\d)",
        r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)",  # 3. 3. 2026
        # a day and month without the year: "14/5", "30/06", "14. 5.", "30.06." (not "24/7")
        r"(?<![\d/.])(?!24/7)(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/%])",
        r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.(?!\s?\d)",
    ]
    if lang == "en":  # March 3
        patterns.append(rf"(?<!\w)(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w)")
    return re.compile("|".join(patterns), re.IGNORECASE)


# How many words may stand between an end given without a day and the farewell or ending
# word it belongs to ("we will wind down our work for you, as planned, at the end of June").
END_DATE_REACH = 8


def _spans(cues: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern(cues).finditer(text)] if cues else []


def _end_dates(wording: Wording, text: str, lang: str) -> list[str]:
    """The end date: a date with a day number, or an end given without one ("at the end
    of June", "in two weeks", "as of today") within a few words of a farewell or of an
    ending word ("until", "last day") in the same sentence ("next week" alone is when
    the handover list comes, not when the work ends)."""
    found = _dates(wording, text, lang)
    ending = (*wording.parting, *wording.ending, *wording.ending_verbs)
    for sentence in _sentences(text):
        words = _spans(ending, sentence)
        for start, end in _spans(wording.relative_dates, sentence):
            if any(
                len(WORD.findall(sentence[min(end, w_end) : max(start, w_start)])) <= END_DATE_REACH
                for w_start, w_end in words
            ):
                found.append(sentence[start:end])
    return found


WORD = re.compile(r"[^\W\d_]+")
JOINERS = re.compile(r"[\s'’-]*")


def _caps_runs(text: str) -> list[list[re.Match[str]]]:
    """Consecutive capitalised words, joined by spaces, apostrophes or hyphens."""
    runs: list[list[re.Match[str]]] = []
    for match in WORD.finditer(text):
        if not match.group(0).isupper():
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and JOINERS.fullmatch(text[last.end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


def _shouting(text: str) -> list[str]:
    """Capitalised runs of six letters or more (a single word: five), and repeated
    exclamation marks. Short acronyms (PDF, VAT ID) pass."""
    loud = []
    for run in _caps_runs(text):
        letters = sum(len(m.group(0)) for m in run)
        if letters >= (5 if len(run) == 1 else 6):
            loud.append(text[run[0].start() : run[-1].end()])
    return loud + re.findall(r"[!?]*![!?]*![!?]*", text)


def _length(text: str, lang: str, config: Config) -> list[str]:
    limit = int(config.settings.letters.max_words)
    if lang == "vi":  # every syllable is written as a word
        limit = round(limit * float(config.settings.letters.vi_word_factor))
    count = len(re.findall(r"\w+", text))
    # the figures in the reader's language, as every other figure on screen ("1 204", "1,204")
    return (
        [_("{count} words (limit {limit})").format(count=number(count), limit=number(limit))]
        if (count > limit)
        else []
    )


SENTENCE_END = re.compile(r"[.!?]+|[;\n]")
NEXT_CHARACTER = re.compile(r"\s*(\S)")


def _sentences(text: str) -> list[str]:
    """Sentences end at . ! ? ; or a line break, but not at the dot of "25. aprila" nor
    inside an address ("www.example.com") nor at the last dot of an abbreviation before a
    word in lower case ("Selimo d.o.o. iz Žalca")."""
    parts, start = [], 0
    for end in SENTENCE_END.finditer(text):
        if end.group(0) == "." and text[end.end() : end.end() + 1].isalnum():
            continue  # "www.example.com", "Nabiralnik.si": a dot inside a word
        word = text[: end.start()].rsplit(None, 1)[-1] if text[: end.start()].strip() else ""
        if end.group(0) == "." and "." in word:
            after = NEXT_CHARACTER.match(text, end.end())
            # "Selimo d.o.o. iz Žalca", "e.g. the": an abbreviation's last dot
            if after and (after.group(1).islower() or after.group(1) in ",;:)"):
                continue
        if end.group(0) == "." and end.start() > 0 and text[end.start() - 1].isdigit():
            after = NEXT_CHARACTER.match(text, end.end())
            # "25. aprila", "31. 3. 2026": a day or month number, not a full stop
            if after and (after.group(1).islower() or after.group(1).isdigit()):
                continue
        parts.append(text[start : end.start()])
        start = end.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


@cache
def _negation(negations: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A negation inside a cue's words, and one in the two words just before them."""
    words = "|".join(negations)
    inside = re.compile(rf"(?<!\w)(?:{words})(?!\w)|n't", re.IGNORECASE)
    before = re.compile(rf"(?:(?<!\w)(?:{words})|n't)(?:\s+[\w']+)?\s*$", re.IGNORECASE)
    return inside, before


@cache
def _due(deadline: tuple[str, ...]) -> re.Pattern[str]:
    """A deadline word ("by", "d'ici", "trước", "do") just before a date."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(deadline)})(?:\s+\S+)?\s*$", re.IGNORECASE)


# What may stand between a weekday and its date ("Friday 30 October", "v petek, 30. oktobra",
# "thứ Năm ngày 27/6", "jeudi 3 juillet"): the weekday names that date.
BESIDE_DATE = re.compile(r"^[\s,]*(?:(?:ngày|the|le|dne)\s*)?$", re.IGNORECASE)


def _ahead(wording: Wording, sentence: str, lang: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The times ahead of ``sentence`` that are no day of the calendar ("next week", "on
    Monday", "within 30 days", "konec oktobra"): a weekday or "le 20" that belongs to a date
    beside it ("Friday 30 October", "le 20 juillet") is that date."""
    dates = [m.span() for m in _date_pattern(wording.months, lang).finditer(sentence)]

    def of_a_date(start: int, end: int) -> bool:
        return any(
            (d_start < end and start < d_end)
            or (end <= d_start and BESIDE_DATE.match(sentence[end:d_start]))
            or (d_end <= start and BESIDE_DATE.match(sentence[d_end:start]))
            for d_start, d_end in dates
        )

    return [
        sentence[start:end]
        for start, end in _spans((*wording.relative_dates, *extra), sentence)
        if not of_a_date(start, end)
    ]


def _next_steps(wording: Wording, text: str, lang: str) -> list[str]:
    """What happens now: a future, a request, a question that proposes something, an
    offer or an attachment (a denied future is not one: "we won't be hosting"), or a
    sentence other than the farewell with something due by a date ("Do 10. novembra Vam
    dostavimo…", "your glossaries by 25 June") or at a time ahead ("on Monday")."""
    inside, before = _negation(wording.negations)
    found = []
    for match in _pattern(wording.next_steps).finditer(text):
        preceding = text[max(0, match.start() - 40) : match.start()]
        if inside.search(match.group(0)) or before.search(preceding):
            continue
        # "we will no longer be…": a negation that starts inside the future and runs past it
        denial = inside.search(text, match.start(), match.end() + 12)
        if denial and denial.start() < match.end():
            continue
        clause = _clause_at(text, match.start(), match.end())
        # the provider named as the one who will act stands before the future ("Muối &
        # Khói sẽ hỗ trợ chị"); a name after it is what we use ("em sẽ gửi anh … qua Google
        # Drive")
        head = clause[: clause.find(match.group(0))] if match.group(0) in clause else clause
        if _farewell_or_offer(wording, lang, clause, head):
            continue
        if _hoped(wording, head):
            continue  # "we are sure you will find them easy to work with": a wish
        if wording.vague and find(wording.vague, clause):
            continue  # "nous verrons bien le moment venu": left to later, not a step
        found.append(match.group(0))
    if found:
        return found
    due = _due(wording.deadline)
    for sentence in _sentences(text):
        if find(wording.parting, sentence):
            continue
        dates = list(_date_pattern(wording.months, lang).finditer(sentence))
        found += [
            date.group(0)
            for date in dates
            if due.search(sentence[max(0, date.start() - 30) : date.start()])
        ]
        # "next week", "on Monday", "within 30 days" point ahead wherever they stand (but
        # "le 20" of "le 20 juillet" is part of a date, which needs "by" or "before"), except
        # as the end itself in a sentence that ends the work ("I'm giving up garden work at
        # the end of October")
        if not ends_the_work(wording, sentence, lang):
            found += _ahead(wording, sentence, lang)
    return found


def _hoped(wording: Wording, head: str) -> bool:
    """Whether the words before a future hope or are sure of something that is not ours to
    do ("We are sure you will find…", "nous espérons que la saison sera…", "Chúng tôi tin
    chị sẽ thấy…"); "I hope we will meet again" is ours."""
    hopes = list(_pattern(wording.hopes).finditer(head)) if wording.hopes else []
    return bool(hopes) and not find(wording.first_person, head[hopes[-1].end() :])


WORD_STEM = re.compile(r"[^\W\d_]{6,}")


def _stems(wording: Wording, sentence: str) -> set[str]:
    """The first six letters of each long word (names and common words aside)."""
    stems = {word.casefold()[:6] for word in WORD_STEM.findall(sentence) if word[:1].islower()}
    return stems - wording.common


def _continues(
    wording: Wording, sentence: str, before: str | None, lang: str, text: str = ""
) -> bool:
    """Whether ``sentence`` goes on with the reason told in ``before`` rather than giving
    another: it is told as its consequence or through a pronoun for what the one before
    named ("Without her we cannot treat goats", "sans lui nous ne pouvons plus", "brez
    njega pa ne moremo"), or it takes up a word of it that the rest of the letter ``text``
    does not use ("…pour le remplacer. Les coûts d'un remplaçant…"; "payroll" in every
    sentence of a payroll bureau's letter ties none of them). Vietnamese words are
    syllables: only the first two signs count."""
    if before is None:
        return False
    if wording.continuations and find(wording.continuations, sentence):
        return True
    # "Such a volume needs…", "Un tel volume demande…", "Tolikšen obseg zahteva…": a
    # sentence that opens on the kind of thing the one before named goes on with it
    if wording.kind_references and find(wording.kind_references, " ".join(sentence.split()[:3])):
        return True
    if lang == "vi":
        return False
    shared = _stems(wording, sentence) & _stems(wording, before)
    for other in _sentences(text):
        if shared and other not in (sentence, before):
            shared -= _stems(wording, other)
    return bool(shared)


def _incident(wording: Wording, sentence: str) -> bool:
    """Whether ``sentence`` tells, with its day, one thing the reader did or said to our
    people ("On 14 March … you told him he was “a waste of a uniform”", "10. aprila ste
    … rekli, da je »navaden butelj«"): whatever it names besides (the late invoice the
    shouting was about, the prices called theft) belongs to that one incident."""
    if _names_conduct(wording, sentence):
        return True
    quoted = re.search(r"[\"“”«»„]", sentence)
    return bool(
        quoted
        and wording.sayings
        and find(wording.sayings, sentence)
        and (re.search(r"\d", sentence) or find((wording.months,), sentence))
    )


# not the dot of "15. februarja", nor the comma before a date ("v petek, 30. oktobra")
CLAUSE_END = re.compile(r"(?<!\d)\.|[!?;:\n]|,(?!\s?\d)")


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the comma or full stop before it to the
    one after it ("After the launch on 31 July, our studio will be stepping off your
    account, as we are moving into publishing")."""
    before = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
    after = CLAUSE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _farewell_or_offer(wording: Wording, lang: str, clause: str, head: str | None = None) -> bool:
    """Whether a clause only says goodbye, with nothing in it due by a date ("our studio
    will be stepping off your account"; "after 30 September our garage will no longer be
    servicing vans" gives the end, not a next step), or offers a named provider with no
    "we" in it ("studio Muối & Khói sẽ hỗ trợ chị rất tốt"): a future there is not
    something that happens next between us and the reader. (A provider described rather
    than named is not enough: "Z veseljem predam zapiske … novemu učitelju" is ours.)"""
    if ends_the_work(wording, clause, lang):
        due = _due(wording.deadline)
        dates = list(_date_pattern(wording.months, lang).finditer(clause))
        # "le 30" of "le 30 juin" is the date itself, not a time ahead
        # (so is "over the coming weeks": "we will finish the spring edition" is then a step)
        ahead = _ahead(wording, clause, lang, wording.soon)
        return not (any(due.search(clause[: date.start()]) for date in dates) or ahead)
    runs = _capitalised_runs(wording, (clause if head is None else head).strip())
    named = any(len(run) >= 2 or (index > 0 and not run[0].isupper()) for index, run in runs)
    return named and not find(wording.first_person, clause)


def _reasons(wording: Wording, text: str, lang: str) -> list[str]:
    """A second reason announced ("moreover"), two causes given, or three different
    subjects in the reasoning (the sentences that are not thanks, next steps or
    alternatives): the words of each reason found."""
    added = find(wording.added_reasons, text)
    if added:
        return added
    # "hvala, ker ste nam zaupali…", "Cảm ơn chị vì…": the reason for the thanks is none
    # for the decision
    causes = [
        sentence[start:end]
        for sentence in _sentences(text)
        for start, end in _spans(wording.causes, sentence)
        if not _after_thanks(sentence, _spans(wording.thanks, sentence), start)
        and not _for_writing(wording, sentence, start, lang)
    ]
    if len(causes) >= 2 and not _one_family(wording, text):
        return causes
    aside = (*wording.thanks, *wording.next_steps, *wording.alternatives)
    # (a sentence about the letter itself, "I wanted to write to you personally, because
    # you have been with us since…", tells why we write, not why we part)
    reasoning = [
        s
        for s in _sentences(text)
        if not find(aside, s)
        and not _named_alternatives(wording, s)
        and not _for_writing(wording, s, len(s), lang)
    ]
    subjects: dict[str, str] = {}
    for sentence in reasoning:
        if _incident(wording, sentence):
            # an incident told with what was said is one reason, whatever else it names
            # (the late invoice the shouting was about, the prices called theft)
            subjects.setdefault("conduct", sentence)
            continue
        for topic, cues in wording.topics.items():
            words = find(cues, sentence)
            if words and topic not in subjects:
                subjects[topic] = words[0]
    if len(subjects) >= 3:
        return list(subjects.values())
    # "the budget no longer covers the work; the deadlines have also become too tight":
    # two subjects, one of them added with "also"
    if len(subjects) >= 2:
        for sentence in reasoning:
            joined = find(wording.also, sentence)
            if joined and any(find(cues, sentence) for cues in wording.topics.values()):
                return [*joined, *subjects.values()]
    # "we have decided to part ways: the budget is too small, the deadlines slip and the
    # team is stretched": a list of clauses after a colon (or four of them in a row), each
    # long enough to be a reason, none of them the decision or its date
    shortest = 6 if lang == "vi" else 4  # Vietnamese counts syllables
    for sentence in reasoning:
        head, colon, listed = sentence.rpartition(":")
        # "I am retiring at the end of October: I turn 66 in September, my shoulder…": the
        # head gives the one reason and the list its facts; a list gives reasons when the
        # head is the decision ("we have decided to part ways: …") or announces them
        if colon and not _decision_or_announcement(wording, head, lang):
            continue
        clauses = [
            clause
            for clause in re.split(wording.list_joiners, listed)
            if len(clause.split()) >= shortest
            and not find(wording.parting, clause)
            and not _dates(wording, clause, lang)
            # ", which…", ", ki je…": a relative clause belongs to the one before it
            and clause.split()[0].casefold() not in RELATIVES
        ]
        if len(clauses) >= (3 if colon else 4):
            return clauses
    # (a sentence that also says what happens next may still give two reasons in one cause)
    for sentence in _sentences(text):
        if find(wording.alternatives, sentence) or _named_alternatives(wording, sentence):
            continue
        if _incident(wording, sentence):
            continue  # "ste kričali, ker je račun prišel prepozno, in rekli, da…": one incident
        joined_reasons = _joined_reasons(wording, sentence, lang) or _reasons_before_consequence(
            wording, sentence, lang
        )
        if joined_reasons:
            return joined_reasons
    # reasons set out as a list: two bulleted or numbered lines or more (a list of next
    # steps or of alternatives is not one, and a list holds one kind of thing: when one of
    # its lines is a step, an offer or has its date, "zadnji račun bo zajemal samo maj"
    # beside it is a step too)
    for items in _lists(text):
        if any(find(aside, item) or _dates(wording, item, lang) for item in items):
            continue
        if len(items) >= 2:
            return items
    return []


def _decision_or_announcement(wording: Wording, head: str, lang: str) -> bool:
    """Whether ``head`` (what stands before a colon) ends the work or announces what
    follows as reasons, rather than giving one reason of ours ("I am retiring at the end
    of October", "Nous fermons notre agence de Reims")."""
    return bool(
        ends_the_work(wording, head, lang)
        or find(wording.announcements, head)
        or find(wording.added_reasons, head)
        or find(wording.causes, head)
        or not find(wording.first_person, head)
    )


def _lists(text: str) -> list[list[str]]:
    """The bulleted or numbered lists of ``text``, each the lines of one run."""
    lists: list[list[str]] = []
    last_end = -1
    for match in BULLET.finditer(text):
        if lists and not text[last_end : match.start()].strip():
            lists[-1].append(match.group(1))
        else:
            lists.append([match.group(1)])
        last_end = match.end()
    return lists


def _joined_reasons(wording: Wording, sentence: str, lang: str) -> list[str]:
    """Two reasons joined inside one cause: "because our fees no longer fit your budget and
    our practice is moving to payroll work", "With our kitchen moving and our prices rising,
    our last delivery…", "Do bếp phải đóng cửa, cộng thêm giá nguyên liệu tăng". The cause
    runs from its opening word over the clauses joined to it ("and", a comma in a cause
    that ends the sentence) and stops where the decision or a date begins. Two clauses long
    enough to be reasons count when one of them names a subject (money, time…) and they
    are not both about the same one: "because our team is small and we want to do the
    work well" names none, "because the budget is small and the fee has not changed" one."""
    shortest = 5 if lang == "vi" else 3  # Vietnamese counts syllables
    thanks = _spans(wording.thanks, sentence)
    separator = re.compile(
        rf"\s*,\s*(?:(?:{wording.reason_joiners})\s+)?|\s+(?:{wording.reason_joiners})\s+",
        re.IGNORECASE,
    )
    for start, end in _spans(wording.reason_openers, sentence):
        if _after_thanks(sentence, thanks, start):
            continue
        fronted = len(WORD.findall(sentence[:start])) <= 1
        clauses: list[str] = []
        rest, joined = sentence[end:], True
        while rest and joined:
            cut = separator.search(rest)
            clause, following = (rest[: cut.start()], cut) if cut else (rest, None)
            # a date ends the cause; so does the farewell after a cause that opens the sentence
            stop = [m.start() for m in _date_pattern(wording.months, lang).finditer(clause)]
            stop += [s for s, _e in _spans(wording.parting, clause)] if fronted else []
            if stop:
                clauses.append(clause[: min(stop)])
                break
            clauses.append(clause)
            if following is None:
                break
            # a fronted cause ends at its comma unless "and" joins the next clause to it
            joined = (
                not fronted
                or "," not in following.group(0)
                or bool(
                    re.search(
                        rf"(?:{wording.reason_joiners})\s*$", following.group(0), re.IGNORECASE
                    )
                )
            )
            rest = rest[following.end() :]
        named_all = [
            {topic for topic, cues in wording.topics.items() if find(cues, clause)}
            for clause in clauses
        ]
        # a clause long enough to be a reason, or a short one that names a subject the
        # others do not ("due to cost and deadlines")
        kept = [
            (clause.strip(), topics)
            for clause, topics in zip(clauses, named_all, strict=True)
            if clause.split()
            and clause.split()[0].casefold() not in RELATIVES
            and (len(clause.split()) >= shortest or (topics and len(set().union(*named_all)) >= 2))
        ]
        reasons = [clause for clause, _topics in kept]
        named = [topics for _clause, topics in kept]
        if len(reasons) >= 2 and any(named):
            families = set().union(*named)
            if not (all(named) and len(families) == 1):
                return reasons
    return []


def _for_writing(wording: Wording, sentence: str, start: int, lang: str) -> bool:
    """Whether the cause at ``start`` explains why we write rather than why we part: it
    follows a verb of writing or telling with no ending of the work between them ("I wanted
    to write to you personally, rather than leave it to a phone call, because you have been
    with us since the first year"; "kako naj ti to napišem, ker si bila ena mojih prvih
    strank"). "I am writing to tell you we are closing because…" gives the reason for the
    closing."""
    if not wording.writing:
        return False
    head = sentence[:start]
    # ours: "người duyệt bên chị viết lại…" (the reader's reviewer rewrote) is no letter
    written = [
        m
        for m in _pattern(wording.writing).finditer(head)
        if find(wording.first_person, head[: m.end()])
    ]
    return bool(written) and not ends_the_work(wording, head[written[-1].end() :], lang)


def _reasons_before_consequence(wording: Wording, sentence: str, lang: str) -> list[str]:
    """Two reasons told before the consequence that opens the decision ("Cene papirja so
    se podvojile, naš tiskarski stroj pa je star, zato bomo…", "Một là giá giấy tăng, hai
    là máy in hỏng, nên xưởng sẽ ngừng…", "the rent has doubled and our baker is retiring,
    so we…"): the clauses before "so", "donc", "nên", "zato", counted as the clauses of a
    cause are ("because the budget is small and the fee has not changed" is one subject,
    "because our team is small and we want to do the work well" names none). One reason
    told in its facts ("Cô lớn tuổi rồi, mắt kém, tay cũng yếu, nên…") has clauses too
    short to be reasons, and names no subject; what it leaves us unable to do ("Three
    invoices are still open, and we cannot extend further credit, so…") is its consequence,
    and a clause that hangs on another ("…, da Vaš proračun tega ne prenese", "trong khi
    …") is part of it."""
    shortest = 6 if lang == "vi" else 4  # Vietnamese counts syllables
    separator = re.compile(  # not the comma of "£3,150"
        rf"\s*[,;](?!\d)\s*(?:(?:{wording.reason_joiners})\s+)?|\s+(?:{wording.reason_joiners})\s+",
        re.IGNORECASE,
    )
    thanks = _spans(wording.thanks, sentence)
    for start, _end in _spans(wording.hence, sentence):
        head = sentence[:start]
        if not head.strip() or (thanks and thanks[0][0] < start):
            continue
        # a piece too short to be a clause, or a figure ("Računi od 3310 do 3314, skupaj
        # 5.230 EUR, so še vedno odprti"), is an aside: the clause runs on over it
        pieces: list[str] = []
        glued = False
        for piece in separator.split(head):
            aside = len(piece.split()) < shortest or piece.strip()[:1].isdigit()
            if pieces and (aside or glued):
                pieces[-1] += ", " + piece
            else:
                pieces.append(piece)
            glued = aside
        clauses = [
            clause.strip()
            for clause in pieces
            if len(clause.split()) >= shortest
            and clause.split()[0].casefold() not in RELATIVES | DEPENDENTS
            and not find(wording.unable, clause)
            and not _dates(wording, clause, lang)
            and not ends_the_work(wording, clause, lang)
            and not _for_writing(wording, clause, len(clause), lang)
        ]
        named = [{t for t, cues in wording.topics.items() if find(cues, c)} for c in clauses]
        if len(clauses) >= 2 and any(named):
            families = set().union(*named)
            if not (all(named) and len(families) == 1):
                return clauses
    return []


def _after_thanks(sentence: str, thanks: list[tuple[int, int]], start: int) -> bool:
    """Whether the word at ``start`` follows thanks closely: "hvala, ker ste nas opozorili",
    "Cảm ơn chị vì bốn năm…" give the reason for the thanks, not for the decision."""
    return any(end <= start and len(WORD.findall(sentence[end:start])) <= 3 for _s, end in thanks)


def _blamed_causes(wording: Wording, text: str) -> list[str]:
    """Blame said as cause and effect, with no judgement word in it: a cause on the reader's
    side tied to a harm to the work ("problems that began with passwords shared among your
    staff" beside "called out on eleven weekends"; "Vos validations… ont fait glisser le
    lancement"), or a cause with neither the reader nor us in it followed by the harm
    ("Because the brief changed after each meeting, the catalogue reached the printer three
    weeks late"), or a lateness beside a cost borne by our people with no cause word at all
    ("Every change reached us after the agreed cut-off, and our coordinators spent their
    weekends rebooking venues"). A cause on our side ("our studio has shrunk, which
    means…"), the reason for thanks ("hvala, ker ste nas opozorili na zamujene dostave")
    and a sentence that apologises ("…arrived late, and we are sorry") are not blame.
    Quotes the sentence."""
    found = []
    for whole in _sentences(text):
        if find(wording.apologies, whole):
            continue
        # a failing denied is praise, no harm: "Vous n'avez jamais réglé une facture en
        # retard…, ce qui a rendu notre travail très agréable"
        sentence = whole
        for start, end in _denied_failings(wording, whole):
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
        if _shortfall_blamed(wording, sentence):
            found.append(whole)
            continue
        if not find(wording.harms, sentence):
            continue
        # harm piled on harm with no cause word: "Every change reached us after the agreed
        # cut-off, and our coordinators spent their weekends rebooking venues"
        burdens = _spans(wording.burdens, sentence)
        if burdens and any(
            not any(b_start < end and start < b_end for b_start, b_end in burdens)
            for start, end in _spans(wording.harms, sentence)
        ):
            found.append(whole)
            continue
        thanks = _spans(wording.thanks, sentence)
        pairs: list[tuple[str, str]] = []
        for start, end in _spans(wording.cause_marks, sentence):
            if _after_thanks(sentence, thanks, start):
                continue
            head = sentence[:start]
            if len(WORD.findall(head)) <= 1:  # "Because …, the catalogue…", "And since …, …"
                comma = sentence.find(",", end)
                pairs.append(
                    (sentence[end:comma], sentence[comma:]) if comma > 0 else (sentence[end:], "")
                )
            else:
                pairs.append((sentence[end:], head))
        pairs += [
            (sentence[:start], sentence[end:])
            for start, end in _spans(wording.effect_marks, sentence)
        ]
        for cause, effect in pairs:
            readers = find(wording.readers_side, cause)
            if readers and find(wording.harms, cause + " " + effect):
                found.append(whole)
                break
            # the reader as the one who brings the harm about: "By turning up without an
            # appointment…, you pushed our workshop behind schedule", "À force de…, vous
            # avez mis notre atelier en retard"
            if _readers_doing(wording, effect) and find(wording.harms, effect):
                found.append(whole)
                break
            if (
                not readers
                and not find(wording.first_person, cause)
                and len(WORD.findall(cause)) >= 3
                and find(wording.harms, effect)
            ):
                found.append(whole)
                break
    return found


def _ceased(wording: Wording, clause: str) -> bool:
    """Whether ``clause`` (from a blame cue to the end of its sentence) says what the reader no
    longer does or needs, with no harm to us in it: a change on their side ("Because you no
    longer need daily deliveries, we will end the round", "Ker niste več v Ljubljani, bomo…").
    "Because you never pay any more, our drivers waited" still names a harm."""
    return bool(
        wording.ceased
        and find(wording.ceased, clause)
        and not find(wording.harms + wording.burdens + wording.losses, clause)
    )


def _credited_burdens(wording: Wording, text: str) -> list[str]:
    """Credit to the reader for a burden of ours, which can only be irony: "Thanks to you, our
    crew worked three Saturdays in a row", "Nhờ anh mà đội của tôi mất trắng hai tuần", "Po
    tvoji zaslugi smo tri mesece delali ob sobotah". Credit for a gain ("Thanks to you, our
    studio found its first clients") is thanks; a burden denied ("…we never had to…") is
    none. Quotes the sentence."""
    if not wording.credited:
        return []
    inside, _before = _negation(wording.negations)
    found = []
    for sentence in _sentences(text):
        credit = _pattern(wording.credited).search(sentence)
        if credit is None:
            continue
        after = sentence[credit.end() :]
        if find(wording.burdens + wording.losses + wording.unsocial_hours, after) and not (
            inside.search(after) or find(wording.apologies, sentence)
        ):
            found.append(sentence)
    return found


# Words that deny in every language the checker reads ("n'" alone ends on no word boundary).
DENIALS = (
    r"never|nothing|no\s+one|nobody|jamais|rien|personne|aucun\w*|không|chẳng|chưa|nikoli|nič"
    r"|nihče|noben\w*"
)


def _kind_of_person(wording: Wording, text: str) -> list[str]:
    """The reader said to be a kind of person whose defining clause denies something: "You are
    simply someone who is never satisfied with anything", "Tu es quelqu'un qui n'a jamais
    respecté un délai", "Anh là kiểu người không bao giờ hài lòng", "Ste pač človek, ki nikoli
    ni zadovoljen" — a character judgement with no insult word. "You are someone who always
    keeps their word" denies nothing; a clause that denies with a praise word in it ("…who
    never lets a guest feel rushed" is rare in a parting letter; "…qui n'est jamais en retard,
    toujours ponctuel") stays calm. Quotes the sentence from the frame."""
    if not wording.person_frames:
        return []
    inside, _before = _negation((*wording.negations, DENIALS))
    found = []
    for match in _pattern(wording.person_frames).finditer(text):
        closing = min((i for m in ".!?;\n" if (i := text.find(m, match.end())) >= 0), default=None)
        rest = text[match.end() : closing]
        if inside.search(rest) and not find(wording.praise, rest):
            found.append(text[match.start() : closing])
    return found


@cache
def _joining(marks: tuple[str, ...]) -> re.Pattern[str]:
    """Where a denial's reach stops: a comma or a stop, a joining word ("and", "mais", "nên",
    "pa") or one of ``marks`` (the words of cause and consequence)."""
    words = "|".join((r"and|but|et|mais|và|nhưng|còn|in|pa|ampak|toda|vendar", *marks))
    return re.compile(rf"[,;:.!?\n]|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


FAILING_REACH = 8  # words after a denial in which the failing it denies stands


def _denied_failings(wording: Wording, sentence: str) -> list[tuple[int, int]]:
    """The stretches of ``sentence`` that deny a failing of the reader's with no duty in them:
    "You've never once paid late", "vous ne m'avez jamais laissée sans réponse", "chưa bao giờ
    để chúng tôi phải nhắc", "Nikoli niste zamudili s plačilom" — a double negative, praise.
    "You never paid on time" denies a duty (a praise word in its reach): blame."""
    if not wording.failings:
        return []
    inside, _before = _negation((*wording.negations, DENIALS))
    stop = _joining(wording.cause_marks + wording.effect_marks + wording.consequences)
    spans = []
    for denial in inside.finditer(sentence):
        end = stop.search(sentence, denial.end())
        reach = sentence[denial.end() : end.start() if end else len(sentence)]
        reach = " ".join(reach.split()[:FAILING_REACH])
        # the reader's failing: "Nikoli niste…", "Chị chưa từng…", "your team has never…",
        # "…and never left a question of mine waiting", "we never had to remind you"
        if (
            find(wording.failings, reach)
            and not find(wording.praise, reach)
            and find(wording.readers_side, sentence[: denial.start()] + " " + reach)
        ):
            spans.append((denial.start(), denial.end() + len(reach)))
    return spans


def _failing_denied(wording: Wording, sentence: str, match: re.Match[str], offset: int) -> bool:
    """Whether the blame cue ``match`` (at ``offset`` in ``sentence``'s text) is a denial of
    a failing: its own denial opens a stretch ``_denied_failings`` reads as praise."""
    start, end = match.start() - offset, match.end() - offset
    return any(start <= d_start < end for d_start, _end in _denied_failings(wording, sentence))


def praised_by_denial(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` is praise said by denying the reader's failings and nothing else
    in it reads as blame ("Chị chưa từng trả tiền trễ một ngày nào, cũng không bao giờ ép em
    làm gấp"; "You've never once paid late"). A supposition ("…, we would not have had to
    wait") is not a denial of a failing."""
    wording = WORDINGS[lang]
    if wording.conditionals and find(wording.conditionals, sentence):
        return False
    spans = _denied_failings(wording, sentence)
    if not spans:
        return False
    rest, last = [], 0
    for start, end in spans:
        rest.append(sentence[last:start])
        last = max(last, end)
    rest.append(sentence[last:])
    remainder = " … ".join(rest)
    harmful = wording.harms + wording.burdens + wording.failings
    return not find(harmful, remainder) and not _pattern(wording.attacks).search(remainder)


# "Never" in every language the checker reads: "you don't have to reply straight away" asks
# nothing of the reader's past.
NEVER = re.compile(
    r"(?<!\w)(?:never|jamais|(?:chưa|không|chẳng)\s+(?:bao\s+giờ|từng|lần\s+nào|hề)"
    r"|chua\s+bao\s+gio|khong\s+bao\s+gio|nikoli)(?!\w)",
    re.IGNORECASE,
)


def _duties_denied(wording: Wording, text: str) -> list[str]:
    """A duty the reader never met, said by denying what a good client does ("Anh chưa bao
    giờ thanh toán đúng hạn", "You never once paid on time", "Nikoli niste plačali
    pravočasno"): the reader beside a denial whose reach holds a praise word. "Never anything
    but prompt" is praise. Quotes the sentence."""
    stop = _joining(wording.cause_marks + wording.effect_marks + wording.consequences)
    found = []
    for sentence in _sentences(text):
        for denial in NEVER.finditer(sentence):
            end = stop.search(sentence, denial.end())
            reach = " ".join(
                sentence[denial.end() : end.start() if end else len(sentence)].split()[
                    :FAILING_REACH
                ]
            )
            near = " ".join(WORD.findall(sentence[: denial.start()])[-3:] + WORD.findall(reach)[:2])
            if (
                find(wording.praise, reach)
                and find(wording.reader, near)
                and not re.search(r"\b(?:but|than|que|hơn|kot)\b", reach, re.IGNORECASE)
            ):
                found.append(sentence)
                break
    return found


def _counterfactual_blame(wording: Wording, text: str) -> list[str]:
    """Blame as a past supposition: what the reader did not do, and what it would have spared
    us ("If you had read our quotes before signing them, we would not have spent half of every
    job arguing", "Si tu avais répondu…, je n'aurais pas perdu…", "Nếu anh gửi bản vẽ sớm thì
    tôi đã không phải đo lại", "Če bi mi vsaj enkrat poslal izdelke pravočasno, mi ne bi bilo
    treba fotografirati ponoči"). A supposition of our own ("Če bi mi prej opazili napako…")
    or one with an apology in it owns the fault. Quotes the sentence."""
    if not (wording.conditionals and wording.spared):
        return []
    found = []
    for sentence in _sentences(text):
        if find(wording.apologies, sentence):
            continue
        for condition in _pattern(wording.conditionals).finditer(sentence):
            spared = _pattern(wording.spared).search(sentence, condition.end())
            if spared is None:
                continue
            supposed = sentence[condition.end() : spared.start()]
            head = " ".join(WORD.findall(supposed)[:2])
            if find(wording.we_subjects, head) and not find(wording.readers_side, head):
                continue  # "if we had hired…": our own
            readers = find(wording.readers_side, supposed) or find(
                wording.reader, condition.group(0)
            )
            # the reader unnamed, we the ones it was done to: "Če bi mi vsaj enkrat poslal…"
            done_to_us = find(wording.first_person, supposed) and not find(
                wording.we_subjects, supposed
            )
            # what it would have spared us, not the reader ("…, you would not have lost…")
            ours = find(wording.first_person, sentence[condition.end() :]) or not find(
                wording.reader, sentence[spared.start() :]
            )
            if (readers or done_to_us) and ours:
                found.append(sentence)
                break
    return found


def _broken_promises(wording: Wording, text: str) -> list[str]:
    """A promise of the reader's still not kept ("Chị hứa trả tiền công từ đầu tháng, nhưng
    đến giờ vẫn chưa trả", "the payment you promised in March is still outstanding",
    "čeprav ste nam ga obljubili že trikrat, še vedno čakamo"): blame with no judgement word.
    Our own promise ("we promised…, and we still have not…") and an apology are not.
    Quotes the sentence."""
    if not (wording.promised and wording.still_not):
        return []
    found = []
    sentences = _sentences(text)
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        promise = _pattern(wording.promised).search(sentence)
        # "Vous nous aviez promis le règlement pour avril ; nous n'avons toujours rien reçu."
        if promise is None or not find(wording.still_not, sentence + " " + following):
            continue
        if find(wording.apologies, sentence + " " + following):
            continue
        owner = " ".join(
            WORD.findall(sentence[: promise.start()])[-3:]
            + WORD.findall(sentence[promise.end() :])[:1]
        )
        if find(wording.we_subjects, owner) and not find(wording.readers_side, owner):
            continue  # "we promised", "chúng tôi đã hứa", "smo obljubili"
        found.append(sentence)
    return found


def _readers_doing(wording: Wording, clause: str) -> bool:
    """Whether ``clause`` opens with the reader as its subject ("you pushed…", "vous avez
    mis…", "anh đã khiến…", "ste spravili…"): its first two words hold the reader."""
    return bool(find(wording.reader, " ".join(WORD.findall(clause)[:2])))


def _shortfall_blamed(wording: Wording, sentence: str) -> bool:
    """A shortfall that is not ours handed on to an effort or a loss of ours: "The monthly
    files from your office came without the supplier receipts, so our bookkeepers rebuilt
    each ledger by hand" (something missing, never done or late, with no "we" or "our"
    before it, then "so" / "which" / "si bien que" / "nên" / "zato" and our people paying
    for it). "Our team was never large enough, so we had to…" is our own shortfall."""
    for start, end in _spans(wording.consequences, sentence):
        cause, effect = sentence[:start], sentence[end:]
        short = _pattern(wording.shortfalls).search(cause)
        if short is None:
            continue
        owner = cause[: short.start()]
        # "Les pièces de votre bureau nous arrivaient sans…": the reader's, though "nous"
        if find(wording.first_person, owner) and not find(wording.readers_side, owner):
            continue
        if find(wording.first_person, effect) and (
            find(wording.losses, effect) or find(wording.harms, effect)
        ):
            return True
    return False


# A Vietnamese writer calls themselves by a kinship word ("Em cảm ơn chị…", "Chị cảm ơn
# em…", "Em chào anh"), and the same words name the reader in another letter: "vì em không
# đủ người" is our own shortfall from an "em" writer, blame from a "chị" writer. The blame
# cues read every kinship word as the reader; the writer's own is read as "I" first
# (``parting.text.kinship``: the writer recognised as in client mail and by the sentence model).


def as_written_by_us(text: str, lang: str | None = "vi") -> str:
    """``text`` with a Vietnamese writer's own kinship word said as "tôi" / "tớ" / "mình"
    (the same length, so a quote found in the reading is the draft's words at the same
    place); the same word before a name ("chị Diệp") is someone else and stays."""
    if lang != "vi":
        return text
    return kinship.as_i(text, kinship.writer_word([text]), keep_length=True)


def _blame(wording: Wording, text: str, lang: str | None = None) -> list[str]:
    """Blame in ``text`` (``_blame_read``), a Vietnamese letter read with its writer's own
    kinship word as "I" (``as_written_by_us``); quotes the draft's own words."""
    read = as_written_by_us(text, lang)
    if read == text:
        return _blame_read(wording, text, lang)
    quoted = []
    for quote in _blame_read(wording, read, lang):
        start = read.find(quote)
        quoted.append(text[start : start + len(quote)] if start >= 0 else quote)
    return quoted


def _blame_read(wording: Wording, text: str, lang: str | None = None) -> list[str]:
    """Judgement and blame words (the cue lists), less those that only give the reason for
    thanks ("hvala, ker ste nas opozorili na zamujene dostave"), and blame said as cause
    and effect, as a question, a lecture, sarcasm, or a wish about the past with how seldom
    it came true ("It would have been nice to get a reply once in a while")."""
    found = []
    for match in _pattern(wording.attacks).finditer(text):
        opening = max(text.rfind(mark, 0, match.start()) for mark in ".!?;\n") + 1
        sentence = text[opening : match.end()]
        start = match.start() - opening
        if find(wording.cause_marks, match.group(0)[:12]) and _after_thanks(
            sentence, _spans(wording.thanks, sentence), start
        ):
            continue
        if find(wording.exonerations, match.group(0)):
            continue  # "our mistake, not anything on your side" clears the reader
        if _praised(wording, text, match):
            continue  # "báo cáo của anh lúc nào cũng gọn gàng": always tidy is a compliment
        closing = min((i for m in ".!?;\n" if (i := text.find(m, match.end())) >= 0), default=None)
        if find(wording.conduct_acts, match.group(0)) and _names_conduct(
            wording, text[opening:closing]
        ):
            continue  # "On 4 March you shouted at our coordinator": the behaviour named
        if _dated_reminders(wording, text, match):
            continue  # "despite our reminders of 4 and 18 March": what was asked, and when
        if wording.invitations and _pattern(wording.invitations).match(text, match.start()):
            continue  # "chị cứ giữ lại nhé": go ahead and keep them
        if _ceased(wording, text[match.start() : closing]):
            continue  # "Because you don't open on Saturdays any more": a change, no failing
        if _failing_denied(wording, text[opening:closing], match, opening):
            continue  # "Nikoli niste zamudili s plačilom": a failing denied is praise
        if (
            lang is not None
            and find(wording.last_times, match.group(0))
            and _last_dated(wording, text[opening:closing], lang)
        ):
            continue  # "we will come for the last time on 29 August": the last occasion
        head = WORD.findall(sentence[:start])
        if (
            2 <= len(head) <= 3
            and find(wording.first_person, head[0])
            and not find(wording.thanks, match.group(0))
        ):
            continue  # "Notre livreur refuse désormais de venir chez vous": our driver refuses
        found.append(match.group(0))
    return (
        found
        + _credited_burdens(wording, text)
        + _kind_of_person(wording, text)
        + _blamed_causes(wording, text)
        + _rhetorical_questions(wording, text)
        + _advice(wording, text)
        + _lessons_learned(wording, text)
        + _rhythm_imposed(wording, text)
        + _counterfactual_blame(wording, text)
        + _duties_denied(wording, text)
        + _broken_promises(wording, text)
        + [
            sentence
            for sentence in _sentences(text)
            if find(wording.wishes, sentence) and find(wording.scarcity, sentence)
        ]
    )


def _dated_reminders(wording: Wording, text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a concession after our reminders followed by their dates or
    months ("despite our reminders of 4 March and 18 March", "malgré nos relances de juin",
    "dù em đã nhắc vào ngày 4/3", "kljub opominoma 4. in 18. marca"): an account of what
    was asked and when. "Despite our repeated reminders" gives no date."""
    if not (wording.reminders and find(wording.reminders, match.group(0))):
        return False
    after = re.split(r"[,.!?;:\n]", text[match.end() :], maxsplit=1)[0]
    following = " ".join(after.split()[:6])
    return bool(re.search(r"\d", following) or find((wording.months,), following))


def _thanks(wording: Wording, text: str, parting: bool = False) -> list[str]:
    """Thanks for something real: not a formula that thanks the reader for accepting the
    news ("Thank you for your understanding", "Merci de votre compréhension", "Cảm ơn anh
    đã thông cảm", "Hvala za razumevanje") or for nothing yet ("Thanks in advance"), nor,
    in a parting letter (``parting``), for the letter itself ("Hvala za sporočilo", "Merci
    pour votre message"). Thanks that go on to something real count ("Thank you for six
    years of work and for your understanding")."""
    formulas = (*wording.formulas, *(wording.replies if parting else ()))
    found = []
    # the sign-off's "Thanks and kind regards", "Hvala in lep pozdrav" is a formula of its own
    text = _body(text)
    for match in _pattern(wording.thanks).finditer(text) if wording.thanks else ():
        closing = CLAUSE_END.search(text, match.end())
        rest = text[match.end() : closing.start() if closing else len(text)]
        if formulas and find(formulas, rest) and len(WORD.findall(rest)) <= 5:
            continue
        # "Thank you in advance for returning the keys", "Hvala, če nam boste vrnili ključe":
        # thanks for what has not been done, or only if it is
        opening = " ".join(text[match.end() : match.end() + 40].split()[:3])
        if wording.unearned and _pattern(wording.unearned).search(opening):
            continue
        # "Vnaprej se zahvaljujemo", "Par avance merci": announced before the word
        leading = " ".join(text[max(0, match.start() - 20) : match.start()].split()[-2:])
        if wording.unearned and _pattern(wording.unearned).search(leading):
            continue
        found.append(match.group(0))
    return found


def _praised(wording: Wording, text: str, match: re.Match[str]) -> bool:
    """Whether what the reader always did is praise: a praise word in the rest of the
    clause, with no negation in it ("anh lúc nào cũng gọn gàng", "tu étais toujours
    ponctuel", "vedno si bila točna"). "You always pay late" has none."""
    if not (wording.praise and find(wording.always, match.group(0))):
        return False  # "Congratulations on finally turning up on time" is no compliment
    clause = _clause_at(text, match.start(), match.end())
    rest = clause[clause.find(match.group(0)) :] if match.group(0) in clause else clause
    inside, _before = _negation(wording.negations)
    return bool(find(wording.praise, rest)) and not inside.search(rest)


def _rhetorical_questions(wording: Wording, text: str) -> list[str]:
    """A question that asks the reader nothing: one that sweeps over everyone or every time
    with no "we" offering something and nothing on what would suit or help them ("Why does
    every invoice need three phone calls?", "Có nhà vận tải nào chịu được … không?"), or one
    marked as rhetorical whoever it speaks of ("How is a designer supposed to…?", "Chẳng lẽ
    … sao?", "Était-il vraiment si compliqué de nous envoyer un plan signé ?"). "Would a
    handover meeting in the week of 10 March suit you?", "Could we meet…?" and "Is the
    report in the shared folder yet?" are real questions. Quotes the question."""
    if not wording.rhetorical_marks:
        return []
    found, position = [], 0
    for sentence in _sentences(text):
        start = text.find(sentence, position)
        position = start + len(sentence) if start >= 0 else position
        # "…des travaux ?": French puts a space before the mark
        if start < 0 or not text[position:].lstrip(" \u00a0\u202f").startswith("?"):
            continue
        if len(WORD.findall(sentence)) < 5:
            continue
        if find(wording.rhetorical_marks, sentence) or (
            find(wording.sweeping, sentence)
            and not (find(wording.first_person, sentence) or find(wording.proposals, sentence))
        ):
            found.append(sentence)
    return found


def _advice(wording: Wording, text: str) -> list[str]:
    """A lecture: how the reader should act with their next provider or next time, said
    with a norm and with no offer of ours in it ("Going forward, … it would be worth having
    one person on your side who actually decides", "Lần sau …, anh nên chốt bản vẽ trước
    khi khởi công", "Za naslednjega izvajalca vam svetujemo, da…"). A sentence that names a
    provider ("Priporočamo naslednje podjetje: …") or in which we do something besides
    advising is not one. Quotes the sentence."""
    if not wording.advice_frames:
        return []
    found = []
    for sentence in _sentences(text):
        norms = _spans(wording.advice_norms, sentence)
        if not norms or not find(wording.advice_frames, sentence):
            continue
        rest = "".join(
            sentence[end:start]
            for (_s, end), (start, _e) in zip(
                [(0, 0), *norms], [*norms, (len(sentence), 0)], strict=True
            )
        )
        named = any(
            len(run) >= 2 or index > 0 for index, run in _capitalised_runs(wording, sentence)
        )
        # "we will gladly send your next printer the specifications" is an offer; "make sure
        # someone is on site to let our crew in" is still a lecture
        offer = any(
            find(wording.first_person, rest[max(0, start - 25) : end])
            for start, end in _spans(wording.next_steps, rest)
        )
        if offer or named:
            continue
        found.append(sentence)
    return found


def _lessons_learned(wording: Wording, text: str) -> list[str]:
    """Sarcasm with no praise word: a lesson learned from the reader whose content is a
    count or a repetition ("It has been quite an education to discover how many ways a
    single invoice can be queried", "Ob vas se je naša ekipa naučila isto stvar predelati
    štirikrat"), or a pleasure in doing the same work over ("What a joy it has been to redo
    the same poster five times"). "We learned a great deal from you" states no lesson, "a
    pleasure to work with you for five years" redoes nothing. Quotes the sentence."""
    if not wording.learned:
        return []
    found = []
    for sentence in _sentences(text):
        lessons = [
            learned
            for learned in _pattern(wording.learned).finditer(sentence)
            # "moving into teaching…, so the shoot on 12 August…": a date is no count
            if find(wording.lesson_counts, _without_dates(wording, sentence[learned.end() :]))
        ]
        # "What a joy it has been to redo the same poster five times"
        redone = bool(wording.pleasures) and any(
            find(wording.reworks, sentence[pleasure.end() :])
            for pleasure in _pattern(wording.pleasures).finditer(sentence)
        )
        if lessons or redone:
            found.append(sentence)
    return found


def _rhythm_imposed(wording: Wording, text: str) -> list[str]:
    """The reader's habit told as our working rhythm: a sentence whose subject is not us
    and that puts our people at hours nobody is meant to work, with a habit or a repetition
    in it ("Copy that reached us on a Thursday night for a Friday send-out kept our editors
    at their desks until the small hours, week after week") or with such hours on the
    reader's side before us and again on ours ("Menus approved on a Friday evening for a
    Monday launch meant our chefs working through the weekend"). "Our team worked late
    nights on your launch" is our own account; thanks, an apology and an abuse letter
    naming what happened at night are not blame. Quotes the sentence."""
    if not wording.unsocial_hours:
        return []
    calm = (wording.thanks, wording.apologies, wording.respect, wording.topics.get("conduct", ()))
    found = []
    for sentence in _sentences(text):
        hours = _spans(wording.unsocial_hours, sentence)
        ours = _spans(wording.first_person, sentence)
        if not hours or not ours or len(WORD.findall(sentence[: ours[0][0]])) < 2:
            continue
        if any(find(cues, sentence) for cues in calm if cues):
            continue
        us = ours[0][0]
        around = any(end <= us for _s, end in hours) and any(start >= us for start, _e in hours)
        if around or find(wording.habits, sentence):
            found.append(sentence)
    return found


def _without_dates(wording: Wording, text: str) -> str:
    """``text`` with its dates blanked, in either order ("12 August", "August 12")."""
    return _date_pattern(wording.months, "en").sub(" ", text)


def _closed_channels(wording: Wording, text: str) -> list[str]:
    """A way of reaching us named as a thing and closed to the reader: "After that date our
    phone line and inbox will simply no longer be open to your company", "notre boîte mail
    … ne seront plus ouverts à votre société". A closing that concerns no reader ("the
    office is closed on 24 December") is a notice. Quotes the clause."""
    if not wording.channels:
        return []
    found = []
    for clause in re.split(r"[.!?;:\n]", text):
        if (
            find(wording.channels, clause)
            and find(wording.closures, clause)
            and find(wording.readers_side, clause)
            and not find(wording.not_refusals, clause)
        ):
            found.append(clause.strip())
    return found


def _closed_doors(wording: Wording, text: str) -> list[str]:
    """A way of reaching us refused in any words: a refusal or a futility a few words before
    a contact ("there is no point in writing or calling", "our staff have been told not to
    answer", "không cần viết thư hay gọi điện nữa", "nima smisla pisati"), unless it is
    "don't hesitate to call" or a condition ("if you do not reply…"); and messages that
    will be deleted or left unread. Quotes the words from the refusal to the contact."""
    found = find(wording.discards, text)
    for clause in re.split(r"[.!?;:\n]", text):
        for refusal in _pattern(wording.refusals).finditer(clause):
            head = clause[: refusal.start()]
            if find(wording.not_refusals, head):
                continue
            after = clause[refusal.end() :]
            contact = _pattern(wording.contact_acts).search(after)
            if contact is None or len(WORD.findall(after[: contact.start()])) > 4:
                continue
            if find(wording.not_refusals, after[: contact.end()]):
                continue
            found.append(clause[refusal.start() : refusal.end() + contact.end()])
    return found


def _reasons_in_sentences(wording: Wording, text: str, lang: str) -> list[str]:
    """Reasons given one sentence each between the thanks and the sentence that ends the
    work, when a later one adds to the first ("Our crew is also being moved…", "Ngân sách
    … cũng…", "And our designers…"). Quotes those sentences."""
    shortest = 6 if lang == "vi" else 4  # Vietnamese counts syllables
    block: list[str] = []
    sentences = iter(_sentences(text))
    for sentence in sentences:
        if len(sentence.split()) < shortest:
            continue  # the greeting, a signature
        # "so Lily's last lesson with me will be on 26 June" closes the reasoning too
        if ends_the_work(wording, sentence, lang):
            break
        if find(wording.thanks, sentence) or find(wording.announcements, sentence):
            block = []  # thanks, or "I have made a decision about our work together"
            continue
        if find(wording.alternatives, sentence) or _named_alternatives(wording, sentence):
            continue
        block.append(sentence)
    # reasons told after the decision ("We have decided not to renew… Our supplier has
    # doubled the price… The pump house has also become too cramped…") run until the
    # alternatives, the next steps, the thanks or a date
    after: list[str] = []
    for sentence in sentences if not block else ():
        if len(sentence.split()) < shortest:
            continue
        if (
            find(wording.thanks, sentence)
            or find(wording.alternatives, sentence)
            or _named_alternatives(wording, sentence)
            or _next_steps(wording, sentence, lang)
            or _dates(wording, sentence, lang)
            or ends_the_work(wording, sentence, lang)
        ):
            break
        after.append(sentence)
    if len(after) >= 2 and _added(wording, after, lang, text):
        return after
    # a reason told at length ("Un montant reste impayé… Au cours de l'année… Pour une
    # entreprise de notre taille, de tels retards…") is one reason: a later sentence must
    # add to the first for there to be two
    # ("Le prix du papier a augmenté de 30 %. L'encre coûte aussi plus cher." adds a fact to
    # one reason: every sentence of the block speaks of the same subject)
    if len(block) >= 2 and _added(wording, block, lang, text):
        return block
    # three reasons in three sentences with no joining word ("Our fee … has not covered the
    # hours… We are moving all our clients to a new platform… Our senior clerk retires in
    # the summer."): each opens a new subject, none points back at the one before ("This
    # shows…", "Điều đó cho thấy…", "To nam pove…") and none is a plan with its date
    standalone = [
        sentence
        for before, sentence in zip([None, *block], block, strict=False)
        if sentence[:1].isupper()
        # "Notre boulanger part à la retraite. … sans lui nous ne pouvons plus…": the
        # consequence of the reason before it, not another
        and not _continues(wording, sentence, before, lang, text)
        and not _dates(wording, sentence, lang)
        and not find(wording.back_references, " ".join(sentence.split()[:4]))
        # "Pour une entreprise de notre taille, de tels retards…": a kind named before
        and not find(wording.kind_references, sentence)
    ]
    if wording.back_references and len(standalone) >= 3:
        return standalone
    return []


def _added(wording: Wording, block: list[str], lang: str, text: str) -> bool:
    """Whether a later sentence of ``block`` adds a reason to the first ("The pump house
    has also become too cramped…"): it says so ("also", "aussi", "cũng", "tudi") without
    going on with the sentence before it, and the sentences are not all about one subject
    (money, time…)."""
    return any(
        find(wording.additions, _without_relatives(sentence))
        and not _continues(wording, sentence, before, lang, text)
        for before, sentence in itertools.pairwise(block)
    ) and not _one_subject(wording, block)


RELATIVE_CLAUSE = re.compile(r",\s*(\w+'?)[^,;:]*(?=[,;:]|$)")


def _without_relatives(sentence: str) -> str:
    """``sentence`` without its relative clauses: the "also" of "a team that is on call
    also at weekends" ("ekipo, ki je dosegljiva tudi ob koncih tedna") tells what the team
    must be, it adds no reason."""
    return RELATIVE_CLAUSE.sub(
        lambda m: "" if m.group(1).casefold() in RELATIVES else m.group(0), sentence
    )


def _one_subject(wording: Wording, sentences: list[str]) -> bool:
    """Whether every sentence names a subject (money, time…) and all name the same one: one
    reason told with its facts, however they are joined. A sentence that names none may be
    a reason of its own."""
    families: set[str] = set()
    for sentence in sentences:
        named = {topic for topic, cues in wording.topics.items() if find(cues, sentence)}
        if not named:
            return False
        families |= named
    return len(families) == 1


def _one_family(wording: Wording, text: str) -> bool:
    """Whether every cause in ``text`` gives a reason of the same family: "because the
    budget is small and because the fee has not changed since 2021" is one reason (money)
    said twice, so a count of reasons counts families, not the word "because". A cause
    whose words name no family counts as a reason of its own."""
    families: set[str] = set()
    spans = _spans(wording.causes, text)
    for (_start, end), (next_start, _end) in zip(spans, [*spans[1:], (len(text), 0)], strict=True):
        clause = SENTENCE_END.split(text[end:next_start], maxsplit=1)[0]
        named = {topic for topic, cues in wording.topics.items() if find(cues, clause)}
        if not named:
            return False
        families |= named
    return len(families) == 1


BULLET = re.compile(r"^[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]+(\S.*)$", re.MULTILINE)
RELATIVES = frozenset(
    [
        "which",
        "who",
        "that",
        "where",
        "whose",
        "qui",
        "que",
        "qu'",
        "dont",
        "où",
        "lequel",
        "laquelle",
        "mà",
        "nơi",
        "vốn",
        "ki",
        "kar",
        "kjer",
        "katere",
        "kateri",
        "katerega",
    ]
)


# Words that open a clause hanging on the one before it ("that", "da", "while", "trong
# khi"): it belongs to that clause, and is no reason of its own.
DEPENDENTS = frozenset(
    ("that", "while", "whereas", "que", "qu'", "tandis", "alors", "da", "medtem", "rằng", "trong")
)


def _greeting(line: str) -> bool:
    return line.rstrip().endswith(",") and len(line.split()) <= 6


def _capitalised_runs(wording: Wording, sentence: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words ("Kettle & Co"), each with the index of its first word."""
    runs: list[tuple[int, list[str]]] = []
    words = re.findall(r"[\w'’&-]+", sentence)
    for index, word in enumerate(words):
        capital = len(word) > 1 and word[0].isupper() and word.casefold() not in wording.not_names
        joins = word == "&" and runs and runs[-1][0] + len(runs[-1][1]) == index
        if capital or joins:
            if runs and runs[-1][0] + len(runs[-1][1]) == index:
                runs[-1][1].append(word)
            else:
                runs.append((index, [word]))
    return runs


def _camel(word: str) -> bool:
    """A capital inside a word ("LinguaBridge", "PixelPost"): a brand, never a sentence's
    first word."""
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def _body(text: str) -> str:
    """The letter without its greeting ("Dear Ms Harper,", "Zadeva: …") and its sign-off
    ("Warm regards,\nPriya Nair", "Lp, Dejan"): the lines at the end too short to be a
    sentence and not closed like one. The writer's name is not a provider offered."""
    lines = text.strip().splitlines()
    while lines and (_greeting(lines[0]) or lines[0].casefold().startswith(SUBJECTS)):
        lines = lines[1:]
    while (
        lines
        and len(lines[-1].split()) <= 5
        and not lines[-1].rstrip().endswith((".", "?", "!", ":", ";", ")"))
        and not BULLET.match(lines[-1])
    ):
        lines = lines[:-1]
    return "\n".join(lines)


# The subject line of an e-mail pasted above the greeting.
SUBJECTS = ("subject:", "re:", "objet :", "objet:", "tiêu đề:", "v/v:", "zadeva:")


# A firm's legal form after its name ("Selimo d.o.o.", "Harland Ltd", "Công ty TNHH"): the
# word before it is a name, even alone at the head of a sentence.
LEGAL_FORM = (
    r",?\s+(?:d\.\s?o\.\s?o\.|s\.\s?p\.|d\.\s?d\.|k\.\s?d\.|Ltd\b|LLC\b|Inc\b|GmbH\b|SARL\b"
    r"|SAS\b)"
)


def _named_alternatives(wording: Wording, text: str) -> list[str]:
    """Company names offered as somewhere to go. A name is two capitalised words, or one
    that does not open the sentence and is not an acronym ("IT"); a word that opens a
    sentence with no "we" or "I" (and no thanks) in it names a third party too. A
    sentence offers them when it names two, or names one and suggests it. The greeting
    and the sign-off name the reader and the writer, never a provider, and a gesture
    ("Vous trouverez sans peine quelqu'un") names no one."""
    found = []
    greeted = set(re.findall(r"\w+", text.strip().splitlines()[0])) if text.strip() else set()
    for sentence in _sentences(_body(text)):
        if find(wording.gestures, sentence):
            continue
        suggests = bool(find(wording.suggesting, sentence))
        if not suggests and find(wording.thanks, sentence):
            # what the thanks are for names the reader's people and our past work ("cho em
            # dạy kèm bé Na môn Toán", "for letting me teach Maya and Tom"), no one to go to
            continue
        # "Vous trouverez…": the reader opening a sentence is not a third party; "Anh Sáu
        # sửa xe…" is: a title with a name the greeting does not give is someone else
        opener = _pattern(wording.reader).match(sentence) if wording.reader else None
        if opener:
            named = re.match(r"\s+([^\W\d_][\w'-]*)", sentence[opener.end() :])
            if (
                named
                and named.group(1)[0].isupper()
                and named.group(1) not in greeted
                and not find(wording.ours, sentence)  # "Chị Mai ở văn phòng bên em": ours
            ):
                opener = None
        third_party = not find((*wording.first_person, *wording.thanks), sentence) and not opener
        runs = _capitalised_runs(wording, sentence)
        # a name that cannot be a word opening the sentence ("Kettle & Co", "try Brightline",
        # "LinguaBridge")
        sure = [
            len(run) >= 2
            or (index > 0 and not run[0].isupper())
            or _camel(run[0])
            or bool(re.search(re.escape(run[-1]) + LEGAL_FORM, sentence))
            for index, run in runs
        ]
        names = [
            " ".join(run)
            for (index, run), named in zip(runs, sure, strict=True)
            if named or (index == 0 and third_party)
        ]
        # "Olive & Thyme cater events of your size": a sentence about the reader offers it
        speaks_of_reader = third_party and any(sure) and bool(find(wording.reader, sentence))
        # "LinguaBridge translate marketing copy…": a sentence about a firm, not us, that
        # opens with its name describes somewhere to go
        # (or a clause: "Če boste potrebovali mizarje, Mizarstvo Hrastovec dela za trgovce")
        opens_with_name = third_party and any(
            named and re.search(r"(?:^|,\s*)" + re.escape(" ".join(run)), sentence)
            for (_index, run), named in zip(runs, sure, strict=True)
        )
        if len(names) >= 2 or (names and suggests) or speaks_of_reader or opens_with_name:
            found.extend(names)
    return found


def _offered(wording: Wording, text: str) -> list[str]:
    """Someone other than us offered as people usually offer them: a person named with
    their trade or their tie to the writer ("Hannah Pryce, a bookkeeper I trained with,
    … has agreed to take on …", "Chị Hà, một kế toán tôi từng làm cùng, … đã đồng ý
    nhận …"), or a provider described by what they do ("A landscaper who builds as well
    as plants can take the whole project on", "Vrtnar, ki tudi gradi, bo lahko prevzel
    …"). Either is offered only when the rest of the sentence says what they can or will
    do; the introduction of one of ours ("Keith Barnes, our service manager") is no one
    to go to, and a gesture ("there are plenty of good electricians") points nowhere."""
    if not wording.able:
        return []
    found = []
    able = _pattern(wording.able)
    introduced = re.compile(r"\s*,\s*(?:" + "|".join(wording.introductions) + r")", re.I)
    clause_end = re.compile(r"[,;:]|$")
    for sentence in _sentences(_body(text)):
        if find(wording.gestures, sentence):
            continue
        for _index, run in _capitalised_runs(wording, sentence):
            name = " ".join(run)
            start = sentence.find(name)
            if start < 0:
                continue
            apposition = introduced.match(sentence, start + len(name))
            if not apposition:
                continue
            # the words that introduce them, up to the next comma: "a bookkeeper I trained
            # with" (theirs) or "a manager in our office" (ours)
            rest = sentence[apposition.end() :]
            intro = rest[: clause_end.search(rest).start()]  # type: ignore[union-attr]
            if not find(wording.ours, intro) and able.search(rest):
                found.append(name)
        for match in _pattern(wording.described).finditer(sentence):
            if able.search(sentence, match.end()):
                found.append(match.group(0))
    return found


# A web or e-mail address ("www.northstar.example", "orders@millhouse.example",
# "zeleni-vrtovi.si").
ADDRESS = re.compile(
    r"(?:https?://|www\.)[\w./-]*\w|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@.-])[\w-]+\.(?:com|net|org|fr|si|vn|uk|co\.uk|de|eu|io|example)(?![\w.-]*\w)",
    re.IGNORECASE,
)


def _addresses(wording: Wording, text: str) -> list[str]:
    """Web and e-mail addresses of a third party: in a sentence that is not about us, or
    right after a name ("Greenway Estates (greenway-estates.co.uk)")."""
    found = []
    for sentence in _sentences(text):
        ours = bool(find(wording.first_person, sentence))
        for match in ADDRESS.finditer(sentence):
            before = sentence[: match.start()].rstrip()
            name = before[:-1].split()[-1:] if before.endswith("(") else []
            if not ours or (name and name[0][:1].isupper()):
                found.append(match.group(0))
    return found


def _alternatives(wording: Wording, text: str) -> list[str]:
    """A provider named, its address, or one described ("a studio that works with
    healthcare would serve you better"). A gesture is not one: a sentence that leaves the
    search to the reader with no one in it ("I'm sure you'll have no trouble finding
    someone great to take over", "Les excellents traiteurs ne manquent pas en ville")
    points nowhere, whatever words of taking over it uses."""
    described = [
        cue
        for sentence in _sentences(text)
        if not find(wording.gestures, sentence)
        for cue in find(wording.alternatives, sentence)
    ]
    return (
        described
        or _named_alternatives(wording, text)
        or _offered(wording, text)
        or _addresses(wording, text)
    )


def without_diacritics(text: str) -> str:
    """``text`` with every letter stripped of its accents, one letter for one ("việc" ->
    "viec", "đ" -> "d"), so positions in it are positions in ``text`` (NFC)."""
    stripped = (unicodedata.normalize("NFD", c)[0] for c in text)
    return "".join(stripped).replace("đ", "d").replace("Đ", "D")


def _bare_cues(value: Any) -> Any:
    if isinstance(value, str):
        return without_diacritics(unicodedata.normalize("NFC", value))
    if isinstance(value, tuple):
        return tuple(_bare_cues(v) for v in value)
    if isinstance(value, frozenset):
        return frozenset(_bare_cues(v) for v in value)
    return {k: _bare_cues(v) for k, v in value.items()}


@cache
def bare(lang: str) -> Wording:
    """The cue lists of ``lang`` without diacritics, for a draft typed without them; the
    examples stay as written."""
    wording = WORDINGS[lang]
    fields = {
        name: _bare_cues(getattr(wording, name))
        for name in wording.__dataclass_fields__
        if name != "examples"
    }
    return replace(wording, **fields)


def _ended_on_a_date(wording: Wording, text: str, lang: str) -> list[str]:
    """An ending verb in any person and tense with the day the work ends in its sentence
    ("We will therefore finish our maintenance on 31 August", "Zato bomo vzdrževanje
    končali 31. avgusta"): a farewell whatever the work is called. A date that something
    is due by ("we will finish the handover by 20 May") and a denied ending ("we will not
    stop") do not end the work."""
    _inside, before = _negation(wording.negations)
    due = _due(wording.deadline)
    found = []
    for sentence in _sentences(text):
        dates = [
            date
            for date in _date_pattern(wording.months, lang).finditer(sentence)
            if not due.search(sentence[max(0, date.start() - 30) : date.start()])
        ]
        if dates:
            found += _endings_not_denied(wording, sentence, before)
    return found


def _endings_not_denied(wording: Wording, sentence: str, before: re.Pattern[str]) -> list[str]:
    """The ending verbs of ``sentence`` with no negation in the 40 characters before them."""
    return [
        match.group(0)
        for match in _pattern(wording.ending_verbs).finditer(sentence)
        if not before.search(sentence[max(0, match.start() - 40) : match.start()])
    ]


def ends_the_work(wording: Wording, sentence: str, lang: str) -> list[str]:
    """The words by which ``sentence`` ends the work, if it does: a farewell ("we have
    decided to part ways"), an ending verb with the day the work ends ("we will finish our
    maintenance on 31 August"), the last occasion of the work with its day ("Zadnji obisk bo
    15. oktobra"), what we will no longer do with the day it stops ("après le 9 mai, nous
    n'accorderons plus…") or an ending of ours said without a day ("je vais bientôt arrêter").
    Every rule that asks whether a sentence or a clause ends the work asks this one
    question: whether the letter parts with the reader, where its reasoning stops, what
    stands before a list of reasons, and whether a future only says goodbye."""
    return (
        find(wording.parting, sentence)
        or _ended_on_a_date(wording, sentence, lang)
        or _last_dated(wording, sentence, lang)
        or _ended_soon(wording, sentence)
        or _stopped_on_a_date(wording, sentence, lang)
    )


def _undue_date(wording: Wording, sentence: str, lang: str) -> bool:
    """Whether ``sentence`` holds a date that nothing is due by ("on 30 June", not "by 20
    June")."""
    due = _due(wording.deadline)
    return any(
        not due.search(sentence[max(0, date.start() - 30) : date.start()])
        for date in _date_pattern(wording.months, lang).finditer(sentence)
    )


def _stopped_on_a_date(wording: Wording, sentence: str, lang: str) -> list[str]:
    """What we will no longer do, with the day it stops ("novih del po 30. septembru pa ne
    bomo več sprejemali", "after 30 September we will no longer take bookings")."""
    if not wording.no_longer or not _undue_date(wording, sentence, lang):
        return []
    return find(wording.no_longer, sentence)


def _last_dated(wording: Wording, sentence: str, lang: str) -> list[str]:
    """The last occasion of the work with its day and a verb of being in the present or
    the future ("the last collection from Harbour View will be on 29 March", "buổi dạy
    cuối của em với bé sẽ là ngày 30 tháng 7", "bo fotografiranje 12. avgusta moje zadnje
    delo zate"), or the last time said as an adverb of any verb ("bom zadnjič prišla v
    petek, 30. oktobra", "I'll call for the last time on 2 May"). A date something is due by
    ("the final invoice by 23 December"), the reader's last ("your last order of 5 May
    is…") and a past are not an end of ours."""
    if not _undue_date(wording, sentence, lang):
        return []
    if wording.last_times and find(wording.last_times, sentence):
        return find(wording.last_times, sentence)  # "bom zadnjič prišla v petek, 30. oktobra"
    if not (wording.lasts and wording.being) or not _pattern(wording.being).search(sentence):
        return []
    return [
        last.group(0)
        for last in _pattern(wording.lasts).finditer(sentence)
        if not find(wording.reader, " ".join(sentence[: last.start()].split()[-2:]))
    ]


def is_parting_letter(text: str, lang: str) -> bool:
    """Whether the letter ends the work: a sentence that does (``ends_the_work``: a
    farewell, an ending with its day, the last occasion with its day, an ending of ours
    said without one: "we will be winding down our visits to you shortly", "je vais
    bientôt arrêter"), other providers named for the reader to go to ("BrightSpace
    Cleaning and Ashford Facilities both do evening work for clinics nearby") or someone
    who will take the work over ("quelqu'un pour prendre le relais"): a letter that keeps
    the client sends them to no one else."""
    text = unicodedata.normalize("NFC", text.replace("’", "'"))
    wording = bare(lang) if without_diacritics(text) == text else WORDINGS[lang]
    return bool(
        any(ends_the_work(wording, sentence, lang) for sentence in _sentences(text))
        or _providers_named(wording, text)
        or find(wording.successors, text)
    )


def _ended_soon(wording: Wording, text: str) -> list[str]:
    """An ending verb of ours, not denied, with a time ahead that is no day ("soon",
    "shortly", "bientôt", "sớm", "kmalu") in its sentence: the work ends, its last day
    is not given."""
    if not wording.soon:
        return []
    _inside, before = _negation(wording.negations)
    found = []
    for sentence in _sentences(text):
        if find(wording.soon, sentence) and find(wording.first_person, sentence):
            found += _endings_not_denied(wording, sentence, before)
    return found


def _providers_named(wording: Wording, text: str) -> bool:
    """Whether a sentence of the letter's body names other firms for the reader: two
    names that cannot be ordinary words ("Pixel Orchard and Mayfield Web"), or one such
    name in a sentence that speaks of the reader and not of us ("Evergreen Grounds has a
    larger crew and works in your area")."""
    for sentence in _sentences(_body(text)):
        runs = _capitalised_runs(wording, sentence)
        sure = [
            " ".join(run)
            for index, run in runs
            if len(run) >= 2 or (index > 0 and not run[0].isupper()) or _camel(run[0])
        ]
        ours = find((*wording.first_person, *wording.thanks), sentence)
        if len(sure) >= 2 or (sure and not ours and find(wording.reader, sentence)):
            return True
    return False


def check_letter(
    text: str,
    lang: str | None = None,
    sign: str | None = None,
    kind: str | None = None,
    config: Config | None = None,
    meaning: bool = True,
) -> list[Finding]:
    """Every problem in the draft ``text``; an empty list means it is ready to send.

    ``lang`` is guessed when not given; ``sign == "abuse"`` (or a letter that names a
    behaviour) needs no alternatives; ``kind`` is guessed from the words when not given.
    With ``meaning`` (and the ``model`` extra installed), the sentence model
    (``parting.playbook.meaning``) adds blame and closed doors the patterns missed,
    quoting the sentence.

    >>> [f.rule for f in check_letter("YOU ALWAYS miss deadlines!!!", "en")][:2]
    ['blame', 'thanks']
    """
    # typographic apostrophes match the cue lists too; Vietnamese typed with combining
    # marks (NFD) reads as the precomposed words of the lists
    quotable = text.replace("’", "'")
    text = unicodedata.normalize("NFC", quotable)
    lang = lang if lang in WORDINGS else guess_language(text)
    wording, config = WORDINGS[lang], config or Config()
    if without_diacritics(text) == text:  # typed without accents: "de nghi anh dung goi"
        wording = bare(lang)
    parting = kind in PARTING_KINDS if kind else is_parting_letter(text, lang)
    abusive = sign == "abuse" or (sign is None and bool(find(wording.respect, text)))
    # (rule, applies to this letter, the words found, the words must be present)
    checks: list[tuple[str, bool, Callable[[], list[str]], bool]] = [
        ("blame", True, lambda: _blame(wording, text, lang), False),
        (
            "reasons",
            parting,
            # the greeting and the sign-off give no reason: "Draga Sonja," is no price,
            # "Cher Monsieur," no cost
            lambda: (
                _reasons(wording, _body(text), lang)
                or _reasons_in_sentences(wording, _body(text), lang)
            ),
            False,
        ),
        (
            "slammed_door",
            True,
            lambda: (
                find(wording.slammed_door, text)
                or _closed_doors(wording, text)
                or _closed_channels(wording, text)
            ),
            False,
        ),
        ("thanks", True, lambda: _thanks(wording, text, parting and not abusive), True),
        ("next_steps", True, lambda: _next_steps(wording, text, lang), True),
        ("end_date", parting, lambda: _end_dates(wording, text, lang), True),
        ("alternatives", parting and not abusive, lambda: _alternatives(wording, text), True),
        ("shouting", True, lambda: _shouting(text), False),
        ("length", True, lambda: _length(text, lang, config), False),
    ]
    from parting.text.written import one_per_span  # loads the message reader: not at import

    findings = []
    read_by_model = _meaning(text, quotable, lang) if meaning else {}
    for rule, applies, words, required in checks:
        if not applies:
            continue
        found = words() or read_by_model.get(rule, [])
        if required and not found:
            findings.append(Finding(rule, [], wording.examples.get(rule, "")))
        elif not required and found:
            # Each stretch of the draft quoted once, as its longest covering quote.
            quoted = one_per_span(text, found)
            findings.append(Finding(rule, quoted, wording.examples.get(rule, "")))
    return findings


def _meaning(text: str, quotable: str, lang: str) -> dict[str, list[str]]:
    """The sentence model's findings (none without the ``model`` extra), each a sentence
    quoted as the draft has it."""
    from parting.playbook.meaning import sentence_findings, writer

    sentences = whole_sentences(text, quotable)
    found = sentence_findings(sentences, lang)
    word = writer(sentences, lang)
    owned = [
        s
        for s in found.get("blame", ())
        if lays_no_blame(s, lang, word) or praised_by_denial(kinship.as_i(s, word), lang)
    ]
    if owned:
        found["blame"] = [s for s in found["blame"] if s not in owned]
        if not found["blame"]:
            del found["blame"]
    return found


def lays_no_blame(sentence: str, lang: str, writer: str | None = None) -> bool:
    """Whether a sentence the sentence model reads as blame owns the fault (``apologises``,
    read with a Vietnamese ``writer``'s own kinship word as "I": "Em thật lòng xin lỗi chị
    vì bên em giao trễ") or names, with its day, what the reader did (``names_conduct``)."""
    return apologises(kinship.as_i(sentence, writer), lang) or names_conduct(sentence, lang)


def apologises(sentence: str, lang: str) -> bool:
    """Whether we apologise in ``sentence``: it owns the fault ("Vì bếp thiếu người, hai đơn
    cơm trưa của chị đã bị giao trễ, và chúng tôi thành thật xin lỗi"). The model reads the
    harm to the reader in it as blame; the cause-and-effect rule (_blamed_causes) does not."""
    wording = WORDINGS[lang]
    return bool(find(wording.apologies, sentence) and find(wording.first_person, sentence))


def _names_conduct(wording: Wording, sentence: str) -> bool:
    return bool(
        find(wording.conduct_acts, sentence)
        and (re.search(r"\d", sentence) or find((wording.months,), sentence))
    )


def names_conduct(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` names, with its day, what the reader did to our people ("On 4
    March you shouted at our coordinator and called her useless", "Le 4 mars, vous avez crié
    sur notre coordinatrice", "Četrtega marca ste po telefonu kričali na našo koordinatorko"):
    the calm naming of behaviour an abuse letter must hold (DOMAIN), no judgement of the
    reader. A reproach of conduct gives no day ("you always shouted at our staff")."""
    return _names_conduct(WORDINGS[lang], sentence)


def whole_sentences(text: str, quotable: str | None = None) -> list[str]:
    """The sentences of ``text`` with their closing marks ("Do not call us again."), as
    the sentence model reads them; only those found verbatim in ``quotable`` (the draft
    as written), so a finding can quote them."""
    quotable = text if quotable is None else quotable
    found = []
    for sentence in _sentences(text):
        start = quotable.find(sentence)
        if start < 0:
            continue
        end = start + len(sentence)
        while end < len(quotable) and quotable[end] in ".!?…":
            end += 1
        found.append(quotable[start:end])
    return found
