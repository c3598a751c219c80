"""The server's read model: one compact row per stored attack, kept in memory.

`Store.attacks()` rebuilds every attack in full (choices, evidence, conflicts), which is
right for an export but takes seconds for 100,000 attacks; a web page or an API call
has milliseconds. So the server reads, once, the few numbers a listing, a filter or a
statistic needs (straight out of the stored JSON, in SQL) into `IndexRow`s, and answers
from them:

    AttackIndex(store).snapshot()   the current Snapshot; asks the store at most once a
                                    second whether anything changed (SQLite: PRAGMA
                                    data_version, free; PostgreSQL: count and newest
                                    update) and rebuilds in a background thread if so,
                                    serving the previous snapshot meanwhile
    Snapshot.page(query, ...)       filtered, paginated attacks (newest first)
    Snapshot.stats_report(...)      what analyze.stats_report returns, as a dict
    Snapshot.regions(query)         attacks per ISO 3166-2 region

Numbers are read with the same definitions as skytally.analyze (values.py: "all" is the
stated total, else the sum of the classes; neutralized falls back to destroyed +
suppressed); tests/serve/test_index.py checks both give the same answers. A full
attack (figures, evidence, conflicts) is always read from the store itself.
"""
from __future__ import annotations

import bisect
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB

from ..analyze import INTERCEPTION_RATE, NEUTRALIZATION_RATE, RECORD_DEFINITION
from ..analyze.stats import PERIODS, period_of, records_of
from ..analyze.values import CLASSES, OUTCOMES, check_class
from ..errors import ConfigError
from ..store import DATASET_EXTRACTED, Store
from ..store.models import AttackRow

log = logging.getLogger("skytally.serve")

KEYS = ("total", "drones", "missiles")
#: Positions in IndexRow.values: value(attack, outcome, cls) for every outcome and class.
VALUE_KEYS: tuple[tuple[str, str], ...] = tuple((o, c) for o in OUTCOMES for c in CLASSES)
_POS = {k: i for i, k in enumerate(VALUE_KEYS)}
STATS_CACHE = 256


@dataclass(frozen=True, slots=True)
class IndexRow:
    id: str
    dataset: str
    date: str | None
    attacker: str
    target: str
    regions: tuple[str, ...]
    values: tuple[int | None, ...]      # VALUE_KEYS order
    documents: int
    conflicts: int
    flags: str                          # flag codes, space separated

    def value(self, outcome: str, cls: str = "all") -> int | None:
        return self.values[_POS[(outcome, cls)]]

    def summary(self) -> dict[str, Any]:
        """analyze.summary_row's fields, and the regions."""
        return {"id": self.id, "date": self.date, "attacker": self.attacker, "target": self.target,
                "launched": self.value("launched"), "destroyed": self.value("destroyed"),
                "suppressed": self.value("suppressed"), "hits": self.value("hits"), "documents": self.documents,
                "conflicts": self.conflicts, "flags": self.flags, "regions": list(self.regions)}


def values_from_raw(raw: dict[tuple[str, str], int | None]) -> tuple[int | None, ...]:
    """Stated figures (outcome, total|drones|missiles) -> value() for every VALUE_KEYS entry.

    The same definitions as skytally.analyze.values.value, over plain numbers.
    """
    def plain(outcome: str, cls: str) -> int | None:
        if cls != "all":
            return raw.get((outcome, cls))
        if raw.get((outcome, "total")) is not None:
            return raw[(outcome, "total")]
        parts = [v for k in ("drones", "missiles") if (v := raw.get((outcome, k))) is not None]
        return sum(parts) if parts else None

    def neutralized(cls: str) -> int | None:
        stated = {k: raw.get(("neutralized", k)) for k in KEYS}
        if cls != "all" and stated[cls] is not None:
            return stated[cls]
        if cls == "all" and any(v is not None for v in stated.values()):
            return stated["total"] if stated["total"] is not None else \
                sum(v for k, v in stated.items() if k != "total" and v is not None)
        destroyed, suppressed = plain("destroyed", cls), plain("suppressed", cls)
        return None if destroyed is None else destroyed + (suppressed or 0)

    return tuple(neutralized(c) if o == "neutralized" else plain(o, c) for o, c in VALUE_KEYS)


@dataclass(frozen=True)
class AttackQuery:
    """What a listing can be filtered by."""

    date_from: date | None = None
    date_to: date | None = None
    attacker: str | None = None
    target: str | None = None
    region: str | None = None
    min_launched: int | None = None
    dataset: str = DATASET_EXTRACTED

    def key(self) -> tuple:
        return (self.date_from, self.date_to, self.attacker, self.target, self.region, self.min_launched,
                self.dataset)

    def params(self) -> dict[str, str]:
        """As query-string parameters (for next/previous links), defaults left out."""
        out = {"date_from": self.date_from.isoformat() if self.date_from else None,
               "date_to": self.date_to.isoformat() if self.date_to else None, "attacker": self.attacker,
               "target": self.target, "region": self.region,
               "min_launched": None if self.min_launched is None else str(self.min_launched),
               "dataset": None if self.dataset == DATASET_EXTRACTED else self.dataset}
        return {k: v for k, v in out.items() if v is not None}


