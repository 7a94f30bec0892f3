"""Secrets kept in the workspace (mail passwords), encrypted with a key derived from the
workspace's own secret key, so the database alone — a copy, a backup — does not reveal
them. Never printed, logged or exported: only :func:`unseal` turns one back into text,
and only to log in to the server it belongs to.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from parting.errors import PartingError
from parting.i18n import _

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

PURPOSE = b"parting: mail server passwords"


def _fernet() -> Fernet:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from django.conf import settings

    secret = str(settings.SECRET_KEY)
    if not secret or secret.startswith("parting-unset-"):
        raise PartingError(
            _("This workspace has no secret key yet, so no password can be kept. Run: parting init")
        )
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PURPOSE).derive(
        secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(derived))


def seal(text: str) -> str:
    """``text`` encrypted (and authenticated) with the workspace key."""
    return _fernet().encrypt(text.encode()).decode("ascii")


def unseal(token: str) -> str:
    from cryptography.fernet import InvalidToken

    try:
        return _fernet().decrypt(token.encode("ascii")).decode()
    except (InvalidToken, ValueError):
        raise PartingError(
            _(
                "A stored password cannot be read with this workspace's secret key (was the "
                "key replaced?). Connect the mail account again."
            )
        ) from None
