"""HTML pages to article text, with trafilatura, and a fallback that never fails.

trafilatura (called once per page, metadata included: its date comes from htmldate,
so htmldate is not called again) removes navigation, asides and footers. Its text
then goes through the flattened-page filter too, which drops the odd inline
"Advertisement" it keeps. When trafilatura finds nothing or chokes on broken
markup, tags are stripped with regular expressions and the result is treated as a
flattened page.

The headline is kept as the text's first line (prepended when trafilatura's text
does not start with it), so that evidence offsets and "what the headline is about"
both work on one string.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from .textpage import clean_textpage

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|li|ul|ol|h[1-6]|table|tr|td|body|head|meta|script|section|article)\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_INVISIBLE_ELEMENTS = re.compile(r"<(script|style|noscript|template|svg)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|aside|main|blockquote|figure|figcaption|dd|dt|pre|hr)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>?")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\u00a0]+")

_MIN_TAGS = 5  # a text with this many HTML tags in its first 4 KB is a web page


def looks_like_html(text: str, *, strict: bool = False) -> bool:
    """A doctype or <html> at the start, or (unless `strict`) many tags early on."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or (not strict and len(_TAG.findall(head)) >= _MIN_TAGS)


def clean_html(text: str) -> tuple[str, str | None, date | None]:
    """(article text, headline or None, publication date or None) of an HTML page."""
    extracted = _trafilatura(text)
    if extracted is not None and extracted[0].strip():
        body, title, published = extracted
    else:
        body, title, published = strip_tags(text), _html_title(text), None
    body, page_title = clean_textpage(body)
    title = title or page_title
    if title and body and not _starts_with(body, title):
        body = f"{title}\n{body}"
    return body, title, published


@lru_cache(maxsize=1)
def _bare_extraction() -> Callable[..., Any]:
    """trafilatura, imported on first HTML page (it is slow to import)."""
    from trafilatura import bare_extraction

    # It logs "empty HTML tree" and the like for pages the fallback handles anyway.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return bare_extraction


def _trafilatura(text: str) -> tuple[str, str | None, date | None] | None:
    extract = _bare_extraction()  # outside the try: a broken installation must not pass for broken HTML
    try:
        doc = extract(_XML_DECLARATION.sub("", text), with_metadata=True, include_comments=False,
                      include_tables=True, include_images=False, include_links=False)
    except Exception:  # noqa: BLE001 - broken markup of any kind must fall back, not crash the batch
        return None
    if doc is None:
        return None
    title = _one_line(doc.title) if doc.title else None
    return doc.text or "", title or None, _parse_date(doc.date)


def strip_tags(text: str) -> str:
    """Visible text of (possibly broken) HTML, one line per block element."""
    text = _COMMENT.sub("", _INVISIBLE_ELEMENTS.sub("", text))
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in htmllib.unescape(text).split("\n"))


def _html_title(text: str) -> str | None:
    found = _TITLE.search(text[:65536])
    if not found:
        return None
    title = _one_line(htmllib.unescape(_ANY_TAG.sub("", found.group(1))))
    return title or None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _starts_with(body: str, title: str) -> bool:
    first = body.split("\n", 1)[0]
    return _one_line(first).casefold().startswith(title.casefold()) or title.casefold() in _one_line(body[:400]).casefold()


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
