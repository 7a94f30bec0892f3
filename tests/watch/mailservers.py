"""Real mail servers on loopback, started by the tests: a throwaway Dovecot (IMAP, over
TLS with a certificate the test makes, and plain for ``--insecure``) and an aiosmtpd
server that keeps what it receives in memory.

Nothing touches system paths: Dovecot runs with its own configuration, passwd-file user,
Maildir store, sockets and logs in a temporary folder, and stops with the fixture.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "owner@studio.example"
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = parting-test-{port_plain}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u:LAYOUT=fs
first_valid_uid = 0
first_valid_gid = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_max_userip_connections = {max_connections}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port_plain}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port_tls}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    """One running Dovecot: its ports, its user, and its Maildir store."""

    root: Path
    port_plain: int
    port_tls: int
    cert: Path
    process: subprocess.Popen[bytes] | None = None
    user: str = USER
    password: str = PASSWORD
    _counter: int = field(default=0)

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"dovecot did not start: {err}{self.log()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port_plain), timeout=1),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not open its port: {self.log()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def imap(self) -> imaplib.IMAP4:
        """A plain IMAP session as the test user, to change the mailbox from outside."""
        conn = imaplib.IMAP4("127.0.0.1", self.port_plain, timeout=30)
        conn.login(self.user, self.password)
        return conn

    # -- the mail store ----------------------------------------------------------------

    def folder_path(self, folder: str) -> Path:
        base = self.root / "mail" / self.user
        return base if folder == "INBOX" else base / folder

    def deliver(self, folder: str, raws: list[bytes]) -> None:
        """Put messages straight into the folder's Maildir ``new``, as a delivery agent
        would; Dovecot gives them UIDs when a client next looks."""
        path = self.folder_path(folder)
        uid, gid = mail_owner()
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        for made in (path, *path.parents):
            if made == self.root:
                break
            os.chown(made, uid, gid)
        for sub in ("cur", "new", "tmp"):
            os.chown(path / sub, uid, gid)
        stamp = int(time.time())
        for raw in raws:
            self._counter += 1
            name = f"{stamp}.P{os.getpid()}Q{self._counter}.parting-test"
            (path / "tmp" / name).write_bytes(raw)
            os.chown(path / "tmp" / name, uid, gid)
            os.replace(path / "tmp" / name, path / "new" / name)

    def append(self, folder: str, raws: list[bytes]) -> None:
        conn = self.imap()
        quoted = f'"{folder}"'  # imaplib sends names as given; a space needs the quotes
        try:
            conn.create(quoted)
            for raw in raws:
                conn.append(quoted, None, None, raw)
        finally:
            conn.logout()

    def reset_uidvalidity(self, folder: str) -> None:
        """Forget the folder's UID list and index, as a server migration or a restore from
        backup does: Dovecot numbers the same messages again under a new UIDVALIDITY."""
        path = self.folder_path(folder)
        for name in (
            "dovecot-uidlist",
            "dovecot.index",
            "dovecot.index.log",
            "dovecot.index.cache",
            "dovecot.index.log.2",
        ):
            (path / name).unlink(missing_ok=True)


def mail_owner() -> tuple[int, int]:
    """Whom the mail processes run as: the test's own user, or (as root, which Dovecot
    never lets read mail) Dovecot's system user."""
    if os.getuid() != 0:
        return os.getuid(), os.getgid()
    import pwd

    entry = pwd.getpwnam("dovecot")
    return entry.pw_uid, entry.pw_gid


def start_dovecot(root: Path, max_connections: int = 50) -> Dovecot:
    cert, key = make_certificate(root)
    port_plain, port_tls = free_port(), free_port()
    (root / "mail").mkdir()
    uid, gid = mail_owner()
    os.chown(root / "mail", uid, gid)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{root}/mail/{USER}::\n")
    if os.getuid() == 0:
        login_user, internal_user = "dovenull", "dovecot"
    else:
        import pwd

        login_user = internal_user = pwd.getpwuid(uid).pw_name
    (root / "dovecot.conf").write_text(
        CONFIG.format(
            root=root,
            cert=cert,
            key=key,
            port_plain=port_plain,
            port_tls=port_tls,
            login_user=login_user,
            internal_user=internal_user,
            max_connections=max_connections,
        )
    )
    server = Dovecot(root, port_plain, port_tls, cert)
    server.start()
    return server


@contextlib.contextmanager
def dovecot_server(max_connections: int = 50) -> Iterator[Dovecot]:
    if not os.path.exists(DOVECOT):
        import pytest

        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    # Not pytest's tmp_path: its parents are private to the user running the tests, and
    # Dovecot's own processes must reach the store and the sockets.
    root = Path(tempfile.mkdtemp(prefix="parting-dovecot-"))
    root.chmod(0o755)
    server = start_dovecot(root, max_connections)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


# -- messages ------------------------------------------------------------------------------


def letter(
    sender: str,
    to: str,
    subject: str,
    body: str,
    when: dt.datetime,
    *,
    charset: str = "utf-8",
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or make_msgid(domain="test.example")
    msg.set_content(body, charset=charset)
    return bytes(msg)


# -- SMTP ------------------------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


class SmtpSink:
    """aiosmtpd on a loopback port, keeping every message it receives in memory."""

    def __init__(self, *, user: str | None = None, password: str | None = None) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Received] = []
        self.port = free_port()
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                sink.messages.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
                )
                return "250 Message accepted for delivery"

        kwargs = {}
        if user is not None:

            def authenticate(server, session, envelope, mechanism, auth_data):
                from aiosmtpd.smtp import AuthResult

                ok = auth_data.login == user.encode() and auth_data.password == password.encode()
                # handled=False: the server answers 535 itself (True means "already answered").
                return AuthResult(success=ok, handled=False)

            kwargs = {"authenticator": authenticate, "auth_require_tls": False}
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, **kwargs)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


# -- faults --------------------------------------------------------------------------------


class CuttingProxy:
    """A loopback TCP proxy to a server that, on the first connection only, closes both
    sides once the server has sent ``cut_after`` bytes: a connection dropped mid-sync."""

    def __init__(self, port: int, cut_after: int) -> None:
        import threading

        self.target = port
        self.cut_after = cut_after
        self.armed = True
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        import threading

        while True:
            try:
                client, _addr = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            limit = self.cut_after if self.armed else None
            self.armed = False
            threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, limit), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self.listener.close()
