"""Per-language grammars: sentences -> figure mentions, and the patterns frames use.

A grammar module exposes `figure_mentions(...)`, `find_cues(text)`, `WEAPON_OUTCOMES`
and `FRAME` (a FramePatterns). `for_language` picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _parser as sre_parser  # (re's own parser: scout() reads patterns with it)
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from types import ModuleType
from typing import Any

from .. import wordstart
from ..wordstart import group_depths


@dataclass(frozen=True)
class FramePatterns:
    past: re.Pattern[str]               # history, other nights: "last week", "previous record"
    not_attack: re.Pattern[str]         # plans, production, aid, tests, hypotheticals
    cumulative: re.Pattern[str]         # running totals: "since it was formed"
    superlative_since: re.Pattern[str]  # "largest since ...": a claim, not a running total
    reporting: re.Pattern[str]          # "said on Friday": a date of the report, not the attack
    attack_context: re.Pattern[str]     # words that make a sentence about an attack
    dateline: re.Pattern[str]           # "KYIV, Ukraine (AP) —"
    the_month: re.Pattern[str]          # "during the month", "that month"
    year: re.Pattern[str]               # "in 2024"
    this_year: re.Pattern[str]          # "year to date", "since the start of the year": the published year
    clause_break: re.Pattern[str]
    one_attack: re.Pattern[str]         # a clause about one attack is not a period aggregate
    attack_verb: re.Pattern[str] | None = None  # a headline that tells of an attack says one of these
    year_before: re.Pattern[str] | None = None  # "last year" (group "last"), "the previous year", "a year earlier"


@lru_cache(maxsize=None)
def lowercase_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, for text lowercased once: re runs it 2-3x faster.

    None when the pattern spells an upper-case letter itself (it would never match lowered text).
    """
    if not pattern.flags & re.IGNORECASE or re.search(r"(?<!\\)[A-ZА-ЯІЇЄҐ]", pattern.pattern.replace("(?-i:", "")):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=None)
def prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without its leading \\b and lookbehinds, when a literal word follows them.

    Those assertions at the start stop re from skipping ahead to the literal
    ("\\bsince\\b"), which makes a search over a sentence that does not match up to ten
    times slower. Without them the pattern matches wherever the original does (and
    more), so a miss of the prefilter is a miss of the pattern. An alternation gains
    nothing (measured): None then.
    """
    body = pattern.pattern
    while True:
        if body.startswith("\\b"):
            body = body[2:]
        elif body.startswith(("(?<!", "(?<=")) and (close := _group_end(body)) is not None:
            body = body[close + 1:]
        else:
            break
    return re.compile(body, pattern.flags) if body[:1].isalnum() and body != pattern.pattern else None


def _group_end(pattern: str) -> int | None:
    """Index of the parenthesis closing the group `pattern` starts with."""
    return next((i for i, depth in group_depths(pattern) if depth == 0 and pattern[i] == ")"), None)


# Scouts: literal words one of which every match contains. A few substring tests ("month" in
# lowered) answer most sentences, where the pattern (an alternation, or opening with \b or a
# lookbehind) is tried at every offset. Only scouts of a few words, none short, pay.
_SCOUT_WORDS = 10
_SCOUT_LENGTH = 3


def scout(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` contains (case-sensitively), or None if there
    are none worth testing. Read from the parsed pattern: literal runs, groups, alternatives
    (each needs a word) and repeats of at least one; anything else stands for unknown text."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        words = _required(sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - the parser is re's own: without it, no scout
        return None
    if words is None or len(words) > _SCOUT_WORDS or min(map(len, words)) < _SCOUT_LENGTH:
        return None
    return tuple(sorted(words))


def _required(items: Any) -> frozenset[str] | None:
    """The best set of words one of which every match of the parsed sequence `items` contains."""
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in list(items) + [(None, None)]:  # (a sentinel ends the last literal run)
        if op is LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        if op is SUBPATTERN and not arg[1] and not arg[2]:  # a group that sets no flags
            found = _required(arg[3])
        elif op is BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
            found = _required(arg[2])
        else:
            found = None
        if found is not None:
            options.append(found)
    # the longest shortest word, then the fewest words
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does `text` contain one of `words`?"""
    for word in words:  # (a loop: any() over a generator costs more than the tests)
        if word in text:
            return True
    return False


