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

Speed: one trigger regex finds digits and number words (its pattern starts with a
separator class, which lets re skip ahead quickly); everything else runs only at
those few positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from .dates import load_tsv, lower_text, trie_pattern

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
_DIGITS = re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,3}(?:[\u00a0\u202f\u2009\u2007][0-9]{3})+"
                     r"(?![0-9])|[0-9]+)(?P<frac>[.,][0-9]+)?")
_SUFFIX = re.compile(r"[-‐‑](?P<s>[^\W\d_]+)")
_WINDOW_WORD = re.compile(r"\S+")
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
    value: float
    kind: str
    flags: frozenset[str]
    joiner: str  # what joined it to the previous token: "", "-", "and"


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    words: dict[str, tuple[float, str, frozenset[str]]]  # form -> value, kind, flags
    trigger: re.Pattern[str]
    word: re.Pattern[str]
    joiner: re.Pattern[str]
    scale_after: re.Pattern[str]
    skip_after: re.Pattern[str]
    quals: dict[str, str]
    qual_words: int
    ignore: frozenset[str]
    suffixes: frozenset[str]
    date_after: re.Pattern[str]
    date_before: re.Pattern[str]
    year_before: re.Pattern[str]


def _rows(name: str) -> list[tuple[str, str, str, str, str]]:
    return [tuple((row + ["", "", "", ""])[:5]) for row in load_tsv(name)]  # type: ignore[misc]


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    lang = "uk" if lang == "uk" else "en"
    words, ignore, suffixes, skip = {}, set(), set(), []
    for phrase, value, kind, flags, forms in _rows(f"numbers_{lang}.tsv"):
        flagset = frozenset(f for f in flags.split(",") if f)
        if kind in _WORD_KINDS:
            for form, extra in _forms(phrase, forms, lang, "nolexeme" in flagset).items():
                if kind not in ("noun", "scale"):
                    extra = frozenset()  # singular/plural only matters for counting nouns
                elif lang == "uk" and not (extra | flagset) & {"plur", "abbr"}:
                    extra |= {"start"}  # "тисяча дронів", "сотню": a value on their own
                words[form] = (float(value), kind, flagset | extra)
        elif kind == "ignore":
            ignore.add(phrase)
        elif kind == "suffix":
            suffixes.add(phrase)
        elif kind == "after_skip":
            skip.append(phrase)
    quals = {" ".join(r[0].split()): r[1] for r in _rows(f"qualifiers_{lang}.tsv")}
    months = [r for r in _rows(f"dates_{lang}.tsv") if r[1] == "month"]
    tail = r"(?![^\W_]|')"
    trie = trie_pattern(words)
    scales = trie_pattern(w for w, (_, k, _) in words.items() if k in ("scale", "noun", "hundred", "dozen"))
    if lang == "en":
        day_m = all_m = trie_pattern(r[0] for r in months)
        joint, joiner = r"(?:\s*[-–—]\s*|\s+(?:to|and|into)\s+)", r"\s+and\s+|\s+|[-‐](?=[^\W\d_])"
    else:
        day_m = trie_pattern(r[0] for r in months if "gen" in r[3])
        all_m = trie_pattern(r[0] for r in months)
        joint, joiner = r"(?:\s*[-–—]\s*|\s+(?:на|по|до|проти)\s+)", r"\s+"
    sfx = r"(?:-?го)?"
    return _Lexicon(
        lang, words,
        trigger=re.compile(rf"[\W_](?:(?P<w>{trie}){tail}|(?P<d>[0-9]))"),
        word=re.compile(rf"(?:{trie}){tail}"),
        joiner=re.compile(joiner),
        scale_after=re.compile(rf"\s+(?P<s>{scales})\.?{tail}"),
        skip_after=re.compile(rf"\s?[%‰°]|(?:\s+|-)(?:{trie_pattern(skip)})(?![^\W_])"),
        quals=quals, qual_words=max(len(q.split()) for q in quals), ignore=frozenset(ignore),
        suffixes=frozenset(suffixes),
        date_after=re.compile(rf"{sfx}(?:{joint}[0-9]{{1,2}}{sfx})?\s+(?:of\s+)?(?P<m>{day_m})(?![^\W_])"),
        date_before=re.compile(rf"(?<![^\W_])(?P<m>{day_m})\.?\s+(?:[0-9]{{1,2}}{joint})?\Z"),
        year_before=re.compile(rf"(?<![^\W_])(?:(?P<m>{all_m})\.?\s+(?:[0-9]{{1,2}},?\s+)?"
                               rf"|[0-9]{{1,2}}{sfx}\s+(?:of\s+)?(?P<m2>{all_m})\.?,?\s+)\Z"),
    )


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
    low = lower_text(text)
    out: list[NumberMention] = []
    done = 0  # text before this offset is consumed
    for m in lex.trigger.finditer(" " + low):
        pos = m.start()  # the pad shifts offsets by one: this is the token's start in `low`
        if pos < done:
            continue
        if m.group("d"):
            found, done = _digits(lex, low, pos)
            found = [found] if found else []
        else:
            found, done = _words(lex, low, pos)
        for number_start, end, value, flags in found:
            mention = _mention(lex, text, low, number_start, end, value, flags, out[-1].end if out else 0)
            if mention:
                out.append(mention)
    return out


