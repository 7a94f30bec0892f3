"""The examples in the docstrings of the core packages run, and say what the code does."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

CORE_PACKAGES = (
    "parting.engine",
    "parting.ingest",
    "parting.text",
    "parting.playbook",
    "parting.words",
)
CORE_MODULES = (
    "parting.config",
    "parting.figures",
    "parting.settings_declared",
    "parting.settings_typed",
)


def _modules() -> list[str]:
    names = list(CORE_MODULES)
    for package in CORE_PACKAGES:
        names.append(package)
        found = pkgutil.walk_packages(importlib.import_module(package).__path__, f"{package}.")
        names += [m.name for m in found]
    return sorted(names)


def _with_examples(name: str) -> bool:
    finder = doctest.DocTestFinder(exclude_empty=True)
    return any(test.examples for test in finder.find(importlib.import_module(name)))


MODULES = [name for name in _modules() if _with_examples(name)]


def test_the_core_packages_have_examples_to_run() -> None:
    assert {"parting.figures", "parting.words.formats", "parting.engine.whatif"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_of_the_module_hold(name: str) -> None:
    from parting.i18n import activate

    activate("en")
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail"
