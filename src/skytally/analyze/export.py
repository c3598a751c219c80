"""Exports of reconciled attacks: csv, parquet, json, and the Kaggle reference layout.

csv / parquet   one row per attack: every chosen figure as a column (FLAT_COLUMNS), the
                figures that are not exact in `not_exact`, flags and sources
json            one object per attack, in full: chosen figures with their document,
                evidence and rule, every conflict, every flag
kaggle          the exact columns of missile_attacks_daily.csv, in its order:
                - one row per weapon model the attack names (launched/destroyed per model);
                - the class figures not covered by named models go to one more row per class,
                  "Shahed-136/131" for drones (the reference files every attack drone under that
                  model, decoys included) and "Unknown Missile" for missiles;
                - an attack that states only a total, no class: one row, model "Unknown";
                - drone rows come first; suppressed -> not_reach_goal goes on the first row of
                  its class, and per-attack figures (airborne -> still_attacking, hit and debris
                  locations) on the attack's first row only, so that summing a column never
                  counts them twice;
                - time_start and time_end are the attack's date (no times: the same
                  date-only form as 1,458 reference rows); target is the country's English name;
                  `affected region` lists ISO 3166-2 codes; source is the document of the
                  chosen launched figure.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from ..errors import ConfigError
from ..model import COUNT_FIELDS, Attack
from ..reconcile import ReconciledAttack
from .kaggle import KAGGLE_COLUMNS

FORMATS = ("csv", "parquet", "json", "kaggle")
FLAT_COLUMNS: tuple[str, ...] = (
    ("id", "date", "attacker", "target")
    + tuple(f"{o}_{k}" for o in COUNT_FIELDS for k in ("total", "drones", "missiles"))
    + ("hits_locations", "debris_locations", "killed", "injured", "regions", "not_exact", "flags", "n_documents",
       "n_conflicts", "documents"))
INT_COLUMNS = frozenset(c for c in FLAT_COLUMNS if c.split("_")[0] in COUNT_FIELDS or c in
                        ("debris_locations", "killed", "injured", "n_documents", "n_conflicts"))
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus"}


def flat_row(rec: ReconciledAttack) -> dict[str, Any]:
    a = rec.attack
    row: dict[str, Any] = {"id": rec.id, "date": a.date, "attacker": a.attacker, "target": a.target}
    for outcome in COUNT_FIELDS:
        counts = getattr(a, outcome)
        for key in ("total", "drones", "missiles"):
            fig = getattr(counts, key)
            row[f"{outcome}_{key}"] = fig.value if fig else None
    row["hits_locations"] = a.hits.locations.value if a.hits.locations else None
    for name in ("debris_locations", "killed", "injured"):
        fig = getattr(a, name)
        row[name] = fig.value if fig else None
    row["regions"] = " ".join(a.regions)
    row["not_exact"] = " ".join(f"{p}:{f.qualifier}" for p, f in a.figures() if f.qualifier != "exact")
    row["flags"] = " ".join(f.code for f in rec.flags)
    row["n_documents"] = len(rec.documents)
    row["n_conflicts"] = len(rec.conflicts)
    row["documents"] = " ".join(rec.documents)
    return row


def kaggle_rows(rec: ReconciledAttack) -> list[dict[str, Any]]:
    """The attack as rows of the reference layout (see the module doc for the choices)."""
    a = rec.attack
    rows: list[dict[str, Any]] = []
    first_of: dict[str, dict[str, Any]] = {}
    for cls, key, model in (("drone", "drones", "Shahed-136/131"), ("missile", "missiles", "Unknown Missile")):
        named = [w for w in a.weapons if w.weapon_class == cls]
        class_rows = [_kaggle_row(a, w.model, w.launched.value if w.launched else None,
                                  w.destroyed.value if w.destroyed else None) for w in named]
        launched, destroyed = getattr(a.launched, key), getattr(a.destroyed, key)
        rest_l = (launched.value if launched else 0) - sum(w.launched.value for w in named if w.launched)
        rest_d = (destroyed.value if destroyed else 0) - sum(w.destroyed.value for w in named if w.destroyed)
        if rest_l > 0 or (rest_d > 0 and not named):
            class_rows.append(_kaggle_row(a, model, max(rest_l, 0) if launched else None,
                                          max(rest_d, 0) if destroyed else None))
        if class_rows:
            first_of[key] = class_rows[0]
            suppressed = getattr(a.suppressed, key)
            class_rows[0]["not_reach_goal"] = suppressed.value if suppressed else ""
        rows += class_rows
    if not rows and (a.launched.total or a.destroyed.total):
        rows.append(_kaggle_row(a, "Unknown", a.launched.total.value if a.launched.total else None,
                                a.destroyed.total.value if a.destroyed.total else None))
    if not rows:
        return rows
    first = rows[0]
    if a.suppressed.total and not (a.suppressed.drones or a.suppressed.missiles):
        first["not_reach_goal"] = a.suppressed.total.value
    for column, fig in (("still_attacking", a.other.get("airborne")), ("num_hit_location", a.hits.locations),
                        ("num_fall_fragment_location", a.debris_locations)):
        first[column] = fig.value if fig else ""
    first["affected region"] = str(list(a.regions)) if a.regions else ""
    choice = rec.choices.get("launched.total") or rec.choices.get("launched.drones") \
        or rec.choices.get("launched.missiles")
    for row in rows:
        row["source"] = choice.source if choice else ""
    return rows


def _kaggle_row(a: Attack, model: str, launched: int | None, destroyed: int | None) -> dict[str, Any]:
    row: dict[str, Any] = {c: "" for c in KAGGLE_COLUMNS}
    row.update({"time_start": a.date or "", "time_end": a.date or "", "model": model,
                "target": COUNTRY_NAMES.get(a.target, a.target),
                "launched": "" if launched is None else launched,
                "destroyed": "" if destroyed is None else destroyed})
    return row


def export(attacks: list[ReconciledAttack], fmt: str, out: IO[str] | IO[bytes] | str) -> int:
    """Write attacks in a format to a text stream (csv, json, kaggle) or a path (any); returns rows written."""
    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "parquet":
        if not isinstance(out, str):
            raise ConfigError("parquet is binary: give a file with -o FILE")
        return _parquet(attacks, out)
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return export(attacks, fmt, fh)
    stream: IO[str] = out  # type: ignore[assignment]
    if fmt == "json":
        json.dump([r.to_dict() for r in attacks], stream, ensure_ascii=False, indent=1)
        stream.write("\n")
        return len(attacks)
    columns = KAGGLE_COLUMNS if fmt == "kaggle" else FLAT_COLUMNS
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in _rows(attacks, fmt):
        writer.writerow(row)
        n += 1
    return n


def _rows(attacks: list[ReconciledAttack], fmt: str) -> Iterator[dict[str, Any]]:
    for rec in attacks:
        if fmt == "kaggle":
            yield from kaggle_rows(rec)
        else:
            yield flat_row(rec)


def _parquet(attacks: list[ReconciledAttack], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in FLAT_COLUMNS])
    rows = [flat_row(r) for r in attacks]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)


def to_text(attacks: list[ReconciledAttack], fmt: str) -> str:
    buf = io.StringIO()
    export(attacks, fmt, buf)
    return buf.getvalue()
