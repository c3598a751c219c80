"""Raise the accuracy floors in bench/accuracy_floors.json to today's scores (never lowers one).

Usage: python bench/raise_floors.py   (then commit the file; tests/test_accuracy.py and
tests/test_corpus.py enforce it). Scores are rounded down to two decimals.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402
import corpus  # noqa: E402

FLOORS = HERE / "accuracy_floors.json"


def _raise(floors: dict, scores: dict) -> None:
    for key, floor in floors.items():
        if key.startswith("_") or key not in scores:
            continue
        if isinstance(floor, dict):
            _raise(floor, scores[key])
        elif isinstance(scores[key], (int, float)):
            floors[key] = max(floor, math.floor(scores[key] * 100) / 100)


def main() -> None:
    floors = json.loads(FLOORS.read_text())
    for lang in ("en", "uk"):
        if lang in floors:
            _raise(floors[lang], accuracy.score(lang))
    if "corpus" in floors and corpus.CORPUS_DIR.exists() if hasattr(corpus, "CORPUS_DIR") else "corpus" in floors:
        _raise(floors["corpus"], corpus.score())
    FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
    print(json.dumps({k: v for k, v in floors.items() if not k.startswith("_")}, indent=1))


if __name__ == "__main__":
    main()
