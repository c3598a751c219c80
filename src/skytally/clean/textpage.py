"""Flattened web pages (one line per block or link) to the article's own text.

A page copied or scraped to text mixes the article with page furniture, and splits
sentences wherever a link was ("Kyiv\\novernight in ...", "Russia\\n's invasion").
Four passes, each linear in the number of lines:

1. classify every line: text, blank, or a marker from the boilerplate lexicons
   (extract/lexicon/boilerplate_*.tsv: drop / skip / cut / unit), a relative-time
   line ("13 minutes ago") or a "- Publisher" line;
2. find the headline above the lead (it is kept, and never glued to a neighbour);
3. rejoin the fragments of split sentences (`_glue` says how);
4. filter: drop furniture, skip ad units and inline "Related:" lists, and stop at
   the first block of other stories (a cut marker, a relative-time line, or long
   run-on teasers once the article has ended). Those stories must never lend
   their figures to this document, so the cut is greedy: only a widget that the
   article visibly resumes after (two paragraphs in a row) is skipped instead.

Every kept sentence is verbatim, in order; paragraphs are joined with "\\n".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median

LEXICON_DIR = Path(__file__).resolve().parents[1] / "extract" / "lexicon"

# Line kinds.
TEXT, TITLE, BLANK, DROP = "text", "title", "blank", "drop"
SKIP, CUT, UNIT, TIME, PUBLISHER = "skip", "cut", "unit", "time", "publisher"
_ACTIONS = (DROP, SKIP, CUT, UNIT)

_MARKER_MAX = 60  # markers are short: longer lines skip the lexicon lookup
_SKIP_WINDOW = 12  # at most this many headline-like lines are skipped after an ad/related marker
_RUN_ON = 1200  # characters: a teaser paragraph of another story, several times longer than ours
_TITLE_SCAN = 80  # lines: the headline is looked for above the lead, and no further
_TYPICAL = 25  # the article's first paragraphs set its typical paragraph length

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[.…][\"'”’»)\]]*$")
_TIGHT_START = re.compile(r"[.,;:!?%)\]}…]|['’]s\b")
_STRIP_MARKS = ":›»|>·•▶-–— \t"
_RELATIVE_TIME = re.compile(
    r"(?:updated |published )?(?:about )?(?:\d{1,3}|an?|one)\s*"
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\s+ago"
    r"|just now"
    r"|\d{1,3}\s+(?:хв|хвилин[аиу]?|год|годин[аиу]?|дн[іяь]|днів|день|сек|секунд[иу]?)\.?\s+тому"
    r"|\d{1,3}\s+(?:мин|минут[аы]?|час|часа|часов|дн[яей]+|день|сек|секунд[аы]?)\.?\s+назад",
    re.IGNORECASE,
)
_CAP = r"[A-ZА-ЯІЇЄҐ][\w&'’.]*"
_PUBLISHER = re.compile(rf"[-–—]\s*{_CAP}(?:\s+(?:{_CAP}|of|the|and|for|de|in))*\s*")
_JUNK = re.compile(r"\S*[=&]\S*")  # leftover URL query strings: "&w=3840&q=100)"
_NAV = re.compile(r"[^|·•.!?\d ]+(?: [^|·•.!?\d ]+){0,2}(?:\s[|·•]\s[^|·•.!?\d ]+(?: [^|·•.!?\d ]+){0,2})+")  # "Trending | World"
_NOT_HEADLINE = re.compile(r"[.,;:—–]$|(?<!^LIVE)(?<!^Live)(?<!^BREAKING)(?<!^Breaking)(?<!^UPDATE)(?<!^Update) \| |@|<")  # (but "LIVE | ...")
_DIGIT = re.compile(r"\d")
_SIGNATURE = re.compile(r"\b(?:mayor|governor|military\s+administration|city\s+council|head\s+of)\b", re.I)
_NOTICE_MAX = 400  # characters: a consent banner is a line or two
_COOKIE_NOTICE = re.compile(r"\bcookies?\b.*\b(?:accept|consent|reject|privacy|preferences|settings|agree|personali[sz]e)"
                            r"|\b(?:accept|consent\s+to|agree\s+to|use\s+of)\b.*\bcookies?\b", re.I)
_META = re.compile(r"(?:by|published|updated|last updated|posted|photo|image|views)\b", re.IGNORECASE)
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
           r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яіїє]*"
           r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*")
_DATE = re.compile(rf"\b(?:{_MONTHS})\s+\d|\d\s+(?:{_MONTHS})\b|\b\d{{1,2}}:\d{{2}}\b|\d{{4}}-\d\d-\d\d",
                   re.IGNORECASE)  # dateline-ish: "July 12, 2025", "12 серпня", "09:50"


@dataclass(frozen=True)
class Lexicon:
    lines: dict[str, str]  # normalised phrase -> action
    prefixes: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, action)
    glue: frozenset[str]  # words that cannot end a sentence


def clean_textpage(text: str) -> tuple[str, str | None]:
    """The article text of a flattened page, and its headline (None if there is none)."""
    lex = lexicon()
    items = [(_classify(line, lex), line) for line in _lines(text)]
    headline = _find_headline(items, lex.glue)
    if headline >= 0:
        items[headline] = (TITLE, items[headline][1])
        # ("BREAKING: Israel and Iran exchange strikes" above the section label and the page's own headline: a ticker)
        for i, (kind, line) in enumerate(items[:headline]):
            if kind == TEXT and _TICKER.match(line):
                items[i] = (DROP, line)
    paragraphs, title = _filter(_rejoin(items, lex.glue))
    return "\n".join(paragraphs), title


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All boilerplate_*.tsv files merged: page furniture is recognised in any language."""
    lines: dict[str, str] = {}
    prefixes: dict[str, list[str]] = {}
    glue: set[str] = set()
    for path in sorted(LEXICON_DIR.glob("boilerplate_*.tsv")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if not row.strip() or row.startswith("#"):
                continue
            phrase, action, match = ([*row.split("\t"), "line"])[:3]
            action = action.strip()
            if action == "glue":
                glue.add(phrase.strip().casefold())
            elif match.strip() == "prefix":  # keeps its colon: "related:" must not match "Related events"
                prefixes.setdefault(action, []).append(phrase.strip().casefold())
            else:
                lines[normalise_marker(phrase)] = action
    compiled = tuple((_alternation(phrases), action) for action, phrases in prefixes.items())
    return Lexicon(lines, compiled, frozenset(glue))


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for many phrases, longest first, any whitespace between words."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    return re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE)


def normalise_marker(line: str) -> str:
    """Lower case, single spaces, straight apostrophes, no trailing ':' '›' '|'."""
    return " ".join(line.casefold().replace("’", "'").split()).strip(_STRIP_MARKS)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


_BRACKET_MENU = re.compile(r"(?:\s*\[[^\[\]\n]{1,30}\]){3,}\s*")


def _classify(line: str, lex: Lexicon) -> str:
    if not line:
        return BLANK
    if len(line) <= _MARKER_MAX:
        action = lex.lines.get(normalise_marker(line))
        if action in _ACTIONS:
            return action
        if _RELATIVE_TIME.fullmatch(line):
            return TIME
        if _PUBLISHER.fullmatch(line):
            return PUBLISHER
        if _JUNK.fullmatch(line) and len(line) > 5:
            return DROP
    if "ookie" in line and len(line) <= _NOTICE_MAX and _COOKIE_NOTICE.search(line):
        return DROP  # "🍪 We value your privacy. We use cookies to personalise content and ads. [Accept] [Reject]"
    if (" | " in line or " · " in line or " • " in line) and _NAV.fullmatch(" ".join(line.split()) if "  " in line else line) \
            and not _SIGNATURE.search(line):
        return DROP  # ("Share  ·  Save  ·  Print" too; not "Ihor Terekhov | Kharkiv City Mayor", who wrote the post)
    if line.startswith("[") and _BRACKET_MENU.fullmatch(line):
        return DROP  # "[Home] [War] [Politics] [Economy]", "[Share on Facebook] [Share on X] [Copy link]"
    for pattern, action in lex.prefixes:
        if (action == DROP or len(line) <= _MARKER_MAX) and pattern.match(line):  # (the length first: it is cheaper)
            return action
    return TEXT


# --- pass 2: the headline, above the lead

def _find_headline(items: list[tuple[str, str]], glue: frozenset[str]) -> int:
    """Index of the headline in `items`, or -1.

    Above the lead paragraph sit the site name and menu (short lines), the headline,
    maybe a standfirst, the date and the byline. The headline is the first line of
    six words or more that could be one. Lines after an ad or "Trending" marker are
    other stories' headlines; only when nothing else qualifies is the last of them
    taken (a "Top stories" label just above the page's own headline). Failing all
    that, the last short candidate ("World in brief") will do.
    """
    first = windowed = short = -1
    in_widget = False
    for i, (kind, line) in enumerate(items[:_TITLE_SCAN]):
        if kind in (SKIP, CUT):
            in_widget = True
        if kind != TEXT:
            continue
        words = _words(line)
        if (words >= 15 and _SENTENCE_END.search(line)) or words >= 35 or (
                words >= 8 and not in_widget and _SENTENCE_END.search(line) and first < 0):
            break  # the lead: the article has begun (a statement with no headline starts with it)
        nxt = items[i + 1] if i + 1 < len(items) else (BLANK, "")
        if i and items[i - 1][0] == DROP and words < 8:
            continue  # "Donate to the army: verified funds" right under the menu bars: the page's header block
        if not _headline_like(line, glue) or (nxt[0] == TEXT and _continues(nxt[1]) and not _META.match(nxt[1])):
            in_widget = in_widget and not _closes_window(line)
            continue
        if _TICKER.match(line):
            continue  # another story's breaking-news ticker
        if words < 6:
            short = short if in_widget else i
        elif in_widget:
            windowed = i
        elif first < 0:
            first = i
    return next((i for i in (first, windowed, short) if i >= 0), -1)


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*▪·+]|\d+[.)]\s)")
_TICKER = re.compile(r"(?:BREAKING|Breaking(?:\s+[Nn]ews)?|JUST\s+IN|Just\s+in)\s*:\s")


