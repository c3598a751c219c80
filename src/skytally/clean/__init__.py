"""The clean stage: RawDocument bytes to the article text that extraction reads.

    decode (encoding.py)  bytes -> str; binaries and undecodable bytes refused
    html.py / textpage.py page -> article text and headline
    language.py           "en" | "uk" | "ru" | "other"

`clean` raises an InputError subclass with one reason when a document cannot be
used; it never returns an empty document.
"""

from __future__ import annotations

from datetime import date

from ..errors import EmptyDocument
from ..model import CleanDocument, RawDocument
from .encoding import decode
from .html import clean_html, looks_like_html
from .language import detect_language
from .textpage import clean_textpage

__all__ = ["clean", "clean_html", "clean_textpage", "decode", "detect_language"]


def clean(raw: RawDocument, *, published: date | None = None) -> CleanDocument:
    """The article of `raw`: its text, headline, publication date and language.

    `published` (the --published flag) wins over a date found in the page.
    Raises EmptyDocument, BinaryDocument or UnreadableSource.
    """
    if not raw.data:
        raise EmptyDocument(raw.source, "empty file")
    text = decode(raw.data, raw.source)
    if not text.strip():
        raise EmptyDocument(raw.source, "empty file (only whitespace)")
    found: date | None = None
    if _is_html(text, raw.media_type):
        body, title, found = clean_html(text)
    else:
        body, title = clean_textpage(text)
    if not body.strip():
        raise EmptyDocument(raw.source, "no text after cleaning")
    return CleanDocument(raw.source, body, title, published or found, detect_language(body))


def _is_html(text: str, media_type: str | None) -> bool:
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    # A page saved as .txt is still a page when it starts like one; text that merely
    # quotes a few tags stays text.
    return looks_like_html(text, strict=media_type == "text/plain")
