"""Two ingest processes at once lose nothing; a killed ingest, run again, ends where an uninterrupted one does."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from skytally.store import open_store
from skytally.store.database import make_engine
from skytally.store.models import Base

MAIN = '''
import json, os, sys
from skytally.model import RawDocument
from skytally.settings import Settings
from skytally.store import ingest, open_store


def sources(folder):
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as fh:
            yield RawDocument(os.path.join(folder, name), fh.read(), "text/plain")


db, folder, batch, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = open_store(db)
summary = ingest(sources(folder), store, Settings(batch_size=batch),
                 process=lambda raw, settings: fake_process(raw, settings, delay))
print(json.dumps({k: v for k, v in summary.to_dict().items() if k not in ("skips", "rejections")}))
'''


def doc_text(i: int) -> str:
    model = f" model=X-{i % 3}" if i % 7 == 0 else ""
    return f"report {i}: date=2025-07-{i % 20 + 1:02d} launched={100 + i} destroyed={50 + i}{model}"


def make_folder(path: Path, numbers: range) -> Path:
    path.mkdir()
    for i in numbers:
        (path / f"{i:05d}.txt").write_text(doc_text(i), encoding="utf-8")
    return path


@pytest.fixture
def script(tmp_path: Path, fake_process_source: str) -> Path:
    path = tmp_path / "ingest_job.py"
    path.write_text(fake_process_source + MAIN, encoding="utf-8")
    return path


def start(script: Path, db: str, folder: Path, batch: int, delay: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(script), db, str(folder), str(batch), str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=script.parent)


def finish(proc: subprocess.Popen, timeout: float = 240) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def dump(db: str) -> dict[str, list[str]]:
    """Every table's rows, timestamps left out, as sorted JSON: equal dumps mean equal databases."""
    engine = make_engine(db)
    out: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.c if c.name not in ("added_at", "updated_at")]
            rows = conn.execute(select(*columns)).all()
            out[table.name] = sorted(json.dumps(list(r), sort_keys=True, default=str) for r in rows)
    engine.dispose()
    return out


def chosen_values(db: str) -> dict[str, dict[str, int]]:
    store = open_store(db)
    try:
        return {a.attack.date: {p: c.value for p, c in a.choices.items()} for a in store.attacks()}
    finally:
        store.close()


def test_two_processes_writing_at_once_lose_nothing(db_url: str, backend: str, new_database, tmp_path: Path,
                                                     script: Path) -> None:
    first = make_folder(tmp_path / "a", range(0, 200))
    second = make_folder(tmp_path / "b", range(100, 300))  # 100 documents in both folders
    procs = [start(script, db_url, first, 10), start(script, db_url, second, 10)]
    summaries = [finish(p) for p in procs]
    assert sum(s["added"] for s in summaries) == 300
    assert sum(s["skipped"] for s in summaries) == 100

    store = open_store(db_url)
    counts = store.counts()
    store.close()
    with_model = len([i for i in range(300) if i % 7 == 0])
    assert (counts["documents"], counts["reports"], counts["figures"]) == (300, 300, 600 + with_model)
    assert counts["weapon_models"] == 3
    assert (counts["attacks"], counts["reconcile_queue"]) == (20, 0)

    alone = new_database(backend)
    finish(start(script, alone, make_folder(tmp_path / "all", range(0, 300)), 50))
    assert chosen_values(db_url) == chosen_values(alone)


def test_killed_ingest_run_again_ends_like_an_uninterrupted_run(db_url: str, backend: str, new_database,
                                                                 tmp_path: Path, script: Path) -> None:
    folder = make_folder(tmp_path / "docs", range(300))
    proc = start(script, db_url, folder, 25, delay=0.02)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = _documents(db_url)
        if done >= 25:  # the first batch is committed
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    killed_at = _documents(db_url)
    assert 25 <= killed_at < 300, "the run was not interrupted mid-way"
    assert killed_at % 25 == 0  # whole batches only, never half a batch

    again = finish(start(script, db_url, folder, 25))
    assert again["added"] == 300 - killed_at and again["skipped"] == killed_at

    uninterrupted = new_database(backend)
    assert uninterrupted != db_url
    finish(start(script, uninterrupted, folder, 25))
    assert dump(db_url) == dump(uninterrupted)


def _documents(db: str) -> int:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM documents").scalar() or 0
    except Exception:  # not created yet
        return 0
    finally:
        engine.dispose()
