"""Date mentions: the day an attack ended, resolved against the publication date.

Reports date an attack in many ways: "overnight", "on the night of July 3-4",
"on Thursday night", "у ніч на 4 липня", "вчора". `find_dates` finds them and
resolves each to the local date on which the referenced attack ENDED (the
morning after an overnight attack). `find_months` finds month references for
period totals; `published_from_text` reads a dateline near the top.

Words live in lexicon/dates_{en,uk}.tsv. For speed one anchor regex (month,
weekday and relative words, numeric dates) scans the text; the phrase patterns
around an anchor ("the night of", "3-4", ", 2025") then run only in a small
window before or after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from .sentences import lower_document
from .tables import load_tsv, trie_pattern  # noqa: F401  (numbers.py imports them from here)
ONE_DAY = timedelta(days=1)
_APOSTROPHES = "’ʼ‘`′"
# Characters that can directly precede a word or number: the search copy turns them into
# spaces, so that anchor patterns can start with a literal space. re finds a literal
# prefix with a fast C scan; a pattern starting with a class ([\W_]) is 5x slower.
_SEPARATORS = "\n\t\r(\"“«„-‐‑–—\u00a0\u202f\u2009"
_NOT_WORD_AFTER = r"(?![^\W_])"


@dataclass(frozen=True)
class DateMention:
    """A span that dates an attack, and the local date on which that attack ended."""

    start: int
    end: int
    text: str
    end_date: date
    kind: str  # "night" | "day" | "relative" | "explicit"


# --- helpers shared with numbers.py -----------------------------------------

def lower_text(text: str) -> str:
    """Lowercase with straight apostrophes, keeping every offset."""
    return prepare(text)[0]


@lru_cache(maxsize=16)
def prepare(text: str) -> tuple[str, str]:
    """(low, search): `text` lowercased with straight apostrophes (same offsets), and
    " " + low with separators as spaces, for anchor patterns that start with a space.

    Cached: find_numbers, find_dates and find_months run on the same text.
    """
    low = lower_document(text)[0]  # a few characters ("İ") lowercase to two: they stay
    for ch in _APOSTROPHES:  # str.translate is slow on non-ASCII text; replace is not
        low = low.replace(ch, "'")
    search = " " + low
    for ch in _SEPARATORS:
        search = search.replace(ch, " ")
    return low, search


# --- vocabulary and patterns per language -------------------------------------

_EN_PREFIX = (
    r"(?P<night_of>(?:(?:on|during|in|over)\s+)?(?:the\s+)?night\s+(?:of|from|between)\s+(?:the\s+)?)"
    r"|(?P<overnight>(?:overnight(?:\s+(?:and\s+)?(?:into|on|to|of))?|(?:in\s+)?the\s+(?:early|small)\s+hours\s+of"
    r"|before\s+dawn(?:\s+on)?|early(?:\s+on)?)\s+)"
    r"|(?P<from_time>(?:from|since)\s+(?P<h>[0-9]{1,2})[:.][0-9]{2}(?:\s+(?:kyiv|local)\s+time)?,?\s+(?:on\s+)?)"
    # ("from the evening of December 12, the enemy launched 193 drones": the night into the 13th)
    r"|(?P<from_evening>(?:from|since)\s+(?:the\s+)?evening\s+of\s+)"
    r"|(?P<late>late\s+(?:on\s+)?)|(?P<last>last\s+)|(?P<next>(?:next|this\s+coming|coming)\s+)"
    r"|(?P<on>(?:on|by|since|from|until|this)\s+)"
)
_UK_PREFIX = (
    r"(?P<night_of>(?:(?:у|в)\s+)?ніч\s+(?:з|із)\s+)"
    r"|(?P<overnight>(?:(?:у|в)\s+)?ніч\s+(?:на|проти)\s+|(?:в|у)?ночі\s+(?:на|проти)\s+)"
    r"|(?P<from_time>(?:з|із|від)\s+(?P<h>[0-9]{1,2})[:.][0-9]{2}\s+)"
    r"|(?P<to_time>(?:до|по)\s+[0-9]{1,2}[:.][0-9]{2}\s+)"
    r"|(?P<last>(?:(?:у|в)\s+)?минул\w*\s+)|(?P<next>(?:(?:у|в)\s+)?наступн\w*\s+)"
    r"|(?P<on>(?:у|в|на|з|із|до|від|по|цієї|цього|цю|станом\s+на)\s+)"
)
_EN_MONTH_PREFIX = (
    r"(?:(?:in|during|since|throughout|for|over|of|from|until|by|through|across)\s+"
    r"(?:the\s+(?:month|whole|end|start|beginning|middle)\s+of\s+|"
    # "in a quieter August", "during a record July"
    r"an?\s+(?:quieter|calmer|busier|heavier|record|relatively\s+\w+|\w+er)\s+)?)?(?:(?:early|mid|late)[\s-]+)?"
)
_WHEN_AFTER_MONTH = re.compile(r",\s+when\s")
_UK_MONTH_PREFIX = (
    r"(?:(?:у|в|за|протягом|впродовж|упродовж|до|з|із|від|після|наприкінці|середини|початку|кінця)\s+)?"
)
# In the search copy a hyphen is a space: "2025-07-04" reads "2025 07 04" (checked on the text).
# Each alternative opens with one [0-9] (not [0-9]{1,2}): re then rejects it at a glance at
# the ~500 spaces of a document where the anchor is tried (a repeat is set up first).
_NUMERIC = r"[0-9][0-9]?[./][0-9]{1,2}[./](?:[0-9]{4}|[0-9]{2})(?![0-9])|[0-9][0-9]{3}[- ][0-9]{2}[- ][0-9]{2}(?![0-9])"
# "late Friday" is Friday, also in a Saturday story: the dev set's reading ("sirens late on
# Friday", "shortly before midnight"); an attack that ran on overnight says "overnight".
# What a weekday's following word means; anything else keeps the prefix's meaning.
_Cand = tuple[int, int, date, str]  # start, end, end_date, kind
_Span = tuple[int, int, "int | None", "int | None", int, int, "int | None"]  # start, end, m1, d1, m2, d2, year
_PART_MODES = {"night": "night_of", "overnight": "overnight", "вночі": "overnight", "уночі": "overnight"}


@dataclass(frozen=True)
class _Vocab:
    lang: str
    phrases: dict[str, tuple[str, int | None, frozenset[str]]]  # phrase -> kind, value, flags
    anchor: re.Pattern[str]
    fwd_day: re.Pattern[str] | None  # "July| 3-4, 2025" (English month-day order)
    bwd_day: re.Pattern[str]  # "3-4 |July", "з 3 на 4 |липня"
    year: re.Pattern[str]
    prefix: re.Pattern[str]
    wd_fwd: re.Pattern[str]
    month_prefix: re.Pattern[str]


_COUNTED = r"(?:missiles?|drones?|uavs?|shaheds?|means|targets|weapons|rockets|people|civilians)\b"


@lru_cache(maxsize=None)
def _vocab(lang: str) -> _Vocab:
    lang = "uk" if lang == "uk" else "en"
    phrases: dict[str, tuple[str, int | None, frozenset[str]]] = {}
    for row in load_tsv(f"dates_{lang}.tsv"):
        flags = frozenset(row[3].split(",")) if len(row) > 3 else frozenset()
        value = row[2].replace("-", "") if row[1] == "holiday" else row[2]  # a holiday's 12-25 is 1225
        phrases[row[0]] = (row[1], None if value == "none" else int(value), flags)
    months = trie_pattern(p for p, (k, _, f) in phrases.items() if k == "month" and (lang == "en" or "gen" in f))
    weekdays = trie_pattern(p for p, (k, _, _) in phrases.items() if k == "weekday")
    anchor = re.compile(rf" (?:(?P<w>{trie_pattern(phrases)}){_NOT_WORD_AFTER}|(?P<num>{_NUMERIC}))")
    if lang == "en":
        sfx, joint = r"(?:st|nd|rd|th)?", r"(?:\s*[-–—]\s*|\s+(?:to|into|and)\s+)"
        # (not "overnight on Feb. 12 - 25 missiles of various types ...": the count after a dash)
        fwd = re.compile(rf"\.?\s+(?P<d1>[0-9]{{1,2}}){sfx}(?:{joint}(?:(?P<m2>{months})\.?\s+)?"
                         rf"(?P<d2>[0-9]{{1,2}}){sfx}(?!\s+(?:[\w-]+\s+){{0,2}}?{_COUNTED}))?(?![0-9]|[:.][0-9])")
        bwd = re.compile(rf"(?<![0-9.,:])(?:(?P<d1>[0-9]{{1,2}}){sfx}(?:\s+(?P<m1>{months})\.?)?{joint})?"
                         rf"(?P<d2>[0-9]{{1,2}}){sfx}\s+(?:of\s+)?\Z")
        year = re.compile(r",?\s+(?:of\s+)?(?P<y>[0-9]{4})(?![0-9])")
        prefix, wd_fwd = _EN_PREFIX, (rf"(?:'s)?(?:\s+(?P<part>night|evening|morning|afternoon|overnight))?"
                                      rf"(?:\s+(?:into|to)\s+(?:early\s+)?(?P<wd2>{weekdays}))?")
        month_prefix = _EN_MONTH_PREFIX
    else:
        sfx, joint = r"(?:-?го)?", r"(?:\s*[-–—]\s*|\s+(?:на|по|до|проти)\s+)"
        fwd = None
        bwd = re.compile(rf"(?<![0-9.,:])(?:(?P<d1>[0-9]{{1,2}}){sfx}(?:\s+(?P<m1>{months}))?{joint})?"
                         rf"(?P<d2>[0-9]{{1,2}}){sfx}\s+\Z")
        year = re.compile(r"\s+(?P<y>[0-9]{4})(?![0-9])(?:\s*(?:року|рік|р\.))?")
        prefix, wd_fwd = _UK_PREFIX, (rf"(?:\s+(?P<part>вночі|уночі|ввечері|увечері|вранці|уранці|зранку|вдень))?"
                                      rf"(?:\s+(?:на|проти)\s+(?P<wd2>{weekdays}))?")
        month_prefix = _UK_MONTH_PREFIX
    return _Vocab(lang, phrases, anchor, fwd, bwd, year,
                  re.compile(rf"(?<![^\W_])(?:{prefix})\Z"), re.compile(wd_fwd),
                  re.compile(rf"(?<![^\W_]){month_prefix}\Z"))


@lru_cache(maxsize=16)
def _anchors(text: str, lang: str) -> list[tuple[int, int, str | None]]:
    """(start, end, lexicon phrase or None for a numeric date) of each anchor.

    Cached: find_dates and find_months run on the same text.
    """
    search = prepare(text)[1]
    out = []
    for m in _vocab(lang).anchor.finditer(search):
        s, e = m.start(), m.end() - 1  # offsets in `text` (the pad shifts them by one)
        out.append((s, e, " ".join(search[s + 1:e + 1].split()) if m.group("w") else None))
    return out


# --- resolving a phrase to the day the attack ended ----------------------------

def _as_date(day: date | None) -> date | None:
    return day.date() if isinstance(day, datetime) else day


def _recent(weekday: int, pub: date) -> date:
    """The latest such weekday on or before `pub`."""
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def _night_after(day: date, pub: date | None) -> date:
    """A night starting on `day` ended the next morning, unless that is after publication."""
    nxt = day + ONE_DAY
    return nxt if pub is None or nxt <= pub else day


def _calendar(month: int, day: int, year: int | None, pub: date | None) -> date | None:
    """The date; without a year, the latest one not after publication + a week (a day named a few days ahead, "mourning
    from 5 to 7 April", is one to come, not last year's)."""
    try:
        if year is not None:
            return date(year, month, day) if 1900 <= year <= 2100 else None
        if pub is None:
            return None
        limit = pub + timedelta(days=7)
        d = date(limit.year, month, day)
        return d if d <= limit else date(limit.year - 1, month, day)
    except ValueError:
        return None


def _prefix(v: _Vocab, low: str, start: int) -> tuple[str, int, int]:
    """(mode, hour of a "з 18:00" start time, new span start) from the words before `start`."""
    p = v.prefix.search(low, max(0, start - 48), start)
    if not p:
        return "plain", 0, start
    return p.lastgroup or "on", int(p.groupdict().get("h") or 0), p.start()


def _day_date(m1: int | None, d1: int | None, m2: int, d2: int, year: int | None,
              mode: str, hour: int, pub: date | None) -> tuple[date, str] | None:
    end = _calendar(m2, d2, year, pub)
    if end is None or mode == "next":
        return None
    if d1 is not None:  # a range ("3-4 July"): the night or period ended on its last day
        prev = end - ONE_DAY
        consecutive = prev.day == d1 and (m1 is None or prev.month == m1)
        return end, "night" if consecutive or mode in ("night_of", "overnight") else "explicit"
    if mode in ("night_of", "overnight", "to_time"):
        # "on the night of 28 August" renders the Air Force's "у ніч на 28 серпня": the night into the 28th
        return end, "night"
    if mode == "from_time" and hour >= 12:  # "з 18:00 3 липня": the night into the 4th
        return end + ONE_DAY, "night"
    if mode == "from_evening":  # "from the evening of December 12": the night into the 13th, if it has come
        return _night_after(end, pub), "night"
    return end, "explicit"


def _day_span(v: _Vocab, low: str, s: int, e: int, month: int) -> _Span | None:
    """Day numbers around a month word: (start, end, m1, d1, m2, d2, year) or None."""
    f = v.fwd_day.match(low, e) if v.fwd_day else None
    if f:  # "July 3-4", "July 4"
        m2 = _month(v, f.group("m2")) or month
        if f.group("d2"):
            start, end, m1, d1, d2 = s, f.end(), month, int(f.group("d1")), int(f.group("d2"))
        else:
            start, end, m1, d1, m2, d2 = s, f.end(), None, None, month, int(f.group("d1"))
    else:  # "3-4 July", "у ніч з 3 на 4 липня"
        b = v.bwd_day.search(low, max(0, s - 40), s)
        if not b:
            return None
        d1 = int(b.group("d1")) if b.group("d1") else None
        m1 = _month(v, b.group("m1")) or (month if d1 is not None else None)
        start, end, m2, d2 = b.start(), e, month, int(b.group("d2"))
    y = v.year.match(low, end)
    year = int(y.group("y")) if y and 1900 <= int(y.group("y")) <= 2100 else None  # not "July 4 3000 drones"
    return start, y.end() if y and year else end, m1, d1, m2, d2, year


def _month(v: _Vocab, word: str | None) -> int | None:
    entry = v.phrases.get(" ".join(word.split())) if word else None
    return entry[1] if entry and entry[0] == "month" else None


def _month_anchor(v: _Vocab, text: str, low: str, s: int, e: int, phrase: str, pub: date | None) -> _Cand | None:
    kind, month, flags = v.phrases[phrase]
    if ("cap" in flags and not text[s].isupper()) or (v.lang == "uk" and "gen" not in flags):
        return None
    span = _day_span(v, low, s, e, month or 0)
    if span is None:
        return None
    start, end, m1, d1, m2, d2, year = span
    mode, hour, start = _prefix(v, low, start)
    got = _day_date(m1, d1, m2, d2, year, mode, hour, pub)
    return (start, end, *got) if got else None


def _weekday_anchor(v: _Vocab, low: str, s: int, e: int, phrase: str, pub: date | None) -> _Cand | None:
    if pub is None:
        return None
    weekday = v.phrases[phrase][1] or 0
    f = v.wd_fwd.match(low, e)
    mode, _, start = _prefix(v, low, s)
    part, wd2 = f.group("part"), f.group("wd2")
    if mode == "next" or (v.lang == "uk" and mode == "plain" and not part and not wd2):
        return None  # a bare Ukrainian weekday name ("п'ятниця") is rarely a date
    if wd2:  # "Thursday night into Friday", "у ніч з четверга на п'ятницю"
        return start, f.end(), _recent(v.phrases[" ".join(wd2.split())][1] or 0, pub), "night"
    day = _recent(weekday, pub)
    if mode == "last":
        day = day - timedelta(days=7) if day == pub else day
    how = _PART_MODES.get(part or "", mode)
    if how == "night_of":
        return start, f.end(), _night_after(day, pub), "night"
    if how == "overnight":
        return start, f.end(), day, "night"
    return start, f.end(), day, "day"


def _numeric_anchor(v: _Vocab, low: str, s: int, e: int, pub: date | None) -> _Cand | None:
    token = low[s:e]
    parts = re.split(r"[./-]", token)
    if (s and low[s - 1] in ".:,") or len(parts) != 3:  # a version number, a longer dotted run
        return None
    if "-" in token:
        y, m, d = (int(x) for x in parts)
    else:
        d, m, y = (int(x) for x in parts)
        y += 2000 if y < 100 else 0
        if "/" in token and v.lang == "en":
            d, m = m, d  # US order in English text
    mode, hour, start = _prefix(v, low, s)
    got = _day_date(None, None, m, d, y, mode, hour, pub) if 1 <= m <= 12 else None
    return (start, e, *got) if got else None


def find_dates(text: str, published: date | None, lang: str = "en") -> list[DateMention]:
    """Date mentions in `text`, each resolved to the day its attack ended; sorted, non-overlapping.

    Relative forms ("overnight", "yesterday", "on Friday") need `published`; without it
    only dates that carry their year are returned.
    """
    v = _vocab(lang)
    low = prepare(text)[0]
    published = _as_date(published)
    found = []
    for s, e, phrase in _anchors(text, v.lang):
        try:
            got = _resolve(v, text, low, s, e, phrase, published)
        except OverflowError:  # a published date at the ends of the calendar
            got = None
        if got and lang == "en" and _EVE_OF.search(low, max(0, got[0] - 40), got[0]):
            got = (got[0], got[1], got[2] - ONE_DAY, got[3])  # "on the eve of Christmas Eve": the day before it
        if got and lang == "en" and _LAST_YEAR_AFTER.match(low, got[1]) and not _YEAR_IN.search(text, got[0], got[1]):
            got = (got[0], got[1], _year_before(got[2]), got[3])  # "On the morning of July 8 last year"
        if got:
            found.append(got)
    if lang == "en" and published is not None and _THE_NUMBER.search(low):
        found += _ordinal_days(text, published)
    return _select(text, found)


# ("on eve of its first December 25 Christmas": the day before that one)
_EVE_OF = re.compile(r"\beve\s+of\s+(?:(?:the|its|their|[a-z]+['’]s)\s+)?(?:(?:first|new|official|orthodox)\s+)?$")
_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:last|the\s+previous|the\s+preceding)\s+year\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else day.replace(year=day.year - 1, day=28)
# "on the night of the 17th", "on the 3rd": a day of the month of publication (or the month before)
_ORDINAL_DAY = re.compile(r"\b(?:(?:on|during|over|by)\s+(?:the\s+)?(?:(night)\s+of\s+)?|(?:the\s+)?(night)\s+of\s+)"
                          r"the\s+([0-9]{1,2})(?:st|nd|rd|th)\b"
                          r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|century|anniversary|"
                          r"time|floors?|storeys?|attack|day|consecutive|largest|brigade|separate|army|round|"
                          # ("on the 8th to 10th floors": storeys, not days)
                          r"(?:to|and|or|-|–)\s*[0-9]{1,2}(?:st|nd|rd|th)\s+(?:floors?|storeys?)))", re.I)


