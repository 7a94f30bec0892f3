"""The author's own words in an e-mail body: quoted replies, signatures and forwards removed.

Signs read what a client *wrote*: the thread they quote, their signature and the message
they forward are not their words (and would count a complaint once per reply). Cut at
the first of: an attribution line ("On … wrote:", "Le … a écrit :", "Vào … đã viết:",
"… je napisal(a):"), an Outlook header block ("From: … Sent: …" in en/fr/vi/sl), an
"Original/Forwarded message" banner, the ``-- `` signature separator, or a sign-off line
("Best regards," …); lines quoted with ``>`` are dropped wherever they are.
"""

from __future__ import annotations

import re

ATTRIBUTION = re.compile(
    r"^\s*("
    r"on\b.{0,200}\bwrote:?"
    r"|le\b.{0,200}\ba\s+écrit\s*:?"
    r"|vào\b.{0,200}\bđã\s+viết\s*:?"
    r"|.{0,200}\bje\b.{0,200}?\b(napisal\(a\)|napisala|napisal|pisala|pisal)\s*:?"
    r"|am\b.{0,200}\bschrieb.{0,100}:"
    r")\s*$",
    re.IGNORECASE,
)
BANNER = re.compile(
    r"^\s*(-{2,}|_{5,})?\s*("
    r"original message|forwarded message|begin forwarded message:?|message d'origine"
    r"|message transféré|message original|tin nhắn gốc|thư chuyển tiếp|tin nhắn được chuyển tiếp"
    r"|izvirno sporočilo|posredovano sporočilo|prvotno sporočilo"
    r")\s*(-{2,})?\s*$",
    re.IGNORECASE,
)
HEADER_FROM = re.compile(r"^\s*\**(from|de|từ|od)\s*\**\s*:", re.IGNORECASE)
HEADER_NEXT = re.compile(
    r"^\s*\**(sent|date|to|cc|subject|envoyé|à|objet|đã gửi|gửi|tới|đến|chủ đề|poslano|"
    r"za|zadeva|datum)\s*\**\s*:",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"^\s*("
    r"(best|kind|warm|many)?\s*(regards|wishes)|cheers|sincerely|best|all the best"
    r"|yours( truly| sincerely)?|take care"
    r"|(thanks|thank you|many thanks)( again| a lot| in advance| so much)?"
    r"|(bien )?cordialement|bien à vous|salutations( distinguées)?|amitiés|bonne journée"
    r"|merci( beaucoup| d'avance| d’avance| encore)?"
    r"|trân trọng|thân ái|thân|(xin )?cảm ơn( nhiều| anh| chị| bạn)?|trân trọng cảm ơn"
    r"|lp|lep pozdrav|lepo pozdravljeni|s spoštovanjem|pozdrav|pozdravljeni"
    r"|(lepa )?hvala( lepa| za vse)?"
    r"|sent from my \w+.*|envoyé de mon \w+.*|poslano z mojega \w+.*|gửi từ \w+.*"
    r")\s*[,.!]*\s*$",
    re.IGNORECASE,
)
SIGNATURE = re.compile(r"^(-- ?|--|__+)$")


def strip_quoted(body: str) -> str:
    """``body`` without quoted text, attribution lines, forwards and signatures.

    >>> strip_quoted("Sounds good.\\n\\nOn Tue, 5 Mar 2024, Ana wrote:\\n> Can we?")
    'Sounds good.'
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if ends_own_words(lines, index, has_text=any(k.strip() for k in kept)):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    text = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def ends_own_words(lines: list[str], index: int, has_text: bool) -> bool:
    """True when ``lines[index]`` starts what the author did not write."""
    line = lines[index]
    if SIGNATURE.match(line) or BANNER.match(line):
        return True
    if ATTRIBUTION.match(line):
        return True
    # Attribution lines are often wrapped: "On Tue, … Ana <ana@x.example>" / "wrote:".
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if following.strip() and ATTRIBUTION.match(f"{line} {following}") and not has_quote(line):
        return bool(re.match(r"^\s*(on|le|vào)\b", line, re.IGNORECASE))
    if HEADER_FROM.match(line) and outlook_block(lines, index):
        return True
    # A sign-off ends the message, but not when it opens it ("Thanks, that works.").
    return has_text and bool(SIGN_OFF.match(line))


def has_quote(line: str) -> bool:
    return line.lstrip().startswith(">")


def outlook_block(lines: list[str], index: int) -> bool:
    """A "From:" line followed by at least two other header lines (Sent:, To:, Subject:)."""
    window = lines[index + 1 : index + 6]
    return sum(1 for w in window if HEADER_NEXT.match(w)) >= 2
