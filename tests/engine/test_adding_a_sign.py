"""Adding a sign touches its own module and nothing else: a module that defines ``SIGN``,
placed among the sign modules, is scored, shown with its evidence, explained, labelled and
planned for, with no list of signs to extend anywhere (``docs/how-a-sign-is-built.md``).

The throwaway sign lives in a temporary folder added to the package's search path in a
fresh interpreter, so the real package is left as it is; and the signs the product ships
agree with their settings, their translations and the docs."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import fields
from pathlib import Path

from parting.catalogs import merged_catalog
from parting.config import Config
from parting.engine.signs import SIGN_IDS, SIGNS, sign_id
from parting.errors import InputError
from parting.i18n import LANGUAGES
from parting.settings_typed import Settings

ROOT = Path(__file__).parents[2]

# A whole sign, as docs/how-a-sign-is-built.md walks through one: big invoices of the last
# year. ``LIMIT`` is filled in by the test (the demo's largest invoice).
THROWAWAY = '''
"""``big_invoices``: an invoice of at least LIMIT over the last year (a test's sign)."""

from __future__ import annotations

from typing import Any

import narwhals as nw

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations, EvidenceRules, Features, Finding, SignSpec, at_least, threshold, undated,
)
from parting.engine.window import Window, count
from parting.figures import Figure

ID = SignId("big_invoices")
LIMIT = {limit}


def _big(w: Window) -> nw.Expr:
    return w.within("issued_day", 365) & nw.col("counts") & (nw.col("amount") >= LIMIT)


def aggregations(config: Config, w: Window) -> Aggregations:
    return {{"invoice_lines": {{"big_invoices": count(_big(w))}}}}


def evidence(config: Config, w: Window) -> EvidenceRules:
    return {{"invoice_lines": _big(w)}}


def detect(f: Features, config: Config) -> Finding:
    big = f.num("big_invoices")
    fired, strength = at_least(big, 1.0)
    return Finding(
        ID, fired, strength, undated(f.size), deciding="big_invoices",
        figures={{"big_invoices": big, "big_invoices_threshold": threshold(f.size, 1)}},
    )


def reason(g: dict[str, Any], f: Any, deciding: str) -> str:
    return "Big invoices this year: " + str(int(g.get("big_invoices") or 0))


SIGN = SignSpec(
    id=ID, label="Big invoices", severity="minor", rank=999, detect=detect, reason=reason,
    move="open_ended", aggregations=aggregations, evidence=evidence,
    figures=(Figure("big_invoices", "Invoices this large", "count"),),
)
'''

RUN = """
import importlib.util, json, sys
from datetime import date

import parting.engine

# The sign package, with the temporary folder among the places its modules are found.
spec = importlib.util.find_spec("parting.engine.signs")
spec.submodule_search_locations.append(sys.argv[1])
package = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = package
spec.loader.exec_module(package)

from parting import demo
from parting.engine import score
from parting.engine.reasons import sentence
from parting.playbook.moves import move_for
from parting.words import figures
from parting.words.formats import Formats
from parting.words.labels import sign_label

day = date(2026, 6, 30)
triage = score(demo.generate(30, as_of=day), demo.demo_config(), as_of=day, engine="polars")
found = [(v, s) for v in triage.verdicts for s in v.signs if s.id == "big_invoices"]
verdict, sign = found[0]
print(json.dumps({
    "ids": list(package.SIGN_IDS),
    "clients": [v.client_id for v, _ in found],
    "records": sign.evidence.records,
    "figure": sign.evidence.figures["big_invoices"],
    "label": sign_label("big_invoices"),
    "figure_label": figures.label("big_invoices"),
    "reason": sentence(sign, Formats("EUR")),
    "move": move_for("big_invoices"),
}))
"""


def test_a_sign_added_as_one_module_is_scored_shown_and_planned(tmp_path: Path) -> None:
    import pyarrow.compute as pc

    from parting import demo

    invoices = demo.generate(30, as_of=__import__("datetime").date(2026, 6, 30))["invoices"]
    largest = pc.max(invoices["amount"]).as_py()
    folder = tmp_path / "signs"
    folder.mkdir()
    (folder / "big_invoices.py").write_text(
        textwrap.dedent(THROWAWAY).format(limit=float(largest)), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(folder)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ids"][-1] == "big_invoices"  # registered, last by its rank
    assert set(seen["ids"]) == {*SIGN_IDS, "big_invoices"}
    assert seen["clients"]  # it fired on the client with the demo's largest invoice
    assert len(seen["records"]["invoices"]) >= 1 and seen["figure"] >= 1
    assert seen["label"] == "Big invoices" and seen["figure_label"] == "Invoices this large"
    assert seen["reason"].startswith("Big invoices this year: ")
    assert seen["move"] == "open_ended"


def test_a_text_is_a_sign_id_only_when_a_sign_of_that_name_is_registered() -> None:
    assert sign_id("payment_risk") == "payment_risk"
    try:
        sign_id("payment risk")
    except InputError as error:
        assert "payment_risk" in error.fix  # the message lists the signs there are
    else:
        raise AssertionError("an unknown sign was accepted")


def test_the_shipped_signs_agree_with_their_settings_translations_and_docs() -> None:
    sections = {f.name for f in fields(Settings)}
    defaults = Config().values
    docs = (ROOT / "docs" / "how-a-sign-is-built.md").read_text(encoding="utf-8")
    for spec in SIGNS:
        assert spec.id in sections and spec.id in defaults, spec.id  # its settings
        row = f"| {spec.rank} | `{spec.id}` | {spec.label} | {spec.severity}"
        assert row in docs, row  # its line in the docs' table of signs
        for lang in LANGUAGES:
            if lang != "en":
                entry = merged_catalog(lang).get(spec.label)
                assert entry is not None and entry.string, (spec.id, lang)