def parse_number_words(phrase: str, lang: str = "en") -> int | None:
    """The value of a phrase that is one number ("sixty-three", "вісьмох", "5,438"), else None."""
    found = find_numbers(phrase, lang)
    lead = len(phrase) - len(phrase.lstrip())
    if len(found) == 1 and found[0].start == lead and found[0].end == len(phrase.rstrip()):
        return found[0].value
    return None


def _digits(lex: _Lexicon, low: str, p: int) -> tuple[tuple[int, int, float, frozenset[str]] | None, int]:
    """A digit run at `p`: ((start, end, value, flags) or None, offset scanned up to)."""
    before = low[p - 1] if p else " "
    before2 = low[p - 2] if p > 1 else " "
    m = _DIGITS.match(low, p)
    end = m.end()  # type: ignore[union-attr]
    if (before in "-‐‑" and before2.isalpha()) or (before == "/" and before2.isalnum()) \
            or (before in ".:," and before2.isdigit()) or (before == "'" and before2.isalpha()):
        return None, _IDENT_TAIL.match(low, end).end()  # type: ignore[union-attr]  # Kh-101, 136/131, 8:14
    phone = _PHONE.match(low, p - 1 if before in "+(" else p)
    if phone and _is_phone(phone.group()):
        return None, phone.end()
    after = low[end:end + 2]
    if after[:1] in ":/" and after[1:2].isdigit():
        return None, _IDENT_TAIL.match(low, end + 1).end()  # type: ignore[union-attr]  # 18:00, 24/7
    if after[:1].isalpha() or (after[:1] == "." and after[1:2].isdigit()):
        return None, _IDENT_TAIL.match(low, end).end()  # type: ignore[union-attr]  # 10th, 9k720, 04.07.2025
    value = _digit_value(lex, m.group("int"), m.group("frac"))  # type: ignore[union-attr]
    scale = lex.scale_after.match(low, end)
    if scale:
        factor, _, _ = lex.words[" ".join(scale.group("s").split())]
        value, end = (value or 0) * Fraction(factor), scale.end()
    if value is None or (m.group("frac") and not scale) or value != int(value) \
            or lex.skip_after.match(low, end):  # type: ignore[union-attr]
        return None, end  # 1.5, 40%, 8 am
    end = _suffix(lex, low, end)
    if end < 0:
        return None, -end
    return (p, end, value, frozenset()), end


def _digit_value(lex: _Lexicon, whole: str, frac: str | None) -> Fraction | None:
    value = Fraction(int(re.sub(r"[^0-9]", "", whole)))
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


def _words(lex: _Lexicon, low: str, pos: int) -> tuple[list[tuple[int, int, float, frozenset[str]]], int]:
    tokens = _tokens(lex, low, pos)
    if not tokens:
        return [], pos + 1
    return _combine(tokens), tokens[-1].end


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


def _combine(tokens: list[_Token]) -> list[tuple[int, int, float, frozenset[str]]]:
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


