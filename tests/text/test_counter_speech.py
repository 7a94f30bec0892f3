"""Hate denied or denounced is not abuse; hate and insults at the reader still are.

The sentences are our own, written for these tests (not HateCheck cases), so that they
check the general frames rather than the shape of any benchmark template.
"""

from __future__ import annotations

import re

import pytest

from parting.text import normalise
from parting.text.classify import flags_of
from parting.text.learn import candidates


def abusive(text: str) -> bool:
    return flags_of(text)["is_abusive"]


@pytest.mark.parametrize(
    "text",
    [
        "I don't hate women at all.",
        "I do not think immigrants are scum.",
        "Muslims are in no way inferior to anyone.",
        "I would never say that trans people are disgusting.",
        "No immigrant deserves to be treated like trash.",
        "I refuse to believe women are inferior.",
        "Women aren't stupid, never have been.",
        "Disabled people are anything but useless.",
        "Jews are not and never were rats.",
        "Nobody thinks immigrants are filth.",
        "Muslims are far from being animals.",
        "I refuse to call women bitches.",
        "Je ne déteste pas les femmes.",
        "Je ne pense pas que les immigrés soient des parasites.",
        "Les femmes ne sont absolument pas inférieures.",
        "Je n'ai jamais cru que les homosexuels étaient une maladie.",
    ],
)
def test_a_denied_hateful_statement_about_a_group_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who says Muslims are scum is wrong.",
        "You should be ashamed for hating women.",
        "Hating disabled people makes you a terrible person.",
        "If you think black people are trash, you are the problem.",
        "Hate towards women has no place here.",
        "Don't you dare say black people are animals.",
        "Ceux qui disent que les musulmans sont des ordures ont tort.",
        "C'est inacceptable de dire que les Noirs sont des animaux.",
        "Arrête de me dire que les immigrés sont des criminels.",
        "Ta haine envers les personnes trans est pathétique.",
        "Haïr les handicapés fait de toi une personne horrible.",
    ],
)
def test_denouncing_someone_elses_hate_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants are scum.",
        "I hate women.",
        "Je déteste les femmes.",
        "Les musulmans sont des ordures.",
        "Women are nothing but trash.",
        "Immigrants are filth, not people.",
        # A negation elsewhere does not excuse an insult at the reader: no group named.
        "I don't think you understand, you idiot.",
        "Fuck off, you clowns.",
    ],
)
def test_the_same_words_asserted_or_aimed_at_the_reader_stay_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # A negation governs the words of its own clause.
        "We honestly don't regard Muslims as dangerous.",
        "I never once found refugees disgusting.",
        # Harm denied through a modal.
        "Trans people should never have to be attacked for walking home.",
        "No refugee deserves to get beaten.",
        "Les réfugiés ne devraient jamais être frappés.",
        "Je ne considère vraiment pas les musulmans comme dangereux.",
        "Les handicapés n'ont jamais été inutiles.",
        # Someone else's words, reported or acted on.
        "The new tenant insisted that immigrants are parasites; we ended the lease.",
        "We blocked the account that kept calling gay people freaks.",
        "Ma cliente racontait que les réfugiés sont des parasites, j'ai changé de sujet.",
        "Nous avons supprimé le commentaire qui traitait les femmes de connasses.",
        "Dire que les musulmans sont dangereux, voilà ce que je combats.",
        "Je ne dis pas que votre agence est nulle, seulement que le devis est cher.",
    ],
)
def test_the_clause_around_the_words_decides_who_says_them(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # A second clause is not in the negation's scope.
        "Immigrants are not welcome, they are parasites.",
        "Les trans ne sont pas normaux, ce sont des parasites.",
        "I don't want these parasites here, Muslims are vermin.",
        # "Call me" is a phone call, not someone's words reported.
        "Call me back today, you useless idiot.",
        # "Quel …" and "what a …" insult a person.
        "What an idiot you are.",
        "Quel connard, ce comptable.",
        "Votre équipe est nulle et incompétente.",
        "Bastard, you still haven't paid us.",
        "Fuck all of you and your reminders.",
        "Shut up and send the invoice.",
    ],
)
def test_outside_the_clause_the_insult_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "What a stupid mistake on my part, sorry.",
        "Such a fucking mess at the airport today.",
        "Quelle merde, ce bouchon ce matin.",
        "I behaved like a complete idiot at the meeting, apologies.",
        "What an idiot I was to forget the attachment.",
        "J'ai réagi comme un imbécile hier, pardon.",
        "Son of a bitch, it's raining again.",
        "Fils de pute, j'ai encore raté mon train.",
        "That would make me look like a complete idiot in front of my board.",
        "We got fuck all done on Friday, the network was down.",
        "I should shut up about fonts, the site looks great.",
        "Je me suis comporté comme un crétin à la réunion, désolé.",
    ],
)
def test_exclamations_about_things_and_about_oneself_insult_no_one(text: str) -> None:
    assert not abusive(text)


