"""The store's commands, end to end through Typer (the extractor replaced by a stand-in)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from skytally import cli_store
from skytally.analyze import KAGGLE_COLUMNS
from skytally.store import loader

runner = CliRunner()


@pytest.fixture
def app(fake_process, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setattr(loader, "default_process", lambda: fake_process)
    app = typer.Typer()
    cli_store.register(app)
    return app


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    nights = {"2025-07-04": (550, 270), "2025-07-05": (100, 90), "2025-08-01": (700, 650)}
    for day, (launched, destroyed) in nights.items():
        (folder / f"{day}.txt").write_text(f"date={day} launched={launched} destroyed={destroyed}", encoding="utf-8")
    (folder / "empty.txt").write_text(" ", encoding="utf-8")
    return folder


def run(app: typer.Typer, *args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


def test_ingest_then_query(app: typer.Typer, docs: Path, db_url: str) -> None:
    result = run(app, "ingest", str(docs), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "added 3, revisions 0, skipped 0, rejected 1" in result.stdout
    assert "empty.txt" in result.stdout
    again = run(app, "ingest", str(docs), "--db", db_url, "--format", "json")
    assert json.loads(again.stdout)["skipped"] == 3

    listing = json.loads(run(app, "attacks", "--db", db_url, "--format", "json").stdout)
    assert [a["attack"]["date"] for a in listing] == ["2025-07-04", "2025-07-05", "2025-08-01"]
    lines = run(app, "attacks", "--db", db_url, "--from", "2025-07-05", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2
    rows = list(csv.DictReader(io.StringIO(run(app, "attacks", "--db", db_url, "--to", "2025-07-04",
                                                   "--target", "UA", "--format", "csv").stdout)))
    assert [r["launched_total"] for r in rows] == ["550"]
    assert "2025-07-05" in run(app, "attacks", "--db", db_url).stdout

    shown = json.loads(run(app, "show", listing[0]["id"][:8], "--db", db_url, "--format", "json").stdout)
    launched = next(f for f in shown["figures"] if f["path"] == "launched.total")
    assert launched["value"] == 550 and launched["sentence"].startswith("date=2025-07-04")
    assert "launched.total" in run(app, "show", listing[0]["id"], "--db", db_url).stdout


def test_stats_export_and_reconcile(app: typer.Typer, docs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    run(app, "ingest", str(docs), "--db", db)
    stats = json.loads(run(app, "stats", "--db", db, "--by", "month", "--format", "json").stdout)
    assert [(p["period"], p["launched"]) for p in stats["periods"]] == [("2025-07", 650), ("2025-08", 700)]
    assert "destroyed / launched" in stats["definitions"]["interception_rate"]
    assert stats["latest"]["since"] is None  # 700 on 1 August: the largest in the store
    table = run(app, "stats", "--db", db, "--class", "all").stdout
    assert "largest in the store" in table and "interception rate" in table

    out = tmp_path / "k.csv"
    assert run(app, "export", "--db", db, "--format", "kaggle", "-o", str(out)).exit_code == 0
    with open(out, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == list(KAGGLE_COLUMNS)
    assert run(app, "export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "a.parquet")).exit_code == 0
    assert json.loads(run(app, "export", "--db", db, "--format", "json").stdout)[0]["attack"]["date"] == "2025-07-04"
    assert "reconciled 3 attacks" in run(app, "reconcile", "--all", "--db", db).stdout


def test_import_kaggle_and_crosscheck(app: typer.Typer, docs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    run(app, "ingest", str(docs), "--db", db)
    reference = tmp_path / "ref.csv"
    with open(reference, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(KAGGLE_COLUMNS))
        writer.writeheader()
        for day, launched in (("2025-07-04", "550.0"), ("2025-07-05", "90.0")):
            writer.writerow({**{c: "" for c in KAGGLE_COLUMNS}, "time_start": day, "time_end": day,
                             "model": "Shahed-136/131", "target": "Ukraine", "launched": launched,
                             "destroyed": "90.0" if day == "2025-07-05" else "270.0", "source": "kpszsu/posts/X"})
    imported = run(app, "import-kaggle", str(reference), "--db", db)
    assert "days added 2" in imported.stdout
    report = json.loads(run(app, "crosscheck", "--db", db, "--format", "json").stdout)
    assert (report["compared"], report["agreed"]) == (2, 1)
    assert report["disagreements"][0]["date"] == "2025-07-05"
    assert "nights compared 2, agreed 1 (50.0%" in run(app, "crosscheck", "--db", db).stdout
    kaggle_attacks = json.loads(run(app, "attacks", "--db", db, "--dataset", "kaggle", "--format", "json").stdout)
    assert len(kaggle_attacks) == 2


def test_db_comes_from_the_environment(app: typer.Typer, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    assert run(app, "ingest", str(docs), env={"SKYTALLY_DB": str(db)}).exit_code == 0
    assert db.exists()


def test_errors_are_one_line_and_exit_1(app: typer.Typer, tmp_path: Path) -> None:
    result = run(app, "show", "0123456789abcdef", "--db", str(tmp_path / "e.db"))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: no attack with id") and len(result.stderr.splitlines()) == 1
    bad = run(app, "attacks", "--db", "nosuchdriver://x/y")
    assert bad.exit_code == 1 and bad.stderr.startswith("error: --db")
    date = run(app, "attacks", "--db", str(tmp_path / "e.db"), "--from", "July")
    assert date.exit_code == 1 and "--from must be a date" in date.stderr
    missing = run(app, "import-kaggle", str(tmp_path / "none.csv"), "--db", str(tmp_path / "e.db"))
    assert missing.exit_code == 1 and missing.stderr.startswith("error: ")


@pytest.mark.parametrize("command", list(cli_store.COMMANDS))
def test_every_command_has_help_with_an_example(app: typer.Typer, command: str) -> None:
    result = run(app, command, "--help")
    assert result.exit_code == 0
    assert "Example: skytally" in result.stdout
    assert "--db" in result.stdout
