"""Ukrainian grammar: the mentions of one sentence -> figure mentions.

The same model as the English grammar (en.py), with Ukrainian word order and
morphology:

* a quantity is a number and the noun it counts, in any case ("137-ма ударними
  БпЛА", "63 ударних БпЛА", "31 ракету"), a bare number next to an outcome
  ("збито 270", "28 – збито"), a number and a place noun ("на 8 локаціях") or a
  person noun ("11 людей", "двоє дітей");
* an outcome cue after a number binds it when only auxiliaries or a dash stand
  between ("95 БпЛА – локаційно втрачені"); otherwise the nearest cue before it in
  the sentence does ("знищено 114 цілей: 87 крилатих ракет ...");
* "28 з 31", "76 з 90 дронів", "з 58 дронів збили 40" make two figures (the set is
  launched); "усі 29", "обидві" state launched and destroyed, and so do the parts of
  "знищили всі 31 ракету: 2 ... та 29 ..."; "з них", "зокрема", "серед них" make parts;
* "297 БпЛА типу «Shahed», «Гербера» та інших типів" is the drone figure and also the
  model's; "6 ударних і 3 розвідувальні безпілотники" are two parts of one noun;
* a place right before or after a quantity ("над Миколаївщиною знищено 8",
  "8 – над Одещиною") makes the figure regional; a list of places does not;
* "N – іранського виробництва «Shahed-136»", "Близько 60 з них – «шахеди»": a dash
  may stand between a number and the weapon it counts.

The cues and word classes are data (lexicon/outcomes_uk.tsv, one regular expression
per line for all inflected forms; lexicon/nouns_uk.tsv); this module is the matching
logic. Quantity, Cue and FigureMention are the English grammar's records: frames
reads both alike.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import NumberMention, find_numbers
from ..places import PlaceMention, find_places
from ..sentences import Sentence, lower_same_length
from ..tables import load_tsv
from ..weapons import WeaponMention, find_weapons
from .en import (
    CLASS_KEY,
    PERSON_OUTCOMES,
    WEAPON_OUTCOMES,
    Cue,
    FigureMention,
    Quantity,
    _figure,
    _label,
    coordinate,
    share_right_cues,
    universal_twin,
    weapon_figure,
)

__all__ = ["FRAME", "WEAPON_OUTCOMES", "FigureMention", "figure_mentions", "find_cues"]

_W = r"[^\W\d_]"  # a letter


@dataclass
class UkQuantity(Quantity):
    mixed: bool = False  # "297 БпЛА типу «Shahed», «Гербера» та інших типів": a class figure naming a model


@dataclass(frozen=True)
class UkCue(Cue):
    """A cue with the lexicon's flags ("weapon": binds only a weapon quantity; "more")."""

    flags: frozenset[str] = frozenset()


# --- cues --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cue_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, str, frozenset[str]]]]:
    entries = []
    for row in load_tsv("outcomes_uk.tsv"):
        phrase, outcome, position, flags = (list(row) + ["", "", "", ""])[:4]
        flagset = frozenset(f.strip() for f in flags.split(",") if f.strip())
        body = phrase if "re" in flagset else r"\s+".join(re.escape(w) for w in phrase.split())
        entries.append((body, outcome, position, flagset - {"re"}))
    entries.sort(key=lambda e: -len(e[0]))  # longer patterns first: "збито/подавлено" before "збито"
    table = {f"c{i}": (outcome, position, flags) for i, (_, outcome, position, flags) in enumerate(entries)}
    alternation = "|".join(f"(?P<c{i}>{body.lower()})" for i, (body, *_) in enumerate(entries))
    # Matched on lower-cased text without re.I: case-insensitive matching is several times slower.
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])"), table


def counts_without_number(sentence: Sentence, weapons: list) -> bool:
    """Ukrainian figures are always written as numbers or number words."""
    return False


def find_cues(text: str) -> list[Cue]:
    """Outcome cues of `text` (offsets into it), in order."""
    pattern, table = _cue_regex()
    low = lower_same_length(text)
    cues: list[Cue] = []
    for m in pattern.finditer(low):
        outcome, position, flags = table[m.lastgroup or ""]
        cues.append(UkCue(m.start(), m.end(), outcome, position, flags))
    return cues


