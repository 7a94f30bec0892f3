"""How a letter addresses the client's contact, in each language (issue #13).

A contact has a salutation (``mr`` or ``ms``, or none known) and a formality: the usual
business register, ``senior`` (the deferential *ông/bà* of Vietnamese) or ``familiar``
(first names; *em* in Vietnamese). From these come the opening line of a letter, the way
the speaker addresses them in a meeting, the closing formula, and the pronoun a
Vietnamese letter uses for the reader.

A familiar contact gets a familiar letter all through: greeted by first name, and the body
of a French or Slovenian letter written in *tu* or *tikanje* (the templates under
``templates/<lang>/familiar/``), a Vietnamese one calling the reader *em*.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SALUTATIONS = ("mr", "ms")
# The most common Vietnamese family names: a name that starts with one is written family
# name first.
VI_FAMILY_NAMES = frozenset(
    [
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
        "đinh",
        "trương",
        "đoàn",
        "lâm",
        "mai",
        "trịnh",
        "cao",
        "lưu",
    ]
)
FORMALITIES = ("senior", "familiar")

# What an import or a person may write for each salutation and formality, in any of the
# four languages (matched without case, accents kept).
SALUTATION_WORDS: dict[str, str] = {
    **dict.fromkeys(("mr", "mr.", "mister", "m", "m.", "monsieur", "gospod", "g."), "mr"),
    **dict.fromkeys(("anh", "ông", "ong"), "mr"),
    **dict.fromkeys(("ms", "ms.", "mrs", "mrs.", "miss", "mme", "madame", "gospa", "ga."), "ms"),
    **dict.fromkeys(("chị", "chi", "bà", "ba"), "ms"),
}
FORMALITY_WORDS: dict[str, str] = {
    **dict.fromkeys(("", "formal", "usual", "vous", "vikanje", "anh", "chị", "chi"), ""),
    **dict.fromkeys(("senior", "deferential", "ông", "ong", "bà", "ba"), "senior"),
    **dict.fromkeys(("familiar", "informal", "tu", "tikanje", "em"), "familiar"),
}


def salutation_of(text: str | None) -> str | None:
    """``mr``, ``ms`` or "" for ``text``; None when the word is not a salutation."""
    word = (text or "").strip().casefold()
    return "" if not word else SALUTATION_WORDS.get(word)


def formality_of(text: str | None) -> str | None:
    """ "", ``senior`` or ``familiar`` for ``text``; None when the word is not one."""
    return FORMALITY_WORDS.get((text or "").strip().casefold())


@dataclass(frozen=True)
class Address:
    name: str  # the contact's full name, as the records hold it; "" when none is known
    client: str  # the client's name, for a letter with no contact
    salutation: str = ""
    formality: str = ""

    @classmethod
    def of(cls, client: Mapping[str, object], client_name: str) -> Address:
        """The address of a client's row; a value that is not understood counts as none."""
        return cls(
            name=" ".join(str(client.get("contact_name") or "").split()),
            client=client_name,
            salutation=salutation_of(str(client.get("contact_salutation") or "")) or "",
            formality=formality_of(str(client.get("contact_formality") or "")) or "",
        )

    def given(self, lang: str) -> str:
        """The name a person is called by: a Vietnamese name puts the family name first
        ("Nguyễn Văn Minh" is Minh), other names put it last."""
        words = self.name.split()
        if not words:
            return ""
        return words[-1] if words[0].casefold() in VI_FAMILY_NAMES else words[0]

    def surname(self) -> str:
        words = self.name.split()
        if not words:
            return ""
        return words[0] if words[0].casefold() in VI_FAMILY_NAMES else words[-1]

    @property
    def familiar(self) -> bool:
        return self.formality == "familiar"


def vi_pronoun(a: Address) -> str:
    """How a Vietnamese letter calls the reader: Ông/Bà (deferential), Anh/Chị, em (never
    capitalised, unlike the respectful forms), or Quý công ty when no contact is known."""
    if not a.name:
        return "Quý công ty"
    if a.familiar:
        return "em"
    if a.formality == "senior":
        return {"mr": "Ông", "ms": "Bà"}.get(a.salutation, "Ông/Bà")
    return {"mr": "Anh", "ms": "Chị"}.get(a.salutation, "Anh/Chị")


def _en_title(a: Address) -> str:
    return {"mr": "Mr", "ms": "Ms"}.get(a.salutation, "")


def greeting(a: Address, lang: str) -> str:
    """The opening line of a letter: "Dear Ms Greyfield,", "Madame,", "Kính gửi Chị Lan,",
    "Spoštovana gospa Horvat,"."""
    if lang == "fr":
        if a.name and a.familiar:
            return f"Bonjour {a.given(lang)},"
        return {"mr": "Monsieur,", "ms": "Madame,"}.get(a.salutation, "Madame, Monsieur,")
    if lang == "vi":
        if not a.name:
            return f"Kính gửi Quý công ty {a.client},"
        if a.familiar:
            return f"Chào em {a.given(lang)},"
        return f"Kính gửi {vi_pronoun(a)} {a.name},"
    if lang == "sl":
        if a.name and a.familiar:
            dear = {"mr": "Dragi", "ms": "Draga"}.get(a.salutation)
            return f"{dear} {a.given(lang)}," if dear else f"Dober dan, {a.given(lang)},"
        if a.name and a.salutation == "mr":
            return f"Spoštovani gospod {a.surname()},"
        if a.name and a.salutation == "ms":
            return f"Spoštovana gospa {a.surname()},"
        return "Spoštovani,"
    if not a.name:
        return f"Dear {a.client} team,"
    if a.familiar:
        return f"Dear {a.given(lang)},"
    title = _en_title(a)
    return f"Dear {title} {a.surname()}," if title else f"Dear {a.name},"


def spoken(a: Address, lang: str) -> str:
    """How the speaker addresses the contact at the start of a meeting ("Ms Greyfield,
    thank you…"); "" when no contact is known, and where a full name said aloud without a
    title would sound stiff ("Didier Vernier, merci…"): French and Slovenian open with no
    name ("Merci de m'accorder…", "Hvala za Vaš čas…"), Vietnamese with the pronoun alone,
    English with the first name (none for a senior contact), as people speak."""
    if not a.name:
        return ""
    if a.familiar:
        return a.given(lang)
    if lang == "fr":
        title = {"mr": "Monsieur", "ms": "Madame"}.get(a.salutation)
        return f"{title} {a.surname()}" if title else ""
    if lang == "vi":
        return f"{vi_pronoun(a)} {a.given(lang)}" if a.salutation else ""
    if lang == "sl":
        title = {"mr": "Gospod", "ms": "Gospa"}.get(a.salutation)
        return f"{title} {a.surname()}" if title else ""
    title = _en_title(a)
    if title:
        return f"{title} {a.surname()}"
    return "" if a.formality == "senior" else a.given(lang)


def closing(a: Address, lang: str) -> str:
    """The closing formula before the signature."""
    if lang == "fr":
        if a.familiar:
            return "Bien cordialement,"
        title = {"mr": "Monsieur", "ms": "Madame"}.get(a.salutation, "Madame, Monsieur")
        return f"Je vous prie d’agréer, {title}, l’expression de mes salutations distinguées."
    if lang == "vi":
        return "Thân mến," if a.familiar else "Trân trọng,"
    if lang == "sl":
        return "Lep pozdrav," if a.familiar else "S spoštovanjem,"
    return "Best wishes," if a.familiar else "Kind regards,"