class _Table:
    """One dataset's rows in (date, id) order, undated first, with columns and position indexes."""

    def __init__(self, rows: list[IndexRow]) -> None:
        rows.sort(key=lambda r: (r.date or "", r.id))
        self.rows = rows
        self.dates = [r.date or "" for r in rows]
        self.undated = bisect.bisect_right(self.dates, "")
        self.targets = [r.target for r in rows]
        self.attackers = [r.attacker for r in rows]
        self.regions = [r.regions for r in rows]
        i = _POS[("launched", "all")]
        self.launched = [-1 if r.values[i] is None else r.values[i] for r in rows]
        self.by_target: dict[str, list[int]] = defaultdict(list)
        self.by_attacker: dict[str, list[int]] = defaultdict(list)
        self.by_region: dict[str, list[int]] = defaultdict(list)
        for n, r in enumerate(rows):
            self.by_target[r.target].append(n)
            self.by_attacker[r.attacker].append(n)
            for code in r.regions:
                self.by_region[code].append(n)

    def positions(self, q: AttackQuery) -> Sequence[int]:
        """Positions of the rows matching q, ascending."""
        lo, hi = 0, len(self.rows)
        if q.date_from or q.date_to:
            lo = max(self.undated, bisect.bisect_left(self.dates, q.date_from.isoformat()) if q.date_from else 0)
            hi = bisect.bisect_right(self.dates, q.date_to.isoformat()) if q.date_to else hi
        # the narrowest position index, cut to the date range; the other filters check columns
        indexed = [(index.get(value.upper(), []), column, value.upper()) for index, column, value in (
            (self.by_target, self.targets, q.target), (self.by_attacker, self.attackers, q.attacker),
            (self.by_region, self.regions, q.region)) if value]
        base: Sequence[int] = range(lo, hi)
        if indexed:
            indexed.sort(key=lambda item: len(item[0]))
            first = indexed[0][0]
            base = first[bisect.bisect_left(first, lo):bisect.bisect_left(first, hi)]
        for _, column, value in indexed[1:]:
            if column is self.regions:
                base = [n for n in base if value in column[n]]
            else:
                base = [n for n in base if column[n] == value]
        if q.min_launched is not None:
            launched, floor = self.launched, q.min_launched
            base = [n for n in base if launched[n] >= floor]
        return base