# --- patterns ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Words:
    """The word classes of lexicon/nouns_uk.tsv, compiled on first use."""

    location: re.Pattern[str]  # "на 8 локаціях"
    person: re.Pattern[str]  # "11 людей"
    gap: re.Pattern[str]  # between a number and its weapon noun
    aux: re.Pattern[str]  # between a number and a cue after it


@lru_cache(maxsize=1)
def _words() -> _Words:
    kinds: dict[str, list[str]] = {}
    for kind, pattern, *_ in load_tsv("nouns_uk.tsv"):
        kinds.setdefault(kind, []).append(f"(?:{pattern})")
    alt = {kind: "|".join(patterns) for kind, patterns in kinds.items()}
    modifier = rf"(?:(?:{alt['modifier']})\s+)?"
    return _Words(
        location=re.compile(rf"-?(?:[хи]|ти|ми|ма)?\s*{modifier}(?:{alt['location']})(?![\w])", re.IGNORECASE),
        person=re.compile(rf"\s*{modifier}(?:{alt['person']})(?![\w])", re.IGNORECASE),
        gap=re.compile(alt["gap"], re.IGNORECASE),
        aux=re.compile(rf"^[\s()\"«»“”„–—-]*(?:(?:{alt['aux']})[\s()\"«»“”„–—-]+)*$", re.IGNORECASE))


_SUB_MARKER = re.compile(
    r"(?:зокрема|у\s+тому\s+числі|в\s+тому\s+числі|серед\s+них|серед\s+яких|з\s+них|із\s+них|"
    r"з\s+яких|із\s+яких|з-поміж\s+них|переважно|здебільшого|більшість\s+з\s+них)[\s:,–—-]*$", re.IGNORECASE)
