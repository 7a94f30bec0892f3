"""The package a user installs is the whole product.

Built the ordinary way from the files git tracks (so nothing a developer compiled by hand can
hide a gap), installed into a fresh virtual environment outside the source tree, the wheel
runs the demo and serves the web app in French, Vietnamese and Slovenian with no English
interface string left on the page.
"""

from __future__ import annotations

import html.parser
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from parting import __version__
from parting.catalogs import TARGET_LANGUAGES, merged_catalog

ROOT = Path(__file__).resolve().parents[1]
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")

pytestmark = pytest.mark.skipif(
    UV is None or not (ROOT / ".git").exists(), reason="needs uv and a git checkout"
)


def _run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of exactly the files git tracks."""
    source = tmp_path_factory.mktemp("clean-checkout")
    tracked = _run("git", "ls-files", "-z", cwd=ROOT).split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.mo")), "a compiled catalog is tracked by git"
    dist = tmp_path_factory.mktemp("dist")
    _run(str(UV), "build", "--wheel", "--out-dir", dist, source)
    (built,) = dist.glob("parting-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment, outside the source tree, with the wheel installed at
    the versions the lock file records."""
    here = tmp_path_factory.mktemp("installed")
    _run(sys.executable, "-m", "venv", here / "venv")
    pins = here / "pins.txt"
    pins.write_text(
        _run(
            str(UV),
            "export",
            "--frozen",
            "--no-dev",
            "--no-hashes",
            "--no-emit-project",
            "--no-header",
            cwd=ROOT,
        )
    )
    python = here / "venv" / "bin" / "python"
    _run(str(UV), "pip", "install", "--quiet", "--python", python, "-c", pins, wheel)
    return here / "venv" / "bin"


def _clean_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "DJANGO_", "PARTING_", "VIRTUAL_ENV"))
    }
    # A fresh user's own cache directory too (compiled patterns, vectors), never ours.
    cache = str(home / "cache")
    return {**env, "PARTING_HOME": str(home), "XDG_CACHE_HOME": cache, "PYTHONUNBUFFERED": "1"}


def test_the_wheel_holds_the_compiled_catalogs_templates_static_files_and_data(
    wheel: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in TARGET_LANGUAGES:
        assert f"parting/locale/{language}/LC_MESSAGES/django.mo" in names
    assert any(n.startswith("parting/web/templates/") for n in names)
    assert any(n.startswith("parting/web/static/") for n in names)
    assert any(n.startswith("parting/playbook/templates/fr/") for n in names)
    assert "parting/defaults.toml" in names
    assert any(n.startswith("parting/text/data/") and "LICENSE" in n.upper() for n in names)
    assert not any("/tests/" in n or n.startswith("tests/") for n in names)


def test_the_installed_command_prints_its_version_and_runs_the_demo(
    installed: Path, tmp_path: Path
) -> None:
    env = _clean_env(tmp_path / "home")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert _run(installed / "parting", "--version", cwd=outside, env=env).strip() == (
        f"Parting {__version__}"
    )
    printed = _run(installed / "parting", "demo", "--out", tmp_path / "demo", cwd=outside, env=env)
    assert (tmp_path / "demo" / "clients.csv").exists()
    assert "part" in printed.lower()
    # The installed package is the one that ran, not this checkout.
    where = _run(installed / "python", "-c", "import parting; print(parting.__file__)", env=env)
    assert str(ROOT) not in where


class _VisibleText(html.parser.HTMLParser):
    """Text a reader sees: text nodes and the attributes shown as text, not scripts."""

    SHOWN_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        for name, value in attrs:
            if name in self.SHOWN_ATTRIBUTES and value:
                self.pieces.append(value)
            if tag == "input" and name == "value" and ("type", "submit") in attrs and value:
                self.pieces.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.pieces.append(data)


def _shown(page: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(page)
    return [" ".join(p.split()) for p in parser.pieces]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``parting serve --demo`` from the installed package, its owner account made."""
    home = tmp_path_factory.mktemp("served-home")
    port = _free_port()
    server = subprocess.Popen(
        [installed / "parting", "serve", "--demo", "--workspace", home / "ws", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=_clean_env(home),
        cwd=home,
    )
    address = f"http://127.0.0.1:{port}/"
    try:
        printed = ""
        deadline = time.monotonic() + 240
        while address not in printed and time.monotonic() < deadline:
            line = server.stdout.readline() if server.stdout else ""
            if not line and server.poll() is not None:
                break
            printed += line
        assert address in printed, printed
        yield address
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def owner(served: str) -> urllib.request.OpenerDirector:
    """A browser session of the owner, whose account the set-up page created."""
    address = served
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    setup = opener.open(f"{address}setup/", timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', setup)
    assert token, setup[:500]
    form = {
        "csrfmiddlewaretoken": token.group(1),
        "username": "owner",
        "password": "a long and private passphrase",
        "password_again": "a long and private passphrase",
    }
    request = urllib.request.Request(
        f"{address}setup/",
        data=urllib.parse.urlencode(form).encode(),
        headers={"Referer": f"{address}setup/"},
    )
    opener.open(request, timeout=30).read()
    return opener


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_the_installed_web_app_speaks_the_readers_language_on_every_main_page(
    served: str, owner: urllib.request.OpenerDirector, language: str
) -> None:
    catalog = merged_catalog(language)
    english = {
        m.id
        for m in catalog
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string != m.id
    }
    translated = {m.string for m in catalog if isinstance(m.string, str) and m.string}

    def fetch(path: str) -> str:
        request = urllib.request.Request(served + path, headers={"Accept-Language": language})
        return str(owner.open(request, timeout=60).read().decode())

    portfolio = fetch("")
    client = re.search(r'href="/(clients/[^"]+)"', portfolio)
    assert client, "the portfolio links no client"
    for path in ("", client.group(1), "settings/", "import/"):
        page = portfolio if path == "" else fetch(path)
        assert f'lang="{language}"' in page, path
        shown = _shown(page)
        left_in_english = sorted({piece for piece in shown if piece in english})
        assert not left_in_english, f"/{path} in {language} shows English: {left_in_english}"
        assert len([p for p in shown if p in translated]) >= 5, f"/{path} is barely translated"