# Every _ORDINAL_DAY match has "the" right before its number. re finds that literal with a fast
# scan of the lowered text, where _ORDINAL_DAY (an alternation after \b) is tried at every offset.
_THE_NUMBER = re.compile(r"the\s+[0-9]")


def _ordinal_days(text: str, pub: date) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _ORDINAL_DAY.finditer(text):
        day_number = int(m.group(3))
        month_start = pub.replace(day=1)
        try:
            day = month_start.replace(day=day_number) if day_number <= pub.day + 2 else \
                (month_start - ONE_DAY).replace(day=day_number)
        except ValueError:
            continue
        out.append((m.start(), m.end(), day, "night" if m.group(1) or m.group(2) else "explicit"))
    return out


_ORTHODOX_CHRISTMAS_WEEK = 14  # last day of January on which "Christmas" still means January 7
_ORTHODOX_DAYS = {1224: 106, 1225: 107}  # Christmas Eve and Christmas Day, MMDD, by the old calendar


def _resolve(v: _Vocab, text: str, low: str, s: int, e: int, phrase: str | None, pub: date | None) -> _Cand | None:
    if phrase is None:
        return _numeric_anchor(v, low, s, e, pub)
    kind, value, _ = v.phrases[phrase]
    if kind == "month":
        return _month_anchor(v, text, low, s, e, phrase, pub)
    if kind == "weekday":
        return _weekday_anchor(v, low, s, e, phrase, pub)
    if kind in ("night", "relative") and pub is not None:
        return s, e, pub + timedelta(days=value or 0), kind
    if kind == "holiday" and value:
        if value in (1224, 1225) and pub is not None and pub.month == 1 and 7 <= pub.day <= _ORTHODOX_CHRISTMAS_WEEK:
            value = _ORTHODOX_DAYS[value]  # Christmas told in the week after January 7 is January 7's, not December's
        day = _calendar(value // 100, value % 100, None, pub)
        return (s, e, day, "explicit") if day else None
    return None


def _select(text: str, found: list[_Cand]) -> list[DateMention]:
    """Longest-first among overlapping candidates, in text order."""
    out: list[DateMention] = []
    for start, end, day, kind in sorted(found, key=lambda c: (c[0], c[0] - c[1])):
        if out and start < out[-1].end:
            continue
        out.append(DateMention(start, end, text[start:end], day, kind))
    return out


# --- months (period totals) ----------------------------------------------------

def _shift_month(day: date, delta: int) -> str:
    index = day.year * 12 + day.month - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def find_months(text: str, published: date | None, lang: str = "en") -> list[tuple[int, int, str | None]]:
    """(start, end, "YYYY-MM") of month references: "in June", "June 2025", "last month".

    Anaphoric references ("that month", "того ж місяця") carry None: the grammar
    resolves them to the month mentioned last. A month without a year is the latest
    such month not after `published`; without `published` it is skipped.
    """
    v = _vocab(lang)
    low = prepare(text)[0]
    published = _as_date(published)
    out: list[tuple[int, int, str | None]] = []
    for s, e, phrase in _anchors(text, v.lang):
        kind, value, flags = v.phrases.get(phrase or "", ("", None, frozenset()))
        if kind == "month_rel" and value is None:
            out.append((s, e, None))
        elif kind == "month_rel" and published is not None:
            out.append((s, e, _shift_month(published, value or 0)))
        elif kind == "month_closing" and published is not None:
            # "The attack capped a month in which ...": the month that ended at about publication
            out.append((s, e, _shift_month(published - timedelta(days=value or 0), 0)))
        elif kind == "month":
            ref = _month_ref(v, text, low, s, e, value or 1, flags, published, out[-1][1] if out else 0)
            if ref:
                out.append(ref)
    return out


def _month_ref(v: _Vocab, text: str, low: str, s: int, e: int, month: int, flags: frozenset[str],
               pub: date | None, floor: int) -> tuple[int, int, str] | None:
    if "cap" in flags and not text[s].isupper():
        return None
    if (v.fwd_day and v.fwd_day.match(low, e)) or v.bwd_day.search(low, max(0, s - 40), s):
        return None  # "June 4", "4 червня": a day, not a month
    y = v.year.match(low, e)
    p = v.month_prefix.search(low, max(floor, s - 40), s)
    start = p.start() if p else s
    possessive = text[s].isupper() and text[e:e + 2] in ("'s", "’s")  # "August's 4,540", "May's record"
    # ("well above August, when Russia launched 4,132 drones": the month its clause tells of)
    told_when = text[s].isupper() and _WHEN_AFTER_MONTH.match(low, e) is not None
    if ("cap" in flags or "ambig" in flags) and not y and start == s and not possessive and not told_when:
        return None
    if y:
        year = int(y.group("y"))
    elif pub is not None and (last := _LAST_YEAR.match(low, e)):  # "in October last year"
        return start, last.end(), f"{pub.year - 1:04d}-{month:02d}"
    elif pub is not None:
        # (a month that has barely begun is last year's: "the smallest monthly total came in January" on 2 January)
        year = pub.year if month < pub.month or (month == pub.month and pub.day > 7) else pub.year - 1
    else:
        return None
    return start, y.end() if y else e, f"{year:04d}-{month:02d}"


_LAST_YEAR = re.compile(r",?\s+(?:of\s+)?(?:last\s+year|минулого\s+року)\b")


# --- dateline ---------------------------------------------------------------

_DATELINE_KEYWORDS = re.compile(r"updated|published|posted|оновлено|опубліковано|дата|date", re.I)


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern[str]:
    en, uk = _vocab("en").phrases, _vocab("uk").phrases
    en_m = trie_pattern(p for p, (k, _, _) in en.items() if k == "month")
    any_m = trie_pattern([p for p, (k, _, _) in en.items() if k == "month"]
                         + [p for p, (k, _, f) in uk.items() if k == "month" and "gen" in f])
    return re.compile(  # on the search copy (see prepare): hyphens are spaces there
        rf" (?:(?P<mon>{en_m})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>[0-9]{{4}})"
        rf"|(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{any_m})\.?,?\s+(?P<y2>[0-9]{{4}})"
        rf"|(?P<d3>[0-9]{{1,2}})\.(?P<m3>[0-9]{{1,2}})\.(?P<y3>[0-9]{{4}})"
        rf"|(?P<y4>[0-9]{{4}}) (?P<m4>[0-9]{{2}}) (?P<d4>[0-9]{{2}}))(?![0-9])")


def published_from_text(text: str, head: int = 2000) -> date | None:
    """The publication date from a dateline near the top ("Updated 8:14 AM EDT, July 4, 2025").

    A date counts as a dateline when its line is short, it opens its line, or a
    word like "Updated"/"Оновлено" precedes it: a date inside a body sentence
    ("crossed the border on February 24, 2022, ...") does not.
    """
    low, search = prepare(text[:head])
    for m in _dateline_re().finditer(search):
        start, end = m.start(), m.end() - 1  # offsets in `low`
        if m.group("y4") and low[start:end].count("-") != 2:
            continue  # "2025 07 04" with real spaces is no date
        line_start = low.rfind("\n", 0, start) + 1
        line_end = low.find("\n", end)
        line_end = len(low) if line_end < 0 else line_end
        short = line_end - line_start <= 100 or start - line_start <= 3
        if short or _DATELINE_KEYWORDS.search(low, line_start, start):
            day = _dateline_date(m)
            if day:
                return day
    return None


def _dateline_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["y"]:
            return _checked(int(g["y"]), _month_number(g["mon"]), int(g["d"]))
        if g["y2"]:
            return _checked(int(g["y2"]), _month_number(g["mon2"]), int(g["d2"]))
        if g["y3"]:
            return _checked(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        return _checked(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    except ValueError:
        return None


def _month_number(word: str) -> int:
    key = " ".join(word.split())
    for lang in ("en", "uk"):
        entry = _vocab(lang).phrases.get(key)
        if entry and entry[0] == "month":
            return entry[1] or 0
    return 0


def _checked(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if 1990 <= year <= 2100 else None
