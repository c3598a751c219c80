"""Weapon mentions: models ("Kh-101", "Шахедів") and generic nouns ("cruise missiles",
"засобів повітряного нападу") in English and Ukrainian text.

Lexicons are data: lexicon/weapons.tsv (aliases -> canonical model of the reference
table, class, subclass), weapon_nouns_en.tsv and weapon_nouns_uk.tsv (generic phrases).

Why it is fast: at first use each language gets one compiled trie regex over every word
form and alias (Ukrainian forms from pymorphy3 lexemes, designations in both scripts:
Х-101 / X-101), anchored on the character before a word so re only tries word starts. It
runs once over the lower-cased text; only the few hits are folded (Cyrillic look-alikes
to Latin, no hyphens) to find their entry. Hits are then joined into phrases ("means" +
"air" + "attack"), and a model next to a noun becomes one mention ("Shahed drones",
"ударних БпЛА типу «Shahed»", "Kh-101 cruise missiles").

Decisions: guided bombs (KAB, "guided aerial bombs") are class "bomb", counted neither
as drones nor as missiles; KAB's model is "GBU", the reference table's guided bomb.
Gerbera and other decoys have no model in the reference table: model None, subclass
"decoy". "missile" in "missile attack" is still a mention: the grammar decides.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import combinations, product

from .places import trie_pattern, uk_morph
from .sentences import lower_document
from .tables import load_tsv

__all__ = ["WeaponMention", "canonical_model", "find_weapons"]


@dataclass(frozen=True)
class WeaponMention:
    start: int
    end: int
    text: str
    model: str | None  # canonical model name from the reference table; None for a generic noun
    weapon_class: str  # "drone" | "missile" | "bomb" | "any" ("targets", "means of air attack")
    subclass: str | None  # "cruise" | "ballistic" | "aeroballistic" | "hypersonic" | "guided" | "anti_aircraft" |
    #                       "attack" | "decoy" | "reconnaissance" | None
    plural: bool


def find_weapons(text: str, lang: str = "en") -> list[WeaponMention]:
    """Every weapon mention in `text`, in order, without overlaps."""
    if not text:
        return []
    idx = _index("uk" if lang in ("uk", "ru") else "en")  # ru: БПЛА, Х-101, С-300 are shared
    lowered = lower_document(text)[0]  # offset for offset: İ, which lowers to two characters, stays
    items = _join(text, _items(text, lowered, idx))
    mentions = [_mention(text, it) for it in items]
    if lang == "en" and (" unit" in lowered or " crew" in lowered or " gunners" in lowered or " system" in lowered):
        # "destroyed by anti-aircraft missile units", "drone crews": the defenders, no weapon that came ("destroyed a
        # Russian Tor surface-to-air missile system": a launcher)
        mentions = [m for m in mentions if not (m.model is None and _DEFENDERS_AFTER.match(lowered, m.end))]
    return mentions


_DEFENDERS_AFTER = re.compile(r"\s+(?:units?|crews?|gunners|troops|battalions?|brigades?|regiments?|operators|systems?)\b")


def canonical_model(name: str) -> str | None:
    """The reference table's name for a model alias ("Kh-101" -> "X-101/X-555"), else None."""
    key = _key(name.strip().translate(_FOLD))
    for lang in ("en", "uk"):
        unit = _index(lang).units.get(key)
        if unit is not None and unit.model is not None:
            return unit.model.model
    return None


@functools.lru_cache(maxsize=None)
def model_subclass(model: str) -> str | None:
    """The reference model's subclass ("X-101/X-555" -> "cruise"), None for drones and unknown models."""
    for _, name, _, sub, _ in _tsv("weapons.tsv"):
        if name == model and sub not in ("", "-"):
            return sub
    return None


# --- internals: matching ------------------------------------------------------------

@dataclass(frozen=True)
class _Model:
    model: str | None
    weapon_class: str
    subclass: str | None
    cs: bool  # only a model when capitalised or quoted ("Lancet", not "lancet")


@dataclass(frozen=True)
class _Unit:
    """What one trie hit is: a word of a generic phrase, or a model alias."""

    word: str | None
    model: _Model | None
    plural: bool


@dataclass(slots=True)
class _Item:
    """A generic phrase, a model, or both joined ("Shahed drones")."""

    start: int
    end: int
    model: _Model | None
    noun: tuple[str, str | None] | None  # (class, subclass) of a generic phrase
    plural: bool


@dataclass
class _Index:
    units: dict[str, _Unit]
    phrases: dict[tuple[str, ...], tuple[str, str | None]]
    prefixes: frozenset[tuple[str, ...]]
    trie: re.Pattern[str]
    glue: re.Pattern[str]  # what may stand between the words of one phrase
    seen: dict[str, _Unit | None] = field(default_factory=dict)  # matched surface -> unit