_ADJECTIVE = re.compile(r"[а-яіїєґ'’-]{3,}(?:ого|ої|их|ими|ий|ій|а|і|у|ою|им|ім|е|ому)", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s*(?:з|із|зі)\s+$", re.IGNORECASE)
_FROM_SET = re.compile(r"(?:^|[\s,:;(–—])(?:з|із)\s+$", re.IGNORECASE)
_ANAPHOR = re.compile(r"\s*(?:з|із)\s+(?:них|яких|цих|усіх|всіх)\b", re.IGNORECASE)
_MORE_MARKER = re.compile(r"(?<![\w])(?:ще|інші|інших|додатково|додаткові)\s*(?:[–—-]\s*)?$", re.IGNORECASE)
_PLACE_PREP = re.compile(r"(?<![\w])(?:над|у|в|на|біля|поблизу|під|в\s+районі|у\s+районі|на\s+території|"
                         r"в\s+небі\s+над|у\s+небі\s+над|у\s+межах|в\s+межах)\s+$", re.IGNORECASE)
_PLACE_CLAUSE_END = re.compile(r"[;.:]|,\s+(?:а|але|і|та|з\s+них|зокрема|ще|що|які|який|яка|котрі)(?![\w])", re.IGNORECASE)
_LIST_GLUE = re.compile(r"\s*(?:,|та|і|й|або)\s*(?:(?:та|і|й)\s+)?$", re.IGNORECASE)
_UPDATE = re.compile(r"(?<![\w])(?:уточни\w*|уточнен\w*|оновил\w*|оновлен\w*|згодом|пізніше|зросл[аои]|зріс|"
                     r"збільшил\w*|сягнул\w*|підвищил\w*)(?![\w])", re.IGNORECASE)
_RISE_TO = re.compile(r"(?<![\w])(?:зрос\w*|зріс|збільши\w*|сягну\w*|піднял\w*|підвищи\w*|дійшл\w*)\s+$", re.IGNORECASE)
_TOLL_GAP = re.compile(r"^(?:\s+[\w'’«»-]+){0,6}?\s+(?:зрос\w*|зріс|збільши\w*|сягну\w*|становить|становила|"
                       r"складає|склала)\s+(?:до\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";")
# A gerund or a second verb after "а також": a new predicate, which an attack noun does not govern.
_OTHER_PREDICATE = re.compile(r"(?<![\w])[а-яіїєґ'’]{3,}(?:вши|ючи|ячи)(?![\w])|,\s*а\s+також\s+[а-яіїєґ'’]+(?:в|ла|ли)(?![\w])", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:а\s+також\s+|та\s+|і\s+)?|та\s+|і\s+|й\s+|а\s+також\s+|,?\s*плюс\s+)$", re.IGNORECASE)
_NOT_WEAPON_AFTER = re.compile(r"-(?:перехоплювач|мішен)", re.IGNORECASE)  # "дронів-перехоплювачів": ours, not the attacker's
_BARE_NEXT = re.compile(
    r"\s+(?:з|із|зі|над|у|в|на|по|біля|поблизу|під|ще|було|були|вже|також|успішно|ймовірно|та|і|й|або|чи|"
    r"ворож\w*|цілей|одиниць)(?![\w])", re.IGNORECASE)
_DEBRIS_AT = re.compile(r"(?:уламк\w*|падінн\w*)[^.;]{0,50}?\s+(?:на|в|у)\s+(?:ще\s+)?$", re.IGNORECASE)
_HIT_WORDS = re.compile(r"(?<![\w])(?:удар(?:и|ів|ами)?|влуча\w*|влучи\w*|влучил\w*|прил[ьі]от\w*|ураж\w*)(?![\w])", re.IGNORECASE)
_NATIONWIDE = re.compile(r"(?<![\w])(?:по\s+(?:всій\s+)?(?:країні|україні)|загалом\s+по|в\s+цілому|"
                         r"по\s+всій\s+території|у\s+(?:\d+|кількох|декількох|різних|багатьох)\s+областях|"
                         r"загалом\s+(?:у|в)наслідок)", re.IGNORECASE)
# A place named as a source ("повідомили в Одеській ОВА") or as the strike's target
# ("удару по Кривому Рогу") is not where a toll was counted.
_SOURCE_BEFORE = re.compile(r"(?:повідоми\w*|заяви\w*|за\s+даними|за\s+словами|розповіли?\w*)\s+(?:у|в)?\s*$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s+(?:обласн|міськ|районн)\w*\s+(?:військов|державн|рад)", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"(?:удар\w*|атак\w*|обстріл\w*)\s+(?:\w+\s+)?по\s+$", re.IGNORECASE)


# --- quantities --------------------------------------------------------------------------

def _join_thousands(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """'5 438' with a plain space is one number (numbers.py reads 5 and 438)."""
    out: list[NumberMention] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:n.start] == " " and re.fullmatch(r"[0-9]{1,3}", text[prev.number_start:prev.end]) \
                and re.fullmatch(r"[0-9]{3}", n.text) and not prev.is_year and not prev.in_date \
                and not (n.end < len(text) and text[n.end] in "-‐‑"):
            value = prev.value * 1000 + n.value
            out[-1] = NumberMention(prev.start, n.end, text[prev.start:n.end], value, prev.qualifier,
                                    prev.universal, prev.number_start)
            continue
        out.append(n)
    return out


def _weapon_after(text: str, pos: int, weapons: list[WeaponMention], dash: bool = False) -> WeaponMention | None:
    """The weapon noun a number at `pos` counts, if only modifiers (or, with `dash`, an
    apposition dash and a few words) stand between."""
    for w in weapons:
        if w.start < pos:
            continue
        gap = re.sub(r"[«»\"“”„]", " ", text[pos:w.start])
        words = gap.split()
        if len(words) <= 3 and all(_words().gap.fullmatch(x) or _ADJECTIVE.fullmatch(x) for x in words) \
                and not re.search(r"[,;:!?\d]", gap):
            return w
        if dash and re.match(r"\s*[–—-]\s", gap) and len(words) <= 4 and not re.search(r"[,;:.\d]", gap) \
                and all(_ADJECTIVE.fullmatch(x) or re.fullmatch(rf"{_W}+(?:ня|ва|ття)", x) for x in words[1:]):
            return w  # "13 – іранського виробництва «Shahed-136»"
        return None
    return None


_SUBCLASS_OF = (("аеробалістичн", "aeroballistic"), ("балістичн", "ballistic"), ("крилат", "cruise"),
                ("розвідувальн", "reconnaissance"), ("ударн", "attack"), ("керован", "guided"))
_ELLIPTIC = re.compile(r"\s+([а-яіїєґ'’]+(?:их|і|ими))\s+(?:і|та|й|,)\s+(?:\d+|[а-яіїєґ'’]+)\s+(?:[а-яіїєґ'’]+\s+)?$", re.IGNORECASE)


def _elliptic_noun(text: str, pos: int, weapons: list[WeaponMention]) -> tuple[WeaponMention, str] | None:
    """'6 ударних і 3 розвідувальні безпілотники': the first number shares the noun of the
    second; its adjective names its kind (a part, like the second)."""
    for w in weapons:
        if w.start < pos or w.start - pos > 60:
            continue
        m = _ELLIPTIC.match(text[pos:w.start])
        if m is None or not find_numbers(text[pos:w.start], "uk"):
            return None
        adjective = m.group(1).lower()
        subclass = next((sub for stem, sub in _SUBCLASS_OF if adjective.startswith(stem)), adjective)
        return w, subclass
    return None


def _singular_generic(text: str, w: WeaponMention) -> bool:
    """'балістичною ракетою': one weapon, named by a lower-case common noun."""
    return not w.plural and w.model is None and text[w.start].islower()


def _merge_coordinated(text: str, first: WeaponMention, weapons: list[WeaponMention]) -> tuple[int, str, str | None, str | None]:
    """'539 БпЛА типу «Shahed», «Гербера» та дронів-імітаторів': coordinated nouns, no number between."""
    end, cls, model, subclass = first.end, first.weapon_class, first.model, first.subclass
    for w in weapons:
        if w.start < end:
            continue
        gap = text[end:w.start]
        if re.fullmatch(r"[\s«»\"“”„]*(?:,|та|і|й|або|чи|/|а\s+також|,\s*а\s+також|\([^()\d]{1,12}\)|(?-i:[А-ЯІЇЄҐ]{2,5}))?"
                        r"[\s«»\"“”„]*"
                        rf"(?:(?!зокрема|серед|переважно){_W}+(?:их|ими|ім|і|ий|ої|ою|ого|ому|им)\s+)?", gap, re.IGNORECASE) \
                and not find_numbers(gap, "uk") and w.weapon_class in CLASS_KEY and not _singular_generic(text, w) \
                and not _NOT_WEAPON_AFTER.match(text, w.end):
            cls, model, subclass = coordinate(cls, model, subclass, w, first_noun=end == first.end)
            end = w.end
        else:
            break
    return end, cls, model, subclass


def _toll_number(text: str, sentence: Sentence, n: NumberMention) -> tuple[int, str]:
    """'зросла до 18': an updated toll, exact; 'до' is not 'up to' here."""
    if n.qualifier == "at_most" and _RISE_TO.search(text, max(sentence.start, n.start - 40), n.start):
        return n.number_start, "exact"
    return n.start, n.qualifier


def quantities(sentence: Sentence, text: str, numbers: list[NumberMention],
               weapons: list[WeaponMention], cues: list[Cue]) -> list[Quantity]:
    """Quantity phrases of one sentence, in order."""
    out: list[Quantity] = []
    for n in _join_thousands(text, numbers):
        if n.is_year or n.in_date:
            continue
        start, qualifier = _toll_number(text, sentence, n)
        q = UkQuantity(start, n.end, n.value, qualifier, "bare", universal=n.universal)
        before = text[sentence.start:start]
        q.sub = bool(_SUB_MARKER.search(before[-40:]))
        q.more = bool(_MORE_MARKER.search(before[-14:]))
        anaphor = _ANAPHOR.match(text, n.end)
        weapon = _weapon_after(text, anaphor.end() if anaphor else n.end, weapons, dash=True)
        if weapon is not None and (weapon.weapon_class not in CLASS_KEY or _NOT_WEAPON_AFTER.match(text, weapon.end)):
            continue  # guided bombs, interceptor drones, target drones: not the attack's drones or missiles
        if weapon is not None:
            end, cls, model, subclass = _merge_coordinated(text, weapon, weapons)
            # "ударні БпЛА" is how Ukrainian reports name every attack drone: the plain drone figure
            q.kind, q.end, q.weapon_class, q.model = "weapon", end, cls, model
            q.subclass = None if subclass == "attack" else subclass
            q.mixed = model is not None and cls == "drone" and end > weapon.end
            q.sub = q.sub or bool(anaphor)
            q.denominator = bool(_FROM_SET.search(before[-6:]))
        elif (shared := _elliptic_noun(text, n.end, weapons)) is not None:
            q.kind, q.weapon_class, q.subclass = "weapon", shared[0].weapon_class, shared[1]
            q.end = n.end + len(text[n.end:].split(None, 1)[0]) + 1
        elif m := _words().location.match(text, n.end):
            q.kind, q.end = "location", m.end()
        elif m := _words().person.match(text, n.end):
            q.kind, q.end = "person", m.end()
        elif anaphor:
            q.anaphor = True
        elif not _is_bare(text, n.end, sentence.end, cues):
            continue
        out.append(q)
    _link_partitives(text, out)
    return out


def _is_bare(text: str, pos: int, limit: int, cues: list[Cue]) -> bool:
    """A number with no noun: next comes punctuation, a preposition, an auxiliary or a cue."""
    rest = text[pos:min(limit, pos + 30)]
    if not rest.strip() or re.match(r"\s*[,;:.)(–—-]", rest):
        return True
    m = re.match(r"\s+", rest)
    word_start = pos + (m.end() if m else 0)
    if any(c.start == word_start and "weapon" not in getattr(c, "flags", ()) for c in cues):
        return True  # "270 збито"; not "3 удари", "17 ударів": those count strikes, not weapons
    return bool(_BARE_NEXT.match(rest))


def _link_partitives(text: str, qs: list[Quantity]) -> None:
    for a, b in itertools.pairwise(qs):
        gap = text[a.end:b.start]
        if a.kind == "bare" and _PARTITIVE.fullmatch(gap):
            a.partitive_of = b
            b.denominator = True
            a.end = b.end if b.kind == "weapon" else a.end


def _article_quantities(sentence: Sentence, text: str, weapons: list[WeaponMention],
                        qs: list[Quantity]) -> list[Quantity]:
    """'Збито ракету та 79 дронів', '126 дронами та балістичною ракетою': a singular noun
    coordinated with a counted one is one weapon."""
    covered = [(q.start, q.end) for q in qs]
    out = []
    for w in weapons:
        if not _singular_generic(text, w) or w.weapon_class not in ("drone", "missile") \
                or any(s <= w.start < e for s, e in covered) or not re.search(r"[а-яіїєґ]\W*$", w.text):
            continue
        if not _coordinated_with_number(text, w, qs):
            continue
        sub = bool(_SUB_MARKER.search(text[sentence.start:w.start][-40:]))
        out.append(Quantity(w.start, w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass, sub=sub))
    return out


_INSTRUMENTAL = re.compile(r"[а-яіїєґ'’]{3,}(?:ою|ею|єю|ом|ем)(?![\w])", re.IGNORECASE)


def _instrumental_quantities(text: str, weapons: list[WeaponMention], qs: list[Quantity],
                             cues: list[Cue]) -> list[Quantity]:
    """'вдарила по місту балістичною ракетою Іскандер-М': one weapon, launched."""
    covered = [(q.start, q.end) for q in qs]
    out = []
    for w in weapons:
        if w.plural or w.weapon_class not in ("drone", "missile") or any(s <= w.start < e for s, e in covered) \
                or not _INSTRUMENTAL.search(w.text):
            continue
        before = [c for c in cues if c.end <= w.start]
        if not before or before[-1].outcome != "launched" or "weapon" in getattr(before[-1], "flags", ()) \
                or re.search(r"[;:,]|\d", text[before[-1].end:w.start]) or len(text[before[-1].end:w.start].split()) > 4:
            continue
        out.append(Quantity(w.start, w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass))
    return out


def _coordinated_with_number(text: str, w: WeaponMention, qs: list[Quantity]) -> bool:
    for q in qs:
        if q.kind != "weapon":
            continue
        gap = text[w.end:q.start] if q.start >= w.end else text[q.end:w.start]
        if re.fullmatch(r"\s*(?:,|та|і|й|,\s*а\s+також|а\s+також)\s*(?:одн\w+\s+)?", gap, re.IGNORECASE):
            return True
    return False


# --- binding -----------------------------------------------------------------------------

def _binds(q: Quantity, c: Cue) -> bool:
    flags = getattr(c, "flags", frozenset())
    if "weapon" in flags and q.kind != "weapon":
        return False
    return not ("more" in flags and not q.more)


def _nearest_cue(q: Quantity, cues: list[Cue], text: str, allowed: frozenset[str]) -> Cue | None:
    """A cue after (only auxiliaries between) beats the nearest cue before."""
    for c in cues:
        if c.start >= q.end and c.position in ("right", "both") and c.outcome in allowed and _binds(q, c):
            if _words().aux.match(text[q.end:c.start]):
                return c
            break
    before = [c for c in cues if c.end <= q.start and c.position in ("left", "both") and c.outcome in allowed
              and _binds(q, c) and not _CLAUSE_BREAK.search(text, c.end, q.start)]
    if not before:
        return None
    cue, gap = before[-1], text[before[-1].end:q.start]
    if q.anaphor and (re.search(r"[,.]", gap) or len(gap.split()) > 3):
        return None  # "40 з них госпіталізовані": "N з них" takes a cue after it or right before it
    if "weapon" in getattr(cue, "flags", ()) and (len(gap.split()) > 25 or _OTHER_PREDICATE.search(gap)):
        return None  # "завдав 70 ударів, скинувши 115 авіабомб, а також залучив 2 000 дронів"
    return cue


def _adjacent(q: Quantity, cue: Cue, text: str) -> bool:
    """A bare number needs its cue right next to it ('збито 270', '208 – локаційно втрачені')."""
    if q.partitive_of is not None or q.anaphor:
        return True
    if cue.start >= q.end:
        return bool(_words().aux.match(text[q.end:cue.start]))
    if cue.outcome in PERSON_OUTCOMES and _TOLL_GAP.match(text[cue.end:q.start]):
        return True
    gap = text[cue.end:q.start]
    return len(gap.split()) <= 3 and not re.search(r"[;.]", gap)


def _attached_places(q: Quantity, text: str, places: list[PlaceMention], start: int, end: int) -> tuple[str, ...]:
    """Places next to the quantity: 'над Миколаївщиною знищено 8', '8 – над Одещиною'.
    `start`/`end` bound the quantity's own stretch (up to the neighbouring quantities)."""
    clause_end = end
    m = _PLACE_CLAUSE_END.search(text, q.end, end)
    if m:
        clause_end = m.start()
    codes: list[str] = []
    last_end = -1
    for p in places:
        if p.kind == "country":
            continue
        if q.end <= p.start < clause_end:
            lead = text[max(q.end, p.start - 24):p.start]
            if _PLACE_PREP.search(lead) or (last_end >= 0 and _LIST_GLUE.fullmatch(text[last_end:p.start])):
                codes.append(p.code)
                last_end = p.end
        elif start <= p.start and p.end <= q.start:
            lead = text[max(start, p.start - 24):p.start]
            if _PLACE_PREP.search(lead) and not re.search(r"\d|[;:]", text[p.end:q.start]):
                codes.append(p.code)
    return tuple(dict.fromkeys(codes))


def _local_places(sentence: Sentence, text: str, places: list[PlaceMention]) -> tuple[str, ...]:
    """A toll told next to a city or region is that place's, not the attack's total."""
    if _NATIONWIDE.search(sentence.text):
        return ()
    codes = []
    for p in places:
        if p.kind == "country":
            continue
        before = text[max(sentence.start, p.start - 40):p.start]
        if _SOURCE_BEFORE.search(before) or _TARGET_BEFORE.search(before) or _SOURCE_AFTER.match(text, p.end):
            continue
        codes.append(p.code)
    return tuple(codes)


def _toll_places(sentence: Sentence, text: str, places: list[PlaceMention]) -> tuple[str, ...]:
    """The places a toll belongs to: those of its sentence, or else those its paragraph
    spoke of just before ("В Ізмаїльському районі ... Постраждали двоє водіїв")."""
    if _NATIONWIDE.search(sentence.text):
        return ()
    codes = _local_places(sentence, text, places)
    if codes:
        return codes
    para = text.rfind("\n", 0, sentence.start) + 1
    if para >= sentence.start:
        return ()
    earlier = [PlaceMention(p.start + para, p.end + para, p.text, p.code, p.kind, p.country, p.adjective)
               for p in find_places(text[para:sentence.start], "uk")]
    return _local_places(Sentence(sentence.index, para, sentence.start, text[para:sentence.start]), text, earlier)


def _casualty_cue(q: Quantity, cues: list[Cue], text: str) -> bool:
    """'понад 60 поранені', 'ще 44 дістали поранень', '2 загиблих': a bare number with a casualty cue."""
    cue = _nearest_cue(q, cues, text, PERSON_OUTCOMES | WEAPON_OUTCOMES)
    return cue is not None and cue.outcome in PERSON_OUTCOMES and _adjacent(q, cue, text)


def _bind(q: Quantity, cues: list[Cue], text: str, sentence: Sentence, places: list[PlaceMention],
          previous_class: str | None, span: tuple[int, int], shared: Cue | None = None) -> list[FigureMention]:
    attached = _attached_places(q, text, places, *span)
    if q.kind == "person" or (q.kind == "bare" and _casualty_cue(q, cues, text)):
        cue = _nearest_cue(q, cues, text, PERSON_OUTCOMES)
        if cue is None and q.kind == "person":
            cue = next((c for c in cues if c.start >= q.end and c.outcome in PERSON_OUTCOMES
                        and _words().aux.match(text[q.end:c.start])), None)
        if cue is None or q.sub:
            return []  # "серед них 9 дітей": a part of a toll, never the toll
        return [_figure(q, cue.outcome, None, sentence, _toll_places(sentence, text, places))]
    if q.kind == "bare" and _DEBRIS_AT.search(text[sentence.start:q.start]):
        return [_figure(q, "debris", None, sentence, attached)]
    if q.kind == "location":
        cue = _nearest_cue(q, cues, text, frozenset({"hits", "debris"}))
        if cue is not None and cue.outcome == "debris":
            return [_figure(q, "debris", None, sentence, attached)]
        if cue is not None or _HIT_WORDS.search(sentence.text):
            return [_figure(q, "hits", "locations", sentence, attached)]
        return []
    cue = shared or _nearest_cue(q, cues, text, WEAPON_OUTCOMES)
    if q.denominator:  # the 31 of "28 з 31 ракети збито", "з 58 дронів збили 40": what was launched
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None:
        return []
    if q.kind == "bare" and cue is not shared and not _adjacent(q, cue, text):
        return []
    fm = weapon_figure(q, cue, sentence, attached, previous_class)
    fm.universal = fm.universal and cue.outcome not in ("destroyed", "neutralized")  # "знищили всі 31": stated
    out = [fm]
    if getattr(q, "mixed", False) and cue.outcome in ("launched", "destroyed"):
        plain = _figure(q, cue.outcome, fm.key, sentence, attached)  # the class figure; fm is the model's
        plain.universal = fm.universal
        out.insert(0, plain)
    return out + universal_twin(q, fm, sentence, attached)


def _shared_right_cues(qs: list[Quantity], cues: list[Cue], text: str) -> dict[int, Cue]:
    """'22 ракети та 36 БпЛА було збито': coordinated quantities share a cue after them."""
    def governed(a: Quantity) -> bool:
        return any(c.end <= a.start and c.outcome in WEAPON_OUTCOMES and _binds(a, c) and c.position in ("left", "both")
                   and not _CLAUSE_BREAK.search(text, c.end, a.start) for c in cues)
    return share_right_cues(qs, text, coordination=_COORDINATION,
                            right_cue=lambda q: _adjacent_right(q, cues, text), governed=governed)


def _adjacent_right(q: Quantity, cues: list[Cue], text: str) -> Cue | None:
    for c in cues:
        if c.start >= q.end and c.position in ("right", "both") and c.outcome in WEAPON_OUTCOMES and _binds(q, c):
            return c if _words().aux.match(text[q.end:c.start]) else None
    return None


def _class_for_bare(q: Quantity, prior: list[Quantity], antecedent: str | None) -> str | None:
    """A bare number counts what the nearest earlier quantity at least as large counted
    ('знешкоджено 478 цілей: 270 збито' -> targets; '126 дронами та ракетою, збито 79' -> drones)."""
    for p in reversed(prior):
        if p.value >= q.value:
            return p.weapon_class
    return prior[-1].weapon_class if prior else antecedent


def _sentence_weapons(sentence: Sentence, text: str, weapons: list[WeaponMention]) -> list[WeaponMention]:
    """Infographic lines wrap the model onto the next line ("- 20 крилатих ракет\\n  Х-101/Х-555"),
    and a weapon that crosses the line break reaches no sentence: read the two lines together."""
    nl = text.find("\n", sentence.end)
    if nl != sentence.end or re.search(r"[.!?;:…]\W*$", sentence.text):
        return weapons
    nxt = re.match(r"\n[ \t]*([«\"A-ZА-ЯІЇЄҐ][^\n]{0,60})", text[nl:])
    if not nxt or re.match(r"[-–—•*·\d]", nxt.group(1)):
        return weapons
    end = nl + nxt.end()
    found = [WeaponMention(w.start + sentence.start, w.end + sentence.start, w.text, w.model, w.weapon_class,
                           w.subclass, w.plural) for w in find_weapons(text[sentence.start:end], "uk")]
    return [w for w in found if w.start < sentence.end]


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d+\s*[).]\s)")


