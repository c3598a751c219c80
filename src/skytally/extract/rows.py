"""Figures laid out as a table: a header row of weapon classes, then a row per outcome.

    |              | Drones | Missiles |
    |--------------|--------|----------|
    | Launched     | 430    | 68       |
    | Shot down    | 402    | 54       |

or the other way round, a header row of outcomes, then a row per weapon:

    | Type of weapon                 | Launched | Shot down |
    | Iskander-M ballistic missiles  |    11    |     6     |

Flattened web pages and markdown keep such tables as lines of cells between pipes.
Each numeric cell becomes a figure of its row's outcome (read from the row label by the
language's own cues) and its column's class; the evidence is the cell's number.
"""

from __future__ import annotations

import re
from types import ModuleType

from .grammar.en import FigureMention
from .numbers import find_numbers
from .sentences import Sentence
from .weapons import find_weapons

_ROW = re.compile(r"\s*\|(.*)\|\s*")
_RULE = re.compile(r"[\s|:\-–—]*")  # |---|:---:|
_TOTAL = re.compile(r"\b(?:total|all|in\s+all|всього|разом)\b", re.I)
_CLASS_KEYS = {"drone": "drones", "missile": "missiles"}


def is_rule(sentence: Sentence) -> bool:
    """'|---|---|': the line under a header."""
    return "|" in sentence.text and _RULE.fullmatch(sentence.text) is not None


def cells(sentence: Sentence) -> list[tuple[int, int]] | None:
    """Document offsets of a table row's cells, or None when the line is not a row."""
    m = _ROW.fullmatch(sentence.text)
    if not m or _RULE.fullmatch(sentence.text):
        return None
    out, start = [], sentence.start + m.start(1)
    for part in m.group(1).split("|"):
        out.append((start, start + len(part)))
        start += len(part) + 1
    return out


def header_keys(text: str, row: list[tuple[int, int]], lang: str) -> list[str | None] | None:
    """The class key of each column ('drones', 'missiles', 'total'), when the row names them."""
    keys: list[str | None] = []
    if any(ch.isdigit() for start, end in row[1:] for ch in text[start:end]):
        return None  # a row of figures ("| Iskander-M missiles | 11 | 6 |"), not a header
    for start, end in row:
        cell = text[start:end]
        weapons = [w for w in find_weapons(cell, lang) if w.weapon_class in _CLASS_KEYS]
        keys.append(_CLASS_KEYS[weapons[0].weapon_class] if len(weapons) == 1
                    else "total" if _TOTAL.search(cell) else None)
    return keys if any(k in ("drones", "missiles") for k in keys) else None


def row_figures(G: ModuleType, text: str, sentence: Sentence, row: list[tuple[int, int]],
                keys: list[str | None], lang: str, month: str | None = None) -> list[FigureMention]:
    """'| Launched | 430 | 68 |' under '| | Drones | Missiles |': launched drones 430, missiles 68.
    A row labelled by a month ('| October 2025 | 5,298 | 261 |') holds that month's launches."""
    label_start, label_end = row[0]
    outcomes = [c.outcome for c in G.find_cues(text[label_start:label_end]) if c.outcome in G.WEAPON_OUTCOMES]
    if not outcomes and month is not None:
        outcomes = ["launched"]
    if not outcomes:
        return []
    out = []
    for (start, end), key in zip(row[1:], keys[1:]):
        numbers = find_numbers(text[start:end], lang)
        if key is None or len(numbers) != 1 or text[start:end].strip() != numbers[0].text:
            continue  # only a cell that is one number: "402 (93%)" or "n/a" says something else
        n = numbers[0]
        out.append(FigureMention(outcomes[0], key, n.value, n.qualifier, start + n.start, start + n.end,
                                 sentence.index, period=month))
    return out


def header_outcomes(G: ModuleType, text: str, row: list[tuple[int, int]]) -> list[str | None] | None:
    """The outcome of each column ('launched', 'destroyed'), when the row names them and no weapon class."""
    if len(row) < 2 or header_keys(text, row, G.__name__.rsplit(".", 1)[-1]) is not None:
        return None
    outcomes: list[str | None] = []
    for start, end in row:
        cues = [c.outcome for c in G.find_cues(text[start:end]) if c.outcome in G.WEAPON_OUTCOMES]
        outcomes.append(cues[0] if len(set(cues)) == 1 else None)
    return outcomes if any(outcomes[1:]) and outcomes[0] is None else None


def weapon_row_figures(text: str, sentence: Sentence, row: list[tuple[int, int]], outcomes: list[str | None],
                       lang: str) -> list[FigureMention]:
    """'| Iskander-M ballistic missiles | 11 | 6 |' under '| Type | Launched | Shot down |': the model's
    launched 11 and downed 6; a 'TOTAL' row holds the totals."""
    label_start, label_end = row[0]
    label = text[label_start:label_end]
    weapons = [w for w in find_weapons(label, lang) if w.weapon_class in _CLASS_KEYS or w.weapon_class == "any"]
    if weapons:
        first = weapons[0]
        key, model, subclass = _CLASS_KEYS.get(first.weapon_class, "total"), first.model, first.subclass
        if len({w.model for w in weapons if w.model}) > 1:
            model = None  # "Kalibr and Iskander-K missiles": a group of models, only the class
    elif _TOTAL.search(label):
        key, model, subclass = "total", None, None
    else:
        return []
    out = []
    for (start, end), outcome in zip(row[1:], outcomes[1:]):
        numbers = find_numbers(text[start:end], lang)
        if outcome is None or len(numbers) != 1 or text[start:end].strip() != numbers[0].text:
            continue  # ("–": no figure)
        n = numbers[0]
        out.append(FigureMention(outcome, key, n.value, n.qualifier, start + n.start, start + n.end, sentence.index,
                                 model=model, subclass=subclass))
    return out
