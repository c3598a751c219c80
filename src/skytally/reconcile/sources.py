"""Which kind of source a document is: the data behind the source-rank rule.

Ranks, highest first:

    3  official statement   the Air Force, a defence ministry or general staff speaking
                            for itself (their channels and sites, or a title that opens
                            like one of their statements)
    2  agency report        a news agency or an outlet with its own reporting
    1  reprint              anything else: aggregators, copies, files of unknown origin

The first matching pattern wins, tried from the top. Patterns are case-insensitive
regular expressions over the document's `source` (path or URL) or over the start of its
`title`. Adding a source is adding a line here.
"""
from __future__ import annotations

import re
from functools import lru_cache

OFFICIAL, AGENCY, REPRINT = 3, 2, 1
RANK_NAMES = {OFFICIAL: "official statement", AGENCY: "agency report", REPRINT: "reprint"}

#: (rank, "source" | "title", pattern)
SOURCE_PATTERNS: tuple[tuple[int, str, str], ...] = (
    # Ukrainian Air Force and its regional commands, General Staff, Commander-in-Chief, MoD
    (OFFICIAL, "source", r"kpszsu|pvkpivden|pvkshid|pvkzahid|pvkcenter|pvkpivnich|generalstaff|cincafu"),
    (OFFICIAL, "source", r"(^|[/.])(mil\.gov\.ua|mod\.gov\.ua|zsu\.gov\.ua|president\.gov\.ua)"),
    # Russia's defence ministry speaking for itself
    (OFFICIAL, "source", r"(^|[/.])(mil\.ru)|t\.me/mod_russia"),
    (OFFICIAL, "title", r"^\W*(ukrainian )?air force( of the armed forces of ukraine)?\b"),
    (OFFICIAL, "title", r"^\W*(командування )?повітрян\w+ сил"),
    (OFFICIAL, "title", r"^\W*(ministry of defen[cs]e|general staff)\b"),
    (OFFICIAL, "title", r"^\W*(міністерство оборони|генеральний штаб|минобороны|министерство обороны)"),
    # news agencies and outlets with their own reporting
    (AGENCY, "source", r"^kaggle:"),  # the Kaggle dataset: official statements, compiled by a third party
    (AGENCY, "source", r"reuters\.|apnews\.|(^|[/.])ap\.org|afp\.|ukrinform\.|interfax\.|unian\.|tass\.|ria\.ru"),
    (AGENCY, "source", r"bloomberg\.|bbc\.|cnn\.|nytimes\.|washingtonpost\.|theguardian\.|kyivindependent\."),
    (AGENCY, "source", r"pravda\.com\.ua|suspilne\.|rbc\.ua|nv\.ua|censor\.net|kyivpost\.|aljazeera\.|dw\.com"),
)

_COMPILED = tuple((rank, where, re.compile(pattern, re.IGNORECASE)) for rank, where, pattern in SOURCE_PATTERNS)


@lru_cache(maxsize=65536)  # called once per candidate figure while reconciling
def source_rank(source: str, title: str | None = None) -> int:
    """The rank of a document from its source and title (REPRINT when nothing matches)."""
    for rank, where, pattern in _COMPILED:
        text = source if where == "source" else (title or "")
        if pattern.search(text):
            return rank
    return REPRINT


#: Wording around a figure that marks it as an explicit revision of an earlier one.
UPDATE_PATTERNS: tuple[str, ...] = (
    r"\b(later|since|subsequently|then) (raised|revised|updated|corrected|increased|lowered|adjusted)\b",
    r"\b(raised|revised|updated|corrected) (the|its|their) (figure|number|count|tally|total)",
    r"\bupdated (figure|data|information|numbers|count|tally)\b",
    r"\bupdate:",
    r"уточн\w*|оновлен\w*|оновил\w*|скоригов\w*",
)
_UPDATE = re.compile("|".join(UPDATE_PATTERNS), re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]: cheap, no sentence splitter needed."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    right_match = _SENTENCE_END.search(text, end, end + 400)
    right = right_match.end() if right_match else min(len(text), end + 400)
    return text[left:right].strip()


def is_update(text: str, start: int | None, end: int | None) -> bool:
    """Does the sentence of this figure say it revises an earlier figure?"""
    if start is None or end is None:
        return False
    return bool(_UPDATE.search(sentence_around(text, start, end)))
