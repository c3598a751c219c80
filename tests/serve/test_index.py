"""The server's read model gives the same answers as skytally.analyze over the store's attacks.

A store of varied, seeded random attacks (some with totals only, some with classes only,
some with a stated neutralized figure, some undated, several targets and regions) on
SQLite and, when SKYTALLY_TEST_PG_URL is set, PostgreSQL. Every listing filter is
checked against a brute-force filter of `Store.attacks()`, every statistic against
`analyze.stats_report`, every summary row against `analyze.summary_row`.
"""
from __future__ import annotations

import os
import random
import time
import uuid
from datetime import date, timedelta

import pytest

from skytally import analyze
from skytally.model import Attack, CleanDocument, DocumentInfo, Evidence, Figure, Report
from skytally.reconcile import set_figure
from skytally.serve.index import VALUE_KEYS, AttackIndex, AttackQuery, values_from_raw
from skytally.store import AttackFilter, open_store, reconcile_pending

REGIONS = ("UA-30", "UA-32", "UA-46", "UA-63", "UA-51", "UA-12")
PATHS = [f"{o}.{k}" for o in ("launched", "destroyed", "suppressed", "neutralized", "hits")
         for k in ("total", "drones", "missiles")]


def random_report(n: int, rng: random.Random) -> tuple[CleanDocument, Report]:
    day = None if rng.random() < 0.05 else (date(2024, 1, 1) + timedelta(days=rng.randrange(500))).isoformat()
    attacker, target = rng.choice([("RU", "UA"), ("RU", "UA"), ("UA", "RU"), ("IR", "IL")])
    words = []
    attack = Attack(date=day, attacker=attacker, target=target)
    for path in rng.sample(PATHS, rng.randrange(0, 9)):
        value = rng.randrange(0, 400)
        start = sum(len(w) + 1 for w in words)
        words.append(f"{value} things")
        set_figure(attack, path, Figure(value, rng.choice(["exact", "exact", "approx"]),
                                        Evidence(start, start + len(words[-1]), words[-1])))
    if target == "UA":
        attack.regions = sorted(rng.sample(REGIONS, rng.randrange(0, 4)))
    text = " ".join(words) + f" report {n}."
    clean = CleanDocument(f"test/{n}.txt", text, None, date(2025, 1, 1), "en")
    return clean, Report(DocumentInfo(clean.id, clean.source, None, "2025-01-01", "en"), [attack])


def fill(db: str, count: int = 400, seed: int = 3) -> None:
    rng = random.Random(seed)
    store = open_store(db)
    try:
        store.add_many([(*random_report(n, rng), None) for n in range(count)])
        reconcile_pending(store)
    finally:
        store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def random_db(request, tmp_path):
    if request.param == "sqlite":
        db = str(tmp_path / "random.db")
        fill(db)
        yield db
        return
    url = os.environ.get("SKYTALLY_TEST_PG_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but SKYTALLY_TEST_PG_URL is not set: run scripts/start-postgres.sh first")
        pytest.skip("SKYTALLY_TEST_PG_URL is not set (scripts/start-postgres.sh prints one)")
    from sqlalchemy import create_engine, make_url
    name = f"skytally_serve_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    db = make_url(url).set(database=name).render_as_string(hide_password=False)
    try:
        fill(db)
        yield db
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


QUERIES = [AttackQuery(), AttackQuery(target="UA"), AttackQuery(attacker="RU", target="UA", region="UA-30"),
           AttackQuery(date_from=date(2024, 3, 1), date_to=date(2024, 9, 30)), AttackQuery(date_to=date(2024, 2, 1)),
           AttackQuery(min_launched=200), AttackQuery(region="UA-46", min_launched=50),
           AttackQuery(date_from=date(2024, 6, 1), target="UA", region="UA-63"), AttackQuery(target="PL")]


def matches(rec, q: AttackQuery) -> bool:
    a = rec.attack
    if (q.date_from or q.date_to) and not a.date:
        return False
    return ((not q.date_from or a.date >= q.date_from.isoformat()) and (not q.date_to or a.date <= q.date_to.isoformat())
            and (not q.attacker or a.attacker == q.attacker) and (not q.target or a.target == q.target)
            and (not q.region or q.region in a.regions)
            and (q.min_launched is None or (analyze.value(a, "launched") or -1) >= q.min_launched))


def test_read_model_agrees_with_the_library(random_db) -> None:
    store = open_store(random_db)
    try:
        every = store.attacks(AttackFilter())
        snap = AttackIndex(store).snapshot()
        assert snap.count == len(every) > 300
        by_id = {r.id: r for r in every}
        for row in snap.select(AttackQuery()):
            summary = row.summary()
            assert summary.pop("regions") == by_id[row.id].attack.regions
            assert summary == analyze.summary_row(by_id[row.id])
            for (outcome, cls), v in zip(VALUE_KEYS, row.values):
                assert v == analyze.value(by_id[row.id].attack, outcome, cls), (row.id, outcome, cls)
        for q in QUERIES:
            expected = sorted((r for r in every if matches(r, q)), key=lambda r: (r.attack.date or "", r.id))
            assert [r.id for r in snap.select(q)] == [r.id for r in expected], q
            total, page = snap.page(q, 25, 10)
            newest = [r for r in reversed(expected) if r.attack.date] + [r for r in expected if not r.attack.date]
            assert total == len(expected) and [r.id for r in page] == [r.id for r in newest[10:35]], q
            pool = [r for r in every if matches(r, AttackQuery(attacker=q.attacker, target=q.target, region=q.region,
                                                               min_launched=q.min_launched))]
            for by in ("day", "week", "month"):
                for cls in ("all", "drones", "missiles"):
                    want = analyze.stats_report(pool, by, cls, q.date_from, q.date_to).to_dict()
                    assert snap.stats_report(q, by, cls) == want, (q, by, cls)
    finally:
        store.close()


def test_values_follow_the_library_definitions() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        attack = Attack()
        raw = {}
        for path in rng.sample(PATHS, rng.randrange(0, 10)):
            value = rng.randrange(0, 50)
            set_figure(attack, path, Figure(value))
            raw[tuple(path.split("."))] = value
        assert values_from_raw(raw) == tuple(analyze.value(attack, o, c) for o, c in VALUE_KEYS)


def test_picks_up_changes_from_another_process(tmp_path) -> None:
    db = str(tmp_path / "live.db")
    fill(db, count=20)
    store = open_store(db)
    index = AttackIndex(store, refresh_seconds=0.0)
    try:
        before = index.snapshot().count
        fill_more = open_store(db)  # another connection, as another process would have
        try:
            rng = random.Random(99)
            fill_more.add_many([(*random_report(1000 + n, rng), None) for n in range(5)])
            reconcile_pending(fill_more)
            after = fill_more.counts()["attacks"]
        finally:
            fill_more.close()
        assert after > before
        deadline = time.monotonic() + 10
        while index.snapshot().count != after:  # the old snapshot serves while the new one builds
            assert time.monotonic() < deadline, "the index never saw the new attacks"
            time.sleep(0.05)
    finally:
        index.close()
        store.close()