def _headline_like(line: str, glue: frozenset[str]) -> bool:
    """Could be a headline: a few words, not a list item, a date, a byline or a fragment."""
    return (3 <= _words(line) <= 30 and not _LIST_ITEM.match(line) and not _continues(line) and not _NOT_HEADLINE.search(line)
            and not _META.match(line) and not (_words(line) <= 8 and _DATE.search(line))
            and _last_word(line) not in glue)


# --- pass 3: rejoin sentences split where links were

def _rejoin(items: list[tuple[str, str]], glue: frozenset[str]) -> list[tuple[str, str]]:
    """Merge runs of text lines that continue one sentence; other kinds (the headline too) break a run."""
    out: list[tuple[str, str]] = []
    parts: list[str] = []  # pieces of the paragraph being built, joined once (no quadratic +=)
    spaces = 0
    for i, (kind, line) in enumerate(items):
        if kind == TEXT and parts:
            nxt = items[i + 1][1] if i + 1 < len(items) and items[i + 1][0] == TEXT else ""
            sep = _glue(parts[-1], spaces, line, nxt, glue)
            if sep is not None:
                parts += [sep, line]
                spaces += line.count(" ") + len(sep)
                continue
        if parts:
            out.append((TEXT, "".join(parts)))
            parts = []
        if kind == TEXT:
            parts, spaces = [line], line.count(" ")
        else:
            out.append((kind, line))
    if parts:
        out.append((TEXT, "".join(parts)))
    return out