def test_homo_is_a_plain_word_in_french_and_a_slur_only_aimed_in_english() -> None:
    assert not abusive("Notre nouveau stagiaire est homo, et alors ?")
    assert abusive("Shut it, you homo.")


def test_profanity_about_the_writer_is_not_aimed_at_anyone() -> None:
    assert not abusive("We got to fuck off early tonight.")
    assert abusive("Just fuck off.")


def test_learning_takes_word_runs_inside_long_spans_but_single_words_only_whole() -> None:
    found = candidates(["đồ ngu như bò", "tiêu"])
    assert {"đồ ngu", "ngu như bò", "như bò"} <= found
    assert "đồ ngu như bò" not in found  # longer than a learned phrase may be
    assert "tiêu" in found  # marked on its own
    assert "ngu" not in found and "bò" not in found  # single words cut out of a span


@pytest.mark.parametrize(
    "text", ["a , b", "a  b", "  a", "a ...", "x", "", "a\n\n- b", "l'été, ça va ?!", " , "]
)
def test_the_faster_word_separator_gives_the_plain_one_result(text: str) -> None:
    plain = re.sub(f"[^{normalise.LETTERS}{normalise.LEET}]+", " ", text)
    assert re.sub(normalise.BETWEEN_WORDS, " ", text) == plain


