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
    clause_break: re.Pattern[str]
    one_attack: re.Pattern[str]         # a clause about one attack is not a period aggregate


@lru_cache(maxsize=None)
def lowercase_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, for text lowercased once: re runs it 2-3x faster.

    None when the pattern spells an upper-case letter itself (it would never match lowered text).
    """
    if not pattern.flags & re.IGNORECASE or re.search(r"(?<!\\)[A-ZА-ЯІЇЄҐ]", pattern.pattern.replace("(?-i:", "")):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def search_lower(pattern: re.Pattern[str], text: str, lowered: str) -> re.Match[str] | None:
    """`pattern.search(text)`, on `lowered` (text.lower(), same length) when the pattern allows."""
    fast = lowercase_form(pattern)
    return fast.search(lowered) if fast is not None else pattern.search(text)


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