@dataclass(frozen=True)
class _Forms:
    """How search_lower runs a pattern: its lowercase form (None: the pattern itself), and the quicker
    searches that find where that form can match."""

    pattern: re.Pattern[str]
    fast: re.Pattern[str] | None
    quick: re.Pattern[str] | None  # prefilter(fast)
    separated: re.Pattern[str] | None  # wordstart.separator_prefilter(fast), when there is no prefilter
    words: tuple[str, ...] | None  # scout(fast)


# pattern id -> its _Forms. Keyed by id, not by the pattern: a compiled pattern hashes its whole
# program (about 2 us for a frame pattern), on every lookup.
_FORMS: dict[int, _Forms] = {}


def _forms(pattern: re.Pattern[str]) -> _Forms:
    forms = _FORMS.get(id(pattern))
    if forms is None or forms.pattern is not pattern:  # (the pattern is kept, so its id is never reused)
        fast = lowercase_form(pattern)
        if fast is None:
            forms = _Forms(pattern, None, None, None, None)
        else:
            quick = prefilter(fast)
            separated = wordstart.separator_prefilter(fast) if quick is None else None
            forms = _Forms(pattern, fast, quick, separated, scout(fast))
        _FORMS[id(pattern)] = forms
    return forms


def search_lower(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """`pattern.search(text)`, on `lowered` (text.lower(), same length) when the pattern allows."""
    forms = _forms(pattern)
    fast = forms.fast
    if fast is None:
        return pattern.search(text)
    if forms.words is not None and not _holds_any(lowered, forms.words):
        return None  # a match in `lowered` would hold one of them
    if forms.quick is not None:
        first = forms.quick.search(lowered)
        # No match can start before the prefilter's first one; \\b there still sees the character before.
        return fast.search(lowered, first.start()) if first is not None else None
    if forms.separated is not None:
        return wordstart.search_through(fast, forms.separated, lowered)
    return fast.search(lowered)


# The letters IGNORECASE matches to an ASCII letter that they do not lower to: "ı" and "İ" match
# "i", "ſ" matches "s" (and "İ" lowers to two characters). tests/test_grammar_lowercase.py tries
# every code point to show there are no others.
CASE_APART = re.compile("[İıſ]")
# pattern id -> (the pattern, whether it spells every letter in ASCII and scopes no flags).
_ASCII_LETTERS: dict[int, tuple[re.Pattern[str], bool]] = {}


def _spells_ascii_letters(pattern: re.Pattern[str]) -> bool:
    """No letter outside ASCII (those, like "ı" or "K", have case partners of their own), no escape
    that could name one, and no "(?-i:...)", which would see lowered letters."""
    entry = _ASCII_LETTERS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        source = pattern.pattern
        plain = "(?-i" not in source and not re.search(r"\\[uUxN0-9]", source) \
            and all(ch.isascii() or ch.lower() == ch.upper() for ch in source)
        entry = _ASCII_LETTERS[id(pattern)] = (pattern, plain)
    return entry[1]


def matches(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """`pattern.search(text) is not None`, exactly; faster for a pattern spelled in ASCII letters.

    `lowered` is text.lower() (or the same slice of the document's). Matched against ASCII letters,
    IGNORECASE compares every character but those of CASE_APART as str.lower() does, so on such
    text search_lower's lowercase form finds a match in `lowered` exactly when the pattern finds
    one in `text`. Otherwise the pattern itself runs.
    """
    if _spells_ascii_letters(pattern) and (text.isascii() or CASE_APART.search(text) is None):
        return search_lower(pattern, text, lowered) is not None
    return pattern.search(text) is not None


def for_language(lang: str) -> ModuleType:
    """The grammar module of a language (English when there is none)."""
    if lang == "uk":
        try:
            from . import uk
            return uk
        except ImportError:  # the Ukrainian grammar is optional until it lands
            pass
    from . import en
    return en
