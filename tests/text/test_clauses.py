"""Which clause a negation governs: a hateful word is denied only by a negation in its own
clause, read with the punctuation the patterns cannot see; and the model's second opinion
vetoes a hit whose every hateful word is denied."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from parting.text import clauses, embed, veto
from parting.text.veto import Head


@pytest.mark.parametrize(
    ("text", "words", "language"),
    [
        ("I have zero hatred for Muslims.", ["hatred"], "en"),
        ("It has never crossed my mind that refugees are parasites.", ["parasites"], "en"),
        ("Trans people are not, in any shape or form, disgusting.", ["disgusting"], "en"),
        ("Far be it from me to call women stupid.", ["stupid"], "en"),
        ("Immigrants? Scum? Absolutely not.", ["scum"], "en"),
        ("Je n'ai aucune raison de mépriser les femmes.", ["mepris"], "fr"),
        ("Les trans ne sont, en aucune façon, dégoûtants.", ["degoutants"], "fr"),
        ("Les immigrés ? De la vermine ? Certainement pas.", ["vermine"], "fr"),
        # A reported clause stays in the scope of the negation that reports it, and an
        # order is no question.
        ("I don't think they are disgusting, honestly.", ["disgusting"], "en"),
        ("Women isnt stupid, the course was.", ["stupid"], "en"),  # typed without "'"
        ("I cannot hate gay people.", ["hate"], "en"),
        ("Don't ever say women are stupid.", ["stupid"], "en"),
    ],
)
def test_a_negation_denies_the_hateful_word_of_its_own_clause(
    text: str, words: list[str], language: str
) -> None:
    assert clauses.denied(text, words, language)


@pytest.mark.parametrize(
    ("text", "words", "language"),
    [
        # Another clause asserts it: after a comma, a conjunction or a new subject.
        ("Women are not capable of leading, they are stupid.", ["stupid"], "en"),
        ("I don't care what anyone says, gay people are disgusting.", ["disgusting"], "en"),
        ("Immigrants are not welcome but they are parasites", ["parasites"], "en"),
        ("Immigrants are not welcome they are parasites", ["parasites"], "en"),
        ("Je ne veux plus d'immigrés ici, ce sont des parasites.", ["parasites"], "fr"),
        # One asserted clause is enough, even beside a denied one.
        ("I don't hate women. Women are scum.", ["hate", "scum"], "en"),
        # A negation that excludes, asks, compares or sets a condition asserts.
        ("Never trust Muslims who are dangerous", ["dangerous"], "en"),
        ("I can't stand gay people", ["stand"], "en"),
        ("Je ne peux vraiment pas supporter les femmes comme vous.", ["supporter"], "fr"),
        ("Is it not obvious that I hate women?", ["hate"], "en"),
        ("Isn't it obvious that women are stupid", ["stupid"], "en"),
        ("How is it not clear to you all that women are garbage.", ["garbage"], "en"),
        ("N'est-il pas évident que je déteste les femmes", ["deteste"], "fr"),
        ("No one else is as filthy as these women.", ["filthy"], "en"),
        ("Il n'y a vraiment rien de plus horrible que votre espèce.", ["horrible"], "fr"),
        ("Vous les femmes n'êtes rien d'autre que des ordures.", ["ordures"], "fr"),
        ("I'd be okay with women if they weren't such scumbags.", ["scumbags"], "en"),
        # Words whose negation is the hate, and hateful phrases that hold their negation.
        ("I would never lift a finger to save a woman's life.", ["lift a finger"], "en"),
        ("Je n'ai aucune compassion pour les trans.", ["compassion"], "fr"),
        ("Les femmes n'ont rien à faire dans ce pays.", ["rien a faire"], "fr"),
        # A name spelt out is no "don't": "t r a n s".
        ("T r a n s people are disgusting.", ["disgusting"], "en"),
    ],
)
def test_a_hateful_word_outside_a_denying_clause_stands(
    text: str, words: list[str], language: str
) -> None:
    assert not clauses.denied(text, words, language)


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # A question answered by a reply that denies, whatever follows the reply.
        ("Are trans people freaks? No, they're not.", ["freaks"], True),
        ("Are women stupid? No, and they never were.", ["stupid"], True),
        ("Women stupid? Not in the slightest.", ["stupid"], True),
        ("Immigrants, criminals? Not a chance.", ["criminals"], True),
        ("Muslims violent? Nonsense.", ["violent"], True),
        ("Disabled people a burden? Not in my experience.", ["burden"], True),
        ("Why would anyone think women are stupid? They aren't.", ["stupid"], True),
        ("Do I think women are inferior? Absolutely not, never have.", ["inferior"], True),
        ("Des femmes incapables ? Pas chez nous.", ["incapables"], True),
        # A reply that grants a part, is no answer, or agrees further on denies nothing;
        # nor does a reply to another question, or to a comparison.
        ("Are Muslims dangerous? Not all of them.", ["dangerous"], False),
        ("Why are women so stupid? No idea.", ["stupid"], False),
        ("Are Muslims dangerous? No doubt.", ["dangerous"], False),
        ("Are immigrants parasites? No, that's exactly what they are.", ["parasites"], False),
        ("Women are stupid? Yes. Are immigrants better? No.", ["stupid"], False),
        ("Is there anything worse than gay people? No.", ["worse"], False),
        # The hateful word said not to fit: the subject of a negated verb of being.
        ("Vermin is not how I would describe refugees.", ["vermin"], True),
        ("Trash isn't what disabled people are.", ["trash"], True),
        ("Filth is the last word I'd use for gay people.", ["filth"], True),
        ("Parasite n'est pas un mot qu'on emploie pour les réfugiés.", ["parasite"], True),
        ("Stupid is not even the word for women.", ["stupid"], False),
        ("Dumb is not strong enough for these immigrants.", ["dumb"], False),
        ("Worthless is what disabled people are.", ["worthless"], False),
        # Disowned by the writer right after it is said.
        ("Women are inferior - I don't believe that for a second.", ["inferior"], True),
        ("Refugees are parasites. We don't buy it.", ["parasites"], True),
        ("Immigrants are criminals? I don't think so.", ["criminals"], True),
        ("Les immigrés sont des criminels ? Je n'y crois pas une seconde.", ["criminels"], True),
        ("Trans people are freaks, I don't care what you say.", ["freaks"], False),
        ("Women are useless. I don't think so, I know so.", ["useless"], False),
    ],
)
def test_a_negation_after_the_hateful_word_denies_it_when_it_governs_it(
    text: str, words: list[str], denied: bool
) -> None:
    french = ("Des ", "Parasite ", "Les ")
    assert clauses.denied(text, words, "fr" if text.startswith(french) else "en") is denied


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # A question asking who would ever feel the hate says nobody would.
        ("Why would I hate Muslims?", ["hate"], True),
        ("Who could ever hate trans people?", ["hate"], True),
        ("What's there to hate about gay people?", ["hate"], True),
        ("Hating Muslims? Why would I?", ["hating"], True),
        ("As if I would ever hate women.", ["hate"], True),
        # A verdict said before the statement calls it false.
        ("It's ridiculous to say immigrants are vermin.", ["vermin"], True),
        ("It is absurd to think that women are inferior.", ["inferior"], True),
        # Turned round by a negation, answered with hate, or no verb of feeling: stands.
        ("Why shouldn't I hate Muslims?", ["hate"], False),
        ("Who wouldn't hate gay people?", ["hate"], False),
        ("Why would I hate women? I despise them.", ["hate", "despise"], False),
        ("Why would anyone kill immigrants when deporting them is cheaper?", ["kill"], False),
        ("Why are Muslims so disgusting?", ["disgusting"], False),
        ("It's not wrong to say immigrants are vermin.", ["vermin"], False),
    ],
)
def test_a_question_asking_who_would_hate_denies_the_hate(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # Hate or harm people are kept from is denied; a name for people is not.
        ("Women deserve to live free from violence and hatred.", ["hatred"], True),
        ("Our shop is a safe place for trans people, free of hate.", ["hate"], True),
        ("Women deserve a life without abuse or contempt.", ["contempt"], True),
        ("I want a town free of these parasites.", ["parasites"], False),
        ("Our street would be better without these vermin.", ["vermin"], False),
    ],
)
def test_hate_people_are_kept_from_is_denied(text: str, words: list[str], denied: bool) -> None:
    assert clauses.denied(text, words, "en") is denied


def test_only_the_languages_with_a_grammar_are_read() -> None:
    assert not clauses.denied("Priseljenci niso paraziti.", ["paraziti"], "sl")
    assert not clauses.denied("Women are not scum.", ["scum"], None)
    assert not clauses.denied("Women are not scum.", [], "en")  # nothing found to deny


def test_a_slur_is_never_read_as_denied_and_only_english_is_vetoed_so() -> None:
    assert veto.denied_in_clause("Trans people are not, in any shape or form, disgusting.", "en")
    assert not veto.denied_in_clause("You are not, in any way, a faggot.", "en")
    # French: the clauses are read, but held-out HateCheck lost hateful cases to the veto.
    assert clauses.denied("Les trans ne sont, en aucune façon, dégoûtants.", ["degoutants"], "fr")
    assert not veto.denied_in_clause("Les trans ne sont, en aucune façon, dégoûtants.", "fr")


class SureModel:
    """Every text reads as very abusive: only the clause can veto."""

    def passage(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), embed.DIMENSIONS), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def test_the_second_opinion_vetoes_a_hit_whose_every_hateful_word_is_denied(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embed, "_model", lambda: SureModel())
    monkeypatch.setattr(embed, "available", lambda: True)
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = 5.0
    head = Head(weights, 0.0, {"en": 0.5})
    texts = [
        "Trans people are not, in any shape or form, disgusting.",
        "Trans people are not normal, they are disgusting.",
    ]
    verdicts = veto.second_opinion(texts, ["en", "en"], embed.Embedder(tmp_path), head)
    assert verdicts[0] is not None and verdicts[0].vetoed
    assert verdicts[1] is not None and not verdicts[1].vetoed


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # Judged false right after it is said: in its own clause, the next clause, or the
        # next sentence about "that".
        ("That immigrants are vermin is simply not true.", ["vermin"], True),
        ("Refugees are parasites, which is a lie.", ["parasites"], True),
        ("Gay people are disgusting? That is not true at all.", ["disgusting"], True),
        ("The idea that trans people are freaks is not one I share.", ["freaks"], True),
        ("Women are no good at business? That's nonsense.", ["no good"], True),
        # Judged true, or judged in words that are no verdict on its truth: it stands.
        ("Refugees are vermin, and that is not a lie.", ["vermin"], False),
        ("Immigrants are scum. That's a fact.", ["scum"], False),
        ("Black people are animals, that is not up for debate.", ["animals"], False),
        # A verdict on another statement, said after it, judges that one only.
        ("Women are scum, and it is not true that they can lead.", ["scum"], False),
    ],
)
def test_a_statement_judged_false_right_after_it_is_said_is_denied(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied


# Negation scope read as a family, not as phrases: whatever word carries the negation — the
# subject or determiner, a modal or adverb, a verb of belief or saying, a contrast, an
# obligation — the hateful word in its scope is denied; and the same words asserting
# (a denial denied, an exclusion) keep the hate.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The subject or the determiner carries it.
        ("None of my colleagues see refugees as a burden.", ["burden"]),
        ("None of us would say disabled people are worthless.", ["worthless"]),
        ("Neither I nor my wife think immigrants are worthless.", ["worthless"]),
        # A verb of belief, saying or judging carries it.
        ("It's simply not the case that women are worthless.", ["worthless"]),
        ("I fail to see how Muslims are dangerous.", ["dangerous"]),
        ("It would be wrong to hate gay people.", ["hate"]),
        ("It is cruel to call refugees vermin.", ["vermin"]),
        # A negated permission, wish or tolerance of a saying or a harm.
        ("Don't ever let anyone tell you trans people are scum.", ["scum"]),
        ("We won't stand for anyone treating Jews like vermin.", ["vermin"]),
        ("I never wanted to imply that women are stupid.", ["stupid"]),
        ("I don't want black people to be hated.", ["hated"]),
        ("I'd never want refugees to feel like a burden.", ["burden"]),
        ("I don't like hearing immigrants called parasites.", ["parasites"]),
        # A contrast sets the hateful word aside.
        ("Trans people deserve respect rather than hatred.", ["hatred"]),
        ("Refugees should be welcomed rather than hated.", ["hated"]),
        ("Honestly, they are the least dangerous people I know.", ["dangerous"]),
        ("It's not like Muslims are dangerous or anything, they're just people.", ["dangerous"]),
        # Someone else's words disowned by an auxiliary alone, or judged baseless.
        ("Some say refugees are vermin; I don't.", ["vermin"]),
        ("My grandfather thought immigrants were parasites, but I never did.", ["parasites"]),
        ("The notion that women are evil has no basis in fact.", ["evil"]),
    ],
)
def test_a_negation_denies_whatever_word_of_its_family_carries_it(
    text: str, words: list[str]
) -> None:
    assert clauses.denied(text, words, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A negated denial asserts.
        ("There's no denying that Muslims are a plague.", ["plague"]),
        ("No one can deny that immigrants are dangerous.", ["dangerous"]),
        ("You can't dispute that refugees are parasites.", ["parasites"]),
        # An exclusion that keeps people, not a saying or a harm, away.
        ("Don't let these parasites into our country.", ["parasites"]),
        ("I don't want to live next to vermin like them.", ["vermin"]),
        # "as … as" still compares.
        ("No one else is as filthy as these women.", ["filthy"]),
        # What is set aside is the other word, not the hateful one.
        ("Immigrants are vermin rather than people.", ["vermin"]),
        ("The claim that immigrants are parasites is not baseless.", ["parasites"]),
        ("Women are scum. I don't care what you think.", ["scum"]),
    ],
)
def test_the_same_family_asserting_keeps_the_hate(text: str, words: list[str]) -> None:
    assert not clauses.denied(text, words, "en")


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # Hate or harm the writer stands against is denied, whatever word opposes it.
        ("I'm against any harm to Muslims.", ["harm"], True),
        ("Stop killing trans people.", ["killing"], True),
        ("We must end the senseless violence against women.", ["violence"], True),
        ("Zero tolerance for hatred of immigrants.", ["hatred"], True),
        # People opposed are not a harm opposed; a harm too far off is not opposed.
        ("Stop the immigrants before they kill us all.", ["kill"], False),
        ("I'm against letting refugees in, they are parasites.", ["parasites"], False),
        # "No more" ends a harm, or keeps people out.
        ("No more dead women.", ["dead"], True),
        ("Not one more gay person killed.", ["killed"], True),
        ("No more immigrants, they are vermin.", ["vermin"], False),
        # A harm condemned before or right after it is said.
        ("It's wrong to want disabled people dead.", ["dead"], True),
        ("Murdering black people is a crime.", ["murder"], True),
        ("Violence against Muslims is never acceptable.", ["violence"], True),
        ("Killing immigrants is the answer.", ["kill"], False),
        ("Immigrants are criminals, which is unacceptable.", ["criminals"], False),
    ],
)
def test_a_harm_opposed_ended_or_condemned_is_denied(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied


def test_the_words_of_harm_are_found_with_their_endings_only() -> None:
    text = "Stop the killing and violence; the executive said the diet was stable."
    assert clauses.harm_words(text, "en") == ["killing", "violence"]
    assert clauses.harm_words("Stop killing them.", "sl") == []  # no grammar here


def test_a_message_the_patterns_did_not_flag_is_never_raised_when_its_harm_is_denied(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embed, "_model", lambda: SureModel())
    monkeypatch.setattr(embed, "available", lambda: True)
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = 5.0
    head = Head(weights, 0.0, {"en": 0.5}, raises={"en": 0.5})
    texts = [
        "I'm against any harm to Muslims.",
        "Stop killing trans people.",
        "Muslims should all be killed off.",
        "Women belong at home.",  # no word of harm: the clause reading has nothing to deny
    ]
    verdicts = veto.second_opinion(
        texts, ["en"] * 4, embed.Embedder(tmp_path), head, flagged=[False] * 4
    )
    assert [v is not None and v.raised for v in verdicts] == [False, False, True, True]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # An exclamation after a negation asserts: "never … such" is the worst seen.
        ("I have never seen such incompetent idiots.", False),
        ("Never have I dealt with such morons.", False),
        ("Don't be such an idiot.", False),
        ("Our drivers are not idiots.", True),
        # A stopped or ended harm is opposed.
        ("I stopped hating immigrants years ago.", True),
    ],
)
def test_an_exclamation_after_a_negation_asserts_and_a_stopped_harm_is_denied(
    text: str, denied: bool
) -> None:
    assert veto.denied_in_clause(text, "en") is denied


def test_a_hit_naming_no_group_is_vetoed_when_its_every_hateful_word_is_denied(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embed, "_model", lambda: SureModel())
    monkeypatch.setattr(embed, "available", lambda: True)
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = 5.0
    head = Head(weights, 0.0, {"en": 0.5})
    texts = [
        "Black men are not scum.",  # "black men" is no group word the patterns list
        "Black men are scum.",
        "I have never seen such incompetent idiots.",
    ]
    verdicts = veto.second_opinion(texts, ["en"] * 3, embed.Embedder(tmp_path), head)
    assert verdicts[0] is not None and verdicts[0].vetoed
    assert verdicts[1:] == [None, None]  # names no group, denies nothing: not asked


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # Disowned after it is said: the writer would never say it, nobody would, or the
        # words are named as someone else's.
        ("Death to women. That's not something I'd ever say.", ["death to"], True),
        ("'Immigrants are vermin' is not something anyone here should say.", ["vermin"], True),
        ("I hate Muslims... said no decent person ever.", ["hate"], True),
        ("Disabled people are a burden - I'd never say anything like it.", ["burden"], True),
        ("All women should die - that is what the graffiti said.", ["should die"], True),
        # ...unless the writer then sides with them, or says them again.
        ("All women should die - that is what my uncle says, and he is right.",
         ["should die"], False),
        ("Death to women. That's something I'd say any day.", ["death to"], False),
        ("Muslims should die. That's the truth.", ["should die"], False),
    ],
)  # fmt: skip
def test_a_statement_disowned_or_named_as_someone_elses_is_denied(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # A verdict pointing back judges what was just said, not people; and what was
        # said is then condemned.
        ("Kill all women? Never. That's disgusting.", ["kill", "disgusting"], True),
        ("All women should die - that is what the graffiti said, and it made me sick.",
         ["should die", "sick"], True),
        ("Gay people deserve to suffer - what a vile thing for your agent to say.",
         ["deserve to suffer", "vile"], True),
        ("I think it's awful that people threaten Muslims.", ["awful", "threat"], True),
        # Alone, the verdict is the hate; a verdict on what people are is no condemnation.
        ("Gay people everywhere. That's disgusting.", ["disgusting"], False),
        ("It's disgusting that Muslims are allowed here.", ["disgusting"], False),
        ("It's awful that immigrants kill people.", ["awful", "kill"], False),
        # A harm condemned right after it, in any words of condemnation.
        ("Killing immigrants would be monstrous.", ["killing"], True),
        ("Being disgusted by gay people is not normal.", ["disgusted"], True),
        ("Killing immigrants would be the answer.", ["killing"], False),
    ],
)  # fmt: skip
def test_a_verdict_pointing_back_condemns_what_was_said_and_is_no_hate(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Women are just as intelligent as everyone else.", True),
        ("Foreign people are no worse neighbours than anyone else on this floor.", True),
        ("Gay men are no less entitled to a parking space than the rest of us.", True),
        ("Black people aren't more dangerous than white people.", True),
        ("Immigrants are no different from other tenants.", True),
        ("A woman is not worth less than anyone else.", True),
        # Less, not level; a superlative; a standard that is no person; what people say.
        ("Women are not as smart as men.", False),
        ("There's nothing worse than gay people.", False),
        ("No one is more dangerous than immigrants.", False),
        ("Muslims are no better than animals.", False),
        ("Women are no smarter than dogs.", False),
        ("Immigrants are as dangerous as everyone says.", False),
        ("Muslims are more violent than other people.", False),
    ],
)
def test_a_comparison_that_sets_a_group_level_with_everyone_says_nothing_against_it(
    text: str, level: bool
) -> None:
    assert clauses.levelled(text, "en") is level
    assert not clauses.levelled(text, "sl")  # no grammar here


def test_a_levelling_comparison_denies_its_words_and_is_never_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert clauses.denied("A woman is not worth less than anyone else.", ["not worth"], "en")
    assert clauses.denied("Immigrants are just as violent as anyone else.", ["violent"], "en")
    assert not clauses.denied("Immigrants are as violent as everyone says.", ["violent"], "en")
    monkeypatch.setattr(embed, "_model", lambda: SureModel())
    monkeypatch.setattr(embed, "available", lambda: True)
    weights = np.zeros(embed.DIMENSIONS, dtype=np.float32)
    weights[0] = 5.0
    head = Head(weights, 0.0, {"en": 0.5}, raises={"en": 0.5})
    texts = ["Women are just as intelligent as everyone else.", "Women are no smarter than dogs."]
    verdicts = veto.second_opinion(
        texts, ["en"] * 2, embed.Embedder(tmp_path), head, flagged=[False] * 2
    )
    assert [v is not None and v.raised for v in verdicts] == [False, True]


@pytest.mark.parametrize(
    ("text", "words", "denied"),
    [
        # A statement made the subject of a verdict that condemns it.
        ("Your comment that women are a disease is disgusting.", ["disease", "disgusting"],
         True),
        ("Referring to Muslims as rats is dehumanising.", ["rats"], True),
        ("That immigrants are vermin is a racist lie.", ["vermin"], True),
        # A fact asserted, a verdict on people, the writer's own feeling: no condemnation.
        ("The fact that Muslims are rats is disgusting.", ["rats", "disgusting"], False),
        ("Women are disgusting people who are cruel.", ["disgusting", "cruel"], False),
        ("Is it easy to tell that I am disgusted by all the Muslims around here?",
         ["disgusted"], False),
        ("W o m e n are disgusting.", ["disgusting"], False),
        # A belief put to the reader to challenge it; not a leading question, nor one the
        # reply agrees with.
        ("You really think women are inferior? Get a grip.", ["inferior"], True),
        ("Don't you really think women are inferior?", ["inferior"], False),
        ("You really think women are inferior? You're right.", ["inferior"], False),
    ],
)  # fmt: skip
def test_a_statement_condemned_as_a_saying_or_challenged_as_the_readers_is_denied(
    text: str, words: list[str], denied: bool
) -> None:
    assert clauses.denied(text, words, "en") is denied