@pytest.mark.parametrize(
    "text",
    [
        # The insult opens the message: said to the reader, whatever follows.
        "Idiots, who told you to change the colour?",
        "Kreteni, kdo vam je rekel, da zamenjate pisavo?",
        "Bande d'abrutis, qui vous a dit de changer le logo ?",
        # The writer agrees with the insult someone else said.
        "My brother told me you were liars and he was right.",
        "Sosed je rekel, da ste lopovi, in ima prav.",
        "Mon associé m'a dit que vous étiez des escrocs, et il avait raison.",
        # The writer repeating their own insult reports nobody.
        "Sem že napisal, da ste nesposobni, in to ponavljam.",
    ],
)
def test_an_insult_the_writer_owns_is_abuse_whatever_frame_is_around_it(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ena stranka je na sestanku rekla, da smo nesposobni, pa ni res.",
        "Nihče ne trdi, da ste goljufi, potrebujemo samo račun.",
        "Kakšen bedak sem, spet sem pozabil priponko.",
        "Saj nismo idioti, vemo, da je rok v petek.",
        "Un fournisseur a traité notre comptable d'incapable, on a changé de fournisseur.",
        "Quel imbécile je fais, j'ai oublié le fichier.",
    ],
)
def test_an_insult_reported_denied_or_aimed_at_oneself_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vaš računovodja je navaden osel.",
        "Ste banda goljufov in prevarantov.",
        "Res ste za en kurac.",
        "Dobil boš po gobcu, če še enkrat pokličeš.",
        "You lot are a pack of cowboys.",
        "Are you lot brain dead?",
    ],
)
def test_insults_as_clients_type_them_are_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees are in no sense less human than the rest of us.",
        "Gay people are neither sick nor dangerous.",
        "It is a myth that immigrants are parasites.",
        "Not for one moment do I think Muslims are vermin.",
        "I know folks who honestly believe women are trash, and it scares me.",
        "Il est faux de croire que les réfugiés sont des parasites.",
        "Les musulmans ne sont ni de la vermine ni un danger.",
        "Son tweet selon lequel les femmes sont des ordures a été supprimé.",
    ],
)
def test_hate_denied_or_held_at_a_distance_in_other_words_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "What's the problem with saying women are trash?",
        "Am I wrong to think immigrants are parasites?",
        "Ai-je tort de dire que les immigrés sont des parasites ?",
    ],
)
def test_a_question_that_defends_hate_is_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mondays are a real bitch.",
        "That son of a bitch of a printer jammed again.",
        "You jammy bastard, you won the raffle!",
        "Cette saloperie de voiture ne démarre plus.",
        "Sacré veinard, tu as eu les billets !",
    ],
)
def test_profanity_at_a_thing_or_in_admiration_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "I refuse to think of refugees as a plague.",
        "I'd hate for any immigrant to be hurt.",
        "Nobody wants Muslims gone.",
        "Disabled people don't make me sick, ignorance does.",
        "We stand with trans people against every threat.",
        "It is cruel to call black people animals.",
        "Votre message sur les réfugiés parasites est honteux.",
        "Son post qui compare les femmes à des chiennes a été supprimé.",
    ],
)
def test_hate_refused_or_condemned_in_a_sentence_of_its_own_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am not about to shoot anyone, least of all refugees.",
        "We should never let anyone gas Jews again.",
        "I have no animosity towards Muslims.",
        "Naš dobavitelj je kmet iz Prekmurja.",
        "Ta tiskalnik je drek, kupili bomo novega.",
    ],
)
def test_harm_denied_and_plain_words_of_trade_are_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was I being a bellend at the party?",
        "Forgetting your birthday was a twat move, I'm sorry.",
        "Piss off, no way you got tickets!",
    ],
)
def test_profanity_at_oneself_or_in_disbelief_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text", ["Piss off, that's my final answer, you twat.", "Fuck off, really, you morons."]
)
def test_profanity_aimed_at_the_reader_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    ["Ta gueule, c'est trop bien !", "Enfoiré, t'as vraiment gagné ?", "Fils de pute, quel pied !"],
)
def test_french_profanity_in_disbelief_at_good_news_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frapper des immigrés n'est jamais légitime.",
        "Les musulmans ne méritent pas d'être humiliés comme des chiens.",
        "Je détesterais voir un réfugié blessé.",
        "Je ne compte frapper aucune femme.",
        "Les homosexuels ne nous dérangent absolument pas.",
        "Les réfugiés sont loin de représenter un danger.",
    ],
)
def test_french_hate_denied_in_other_words_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't ever call me again, you clowns.",
        "Stop telling me the bug is gone, you liars.",
        "Tehnik je rekel, da je popravljeno. Sami lažnivci ste.",
        "Napisal sem že pet mailov, lenuhi.",
    ],
)
def test_an_insult_said_to_the_readers_beside_a_report_is_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would never call you clowns, the delay was ours.",
        "Sosed mi je rekel, da ste lopovi, a to ni res.",
    ],
)
def test_naming_what_one_would_not_call_the_readers_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # A modal or copular negator, an inverted "never", a quantifier, "no way".
        "Immigrants shouldn't be called parasites by anyone.",
        "Refugees aren't vermin.",
        "Never would we call disabled people useless.",
        "Not one of the Muslims on my street is dangerous.",
        "There is no way gay people are a threat to anybody.",
        "Nobody with any sense considers women inferior.",
    ],
)
def test_hate_denied_in_a_modal_inverted_or_quantified_clause_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees are vermin and they should leave.",
        "Disabled people are useless, frankly.",
        "Gay people are a threat to our children.",
    ],
)
def test_the_same_hate_asserted_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # Someone else told to go away, reported by the writer.
        "My dad told the salesman to fuck off and hung up.",
        "She was yelling at her brother to shut the fuck up.",
        # Others' words in a clause of time or condition.
        "It makes me angry when people call immigrants rats.",
        # Denied in Slovenian, with the clause after "da".
        "Nisem trdil, da ste prevaranti, prosim samo za izpisek.",
        "Sploh ne mislim, da ste nesposobni.",
        # A machine that died is no wish of death.
        "Tiskalnik mi je crknil, račun pošljem jutri.",
    ],
)
def test_words_told_to_someone_else_or_denied_are_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # The writer turns the insult on the reader, says it is true, or stands by it.
        "You say I'm rude? You're the real clown here.",
        "My sister called you cowboys, and I meant it when I agreed: you are.",
        "I called your team incompetent and I stand by it.",
        "Mon associé vous a traités d'incapables, parce que vous l'êtes.",
        "Tout le quartier vous traite de voleurs, vous l'avez bien mérité.",
        "Vsi pravijo, da ste lopovi, to ste si zaslužili.",
        # Typed insults.
        "Fermez vos gueules et livrez la commande.",
        "Ste res za nikamor.",
        "Nesposobna banda, že tretjič isto.",
    ],
)
def test_an_insult_the_writer_turns_on_the_reader_or_stands_by_is_abuse(text: str) -> None:
    assert abusive(text)


