"""The extract stage: a CleanDocument -> a Report (pure, so it parallelises trivially)."""

from __future__ import annotations

from ..model import CleanDocument, DocumentInfo, Report
from .frames import extract_attacks


def extract(doc: CleanDocument) -> Report:
    """The attacks (main first) and period totals the document states, with evidence."""
    info = DocumentInfo(doc.id, doc.source, doc.title,
                        doc.published.isoformat() if doc.published else None, doc.language)
    if doc.language not in ("en", "uk"):
        return Report(info)
    attacks, totals = extract_attacks(doc.text, doc.published, doc.language)
    return Report(info, attacks, totals)
