"""Build hook: every wheel and sdist carries the compiled message catalogs.

The translations live as PO parts in git; the compiled ``django.mo`` files are build
products (ignored by git). Without this hook a package built from a clean clone would hold
no ``.mo`` and show English to a French, Vietnamese or Slovenian reader without a word.
``parting/catalogs.py`` needs only Babel and the standard library, so it is loaded by path
rather than imported with the rest of the package.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":  # a clone: `make setup` compiles them in place
            return
        package = Path(self.root) / "src" / "parting"
        spec = importlib.util.spec_from_file_location("_parting_catalogs", package / "catalogs.py")
        assert spec is not None and spec.loader is not None
        catalogs = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = catalogs  # dataclasses look their module up there
        spec.loader.exec_module(catalogs)
        written = catalogs.compile_catalogs(package / "locale")
        if not written:
            raise RuntimeError("no message catalog was compiled")
        for mo in written:
            relative = Path(mo).relative_to(self.root).as_posix()
            if self.target_name == "wheel":
                build_data["force_include"][relative] = (
                    Path(mo).relative_to(Path(self.root) / "src").as_posix()
                )
            else:
                build_data["force_include"][relative] = relative
