"""Faults while keeping watch give a clear error and lose nothing: a server that cannot be
reached, a certificate that cannot be trusted, wrong credentials, a connection dropped in
the middle of a sync."""

from __future__ import annotations

import pytest

from parting.errors import PartingError
from parting.ingest.imap import MailServerError
from parting.store.mailbox import connect_imap, sync
from parting.store.models import MailAccount, MailFolder, Message

from .conftest import SignIn
from .mailservers import CuttingProxy, Dovecot, free_port
from .test_sync import inbound

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_server_that_cannot_be_reached_is_named(db: None, workspace_key: str) -> None:
    port = free_port()
    with pytest.raises(MailServerError, match=f"127.0.0.1:{port} cannot be reached"):
        connect_imap("127.0.0.1", "me@studio.example", "pw", port=port, security="insecure")
    assert not MailAccount.objects.exists()


def test_wrong_credentials_are_refused_and_nothing_is_kept(
    dovecot: Dovecot, workspace_key: str
) -> None:
    with pytest.raises(MailServerError, match="refused the user name or password"):
        connect_imap(
            "127.0.0.1", dovecot.user, "wrong", port=dovecot.port_plain, security="insecure"
        )
    assert not MailAccount.objects.exists()


def test_tls_is_the_default_and_an_untrusted_certificate_is_refused(
    dovecot: Dovecot, workspace_key: str
) -> None:
    with pytest.raises(
        MailServerError, match=r"certificate of 127\.0\.0\.1:\d+ could not be verified"
    ):
        connect_imap("127.0.0.1", dovecot.user, dovecot.password, port=dovecot.port_tls)


def test_tls_and_starttls_connect_once_the_certificate_is_trusted(
    trust: Dovecot, workspace_key: str
) -> None:
    account = connect_imap("127.0.0.1", trust.user, trust.password, port=trust.port_tls)
    assert account.security == "tls"
    account = connect_imap(
        "127.0.0.1", trust.user, trust.password, port=trust.port_plain, security="starttls"
    )
    assert account.security == "starttls"


def test_tls_on_a_port_that_speaks_plain_imap_says_so(dovecot: Dovecot, workspace_key: str) -> None:
    with pytest.raises(MailServerError, match=r"secure connection to 127\.0\.0\.1"):
        connect_imap("127.0.0.1", dovecot.user, dovecot.password, port=dovecot.port_plain)


def test_a_folder_the_server_does_not_have_is_refused(dovecot: Dovecot, workspace_key: str) -> None:
    with pytest.raises(MailServerError, match="refused a request"):
        connect_imap(
            "127.0.0.1",
            dovecot.user,
            dovecot.password,
            port=dovecot.port_plain,
            security="insecure",
            folders=["Archive 2019"],
        )


def test_a_connection_dropped_mid_sync_keeps_what_was_stored_and_the_next_sync_completes(
    connected: Dovecot,
) -> None:
    connected.deliver("INBOX", inbound(600))
    proxy = CuttingProxy(connected.port_plain, cut_after=120_000)
    MailAccount.objects.filter(kind="imap").update(port=proxy.port)
    try:
        with pytest.raises(MailServerError, match="was lost"):
            sync(batch_size=50)
        kept = Message.objects.count()
        assert 0 < kept < 600
        assert kept % 50 == 0  # whole batches, each with its bookmark
        assert MailFolder.objects.get(name="INBOX").last_uid == kept
        report = sync(batch_size=50)
    finally:
        proxy.close()
    assert report.new == 600 - kept
    assert Message.objects.count() == 600


def test_a_stored_password_cannot_be_read_with_another_workspace_key(
    connected: Dovecot, settings: object
) -> None:
    settings.SECRET_KEY = "another-workspace-" + "x" * 40  # type: ignore[attr-defined]
    with pytest.raises(PartingError, match="Connect the mail account again"):
        sync()


def test_the_owner_connects_the_mailbox_on_the_settings_page_and_never_sees_the_password(
    dovecot: Dovecot, workspace_key: str, signed_in: SignIn
) -> None:
    web = signed_in("owner")
    form = {
        "host": "127.0.0.1",
        "user": dovecot.user,
        "password": "wrong",
        "security": "insecure",
        "port": str(dovecot.port_plain),
        "folders": "INBOX",
    }
    refused = web.post("/settings/mailbox/", form)
    assert refused.status_code == 400
    assert "refused the user name or password" in refused.content.decode()
    assert not MailAccount.objects.exists()
    form["password"] = dovecot.password
    assert web.post("/settings/mailbox/", form).status_code == 302
    page = web.get("/settings/mailbox/").content.decode()
    assert dovecot.user in page and dovecot.password not in page
    assert MailAccount.objects.get().folders == ["INBOX"]


def test_a_server_at_its_connection_limit_says_so_rather_than_blaming_the_password(
    workspace_key: str,
) -> None:
    from .mailservers import dovecot_server

    with dovecot_server(max_connections=1) as server:
        busy = server.imap()  # another mail program holds the one connection allowed
        try:
            with pytest.raises(MailServerError, match="cannot take the request now"):
                connect_imap(
                    "127.0.0.1",
                    server.user,
                    server.password,
                    port=server.port_plain,
                    security="insecure",
                )
        finally:
            busy.logout()
    assert not MailAccount.objects.exists()


def test_a_quota_answer_is_named_as_such() -> None:
    from parting.ingest.imap import Server, limit_code, over_quota, quota_code

    assert quota_code("NO [OVERQUOTA] Quota exceeded (mailbox for user is full)")
    assert not quota_code("NO [LIMIT] Too many messages")
    assert limit_code("NO [LIMIT] Too many messages")
    assert not quota_code("NO [AUTHENTICATIONFAILED] Authentication failed.")
    error = over_quota(Server("imap.example.com", 993, "me", "pw"), "[OVERQUOTA] full")
    assert "imap.example.com:993 refused because the mailbox is over its quota" in str(error)