def _glue(prev: str, spaces: int, cur: str, nxt: str, glue: frozenset[str]) -> str | None:
    """"" or " " to join `cur` onto the paragraph ending with `prev` (which has `spaces` spaces),
    None when `cur` starts a new paragraph."""
    if _TIGHT_START.match(cur):
        return ""  # ".", ",", "'s" after a link
    if _TERMINAL.search(prev):
        return None
    if cur[0].islower() or prev[-1] in ",—–(":
        return " "
    if _last_word(prev) in glue:
        return " "  # "since" / "of" cannot end a sentence
    if spaces >= 5 and _is_fragment(cur) and nxt and _continues(nxt):
        return " "  # a linked name inside a sentence: "President Volodymyr" + "Zelenskyy" + "said ..."
    return None


def _last_word(line: str) -> str:
    return line.rsplit(None, 1)[-1].casefold()


def _is_fragment(line: str) -> bool:
    return line.count(" ") < 4 and not _TERMINAL.search(line)


def _continues(line: str) -> bool:
    """Whether `line` continues the sentence of the line before (", Lviv", "'s", "said ...")."""
    return bool(line) and (bool(_TIGHT_START.match(line)) or line[0].islower())


# --- pass 4: drop furniture, stop at other stories

def _filter(items: list[tuple[str, str]]) -> tuple[list[str], str | None]:
    """The article's paragraphs, in order, and its headline if one was found."""
    out: list[str] = []
    title: str | None = None
    seen: set[str] = set()
    prose_lengths: list[int] = []
    window = 0  # lines left to skip after an ad or inline-related marker
    above_title = any(kind == TITLE for kind, _ in items)  # site name and menu words come first
    last_prose = _last_prose(items)
    for i, (kind, line) in enumerate(items):
        started = bool(prose_lengths)
        if kind in (BLANK, DROP):
            continue
        if kind == UNIT:
            _pop_short(out, 2, title)
            continue
        if kind == SKIP or (kind == CUT and (not started or _article_resumes(items, i))):
            window = _SKIP_WINDOW  # an ad, an inline list, or a "Recommended" box mid-article
            continue
        if kind == CUT or (kind in (TIME, PUBLISHER) and started and _near_time(items, i)):
            _pop_short(out, 3, title)  # the other story's publisher or headline just before
            break
        if kind == TIME:
            continue  # "Updated 2 hours ago" above the article
        if kind == TITLE:
            title, window, above_title = line, 0, False
        elif above_title and ((_words(line) <= 4 and not _DIGIT.search(line)) or " | " in line
                              or (_words(line) <= 8 and i and items[i - 1][0] == DROP)) and not _AUTHOR_LINE.search(line):
            continue  # (and "The Moscow Times | Independent News From Russia": a masthead; but "Sumy Regional
            # Military Administration" above its post is who speaks, which tells a region's share from the country's)
        elif window:
            window = 0 if _closes_window(line) else window - 1
            if window:
                continue
        if started and _is_run_on(line, prose_lengths) and i > last_prose:
            _pop_short(out, 3, title)
            break
        if line in seen:
            continue
        seen.add(line)
        out.append(line)
        if len(prose_lengths) < _TYPICAL and _is_prose(line) and (started or line.count(" ") >= 14):
            prose_lengths.append(len(line))
    return out, title


