"""wordstart: a pattern that opens at a word start, found through a separator, matches as itself."""

import re
from pathlib import Path

import pytest

from skytally.extract import direction, frames, wordstart
from skytally.extract.grammar import en
from skytally.extract.sentences import lower_same_length

RAW = [path.read_text(encoding="utf-8")
       for path in sorted((Path(__file__).parent / "fixtures" / "dev" / "en").glob("0[0-4][0-9]_*.txt"))]
TEXTS = RAW + [lower_same_length(text) for text in RAW]
EDGES = ["The month before, 40; A month earlier", "russia launched drones", "-russia launched", "xrussia launched drones at ukraine", "", "a", " at ukraine.",
         "launched by iran at israel, then at ukraine", "shot down 12 drones; 3 were lost-from radar"]


def _patterns() -> list[re.Pattern[str]]:
    found = direction._patterns()
    return [found.subject, found.object, found.nationality, found.defence, found.at, found.agent,
            direction._adjunct(), en._cue_regex()[0], frames._MONTH_BEFORE,
            re.compile(r"\b(?:\d+|two)\s+(?:days|nights)\b"), re.compile(r"(?<![\w-])(?:will|plans?)(?![\w-])")]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:30])
def test_finditer_and_search_match_as_the_pattern(pattern: re.Pattern[str]) -> None:
    assert wordstart.separator_prefilter(pattern) is not None
    for text in TEXTS + EDGES:
        assert [m.span() for m in wordstart.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
        for pos in (0, 1, 7, len(text) // 2):
            found, expected = wordstart.search(pattern, text, pos), pattern.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(("pattern", "separated"), [
    (r"\b(?:last|previous)\s+week", r"\W(?:last|previous)\s+week"),
    (r"(?<![\w-])(?:will|plans?)(?![\w-])", r"[^\w-](?:will|plans?)(?![\w-])"),
    (r"\b(?:\d+|two)\s+days", r"\W(?:\d+|two)\s+days"),
    (r"\b(?:a|b)|\bc", None),  # an alternative of its own: the class would only guard the first
    (r"\b(?:-|a)b", None),  # "\b" before "-" needs a word character before it
    (r"(?<![\w-])(?:a)?", None),  # it may match nothing
    (r"(?:last|previous)\s+week", None),
])
def test_separator_prefilter(pattern: str, separated: str | None) -> None:
    found = wordstart.separator_prefilter(re.compile(pattern))
    assert (found and found.pattern) == separated
