#!/usr/bin/env python
"""Corpus agreement: the extractor on real Air Force "ЗНИЩЕНО" infographics vs upstream counts.

    python bench/corpus.py [--json] [--verbose] [--corpus DIR]

The corpus (``shared/data/corpus``, read-only, never copied into the repo; see its
PROVENANCE.md) holds two files:

* ``kpszsu_infographics_ocr_2023-2024.jsonl``: 310 machine transcriptions of the
  Ukrainian Air Force's "ЗНИЩЕНО:" (destroyed) infographics, 2023-01 to 2024-03,
  one per line with ``posted_at``, ``source_file`` and ``text``;
* ``kpszsu_destroyed_targets_2023-2024.csv``: the upstream project's own parse of
  the same transcriptions, one row per checkpoint (``checkpoint_date``,
  ``checkpoint_time``) with a destroyed count per column.

Every transcription is run through ``skytally.pipeline.extract_text(text,
published=<posted_at date>, source="corpus:<source_file>", lang="uk")``. Each CSV
row is matched to the transcription whose header states its date and time (a
header such as ``06.05.2023 (станом на 08.00) 04.05.2023 (02.30)`` covers two rows;
``(21.00 - 05.30)`` windows end at their last time), and compared with the report's
attack of the row's date (or, failing that, the main attack):

* **per model**: a CSV column (see ``COLUMNS``) agrees when the report's destroyed
  figure for that model (the sum over ``weapons`` whose model maps to the column)
  equals the CSV value. When the row has a single column of a class (drones or
  missiles) and the report names no model of that class, the report's
  ``destroyed.drones`` / ``destroyed.missiles`` stands in (an infographic line such
  as "45 БПЛА «Shahed-136/131»" is both the class and the model figure).
  ``uav_drones`` (upstream: UAVs of unspecified or mixed type, "БПЛА (ОТР)") is
  compared with the report's drone models that map to no other column;
  ``ballistic_missiles`` and ``missiles`` (unspecified missiles) likewise with the
  unmapped missile models, as one key ``other_missiles``. Aircraft and helicopter
  columns are outside the report format and skipped.
* **per night** (one CSV row, i.e. one checkpoint): every CSV column of the row
  agrees and the report has no destroyed figure for a model the row lacks.
* **coverage**: rows whose report attack holds any figure at all.
* also reported: class totals (CSV sum of a class vs the report's
  ``destroyed.drones`` / ``destroyed.missiles`` where the report states one) and
  the share of rows whose report attack has the row's date.

Agreement shares are over rows matched to a transcription that have at least one
compared column; rows without a transcription (the upstream CSV has a few) and
transcriptions without a row are counted and listed with ``--verbose``.

``score()`` returns the numbers as a dict (see its docstring); tests/test_corpus.py
compares it with the "corpus" section of bench/accuracy_floors.json.

Upstream quirks to keep in mind when reading disagreements: a line naming several
models ("18 крилатих ракет Х-101/Х-555, «Калібр»") was put in one column upstream
(sometimes ``kalibr_missile``, sometimes ``cruise_missiles``); ``cruise_missiles``
otherwise holds Х-101/Х-555/Х-55 lines; a few rows carry another post's figures.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench/accuracy.py

from accuracy import as_dict, default_extractor  # noqa: E402  (one way to run and read a report)

DEFAULT_CORPUS_DIR = Path(os.environ.get("SKYTALLY_CORPUS_DIR") or ROOT.parent / "shared" / "data" / "corpus")
JSONL_NAME = "kpszsu_infographics_ocr_2023-2024.jsonl"
CSV_NAME = "kpszsu_destroyed_targets_2023-2024.csv"

OTHER_DRONES = "other_drones"
OTHER_MISSILES = "other_missiles"

#: CSV column -> (comparison key, canonical model of the report format or a description, class).
COLUMNS: dict[str, tuple[str, str, str]] = {
    "shahed": ("shahed", "Shahed-136/131", "drone"),
    "orlan": ("orlan", "Orlan-10", "drone"),
    "orion": ("orion", "Orion", "drone"),
    "lancet": ("lancet", "Lancet", "drone"),
    "merlin": ("merlin", "Merlin-VR", "drone"),
    "granat_4": ("granat_4", "Granat-4", "drone"),
    "zala": ("zala", "ZALA", "drone"),
    "mohajer_6": ("mohajer_6", "Mohajer-6", "drone"),
    "uav_drones": (OTHER_DRONES, "drones of other/unspecified models", "drone"),
    "cruise_missiles": ("cruise_missiles", "X-101/X-555", "missile"),
    "kalibr_missile": ("kalibr_missile", "Kalibr", "missile"),
    "kh_59_missile": ("kh_59_missile", "X-59/X-69", "missile"),
    "kinzhal_missile": ("kinzhal_missile", "X-47 Kinzhal", "missile"),
    "iskander_m_missile": ("iskander_m_missile", "Iskander-M/KN-23", "missile"),
    "iskander_k_missile": ("iskander_k_missile", "Iskander-K", "missile"),
    "missile_kh_31p": ("missile_kh_31p", "X-31P", "missile"),
    "ballistic_missiles": (OTHER_MISSILES, "missiles of other/unspecified models", "missile"),
    "missiles": (OTHER_MISSILES, "missiles of other/unspecified models", "missile"),
}
#: Columns outside the report format (aircraft, helicopters).
SKIPPED_PREFIXES = ("fighter_", "helicopter", "plane_")

#: Report model names (casefolded) -> comparison key. Canonical names first, then
#: the spellings an extractor might still produce.
MODEL_KEYS: dict[str, str] = {
    "shahed-136/131": "shahed", "shahed-136": "shahed", "shahed-131": "shahed", "shahed": "shahed",
    "orlan-10": "orlan", "orlan-30": "orlan", "orlan": "orlan",
    "orion": "orion", "lancet": "lancet", "merlin-vr": "merlin", "granat-4": "granat_4",
    "zala": "zala", "mohajer-6": "mohajer_6",
    "x-101/x-555": "cruise_missiles", "x-101": "cruise_missiles", "x-555": "cruise_missiles",
    "x-55": "cruise_missiles",
    "kalibr": "kalibr_missile",
    "x-59/x-69": "kh_59_missile", "x-59": "kh_59_missile", "x-69": "kh_59_missile", "x-59mk2": "kh_59_missile",
    "x-47 kinzhal": "kinzhal_missile", "kinzhal": "kinzhal_missile",
    "iskander-m/kn-23": "iskander_m_missile", "iskander-m": "iskander_m_missile", "kn-23": "iskander_m_missile",
    "iskander-k": "iskander_k_missile",
    "x-31p": "missile_kh_31p", "x-31": "missile_kh_31p", "x-31pd": "missile_kh_31p",
}

#: Comparison key -> (label, class), in table order.
KEYS: dict[str, tuple[str, str]] = {}
for _column, (_key, _label, _cls) in COLUMNS.items():
    KEYS.setdefault(_key, (_label, _cls))
KEY_COLUMNS: dict[str, list[str]] = defaultdict(list)
for _column, (_key, _label, _cls) in COLUMNS.items():
    KEY_COLUMNS[_key].append(_column)

Extractor = Callable[..., Any]

# --------------------------------------------------------------------------- data


def corpus_paths(corpus_dir: Path | str | None = None) -> tuple[Path, Path]:
    base = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS_DIR
    return base / JSONL_NAME, base / CSV_NAME


def corpus_available(corpus_dir: Path | str | None = None) -> bool:
    return all(p.is_file() for p in corpus_paths(corpus_dir))


def load_transcriptions(path: Path | str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_rows(path: Path | str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def csv_values(row: dict[str, str]) -> dict[str, int]:
    """Comparison key -> destroyed count of one CSV row (aircraft columns skipped, unknown columns ignored)."""
    out: dict[str, int] = defaultdict(int)
    for column, raw in row.items():
        if column not in COLUMNS or raw is None or not str(raw).strip():
            continue
        try:
            value = int(float(raw))
        except ValueError:
            continue
        out[COLUMNS[column][0]] += value
    return dict(out)


# ---------------------------------------------------------------- header and match

MONTHS = {"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
          "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12}
_TOKEN = re.compile(
    r"(?P<full>(?<![\d.])(?P<fd>\d{1,2})\.(?P<fm>\d{1,2})\.(?P<fy>\d{4}|\d{2})(?!\d))"
    r"|(?P<words>(?<!\d)(?P<wd>\d{1,2})\s+(?P<wm>" + "|".join(MONTHS) + r")(?:\s+(?P<wy>\d{4}))?)"
    r"|(?P<time>(?<![\d.:])(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?!\d)\.?)"
)
#: Where the list of destroyed targets starts: a "- ..." line, or a bare count line ("2\nударних БПЛА").
_FIRST_ITEM = re.compile(
    r"\n\s*[-–•]\s*\S|\n\s*\d+\s*\n?\s*(?:ударн|розвід|БПЛА|БпЛА|КАР|КР\b|керован|крилат|аеробал|балістич|зеніт)",
    re.IGNORECASE,
)


def header_of(text: str) -> str:
    """The part of a transcription before its list of destroyed targets."""
    m = _FIRST_ITEM.search(text)
    return text[: m.start()] if m else text[:200]


def header_checkpoints(text: str, posted: date | None = None) -> list[tuple[date, str | None]]:
    """(date, "HH:MM:SS" or None) checkpoints a transcription's header states, in order.

    A time belongs to the date before it (the last time of a window wins); times
    written before any date ("станом на 17:00 08 травня 2023 р.") go to the first
    date. "17.03-18.03" (no year, outside brackets) takes the year of `posted`.
    """
    head = header_of(text)
    year = posted.year if posted else None
    groups: list[list[Any]] = []  # [date, time]
    pending: str | None = None
    depth_at = _paren_depths(head)
    tokens = list(_TOKEN.finditer(head))
    has_full_date = any(t.group("full") or t.group("words") for t in tokens)
    for tok in tokens:
        d = None
        if tok.group("full"):
            y = int(tok.group("fy"))
            d = _mkdate(y + 2000 if y < 100 else y, int(tok.group("fm")), int(tok.group("fd")))
        elif tok.group("words"):
            y = int(tok.group("wy")) if tok.group("wy") else year
            d = _mkdate(y, MONTHS[tok.group("wm")], int(tok.group("wd"))) if y else None
        else:  # a time, or "17.03" (day.month without a year) outside brackets
            h, mi = int(tok.group("h")), int(tok.group("mi"))
            if (not has_full_date and year and depth_at[tok.start()] == 0
                    and re.match(r"\s*[-–(]", head[tok.end():]) and 1 <= mi <= 12):
                d = _mkdate(year, mi, h)
            if d is None:
                if h <= 24 and mi < 60:
                    t = f"{h % 24:02d}:{mi:02d}:00"
                    if groups:
                        groups[-1][1] = t
                    else:
                        pending = t
                continue
        if d is None:
            continue
        groups.append([d, pending if not groups else None])
        pending = None
    return [(d, t) for d, t in groups]


def _paren_depths(text: str) -> list[int]:
    depths, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        depths.append(depth)
        if ch == ")":
            depth = max(0, depth - 1)
    depths.append(depth)
    return depths


def _mkdate(y: int | None, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if y else None
    except ValueError:
        return None


def _posted(item: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(item.get("posted_at", ""))[:10])
    except ValueError:
        return None


def is_destroyed_infographic(text: str) -> bool:
    return "знищено" in text.casefold()


def match_rows(items: list[dict[str, Any]], rows: list[dict[str, str]]) -> dict[int, int]:
    """CSV row index -> transcription index.

    Pass 1: a header checkpoint with a time takes every row with that date and
    time. Pass 2: a checkpoint without a time (or a transcription without a
    header date, by its posting date) takes the rows of that date still unmatched.
    Only "ЗНИЩЕНО" infographics take rows.
    """
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_key[(row.get("checkpoint_date", ""), row.get("checkpoint_time", "") or "")].append(i)
    out: dict[int, int] = {}
    checkpoints = []
    for j, item in enumerate(items):
        text = item.get("text") or ""
        if not is_destroyed_infographic(text):
            checkpoints.append([])
            continue
        cps = header_checkpoints(text, _posted(item))
        if not cps and _posted(item):
            cps = [(_posted(item), None)]
        checkpoints.append(cps)
    for j, cps in enumerate(checkpoints):
        for d, t in cps:
            if t is None:
                continue
            for i in by_key.get((d.isoformat(), t), []):
                out.setdefault(i, j)
    for j, cps in enumerate(checkpoints):
        for d, t in cps:
            if t is not None and any(by_key.get((d.isoformat(), t), [])):
                continue
            for (rd, _rt), idx in by_key.items():
                if rd == d.isoformat():
                    for i in idx:
                        out.setdefault(i, j)
    return out


# ------------------------------------------------------------------- comparison


def _value(fig: Any) -> int | None:
    if not isinstance(fig, dict) or fig.get("value") is None or fig.get("derived"):
        return None
    return int(fig["value"])


def model_key(model: str, cls: str | None) -> str:
    """Comparison key of a report weapon model ('other_drones' / 'other_missiles' if it maps to no column)."""
    key = MODEL_KEYS.get(" ".join(str(model).split()).casefold())
    if key:
        return key
    return OTHER_MISSILES if cls == "missile" else OTHER_DRONES


def report_values(attack: dict[str, Any] | None, row_keys: Iterable[str] = ()) -> dict[str, int]:
    """Comparison key -> destroyed figure of a report attack.

    `row_keys` are the CSV row's keys: when the row has a single key of a class and
    the attack names no model of that class, the attack's destroyed.drones /
    destroyed.missiles fills that key.
    """
    if not attack:
        return {}
    out: dict[str, int] = defaultdict(int)
    classes_named: set[str] = set()
    for weapon in attack.get("weapons") or []:
        value = _value(weapon.get("destroyed"))
        if value is None:
            continue
        known = MODEL_KEYS.get(" ".join(str(weapon.get("model", "")).split()).casefold())
        cls = weapon.get("class") or (KEYS[known][1] if known else "drone")
        key = model_key(weapon.get("model", ""), cls)
        out[key] += value
        classes_named.add(KEYS[key][1])
    destroyed = attack.get("destroyed") or {}
    row_keys = list(row_keys)
    for cls, field_name in (("drone", "drones"), ("missile", "missiles")):
        keys = [k for k in row_keys if KEYS.get(k, ("", ""))[1] == cls]
        value = _value(destroyed.get(field_name))
        if len(keys) == 1 and cls not in classes_named and value is not None:
            out[keys[0]] = value
    return dict(out)


def has_any_figure(data: Any) -> bool:
    """True if a (part of a) contract-shaped attack holds any non-derived figure."""
    if isinstance(data, dict):
        if "value" in data and ("qualifier" in data or "evidence" in data):
            return _value(data) is not None
        return any(has_any_figure(v) for k, v in data.items() if k not in ("evidence",))
    if isinstance(data, list):
        return any(has_any_figure(v) for v in data)
    return False


def choose_attack(report: dict[str, Any], day: str) -> dict[str, Any] | None:
    """The report's attack dated `day`, else its main (first) attack."""
    attacks = report.get("attacks") or []
    for attack in attacks:
        if attack.get("date") == day:
            return attack
    return attacks[0] if attacks else None


