"""Corpus agreement (bench/corpus.py): floors on the real corpus, and unit tests of the mapping.

* ``test_corpus_agreement_meets_floors``: on the Air Force infographic corpus
  (``shared/data/corpus``, skipped when it is absent) ``bench/corpus.py``'s
  ``score()`` must reach the "corpus" floors in ``bench/accuracy_floors.json``.
* The other tests run on two tiny transcriptions written for this file in the
  style of the corpus (invented figures) and a stub extractor, so they check the
  header parsing, the CSV-column <-> model mapping and the counting, not the
  extractor.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parents[1]
FLOORS_PATH = ROOT / "bench" / "accuracy_floors.json"


corpus = load_script("bench/corpus.py", "skytally_bench_corpus")

# Two transcriptions in the corpus's styles (numbered national infographic; regional
# command card without bullets). Written for this test; the figures are made up.
NATIONAL = (
    "14.02.2024\n(07.00)\n\nЗНИЩЕНО:\n- 17 ударних БПЛА \"Shahed-136/131\"\n"
    "- 2 керовані авіаційні ракети Х-59\n- 1 БПЛА (ОТР)\n- винищувач-бомбардувальник Су-34\n\n"
    "Повітряні Сили\n\nhttps://t.me/kpszsu"
)
REGIONAL = (
    "Повітряне командування «Південь»\n\nЗНИЩЕНО\nПОВІТРЯНИХ ЦІЛЕЙ\n"
    "станом на 16:00 03 березня 2024 р.\n\n3\nударні БПЛА\nтипу «Ланцет»"
)
ITEMS = [
    {"file_message_id": 1, "posted_at": "2024-02-14T06:10:00", "source_file": "test/national.txt", "text": NATIONAL},
    {"file_message_id": 2, "posted_at": "2024-03-03T14:20:00", "source_file": "test/regional.txt", "text": REGIONAL},
]
HEADER = ["checkpoint_date", "checkpoint_time", "uav_drones", "shahed", "orlan", "lancet", "kh_59_missile",
          "cruise_missiles", "ballistic_missiles", "fighter_su_34"]
ROWS = [
    {"checkpoint_date": "2024-02-14", "checkpoint_time": "07:00:00", "uav_drones": "1", "shahed": "17",
     "kh_59_missile": "2", "fighter_su_34": "1"},
    {"checkpoint_date": "2024-03-03", "checkpoint_time": "16:00:00", "lancet": "3"},
    {"checkpoint_date": "2024-01-05", "checkpoint_time": "07:00:00", "cruise_missiles": "4"},  # no transcription
]


def _fig(value: int) -> dict[str, Any]:
    return {"value": value, "qualifier": "exact", "evidence": None}


def _attack(day: str, weapons: list[tuple[str, str, int]], **destroyed: int) -> dict[str, Any]:
    return {"date": day, "attacker": "RU", "target": "UA",
            "destroyed": {k: _fig(v) for k, v in destroyed.items()},
            "weapons": [{"model": m, "class": c, "destroyed": _fig(v)} for m, c, v in weapons]}


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
    table = tmp_path / "rows.csv"
    with open(table, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER)
        writer.writeheader()
        for row in ROWS:
            writer.writerow(row)
    return jsonl, table


# --------------------------------------------------------------------------- floors

def _flatten(prefix: str, floors: dict[str, Any]):
    for key, value in floors.items():
        if key.startswith("_"):
            continue
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from _flatten(path, value)
        else:
            yield path, float(value)


def test_corpus_agreement_meets_floors() -> None:
    if not corpus.corpus_available():
        pytest.skip(f"corpus not available in {corpus.DEFAULT_CORPUS_DIR}")
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8")).get("corpus") or {}
    result = corpus.score()
    assert result["errors"] == 0, result["error_messages"]
    assert result["rows_matched"] >= 0.95 * result["rows"], "CSV rows no longer match their transcriptions"
    below = []
    for path, floor in _flatten("", floors):
        value: Any = result
        for part in path.split("."):
            value = value[part]
        if value < floor:
            below.append(f"{path}: {value} < floor {floor}")
    assert not below, "corpus: " + "; ".join(below)


# ------------------------------------------------------------------ header / match

def test_header_checkpoints() -> None:
    assert corpus.header_checkpoints(NATIONAL, date(2024, 2, 14)) == [(date(2024, 2, 14), "07:00:00")]
    # the time comes before the date on the regional cards
    assert corpus.header_checkpoints(REGIONAL, date(2024, 3, 3)) == [(date(2024, 3, 3), "16:00:00")]
    # a window over midnight ends at its last date and time
    window = "03.03.2024\n(21.00) -\n04.03.2024\n(05.30)\n\nЗНИЩЕНО:\n- 9 ударних БПЛА \"Shahed-136/131\""
    assert corpus.header_checkpoints(window, date(2024, 3, 4)) == [(date(2024, 3, 3), "21:00:00"),
                                                                    (date(2024, 3, 4), "05:30:00")]
    # day.month without a year, and a time window in brackets
    short = "03.03-04.03 (21.00- 01.30)\n\nЗНИЩЕНО:\n- 5 БПЛА «Shahed-136/131»"
    assert corpus.header_checkpoints(short, date(2024, 3, 4)) == [(date(2024, 3, 3), None),
                                                                   (date(2024, 3, 4), "01:30:00")]


def test_rows_match_their_transcriptions() -> None:
    assert corpus.match_rows(ITEMS, ROWS) == {0: 0, 1: 1}


# ----------------------------------------------------------------------- mapping

def test_csv_columns_map_to_models_and_skip_aircraft() -> None:
    assert corpus.csv_values(ROWS[0]) == {"other_drones": 1, "shahed": 17, "kh_59_missile": 2}
    assert corpus.COLUMNS["cruise_missiles"][1] == "X-101/X-555"
    assert corpus.COLUMNS["kh_59_missile"][1] == "X-59/X-69"


def test_report_models_map_to_columns() -> None:
    attack = _attack("2024-02-14", [("Shahed-136/131", "drone", 17), ("X-59", "missile", 2),
                                    ("Reconnaissance UAV", "drone", 1), ("Orlan-10", "drone", 2),
                                    ("Orlan-30", "drone", 1)])
    assert corpus.report_values(attack) == {"shahed": 17, "kh_59_missile": 2, "other_drones": 1, "orlan": 3}
    # a class figure stands in for the row's only model of that class when no model is named
    only_class = _attack("2024-03-03", [], drones=3)
    assert corpus.report_values(only_class, ["lancet"]) == {"lancet": 3}
    assert corpus.report_values(only_class, ["lancet", "shahed"]) == {}
    # derived figures are ignored
    derived = {"weapons": [{"model": "Kalibr", "class": "missile",
                            "destroyed": {"value": 4, "qualifier": "exact", "derived": True}}]}
    assert corpus.report_values(derived) == {}


# ----------------------------------------------------------------------- scoring

def _stub(text: str, *, published=None, source: str = "", lang: str = "uk") -> dict[str, Any]:
    assert lang == "uk" and source.startswith("corpus:")
    if "Південь" in text:  # wrong count for the regional card
        return {"attacks": [_attack(published.isoformat(), [("Lancet", "drone", 2)])], "period_totals": []}
    return {"attacks": [_attack("2024-02-14", [("Shahed-136/131", "drone", 17), ("X-59/X-69", "missile", 2),
                                               ("Unknown UAV", "drone", 1)])], "period_totals": []}


def test_score_counts_agreement(files: tuple[Path, Path]) -> None:
    jsonl, table = files
    result = corpus.score(extract=_stub, jsonl=jsonl, csv_path=table)
    assert (result["rows"], result["rows_matched"], result["rows_compared"]) == (3, 2, 2)
    assert result["models"]["shahed"] | {} == {"model": "Shahed-136/131", "class": "drone", "columns": ["shahed"],
                                               "agree": 1, "rows": 1, "share": 1.0}
    assert result["models"]["lancet"]["agree"] == 0 and result["models"]["lancet"]["rows"] == 1
    assert result["models"]["cruise_missiles"]["rows"] == 0  # its row has no transcription
    assert result["counts"]["model"] == [3, 4]
    assert result["model_agreement"] == 0.75
    assert result["counts"]["night"] == [1, 2] and result["night_agreement"] == 0.5
    assert result["coverage"] == 1.0 and result["date_agreement"] == 1.0
    assert result["disagreements"] == [{"checkpoint": "2024-03-03 16:00", "source": "test/regional.txt",
                                        "key": "lancet", "csv": 3, "report": 2}]
    assert result["unmatched_rows"] == ["2024-01-05 07:00"]
    assert result["errors"] == 0


def test_extra_model_breaks_the_night(files: tuple[Path, Path]) -> None:
    jsonl, table = files

    def extra(text: str, **kwargs: Any) -> dict[str, Any]:
        report = _stub(text, **kwargs)
        report["attacks"][0]["weapons"].append({"model": "Kalibr", "class": "missile", "destroyed": _fig(1)})
        return report

    result = corpus.score(extract=extra, jsonl=jsonl, csv_path=table)
    assert result["counts"]["model"] == [3, 4]  # CSV values still agree
    assert result["counts"]["night"] == [0, 2]
    assert {d["key"] for d in result["disagreements"]} == {"kalibr_missile", "lancet"}


def test_crashes_and_empty_reports_score_zero(files: tuple[Path, Path]) -> None:
    jsonl, table = files

    def crash(text: str, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    result = corpus.score(extract=crash, jsonl=jsonl, csv_path=table)
    assert result["errors"] == 2 and result["model_agreement"] == 0.0 and result["coverage"] == 0.0
    empty = corpus.score(extract=lambda text, **kw: None, jsonl=jsonl, csv_path=table)
    assert empty["errors"] == 0 and empty["counts"]["model"] == [0, 4] and empty["counts"]["coverage"] == [0, 2]


def test_real_extractor_runs_on_the_tiny_transcriptions(files: tuple[Path, Path]) -> None:
    jsonl, table = files
    result = corpus.score(jsonl=jsonl, csv_path=table)
    assert result["errors"] == 0, result["error_messages"]
    assert result["rows_compared"] == 2
