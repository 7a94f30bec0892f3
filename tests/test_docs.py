"""The README documents every command; the two opening commands stay as promised."""

from __future__ import annotations

from pathlib import Path

import typer.main

from parting.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        if sub:
            names.extend(f"{name} {child}" for child in sub)
        else:
            names.append(name)
    return sorted(names)


def test_the_readme_opens_with_make_demo_and_make_test() -> None:
    block = README.split("```")[1]
    lines = [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]
    assert lines == ["make demo", "make test"]


def test_every_command_is_documented_in_the_readme() -> None:
    undocumented = [name for name in command_names() if f"parting {name}" not in README]
    assert not undocumented, f"document these commands in README.md: {undocumented}"