@dataclass
class RowResult:
    row: int
    checkpoint: str
    source: str | None
    csv: dict[str, int]
    report: dict[str, int] = field(default_factory=dict)
    attack_date: str | None = None
    covered: bool = False

    @property
    def agreeing(self) -> list[str]:
        return [k for k, v in self.csv.items() if self.report.get(k) == v]

    @property
    def extra(self) -> list[str]:
        return [k for k in self.report if k not in self.csv]

    @property
    def night_agrees(self) -> bool:
        return bool(self.csv) and len(self.agreeing) == len(self.csv) and not self.extra


def compare_row(row_index: int, row: dict[str, str], report: dict[str, Any] | None,
                source: str | None = None) -> RowResult:
    values = csv_values(row)
    day = row.get("checkpoint_date", "")
    result = RowResult(row_index, f"{day} {(row.get('checkpoint_time') or '')[:5]}".strip(), source, values)
    if report is None:
        return result
    attack = choose_attack(report, day)
    result.report = report_values(attack, values)
    result.attack_date = (attack or {}).get("date")
    result.covered = has_any_figure(attack) if attack else False
    return result


# ------------------------------------------------------------------------ scoring


def published_for(item: dict[str, Any]) -> date | None:
    """The posting date; a header date one day later wins (posted_at is probably UTC, Kyiv is UTC+2/+3)."""
    posted = _posted(item)
    if posted is None:
        return None
    for d, _t in header_checkpoints(item.get("text") or "", posted):
        if d == posted + timedelta(days=1):
            return d
    return posted


