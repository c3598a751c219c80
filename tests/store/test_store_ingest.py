"""Ingest: clean + extract + store in batches, idempotent, every dropped document with its reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from skytally.errors import UnreadableSource
from skytally.model import RawDocument
from skytally.settings import Settings
from skytally.store import Store, ingest, ingest_paths
from skytally.store import loader


def raw(name: str, text: str) -> RawDocument:
    return RawDocument(name, text.encode("utf-8"), "text/plain")


def test_ingest_counts_added_skipped_and_rejected_with_reasons(store: Store, fake_process) -> None:
    seen: list[tuple[str, str]] = []
    items = [raw("a.txt", "date=2025-07-04 launched=550 destroyed=270"),
             raw("b.txt", "date=2025-07-04 launched=540"),
             raw("a-copy.txt", "date=2025-07-04 launched=550 destroyed=270"),     # same bytes
             raw("a-spaced.txt", "date=2025-07-04 launched=550 destroyed=270\n\n"),  # same text once cleaned
             UnreadableSource("gone.txt", "no such file"),
             raw("empty.txt", "   "),
             raw("bug.txt", "CRASH date=2025-07-05")]
    summary = ingest(items, store, Settings(batch_size=3), process=fake_process,
                     on_progress=lambda status, source: seen.append((status, source)))
    assert (summary.added, summary.skipped, summary.rejected, summary.revisions) == (2, 2, 3, 0)
    reasons = dict(summary.rejections)
    assert reasons["gone.txt"] == "no such file"
    assert "whitespace" in reasons["empty.txt"]
    assert "ValueError: an extractor bug" in reasons["bug.txt"]
    skips = dict(summary.skips)
    assert skips["a-copy.txt"] == "same bytes as a.txt"
    assert "same text already stored" in skips["a-spaced.txt"]
    assert len(seen) == len(items)
    assert store.counts()["documents"] == 2
    assert (summary.attacks_updated, store.counts()["reconcile_queue"]) == (1, 0)
    [attack] = store.attacks()
    assert len(attack.documents) == 2 and len(attack.conflicts) == 1


def test_ingesting_again_adds_nothing(store: Store, fake_process) -> None:
    items = [raw(f"{i}.txt", f"date=2025-07-0{i % 5 + 1} launched={100 + i}") for i in range(12)]
    ingest(items, store, Settings(batch_size=5), process=fake_process)
    before = store.counts()
    again = ingest(items, store, Settings(batch_size=5), process=fake_process)
    assert (again.added, again.skipped) == (0, 12)
    assert all("already stored as document" in reason for _, reason in again.skips)
    assert store.counts() == before


def test_a_changed_file_is_stored_as_a_revision(store: Store, fake_process) -> None:
    ingest([raw("night.txt", "date=2025-07-04 launched=70")], store, Settings(), process=fake_process)
    summary = ingest([raw("night.txt", "date=2025-07-04 launched=73")], store, Settings(), process=fake_process)
    assert summary.revisions == 1
    [attack] = store.attacks()
    assert attack.attack.launched.total.value == 73 and attack.conflicts == []


def test_the_listing_of_reasons_is_capped_but_counts_are_not(store: Store, fake_process,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_LISTED", 2)
    summary = ingest([UnreadableSource(f"{i}.txt", "gone") for i in range(5)], store, Settings(),
                     process=fake_process)
    assert summary.rejected == 5 and len(summary.rejections) == 2


def test_ingest_paths_reads_folders(store: Store, fake_process, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"date=2025-07-04 launched={i + 1}", encoding="utf-8")
    summary = ingest_paths([str(folder), str(tmp_path / "missing.txt")], store, Settings(), process=fake_process)
    assert (summary.added, summary.rejected) == (3, 1)


def test_an_interrupted_batch_keeps_the_batches_before_it(store: Store, fake_process) -> None:
    class Interrupted(Exception):
        pass

    def items():
        for i in range(7):
            yield raw(f"{i}.txt", f"date=2025-07-04 launched={i + 1}")
        raise Interrupted

    with pytest.raises(Interrupted):
        ingest(items(), store, Settings(batch_size=3), process=fake_process)
    assert store.counts()["documents"] == 6  # two whole batches, nothing of the third
    assert store.counts()["reconcile_queue"] == 1  # left for the next run to reconcile
    summary = ingest([], store, Settings(), process=fake_process)
    assert summary.attacks_updated == 1 and store.counts()["reconcile_queue"] == 0


def test_the_real_pipeline_end_to_end(store: Store, tmp_path: Path) -> None:
    """Runs once skytally.pipeline.process is in place; skipped while it is being written."""
    try:
        from skytally.pipeline import process
    except ImportError as exc:
        pytest.skip(f"the pipeline does not import yet: {exc}")
    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_fa578f011582e471.txt"
    if not seed.exists():
        pytest.skip("no seed document")
    try:
        summary = ingest_paths([str(seed)], store, Settings(published=__import__("datetime").date(2025, 7, 4)),
                               process=process)
    except NotImplementedError:
        pytest.skip("pipeline.process is not written yet")
    assert summary.added == 1, summary.rejections
    attacks = store.attacks()
    if attacks:
        assert any(a.attack.date == "2025-07-04" for a in attacks)


def test_reconciliation_chunks_stay_within_the_report_budget(store: Store, fake_process,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from skytally.store import reconcile_pending
    items = [raw(f"{i}.txt", f"date=2025-07-0{i % 4 + 1} launched={i + 1}") for i in range(40)]
    ingest(items, store, Settings(), process=fake_process, reconcile_after=False)
    sizes: list[int] = []
    original = store.reports_for
    monkeypatch.setattr(store, "reports_for", lambda ids: sizes.append(len(r := original(ids))) or r)
    assert reconcile_pending(store, max_reports=15) == (4, 0)
    assert sizes == [10, 10, 10, 10]  # one night (10 reports) per chunk: two would be 20 > 15
