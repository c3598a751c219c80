"""The Kaggle "Massive Missile Attacks on Ukraine" layout: import it as a dataset of its own.

The reference has one row per weapon model per report window. `import_kaggle` turns it
into documents of the store's "kaggle" dataset, kept apart from extracted documents so
that `crosscheck` compares two independent sources:

- Rows are grouped by the date of `time_end` (the date an attack ended, as in the
  report format). A day with several report windows (a night and a daytime wave) is one
  attack, as it is for extracted reports, and its figures are the sums of its rows.
- Each day is one document: source "kaggle:missile_attacks_daily/<date>", text = the
  header and that day's rows as CSV, sorted (drones first, then by model and time), so
  that every figure's evidence is the span of the rows it adds up and re-importing the
  same file changes nothing. A later version of the dataset that changes a day's rows
  stores that day as a revision.
- Only national reports count: rows from the regional air commands (Air Command South
  "PvKPivden", East "pvkshid", West "PvkZahid", Centre "PvkCenter") give regional
  sub-figures, which the report format never adds into a national attack; they are
  skipped and counted.
- Columns: launched -> launched, destroyed -> destroyed, not_reach_goal -> suppressed,
  still_attacking -> other.airborne, num_hit_location -> hits.locations,
  num_fall_fragment_location -> debris_locations; per model -> weapons. The total is
  computed (derived); class figures cite their rows.
- Model -> class: the reference models table (missiles_and_uavs.csv: category "UAV" is a
  drone, everything else a missile) when given, else the built-in markers below.
"""
from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, UnreadableSource
from ..model import Attack, CleanDocument, DocumentInfo, Evidence, Figure, Report, WeaponFigures
from ..store import DATASET_KAGGLE, Store, reconcile_pending

KAGGLE_COLUMNS: tuple[str, ...] = (
    "time_start", "time_end", "model", "launch_place", "target", "target_main", "launched", "destroyed",
    "not_reach_goal", "still_attacking", "border_crossing", "is_shahed", "num_hit_location",
    "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed", "affected region",
    "destroyed_details", "launched_details", "launch_place_details", "source")
REQUIRED = ("time_end", "model", "launched", "destroyed", "source")
REGIONAL_COMMANDS = ("pvkpivden", "pvkshid", "pvkzahid", "pvkcenter", "pvkpivnich")
#: A model whose name holds one of these is a drone (UAV); anything else is a missile.
DRONE_MARKERS = ("shahed", "geran", "gerbera", "uav", "drone", "orlan", "zala", "supercam", "lancet", "merlin",
                 "mohajer", "orion", "forpost", "granat", "kub", "eleron", "молнія", "фенікс", "картограф",
                 "привет")
SOURCE_PREFIX = "kaggle:missile_attacks_daily/"


@dataclass
class KaggleImportSummary:
    days_added: int = 0
    days_revised: int = 0
    days_unchanged: int = 0
    rows_used: int = 0
    rows_regional: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    attacks_updated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"days_added": self.days_added, "days_revised": self.days_revised,
                "days_unchanged": self.days_unchanged, "rows_used": self.rows_used,
                "rows_regional": self.rows_regional, "attacks_updated": self.attacks_updated,
                "rejected": [{"line": n, "reason": r} for n, r in self.rejected]}


def weapon_class(model: str, table: dict[str, str] | None = None) -> str:
    """"drone" or "missile" for a reference model name."""
    if table and model in table:
        return table[model]
    return "drone" if any(m in model.lower() for m in DRONE_MARKERS) else "missile"


def read_models_table(path: str | Path) -> dict[str, tuple[str, str]]:
    """missiles_and_uavs.csv -> {model: (class, category)}."""
    with _open(path) as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"model", "category"} <= set(reader.fieldnames):
            raise InputError(str(path), "not a models table: it needs the columns model and category")
        return {r["model"].strip(): ("drone" if r["category"].strip().upper() == "UAV" else "missile",
                                     r["category"].strip()) for r in reader if r.get("model")}


def import_kaggle(path: str | Path, store: Store, *, models_path: str | Path | None = None,
                  on_progress: Callable[[str], None] | None = None) -> KaggleImportSummary:
    """Load a missile_attacks_daily.csv into the store's "kaggle" dataset, then reconcile it."""
    summary = KaggleImportSummary()
    models = read_models_table(models_path) if models_path else {}
    if models:
        store.add_weapon_models(models, replace=True)
    classes = {m: c for m, (c, _) in models.items()}
    days = _read_days(path, summary)
    ordered = sorted(days)
    for start in range(0, len(ordered), 200):  # a transaction per 200 days, a few statements each
        chunk = ordered[start:start + 200]
        items = [(*day_document(day, days[day], classes), None) for day in chunk]
        for result in store.add_many(items, dataset=DATASET_KAGGLE):
            summary.days_added += result.status == "added"
            summary.days_revised += result.status == "revision"
            summary.days_unchanged += result.status == "skipped"
        if on_progress:
            for day in chunk:
                on_progress(day)
    store.add_weapon_models({m: (weapon_class(m, classes), None) for rows in days.values() for m in
                             {r["model"] for r in rows}})
    summary.attacks_updated, _ = reconcile_pending(store)
    return summary