def _fold_table() -> dict[int, str]:
    table = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЫЭЪЁ"}
    look_alike = dict(zip("авеікмнорстух", "abeikmhopctyx"))
    for c in "авеікмнорстух":
        table[ord(c)] = table[ord(c.upper())] = look_alike[c]
    table.update({ord(c): "-" for c in "‐‑‒–—−"})
    table.update({ord(c): " " for c in "\n\r\t\v\f\xa0\u2007\u2009\u202f"})
    return table


_FOLD = _fold_table()
_UNSEEN = _Unit(None, None, False)
_OPEN_QUOTES = frozenset("«\"“„'‘")
_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CLOSING = frozenset(_PAIRS.values())
# Between a noun and a model: quotes, spaces, "типу"/"type" ("БпЛА типу «Shahed»"), and
# "/" between two names of one model ("Х-101/Х-555/Х-55").
_JOIN = re.compile(r"[\s\"'«»“”„/]*(?:(?:типу|type|of\s+the\s+type)[\s\"'«»“”„]*)?", re.I)


def _key(folded: str) -> str:
    return folded.replace(" ", "").replace("-", "")


def _items(text: str, lowered: str, idx: _Index) -> list[_Item]:
    hits = _hits(text, lowered, idx)
    items, i = [], 0
    while i < len(hits):
        start, end, unit = hits[i]
        if unit.model is not None:
            items.append(_Item(start, end, unit.model, None, unit.plural))
            i += 1
            continue
        phrase = _longest_phrase(lowered, hits, i, idx)
        if phrase is None:
            i += 1
            continue
        last, noun, plural = phrase
        items.append(_Item(start, hits[last][1], None, noun, plural))
        i = last + 1
    return items


def _hits(text: str, lowered: str, idx: _Index) -> list[tuple[int, int, _Unit]]:
    """(start, end, unit) of every trie hit that is a weapon word here."""
    hits = []
    seen = idx.seen
    # The trie starts at the separator before a word (re then tries only word starts), so
    # it runs on " " + text: m.start() is the word's offset in `text`, m.end() - 1 its end.
    for m in idx.trie.finditer(" " + lowered):
        start, stop = m.span()
        surface = lowered[start:stop - 1]
        unit = seen.get(surface, _UNSEEN)
        if unit is _UNSEEN:
            unit = seen[surface] = idx.units.get(_key(surface.translate(_FOLD)))
        if unit is None or (unit.model is not None and unit.model.cs and not _capitalised(text, start)):
            continue
        hits.append((start, stop - 1, unit))
    return hits


def _longest_phrase(lowered: str, hits: list[tuple[int, int, _Unit]], i: int,
                    idx: _Index) -> tuple[int, tuple[str, str | None], bool] | None:
    """(index of its last hit, (class, subclass), plural) of the longest phrase starting at hits[i], or None."""
    best, ids, plural = None, (), False
    prev_end = -1
    for j in range(i, len(hits)):
        start, end, unit = hits[j]
        if unit.word is None:
            break
        if j > i and not (start == prev_end + 1 and lowered[prev_end] == " ") \
                and not idx.glue.fullmatch(lowered, prev_end, start):
            break
        ids += (unit.word,)
        plural = plural or unit.plural
        noun = idx.phrases.get(ids)
        if noun is not None:
            best = (j, noun, plural)
        if ids not in idx.prefixes:
            break
        prev_end = end
    return best


def _capitalised(text: str, start: int) -> bool:
    # (a code that opens with a digit is written as a name: "3M22 Zircon")
    return text[start].isupper() or text[start].isdigit() or (start > 0 and text[start - 1] in _OPEN_QUOTES)


def _join(text: str, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, it) and _JOIN.fullmatch(text, prev.end, it.start):
            noun_side = prev if prev.noun is not None else it
            out[-1] = _Item(prev.start, it.end, prev.model or it.model, prev.noun or it.noun, noun_side.plural)
        else:
            out.append(it)
    return out


def _joinable(a: _Item, b: _Item) -> bool:
    if a.model is not None and b.model is not None:  # "Х-47М2 «Кинджал»": one model, twice named
        return a.model.model is not None and a.model.model == b.model.model and b.noun is None
    if (a.model is None) == (b.model is None) or (a.noun is not None and b.noun is not None):
        return False
    model = a.model or b.model
    noun = a.noun or b.noun
    return model is not None and noun is not None and noun[0] in ("any", model.weapon_class)


