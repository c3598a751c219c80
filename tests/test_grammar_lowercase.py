"""grammar.matches: a pattern's lowercase form on lowered text answers exactly as the pattern."""

import re
import string
from pathlib import Path

import pytest

from skytally.extract.grammar import CASE_APART, en, frame_en, lowercase_form, matches, scout, search_lower
from skytally.extract.sentences import lower_same_length

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
EACH_LOWERED = "".join(lower_same_length(ch) for ch in EVERY_CHARACTER)  # one to one, as each stands alone


@pytest.mark.parametrize("letters", [*string.ascii_lowercase, "[a-z]", "[^a-z]", r"\w"])
def test_case_apart_holds_every_letter_ignorecase_and_lower_disagree_on(letters: str) -> None:
    """Where IGNORECASE on a character and the lowered pattern on its lowercase disagree, for the
    letters (and classes) a pattern spelled in ASCII can use, the character is one of CASE_APART."""
    ignoring_case = {m.start() for m in re.finditer(letters, EVERY_CHARACTER, re.IGNORECASE)}
    on_lowered = {m.start() for m in re.finditer(letters, EACH_LOWERED)}
    apart = [EVERY_CHARACTER[i] for i in sorted(ignoring_case ^ on_lowered)]
    assert all(CASE_APART.fullmatch(ch) for ch in apart), [f"U+{ord(ch):04X}" for ch in apart]


SENTENCES = [
    "Russia launched 40 drones overnight, the air force said on Friday.",
    "THE DEFENCE MINISTRY SAID IT HAD RAISED THE FIGURE TO 61 — DURING THE MONTH.",
    "In 2024 it fired more drones than in any year before, including 12 Kh-101s.",
    "Nationwide, 5 people were killed; in total 12 were hurt “in the city”.",
    "Durıng the month the number roſe; İn 2024 the Kyiv region was hit.",  # ı, ſ, İ: the pattern itself runs
    "Ukraine’s air force said it shot down 477 drones this year so far.",
]
PATTERNS = [frame_en.PAST, frame_en.NOT_ATTACK, frame_en.THE_MONTH, frame_en.YEAR, frame_en.THIS_YEAR,
            frame_en.REPORTING, frame_en.ATTACK_CONTEXT, re.compile(r"\b(?:raised|rose)\b", re.I),
            re.compile(r"(?:including|among\s+them)[\s:]*$", re.I), re.compile(r"\bthe\s+(?-i:[a-z]+)", re.I)]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_matches_answers_as_the_pattern(pattern: re.Pattern[str]) -> None:
    for sentence in SENTENCES:
        for text in (sentence, sentence[:20], sentence[-30:]):
            assert matches(pattern, text, lower_same_length(text)) == (pattern.search(text) is not None), text


def _scouted_patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """Every English pattern, in the lowercase form search_lower runs, that gets a scout."""
    found = []
    for module in (en, frame_en):
        for name, pattern in vars(module).items():
            form = lowercase_form(pattern) if isinstance(pattern, re.Pattern) else None
            if form is not None and (words := scout(form)) is not None:
                found.append((f"{module.__name__}.{name}", form, words))
    return found


def test_every_match_holds_a_scout_word() -> None:
    texts = [path.read_text(encoding="utf-8")
             for path in sorted((Path(__file__).parent / "fixtures" / "dev" / "en").glob("0[0-9][0-9]_*.txt"))]
    texts = [lower_same_length(text) for text in texts + SENTENCES]
    scouted = _scouted_patterns()
    assert len(scouted) > 20
    for name, form, words in scouted:
        for text in texts:
            for m in form.finditer(text):
                assert any(word in m.group() for word in words), (name, m.group(), words)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:none|neither)\s+of\b", ("either", "one")),  # re's parser takes the shared "n" out
    (r"(?:during|in)\s+the\s+month|that\s+month", ("month",)),
    (r"\bsince\b|(?:from|until)\s+now", ("from", "since", "until")),
    (r"(?:more\s+)?drones?", ("drone",)),  # an optional part is not needed
    (r"(?:of\s+)*them", ("them",)),
    (r"\bin\s+(?:19|20)\d\d", None),  # "in", "19": too short to pay
    (r"(?:a|b|c|d|e|f|g|h|i|j|k)xyz", ("xyz",)),
    (r"(?:alpha|bravo|charlie|delta|echoes|foxtrot|golf\w|hotel|india|juliet|kilo\w)", None),  # too many
    (r"[a-z]+\s+\d+", None),
    (r"(?i:month)", None),  # its letters are matched in either case
    (r"month", ("month",)),
])
def test_scout(pattern: str, words: tuple[str, ...] | None) -> None:
    assert scout(re.compile(pattern)) == words
    assert scout(re.compile(pattern, re.I)) is None  # IGNORECASE: the lowercase form has the scout


def test_search_lower_finds_what_the_lowercase_form_finds() -> None:
    """Scouts and prefilters only skip work: every English pattern's search_lower gives the match its
    lowercase form gives, on the first dev texts, their sentences and the ends of those."""
    texts = [path.read_text(encoding="utf-8")
             for path in sorted((Path(__file__).parent / "fixtures" / "dev" / "en").glob("0[0-4][0-9]_*.txt"))]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?\n])\s+", text)] + SENTENCES
    windows = [w for s in sentences for w in (s, s[:40], s[-40:], s[5:60])]
    for module in (en, frame_en):
        for name, pattern in vars(module).items():
            form = lowercase_form(pattern) if isinstance(pattern, re.Pattern) else None
            if form is None:
                continue
            for window in windows:
                low = lower_same_length(window)
                found, expected = search_lower(pattern, window, low), form.search(low)
                assert (found and found.span()) == (expected and expected.span()), (name, window)
