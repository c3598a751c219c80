"""What the API and the pages show, as plain data: one function per view, over the library.

The JSON API returns these dicts as they are; each page renders one of them and its
.json twin returns it. Nothing here knows about HTTP (handlers in api.py and pages.py
turn requests into arguments and errors into responses).
"""
from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from sqlalchemy import select

from .. import __version__, analyze
from ..analyze.export import INT_COLUMNS
from ..errors import SkytallyError, StoreError
from ..model import RawDocument, Report
from ..pipeline import process
from ..reconcile import ReconciledAttack
from ..settings import Settings
from ..store import Store, ingest
from ..store.models import AttackRow
from . import regions as grid
from .index import AttackQuery, Snapshot

EXPORT_FORMATS = {"csv": ("text/csv; charset=utf-8", "csv"), "kaggle": ("text/csv; charset=utf-8", "csv"),
                  "json": ("application/json", "json"), "parquet": ("application/vnd.apache.parquet", "parquet")}
MEDIA = {"text": "text/plain", "html": "text/html", "auto": None}
_LABEL_BAD = re.compile(r"[^\w .,:@()+-]+", re.UNICODE)


class NotFound(SkytallyError):
    pass


class BadRequest(SkytallyError):
    pass


# -- attacks -------------------------------------------------------------------------------


def attack_list(snap: Snapshot, q: AttackQuery, limit: int, offset: int, newest_first: bool = True) -> dict[str, Any]:
    total, rows = snap.page(q, limit, offset, newest_first)
    return {"total": total, "limit": limit, "offset": offset, "order": "newest" if newest_first else "oldest",
            "filters": q.params(), "attacks": [r.summary() for r in rows]}


def attack_detail(store: Store, attack_id: str) -> dict[str, Any]:
    """analyze.attack_detail, with a 404 for an unknown id and a 400 for an ambiguous prefix."""
    try:
        return analyze.attack_detail(store, attack_id)
    except StoreError:
        try:
            found = store.attack(attack_id)
        except StoreError as exc:  # an ambiguous prefix
            raise BadRequest(str(exc)) from None
        if found is None:
            raise NotFound(f"no attack with id {attack_id!r}") from None
        raise


def attack_page(store: Store, attack_id: str) -> dict[str, Any]:
    """The attack in full, and each of its documents' text with every figure's span marked."""
    detail = attack_detail(store, attack_id)
    detail["figures"].sort(key=lambda f: path_order(f["path"]))
    detail["conflicts"].sort(key=lambda c: path_order(c["path"]))
    wanted = [d["id"] for d in detail["documents"]] + [c["document_id"] for c in detail["conflicts"]]
    docs = store.documents(wanted)
    spans: dict[str, list[tuple[int, int, str]]] = {}
    labels: dict[str, str] = {}
    for kind, items in (("f", detail["figures"]), ("c", detail["conflicts"])):
        for n, item in enumerate(items):
            item["key"] = f"{kind}{n}"
            labels[item["key"]] = f"{item['path']} = {item['value']}" + (" (not chosen)" if kind == "c" else "")
            ev, doc = item.get("evidence"), docs.get(item["document_id"])
            item["sentence_parts"] = _sentence_parts(item.get("sentence"), ev)
            if ev and doc and doc.text[ev["start"]:ev["end"]] == ev["text"]:
                spans.setdefault(doc.id, []).append((ev["start"], ev["end"], item["key"]))
    documents = []
    for d in detail["documents"] + [{"id": i} for i in dict.fromkeys(wanted) if i not in
                                    {x["id"] for x in detail["documents"]}]:
        doc = docs.get(d["id"])
        if doc is None:
            continue
        marks = annotate(merge_marks(spans.get(doc.id, [])), labels)
        documents.append({**d, "source": doc.source, "title": doc.title, "current": doc.current,
                          "published": doc.published.isoformat() if doc.published else None,
                          "text": doc.text, "marks": marks})
    return {"attack": detail, "documents": documents}


_HEADS = ("launched", "destroyed", "suppressed", "neutralized", "hits", "debris_locations", "killed", "injured",
          "other", "weapons", "impacts")
_KEYS = ("total", "drones", "missiles", "locations")


def path_order(path: str) -> tuple:
    """launched before destroyed before ..., total before drones before missiles; then by name."""
    head, _, key = path.rpartition(".") if "." in path else (path, "", "")
    group = head.split("[")[0]
    return (_HEADS.index(group) if group in _HEADS else len(_HEADS), head,
            _KEYS.index(key) if key in _KEYS else len(_KEYS), key)


def _sentence_parts(sentence: str | None, ev: dict[str, Any] | None) -> list[tuple[str, bool]]:
    """The sentence split around its evidence: [(text, is_evidence), ...]."""
    if not sentence:
        return []
    if not ev or ev["text"] not in sentence:
        return [(sentence, False)]
    at = sentence.index(ev["text"])
    parts = [(sentence[:at], False), (ev["text"], True), (sentence[at + len(ev["text"]):], False)]
    return [p for p in parts if p[0]]