def _open(path: str | Path) -> io.TextIOWrapper:
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UnreadableSource(str(path), exc.strerror or str(exc)) from None


def _read_days(path: str | Path, summary: KaggleImportSummary) -> dict[str, list[dict[str, str]]]:
    days: dict[str, list[dict[str, str]]] = defaultdict(list)
    with _open(path) as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"not in the Kaggle missile_attacks_daily layout: no column "
                             f"{', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if _is_regional(row.get("source") or ""):
                summary.rows_regional += 1
                continue
            reason = _row_problem(row)
            if reason:
                summary.rejected.append((line, reason))
                continue
            days[row["time_end"].strip()[:10]].append({k: (row.get(k) or "").strip() for k in KAGGLE_COLUMNS})
            summary.rows_used += 1
    return days


def _is_regional(source: str) -> bool:
    return source.strip().split("/", 1)[0].lower() in REGIONAL_COMMANDS


def _row_problem(row: dict[str, str]) -> str | None:
    try:
        date.fromisoformat((row.get("time_end") or "").strip()[:10])
    except ValueError:
        return f"time_end {row.get('time_end')!r} is not a date"
    if not (row.get("model") or "").strip():
        return "no model"
    if _number(row.get("launched")) is None:
        return f"launched {row.get('launched')!r} is not a number"
    return None


def _number(text: str | None) -> int | None:
    try:
        x = float(text) if text not in (None, "") else math.nan
    except ValueError:
        return None
    return None if math.isnan(x) else int(round(x))


def day_document(day: str, rows: list[dict[str, str]], classes: dict[str, str]) -> tuple[CleanDocument, Report]:
    """One day's national rows -> a document (its rows as CSV) and the report they state."""
    ordered = sorted(rows, key=lambda r: (weapon_class(r["model"], classes) != "drone", r["model"],
                                          r["time_start"], r["time_end"], r["source"], r["launched"]))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(KAGGLE_COLUMNS)
    spans: list[tuple[int, int]] = []
    for r in ordered:
        start = buf.tell()
        writer.writerow([r[c] for c in KAGGLE_COLUMNS])
        spans.append((start, buf.tell() - 1))
    text = buf.getvalue()
    posts = sorted({r["source"] for r in ordered if r["source"]})
    title = f"Kaggle missile_attacks_daily, {day}: " + (", ".join(posts) or "no source given")
    clean = CleanDocument(SOURCE_PREFIX + day, text, title, date.fromisoformat(day), "en")
    attack = _day_attack(day, ordered, spans, text, classes)
    return clean, Report(DocumentInfo(clean.id, clean.source, title, day, "en"), [attack])


def _day_attack(day: str, rows: list[dict[str, str]], spans: list[tuple[int, int]], text: str,
                classes: dict[str, str]) -> Attack:
    attack = Attack(date=day, attacker="RU", target="UA")
    indexed = list(zip(rows, spans))
    by_class = {c: [(r, s) for r, s in indexed if weapon_class(r["model"], classes) == c] for c in ("drone", "missile")}
    for column, name in (("launched", "launched"), ("destroyed", "destroyed"), ("not_reach_goal", "suppressed")):
        counts = getattr(attack, name)
        for cls, key in (("drone", "drones"), ("missile", "missiles")):
            setattr(counts, key, _sum(by_class[cls], column, text))
        parts = [f.value for f in (counts.drones, counts.missiles) if f]
        counts.total = Figure(sum(parts), "exact", None, derived=True) if parts else None
    attack.hits.locations = _sum(indexed, "num_hit_location", text)
    attack.debris_locations = _sum(indexed, "num_fall_fragment_location", text)
    airborne = _sum(indexed, "still_attacking", text)
    if airborne:
        attack.other["airborne"] = airborne
    models: dict[str, list[tuple[dict[str, str], tuple[int, int]]]] = defaultdict(list)
    for r, s in indexed:
        models[r["model"]].append((r, s))
    attack.weapons = [WeaponFigures(m, weapon_class(m, classes), _sum(group, "launched", text),
                                    _sum(group, "destroyed", text)) for m, group in models.items()]
    return attack


def _sum(rows: Iterable[tuple[dict[str, str], tuple[int, int]]], column: str, text: str) -> Figure | None:
    """The sum of a column over rows, citing the span of those (contiguous) rows; None if all empty."""
    used = [(n, span) for r, span in rows if (n := _number(r.get(column))) is not None]
    if not used:
        return None
    start, end = min(s for _, (s, _) in used), max(e for _, (_, e) in used)
    return Figure(sum(n for n, _ in used), "exact", Evidence(start, end, text[start:end]))
