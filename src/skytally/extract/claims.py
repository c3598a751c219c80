"""Record claims about an attack: "the largest aerial assault since the invasion began"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .frames import SentenceFrame

_SUPERLATIVE_WORDS = (
    r"largest|biggest|most\s+massive|heaviest|highest|most\s+intense|deadliest|"
    r"most\s+destructive|worst|"
    r"most\s+powerful|most\s+extensive|largest-ever|biggest-ever|record(?:-breaking|-setting)?|"
    r"unprecedented|наймасованіш\w*|наймасштабніш\w*|найбільш\w*|рекорд\w*|"
    r"first(?:[- ]ever)?\s+direct")  # ("its first direct military attack on Israel")
_SUPERLATIVE = re.compile(rf"\b(?:(?:second|third)[- ])?(?:{_SUPERLATIVE_WORDS})\b")
# Every match of _SUPERLATIVE contains a match of the words alone. Without the leading \b and the
# optional ordinal re scans for their first letters in C; the full pattern it tries at every offset.
_SUPERLATIVE_SCOUT = re.compile(_SUPERLATIVE_WORDS)
_NOT_THIS_ATTACK = re.compile(r"(?:what\s+was\s+then|previous|prior|former|until\s+now|monthly|"
                              r"in\s+(?:a|one)\s+month)\W*(?:\w+\W+){0,3}$")
_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:officials|amid|according|he|she|they)\b|"
                         r",\s+(?:[\w'’]+\s+){0,4}(?:said|says|reported|reports|told|added|wrote)\b|"
                         r"\s+[-\u2013\u2014]\s+")


def find_claims(frames: list["SentenceFrame"], is_main: bool, lead_sentences: int = 25) -> list[str]:
    """Superlative phrases from the headline and lead, each up to the end of its clause."""
    claims: list[str] = []
    for frame in frames[:lead_sentences] if is_main else frames:
        text, low = frame.sentence.text, frame.sentence.low  # the patterns are matched on `low`
        if _SUPERLATIVE_SCOUT.search(low) is None:
            continue  # most sentences claim nothing
        for m in _SUPERLATIVE.finditer(low):
            if _NOT_THIS_ATTACK.search(low, 0, m.start()) or _monthly(low, m.end()) or _of_something_else(low, m.end()):
                continue
            end = _CLAUSE_END.search(low, m.end())
            phrase = text[m.start():end.start() if end else len(text)].strip(" ,\"'")
            phrase = phrase[:160]
            if phrase and phrase.lower() not in (c.lower() for c in claims):
                claims.append(phrase)
    return claims


def _monthly(low: str, pos: int) -> bool:
    """'a record 5,438 drones in June' is a period record, not this attack's."""
    return bool(re.match(r"\s*(?:monthly|month|for\s+a\s+month)", low[pos:pos + 20]))


def _of_something_else(low: str, pos: int) -> bool:
    """'Ukraine's largest private energy company', 'the second-largest city', 'the largest prisoner exchange', 'the
    highest state of readiness': a superlative of a place, a firm or an event that is no attack, named within the
    next few words before any word of an attack ('the largest combined aerial attack', 'the deadliest since')."""
    for word in _WORD.findall(low, pos, pos + _LOOK_AHEAD)[:_WORDS_AHEAD]:
        if not word[0].isalnum():
            return False  # ("record, again", "the largest, ...": the phrase ends)
        if word in _ATTACK_WORDS:
            return False
        if word in _OTHER_THINGS:
            return True
    return False


_LOOK_AHEAD, _WORDS_AHEAD = 60, 4  # the few words that name what is largest ("largest private energy company")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_ATTACK_WORDS = frozenset(
    "attack attacks assault assaults strike strikes barrage barrages raid raids bombardment bombardments salvo salvos "
    "wave waves blow blows onslaught onslaughts night nights day days drone drones missile missiles aerial air combined "
    "record since of on in such single shelling".split())
_OTHER_THINGS = frozenset(
    "city cities town towns port ports seaport seaports company companies firm firms producer producers supplier "
    "suppliers generator generators generating plant plants hydroelectric thermal nuclear oil refinery refineries "
    "hospital hospitals children's children’s pediatric facility facilities exchange exchanges swap swaps talks "
    "negotiations shake-up fighting clashes readiness alert state level prisoner prisoners private state-owned "
    "industrial employer employers bank banks airport airports market markets economy economies arms setbacks "
    "consequences volumes hit affected district districts was were near dam electricity exporter exporters importer "
    "importers donor donors operator operators manufacturer manufacturers maker makers shipyard shipyards steelworks "
    "terminal terminals station stations substation substations storage depot depots university universities museum "
    "museums cathedral church churches mall malls shopping concert festival crowd crowds gathering gatherings protest "
    "protests rally rallies offensive advance advances gains losses battle battles counteroffensive ground".split())