_AUTHOR_LINE = re.compile(r"\b(?:administration|governor|mayor|city\s+council|air\s+force|air\s+command)\b", re.I)


def _words(line: str) -> int:
    count = line.count(" ") + 1
    # ("Menu   Search   Newsletters   Donate": spaces that lay out a menu are not words)
    return count if "  " not in line else len(line.split())


def _is_prose(line: str) -> bool:
    return _words(line) >= 25 or (_words(line) >= 8 and bool(_PROSE_END.search(line)))


def _closes_window(line: str) -> bool:
    """Article prose ends an ad window; ad headlines end in "?", "!" or "(Watch)"."""
    return _words(line) >= 25 or (_words(line) >= 6 and bool(_SENTENCE_END.search(line)))


def _is_run_on(line: str, prose_lengths: list[int]) -> bool:
    return len(line) >= _RUN_ON and len(line) >= 3 * median(prose_lengths)


def _last_prose(items: list[tuple[str, str]]) -> int:
    """Index of the last ordinary paragraph: a run-on line before it is a long quote, not a teaser."""
    for i in range(len(items) - 1, -1, -1):
        kind, line = items[i]
        if kind == TEXT and len(line) < _RUN_ON and _is_prose(line):
            return i
    return -1


def _article_resumes(items: list[tuple[str, str]], i: int) -> bool:
    """Whether the article goes on after the widget that starts at `i`.

    True when, within a few lines and before any other block marker, two article
    paragraphs follow each other. A block of other stories never looks like that:
    it is headlines only, or headline / teaser / headline / teaser.
    """
    lines = 0
    after_prose = False
    for kind, line in items[i + 1: i + 1 + _SKIP_WINDOW * 2]:
        if kind in (CUT, TIME):
            return False
        if kind not in (TEXT, PUBLISHER):
            continue
        prose = kind == TEXT and _is_prose(line) and len(line) < _RUN_ON
        if after_prose:
            return prose
        after_prose, lines = prose, lines + 1
        if lines > 6:
            return False
    return False


def _near_time(items: list[tuple[str, str]], i: int) -> bool:
    """A "- Publisher" line only counts next to a relative time ("13 minutes ago")."""
    if items[i][0] == TIME:
        return True
    nearby = [k for k, _ in items[max(0, i - 3): i + 4] if k not in (BLANK, DROP)]
    return TIME in nearby


def _pop_short(out: list[str], limit: int, title: str | None) -> None:
    """Remove up to `limit` trailing headline-like lines (an ad's or another story's)."""
    for _ in range(limit):
        if len(out) <= 1 or out[-1] == title or _is_prose(out[-1]) or _words(out[-1]) > 25:
            return
        out.pop()
