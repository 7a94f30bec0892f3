"""A letter as an unsent e-mail draft (``.eml``) any mail client opens for editing.

``X-Unsent: 1`` makes Outlook and Thunderbird open it as a draft to send, rather than as
a received message. Names come from the client's records, so header values are cleaned
of line breaks before use (no header injection).
"""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from parting.config import Config
from parting.playbook.letters import Letter


def _clean(value: str) -> str:
    return re.sub(r"[\r\n\t]+", " ", value).strip()


def _address(name: str, email: str) -> Address | None:
    email = _clean(email)
    if "@" not in email:
        return None
    user, domain = email.rsplit("@", 1)
    return Address(display_name=_clean(name), username=user, domain=domain)


def draft_email(letter: Letter, config: Config) -> bytes:
    """The letter as a multipart (text + HTML) draft addressed to the client."""
    message = EmailMessage()
    message["Subject"] = _clean(letter.subject)
    recipient = _address(letter.to_name, letter.to_email)
    if recipient is not None:
        message["To"] = recipient
    business = config.settings.business
    sender = _address(business.signatory or business.name, business.email)
    if sender is not None:
        message["From"] = sender
    message["X-Unsent"] = "1"
    message.set_content(letter.text)
    message.add_alternative(letter.html, subtype="html")
    message["Content-Language"] = letter.lang  # after the body: set_content clears it
    return message.as_bytes(policy=SMTP)
