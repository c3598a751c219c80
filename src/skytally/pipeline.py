"""The stages in order: ingest -> clean -> extract (-> reconcile -> store).

Each stage is one package with one public function; this module only chains them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from .clean import clean
from .errors import InputError
from .extract import extract
from .extract.dates import published_from_text
from .ingest import iter_sources
from .model import CleanDocument, RawDocument, Report
from .settings import Settings


def process(raw: RawDocument, settings: Settings) -> tuple[CleanDocument, Report]:
    """Clean one raw document and extract its report. Raises InputError subclasses."""
    doc = clean(raw, published=settings.published)
    if doc.published is None:
        doc.published = published_from_text(doc.text[:600])
    if settings.lang != "auto":
        doc.language = settings.lang
    return doc, extract(doc)


def process_paths(paths: Iterable[str], settings: Settings) -> Iterator[tuple[CleanDocument, Report] | InputError]:
    """Every document under `paths`, in order; a bad one yields its error and the rest go on."""
    for item in iter_sources(paths, max_bytes=settings.max_bytes):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield process(item, settings)
        except InputError as error:
            yield error


def extract_text(text: str, *, published: date | None = None, source: str = "<text>", lang: str = "auto") -> Report:
    """Extract the attacks a plain text reports (the text is cleaned like a text page)."""
    raw = RawDocument(source, text.encode("utf-8", errors="replace"), "text/plain")  # lone surrogates become '?'
    return process(raw, Settings(published=published, lang=lang))[1]