@dataclass
class Snapshot:
    """Every attack's IndexRow at one moment, per dataset."""

    fingerprint: Any
    rows: dict[str, list[IndexRow]]            # dataset -> rows
    built_seconds: float = 0.0
    by_id: dict[str, IndexRow] = field(default_factory=dict)
    _tables: dict[str, _Table] = field(default_factory=dict)
    _cache: dict[tuple, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for dataset, rows in self.rows.items():
            self._tables[dataset] = _Table(rows)
            self.by_id.update((r.id, r) for r in rows)

    @property
    def count(self) -> int:
        return len(self.by_id)

    def _table(self, dataset: str) -> _Table:
        return self._tables.get(dataset) or _Table([])

    def select(self, q: AttackQuery) -> list[IndexRow]:
        """Rows matching the query, oldest first (undated ones only when no date bound is given)."""
        table = self._table(q.dataset)
        positions = table.positions(q)
        if isinstance(positions, range) and (positions.start, positions.stop) == (0, len(table.rows)):
            return table.rows
        return [table.rows[n] for n in positions]

    def page(self, q: AttackQuery, limit: int, offset: int, newest_first: bool = True) -> tuple[int, list[IndexRow]]:
        """(number of matches, the page of them): newest first, undated last; or oldest first."""
        table = self._table(q.dataset)
        positions = table.positions(q)
        total = len(positions)
        if not newest_first:
            return total, [table.rows[n] for n in positions[offset:offset + limit]]
        undated = bisect.bisect_left(positions, table.undated)  # undated rows sort first
        picked = list(positions[max(undated, total - offset - limit):max(undated, total - offset)])[::-1]
        if len(picked) < limit:
            start = max(0, offset - (total - undated))
            picked += list(positions[start:undated][:limit - len(picked)])
        return total, [table.rows[n] for n in picked]

    def ids_for(self, q: AttackQuery) -> list[str]:
        return [r.id for r in self.select(q)]

    def _cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        result = compute()
        with self._lock:
            if len(self._cache) >= STATS_CACHE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = result
        return result

    def warm(self) -> None:
        """Compute what the overview and the usual /api/stats calls ask for, before anyone asks."""
        for dataset in self._tables:
            q = AttackQuery(dataset=dataset)
            for cls in CLASSES:
                self.stats_report(q, "month", cls)
            self.stats_report(q, "day", "all")
            self.regions(q)

    def stats_report(self, q: AttackQuery, by: str = "month", cls: str = "all", min_days: int = 30) -> dict[str, Any]:
        """analyze.stats_report(attacks matching q but for dates, by, cls, q's dates, min_days).to_dict()."""
        check_class(cls)
        if by not in PERIODS:
            raise ConfigError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
        return self._cached(("stats", q.key(), by, cls, min_days), lambda: self._stats_report(q, by, cls, min_days))

    def _stats_report(self, q: AttackQuery, by: str, cls: str, min_days: int) -> dict[str, Any]:
        # "largest since" looks back over every attack of the pool, whatever the date window:
        # computed once per pool and class, then cut to the window
        pool_q = AttackQuery(attacker=q.attacker, target=q.target, region=q.region, min_launched=q.min_launched,
                             dataset=q.dataset)

        def standing_of_pool() -> tuple[list[dict[str, Any]], list[str], str | None]:
            pool = self.select(pool_q)
            every = _all_records(pool, cls)
            return every, [r["date"] for r in every], next((r.date for r in pool if r.date), None)

        every, days, start = self._cached(("records", pool_q.key(), cls), standing_of_pool)
        lo = bisect.bisect_left(days, q.date_from.isoformat()) if q.date_from else 0
        hi = bisect.bisect_right(days, q.date_to.isoformat()) if q.date_to else len(days)
        standing = every[lo:hi]
        within = [r for r in self.select(q) if r.date]
        return {"by": by, "class": cls,
                "definitions": {"interception_rate": INTERCEPTION_RATE, "neutralization_rate": NEUTRALIZATION_RATE,
                                "record": RECORD_DEFINITION},
                "store_start": start or "-", "periods": _periods(within, by, cls),
                "records": [r for r in standing if r["since"] is None or (r["days"] or 0) >= min_days],
                "latest": standing[-1] if standing else None}

    def regions(self, q: AttackQuery) -> dict[str, dict[str, Any]]:
        """ISO 3166-2 code -> attacks naming it, of which with hits stated, and the latest date."""
        def compute() -> dict[str, dict[str, Any]]:
            out: dict[str, dict[str, Any]] = {}
            for r in self.select(AttackQuery(q.date_from, q.date_to, q.attacker, q.target, None, q.min_launched,
                                             q.dataset)):
                hit = (r.value("hits") or 0) > 0
                for code in r.regions:
                    entry = out.setdefault(code, {"attacks": 0, "hit_attacks": 0, "latest": None})
                    entry["attacks"] += 1
                    entry["hit_attacks"] += hit
                    if r.date and (entry["latest"] is None or r.date > entry["latest"]):
                        entry["latest"] = r.date
            return out
        return self._cached(("regions", q.key()), compute)


def _periods(rows: Iterable[IndexRow], by: str, cls: str) -> list[dict[str, Any]]:
    """analyze.stats over IndexRows (same fields, same rules)."""
    out: dict[str, dict[str, Any]] = {}
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    il, id_, is_, ih, in_ = (_POS[(o, cls)] for o in ("launched", "destroyed", "suppressed", "hits", "neutralized"))
    for r in rows:
        key = period_of(r.date, by)  # type: ignore[arg-type]
        row = out.get(key)
        if row is None:
            row = out[key] = {"period": key, "attacks": 0, "with_launched": 0, "launched": 0, "destroyed": 0,
                              "suppressed": 0, "hits": 0, "interception_rate": None, "neutralization_rate": None}
        v = r.values
        row["attacks"] += 1
        row["destroyed"] += v[id_] or 0
        row["suppressed"] += v[is_] or 0
        row["hits"] += v[ih] or 0
        launched = v[il]
        if launched is None:
            continue
        row["with_launched"] += 1
        row["launched"] += launched
        s = sums[key]
        if v[id_] is not None:
            s[0] += v[id_]
            s[1] += launched
        if v[in_] is not None:
            s[2] += v[in_]
            s[3] += launched
    for key, row in out.items():
        d, l1, n, l2 = sums[key]
        row["interception_rate"] = round(d / l1, 4) if l1 else None
        row["neutralization_rate"] = round(n / l2, 4) if l2 else None
    return [out[k] for k in sorted(out)]


def _all_records(rows: list[IndexRow], cls: str) -> list[dict[str, Any]]:
    """analyze.all_records over IndexRows: since when each attack is the largest."""
    i = _POS[("launched", cls)]
    return [r.to_dict() for r in records_of((r.date, r.id, r.values[i]) for r in rows
                                              if r.date and r.values[i] is not None)]


# -- loading ---------------------------------------------------------------------------------


def load_rows(engine: Engine) -> dict[str, list[IndexRow]]:
    """Every attack's IndexRow, read out of the stored JSON by the database itself."""
    table = AttackRow.__table__
    if engine.dialect.name == "postgresql":  # json -> jsonb once per row, not once per path
        inner = select(table.c.id, table.c.dataset, table.c.date, table.c.attacker, table.c.target,
                       table.c.n_reports, table.c.n_conflicts, cast(table.c.data, JSONB).label("j")).subquery()
        data, base = inner.c.j, inner.c
    else:
        data, base = table.c.data, table.c
    paths = [data[("attack", o, k, "value")].as_integer() for o in ("launched", "destroyed", "suppressed",
                                                                      "neutralized", "hits") for k in KEYS]
    query = select(base.id, base.dataset, base.date, base.attacker, base.target, base.n_reports, base.n_conflicts,
                   data[("attack", "regions")].as_json(), data["flags"].as_json(), *paths)
    raw_keys = [(o, k) for o in ("launched", "destroyed", "suppressed", "neutralized", "hits") for k in KEYS]
    out: dict[str, list[IndexRow]] = defaultdict(list)
    intern: dict[str, str] = {}
    with engine.connect() as conn:
        for row in conn.execute(query.execution_options(yield_per=5000)):
            regions = tuple(intern.setdefault(c, c) for c in (row[7] or ()))
            flags = " ".join(f.get("code", "") for f in (row[8] or ()))
            values = values_from_raw(dict(zip(raw_keys, row[9:])))
            day = row.date.isoformat() if row.date else None
            out[row.dataset].append(IndexRow(row.id, intern.setdefault(row.dataset, row.dataset), day,
                                             intern.setdefault(row.attacker, row.attacker),
                                             intern.setdefault(row.target, row.target), regions, values,
                                             row.n_reports, row.n_conflicts, flags))
    return dict(out)


class AttackIndex:
    """The current Snapshot of a store, rebuilt when the store changes."""

    def __init__(self, store: Store, refresh_seconds: float = 1.0) -> None:
        self.store = store
        self.refresh_seconds = refresh_seconds
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._build_lock = threading.Lock()
        self._probe_lock = threading.Lock()
        self._rebuilding = False
        self._probe_conn: Any = None

    def snapshot(self) -> Snapshot:
        snap = self._snapshot
        if snap is None:
            return self.refresh()
        now = time.monotonic()
        if now - self._checked >= self.refresh_seconds and not self._rebuilding:
            self._checked = now
            if self.fingerprint() != snap.fingerprint:
                self._rebuild_in_background()
        return self._snapshot or snap

    def refresh(self) -> Snapshot:
        """Rebuild now (and wait for it)."""
        with self._build_lock:
            t0 = time.perf_counter()
            fingerprint = self.fingerprint()  # before reading: a change during the read shows up next time
            snap = Snapshot(fingerprint, load_rows(self.store.engine))
            snap.warm()
            snap.built_seconds = round(time.perf_counter() - t0, 3)
            self._snapshot = snap
            self._checked = time.monotonic()
            log.info("attack index: %d attacks in %.2f s", snap.count, snap.built_seconds)
            return snap

    def _rebuild_in_background(self) -> None:
        if self._rebuilding:
            return
        self._rebuilding = True

        def run() -> None:
            try:
                self.refresh()
            except Exception:  # keep serving the previous snapshot; the next check tries again
                log.exception("rebuilding the attack index failed")
            finally:
                self._rebuilding = False

        threading.Thread(target=run, name="skytally-index", daemon=True).start()

    def fingerprint(self) -> Any:
        """Changes whenever the store's attacks may have changed."""
        engine = self.store.engine
        if engine.dialect.name == "sqlite":
            with self._probe_lock:  # one connection of our own: data_version counts others' commits
                if self._probe_conn is None:
                    self._probe_conn = engine.raw_connection()
                cur = self._probe_conn.cursor()
                try:
                    return ("sqlite", cur.execute("PRAGMA data_version").fetchone()[0])
                finally:
                    cur.close()
        with engine.connect() as conn:
            count, newest = conn.execute(select(func.count(), func.max(AttackRow.updated_at))).one()
            return ("sql", count, newest)

    def close(self) -> None:
        with self._probe_lock:
            if self._probe_conn is not None:
                self._probe_conn.close()
                self._probe_conn = None


__all__ = ["VALUE_KEYS", "AttackIndex", "AttackQuery", "IndexRow", "Snapshot", "load_rows", "values_from_raw"]
