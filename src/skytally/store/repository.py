"""The Store: the one small interface over SQLite and PostgreSQL.

    store = open_store("skytally.db")            # or "postgresql+psycopg://user@host/db"
    with store.batch():                          # one transaction
        store.add(clean, report)                 # -> AddResult: added | skipped | revision
    store.attacks(AttackFilter(target="UA"))     # reconciled attacks

Document ids are content hashes (sha256 of the text, first 16 hex), report ids are
"<document>-<position>" and attack ids hash attacker|target|date, so adding the same
things again changes nothing.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from ..errors import StoreError
from ..model import Attack, CleanDocument, Report
from ..reconcile import ReconciledAttack, ReportSourceInfo
from . import rows
from .database import WRITE, make_engine, migrate
from .models import DATASET_EXTRACTED, AttackRow, Document, FigureRow, QueueRow, ReportRow, WeaponModel

DOCS, REPORTS, FIGURES = Document.__table__, ReportRow.__table__, FigureRow.__table__
CHUNK = 500  # ids per IN (...) query
WRITE_LOCK = 740_053  # PostgreSQL advisory lock held by each writing transaction (taken before QUEUE_LOCK)
QUEUE_LOCK = 740_052  # PostgreSQL advisory lock: enqueuers share it, reconcile takes it alone

Status = Literal["added", "skipped", "revision"]


@dataclass
class AddResult:
    status: Status
    document_id: str
    reason: str = ""                         # why it was skipped
    revision_of: str | None = None
    attack_ids: list[str] = field(default_factory=list)  # attacks that need reconciling


@dataclass
class AttackFilter:
    date_from: date | None = None
    date_to: date | None = None
    target: str | None = None
    attacker: str | None = None
    dataset: str = DATASET_EXTRACTED


@dataclass
class StoredDocument:
    id: str
    source: str
    title: str | None
    published: date | None
    language: str
    dataset: str
    revision: int
    revision_of: str | None
    current: bool
    text: str


def open_store(db: str) -> Store:
    """Open (and create or migrate) the store at a file path or a SQLAlchemy URL."""
    engine = make_engine(db)
    migrate(engine)
    return Store(engine)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[Store]:
        """One transaction: everything inside commits together or not at all. Nestable."""
        if self._conn is not None:
            yield self
            return
        try:
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                if self.backend == "postgresql":
                    # Writers take turns, as BEGIN IMMEDIATE makes them on SQLite: every
                    # "is it stored yet?" check then sees what the previous writer committed.
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                self._conn = conn
                yield self
        except OperationalError as exc:
            raise StoreError(f"the database refused a write ({self.url}): {exc.orig}") from None
        except IntegrityError as exc:
            raise StoreError(f"the database refused a write ({self.url}): {exc.orig}") from None
        finally:
            self._conn = None

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
            return
        with self.engine.connect() as conn:
            yield conn

    # -- writing ------------------------------------------------------------------------

    def add(self, clean: CleanDocument, report: Report, *, raw_hash: str | None = None,
            dataset: str = DATASET_EXTRACTED) -> AddResult:
        """Store one document and its report, unless this text is already stored."""
        return self.add_many([(clean, report, raw_hash)], dataset=dataset)[0]

    def add_many(self, items: list[tuple[CleanDocument, Report, str | None]],
                 dataset: str = DATASET_EXTRACTED) -> list[AddResult]:
        """Store documents in one transaction with a handful of statements, whatever their number.

        In order, as if added one by one: a text already stored (or earlier in `items`) is
        skipped; a new text at a source that has a current document retires that document.
        """
        with self.batch():
            conn = self._conn
            assert conn is not None
            known = self._known_ids(conn, [c.id for c, _, _ in items])
            current = self._current_by_source(conn, sorted({c.source for c, _, _ in items}), dataset)
            results: list[AddResult] = []
            documents, reports, figures, models, retired = [], [], [], {}, []
            for clean, report, raw_hash in items:
                if clean.id in known:
                    where = "" if known[clean.id] == clean.source else f" (from {known[clean.id]})"
                    results.append(AddResult("skipped", clean.id, f"same text already stored as {clean.id}{where}"))
                    continue
                previous = current.get(clean.source)
                documents.append(rows.document_row(clean, report, raw_hash, dataset, previous))
                new_reports, new_figures, new_models = rows.report_rows(clean, report, dataset)
                reports += new_reports
                figures += new_figures
                models.update(new_models)
                touched = [r["attack_id"] for r in new_reports]
                if previous:
                    retired.append(previous[0])
                    results.append(AddResult("revision", clean.id, revision_of=previous[0], attack_ids=touched))
                else:
                    results.append(AddResult("added", clean.id, attack_ids=touched))
                known[clean.id] = clean.source
                current[clean.source] = (clean.id, documents[-1]["revision"])
            for table, batch in ((DOCS, documents), (REPORTS, reports), (FIGURES, figures)):
                if batch:
                    conn.execute(insert(table), batch)
            touched = [a for r in results for a in r.attack_ids] + self._retire(conn, retired)
            self._enqueue(conn, touched)
            self.add_weapon_models({m: (c, None) for m, c in models.items()})  # same transaction
        return results

    def _known_ids(self, conn: Connection, ids: list[str]) -> dict[str, str]:
        return {row.id: row.source for chunk in _chunks(ids)
                for row in conn.execute(select(DOCS.c.id, DOCS.c.source).where(DOCS.c.id.in_(chunk)))}

    def _current_by_source(self, conn: Connection, sources: list[str], dataset: str) -> dict[str, tuple[str, int]]:
        return {row.source: (row.id, row.revision) for chunk in _chunks(sources)
                for row in conn.execute(select(DOCS.c.source, DOCS.c.id, DOCS.c.revision).where(
                    DOCS.c.source.in_(chunk), DOCS.c.dataset == dataset, DOCS.c.current.is_(True)))}

    def _retire(self, conn: Connection, document_ids: list[str]) -> list[str]:
        """Newer texts of the same sources arrived: the old ones stop counting. Returns their attacks."""
        touched: list[str] = []
        for chunk in _chunks(document_ids):
            conn.execute(update(DOCS).where(DOCS.c.id.in_(chunk)).values(current=False))
            touched += conn.scalars(select(REPORTS.c.attack_id).where(REPORTS.c.document_id.in_(chunk)))
        return touched

    def known_raws(self, raw_hashes: list[str]) -> dict[str, str]:
        """raw hash -> document id, for the bytes already stored (one query per 500)."""
        with self._reading() as conn:
            return {row.raw_hash: row.id for chunk in _chunks(sorted(set(raw_hashes)))
                    for row in conn.execute(select(DOCS.c.raw_hash, DOCS.c.id).where(DOCS.c.raw_hash.in_(chunk)))}

    def add_weapon_models(self, models: dict[str, tuple[str, str | None]], replace: bool = False) -> None:
        """Record model -> (class, category); existing names are kept unless `replace`."""
        if not models:
            return
        with self.batch():
            conn = self._conn
            assert conn is not None
            names = list(models)
            existing = {n for chunk in _chunks(names)
                        for n in conn.scalars(select(WeaponModel.name).where(WeaponModel.name.in_(chunk)))}
            if replace and existing:
                conn.execute(delete(WeaponModel).where(WeaponModel.name.in_(list(existing))))
                existing = set()
            new = [{"name": n, "weapon_class": c, "category": cat} for n, (c, cat) in models.items()
                    if n not in existing]
            if new:
                conn.execute(insert(WeaponModel), new)

    def weapon_models(self) -> dict[str, tuple[str, str | None]]:
        with self._reading() as conn:
            return {r.name: (r.weapon_class, r.category) for r in conn.execute(select(WeaponModel.__table__))}

    def _enqueue(self, conn: Connection, attack_ids: list[str]) -> None:
        wanted = sorted(set(attack_ids))
        if not wanted:
            return
        if self.backend == "postgresql":  # SQLite writers are serialised by BEGIN IMMEDIATE already
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({QUEUE_LOCK})")
        queued = {a for chunk in _chunks(wanted)
                  for a in conn.scalars(select(QueueRow.attack_id).where(QueueRow.attack_id.in_(chunk)))}
        new = [{"attack_id": a} for a in wanted if a not in queued]
        if new:
            conn.execute(insert(QueueRow), new)

    # -- reconciliation -------------------------------------------------------------------

    def lock_queue(self) -> None:
        """Inside a batch: wait for in-flight writers, keep new ones out until commit."""
        assert self._conn is not None, "lock_queue() belongs inside store.batch()"
        if self.backend == "postgresql":
            self._conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({QUEUE_LOCK})")

    def pending(self, limit: int | None = None) -> list[str]:
        """Attack ids whose reports changed since they were last reconciled."""
        with self._reading() as conn:
            query = select(QueueRow.attack_id).order_by(QueueRow.attack_id)
            return list(conn.scalars(query.limit(limit) if limit else query))

    def queue_all(self, dataset: str | None = None) -> int:
        """Mark every attack for reconciliation again (after a rules change)."""
        with self.batch():
            conn = self._conn
            assert conn is not None
            query = select(ReportRow.attack_id).distinct()
            ids = list(conn.scalars(query.where(ReportRow.dataset == dataset) if dataset else query))
            ids += list(conn.scalars(select(AttackRow.id)))  # attacks that may have lost all reports
            self._enqueue(conn, ids)
            return len(set(ids))

    def report_counts(self, attack_ids: list[str]) -> dict[str, int]:
        """How many current reports each attack has (to size reconciliation chunks)."""
        with self._reading() as conn:
            return {row.attack_id: row.n for chunk in _chunks(sorted(set(attack_ids))) for row in conn.execute(
                select(REPORTS.c.attack_id, func.count().label("n")).join(DOCS, DOCS.c.id == REPORTS.c.document_id)
                .where(REPORTS.c.attack_id.in_(chunk), DOCS.c.current.is_(True)).group_by(REPORTS.c.attack_id))}

    def reports_for(self, attack_ids: list[str]) -> list[tuple[ReportSourceInfo, Attack]]:
        """The reports of these attacks from current documents, rebuilt as report-format Attacks."""
        out: list[tuple[ReportSourceInfo, Attack]] = []
        with self._reading() as conn:
            for chunk in _chunks(sorted(set(attack_ids))):
                found = conn.execute(
                    select(REPORTS, DOCS.c.source, DOCS.c.title, DOCS.c.published, DOCS.c.language)
                    .join(DOCS, DOCS.c.id == REPORTS.c.document_id)
                    .where(REPORTS.c.attack_id.in_(chunk), DOCS.c.current.is_(True))
                    .order_by(REPORTS.c.id)).all()
                figs: dict[str, list[Any]] = defaultdict(list)
                for report_ids in _chunks([r.id for r in found]):
                    for fig in conn.execute(select(FIGURES).where(FIGURES.c.report_id.in_(report_ids))):
                        figs[fig.report_id].append(fig)
                out += [rows.rebuild(r, figs[r.id]) for r in found]
        return out

    def save_attacks(self, attack_ids: list[str], reconciled: list[ReconciledAttack]) -> None:
        """Replace these attacks by their reconciled versions (an id with none is removed)."""
        with self.batch():
            conn = self._conn
            assert conn is not None
            ids = sorted(set(attack_ids) | {r.id for r in reconciled})
            for chunk in _chunks(ids):
                conn.execute(delete(AttackRow).where(AttackRow.id.in_(chunk)))
                conn.execute(delete(QueueRow).where(QueueRow.attack_id.in_(chunk)))
            new = [{"id": r.id, "dataset": r.dataset, "attacker": r.attack.attacker, "target": r.attack.target,
                     "date": rows.day(r.attack.date), "n_reports": len(r.documents), "n_conflicts": len(r.conflicts),
                     "n_flags": len(r.flags), "data": r.to_dict(), "updated_at": rows.now()} for r in reconciled]
            if new:
                conn.execute(insert(AttackRow), new)

    # -- queries --------------------------------------------------------------------------

    def attacks(self, filters: AttackFilter | None = None) -> list[ReconciledAttack]:
        f = filters or AttackFilter()
        query = select(AttackRow.data).where(AttackRow.dataset == f.dataset)
        if f.date_from:
            query = query.where(AttackRow.date >= f.date_from)
        if f.date_to:
            query = query.where(AttackRow.date <= f.date_to)
        if f.target:
            query = query.where(AttackRow.target == f.target.upper())
        if f.attacker:
            query = query.where(AttackRow.attacker == f.attacker.upper())
        with self._reading() as conn:
            rows = conn.scalars(query.order_by(AttackRow.date, AttackRow.id)).all()
        return [ReconciledAttack.from_dict(d) for d in rows]

    def attack(self, attack_id: str) -> ReconciledAttack | None:
        """One attack by id, or by an unambiguous prefix of at least 4 characters."""
        with self._reading() as conn:
            data = conn.scalar(select(AttackRow.data).where(AttackRow.id == attack_id))
            if data is None and len(attack_id) >= 4:
                found = conn.scalars(select(AttackRow.data).where(AttackRow.id.like(f"{attack_id}%")).limit(2)).all()
                if len(found) > 1:
                    raise StoreError(f"attack id {attack_id!r} is ambiguous: give more characters")
                data = found[0] if found else None
        return ReconciledAttack.from_dict(data) if data else None

    def documents(self, ids: list[str]) -> dict[str, StoredDocument]:
        out: dict[str, StoredDocument] = {}
        with self._reading() as conn:
            for chunk in _chunks(sorted(set(ids))):
                for d in conn.execute(select(DOCS).where(DOCS.c.id.in_(chunk))):
                    out[d.id] = StoredDocument(d.id, d.source, d.title, d.published, d.language, d.dataset,
                                               d.revision, d.revision_of, d.current, d.text)
        return out

    def document(self, document_id: str) -> StoredDocument | None:
        return self.documents([document_id]).get(document_id)

    def counts(self) -> dict[str, int]:
        tables: dict[str, Table] = {"documents": Document.__table__, "reports": ReportRow.__table__,
                                    "figures": FigureRow.__table__, "attacks": AttackRow.__table__,
                                    "weapon_models": WeaponModel.__table__, "reconcile_queue": QueueRow.__table__}
        with self._reading() as conn:
            return {name: conn.scalar(select(func.count()).select_from(t)) or 0 for name, t in tables.items()}