def _share(k: int, n: int) -> float:
    return round(k / n, 4) if n else 0.0


def score(corpus_dir: Path | str | None = None, *, extract: Extractor | None = None,
          jsonl: Path | str | None = None, csv_path: Path | str | None = None) -> dict[str, Any]:
    """Agreement of the extractor with the upstream counts on the corpus.

    Returns::

        {"transcriptions": 310, "infographics": 302, "rows": 308, "rows_matched": 301,
         "rows_compared": 290,          # matched rows with at least one compared column
         "errors": 0,                   # extractor exceptions (each scored as an empty report)
         "models": {"shahed": {"model": "Shahed-136/131", "class": "drone", "columns": ["shahed"],
                               "agree": 0, "rows": 227, "share": 0.0}, ...},
         "model_agreement": 0.0,        # pooled over all columns: agreeing values / CSV values
         "night_agreement": 0.0,        # rows whose every column agrees (and no extra model)
         "coverage": 0.0,               # rows whose report attack has any figure
         "date_agreement": 0.0,         # covered rows whose report attack has the row's date
         "classes": {"drones": {"agree": 0, "compared": 0, "share": 0.0}, "missiles": {...}},
         "counts": {"model": [k, n], "night": [k, n], "coverage": [k, n], "date": [k, n]},
         "documents_with_figures": 0,   # transcriptions whose report has any figure
         "disagreements": [{"checkpoint": "2023-01-14 18:30", "source": "raw/txt/...",
                            "key": "kalibr_missile", "csv": 18, "report": null}, ...],
         "unmatched_rows": ["2023-01-24 13:00", ...],
         "unmatched_infographics": ["raw/txt/...", ...],
         "error_messages": {"raw/txt/...": "..."}}

    `extract` replaces ``skytally.pipeline.extract_text`` (keyword arguments
    published, source, lang); `jsonl` / `csv_path` replace the corpus files.
    """
    default_jsonl, default_csv = corpus_paths(corpus_dir)
    items = load_transcriptions(jsonl or default_jsonl)
    rows = load_rows(csv_path or default_csv)
    errors: dict[str, str] = {}
    try:
        extract = extract or default_extractor()
    except Exception:  # noqa: BLE001 - an unfinished extractor must not stop the benchmark
        message = traceback.format_exc(limit=2).strip().splitlines()[-1]
        extract = None
        errors["<import>"] = message

    reports: list[dict[str, Any] | None] = []
    for item in items:
        text = item.get("text") or ""
        source = str(item.get("source_file") or item.get("file_message_id") or "")
        if extract is None:
            reports.append(None)
            continue
        try:
            reports.append(as_dict(extract(text, published=published_for(item), source=f"corpus:{source}", lang="uk")))
        except Exception:  # noqa: BLE001 - one broken document must not stop the benchmark
            errors[source] = traceback.format_exc(limit=3).strip().splitlines()[-1]
            reports.append(None)

    matches = match_rows(items, rows)
    results: list[RowResult] = []
    for i, row in enumerate(rows):
        j = matches.get(i)
        source = str(items[j].get("source_file")) if j is not None else None
        report = (reports[j] or {"attacks": []}) if j is not None else None
        results.append(compare_row(i, row, report, source))

    compared = [r for r in results if r.row in matches and r.csv]
    models: dict[str, dict[str, Any]] = {}
    for key, (label, cls) in KEYS.items():
        with_value = [r for r in compared if key in r.csv]
        agree = sum(1 for r in with_value if r.report.get(key) == r.csv[key])
        models[key] = {"model": label, "class": cls, "columns": KEY_COLUMNS[key], "agree": agree,
                       "rows": len(with_value), "share": _share(agree, len(with_value))}
    model_k = sum(m["agree"] for m in models.values())
    model_n = sum(m["rows"] for m in models.values())
    night_k = sum(1 for r in compared if r.night_agrees)
    cover_k = sum(1 for r in compared if r.covered)
    date_k = sum(1 for r in compared if r.covered and r.attack_date == r.checkpoint[:10])

    classes: dict[str, dict[str, Any]] = {}
    for cls, name in (("drone", "drones"), ("missile", "missiles")):
        agree = n = 0
        for r in compared:
            j = matches[r.row]
            csv_sum = sum(v for k, v in r.csv.items() if KEYS[k][1] == cls)
            if not any(KEYS[k][1] == cls for k in r.csv):
                continue
            attack = choose_attack(reports[j] or {}, r.checkpoint[:10])
            value = _value(((attack or {}).get("destroyed") or {}).get(name))
            if value is None:
                continue
            n += 1
            agree += value == csv_sum
        classes[name] = {"agree": agree, "compared": n, "share": _share(agree, n)}

    disagreements = []
    for r in compared:
        for key in list(r.csv) + r.extra:
            if r.report.get(key) != r.csv.get(key):
                disagreements.append({"checkpoint": r.checkpoint, "source": r.source, "key": key,
                                      "csv": r.csv.get(key), "report": r.report.get(key)})
    matched_items = set(matches.values())
    return {
        "transcriptions": len(items),
        "infographics": sum(1 for it in items if is_destroyed_infographic(it.get("text") or "")),
        "rows": len(rows),
        "rows_matched": len(matches),
        "rows_compared": len(compared),
        "errors": len(errors),
        "models": models,
        "model_agreement": _share(model_k, model_n),
        "night_agreement": _share(night_k, len(compared)),
        "coverage": _share(cover_k, len(compared)),
        "date_agreement": _share(date_k, cover_k),
        "classes": classes,
        "counts": {"model": [model_k, model_n], "night": [night_k, len(compared)],
                   "coverage": [cover_k, len(compared)], "date": [date_k, cover_k]},
        "documents_with_figures": sum(1 for rep in reports if rep and any(has_any_figure(a) for a in rep.get("attacks") or [])),
        "disagreements": disagreements,
        "unmatched_rows": [results[i].checkpoint for i in range(len(rows)) if i not in matches],
        "unmatched_infographics": [str(it.get("source_file")) for j, it in enumerate(items)
                                   if j not in matched_items and is_destroyed_infographic(it.get("text") or "")],
        "error_messages": errors,
    }


