"""Store: documents, reports, figures and reconciled attacks in SQLite or PostgreSQL.

    open_store(db) -> Store          a file path (SQLite) or a SQLAlchemy URL; migrates on open
    ingest(sources, store, settings) clean + extract + store in batches, then reconcile
    reconcile_pending(store)         reconcile the attacks whose reports changed
"""
from .loader import IngestSummary, ingest, ingest_paths, reconcile_pending
from .models import DATASET_EXTRACTED, DATASET_KAGGLE
from .repository import AddResult, AttackFilter, Store, StoredDocument, open_store

__all__ = ["DATASET_EXTRACTED", "DATASET_KAGGLE", "AddResult", "AttackFilter", "IngestSummary", "Store",
           "StoredDocument", "ingest", "ingest_paths", "open_store", "reconcile_pending"]