def _list_outcome(text: str, pos: int) -> str | None:
    """The outcome of the header ("ЗНИЩЕНО:") of the list whose item starts at `pos`, read
    back over earlier items and their wrapped lines ("- 20 крилатих ракет\\n  Х-101/Х-555")."""
    for _ in range(40):
        line_start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[line_start:pos].strip()
        if pos <= 0:
            return None
        pos = line_start
        if not line or _LIST_ITEM.match(line):
            continue
        if line.endswith(":"):
            cues = [c for c in find_cues(line) if c.outcome in WEAPON_OUTCOMES]
            return cues[-1].outcome if cues else None
        if len(line) > 40 or re.search(r"[.!?;]$", line):
            return None  # prose: no list goes on across it
    return None


# --- the sentence --------------------------------------------------------------------------

def figure_mentions(sentence: Sentence, text: str, numbers: list[NumberMention],
                    weapons: list[WeaponMention], places: list[PlaceMention],
                    antecedent: str | None = None, inherited: str | None = None) -> list[FigureMention]:
    """All figure mentions of one sentence (not yet assigned to an attack).

    The mention lists hold this sentence's mentions, in document offsets;
    `antecedent` is the class of the last weapon counted before this sentence
    ("З них 211 збито"); `inherited` is the outcome of the sentence that opened a
    list this sentence is an item of ("ЗНИЩЕНО:" / "- 45 БпЛА «Shahed-136/131»").
    """
    weapons = _sentence_weapons(sentence, text, weapons)
    if inherited is None and _LIST_ITEM.match(sentence.text):
        inherited = _list_outcome(text, sentence.start)
    cues = [UkCue(c.start + sentence.start, c.end + sentence.start, c.outcome, c.position,
                  getattr(c, "flags", frozenset())) for c in find_cues(sentence.text)]
    cues = [c for c in cues if not any(w.start <= c.start < w.end for w in weapons)]
    if inherited:
        cues.insert(0, UkCue(sentence.start, sentence.start, inherited, "left"))
    qs = quantities(sentence, text, numbers, weapons, cues)
    qs += _article_quantities(sentence, text, weapons, qs)
    qs = sorted(qs + _instrumental_quantities(text, weapons, qs, cues), key=lambda q: q.start)
    label = _label(sentence, text, weapons)
    if label is not None:
        for q in qs:
            if q.kind == "bare" and q.start > label.end:
                q.weapon_class, q.model, q.subclass = label.weapon_class, label.model, label.subclass
    here = [p for p in places if sentence.start <= p.start < sentence.end]
    update = bool(_UPDATE.search(sentence.text))
    shared = _shared_right_cues(qs, cues, text)
    out: list[FigureMention] = []
    prior: list[Quantity] = []
    universal: tuple[Cue, int] | None = None  # the cue and end of "всі 31 ракету"
    for i, q in enumerate(qs):
        span = (qs[i - 1].end if i else sentence.start, qs[i + 1].start if i + 1 < len(qs) else sentence.end)
        previous = _class_for_bare(q, prior, antecedent) if q.kind == "bare" else None
        mentions = _bind(q, cues, text, sentence, here, previous, span, shared.get(id(q)))
        for fm in mentions:
            fm.update = update
        if universal is not None and mentions and mentions[0].field == universal[0].outcome \
                and re.search(r"[:–—]", text[universal[1]:q.start]) and q.kind == "weapon":
            twin = _figure(q, "launched", mentions[0].key, sentence, mentions[0].places)
            twin.model, twin.subclass, twin.universal, twin.update = q.model, q.subclass, True, update
            mentions.append(twin)  # "знищили всі 31 ракету: 2 ... та 29 ...": each part was launched too
        if q.universal and any(fm.field in ("destroyed", "neutralized") for fm in mentions):
            cue = _nearest_cue(q, cues, text, WEAPON_OUTCOMES)
            universal = (cue, q.end) if cue is not None else None
        out += mentions
        if q.kind == "weapon" and not q.sub:
            prior.append(q)
    return out


# The frame patterns belong with the grammar (en.py does the same).
from .frame_uk import FRAME