def merge_marks(spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Possibly overlapping (start, end, key) spans -> disjoint marks, each with every key covering it."""
    cuts = sorted({p for s, e, _ in spans for p in (s, e)})
    out: list[dict[str, Any]] = []
    for a, b in pairwise(cuts):
        keys = [k for s, e, k in spans if s <= a and b <= e]
        if keys:
            out.append({"start": a, "end": b, "keys": keys})
    return out


def annotate(marks: list[dict[str, Any]], labels: dict[str, str]) -> list[dict[str, Any]]:
    """Give each mark a title (the figures it supports) and the keys it is the first mark of."""
    seen: set[str] = set()
    for m in marks:
        m["title"] = "; ".join(labels.get(k, k) for k in m["keys"])
        m["first"] = [k for k in m["keys"] if k not in seen]
        m["lost"] = all(k.startswith("c") for k in m["keys"])  # only values that were not chosen
        seen.update(m["keys"])
    return marks


def segments(text: str, marks: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """The text cut at the marks: [(piece, mark)], mark None for unmarked text."""
    out: list[tuple[str, dict[str, Any] | None]] = []
    pos = 0
    for m in marks:
        if m["start"] > pos:
            out.append((text[pos:m["start"]], None))
        out.append((text[m["start"]:m["end"]], m))
        pos = m["end"]
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# -- statistics, overview, regions ------------------------------------------------------------


def overview(snap: Snapshot, q: AttackQuery, cls: str = "all") -> dict[str, Any]:
    nightly = snap.stats_report(q, "day", cls)
    monthly = snap.stats_report(q, "month", cls)
    records = monthly["records"]
    start = monthly["store_start"]
    latest = monthly["latest"]
    rows = snap.select(q)
    dated = [r.date for r in rows if r.date]
    return {"class": cls, "filters": q.params(), "attacks": len(rows), "nights": len(nightly["periods"]),
            "first": dated[0] if dated else None, "last": dated[-1] if dated else None, "store_start": start,
            "latest": latest, "latest_text": analyze.Record(**latest).describe(start) if latest else None,
            "records": [{**r, "text": analyze.Record(**r).describe(start)} for r in records],
            "record_definition": analyze.RECORD_DEFINITION,
            "per_night": [{k: p[k] for k in ("period", "attacks", "launched", "destroyed", "suppressed", "hits")}
                          for p in nightly["periods"]],
            "per_month": monthly["periods"]}


def region_map(snap: Snapshot, q: AttackQuery, metric: str = "attacks") -> dict[str, Any]:
    if metric not in ("attacks", "hit_attacks"):
        raise BadRequest(f"metric must be attacks or hit_attacks, not {metric!r}")
    counts = snap.regions(q)
    top = max((c[metric] for c in counts.values()), default=0)
    out = []
    for tile in grid.GRID:
        c = counts.get(tile.code, {"attacks": 0, "hit_attacks": 0, "latest": None})
        out.append({"code": tile.code, "name": grid.name(tile.code), "label": tile.label, "row": tile.row,
                    "col": tile.col, **c, "fill": grid.colour(c[metric], top), "ink": grid.ink(c[metric], top)})
    others = [{"code": code, "name": grid.name(code), **c} for code, c in sorted(counts.items())
              if code not in grid.BY_CODE]
    return {"metric": metric, "filters": q.params(), "max": top, "grid": {"rows": grid.ROWS, "cols": grid.COLS},
            "regions": out, "other_regions": others,
            "definitions": {"attacks": "attacks whose reports name the region (downed, struck, damage or "
                                       "casualties there)",
                            "hit_attacks": "of those, attacks that state weapons hitting their targets "
                                           "(anywhere in the country: hits are not counted per region)"},
            "drawing": "tile grid: one tile per ISO 3166-2 subdivision, placed roughly where it lies; "
                       "not a map (no boundary file is bundled)"}


# -- extract and ingest -----------------------------------------------------------------------


@dataclass
class Upload:
    """A document sent to the server: its bytes and what the sender said about it."""

    data: bytes
    media: str = "auto"              # auto | text | html
    published: date | None = None
    lang: str = "auto"
    name: str | None = None          # a label only: never a path


def label(name: str | None, fallback: str) -> str:
    """A source label from an uploaded name: printable, no path separators, short."""
    cleaned = _LABEL_BAD.sub("_", (name or "").replace("/", "_").replace("\\", "_")).strip(" ._")[:120]
    return f"upload:{cleaned or fallback}"


def _raw(upload: Upload, source: str) -> RawDocument:
    if upload.media not in MEDIA:
        raise BadRequest(f"format must be one of {', '.join(MEDIA)}, not {upload.media!r}")
    return RawDocument(source, upload.data, MEDIA[upload.media])


def extract(upload: Upload, max_bytes: int) -> dict[str, Any]:
    """Clean and extract one document without storing it: the report, the text, the marks."""
    settings = Settings(published=upload.published, lang=upload.lang, max_bytes=max_bytes)
    clean, report = process(_raw(upload, label(upload.name, "pasted")), settings)
    spans = report_spans(report, clean.text)
    labels = {key: f"{key.split(':', 1)[1]} = {clean.text[s:e]}" for s, e, key in spans}
    return {"report": report.to_dict(), "text": clean.text, "marks": annotate(merge_marks(spans), labels),
            "language": clean.language, "published": clean.published.isoformat() if clean.published else None}


def report_spans(report: Report, text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every figure with evidence; key = "a<attack>:<path>"."""
    spans = []
    for n, attack in enumerate(report.attacks):
        for path, fig in attack.figures():
            ev = fig.evidence
            if ev and text[ev.start:ev.end] == ev.text:
                spans.append((ev.start, ev.end, f"a{n}:{path}"))
        for w in attack.weapons:
            for name in ("launched", "destroyed"):
                fig = getattr(w, name)
                if fig and fig.evidence and text[fig.evidence.start:fig.evidence.end] == fig.evidence.text:
                    spans.append((fig.evidence.start, fig.evidence.end, f"a{n}:weapons[{w.model}].{name}"))
    return spans


def ingest_upload(store: Store, upload: Upload, max_bytes: int) -> dict[str, Any]:
    """Store one uploaded document (clean, extract, store, reconcile) and say what happened."""
    settings = Settings(published=upload.published, lang=upload.lang, max_bytes=max_bytes)
    raw = _raw(upload, label(upload.name, "document"))
    summary = ingest([raw], store, settings)
    if summary.rejected:
        raise BadRequest(f"the document was rejected: {summary.rejections[0][1]}")
    return {**summary.to_dict(), "source": raw.source}


# -- exports ------------------------------------------------------------------------------------


def export_chunks(store: Store, ids: list[str], chunk: int = 500) -> Iterator[list[ReconciledAttack]]:
    """Full attacks by id, `chunk` at a time, in the order of `ids`."""
    table = AttackRow.__table__
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        with store.engine.connect() as conn:
            found = {row.id: row.data for row in conn.execute(select(table.c.id, table.c.data)
                                                                 .where(table.c.id.in_(part)))}
        yield [ReconciledAttack.from_dict(found[a]) for a in part if a in found]


def export_stream(store: Store, ids: list[str], fmt: str) -> Iterator[bytes]:
    """csv, kaggle or json, streamed: the same bytes `skytally export` writes for these attacks."""
    first = True
    if fmt == "json":
        yield b"["
    for recs in export_chunks(store, ids):
        if fmt == "json":
            for rec in recs:
                yield (("\n" if first else ",\n") + _json(rec.to_dict())).encode("utf-8")
                first = False
            continue
        buf = io.StringIO()
        columns = analyze.KAGGLE_COLUMNS if fmt == "kaggle" else analyze.FLAT_COLUMNS
        writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
        if first:
            writer.writeheader()
            first = False
        for rec in recs:
            writer.writerows(analyze.kaggle_rows(rec) if fmt == "kaggle" else [analyze.flat_row(rec)])
        yield buf.getvalue().encode("utf-8")
    if fmt == "json":
        yield b"\n]\n"
    elif first:  # no attacks: the header alone
        columns = analyze.KAGGLE_COLUMNS if fmt == "kaggle" else analyze.FLAT_COLUMNS
        yield (",".join(columns) + "\n").encode("utf-8")


def export_parquet(store: Store, ids: list[str]) -> tempfile.SpooledTemporaryFile:
    """A Parquet file of the attacks (FLAT_COLUMNS), written a row group per chunk."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string())
                        for c in analyze.FLAT_COLUMNS])
    out = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)  # noqa: SIM115 (returned open)
    with pq.ParquetWriter(out, schema) as writer:
        wrote = False
        for recs in export_chunks(store, ids, 5000):
            writer.write_table(pa.Table.from_pylist([analyze.flat_row(r) for r in recs], schema=schema))
            wrote = True
        if not wrote:
            writer.write_table(pa.Table.from_pylist([], schema=schema))
    out.seek(0)
    return out


def _json(data: Any) -> str:
    import json
    return json.dumps(data, ensure_ascii=False)


def about(snap: Snapshot, read_only: bool) -> dict[str, Any]:
    return {"name": "skytally", "version": __version__, "attacks": snap.count, "read_only": read_only,
            "index_built_seconds": snap.built_seconds,
            "endpoints": {"attacks": "/api/attacks", "attack": "/api/attacks/{id}", "stats": "/api/stats",
                          "regions": "/api/regions", "extract": "POST /api/extract",
                          "documents": "POST /api/documents (needs the write token)",
                          "export": "/api/export?format=csv|parquet|kaggle|json",
                          "openapi": "/api/openapi.json", "docs": "/api/docs"}}
