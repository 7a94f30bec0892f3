"""Fixtures for keeping watch: a real Dovecot and a real SMTP server on loopback, and a
workspace connected to the Dovecot's mailbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from store.business import write_business

from .mailservers import Dovecot, SmtpSink, dovecot_server

if TYPE_CHECKING:
    from django.test import Client as WebClient

SignIn = Callable[[str], "WebClient"]


@pytest.fixture(scope="module")
def dovecot_module() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A fresh Dovecot with an empty mailbox, for a test that changes it."""
    with dovecot_server() as server:
        yield server


@pytest.fixture
def trust(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Dovecot:
    """This computer trusts the test server's self-signed certificate."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cert))
    return dovecot


@pytest.fixture
def workspace_key(settings: object) -> str:
    """The key ``parting init`` writes into a workspace, which seals its passwords."""
    settings.SECRET_KEY = "test-workspace-key-" + "k" * 40  # type: ignore[attr-defined]
    return str(settings.SECRET_KEY)  # type: ignore[attr-defined]


@pytest.fixture
def connected(dovecot: Dovecot, db: None, workspace_key: str) -> Dovecot:
    """The workspace reads INBOX and Sent of the test mailbox (over plain loopback)."""
    from parting.store.mailbox import connect_imap

    dovecot.append("Sent", [])
    connect_imap(
        "127.0.0.1",
        dovecot.user,
        dovecot.password,
        port=dovecot.port_plain,
        security="insecure",
        folders=["INBOX", "Sent"],
    )
    return dovecot


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def business(tmp_path: Path, db: None, workspace_key: str) -> Path:
    """The small business of the store tests, imported into the workspace."""
    from parting.store.imports import import_paths

    folder = write_business(tmp_path / "business")
    import_paths([folder])
    return folder


@pytest.fixture
def signed_in(db: None, settings: object) -> SignIn:
    """A browser signed in as a new member of the workspace with the role given
    ("owner" or "staff"), who reads English."""
    from django.contrib.auth.models import User
    from django.test import Client as WebClient

    from parting.store.models import Member

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]

    def sign_in(role: str) -> WebClient:
        user = User.objects.create_user(role, password="a-long-test-passphrase")
        Member.objects.create(user=user, role=role, language="en")
        web = WebClient()
        web.force_login(user)
        return web

    return sign_in
