"""One attack in full: every chosen figure and every conflicting one, with its sentence and source."""
from __future__ import annotations

from typing import Any

from ..errors import StoreError
from ..model import Evidence
from ..reconcile import RANK_NAMES, ReconciledAttack, sentence_around, source_rank
from ..store import Store, StoredDocument
from .values import value


def attack_detail(store: Store, attack_id: str) -> dict[str, Any]:
    """What `skytally show` prints, as data (its JSON form is exactly this)."""
    rec = store.attack(attack_id)
    if rec is None:
        raise StoreError(f"no attack with id {attack_id!r}: list them with `skytally attacks`")
    docs = store.documents(rec.documents + [c.document_id for c in rec.conflicts])
    figures = [{**choice.to_dict(), **_where(docs, choice.document_id, choice.evidence)}
               for choice in rec.choices.values()]
    conflicts = [{**c.to_dict(), **_where(docs, c.document_id, c.evidence)} for c in rec.conflicts]
    a = rec.attack
    return {"id": rec.id, "dataset": rec.dataset, "date": a.date, "attacker": a.attacker, "target": a.target,
            "launched": value(a, "launched"), "destroyed": value(a, "destroyed"),
            "regions": a.regions, "claims": a.claims, "figures": figures, "conflicts": conflicts,
            "flags": [f.to_dict() for f in rec.flags],
            "documents": [_document(docs[d]) for d in rec.documents if d in docs]}


def _where(docs: dict[str, StoredDocument], document_id: str, evidence: Evidence | None) -> dict[str, Any]:
    doc = docs.get(document_id)
    sentence = None
    if doc is not None and evidence is not None:  # a reference document's evidence is whole CSV rows
        sentence = sentence_around(doc.text, evidence.start, evidence.end) if doc.dataset == "extracted" \
            else evidence.text
    return {"sentence": sentence, "title": doc.title if doc else None,
            "published": doc.published.isoformat() if doc and doc.published else None,
            "source_rank": RANK_NAMES[source_rank(doc.source, doc.title)] if doc else None}


def _document(doc: StoredDocument) -> dict[str, Any]:
    return {"id": doc.id, "source": doc.source, "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None, "language": doc.language,
            "revision": doc.revision, "current": doc.current,
            "source_rank": RANK_NAMES[source_rank(doc.source, doc.title)]}


def summary_row(rec: ReconciledAttack) -> dict[str, Any]:
    """The short form `skytally attacks` lists."""
    a = rec.attack
    return {"id": rec.id, "date": a.date, "attacker": a.attacker, "target": a.target,
            "launched": value(a, "launched"), "destroyed": value(a, "destroyed"),
            "suppressed": value(a, "suppressed"), "hits": value(a, "hits"), "documents": len(rec.documents),
            "conflicts": len(rec.conflicts), "flags": " ".join(f.code for f in rec.flags)}