def _mention(text: str, it: _Item) -> WeaponMention:
    model, noun = it.model, it.noun
    weapon_class = model.weapon_class if model is not None else noun[0]  # type: ignore[index]
    subclass = (noun[1] if noun is not None else None) or (model.subclass if model is not None else None)
    end = _close_quote(text, it.start, it.end) if text[it.end:it.end + 1] in _CLOSING else it.end
    return WeaponMention(it.start, end, text[it.start:end], model.model if model else None,
                         weapon_class, subclass, it.plural)


def _close_quote(text: str, start: int, end: int) -> int:
    """Take in the closing quote of a quote the mention opened: 'БпЛА типу «Shahed»'."""
    inside = text[start:end]
    for opening, closing in _PAIRS.items():
        unclosed = inside.count(opening) % 2 if opening == closing else inside.count(opening) - inside.count(closing)
        if unclosed > 0 and text.startswith(closing, end):
            return end + 1
    return end


# --- internals: index -----------------------------------------------------------------

_EN_GLUE_WORDS = frozenset({"of", "the"})
# Every character that str.isspace() (and so re's "\s") accepts, listed: the trie below is
# tried at each separator, found by testing every character of a text against this class,
# and re tests "\s" with a category look-up but listed characters with one bitmap probe.
_WHITESPACE = "\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SEPARATOR = f"[{_WHITESPACE}«»\"„“”'‘’()\\[\\]/\\-–—,.;:!?*•]"  # what may stand before a weapon word
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _tsv(name: str) -> list[list[str]]:
    """Data lines of a lexicon TSV, padded to five columns."""
    return [(list(cols) + [""] * 5)[:5] for cols in load_tsv(name)]


@functools.lru_cache(maxsize=None)
def _index(lang: str) -> _Index:
    units: dict[str, _Unit] = {}
    patterns: set[str] = set()
    phrases: dict[tuple[str, ...], tuple[str, str | None]] = {}
    noun_forms = _en_noun_forms if lang == "en" else _uk_noun_forms
    for phrase, cls, sub, *_ in _tsv(f"weapon_nouns_{lang}.tsv"):
        ids = []
        for forms in noun_forms(phrase):
            word_id = next(iter(forms.values()))[0]
            ids.append(word_id)
            for form, (_, plural) in forms.items():
                _add(units, patterns, form, _Unit(word_id, None, plural))
        phrases[tuple(ids)] = (cls, None if sub in ("", "-") else sub)
    for alias, model, plural in _model_aliases(lang):
        _add(units, patterns, alias, _Unit(None, model, plural), replace=True, look_alikes=lang == "uk")
    prefixes = frozenset(k[:n] for k in phrases for n in range(1, len(k) + 1))
    glue = r"\s+(?:(?:of|the)\s+)*|\s*[-‐‑‒–—−]\s*" if lang == "en" else r"\s+|\s*[-‐‑‒–—−]\s*"
    trie = trie_pattern(patterns, _char)
    return _Index(units, phrases, prefixes, re.compile(_SEPARATOR + "(?:" + trie + r")(?!\w)"), re.compile(glue))


def _add(units: dict[str, _Unit], patterns: set[str], form: str, unit: _Unit, replace: bool = False,
         look_alikes: bool = False) -> None:
    key = _key(form.translate(_FOLD).strip())
    if not key or (key in units and not replace):
        return
    units[key] = unit
    pattern = re.sub(r"\s*/\s*", "/", form.lower().strip()).replace(" ", "-")
    patterns.update(_look_alike_variants(pattern) if look_alikes else {pattern})


def _en_noun_forms(phrase: str) -> list[dict[str, tuple[str, bool]]]:
    """Per word (glue words dropped): form -> (word id, plural). The last word in both numbers."""
    words = [w for w in phrase.split() if w.lower() not in _EN_GLUE_WORDS]
    out = []
    for i, w in enumerate(words):
        forms = {w}
        if i == len(words) - 1:
            forms.add(w[:-1] if _en_plural(w) else w + "s")
        out.append({f: (_en_id(f), _en_plural(f)) for f in forms})
    return out


def _en_plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss")


def _en_id(word: str) -> str:
    key = _key(word.translate(_FOLD))
    return key[:-1] if _en_plural(word) else key


def _uk_noun_forms(phrase: str) -> list[dict[str, tuple[str, bool]]]:
    """Per word: every case/number form (pymorphy3 lexeme) -> (lemma id, plural)."""
    out = []
    for word in phrase.split():
        parts = [_uk_lexeme(p) for p in word.split("-")]
        word_id = _key("".join(lemma for lemma, _ in parts).translate(_FOLD))
        forms: dict[str, tuple[str, bool]] = {}
        for combo in product(*(lex.items() for _, lex in parts)):
            form = "-".join(f for f, _ in combo)
            forms[form] = (word_id, any(p for _, p in combo) or forms.get(form, ("", False))[1])
        out.append(forms)
    return out


@functools.lru_cache(maxsize=None)
def _uk_lexeme(word: str) -> tuple[str, dict[str, bool]]:
    parses = uk_morph().parse(word.lower())
    best = next((p for p in parses if p.tag.POS in ("NOUN", "ADJF")), parses[0])
    forms: dict[str, bool] = {}
    for f in best.lexeme:
        forms[f.word] = forms.get(f.word, False) or ("plur" in f.tag and "Fixd" not in f.tag)
    return best.normal_form, forms


def _model_aliases(lang: str) -> list[tuple[str, _Model, bool]]:
    """(surface form, model, plural) for every alias this language's texts may use."""
    out, canonical = [], {}
    for alias, model, cls, sub, flags in _tsv("weapons.tsv"):
        entry = _Model(None if model == "-" else model, cls, None if sub in ("", "-") else sub, "cs" in flags.split(","))
        canonical.setdefault(entry.model, entry)
        cyrillic = bool(_CYRILLIC.search(alias))
        if cyrillic and lang != "uk":
            continue
        for variant in _designation_variants(alias):
            out.append((variant, entry, False))
            if not cyrillic:
                out.append((variant + "s", entry, True))  # "Shaheds", "Kh-101s"
            elif "no_inflect" not in flags.split(","):
                out += [(f, entry, plural) for f, plural in _uk_model_forms(variant).items()]
    out += [(name, _Model(m.model, m.weapon_class, m.subclass, True), False)
            for name, m in canonical.items() if name]  # canonical names are aliases too
    return out


def _designation_variants(alias: str) -> set[str]:
    """Kh-101 <-> X-101 (Cyrillic Х folds to x)."""
    if re.search(r"\b(?:X|Kh)-?\d", alias):
        return {re.sub(r"\b(?:X|Kh)(?=-?\d)", prefix, alias) for prefix in ("X", "Kh")}
    return {alias}


def _uk_model_forms(alias: str) -> dict[str, bool]:
    """Case forms of a Cyrillic model name -> plural: Шахед -> Шахедів, Герань -> Геранями."""
    if re.search(r"[\d\-/ ]", alias):
        return {}  # "Іскандер-М", "Х-101": written in the nominative
    w = alias.lower()
    stem = w[:-1]
    if w.endswith("а"):
        return {stem + e: e not in ("а", "і", "у", "ою") for e in ("а", "и", "і", "у", "ою", "", "ам", "ами", "ах")}
    if w.endswith("ь"):
        return {stem + e: e not in ("ь", "ю", "ею") for e in ("ь", "і", "ю", "ею", "ей", "ям", "ями", "ях")}
    if w.endswith("я"):
        return {stem + e: e not in ("я", "ю", "єю") for e in ("я", "ї", "ю", "єю", "й", "ям", "ями", "ях")}
    sg, pl = ("а", "у", "ом", "і", "ові", "е"), ("и", "ів", "ам", "ами", "ах")
    return {w + e: e in pl for e in sg + pl}


_LOOK_ALIKE = dict(zip("abcehikmoptxy", "авсенікмортху"))  # Latin -> Cyrillic, lower case
_LOOK_ALIKE |= {cyr: lat for lat, cyr in _LOOK_ALIKE.items()}
_SHORT_SEGMENT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}(?![^\W\d_])")


def _look_alike_variants(pattern: str) -> set[str]:
    """Spellings of a designation in either script: x-101 / х-101, c-300 / с-300, kh-23 / кн-23.
    The text is only lower-cased, not folded (folding 4 KB costs ~200 us), so the trie holds
    these. Only short letter groups are swapped ("kh", the "m" of "x-47m2"): words keep one script."""
    positions = [i for seg in _SHORT_SEGMENT.finditer(pattern)
                 for i in range(seg.start(), seg.end()) if pattern[i] in _LOOK_ALIKE]
    if len(positions) > 4:
        subsets: list[tuple[int, ...]] = [(), tuple(positions)]
    else:
        subsets = [c for r in range(len(positions) + 1) for c in combinations(positions, r)]
    return {"".join(_LOOK_ALIKE[c] if i in subset else c for i, c in enumerate(pattern)) for subset in subsets}


def _char(ch: str) -> str:
    if ch == "-":
        return r"[\s\-‐‑‒–—−]?"  # "Kh-101", "Kh 101", "Kh101", "Kh–101"
    if ch == "/":
        return r"\s?/\s?"
    return re.escape(ch)