def _one_number(tokens: list[_Token], i: int) -> tuple[int, float]:
    """(index after the longest number starting at tokens[i], its value); (i, 0) if none."""
    total, current, last, last_scale = 0.0, 0.0, None, float("inf")
    best = (i, 0.0)
    for j in range(i, len(tokens)):
        t = tokens[j]
        opener = j == i and "start" in t.flags
        if not (t.kind in _NEXT.get(last, ()) or opener) or (t.joiner == "and" and last not in ("hundred", "scale")) \
                or (t.joiner == "-" and not (last == "ten" and t.kind == "unit")):
            break
        if t.kind == "scale":
            if t.value >= last_scale:
                break
            total, current, last_scale = total + (current or 1) * t.value, 0.0, t.value
        elif t.kind in ("hundred", "dozen", "noun"):
            current = (current or 1) * t.value
        else:
            current += t.value
        last = t.kind
        if t.kind != "frac":
            best = (j + 1, total + current)
        if t.kind in ("dozen", "noun", "phrase"):
            break
    return best


def _mention(lex: _Lexicon, text: str, low: str, start: int, end: int, value: float,
             flags: frozenset[str], floor: int) -> NumberMention | None:
    """Attach qualifier and flags; None for what is not a count ("no one", "сотні" alone)."""
    if _ignored(lex, low, start, end) or lex.skip_after.match(low, end):
        return None  # "no one", "two-thirds", "twenty percent"
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
    if " " in word or not lex.ignore:
        return False
    prev = low[max(0, start - 12):start].split()
    nxt = low[end:end + 16].split()
    return bool(prev and f"{prev[-1]} {word}" in lex.ignore) or bool(nxt and f"{word} {nxt[0]}" in lex.ignore) \
        or low[end:end + 1] == "-" and low[start:end + 8].split()[0].rstrip(".,;") in lex.ignore


def _qualifier(lex: _Lexicon, low: str, start: int, floor: int) -> tuple[str, int] | None:
    """(qualifier, its start) of the words directly before a number, if they qualify it."""
    if start == 0 or not low[start - 1].isspace():
        return None
    lo = max(floor, start - 40)
    words = [(w.start(), w.end()) for w in _WINDOW_WORD.finditer(low, lo, start)]
    if words and words[0][0] == lo and lo > 0 and not low[lo - 1].isspace():
        words = words[1:]  # cut by the window
    for k in range(min(lex.qual_words, len(words)), 0, -1):
        a = words[-k][0]
        while a < words[-k][1] and not low[a].isalnum():
            a += 1  # "(about 30"
        phrase = " ".join([low[a:words[-k][1]]] + [low[s:e] for s, e in words[len(words) - k + 1:]])
        qual = lex.quals.get(phrase)
        if qual:
            return qual, a
    return None


def _in_date(lex: _Lexicon, text: str, low: str, start: int, end: int, value: float) -> bool:
    if not 1 <= value <= 31 or not low[start].isdigit():
        return False
    m = lex.date_after.match(low, end) or lex.date_before.search(low, max(0, start - 30), start)
    return bool(m) and _month_ok(lex, text, m.start("m"), m.group("m"))


def _month_ok(lex: _Lexicon, text: str, pos: int, word: str) -> bool:
    """English "May"/"March" count as months only when capitalised."""
    return lex.lang != "en" or word not in ("may", "march", "mar", "august") or text[pos].isupper()


def _is_year(lex: _Lexicon, low: str, start: int, end: int, value: float,
             qual: tuple[str, int] | None) -> bool:
    token = low[start:end]
    if not (len(token) >= 4 and token[:4].isdigit() and (len(token) == 4 or not token[4].isdigit())):
        return False
    if not 1000 <= value <= 2100 or (qual and qual[0] in ("at_least", "more_than", "approx")):
        return False
    if 1900 <= value:
        return True
    return bool(lex.year_before.search(low, max(0, start - 30), start)
                or lex.lang == "uk" and _YEAR_AFTER_UK.match(low, end)
                or low[max(0, start - 6):start].split()[-1:] in (["in"], ["since"], ["у"], ["в"], ["з"]))
