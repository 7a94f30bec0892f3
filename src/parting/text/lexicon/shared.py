"""Business cues that mean the same in every language, so they fire on any message.

Every other business cue fires only on a message read as its own language (see
``parting.text.lexicon``). A cue belongs here only when clients of all four languages
write it with the one meaning: "ASAP" and "urgent" are written as is in French,
Vietnamese and Slovenian client mail too. Tests prove that these cues, like every
language's, stay silent on the calm mail of all four languages.
"""

from __future__ import annotations

URGENT = [r"(asap|a s a p|urgent|urgently)"]
