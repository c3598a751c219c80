"""Initial schema: documents, reports, figures, weapon models, attacks, reconcile queue.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("raw_hash", sa.String(64), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("dataset", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("revision_of", sa.String(16), sa.ForeignKey("documents.id", name="fk_documents_revision_of_documents"),
                  nullable=True),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("period_totals", sa.JSON(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_source", "documents", ["source"])
    op.create_index("ix_documents_raw_hash", "documents", ["raw_hash"])

    op.create_table(
        "reports",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", name="fk_reports_document_id_documents"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attack_id", sa.String(16), nullable=False),
        sa.Column("dataset", sa.String(16), nullable=False),
        sa.Column("attacker", sa.String(2), nullable=False),
        sa.Column("target", sa.String(2), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
    )
    op.create_index("ix_reports_document_id", "reports", ["document_id"])
    op.create_index("ix_reports_attack_id", "reports", ["attack_id"])

    op.create_table(
        "figures",
        sa.Column("report_id", sa.String(24), sa.ForeignKey("reports.id", name="fk_figures_report_id_reports"),
                  nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("qualifier", sa.String(12), nullable=False),
        sa.Column("ev_start", sa.Integer(), nullable=True),
        sa.Column("ev_end", sa.Integer(), nullable=True),
        sa.Column("ev_text", sa.Text(), nullable=True),
        sa.Column("derived", sa.Boolean(), nullable=False),
        sa.Column("is_update", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", "field", "subject", name="pk_figures"),
    )

    op.create_table(
        "weapon_models",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("weapon_class", sa.String(8), nullable=False),
        sa.Column("category", sa.String(60), nullable=True),
        sa.PrimaryKeyConstraint("name", name="pk_weapon_models"),
    )

    op.create_table(
        "attacks",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("dataset", sa.String(16), nullable=False),
        sa.Column("attacker", sa.String(2), nullable=False),
        sa.Column("target", sa.String(2), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("n_reports", sa.Integer(), nullable=False),
        sa.Column("n_conflicts", sa.Integer(), nullable=False),
        sa.Column("n_flags", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attacks"),
    )
    op.create_index("ix_attacks_date", "attacks", ["date"])

    op.create_table(
        "reconcile_queue",
        sa.Column("attack_id", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("attack_id", name="pk_reconcile_queue"),
    )


def downgrade() -> None:
    for table in ("reconcile_queue", "attacks", "weapon_models", "figures", "reports", "documents"):
        op.drop_table(table)
