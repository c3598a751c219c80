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

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy.exc import OperationalError

from ..errors import StoreError
from ..model import Attack, CleanDocument, Figure, Evidence, Report
from ..reconcile import (ReconciledAttack, ReportSourceInfo, figure_paths, is_update, join_path, report_attack_id,
                         set_figure, split_path)
from .database import WRITE, make_engine, migrate
from .models import DATASET_EXTRACTED, AttackRow, Document, FigureRow, QueueRow, ReportRow, WeaponModel

DOCS, REPORTS, FIGURES = Document.__table__, ReportRow.__table__, FigureRow.__table__
CHUNK = 500  # ids per IN (...) query
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


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


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
                self._conn = conn
                yield self
        except OperationalError as exc:
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

    def known_raw(self, raw_hash: str) -> str | None:
        """The id of a document read from exactly these bytes before, if any."""
        with self._reading() as conn:
            return conn.scalar(select(Document.id).where(Document.raw_hash == raw_hash).limit(1))

    def add(self, clean: CleanDocument, report: Report, *, raw_hash: str | None = None,
            dataset: str = DATASET_EXTRACTED) -> AddResult:
        """Store one document and its report, unless this text is already stored."""
        with self.batch():
            conn = self._conn
            assert conn is not None
            known = conn.execute(select(Document.source, Document.dataset).where(Document.id == clean.id)).first()
            if known:
                where = "" if known.source == clean.source else f" (from {known.source})"
                return AddResult("skipped", clean.id, f"same text already stored as {clean.id}{where}")
            previous = conn.execute(select(Document.id, Document.revision).where(
                Document.source == clean.source, Document.dataset == dataset, Document.current.is_(True))).first()
            touched: list[str] = []
            if previous:
                touched += self._retire(conn, previous.id)
            self._insert_document(conn, clean, report, raw_hash, dataset, previous)
            touched += self._insert_reports(conn, clean, report, dataset)
            self._enqueue(conn, touched)
            if previous:
                return AddResult("revision", clean.id, revision_of=previous.id, attack_ids=sorted(set(touched)))
            return AddResult("added", clean.id, attack_ids=sorted(set(touched)))

    def _retire(self, conn: Connection, document_id: str) -> list[str]:
        """A newer text of the same source arrived: the old one stops counting."""
        conn.execute(update(Document).where(Document.id == document_id).values(current=False))
        return list(conn.scalars(select(ReportRow.attack_id).where(ReportRow.document_id == document_id)))

    def _insert_document(self, conn: Connection, clean: CleanDocument, report: Report, raw_hash: str | None,
                         dataset: str, previous: Any) -> None:
        conn.execute(insert(Document), [{
            "id": clean.id, "content_hash": hashlib.sha256(clean.text.encode("utf-8")).hexdigest(),
            "raw_hash": raw_hash, "source": clean.source, "title": clean.title,
            "published": clean.published or _day(report.document.published),
            "language": clean.language or report.document.language, "dataset": dataset,
            "revision": previous.revision + 1 if previous else 1, "revision_of": previous.id if previous else None,
            "current": True, "text": clean.text, "added_at": _now(),
            "period_totals": [p.to_dict() for p in report.period_totals] or None}])

    def _insert_reports(self, conn: Connection, clean: CleanDocument, report: Report, dataset: str) -> list[str]:
        reports, figures, models = [], [], {}
        for position, attack in enumerate(report.attacks):
            info = ReportSourceInfo(clean.id, clean.source, dataset=dataset, position=position)
            report_id = f"{clean.id}-{position}"
            reports.append({"id": report_id, "document_id": clean.id, "position": position,
                            "attack_id": report_attack_id(info, attack), "dataset": dataset,
                            "attacker": attack.attacker, "target": attack.target, "date": _day(attack.date),
                            "extra": _extra(attack)})
            seen: set[tuple[str, str]] = set()
            for path, fig in figure_paths(attack):
                fld, subject = split_path(path)
                if (fld, subject) in seen:
                    continue  # the same model listed twice: the first (most prominent) counts
                seen.add((fld, subject))
                ev = fig.evidence
                figures.append({"report_id": report_id, "field": fld, "subject": subject, "value": fig.value,
                                "qualifier": fig.qualifier, "ev_start": ev.start if ev else None,
                                "ev_end": ev.end if ev else None, "ev_text": ev.text if ev else None,
                                "derived": fig.derived,
                                "is_update": is_update(clean.text, ev.start, ev.end) if ev else False})
            models.update({w.model: w.weapon_class for w in attack.weapons})
        if reports:
            conn.execute(insert(ReportRow), reports)
        if figures:
            conn.execute(insert(FigureRow), figures)
        self.add_weapon_models({m: (c, None) for m, c in models.items()})
        return [r["attack_id"] for r in reports]

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
            rows = [{"name": n, "weapon_class": c, "category": cat} for n, (c, cat) in models.items()
                    if n not in existing]
            if rows:
                conn.execute(insert(WeaponModel), rows)

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
        rows = [{"attack_id": a} for a in wanted if a not in queued]
        if rows:
            conn.execute(insert(QueueRow), rows)

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

    def reports_for(self, attack_ids: list[str]) -> list[tuple[ReportSourceInfo, Attack]]:
        """The reports of these attacks from current documents, rebuilt as report-format Attacks."""
        out: list[tuple[ReportSourceInfo, Attack]] = []
        with self._reading() as conn:
            for chunk in _chunks(sorted(set(attack_ids))):
                rows = conn.execute(
                    select(REPORTS, DOCS.c.source, DOCS.c.title, DOCS.c.published, DOCS.c.language)
                    .join(DOCS, DOCS.c.id == REPORTS.c.document_id)
                    .where(REPORTS.c.attack_id.in_(chunk), DOCS.c.current.is_(True))
                    .order_by(REPORTS.c.id)).all()
                figs: dict[str, list[Any]] = defaultdict(list)
                for report_ids in _chunks([r.id for r in rows]):
                    for fig in conn.execute(select(FIGURES).where(FIGURES.c.report_id.in_(report_ids))):
                        figs[fig.report_id].append(fig)
                out += [_rebuild(r, figs[r.id]) for r in rows]
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
            rows = [{"id": r.id, "dataset": r.dataset, "attacker": r.attack.attacker, "target": r.attack.target,
                     "date": _day(r.attack.date), "n_reports": len(r.documents), "n_conflicts": len(r.conflicts),
                     "n_flags": len(r.flags), "data": r.to_dict(), "updated_at": _now()} for r in reconciled]
            if rows:
                conn.execute(insert(AttackRow), rows)

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


