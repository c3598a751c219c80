"""Stats, records, exports, the Kaggle layout, import-kaggle and crosscheck."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from skytally.analyze import (FLAT_COLUMNS, KAGGLE_COLUMNS, all_records, crosscheck, export, import_kaggle,
                              kaggle_rows, records, stats, to_text, weapon_class)
from skytally.model import Attack, Figure, WeaponFigures
from skytally.reconcile import ReconciledAttack, reconcile, set_figure
from skytally.store import DATASET_KAGGLE, AttackFilter, Store, reconcile_pending


def rec(day: str, **figures: int | Figure) -> ReconciledAttack:
    a = Attack(date=day)
    for name, fig in figures.items():
        set_figure(a, name.replace("__", "."), fig if isinstance(fig, Figure) else Figure(fig))
    return ReconciledAttack(f"id-{day}", "extracted", a, {}, [], [], [f"doc-{day}"])


# -- stats and records --------------------------------------------------------------------

def test_stats_by_day_week_and_month() -> None:
    attacks = [rec("2025-06-30", launched__total=100, destroyed__total=80, suppressed__total=10),
               rec("2025-07-01", launched__drones=60, launched__missiles=4, destroyed__drones=50),
               rec("2025-07-04", launched__total=550, destroyed__total=270, suppressed__total=208, hits__total=72),
               rec("2025-07-05", killed=2)]
    by_month = stats(attacks, "month")
    assert [p.period for p in by_month] == ["2025-06", "2025-07"]
    july = by_month[1]
    assert (july.attacks, july.with_launched, july.launched, july.destroyed, july.hits) == (3, 2, 614, 320, 72)
    assert july.interception_rate == round(320 / 614, 4)
    assert july.neutralization_rate == round((50 + 270 + 208) / 614, 4)
    assert [p.period for p in stats(attacks, "week")] == ["2025-W27"]  # 30 June is a Monday
    assert len(stats(attacks, "day")) == 4


def test_stats_per_class() -> None:
    attacks = [rec("2025-07-01", launched__drones=60, launched__missiles=4, destroyed__drones=50),
               rec("2025-07-02", launched__total=30)]
    [drones] = stats(attacks, "month", "drones")
    assert (drones.with_launched, drones.launched, drones.interception_rate) == (1, 60, round(50 / 60, 4))
    [missiles] = stats(attacks, "month", "missiles")
    assert (missiles.launched, missiles.interception_rate) == (4, None)


def test_largest_since_is_measured_back_to_the_last_larger_night() -> None:
    launched = {"2025-01-01": 100, "2025-01-02": 300, "2025-01-03": 200, "2025-01-10": 250, "2025-02-01": 400,
                "2025-02-02": 250, "2025-03-15": 300}
    every = {r.date: r for r in all_records([rec(d, launched__total=v) for d, v in launched.items()])}
    assert every["2025-01-01"].since is None
    assert every["2025-01-02"].since is None  # largest in the store
    assert (every["2025-01-03"].since, every["2025-01-03"].days) == ("2025-01-02", 1)
    assert (every["2025-01-10"].since, every["2025-01-10"].since_value) == ("2025-01-02", 300)
    assert every["2025-02-01"].since is None
    # 300 on 15 March: nothing between 1 Feb and 15 March was larger; ties do not end a run
    assert (every["2025-03-15"].since, every["2025-03-15"].days) == ("2025-02-01", 42)
    standing = records([rec(d, launched__total=v) for d, v in launched.items()], min_days=30)
    assert [r.date for r in standing] == ["2025-01-01", "2025-01-02", "2025-02-01", "2025-03-15"]
    assert "largest since 2025-02-01" in every["2025-03-15"].describe("2025-01-01")


# -- exports ------------------------------------------------------------------------------

def sample() -> list[ReconciledAttack]:
    a = Attack(date="2025-07-04")
    for path, value in {"launched.total": 550, "launched.drones": 539, "launched.missiles": 11,
                        "destroyed.total": 270, "destroyed.drones": 268, "destroyed.missiles": 2,
                        "suppressed.drones": 208, "hits.locations": 8, "debris_locations": 33}.items():
        set_figure(a, path, Figure(value))
    a.weapons = [WeaponFigures("Iskander-M/KN-23", "missile", Figure(6), Figure(0)),
                 WeaponFigures("Iskander-K", "missile", Figure(4), Figure(2))]
    a.regions = ["UA-30", "UA-32"]
    b = Attack(date="2025-07-05")
    set_figure(b, "launched.total", Figure(40, "approx"))
    return [*reconcile([]), ReconciledAttack("a1", "extracted", a, {}, [], [], ["d1"]),
            ReconciledAttack("b2", "extracted", b, {}, [], [], ["d2"])]


def test_csv_export_has_one_row_per_attack() -> None:
    rows = list(csv.DictReader(io.StringIO(to_text(sample(), "csv"))))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert [r["launched_total"] for r in rows] == ["550", "40"]
    assert rows[1]["not_exact"] == "launched.total:approx"


def test_json_export_round_trips() -> None:
    data = json.loads(to_text(sample(), "json"))
    assert [ReconciledAttack.from_dict(d).to_dict() for d in data] == [r.to_dict() for r in sample()]


def test_parquet_export(tmp_path: Path) -> None:
    import pyarrow.parquet as pq
    target = tmp_path / "a.parquet"
    assert export(sample(), "parquet", str(target)) == 2
    table = pq.read_table(target)
    assert table.column_names == list(FLAT_COLUMNS)
    assert table.column("launched_total").to_pylist() == [550, 40]


def test_kaggle_header_is_exactly_the_reference_header(reference_csv: Path) -> None:
    with open(reference_csv, encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert list(KAGGLE_COLUMNS) == header
    exported = next(csv.reader(io.StringIO(to_text(sample(), "kaggle"))))
    assert exported == header


def test_kaggle_rows_per_model_and_the_rest_per_class() -> None:
    rows = kaggle_rows(sample()[0])
    assert [(r["model"], r["launched"], r["destroyed"]) for r in rows] == [
        ("Shahed-136/131", 539, 268), ("Iskander-M/KN-23", 6, 0), ("Iskander-K", 4, 2),
        ("Unknown Missile", 1, 0)]
    assert (rows[0]["not_reach_goal"], rows[0]["num_hit_location"], rows[0]["num_fall_fragment_location"]) == \
        (208, 8, 33)
    assert all(r["num_hit_location"] == "" for r in rows[1:])  # per-attack figures once
    assert rows[0]["time_end"] == "2025-07-04" and rows[0]["target"] == "Ukraine"
    assert [r["model"] for r in kaggle_rows(sample()[1])] == ["Unknown"]


def test_unknown_export_format_is_an_error() -> None:
    from skytally.errors import ConfigError
    with pytest.raises(ConfigError):
        to_text(sample(), "xml")
    with pytest.raises(ConfigError, match="-o FILE"):
        export(sample(), "parquet", io.StringIO())


# -- import-kaggle and crosscheck -----------------------------------------------------------

ROWS = [  # our own rows, in the reference layout
    {"time_start": "2025-01-01 18:00", "time_end": "2025-01-02 08:00", "model": "Shahed-136/131",
     "target": "Ukraine", "launched": "100.0", "destroyed": "80.0", "not_reach_goal": "15.0",
     "num_hit_location": "3.0", "source": "kpszsu/posts/A"},
    {"time_start": "2025-01-02 04:00", "time_end": "2025-01-02 06:00", "model": "Iskander-M",
     "target": "Ukraine", "launched": "2.0", "destroyed": "1.0", "source": "kpszsu/posts/A"},
    {"time_start": "2025-01-02 09:00", "time_end": "2025-01-02 15:00", "model": "Shahed-136/131",
     "target": "Ukraine", "launched": "20.0", "destroyed": "20.0", "source": "kpszsu/posts/B"},
    {"time_start": "2025-01-02 18:00", "time_end": "2025-01-03 08:00", "model": "Shahed-136/131",
     "target": "Ukraine", "launched": "50.0", "destroyed": "45.0", "source": "kpszsu/posts/C"},
    {"time_start": "2025-01-03", "time_end": "2025-01-03", "model": "Unknown UAV", "target": "south",
     "launched": "4.0", "destroyed": "4.0", "source": "PvKPivden/posts/D"},
    {"time_start": "2025-01-04", "time_end": "2025-01-04", "model": "Shahed-136/131", "target": "Ukraine",
     "launched": "", "destroyed": "3.0", "source": "kpszsu/posts/E"},
    {"time_start": "2025-01-04 19:00", "time_end": "2025-01-05 07:00", "model": "X-101/X-555",
     "target": "Ukraine", "launched": "10.0", "destroyed": "8.0", "source": "kpszsu/posts/F"},
]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(KAGGLE_COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in KAGGLE_COLUMNS})
    return path


def test_import_kaggle_groups_rows_by_day(store: Store, tmp_path: Path) -> None:
    summary = import_kaggle(write_csv(tmp_path / "k.csv", ROWS), store)
    assert (summary.days_added, summary.rows_used, summary.rows_regional) == (3, 5, 1)
    assert [line for line, _ in summary.rejected] == [7]
    assert "launched" in summary.rejected[0][1]
    days = {a.attack.date: a.attack for a in store.attacks(AttackFilter(dataset=DATASET_KAGGLE))}
    assert sorted(days) == ["2025-01-02", "2025-01-03", "2025-01-05"]
    jan2 = days["2025-01-02"]
    assert (jan2.launched.drones.value, jan2.launched.missiles.value, jan2.launched.total.value) == (120, 2, 122)
    assert jan2.launched.total.derived and not jan2.launched.drones.derived
    assert (jan2.destroyed.total.value, jan2.suppressed.drones.value, jan2.hits.locations.value) == (101, 15, 3)
    assert {w.model: w.launched.value for w in jan2.weapons} == {"Shahed-136/131": 120, "Iskander-M": 2}
    assert store.attacks() == []  # the reference is a dataset of its own
    doc = store.documents(store.attacks(AttackFilter(dataset=DATASET_KAGGLE))[0].documents)
    [text] = [d.text for d in doc.values()]
    ev = jan2.launched.drones.evidence
    assert "kpszsu/posts/A" in text[ev.start:ev.end] and "kpszsu/posts/B" in text[ev.start:ev.end]


def test_import_kaggle_twice_changes_nothing_and_a_changed_day_is_a_revision(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", ROWS)
    import_kaggle(path, store)
    before = store.counts()
    again = import_kaggle(path, store)
    assert (again.days_added, again.days_unchanged) == (0, 3)
    assert store.counts() == before
    changed = [dict(r) for r in ROWS]
    changed[3]["launched"] = "52.0"
    revised = import_kaggle(write_csv(tmp_path / "k2.csv", changed), store)
    assert (revised.days_revised, revised.days_unchanged) == (1, 2)
    days = {a.attack.date: a.attack for a in store.attacks(AttackFilter(dataset=DATASET_KAGGLE))}
    assert days["2025-01-03"].launched.drones.value == 52


def test_import_kaggle_uses_the_models_table_when_given(store: Store, tmp_path: Path) -> None:
    models = tmp_path / "models.csv"
    models.write_text("model,category\nX-101/X-555,cruise missile\nMystery-1,UAV\n", encoding="utf-8")
    rows = [dict(ROWS[0], model="Mystery-1")]
    import_kaggle(write_csv(tmp_path / "k.csv", rows), store, models_path=models)
    [attack] = store.attacks(AttackFilter(dataset=DATASET_KAGGLE))
    assert attack.attack.launched.drones.value == 100
    assert store.weapon_models()["Mystery-1"] == ("drone", "UAV")
    assert weapon_class("Mystery-1") == "missile"  # without the table: not a known drone name


def test_import_kaggle_rejects_a_file_in_another_layout(store: Store, tmp_path: Path) -> None:
    from skytally.errors import InputError
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missile_attacks_daily layout"):
        import_kaggle(other, store)


def test_crosscheck_night_by_night(store: Store, tmp_path: Path, make_doc) -> None:
    import_kaggle(write_csv(tmp_path / "k.csv", ROWS), store)
    nights = {"2025-01-02": (122, 101), "2025-01-03": (60, 45), "2025-01-04": (30, 30), "2025-01-06": (5, 5)}
    for day, (launched, destroyed) in nights.items():
        text = f"Russia launched {launched} drones and missiles; {destroyed} were shot down."
        store.add(*make_doc(f"https://t.me/kpszsu/{day}", text, [{
            "date": day, "launched.total": (launched, "exact", f"{launched} drones"),
            "destroyed.total": (destroyed, "exact", f"{destroyed} were")}], published=day))
    reconcile_pending(store)
    result = crosscheck(store.attacks(), store.attacks(AttackFilter(dataset=DATASET_KAGGLE)))
    assert (result.compared, result.agreed, result.rate) == (2, 1, 0.5)
    [bad] = result.disagreements
    assert (bad.date, bad.field, bad.ours, bad.reference) == ("2025-01-03", "launched", 60, 50)
    assert bad.source == "https://t.me/kpszsu/2025-01-03"
    assert result.only_ours == ["2025-01-04", "2025-01-06"]
    assert result.only_reference == ["2025-01-05"]
    loose = crosscheck(store.attacks(), store.attacks(AttackFilter(dataset=DATASET_KAGGLE)), tolerance=0.25)
    assert loose.rate == 1.0


def test_import_of_the_real_reference_reproduces_the_night_of_4_july(store: Store, reference_csv: Path) -> None:
    if store.backend != "sqlite":
        pytest.skip("one backend is enough for the full reference file")
    import_kaggle(reference_csv, store)
    [night] = store.attacks(AttackFilter(dataset=DATASET_KAGGLE, date_from=__import__("datetime").date(2025, 7, 4),
                                         date_to=__import__("datetime").date(2025, 7, 4)))
    a = night.attack
    assert (a.launched.total.value, a.destroyed.total.value, a.suppressed.drones.value) == (550, 270, 208)
    assert (a.hits.locations.value, a.debris_locations.value) == (8, 33)


def test_stats_report_looks_back_past_the_window_for_records() -> None:
    from datetime import date
    from skytally.analyze import stats_report
    attacks = [rec("2025-01-01", launched__total=500), rec("2025-03-01", launched__total=100),
               rec("2025-03-20", launched__total=400)]
    report = stats_report(attacks, "month", "all", date(2025, 3, 1), None, min_days=60)
    assert [p.period for p in report.periods] == ["2025-03"]
    assert report.latest.date == "2025-03-20" and report.latest.since == "2025-01-01"
    # 100 on 1 March is "the largest since 1 January" too, but only 59 days back: under --min-days
    assert [(r.date, r.days) for r in report.records] == [("2025-03-20", 78)]
    assert report.to_dict()["definitions"]["record"].startswith("largest since DATE")
