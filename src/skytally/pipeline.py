"""The stages in order: ingest -> clean -> extract (-> reconcile -> store).

STUB: being written. `extract_text` is the public entry point for one text.
"""
from __future__ import annotations

from datetime import date

from .model import DocumentInfo, Report, text_id


def extract_text(text: str, *, published: date | None = None, source: str = "<text>", lang: str = "auto") -> Report:
    """Extract the attacks a plain text reports (no cleaning)."""
    return Report(DocumentInfo(text_id(text), source, None, published.isoformat() if published else None, "en"))


def process(raw: "RawDocument", settings: "Settings") -> tuple["CleanDocument", Report]:
    """Clean one raw document and extract its report. Raises InputError subclasses."""
    raise NotImplementedError("being written")
