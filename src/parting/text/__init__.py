"""Reading client messages: abuse, complaints, payment excuses, change and ethics
requests, urgency (``classify``, ``explain``), their language (``language.detect``), an
optional local model (``model``), and how well all this works (``evaluation``).

See ``docs/message-analysis.md`` for the method, the data and the figures.
"""

from __future__ import annotations

from parting.text.classify import CLASSES, classify, explain

__all__ = ["CLASSES", "classify", "explain"]
