"""Ingest throughput: documents per second, peak memory and database size.

    python bench/ingest.py                      # 100,000 documents into SQLite, then 10,000
                                                # into PostgreSQL if SKYTALLY_TEST_PG_URL is set
    python bench/ingest.py --docs 5000 --pg-docs 0 --extractor fake

End to end: synthetic news-style documents (written here, varied figures and dates)
are written as files, then `skytally.store.ingest_paths` reads, cleans, extracts and
stores them in batches and reconciles the attacks, exactly as `skytally ingest` does.
`--extractor fake` swaps cleaning and extraction for a trivial stand-in, to measure the
store alone. Pinned to one CPU (the target is >= 300 docs/s on one core). Resident
memory is sampled every 10% of the run and once after reconciliation: a flat series is
what "memory flat" means.
Results are printed and written to bench/out/ingest.json.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from skytally.model import Attack, CleanDocument, DocumentInfo, Evidence, Figure, RawDocument, Report
from skytally.settings import Settings
from skytally.store import ingest_paths, open_store

HERE = Path(__file__).parent
TEMPLATE = (
    "{headline}\n\n"
    "KYIV, {day_text} - Russia attacked Ukraine overnight with {drones} drones and {missiles} missiles, "
    "Ukraine's air force said on {weekday}. Air defence units shot down {down_d} drones and {down_m} missiles, "
    "while {lost} drones were lost from radar, the air force said in a statement on Telegram.\n\n"
    "Officials in {city} said debris fell on residential buildings and {injured} people were injured. "
    "Emergency crews worked through the morning to put out fires at {sites} sites, the regional "
    "administration said. Power was cut to part of the city for several hours.\n\n"
    "The attack was one of several this month. Report number {n}, filed {filed}.\n")
HEADLINES = ("Russia launches drone and missile attack on Ukraine", "Overnight strike hits Ukrainian cities",
             "Air defence repels massive attack", "Ukraine says it downed most drones overnight")
CITIES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia")


def document(n: int, rng: random.Random) -> str:
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(1200))
    drones, missiles = rng.randrange(20, 600), rng.randrange(0, 40)
    down_d = rng.randrange(drones // 2, drones + 1)
    return TEMPLATE.format(headline=rng.choice(HEADLINES), day_text=day.strftime("%B %-d, %Y"), drones=drones,
                           missiles=missiles, weekday=day.strftime("%A"), down_d=down_d,
                           down_m=rng.randrange(0, missiles + 1), lost=rng.randrange(0, drones - down_d + 1),
                           city=rng.choice(CITIES), injured=rng.randrange(1, 30), sites=rng.randrange(1, 20),
                           n=n, filed=day.isoformat())


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    """`count` files in subfolders of 1,000 (a flat folder of 100,000 files is slow to list)."""
    rng = random.Random(seed)
    for n in range(count):
        sub = folder / f"{n // 1000:04d}"
        if n % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:07d}.txt").write_text(document(n, rng), encoding="utf-8")


_FAKE = re.compile(r"with (\d+) drones and (\d+) missiles.*?shot down (\d+) drones", re.S)


def fake_process(raw: RawDocument, settings: Settings) -> tuple[CleanDocument, Report]:
    """A stand-in extractor: the store's own cost, without cleaning and extraction."""
    text = raw.data.decode("utf-8")
    clean = CleanDocument(raw.source, text, text.split("\n", 1)[0], settings.published, "en")
    day = re.search(r"filed (\d{4}-\d\d-\d\d)", text)
    attack = Attack(date=day[1] if day else None)
    m = _FAKE.search(text)
    if m:
        for group, (name, key) in enumerate((("launched", "drones"), ("launched", "missiles"),
                                             ("destroyed", "drones")), start=1):
            setattr(getattr(attack, name), key,
                    Figure(int(m[group]), "exact", Evidence(m.start(group), m.end(group), m[group])))
    return clean, Report(DocumentInfo(clean.id, raw.source, clean.title, attack.date, "en"), [attack])


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def db_size_mb(store, db: str) -> float:
    if store.backend == "postgresql":
        with store.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() / 2**20
    return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p)) / 2**20


def run(label: str, db: str, corpus: Path, count: int, extractor: str, batch_size: int) -> dict:
    process = fake_process if extractor == "fake" else None
    store = open_store(db)
    samples: list[float] = []
    seen = 0

    def progress(status: str, source: str) -> None:
        nonlocal seen
        seen += 1
        if seen % max(1, count // 10) == 0:
            samples.append(round(rss_mb(), 1))
            print(f"  {label}: {seen:,} documents, RSS {samples[-1]} MB", file=sys.stderr)

    start = time.perf_counter()
    summary = ingest_paths([str(corpus)], store, Settings(batch_size=batch_size), process=process,
                           on_progress=progress)
    elapsed = time.perf_counter() - start
    samples.append(round(rss_mb(), 1))  # after reconciling
    result = {"backend": label, "documents": count, "extractor": extractor, "seconds": round(elapsed, 1),
              "docs_per_s": round(count / elapsed, 1), "peak_rss_mb": round(resource.getrusage(
                  resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "rss_samples_mb": samples,
              "db_size_mb": round(db_size_mb(store, db), 1), "added": summary.added,
              "rejected": summary.rejected, "attacks": store.counts()["attacks"]}
    store.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents into SQLite")
    parser.add_argument("--pg-docs", type=int, default=10_000, help="documents into PostgreSQL (0: skip)")
    parser.add_argument("--pg", default=os.environ.get("SKYTALLY_TEST_PG_URL"), help="PostgreSQL URL")
    parser.add_argument("--extractor", choices=("real", "fake"), default="real")
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size)
    parser.add_argument("--all-cores", action="store_true", help="do not pin to one CPU")
    args = parser.parse_args()
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if args.extractor == "real":
        try:
            importlib.import_module("skytally.pipeline")  # fails loudly if the extractor does not import
        except ImportError as exc:
            sys.exit(f"the extractor does not import ({exc}); run with --extractor fake to measure the store")
    work = Path(tempfile.mkdtemp(prefix="skytally-bench-"))
    results = []
    try:
        if args.docs:
            write_corpus(work / "corpus", args.docs)
            results.append(run("sqlite", str(work / "bench.db"), work / "corpus", args.docs, args.extractor,
                               args.batch_size))
        if args.pg_docs and args.pg:
            write_corpus(work / "pg-corpus", args.pg_docs, seed=11)
            results.append(_pg(args, work))
        elif args.pg_docs:
            print("PostgreSQL skipped: no --pg URL or SKYTALLY_TEST_PG_URL", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "ingest.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    for r in results:
        print(f"{r['backend']:>10}: {r['documents']:,} docs in {r['seconds']} s = {r['docs_per_s']} docs/s "
              f"({r['extractor']} extractor); peak RSS {r['peak_rss_mb']} MB, samples {r['rss_samples_mb']}; "
              f"database {r['db_size_mb']} MB; {r['attacks']} attacks")


def _pg(args: argparse.Namespace, work: Path) -> dict:
    """Into a scratch database next to the one given, dropped afterwards."""
    from sqlalchemy import create_engine, make_url
    base = make_url(args.pg)
    name = f"skytally_bench_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = base.set(database=name).render_as_string(hide_password=False)
        return run("postgresql", url, work / "pg-corpus", args.pg_docs, args.extractor, args.batch_size)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()
