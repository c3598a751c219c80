"""Load the lexicon data files (extract/lexicon/*.tsv): patterns are data, not code."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicon"


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon file; '#' starts a comment line."""
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def phrase_regex(phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One trie-shaped alternation (longest phrase wins), words separated by any whitespace."""
    body = trie_pattern(" ".join(p.lower().split()) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)


def trie_pattern(words: Iterable[str], char: Callable[[str], str] | None = None) -> str:
    """One regex alternation shaped as a trie, so re fails fast at each position.

    `char` turns a character into its regex (default: escaped; a space matches any
    whitespace; an apostrophe matches any apostrophe). Longer words win: each optional
    tail is greedy.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root, char or _plain_char) or "(?!)"


def _trie_regex(node: dict, char: Callable[[str], str]) -> str:
    branches = [char(ch) + _trie_regex(sub, char) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _plain_char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    return "['’ʼ`]" if ch == "'" else re.escape(ch)
