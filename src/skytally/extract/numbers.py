"""Number mentions: digits and number words with their qualifier, per language.

`find_numbers` returns every count the text states ("550", "5,438", "sixty-three",
"at least 33", "all 29", "550-ма", "шістдесятьма трьома", "більше сотні") and skips
what only looks like one: model names (Kh-101, Shahed-136/131), ordinals, times,
percentages, decimals and phone numbers. Years and day numbers of dates are
returned but flagged (`is_year`, `in_date`) so the grammar can ignore them.

Words live in lexicon/numbers_{en,uk}.tsv and qualifiers_{en,uk}.tsv. Ukrainian
number words are listed as lemmas there and expanded to every case form with
pymorphy3 once, on first use; matching is then a dict lookup (number-parser fails
on oblique cases such as "вісьмох", and lemmatising every word would be slow).

Speed: one trigger regex finds digits and number words; it starts with a literal
space and runs on a copy of the text whose separators are spaces (dates.prepare),
which lets re skip ahead with a fast scan. Everything else runs only at the few
positions it finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from typing import Union

from .dates import load_tsv, prepare, trie_pattern

Num = Union[int, Fraction]  # "півтора" is 3/2; every stated number comes out an int
_Found = list[tuple[int, int, Num, frozenset[str]]]
_SCALES = ("scale", "noun", "hundred", "dozen")  # may follow digits: "5 тисяч", "1.2 million"
_WORD_KINDS = ("unit", "teen", "ten", "hundred", "hund", "scale", "dozen", "noun", "frac", "phrase")
# Which kind of word may follow which inside one number ("sixty-three", "двісті сорок вісім").
_NEXT = {
    None: {"unit", "teen", "ten", "hund", "phrase", "frac"},
    "unit": {"hundred", "scale", "dozen", "noun"},
    "teen": {"hundred", "scale", "dozen", "noun"},
    "ten": {"unit", "scale", "noun"},
    "hundred": {"unit", "teen", "ten", "scale"},
    "hund": {"unit", "teen", "ten", "scale", "noun"},
    "scale": {"unit", "teen", "ten", "hund"},
    "frac": {"scale", "noun"},
}
_IDENT_TAIL = re.compile(r"(?:[^\W_]|[-‐‑/](?=[^\W_]))*")  # the rest of "Shahed-136/131"
_PHONE = re.compile(r"[+(]?[0-9]{1,4}\)?(?:[ \-\u00a0][0-9]{2,4}){2,5}(?![0-9])")
# Thousands grouped by commas or by a space of any kind ("5,438", "4 500": Ukrainian writes the latter).
_DIGITS = re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,3}(?:[ \u00a0\u202f\u2009\u2007][0-9]{3})+"
                     r"(?![0-9])|[0-9]+)(?P<frac>[.,][0-9]+)?")
_SUFFIX = re.compile(r"[-‐‑](?P<s>[^\W\d_]+)")
_JOINTS = {"-", "–", "—", "to", "and", "into", "на", "по", "до", "проти"}  # "3 to 4 July", "з 3 на 4 липня"
_OPENERS = "([\"“«'"
_YEAR_CLAUSE_AFTER = re.compile(r"\s*(?:[,;:.]|as\s+a\s+whole\b|alone\b)")
_YEAR_AFTER_UK = re.compile(r"\s*(?:року|рік|році|роках|р\.)")


@dataclass(frozen=True)
class NumberMention:
    """A stated number; the span covers its qualifier ("at least 33", "all 29")."""

    start: int
    end: int
    text: str
    value: int
    qualifier: str  # exact | at_least | more_than | approx | at_most
    universal: bool = False  # "all 29", "both", "всі 29": every one of them
    number_start: int = 0  # where the number itself starts (after the qualifier)
    is_year: bool = False  # "2022", "in 2014": the grammar ignores it
    in_date: bool = False  # a day of a date ("July 4", "3-4 July", "у ніч на 4 липня")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    value: Num
    kind: str
    flags: frozenset[str]
    joiner: str  # what joined it to the previous token: "", "-", "and"


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    words: dict[str, tuple[Num, str, frozenset[str]]]  # form -> value, kind, flags
    trigger: re.Pattern[str]
    word: re.Pattern[str]
    joiner: re.Pattern[str]
    scale_after: re.Pattern[str]
    skip_after: re.Pattern[str]
    scale_initials: str  # first letters of scale words / skip words: quick tests before those patterns
    skip_initials: str
    quals: dict[str, str]
    qual_words: int
    qual_chars: int  # the longest qualifier's length and some space: how far back to look
    qual_last: frozenset[str]  # last words of qualifiers: a quick test before the full one
    ignore: frozenset[str]
    ignore_words: frozenset[str]  # number words that appear in `ignore` phrases
    month_words: frozenset[str]
    cap_months: frozenset[str]  # "May", "March": months only when capitalised
    suffixes: frozenset[str]
    date_after: re.Pattern[str]
    date_before: re.Pattern[str]
    year_before: re.Pattern[str]


def _number(value: str) -> int | Fraction:
    return int(value) if value.isdigit() else Fraction(value)


def _rows(name: str) -> list[tuple[str, str, str, str, str]]:
    return [tuple((list(row) + ["", "", "", ""])[:5]) for row in load_tsv(name)]  # type: ignore[misc]


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    """Lexicon files -> words and patterns, built once per language."""
    lang = "uk" if lang == "uk" else "en"
    words, other = _words_table(lang)
    quals = {" ".join(r[0].split()): r[1] for r in _rows(f"qualifiers_{lang}.tsv")}
    months = [r for r in _rows(f"dates_{lang}.tsv") if r[1] == "month"]
    tail = r"(?![^\W_]|')"
    trie = trie_pattern(words)
    scales = trie_pattern(w for w, (_, k, _) in words.items() if k in _SCALES)
    all_m = trie_pattern(r[0] for r in months)
    if lang == "en":
        day_m, joint, joiner = all_m, r"(?:\s*[-–—]\s*|\s+(?:to|and|into)\s+)", r"\s+and\s+|\s+|[-‐](?=[^\W\d_])"
    else:
        day_m = trie_pattern(r[0] for r in months if "gen" in r[3])
        joint, joiner = r"(?:\s*[-–—]\s*|\s+(?:на|по|до|проти)\s+)", r"\s+"
    sfx = r"(?:-?го)?"
    return _Lexicon(
        lang, words,
        trigger=re.compile(rf" (?:(?P<w>{trie}){tail}|[0-9])"),  # no group around [0-9]: re rejects it faster
        word=re.compile(rf"(?:{trie}){tail}"),
        joiner=re.compile(joiner),
        scale_after=re.compile(rf"\s+(?P<s>{scales})\.?{tail}"),
        skip_after=re.compile(rf"\s?[%‰°]|(?:\s+|-)(?:{trie_pattern(other['after_skip'])})(?![^\W_])"),
        scale_initials="".join({w[0] for w in words if words[w][1] in _SCALES}),
        skip_initials="".join({w[0] for w in other["after_skip"]}) + "%‰°",
        quals=quals, qual_words=max(len(q.split()) for q in quals), qual_chars=max(map(len, quals)) + 4,
        qual_last=frozenset(q.split()[-1] for q in quals), ignore=frozenset(other["ignore"]),
        ignore_words=frozenset(w for p in other["ignore"] for w in re.split(r"[\s-]+", p) if w in words),
        month_words=frozenset(r[0] for r in months),
        cap_months=frozenset(r[0] for r in months if "cap" in r[3]),
        suffixes=frozenset(other["suffix"]),
        date_after=re.compile(rf"{sfx}(?:{joint}[0-9]{{1,2}}{sfx})?\s+(?:of\s+)?(?P<m>{day_m})(?![^\W_])"),
        date_before=re.compile(rf"(?<![^\W_])(?P<m>{day_m})\.?\s+(?:[0-9]{{1,2}}{joint})?\Z"),
        year_before=re.compile(rf"(?<![^\W_])(?:(?P<m>{all_m})\.?\s+(?:[0-9]{{1,2}},?\s+)?"
                               rf"|[0-9]{{1,2}}{sfx}\s+(?:of\s+)?(?P<m2>{all_m})\.?,?\s+)\Z"),
    )


def _words_table(lang: str) -> tuple[dict[str, tuple[Num, str, frozenset[str]]], dict[str, list[str]]]:
    """(every number word form -> value, kind, flags; other rows by kind: ignore, suffix, after_skip)."""
    words: dict[str, tuple[Num, str, frozenset[str]]] = {}
    other: dict[str, list[str]] = {"ignore": [], "suffix": [], "after_skip": [], "ordinal_suffix": []}
    for phrase, value, kind, flags, forms in _rows(f"numbers_{lang}.tsv"):
        flagset = frozenset(f for f in flags.split(",") if f)
        if kind not in _WORD_KINDS:
            other[kind].append(phrase)
            continue
        for form, extra in _forms(phrase, forms, lang, "nolexeme" in flagset).items():
            if kind not in ("noun", "scale"):
                extra = frozenset()  # singular/plural only matters for counting nouns
            elif lang == "uk" and not (extra | flagset) & {"plur", "abbr"}:
                extra |= {"start"}  # "тисяча дронів", "сотню": a value on their own
            words[form] = (_number(value), kind, flagset | extra)
    return words, other


@lru_cache(maxsize=1)
def _morph():  # pragma: no cover - depends on the installed dictionary
    """The Ukrainian analyser, created once (it takes ~50 ms to load)."""
    try:
        import pymorphy3
        return pymorphy3.MorphAnalyzer(lang="uk")
    except Exception:  # noqa: BLE001 - without it only the listed forms are known
        return None


def _forms(lemma: str, extra: str, lang: str, nolexeme: bool) -> dict[str, frozenset[str]]:
    """Every form of a lexicon word -> "plur" (only plural) / "ambig" (singular or plural) flags."""
    numbers: dict[str, set[str]] = {lemma: set()}
    morph = _morph() if lang == "uk" and not nolexeme else None
    if morph is not None:
        for parse in morph.parse(lemma):
            if parse.normal_form != lemma or not ({"NUMR", "NOUN"} & set(parse.tag.grammemes)):
                continue
            for form in parse.lexeme:
                numbers.setdefault(form.word.replace("ʼ", "'"), set()).add(form.tag.number or "sing")
    for item in (x.strip() for x in extra.split(",") if x.strip()):
        if item.startswith("-"):
            numbers.pop(item[1:], None)
        else:
            numbers.setdefault(item.lstrip("+"), set())
    return {form: frozenset({"ambig"} if {"sing", "plur"} <= n else {"plur"} if n == {"plur"} else set())
            for form, n in numbers.items()}


# --- finding ---------------------------------------------------------------------

def find_numbers(text: str, lang: str = "en") -> list[NumberMention]:
    """Numbers stated in `text`, with qualifiers; sorted and non-overlapping."""
    lex = _lexicon(lang)
    low, search = prepare(text)
    out: list[NumberMention] = []
    done = 0  # text before this offset is consumed
    for m in lex.trigger.finditer(search):
        pos = m.start()  # `search` is padded by one: this is the token's start in `low`
        if pos < done:
            continue
        if m.group("w") is None:  # a digit
            found, done = _digits(lex, low, pos)
        else:
            found, done = _words(lex, low, pos)
        for number_start, end, value, flags in found:
            mention = _mention(lex, text, low, number_start, end, value, flags, out[-1].end if out else 0)
            if mention:
                out.append(mention)
    if "between" in low:
        out = _without_ranges(low, out)
    return _restated(text, out) if "(" in text else out


# "between 100 and 250 drones": a range, neither end of which is a count
_BETWEEN = re.compile(r"\bbetween\s+$")
_AND = re.compile(r"\s+and\s+")


def _without_ranges(low: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """`numbers` without both ends of each "between N and M"."""
    ends = set()
    for a, b in zip(numbers, numbers[1:]):
        if _BETWEEN.search(low, max(0, a.start - 8), a.start) and _AND.fullmatch(low, a.end, b.start):
            ends |= {id(a), id(b)}
    return [n for n in numbers if id(n) not in ends]


def _restated(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """"All 6 (six) drones", "two hundred and eight (208) drones": one number, written twice."""
    out: list[NumberMention] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev is not None and n.value == prev.value and not n.is_year and not prev.is_year \
                and _OPEN_BRACKET.fullmatch(text, prev.end, n.start) and text.startswith(")", n.end):
            out[-1] = replace(prev, end=n.end + 1, text=text[prev.start:n.end + 1])
            continue
        out.append(n)
    return out


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def parse_number_words(phrase: str, lang: str = "en") -> int | None:
    """The value of a phrase that is one number ("sixty-three", "вісьмох", "5,438"), else None."""
    found = find_numbers(phrase, lang)
    lead = len(phrase) - len(phrase.lstrip())
    if len(found) == 1 and found[0].start == lead and found[0].end == len(phrase.rstrip()):
        return found[0].value
    return None


def _digits(lex: _Lexicon, low: str, p: int) -> tuple[_Found, int]:
    """The number a digit run at `p` states, if any, and the offset scanned up to."""
    before, before2 = low[p - 1:p] or " ", low[p - 2:p - 1] or " "
    m = _DIGITS.match(low, p)
    end = m.end()  # type: ignore[union-attr]
    nxt, nxt2 = low[end:end + 1], low[end + 1:end + 2]
    if end - p > 24 or (before in "-‐‑" and before2.isalpha()) or (before == "/" and before2.isalnum()) \
            or (before in ".:," and before2.isdigit()) or (before == "'" and before2.isalpha()) \
            or nxt.isalpha() or (nxt in ".:/" and nxt2.isdigit()):
        return [], _skip_token(low, end)  # Kh-101, 136/131, 10th, 9K720, 18:00, 04.07.2025, 24/7
    if before in "+(" or (nxt in " -" and nxt2.isdigit()):
        phone = _PHONE.match(low, p - 1 if before in "+(" else p)
        if phone and _is_phone(phone.group()):
            return [], phone.end()
    frac = m.group("frac")  # type: ignore[union-attr]
    value = _digit_value(lex, m.group("int"), frac)  # type: ignore[union-attr]
    if nxt.isspace() and nxt2 and nxt2 in lex.scale_initials:
        scale = lex.scale_after.match(low, end)
        if scale and value is not None:
            value, end, frac = value * lex.words[" ".join(scale.group("s").split())][0], scale.end(), None
    if value is None or frac or value != int(value) or _skip_after(lex, low, end):
        return [], end  # 1.5, 40%, 8 am
    if nxt in "-‐‑" and nxt:
        end = _suffix(lex, low, end)
        if end < 0:
            return [], -end
    return [(p, end, int(value), frozenset())], end


def _skip_after(lex: _Lexicon, low: str, end: int) -> bool:
    """Is the number followed by what makes it no count ("40%", "8 am", "two-thirds")?"""
    head = low[end:end + 2]
    if not head or head[0] in "%‰°":
        return bool(head)
    return head[0] in " -\u00a0" and head[1:] in lex.skip_initials and bool(head[1:]) \
        and bool(lex.skip_after.match(low, end))


def _skip_token(low: str, end: int) -> int:
    return _IDENT_TAIL.match(low, end).end()  # type: ignore[union-attr]


def _digit_value(lex: _Lexicon, whole: str, frac: str | None) -> int | Fraction | None:
    value = int(whole) if whole.isdigit() else int(re.sub(r"[^0-9]", "", whole))
    if frac:  # only meaningful before a scale word ("1.2 million", "1,5 тис."): exact arithmetic
        return value + Fraction(int(frac[1:]), 10 ** (len(frac) - 1)) if frac[0] == "." or lex.lang == "uk" else None
    return value


def _is_phone(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    groups = len(re.findall(r"[0-9]+", s))
    return digits >= 9 and (s[0] in "+(" or "-" in s or groups >= 4)


def _suffix(lex: _Lexicon, low: str, end: int) -> int:
    """End of a number with its Ukrainian case ending ("550-ма"); negative end = an ordinal, skip."""
    m = _SUFFIX.match(low, end)
    if not m:
        return end
    suffix = m.group("s")
    if lex.lang == "uk" and suffix in lex.suffixes:
        return m.end()
    if lex.lang == "uk" and len(suffix) <= 3:
        return -m.end()  # "3-й", "5-та": ordinals
    return end  # a compound ("550-drone", "10-поверховий"): the number stands


def _words(lex: _Lexicon, low: str, pos: int) -> tuple[_Found, int]:
    tokens = _tokens(lex, low, pos)
    if not tokens:
        return [], pos + 1
    return [f for f in _combine(tokens) if not _skip_after(lex, low, f[1])], tokens[-1].end


def _tokens(lex: _Lexicon, low: str, pos: int) -> list[_Token]:
    tokens: list[_Token] = []
    joiner = ""
    while True:
        m = lex.word.match(low, pos)
        if not m:
            return tokens
        value, kind, flags = lex.words[" ".join(m.group().split())]
        tokens.append(_Token(m.start(), m.end(), value, kind, flags, joiner))
        j = lex.joiner.match(low, m.end())
        if not j:
            return tokens
        joiner = j.group().strip()
        pos = j.end()


def _combine(tokens: list[_Token]) -> _Found:
    """Split a run of number words into numbers ("two hundred and eight"; "one two" is two)."""
    out = []
    i = 0
    while i < len(tokens):
        j, value = _one_number(tokens, i)
        if j == i:
            i += 1
            continue
        flags = frozenset().union(*(t.flags for t in tokens[i:j])) - {"ambig", "plur", "start"}
        if j == i + 1 and "ambig" in tokens[i].flags:
            flags |= {"ambig"}  # a lone "сотні": hundreds, or 100 after "більше"
        out.append((tokens[i].start, tokens[j - 1].end, value, flags))
        i = j
    return out


def _one_number(tokens: list[_Token], i: int) -> tuple[int, Num]:
    """(index after the longest number starting at tokens[i], its value); (i, 0) if none."""
    total: Num = 0
    current: Num = 0
    last, last_scale = None, 10 ** 12
    best: tuple[int, Num] = (i, 0)
    for j in range(i, len(tokens)):
        t = tokens[j]
        if j == i:
            if t.kind not in _NEXT[None] and "start" not in t.flags:
                break
        elif t.kind not in _NEXT.get(last, ()) or (t.joiner == "and" and last not in ("hundred", "scale")) \
                or (t.joiner == "-" and not (last == "ten" and t.kind == "unit")):
            break
        if t.kind == "scale":
            if t.value >= last_scale:
                break
            total, current, last_scale = total + (current or 1) * t.value, 0, t.value
        elif t.kind in ("hundred", "dozen", "noun"):
            current = (current or 1) * t.value
        else:
            current += t.value
        last = t.kind
        if t.kind != "frac" and (total + current) == int(total + current):
            best = (j + 1, total + current)
        if t.kind in ("dozen", "noun", "phrase"):
            break
    return best


def _mention(lex: _Lexicon, text: str, low: str, start: int, end: int, value: Num,
             flags: frozenset[str], floor: int) -> NumberMention | None:
    """Attach qualifier and flags; None for what is not a count ("no one", "сотні" alone)."""
    if _ignored(lex, low, start, end):
        return None  # "no one", "every one"
    qual = _qualifier(lex, low, start, floor)
    if "ambig" in flags and (qual is None or qual[0] == "universal"):
        return None  # "сотні дронів" = hundreds of drones; "більше сотні" = more than 100
    in_date = _in_date(lex, text, low, start, end, value)
    is_year = _is_year(lex, low, start, end, value, qual)
    if in_date or is_year and (qual is None or qual[0] in ("at_most", "universal")):
        qual = None  # "до 4 липня", "up to 2025": until, not a bound
    qualifier = "approx" if "approx" in flags else "exact"
    universal = "universal" in flags
    q_start = start
    if qual:
        q_start = qual[1]
        if qual[0] == "universal":
            universal = True
        else:
            qualifier = qual[0]
    return NumberMention(q_start, end, text[q_start:end], int(value), qualifier, universal, start, is_year, in_date)


def _ignored(lex: _Lexicon, low: str, start: int, end: int) -> bool:
    word = low[start:end]
    if word not in lex.ignore_words:
        return False
    prev = low[max(0, start - 12):start].split()
    nxt = low[end:end + 16].replace("-", " - ").split()
    return bool(prev and f"{prev[-1].lstrip(_OPENERS)} {word}" in lex.ignore) \
        or bool(nxt and (f"{word} {nxt[0]}" in lex.ignore or "".join([word] + nxt[:2]) in lex.ignore))


def _qualifier(lex: _Lexicon, low: str, start: int, floor: int) -> tuple[str, int] | None:
    """(qualifier, its start) of the words directly before a number, if they qualify it."""
    if start == 0 or not low[start - 1].isspace():
        return None
    lo = max(floor, start - lex.qual_chars)
    words = low[lo:start].split()
    if not words or words[-1].lstrip(_OPENERS) not in lex.qual_last:
        return None  # the usual case
    if lo > 0 and not low[lo].isspace() and not low[lo - 1].isspace():
        words = words[1:]  # cut by the window
    for k in range(min(lex.qual_words, len(words)), 0, -1):
        first = words[-k].lstrip(_OPENERS)  # "(about 30"
        qual = lex.quals.get(" ".join([first] + words[len(words) - k + 1:]))
        if qual:
            at = start
            for word in reversed(words[-k:]):
                at = low.rfind(word, lo, at)
            return qual, at + len(words[-k]) - len(first)
    return None


def _in_date(lex: _Lexicon, text: str, low: str, start: int, end: int, value: Num) -> bool:
    if not 1 <= value <= 31 or not low[start].isdigit():
        return False
    m = lex.date_after.match(low, end)
    if not m:
        prev = low[max(0, start - 16):start].split()[-1:]  # "July 4", "July 3-4": a month or a range before
        if prev and (prev[0].rstrip(".") in lex.month_words or prev[0][-1] in "0123456789-–—" or prev[0] in _JOINTS):
            m = lex.date_before.search(low, max(0, start - 30), start)
    return bool(m) and _month_ok(lex, text, m.start("m"), m.group("m"))  # type: ignore[union-attr]


def _month_ok(lex: _Lexicon, text: str, pos: int, word: str) -> bool:
    """English "May"/"March" count as months only when capitalised."""
    return word not in lex.cap_months or text[pos].isupper()


def _is_year(lex: _Lexicon, low: str, start: int, end: int, value: Num,
             qual: tuple[str, int] | None) -> bool:
    token = low[start:end]
    if not (len(token) >= 4 and token[:4].isdigit() and (len(token) == 4 or not token[4].isdigit())):
        return False
    if qual and 1990 <= value <= 2100 and low[qual[1]:start].strip() in ("over", "throughout", "during") \
            and _YEAR_CLAUSE_AFTER.match(low, end):
        return True  # "Over 2025, Russia launched more than 54,000 drones": the year it lasted, not a bound
    if not 1000 <= value <= 2100 or (qual and qual[0] in ("at_least", "more_than", "approx")):
        return False
    if 1900 <= value:
        return True
    return bool(lex.year_before.search(low, max(0, start - 30), start)
                or lex.lang == "uk" and _YEAR_AFTER_UK.match(low, end)
                or low[max(0, start - 6):start].split()[-1:] in (["in"], ["since"], ["у"], ["в"], ["з"]))