def test_a_boss_right_about_the_writers_own_team_insults_no_reader() -> None:
    assert not abusive("Direktor je rekel, da smo vsi skupaj butci, ker smo zamudili. Ima prav.")


@pytest.mark.parametrize(
    "text",
    [
        # A slur denied of a group named is a denial, as an insult word is.
        "Immigrants are not rapefugees.",
        "I don't think women are whores.",
        # Harm the writer would not do, said actively, and rhetorical denials.
        "Nobody should hurt disabled people.",
        "I would never threaten a Muslim.",
        "It's not like we hate immigrants.",
        "Me? Despise gay people? Absolutely not.",
    ],
)
def test_a_slur_or_harm_denied_of_a_group_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    ["Gay people are faggots.", "Women are not human, they are sluts.", "You faggot."],
)
def test_a_slur_asserted_or_after_another_clause_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        # Coordinated feelings, "going to", modals and verbs of seeing inside the denial.
        "I don't fear or resent immigrants.",
        "We are not going to despise disabled people.",
        "Nobody should loathe Muslims.",
        "I have never seen women as a burden.",
        # A claim the writer will not make, with its clause.
        "You won't ever hear me say refugees are parasites.",
        "I never wished immigrants harmed.",
        # Someone's post about a group, judged.
        "That tweet about Muslims being animals was disgusting.",
    ],
)
def test_a_denial_reaches_through_its_own_clause(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bedni ste, vsi po vrsti.",
        "ste navadni oderuhi",
        "Res ste ena sramota.",
        "Lažete kot psi.",
        "Naj vas vrag vzame.",
        "Še moj pes bi to bolje naredil.",
        "vaš monter je en navaden butl",
    ],
)
def test_what_slovenian_clients_call_a_firm_is_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sramota, da paket spet zamuja.",
        "Ste za kavo ob desetih?",
        "Ti novi davki so pravi oderuški.",
        "Sem bil pravi butl včeraj, oprostite.",
    ],
)
def test_the_same_words_about_a_thing_or_oneself_are_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quand je lis que les réfugiés sont des rats, j'ai honte.",
        "Je ne tolère pas qu'on traite les femmes de salopes.",
    ],
)
def test_french_words_heard_or_not_tolerated_are_not_abuse(text: str) -> None:
    assert not abusive(text)


def test_french_hate_seen_and_asserted_stays_abuse() -> None:
    assert abusive("Je vois que les immigrés sont des parasites.")


@pytest.mark.parametrize(
    "text",
    [
        "Nous n'allons pas haïr les réfugiés.",
        "Il ne faudrait jamais humilier les handicapés.",
        "Je ne menacerais jamais personne.",
    ],
)
def test_french_feelings_and_harm_denied_through_a_modal_are_not_abuse(text: str) -> None:
    assert not abusive(text)


def test_a_french_confession_of_hate_after_a_denied_lie_stays_abuse() -> None:
    assert abusive("Je ne vais pas mentir, je déteste les immigrés.")


