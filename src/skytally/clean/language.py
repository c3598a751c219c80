"""The document language: "en", "uk", "ru" or "other".

Letters decide almost every document without a model: Latin script is English when
English function words outnumber those of other European languages; Cyrillic is
Ukrainian when it has і ї є ґ and no ы э ъ ё, Russian the other way round. Only
Cyrillic without either set (short texts, mixed quotes) asks lingua, whose
detector is built once, on first use (building it costs ~1 s).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SAMPLE = 2000  # characters: enough to decide, cheap on long pages

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_OTHER_CYRILLIC = re.compile(r"[ўђћљњџјѓќѕЎЂЋЉЊЏЈЃЌЅ]")  # Belarusian, Serbian, Macedonian

# Frequent function words of English, and of other languages written in Latin
# letters; words shared between them ("a", "in", "on", "die") are left out.
_EN_WORDS = frozenset(
    "the and of to is was were are has have had with from that this which at by for its their his"
    " her been will would said says after over into than it they overnight more least".split()
)
_OTHER_WORDS = frozenset(
    "der das und nicht mit ist wurde les des et est une dans pour que qui el los las del y por con"
    " una para il della che sono gli na się nie jest oraz przez het een niet van och att är ve bir"
    " bu ile".split()
)


def detect_language(text: str) -> str:
    """"en", "uk", "ru" or "other" for `text` (judged on its first 2,000 characters)."""
    sample = text[:_SAMPLE]
    if not _CYRILLIC.search(sample):
        return _latin_language(sample)
    cyrillic = len(_CYRILLIC.findall(sample))
    if len(_LATIN.findall(sample)) > 3 * cyrillic:
        return _latin_language(sample)  # an English page quoting a Ukrainian name
    if len(_OTHER_CYRILLIC.findall(sample)) > cyrillic // 50:
        return "other"
    uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
    if (uk and not ru) or uk > 10 * ru:
        return "uk"
    if (ru and not uk) or ru > 10 * uk:
        return "ru"
    return _lingua(sample)


def _latin_language(sample: str) -> str:
    words = sample.casefold().split()
    en, other = len(_EN_WORDS.intersection(words)), len(_OTHER_WORDS.intersection(words))
    if en > other:
        return "en"
    if other:
        return "other"
    # No function words at all: a headline or a line of names. Short ones are most
    # likely English in this corpus; longer ones without "the" or "of" are not.
    if not _LATIN.search(sample):
        return "other"
    return "en" if len(words) < 15 else "other"


def _lingua(sample: str) -> str:
    found = _detector().detect_language_of(sample)
    return _LINGUA_CODES.get(found.name if found else "", "other")


_LINGUA_CODES = {"ENGLISH": "en", "UKRAINIAN": "uk", "RUSSIAN": "ru"}


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.UKRAINIAN, Language.RUSSIAN).build()
