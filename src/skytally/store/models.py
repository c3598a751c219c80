"""The store's tables, as SQLAlchemy 2 Core/ORM metadata.

    documents        one row per distinct text (id = sha256 of the text, first 16 hex);
                     a changed text at a known source is a new row that points at the
                     row it revises (`revision_of`), and the older row stops being current
    reports          one per document per attack, as extracted (id = "<document>-<position>")
    figures          every number of a report: field, subject (weapon model or region),
                     value, qualifier, evidence span, derived/update flags
    weapon_models    canonical model names and their class (drone | missile)
    attacks          one reconciled record per dataset/attacker/target/date, with the
                     chosen figures, every conflicting value and the accounting flags (JSON)
    reconcile_queue  attacks whose reports changed and that still need reconciling;
                     written in the same transaction as the reports, so an interrupted
                     run never leaves a stale attack behind unnoticed

The migration in migrations/versions/ creates exactly these tables; a test compares
the two so they cannot drift apart.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String,
                        Text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Documents imported from the reference dataset live apart from extracted ones, so
#: that crosscheck can compare the two instead of comparing a dataset with itself.
DATASET_EXTRACTED = "extracted"
DATASET_KAGGLE = "kaggle"

NAMING = {"ix": "ix_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))      # sha256 of the text, in full
    raw_hash: Mapped[str | None] = mapped_column(String(64))    # sha256 of the bytes as read: skip before cleaning
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    dataset: Mapped[str] = mapped_column(String(16), default=DATASET_EXTRACTED)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    period_totals: Mapped[list | None] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_documents_source", "source"),
        Index("ix_documents_raw_hash", "raw_hash"),
    )


class ReportRow(Base):
    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    position: Mapped[int] = mapped_column(Integer)              # 0 = the document's main attack
    attack_id: Mapped[str] = mapped_column(String(16))
    dataset: Mapped[str] = mapped_column(String(16))
    attacker: Mapped[str] = mapped_column(String(2))
    target: Mapped[str] = mapped_column(String(2))
    date: Mapped[date | None] = mapped_column(Date)
    extra: Mapped[dict | None] = mapped_column(JSON)            # regions, claims, weapon classes

    __table_args__ = (
        Index("ix_reports_document_id", "document_id"),
        Index("ix_reports_attack_id", "attack_id"),
    )


class FigureRow(Base):
    __tablename__ = "figures"

    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)     # "launched.total", "weapons.launched"
    subject: Mapped[str] = mapped_column(String(200), primary_key=True, default="")  # model / region, or ""
    value: Mapped[int] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(12))
    ev_start: Mapped[int | None] = mapped_column(Integer)
    ev_end: Mapped[int | None] = mapped_column(Integer)
    ev_text: Mapped[str | None] = mapped_column(Text)
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    is_update: Mapped[bool] = mapped_column(Boolean, default=False)  # its sentence says it revises a figure


class WeaponModel(Base):
    __tablename__ = "weapon_models"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    weapon_class: Mapped[str] = mapped_column(String(8))       # drone | missile
    category: Mapped[str | None] = mapped_column(String(60))   # reference table category, when known


class AttackRow(Base):
    __tablename__ = "attacks"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    dataset: Mapped[str] = mapped_column(String(16))
    attacker: Mapped[str] = mapped_column(String(2))
    target: Mapped[str] = mapped_column(String(2))
    date: Mapped[date | None] = mapped_column(Date)
    n_reports: Mapped[int] = mapped_column(Integer)
    n_conflicts: Mapped[int] = mapped_column(Integer)
    n_flags: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)                    # ReconciledAttack.to_dict()
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_attacks_date", "date"),)


class QueueRow(Base):
    __tablename__ = "reconcile_queue"

    attack_id: Mapped[str] = mapped_column(String(16), primary_key=True)