def _extra(attack: Attack) -> dict[str, Any] | None:
    extra = {"regions": list(attack.regions), "claims": list(attack.claims),
             "weapon_classes": {w.model: w.weapon_class for w in attack.weapons}}
    return {k: v for k, v in extra.items() if v} or None


def _rebuild(r: Any, figures: list[Any]) -> tuple[ReportSourceInfo, Attack]:
    """A report row (joined with its document's columns) and its figure rows -> (info, Attack)."""
    extra = r.extra or {}
    attack = Attack(date=r.date.isoformat() if r.date else None, attacker=r.attacker, target=r.target,
                    regions=list(extra.get("regions", [])), claims=list(extra.get("claims", [])))
    classes = extra.get("weapon_classes", {})
    updates = set()
    for f in figures:
        path = join_path(f.field, f.subject)
        ev = Evidence(f.ev_start, f.ev_end, f.ev_text) if f.ev_start is not None else None
        set_figure(attack, path, Figure(int(f.value), f.qualifier, ev, f.derived), classes.get(f.subject))
        if f.is_update:
            updates.add(path)
    info = ReportSourceInfo(r.document_id, r.source, r.title,
                            r.published.isoformat() if r.published else None, r.language, r.dataset,
                            r.position, frozenset(updates))
    return info, attack