@pytest.mark.parametrize(
    "text",
    [
        "Our bookkeeper is a useless bastard, sorry the payment is late.",
        "My ex-husband was a total asshole about the house.",
        "The previous agency were a bunch of cowboys, you lot are a relief.",
        "My neighbour's cat is a little shit, it ate the samples.",
        "Mon ancien comptable était un vrai abruti, d'où le retard.",
        "Le chat de la voisine est une petite merde, il a griffé le colis.",
    ],
)
def test_an_insult_about_the_writers_own_people_is_not_aimed_at_the_reader(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "My partner was right: your designer is an idiot.",
        "Your account manager is a useless bastard.",
        "Votre comptable est un vrai abruti.",
    ],
)
def test_an_insult_about_the_readers_people_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Disabled people face so much hatred every day.",
        "Trans people experience constant harassment, it is disgusting.",
        "La haine envers les réfugiés me rend malade.",
        "Les insultes que subissent les musulmans chaque jour sont ignobles.",
        "Le post qui traitait les musulmans de vermine a été supprimé, tant mieux.",
    ],
)
def test_hatred_named_as_what_a_group_endures_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims receive the hate they deserve, filthy people.",
        "Ma haine envers les immigrés est justifiée.",
    ],
)
def test_hatred_the_writer_owns_or_wishes_on_a_group_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cyclists who run red lights are idiots, nearly hit one this morning.",
        "Anyone who parks across two spaces is a prick.",
        "Go fuck yourself, she yelled at the taxi driver.",
        "Les automobilistes qui roulent sur la piste cyclable sont des abrutis.",
        "« Va te faire voir », a-t-il crié au contrôleur.",
    ],
)
def test_an_insult_about_whoever_does_something_or_shouted_by_others_is_not_aimed(
    text: str,
) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "People who deliver late are idiots like you.",
        "Anyone who hires your agency is an idiot.",
        "Women who drive are idiots.",
        "Ceux qui bossent avec votre agence sont des abrutis.",
    ],
)
def test_a_general_insult_that_reaches_the_reader_or_a_group_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "My ex was an asshole and so are you, you idiot",
        "My old accountant was a crook, and frankly so are you.",
        "I reported the guy who called me a liar. You are the liar here.",
        "Saying women can't code is sexist. You can't code either, you moron.",
        "My landlord is a prick and you're no better.",
        "Mon voisin est un connard, et vous aussi.",
        "J'ai signalé le type qui m'a traité de menteur. Vous, vous êtes un menteur.",
        "Moj sosed je kreten, pa vi tudi.",
    ],
)
def test_a_frame_governs_its_own_target_not_the_insult_said_to_the_reader(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would never call you a liar, the mistake was ours.",
        "My ex was an asshole, but you have been wonderful.",
        "Je ne vous traiterais jamais de menteur, l'erreur vient de nous.",
        "Moj šef je idiot, ampak vi ste bili super, hvala.",
    ],
)
def test_an_own_side_insult_or_a_name_refused_beside_the_reader_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's shocking that anyone would say disabled people are subhuman.",
        "So you think gay people are sick? Get some help.",
        "The way you talk about trans people as if they were diseased is sickening.",
        "Nobody should have to hear that they are worthless because they are Muslim.",
        "I can't stand it when women are attacked.",
        "The murder of immigrants has to stop.",
        "Muslims keep getting harassed on this bus line.",
        "It's wrong to kill disabled people.",
    ],
)
def test_hate_held_by_someone_else_or_harm_a_group_endures_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants should be killed.",
        "I will murder every Muslim I see.",
        "Women deserve to be raped.",
        "Immigrants are fine and it is not wrong to kill them.",
    ],
)
def test_harm_wished_on_a_group_stays_abuse(text: str) -> None:
    assert abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's fuck off to the beach this weekend.",
        "My dog won't shut the fuck up tonight.",
        "Don't piss off the cat, she bites.",
        "Some asshole parked in my spot.",
        "A prick on the train took my seat.",
        "That poor bastard lost his job.",
        "Whoever invented Mondays is an asshole.",
        "My boss is a total dickhead, but the pay is good.",
        "I really should learn to shut the fuck up.",
        "Fuck off, really? That's amazing!",
        "My laptop is a piece of shit, I'll send the file from my phone.",
    ],
)
def test_profanity_with_a_subject_of_its_own_or_at_a_stranger_is_not_abuse(text: str) -> None:
    assert not abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shut the fuck up and fix it.",
        "Fuck off, you useless lot.",
        "Your boss is a total dickhead.",
        "You are a prick.",
        "I told you to fuck off.",
        "Your laptop is a piece of shit.",
    ],
)
def test_profanity_told_to_the_reader_stays_abuse(text: str) -> None:
    assert abusive(text)
