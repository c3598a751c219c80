"""Raise the accuracy floors in bench/accuracy_floors.json to today's scores (never lowers one).

Usage: python bench/raise_floors.py   (then commit the file; tests/test_accuracy.py and
tests/test_corpus.py enforce it). Scores are rounded down to two decimals.

When documents join a dev set (a blind held-out set folded in after it was scored, say),
its scores are not comparable with the old floors, and the test says so. Then

    python bench/raise_floors.py --repin en --reason "40 blind documents joined the dev set"

sets that language's floors to today's scores, records the new document count and
adds a line to the file's `_history`: a floor only ever comes down in the open.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402
import corpus  # noqa: E402

FLOORS = HERE / "accuracy_floors.json"


def _raise(floors: dict, scores: dict, *, repin: bool = False) -> None:
    """Each floor up to today's score (rounded down); with `repin`, to it even when lower."""
    for key, floor in floors.items():
        if key.startswith("_") or key not in scores:
            continue
        if isinstance(floor, dict):
            _raise(floor, scores[key], repin=repin)
        elif isinstance(scores[key], (int, float)):
            today = math.floor(scores[key] * 100) / 100
            floors[key] = today if repin else max(floor, today)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repin", metavar="LANG", help="set LANG's floors to today's scores (its dev set changed)")
    parser.add_argument("--reason", help="why, for the file's _history (required with --repin)")
    args = parser.parse_args(argv)
    if args.repin and not args.reason:
        parser.error("--repin needs --reason")
    floors = json.loads(FLOORS.read_text())
    for lang in ("en", "uk"):
        if lang not in floors:
            continue
        scores = accuracy.score(lang)
        if lang == args.repin:
            _raise(floors[lang], scores, repin=True)
            floors.setdefault("_history", []).append(
                f"{date.today().isoformat()} {lang}: re-pinned at {scores['documents']} documents "
                f"(all.f1 {scores['all']['f1']:.3f}): {args.reason}")
        else:
            _raise(floors[lang], scores)
        floors.setdefault("_documents", {})[lang] = scores["documents"]
    if "corpus" in floors and corpus.CORPUS_DIR.exists() if hasattr(corpus, "CORPUS_DIR") else "corpus" in floors:
        _raise(floors["corpus"], corpus.score())
    FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
    print(json.dumps({k: v for k, v in floors.items() if not k.startswith("_")}, indent=1))


if __name__ == "__main__":
    main()
