"""Per-language grammars: sentences -> figure mentions, and the patterns frames use.

A grammar module exposes `figure_mentions(...)`, `find_cues(text)`, `WEAPON_OUTCOMES`
and `FRAME` (a FramePatterns). `for_language` picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType


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
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


# pattern id -> (its lowercase form, that form's prefilter). Keyed by id, not by the pattern:
# a compiled pattern hashes its whole program (about 2 us for a frame pattern), on every lookup.
_FORMS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def _forms(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    forms = _FORMS.get(id(pattern))
    if forms is None or forms[0] is not pattern:  # (the pattern is kept, so its id is never reused)
        fast = lowercase_form(pattern)
        forms = _FORMS[id(pattern)] = (pattern, fast, prefilter(fast) if fast is not None else None)
    return forms[1], forms[2]


def search_lower(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """`pattern.search(text)`, on `lowered` (text.lower(), same length) when the pattern allows."""
    fast, quick = _forms(pattern)
    if fast is None:
        return pattern.search(text)
    if quick is None:
        return fast.search(lowered)
    first = quick.search(lowered)
    # No match can start before the prefilter's first one; \\b there still sees the character before.
    return fast.search(lowered, first.start()) if first is not None else None


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