# ---------------------------------------------------------------------------- CLI


def render(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"skytally corpus agreement - {result['transcriptions']} transcriptions "
             f"({result['infographics']} \"ЗНИЩЕНО\" infographics), {result['rows']} CSV rows "
             f"({result['rows_matched']} matched, {result['rows_compared']} with compared columns), "
             f"{result['errors']} extractor errors", ""]
    lines.append(f"{'key':<20}{'model':<38}{'agree':>7}{'rows':>7}{'share':>8}")
    for key, m in result["models"].items():
        if m["rows"]:
            lines.append(f"{key:<20}{m['model']:<38}{m['agree']:>7}{m['rows']:>7}{m['share']:>8.3f}")
    lines.append("-" * 80)
    k, n = result["counts"]["model"]
    lines.append(f"{'all models':<58}{k:>7}{n:>7}{result['model_agreement']:>8.3f}")
    lines.append("")
    for key, label in (("night", "nights where every model agrees"), ("coverage", "nights with any figure"),
                       ("date", "covered nights with the right date")):
        k, n = result["counts"][key]
        lines.append(f"{label:<40}{k:>5}/{n:<5} {_share(k, n):.1%}")
    for name, c in result["classes"].items():
        lines.append(f"{'class total ' + name:<40}{c['agree']:>5}/{c['compared']:<5} {c['share']:.1%}")
    lines.append(f"{'transcriptions with any figure':<40}{result['documents_with_figures']:>5}/{result['transcriptions']:<5}")
    if result["error_messages"]:
        first = next(iter(result["error_messages"].items()))
        lines.append(f"extractor errors: {result['errors']} (first: {first[0]}: {first[1]})")
    if verbose:
        lines += ["", f"Disagreements ({len(result['disagreements'])}; csv = upstream value, report = extractor, "
                  "None = no figure):"]
        for d in result["disagreements"]:
            lines.append(f"  {d['checkpoint']:<17} {d['key']:<19} csv={d['csv']!s:<5} report={d['report']!s:<5} {d['source']}")
        if result["unmatched_rows"]:
            lines += ["", "CSV rows without a transcription: " + ", ".join(result["unmatched_rows"])]
        if result["unmatched_infographics"]:
            lines += ["", "Infographics without a CSV row: " + ", ".join(result["unmatched_infographics"])]
        for source, message in result["error_messages"].items():
            lines.append(f"ERROR {source}: {message}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the score() dict as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list disagreements and unmatched rows")
    parser.add_argument("--corpus", default=None, help=f"corpus directory (default: {DEFAULT_CORPUS_DIR})")
    args = parser.parse_args(argv)
    if not corpus_available(args.corpus):
        print(f"corpus not found in {args.corpus or DEFAULT_CORPUS_DIR}", file=sys.stderr)
        return 2
    result = score(args.corpus)
    if args.json:
        if not args.verbose:
            result = {k: v for k, v in result.items() if k not in ("disagreements",)}
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(render(result, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
