"""Feeding the store: ingest (clean, extract, store in batches) and reconcile what changed.

Streaming: sources are read one at a time and written `settings.batch_size` documents
per transaction, so memory stays flat however many files there are and an
interrupted run keeps every batch it committed (and never half a document).
Documents whose bytes were stored before are skipped before any cleaning.

Reconciliation is driven by the reconcile_queue table, which `Store.add` fills in the
same transaction as the reports: a run killed before reconciling leaves the queue
behind, and the next run (or `skytally reconcile`) finishes the job.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy.exc import IntegrityError

from ..errors import InputError, SkytallyError
from ..model import CleanDocument, RawDocument, Report
from ..reconcile import reconcile
from ..settings import Settings
from .repository import Store

MAX_LISTED = 1000  # skip/reject reasons kept for the summary; counts are always complete
ProcessFn = Callable[[RawDocument, Settings], tuple[CleanDocument, Report]]
ProgressFn = Callable[[str, str], None]  # (status, source): added | revision | skipped | rejected


@dataclass
class IngestSummary:
    added: int = 0
    revisions: int = 0
    skipped: int = 0
    rejected: int = 0
    skips: list[tuple[str, str]] = field(default_factory=list)       # (source, reason), first MAX_LISTED
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (source, reason), first MAX_LISTED
    attacks_updated: int = 0
    attacks_removed: int = 0

    def note(self, status: str, source: str, reason: str = "") -> None:
        attr = _COUNTER[status]
        setattr(self, attr, getattr(self, attr) + 1)
        listing = {"skipped": self.skips, "rejected": self.rejections}.get(status)
        if listing is not None and len(listing) < MAX_LISTED:
            listing.append((source, reason))

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "revisions": self.revisions, "skipped": self.skipped,
                "rejected": self.rejected, "attacks_updated": self.attacks_updated,
                "attacks_removed": self.attacks_removed,
                "skips": [{"source": s, "reason": r} for s, r in self.skips],
                "rejections": [{"source": s, "reason": r} for s, r in self.rejections]}


_COUNTER = {"added": "added", "revision": "revisions", "skipped": "skipped", "rejected": "rejected"}


@dataclass
class _Ready:
    raw_hash: str
    clean: CleanDocument
    report: Report


def ingest(sources: Iterable[RawDocument | InputError], store: Store, settings: Settings, *,
           process: ProcessFn | None = None, on_progress: ProgressFn | None = None,
           reconcile_after: bool = True) -> IngestSummary:
    """Clean, extract and store every source; reconcile the attacks that changed."""
    process = process or default_process()
    summary = IngestSummary()
    progress = on_progress or (lambda status, source: None)
    for chunk in _batched(iter(sources), max(1, settings.batch_size)):
        ready: list[_Ready] = []
        hashes = {id(item): hashlib.sha256(item.data).hexdigest() for item in chunk if isinstance(item, RawDocument)}
        known = store.known_raws(list(hashes.values()))  # one query for the batch, not one per document
        in_batch: dict[str, str] = {}  # raw hash -> source, for the batch not yet committed
        for item in chunk:
            outcome = _prepare(item, hashes.get(id(item), ""), known, settings, process, in_batch)
            if isinstance(outcome, _Ready):
                ready.append(outcome)
            else:
                status, source, reason = outcome
                summary.note(status, source, reason)
                progress(status, source)
        for status, source, reason in _write(store, ready):
            summary.note(status, source, reason)
            progress(status, source)
    if reconcile_after:
        summary.attacks_updated, summary.attacks_removed = reconcile_pending(store)
    return summary


def default_process() -> ProcessFn:
    """skytally.pipeline.process, imported late: the store does not need the extractor to load."""
    from ..pipeline import process
    return process


def ingest_paths(paths: list[str], store: Store, settings: Settings, **kwargs: Any) -> IngestSummary:
    """`ingest` over files, folders and URLs, read by skytally.ingest.iter_sources."""
    from ..ingest import iter_sources
    return ingest(iter_sources(paths, max_bytes=settings.max_bytes), store, settings, **kwargs)


def _batched(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _prepare(item: RawDocument | InputError, raw_hash: str, known: dict[str, str], settings: Settings,
             process: ProcessFn, in_batch: dict[str, str]) -> _Ready | tuple[str, str, str]:
    """Clean and extract one source, or say why not (a dropped document always has a reason)."""
    if isinstance(item, InputError):
        return "rejected", item.source, item.reason
    if raw_hash in in_batch:
        return "skipped", item.source, f"same bytes as {in_batch[raw_hash]}"
    if raw_hash in known:
        return "skipped", item.source, f"already stored as document {known[raw_hash]}"
    try:
        clean, report = process(item, settings)
    except InputError as exc:
        return "rejected", item.source, exc.reason
    except SkytallyError as exc:
        return "rejected", item.source, str(exc)
    except Exception as exc:  # an extractor bug must not stop a million-file run: record it, go on
        return "rejected", item.source, f"extraction failed: {type(exc).__name__}: {exc}"
    in_batch[raw_hash] = item.source
    return _Ready(raw_hash, clean, report)


def _write(store: Store, ready: list[_Ready]) -> list[tuple[str, str, str]]:
    """One transaction for the batch; retried once if another process stored the same text meanwhile."""
    for attempt in (1, 2):
        try:
            results = store.add_many([(r.clean, r.report, r.raw_hash) for r in ready]) if ready else []
            return [(res.status, r.clean.source, res.reason) for res, r in zip(results, ready)]
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def reconcile_pending(store: Store, chunk: int = 200, everything: bool = False,
                      max_reports: int = 5000) -> tuple[int, int]:
    """Reconcile every queued attack; returns (attacks written, attacks removed).

    Each chunk reads, reconciles and writes inside one write transaction (with the queue
    locked), so an ingest running at the same time cannot slip a report in unseen. A chunk
    holds at most `chunk` attacks and about `max_reports` reports, so memory stays flat
    however many documents tell of one night.
    """
    if everything:
        store.queue_all()
    written = removed = 0
    while True:
        with store.batch():
            store.lock_queue()
            ids = store.pending(limit=chunk)
            if not ids:
                return written, removed
            ids = _within(ids, store.report_counts(ids), max_reports)
            results = reconcile(store.reports_for(ids))
            store.save_attacks(ids, results)
        written += len(results)
        removed += len(set(ids) - {r.id for r in results})


def _within(ids: list[str], counts: dict[str, int], budget: int) -> list[str]:
    """The longest prefix of `ids` whose reports fit the budget (always at least one id)."""
    total = 0
    for n, attack_id in enumerate(ids):
        total += counts.get(attack_id, 0)
        if total > budget and n > 0:
            return ids[:n]
    return ids
