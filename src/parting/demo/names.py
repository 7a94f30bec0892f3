"""Names for the demo portfolio, by language: companies, sectors, people, places.

Company names are built the way each country writes them: "Oakfield Bakery Ltd",
"Atelier Girard SARL", "Công ty TNHH Thương mại Minh Phát", "Novak Gradnje d.o.o.".
Each sector carries the industry Parting records. E-mail addresses need plain ASCII, so
each name with diacritics has an ASCII spelling beside it (``ascii_of``).
"""

from __future__ import annotations

import unicodedata

LANGUAGES = ("en", "fr", "vi", "sl")
TIMEZONES = {
    "en": ("Europe/London", "Europe/London", "America/New_York", "Europe/Dublin"),
    "fr": ("Europe/Paris", "Europe/Paris", "Europe/Brussels", "America/Montreal"),
    "vi": ("Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh", "Asia/Bangkok"),
    "sl": ("Europe/Ljubljana", "Europe/Ljubljana", "Europe/Ljubljana", "Europe/Vienna"),
}
DOMAINS = {"en": ".co.uk", "fr": ".fr", "vi": ".vn", "sl": ".si"}

# (sector word as written in the name, industry)
SECTORS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Bakery", "food"),
        ("Consulting", "consulting"),
        ("Logistics", "logistics"),
        ("Dental", "health"),
        ("Architects", "construction"),
        ("Outdoor", "retail"),
        ("Software", "technology"),
        ("Legal", "legal"),
    ),
    "fr": (
        ("Boulangerie", "food"),
        ("Conseil", "consulting"),
        ("Transports", "logistics"),
        ("Cabinet dentaire", "health"),
        ("Atelier", "construction"),
        ("Boutique", "retail"),
        ("Informatique", "technology"),
        ("Cabinet", "legal"),
    ),
    "vi": (
        ("Thực phẩm", "food"),
        ("Tư vấn", "consulting"),
        ("Vận tải", "logistics"),
        ("Nha khoa", "health"),
        ("Xây dựng", "construction"),
        ("Thương mại", "retail"),
        ("Công nghệ", "technology"),
        ("Du lịch", "tourism"),
    ),
    "sl": (
        ("Pekarna", "food"),
        ("Svetovanje", "consulting"),
        ("Prevozi", "logistics"),
        ("Zobozdravstvo", "health"),
        ("Gradnje", "construction"),
        ("Trgovina", "retail"),
        ("Informatika", "technology"),
        ("Turizem", "tourism"),
    ),
}
STEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "Oakfield",
        "Harbour",
        "Northgate",
        "Kestrel",
        "Bright Lane",
        "Ashby",
        "Riverside",
        "Whitmore",
        "Copperleaf",
        "Fairhaven",
        "Millbrook",
        "Thornton",
        "Bluebell",
        "Sterling",
    ),
    "fr": (
        "Girard",
        "du Port",
        "Lemaire",
        "des Halles",
        "Fontaine",
        "Bellevue",
        "Chevalier",
        "Saint-Michel",
        "Roussel",
        "du Vieux Pont",
        "Mercier",
        "Lefèvre",
        "Beaulieu",
        "Gauthier",
    ),
    "vi": (
        "Minh Phát",
        "Hoàng Long",
        "Sao Mai",
        "Thành Công",
        "Phú Quý",
        "An Khang",
        "Việt Hưng",
        "Bình Minh",
        "Hải Đăng",
        "Tân Tiến",
        "Ngọc Lan",
        "Đại Phát",
        "Kim Ngân",
        "Trường Sơn",
    ),
    "sl": (
        "Novak",
        "Horvat",
        "Krajnc",
        "Zupančič",
        "Potočnik",
        "Kovačič",
        "Mlakar",
        "Vidmar",
        "Golob",
        "Kralj",
        "Bizjak",
        "Žagar",
        "Hribar",
        "Koren",
    ),
}
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("Ltd", "Ltd", "LLP", "& Co Ltd", "Group Ltd"),
    "fr": ("SARL", "SAS", "SARL", "EURL", "SA"),
    "vi": ("Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Cong ty TNHH"),
    "sl": ("d.o.o.", "d.o.o.", "s.p.", "d.d."),
}
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Oliver",
        "Emily",
        "James",
        "Charlotte",
        "Harry",
        "Amelia",
        "George",
        "Grace",
        "Daniel",
        "Sophie",
        "Thomas",
        "Hannah",
        "Michael",
        "Lucy",
    ),
    "fr": (
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Chloé",
        "Nicolas",
        "Léa",
        "Sébastien",
        "Manon",
        "François",
        "Inès",
        "Hélène",
        "Thibault",
        "Amélie",
    ),
    "vi": (
        "Văn An",
        "Thị Lan",
        "Minh Tuấn",
        "Thị Hương",
        "Quốc Bảo",
        "Ngọc Anh",
        "Đức Huy",
        "Thu Trang",
        "Thanh Tùng",
        "Bích Ngọc",
        "Hoài Nam",
        "Thi Mai",
        "Van Hung",
        "Thu Ha",
    ),
    "sl": (
        "Luka",
        "Maja",
        "Matej",
        "Nina",
        "Žiga",
        "Ana",
        "Jure",
        "Špela",
        "Tadej",
        "Urška",
        "Rok",
        "Katja",
        "Gregor",
        "Petra",
    ),
}
LAST_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Clarke",
        "Hughes",
        "Walker",
        "Wright",
        "Patel",
        "Robinson",
        "Hall",
        "Green",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Durand",
        "Moreau",
        "Laurent",
        "Lefebvre",
        "Roux",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Faure",
    ),
    "vi": (
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Ngô",
        "Dương",
        "Nguyen",
        "Tran",
    ),
    "sl": (
        "Novak",
        "Horvat",
        "Kovačič",
        "Krajnc",
        "Zupančič",
        "Potočnik",
        "Mlakar",
        "Kos",
        "Vidmar",
        "Golob",
        "Turk",
        "Božič",
        "Kavčič",
        "Rozman",
    ),
}

