"""Patterns that open at a word start (\\b, (?<![\\w-])), found from the character before it.

re cannot skip ahead to where such a pattern may match: it tries the whole pattern (often a long
alternation) at every offset. The same pattern with a separator class in place of the assertion
("\\W(?:last|previous)") it scans for in C, trying the rest only after a separator. Matches of that
twin start one character before the pattern's own, but for one at the start of the text; `search`
and `finditer` here turn them back into the pattern's matches, exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as sre_parser  # (re's own parser: reads what a pattern opens with)
from re._constants import BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from typing import Any


def group_depths(pattern: str) -> Iterator[tuple[int, int]]:
    """(index, group depth after it) of each character of `pattern` outside escapes and classes."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, depth
        i += 1


# What stands right before a match of a pattern that opens with one of these assertions (\b only
# when a word character follows it), unless the match starts the text.
_SEPARATORS = {"\\b": "\\W", "(?<![\\w-])": "[^\\w-]"}


def separator_prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` with the assertion it opens with made a character class ("\\W(?:last|previous...)").

    re scans for a leading class in C and tries the rest only after such a character, where the
    assertion made it try the whole pattern (most often a long alternation) at every offset. Its
    matches start one character before those of `pattern`, but for one at the start of the text.
    """
    source = pattern.pattern
    assertion = next((a for a in _SEPARATORS if source.startswith(a)), None)
    if assertion is None or any(source[i] == "|" and depth == 0 for i, depth in group_depths(source)):
        return None  # (an alternative without the assertion)
    body = source[len(assertion):]
    try:
        parsed = sre_parser.parse(body, pattern.flags)
    except re.error:  # (a group the assertion opened)
        return None
    if parsed.getwidth()[0] == 0 or assertion == "\\b" and not _opens_with_word_character(parsed):
        return None  # (an empty match, or one after \\b that may open with a separator)
    return re.compile(_SEPARATORS[assertion] + body, pattern.flags)


def _opens_with_word_character(items: Any) -> bool:
    """Does every match of the parsed sequence `items` start with a word character?"""
    if not len(items):
        return False
    op, arg = items[0]
    if op is LITERAL:
        return chr(arg).isalnum() or chr(arg) == "_"
    if op is IN:
        return all(item in ((CATEGORY, CATEGORY_DIGIT), (CATEGORY, CATEGORY_WORD))
                   or item[0] is LITERAL and (chr(item[1]).isalnum() or chr(item[1]) == "_") for item in arg)
    if op is BRANCH:
        return all(_opens_with_word_character(branch) for branch in arg[1])
    if op is SUBPATTERN:
        return _opens_with_word_character(arg[3])
    if op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
        return _opens_with_word_character(arg[2])
    return False


# pattern id -> (the pattern, its separator_prefilter). Keyed by id: a compiled pattern hashes its
# whole program on every lookup. Only module-level patterns come here, so it stays small.
_SEPARATED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _separated(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    entry = _SEPARATED.get(id(pattern))
    if entry is None or entry[0] is not pattern:  # (the pattern is kept, so its id is never reused)
        entry = _SEPARATED[id(pattern)] = (pattern, separator_prefilter(pattern))
    return entry[1]


def search(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(text, pos)`."""
    separated = _separated(pattern)
    return pattern.search(text, pos) if separated is None else search_through(pattern, separated, text, pos)


def search_through(pattern: re.Pattern[str], separated: re.Pattern[str], text: str,
                   pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(text, pos)`, found through `separated`, its separator_prefilter."""
    if (here := pattern.match(text, pos)) is not None:
        return here
    # The first match after `pos` begins right after the first separator that is followed by one.
    first = separated.search(text, pos)
    return pattern.search(text, first.start() + 1) if first is not None else None


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` (each search starts where the match before ended: none is empty)."""
    if _separated(pattern) is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    while (found := search(pattern, text, pos)) is not None:
        yield found
        pos = found.end()