# The studio's own people and what an hour of each costs it.
STAFF: tuple[tuple[str, float], ...] = (
    ("Ana", 38.0),
    ("Marc", 45.0),
    ("Linh", 42.0),
    ("Tomaž", 48.0),
    ("Sophie", 75.0),  # the senior partner: an hour of hers is dear
)
STAFF_SHARE = (0.30, 0.25, 0.25, 0.15, 0.05)

SERVICE_LINES = ("web design", "branding", "maintenance", "seo", "print design")
SERVICE_SHARE = (0.40, 0.25, 0.22, 0.13, 0.0)  # print design only on old, early projects
PROJECT_NAMES: dict[str, tuple[str, ...]] = {
    "web design": ("Website redesign", "New online shop", "Landing pages", "Booking site"),
    "branding": ("Brand refresh", "Logo and identity", "Brand guidelines"),
    "maintenance": ("Website care plan", "Hosting and updates", "Support retainer"),
    "seo": ("Search visibility", "Local SEO", "Content and SEO"),
    "print design": ("Catalogue", "Brochure and flyers", "Annual report print"),
}
TIME_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "work": ("Design", "Development", "Page build", "Copy edits", "Layout", "Testing"),
    "rework": ("Redo after feedback", "Fix delivered pages", "Rebuild section"),
    "revision": ("Revision round", "Changes requested by client", "Alternative version"),
    "meeting": ("Call with client", "Workshop", "Status meeting"),
    "support": ("Support request", "Hosting issue", "Help with editor"),
    "admin": ("Quote and planning", "Invoicing", "Project admin"),
}


# Whether each given name in the demo is a man's or a woman's, so that letters can open
# "Dear Mr Greyfield", "Madame,", "Kính gửi chị Mai", "Spoštovana gospa Horvat". In a
# Vietnamese name the middle word often says it (Văn for men, Thị for women), and the
# given name is the last word.
_MEN = frozenset(
    [
        "Oliver",
        "James",
        "Harry",
        "George",
        "Daniel",
        "Thomas",
        "Michael",
        "Peter",
        "Gary",
        "Edward",
        "Julien",
        "Mathieu",
        "Nicolas",
        "Sébastien",
        "François",
        "Thibault",
        "Didier",
        "Franck",
        "Jacques",
        "Luka",
        "Matej",
        "Žiga",
        "Jure",
        "Tadej",
        "Rok",
        "Gregor",
        "Boris",
        "Marko",
        "An",
        "Tuấn",
        "Bảo",
        "Huy",
        "Tùng",
        "Nam",
        "Hung",
        "Phúc",
        "Khoa",
    ]
)
_WOMEN = frozenset(
    [
        "Emily",
        "Charlotte",
        "Amelia",
        "Grace",
        "Sophie",
        "Hannah",
        "Lucy",
        "Rachel",
        "Claire",
        "Victoria",
        "Camille",
        "Élodie",
        "Chloé",
        "Léa",
        "Manon",
        "Inès",
        "Hélène",
        "Amélie",
        "Sylvie",
        "Maja",
        "Nina",
        "Ana",
        "Špela",
        "Urška",
        "Katja",
        "Petra",
        "Tina",
        "Jana",
        "Lan",
        "Hương",
        "Anh",
        "Trang",
        "Ngọc",
        "Mai",
        "Ha",
    ]
)


def salutation(contact: str, language: str) -> str:
    """``mr`` or ``ms`` for a demo contact's full name; "" when the given name is unknown."""
    words = contact.split()
    if not words:
        return ""
    if language == "vi":
        middle = {ascii_of(w).casefold() for w in words[1:-1]}
        if "thi" in middle:
            return "ms"
        if "van" in middle:
            return "mr"
        given = words[-1]
    else:
        given = words[0]
    return "mr" if given in _MEN else "ms" if given in _WOMEN else ""


def ascii_of(text: str) -> str:
    """'Nguyễn Văn An' -> 'Nguyen Van An'; 'Đức' -> 'Duc' (đ has no decomposition)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """An ASCII name usable in an e-mail address: 'Bright Lane' -> 'brightlane'."""
    return "".join(c for c in ascii_of(text).lower() if c.isalnum())
